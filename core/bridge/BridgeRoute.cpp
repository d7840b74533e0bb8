#include "bridge/BridgeRoute.h"

#include "common/CoreTr.h"
#include "common/Error.h"
#include "common/YamlDocument.h"
#include "kafka/KafkaNames.h"
#include "mqtt/MqttLimits.h"
#include "mqtt/TopicFilter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace mqkit {

namespace {

const QString kSharePrefix = QStringLiteral("$share/");

bool isPlaceholder(const QString& level) {
    return level.size() > 2 && level.startsWith(QLatin1Char('{')) && level.endsWith(QLatin1Char('}'));
}

[[noreturn]] void badTemplate(const QString& text, const QString& why) {
    throw Error(ErrorKind::Usage, CoreTr::tr("bad topic template '%1': %2").arg(text, why));
}

QByteArray jsonKeyBytes(const QJsonValue& v) {
    if (v.isString())
        return v.toString().toUtf8();
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    if (v.isBool())
        return v.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    // A number as JSON writes it: 42, not 42.0.
    const QByteArray doc = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return doc.mid(1, doc.size() - 2);
}

} // namespace

TopicTemplate TopicTemplate::parse(const QString& text) {
    TopicTemplate t;
    t.m_text = text;
    QString rest = text;
    if (rest.startsWith(kSharePrefix)) {
        const qsizetype groupEnd = rest.indexOf(QLatin1Char('/'), kSharePrefix.size());
        if (groupEnd <= kSharePrefix.size() || groupEnd + 1 >= rest.size())
            badTemplate(text, CoreTr::tr("a shared subscription is $share/GROUP/FILTER"));
        t.m_sharePrefix = rest.left(groupEnd + 1);
        rest = rest.mid(groupEnd + 1);
    }
    QStringList levels = rest.split(QLatin1Char('/'));
    for (int i = 0; i < levels.size(); ++i) {
        QString& level = levels[i];
        if (isPlaceholder(level)) {
            const QString name = level.mid(1, level.size() - 2);
            static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
            if (!nameRe.match(name).hasMatch())
                badTemplate(text, CoreTr::tr("level %1: '%2' is not a name (letters, digits, _)").arg(i + 1).arg(level));
            for (const auto& [index, known] : t.m_named)
                if (known == name)
                    badTemplate(text, CoreTr::tr("'{%1}' appears twice").arg(name));
            t.m_named.emplace_back(i, name);
            level = QStringLiteral("+");
        } else if (level.contains(QLatin1Char('{')) || level.contains(QLatin1Char('}'))) {
            badTemplate(text, CoreTr::tr("level %1: a {name} must be a whole level").arg(i + 1));
        }
    }
    t.m_filter = levels.join(QLatin1Char('/'));
    try {
        checkTopicFilter(t.m_filter);
    } catch (const Error& e) {
        badTemplate(text, e.message());
    }
    return t;
}

QString TopicTemplate::subscription() const {
    return m_sharePrefix + m_filter;
}

QStringList TopicTemplate::names() const {
    QStringList out;
    for (const auto& [index, name] : m_named)
        out << name;
    return out;
}

std::optional<std::vector<std::pair<QString, QString>>> TopicTemplate::match(const QString& topic) const {
    if (!topicMatchesFilter(topic, m_filter))
        return std::nullopt;
    std::vector<std::pair<QString, QString>> out;
    if (m_named.empty())
        return out;
    const QStringList levels = topic.split(QLatin1Char('/'));
    for (const auto& [index, name] : m_named)
        out.emplace_back(name, levels.value(index));
    return out;
}

KeyRule KeyRule::parse(const QString& text, const TopicTemplate& topic) {
    KeyRule k;
    if (text.isEmpty())
        return k;
    if (text.startsWith(QLatin1Char('$'))) {
        k.m_kind = Kind::JsonPath;
        k.m_path = JsonPath::parse(text);
        return k;
    }
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]*)\\}"));
    const QStringList names = topic.names();
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            throw Error(ErrorKind::Usage,
                        CoreTr::tr("the key '%1' uses {%2}, which the topic template '%3' does not name (it names: %4)")
                            .arg(text, name, topic.text(),
                                 names.isEmpty() ? CoreTr::tr("nothing") : names.join(QStringLiteral(", "))));
    }
    k.m_kind = Kind::Template;
    k.m_template = text;
    return k;
}

std::optional<QByteArray> KeyRule::make(const std::vector<std::pair<QString, QString>>& levels,
                                        const QByteArray& payload, QString* reason) const {
    switch (m_kind) {
    case Kind::None:
        return std::nullopt;
    case Kind::Template: {
        QString key = m_template;
        for (const auto& [name, value] : levels)
            key.replace(QLatin1Char('{') + name + QLatin1Char('}'), value);
        return key.toUtf8();
    }
    case Kind::JsonPath: {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
        if (error.error != QJsonParseError::NoError) {
            *reason = CoreTr::tr("the payload is not JSON (%1 at byte %2), so the key %3 cannot be read")
                          .arg(error.errorString())
                          .arg(error.offset)
                          .arg(m_path->expression());
            return std::nullopt;
        }
        const QJsonValue root = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        const auto value = m_path->select(root);
        if (!value || value->isNull() || value->isUndefined()) {
            *reason = CoreTr::tr("the key field %1 is missing from the payload").arg(m_path->expression());
            return std::nullopt;
        }
        return jsonKeyBytes(*value);
    }
    }
    return std::nullopt;
}

