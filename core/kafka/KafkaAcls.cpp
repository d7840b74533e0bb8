// KafkaAdmin's ACL calls: DescribeAcls, CreateAcls, DeleteAcls.

#include "kafka/KafkaAdminPrivate.h"

namespace mqkit {

namespace {

QString str(const char* s) {
    return s ? QString::fromUtf8(s) : QString();
}

struct AclDeleter {
    void operator()(rd_kafka_AclBinding_t* a) const { rd_kafka_AclBinding_destroy(a); }
};
using AclPtr = std::unique_ptr<rd_kafka_AclBinding_t, AclDeleter>;

template <typename E>
struct NameTable {
    std::vector<std::pair<QString, E>> entries;
    std::optional<E> parse(const QString& s) const {
        for (const auto& [n, v] : entries)
            if (n.compare(s, Qt::CaseInsensitive) == 0)
                return v;
        return std::nullopt;
    }
    QString name(E v) const {
        for (const auto& [n, e] : entries)
            if (e == v)
                return n;
        return QStringLiteral("Unknown");
    }
    QString names() const {
        QStringList out;
        for (const auto& [n, v] : entries)
            out << n;
        return out.join(QStringLiteral(", "));
    }
};

const NameTable<rd_kafka_ResourceType_t>& resourceTypes() {
    static const NameTable<rd_kafka_ResourceType_t> t{{{QStringLiteral("Topic"), RD_KAFKA_RESOURCE_TOPIC},
                                                        {QStringLiteral("Group"), RD_KAFKA_RESOURCE_GROUP},
                                                        {QStringLiteral("Cluster"), RD_KAFKA_RESOURCE_BROKER}}};
    return t;
}

const NameTable<rd_kafka_ResourcePatternType_t>& patternTypes() {
    static const NameTable<rd_kafka_ResourcePatternType_t> t{
        {{QStringLiteral("Literal"), RD_KAFKA_RESOURCE_PATTERN_LITERAL},
         {QStringLiteral("Prefixed"), RD_KAFKA_RESOURCE_PATTERN_PREFIXED},
         {QStringLiteral("Match"), RD_KAFKA_RESOURCE_PATTERN_MATCH}}};
    return t;
}

const NameTable<rd_kafka_AclOperation_t>& operations() {
    static const NameTable<rd_kafka_AclOperation_t> t{
        {{QStringLiteral("All"), RD_KAFKA_ACL_OPERATION_ALL},
         {QStringLiteral("Read"), RD_KAFKA_ACL_OPERATION_READ},
         {QStringLiteral("Write"), RD_KAFKA_ACL_OPERATION_WRITE},
         {QStringLiteral("Create"), RD_KAFKA_ACL_OPERATION_CREATE},
         {QStringLiteral("Delete"), RD_KAFKA_ACL_OPERATION_DELETE},
         {QStringLiteral("Alter"), RD_KAFKA_ACL_OPERATION_ALTER},
         {QStringLiteral("Describe"), RD_KAFKA_ACL_OPERATION_DESCRIBE},
         {QStringLiteral("ClusterAction"), RD_KAFKA_ACL_OPERATION_CLUSTER_ACTION},
         {QStringLiteral("DescribeConfigs"), RD_KAFKA_ACL_OPERATION_DESCRIBE_CONFIGS},
         {QStringLiteral("AlterConfigs"), RD_KAFKA_ACL_OPERATION_ALTER_CONFIGS},
         {QStringLiteral("IdempotentWrite"), RD_KAFKA_ACL_OPERATION_IDEMPOTENT_WRITE}}};
    return t;
}

const NameTable<rd_kafka_AclPermissionType_t>& permissions() {
    static const NameTable<rd_kafka_AclPermissionType_t> t{{{QStringLiteral("Allow"), RD_KAFKA_ACL_PERMISSION_TYPE_ALLOW},
                                                             {QStringLiteral("Deny"), RD_KAFKA_ACL_PERMISSION_TYPE_DENY}}};
    return t;
}

template <typename E>
QString canonical(const NameTable<E>& table, const QString& value, const char* what) {
    if (value.isEmpty())
        return value;
    const auto v = table.parse(value);
    if (!v)
        throw Error(ErrorKind::Usage,
                    QStringLiteral("unknown %1 '%2' (one of %3)").arg(QLatin1String(what), value, table.names()));
    return table.name(*v);
}

// librdkafka binding (or filter, where empty fields become "any") for a normalized KafkaAcl.
AclPtr toBinding(const KafkaAcl& a, bool filter) {
    char err[512];
    auto bytes = [](const QString& s) { return s.toUtf8(); };
    const QByteArray name = bytes(a.resourceName), principal = bytes(a.principal), host = bytes(a.host);
    const auto restype = a.resourceType.isEmpty() ? RD_KAFKA_RESOURCE_ANY : *resourceTypes().parse(a.resourceType);
    const auto pattern = a.patternType.isEmpty()
                             ? (filter ? RD_KAFKA_RESOURCE_PATTERN_ANY : RD_KAFKA_RESOURCE_PATTERN_LITERAL)
                             : *patternTypes().parse(a.patternType);
    const auto op = a.operation.isEmpty() ? RD_KAFKA_ACL_OPERATION_ANY : *operations().parse(a.operation);
    const auto perm = a.permission.isEmpty() ? RD_KAFKA_ACL_PERMISSION_TYPE_ANY : *permissions().parse(a.permission);
    auto orNull = [](const QString& s, const QByteArray& b) { return s.isEmpty() ? nullptr : b.constData(); };
    rd_kafka_AclBinding_t* b =
        filter ? rd_kafka_AclBindingFilter_new(restype, orNull(a.resourceName, name), pattern,
                                               orNull(a.principal, principal), orNull(a.host, host), op, perm, err,
                                               sizeof err)
               : rd_kafka_AclBinding_new(restype, name.constData(), pattern, principal.constData(), host.constData(),
                                         op, perm, err, sizeof err);
    if (!b)
        throw Error(ErrorKind::Usage, QStringLiteral("invalid ACL %1: %2").arg(a.describe(), str(err)));
    return AclPtr(b);
}

KafkaAcl fromBinding(const rd_kafka_AclBinding_t* b) {
    KafkaAcl a;
    a.resourceType = resourceTypes().name(rd_kafka_AclBinding_restype(b));
    a.resourceName = str(rd_kafka_AclBinding_name(b));
    a.patternType = patternTypes().name(rd_kafka_AclBinding_resource_pattern_type(b));
    a.principal = str(rd_kafka_AclBinding_principal(b));
    a.host = str(rd_kafka_AclBinding_host(b));
    a.operation = operations().name(rd_kafka_AclBinding_operation(b));
    a.permission = permissions().name(rd_kafka_AclBinding_permission_type(b));
    return a;
}

void sortAcls(std::vector<KafkaAcl>& acls) {
    auto key = [](const KafkaAcl& a) {
        return std::tie(a.resourceType, a.resourceName, a.patternType, a.principal, a.host, a.operation, a.permission);
    };
    std::sort(acls.begin(), acls.end(), [&](const auto& x, const auto& y) { return key(x) < key(y); });
}

QString errorLine(const rd_kafka_error_t* e) {
    return QStringLiteral("(%1): %2").arg(str(rd_kafka_error_name(e)), str(rd_kafka_error_string(e)));
}

ErrorKind kindOf(const rd_kafka_error_t* e) {
    const auto code = rd_kafka_error_code(e);
    if (code == RD_KAFKA_RESP_ERR_CLUSTER_AUTHORIZATION_FAILED || code == RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED)
        return ErrorKind::Auth;
    return ErrorKind::Broker;
}

} // namespace

QString KafkaAcl::describe() const {
    auto any = [](const QString& s) { return s.isEmpty() ? QStringLiteral("*any*") : s; };
    return QStringLiteral("%1 %2 on %3 %4 '%5' for %6 from host %7")
        .arg(any(permission), any(operation), any(patternType), any(resourceType), any(resourceName), any(principal),
             any(host));
}

KafkaAcl KafkaAdmin::normalizedAcl(const KafkaAcl& acl, bool filter) {
    KafkaAcl a = acl;
    a.resourceType = canonical(resourceTypes(), acl.resourceType, "resource type");
    a.patternType = canonical(patternTypes(), acl.patternType, "resource pattern type");
    a.operation = canonical(operations(), acl.operation, "operation");
    a.permission = canonical(permissions(), acl.permission, "permission type");
    if (a.resourceType == QLatin1String("Cluster") && a.resourceName.isEmpty())
        a.resourceName = QStringLiteral("kafka-cluster");
    if (!a.principal.isEmpty()) {
        const int colon = a.principal.indexOf(QLatin1Char(':'));
        if (colon <= 0 || colon == a.principal.size() - 1)
            throw Error(ErrorKind::Usage,
                        QStringLiteral("invalid principal '%1': expected Type:name, e.g. User:alice").arg(a.principal));
    }
    if (!filter) {
        if (a.patternType == QLatin1String("Match"))
            throw Error(ErrorKind::Usage, QStringLiteral("resource pattern type Match only filters; an ACL is Literal or Prefixed"));
        if (a.patternType.isEmpty())
            a.patternType = QStringLiteral("Literal");
        if (a.host.isEmpty())
            a.host = QStringLiteral("*");
        if (a.resourceType.isEmpty() || a.resourceName.isEmpty() || a.principal.isEmpty() || a.operation.isEmpty() ||
            a.permission.isEmpty())
            throw Error(ErrorKind::Usage, QStringLiteral("incomplete ACL %1: resource, principal, operation and "
                                                         "permission are all needed")
                                              .arg(a.describe()));
    }
    return a;
}

std::vector<KafkaAcl> KafkaAdmin::describeAcls(const KafkaAcl& filter) {
    AclPtr f = toBinding(normalizedAcl(filter, true), true);
    rdk::Queue queue(rd_kafka_queue_new(m_impl->handle.get()));
    auto options = m_impl->adminOptions(RD_KAFKA_ADMIN_OP_DESCRIBEACLS);
    rd_kafka_DescribeAcls(m_impl->handle.get(), f.get(), options.get(), queue.get());
    rdk::Event ev = m_impl->awaitAdminResult(queue.get(), QStringLiteral("listing ACLs"));
    size_t count = 0;
    const rd_kafka_AclBinding_t** acls =
        rd_kafka_DescribeAcls_result_acls(rd_kafka_event_DescribeAcls_result(ev.get()), &count);
    std::vector<KafkaAcl> out;
    for (size_t i = 0; i < count; ++i)
        out.push_back(fromBinding(acls[i]));
    sortAcls(out);
    return out;
}

void KafkaAdmin::createAcls(const std::vector<KafkaAcl>& acls) {
    if (acls.empty())
        return;
    std::vector<AclPtr> owned;
    std::vector<rd_kafka_AclBinding_t*> ptrs;
    std::vector<KafkaAcl> normalized;
    for (const auto& a : acls) {
        normalized.push_back(normalizedAcl(a, false));
        owned.push_back(toBinding(normalized.back(), false));
        ptrs.push_back(owned.back().get());
    }
    rdk::Queue queue(rd_kafka_queue_new(m_impl->handle.get()));
    auto options = m_impl->adminOptions(RD_KAFKA_ADMIN_OP_CREATEACLS);
    rd_kafka_CreateAcls(m_impl->handle.get(), ptrs.data(), ptrs.size(), options.get(), queue.get());
    rdk::Event ev = m_impl->awaitAdminResult(queue.get(), QStringLiteral("creating ACLs"));
    size_t count = 0;
    const rd_kafka_acl_result_t** results =
        rd_kafka_CreateAcls_result_acls(rd_kafka_event_CreateAcls_result(ev.get()), &count);
    for (size_t i = 0; i < count; ++i)
        if (const rd_kafka_error_t* e = rd_kafka_acl_result_error(results[i]))
            throw Error(kindOf(e), QStringLiteral("creating ACL %1 failed %2")
                                       .arg(i < normalized.size() ? normalized[i].describe() : QString(), errorLine(e)));
}

std::vector<KafkaAcl> KafkaAdmin::deleteAcls(const std::vector<KafkaAcl>& filters) {
    if (filters.empty())
        return {};
    std::vector<AclPtr> owned;
    std::vector<rd_kafka_AclBindingFilter_t*> ptrs;
    for (const auto& f : filters) {
        owned.push_back(toBinding(normalizedAcl(f, true), true));
        ptrs.push_back(owned.back().get());
    }
    rdk::Queue queue(rd_kafka_queue_new(m_impl->handle.get()));
    auto options = m_impl->adminOptions(RD_KAFKA_ADMIN_OP_DELETEACLS);
    rd_kafka_DeleteAcls(m_impl->handle.get(), ptrs.data(), ptrs.size(), options.get(), queue.get());
    rdk::Event ev = m_impl->awaitAdminResult(queue.get(), QStringLiteral("deleting ACLs"));
    size_t count = 0;
    const rd_kafka_DeleteAcls_result_response_t** responses =
        rd_kafka_DeleteAcls_result_responses(rd_kafka_event_DeleteAcls_result(ev.get()), &count);
    std::vector<KafkaAcl> deleted;
    for (size_t i = 0; i < count; ++i) {
        if (const rd_kafka_error_t* e = rd_kafka_DeleteAcls_result_response_error(responses[i]))
            throw Error(kindOf(e), QStringLiteral("deleting ACLs failed %1").arg(errorLine(e)));
        size_t n = 0;
        const rd_kafka_AclBinding_t** matching = rd_kafka_DeleteAcls_result_response_matching_acls(responses[i], &n);
        for (size_t m = 0; m < n; ++m)
            deleted.push_back(fromBinding(matching[m]));
    }
    sortAcls(deleted);
    deleted.erase(std::unique(deleted.begin(), deleted.end()), deleted.end());
    return deleted;
}

} // namespace mqkit