BridgeRoute BridgeRoute::fromSpec(const BridgeRouteSpec& spec) {
    const QString where = spec.origin.isEmpty() ? QString() : spec.origin + QStringLiteral(": ");
    BridgeRoute r;
    r.m_spec = spec;
    try {
        if (spec.from.isEmpty())
            throw Error(ErrorKind::Usage, CoreTr::tr("a route needs the MQTT topic template it reads from"));
        if (spec.to.isEmpty())
            throw Error(ErrorKind::Usage, CoreTr::tr("a route needs the Kafka topic it writes to"));
        r.m_topic = TopicTemplate::parse(spec.from);
        checkKafkaTopicName(spec.to);
        checkKafkaTopicName(r.deadLetterTopic());
        r.m_key = KeyRule::parse(spec.key, r.m_topic);
    } catch (const Error& e) {
        throw Error(e.kind(), where + e.message());
    }
    return r;
}

BridgeOutcome BridgeRoute::map(const MqttMessage& message, const QString& origin) const {
    BridgeOutcome out;
    KafkaRecord& rec = out.record;
    rec.topic = m_spec.to;
    rec.timestamp = message.receivedAtMs;
    rec.value = message.payload;
    rec.headers.push_back({bridgeheaders::kTopic, message.topic.toUtf8()});
    rec.headers.push_back({bridgeheaders::kQos, QByteArray::number(message.qos)});
    rec.headers.push_back({bridgeheaders::kRetain, message.retained ? QByteArrayLiteral("true") : QByteArrayLiteral("false")});
    for (const auto& [name, value] : message.properties.user)
        rec.headers.push_back({name, value.toUtf8()});

    QString reason;
    if (m_spec.requireJson && !m_key.readsPayload()) {
        QJsonParseError error{};
        (void)QJsonDocument::fromJson(message.payload, &error);
        if (error.error != QJsonParseError::NoError)
            reason = CoreTr::tr("the payload is not JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset);
    }
    if (reason.isEmpty()) {
        const auto levels = m_topic.match(message.topic).value_or(std::vector<std::pair<QString, QString>>{});
        rec.key = m_key.make(levels, message.payload, &reason);
    }
    if (!reason.isEmpty()) {
        out.deadLetter = true;
        out.reason = reason;
        rec.topic = deadLetterTopic();
        rec.headers.push_back({bridgeheaders::kDlqReason, reason.toUtf8()});
        rec.headers.push_back({bridgeheaders::kDlqOrigin, (origin + QLatin1Char(' ') + m_spec.from).toUtf8()});
    }
    return out;
}

int firstMatchingRoute(const std::vector<BridgeRoute>& routes, const QString& topic) {
    for (std::size_t i = 0; i < routes.size(); ++i)
        if (routes[i].matches(topic))
            return static_cast<int>(i);
    return -1;
}

namespace {

QString yamlWhere(const QString& file, const YamlNode& node) {
    return QStringLiteral("%1:%2").arg(file, QString::number(node.line()));
}

[[noreturn]] void badRoutes(const QString& where, const QString& why) {
    throw Error(ErrorKind::Usage, QStringLiteral("%1: %2").arg(where, why));
}

QString scalar(const YamlNode& node, const QString& where, const char* field) {
    if (!node.isScalar())
        badRoutes(where, CoreTr::tr("'%1' must be a single value").arg(QLatin1String(field)));
    return node.text();
}

BridgeRouteSpec routeFromYaml(const YamlNode& node, const QString& file) {
    const QString where = yamlWhere(file, node);
    if (!node.isMap())
        badRoutes(where, CoreTr::tr("each route is a mapping with from, to, key, require_json"));
    BridgeRouteSpec spec;
    spec.origin = where;
    for (std::size_t i = 0; i < node.size(); ++i) {
        const auto [key, value] = node.entry(i);
        const std::string_view name = key.scalar();
        const QString at = yamlWhere(file, key);
        if (name == "from") {
            spec.from = scalar(value, at, "from");
        } else if (name == "to") {
            spec.to = scalar(value, at, "to");
        } else if (name == "key") {
            spec.key = scalar(value, at, "key");
        } else if (name == "require_json") {
            const auto flag = value.toBool();
            if (!flag)
                badRoutes(at, CoreTr::tr("'require_json' is true or false"));
            spec.requireJson = *flag;
        } else {
            badRoutes(at, CoreTr::tr("unknown field '%1' (a route has from, to, key, require_json)").arg(key.text()));
        }
    }
    return spec;
}

} // namespace

std::vector<BridgeRouteSpec> parseBridgeRoutes(const QByteArray& yaml, const QString& fileName) {
    const YamlDocument document(yaml, fileName);
    const YamlNode root = document.root();
    if (!root.isMap() || !root["routes"])
        badRoutes(fileName + QStringLiteral(":1"), CoreTr::tr("expected a mapping with a 'routes' list"));
    const YamlNode routes = root["routes"];
    if (!routes.isSequence() || routes.size() == 0)
        badRoutes(yamlWhere(fileName, routes), CoreTr::tr("'routes' must be a non-empty list"));
    std::vector<BridgeRouteSpec> out;
    for (std::size_t i = 0; i < routes.size(); ++i)
        out.push_back(routeFromYaml(routes.item(i), fileName));
    return out;
}

std::vector<BridgeRouteSpec> loadBridgeRoutes(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Usage, CoreTr::tr("cannot read the routes file %1: %2").arg(path, file.errorString()));
    return parseBridgeRoutes(file.readAll(), path);
}

} // namespace mqkit
