#include "dynsec/MosquittoAuthFiles.h"

#include "common/CoreTr.h"
#include "common/Error.h"

#include <QFile>

#include <map>

namespace mqkit::dynsec {

namespace {

const QString kPatternsRole = QStringLiteral("acl-patterns");
const QString kAnonymousRole = QStringLiteral("acl-anonymous");

QByteArray readWhole(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Io, CoreTr::tr("cannot read %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

[[noreturn]] void failAt(const QString& file, int line, const QString& why) {
    throw Error(ErrorKind::Usage, QStringLiteral("%1:%2: %3").arg(file, QString::number(line), why));
}

// The lines of a file without comments and blank lines: (line number, trimmed text).
std::vector<std::pair<int, QString>> meaningfulLines(const QByteArray& text) {
    std::vector<std::pair<int, QString>> out;
    int number = 0;
    for (const QByteArray& raw : text.split('\n')) {
        ++number;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            out.emplace_back(number, line);
    }
    return out;
}

// "read a/b" -> (read, a/b); "a/b" -> (readwrite, a/b). Topics may hold spaces: the rest of the line.
std::pair<QString, QString> accessAndTopic(const QString& rest) {
    static const QStringList accesses{QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("readwrite"),
                                      QStringLiteral("deny")};
    const qsizetype space = rest.indexOf(QLatin1Char(' '));
    const QString first = space < 0 ? rest : rest.left(space);
    if (accesses.contains(first))
        return {first, space < 0 ? QString() : rest.mid(space + 1).trimmed()};
    return {QStringLiteral("readwrite"), rest};
}

void addAcls(Role& role, const QString& access, const QString& topic) {
    const bool deny = access == QLatin1String("deny");
    const int priority = deny ? 1 : 0;
    auto add = [&](const char* type) { role.acls.push_back({QString::fromLatin1(type), topic, priority, !deny}); };
    if (access == QLatin1String("read") || access == QLatin1String("readwrite") || deny) {
        add("publishClientReceive");
        add("subscribePattern");
    }
    if (access == QLatin1String("write") || access == QLatin1String("readwrite") || deny)
        add("publishClientSend");
}

} // namespace

QStringList parsePasswordFile(const QByteArray& text, const QString& fileName) {
    QStringList users;
    for (const auto& [number, line] : meaningfulLines(text)) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            failAt(fileName, number, CoreTr::tr("expected USER:HASH (a Mosquitto password file)"));
        const QString user = line.left(colon);
        if (users.contains(user))
            failAt(fileName, number, CoreTr::tr("user '%1' appears twice").arg(user));
        users << user;
    }
    return users;
}

MosquittoAuthImport importMosquittoAuth(const QStringList& passwordUsers, bool havePasswordFile,
                                        const QByteArray& aclText, const QString& aclFileName) {
    MosquittoAuthImport out;
    std::map<QString, Role> userRoles; // user -> role user-<name>
    QStringList aclUsers;
    Role patterns{kPatternsRole, {}, CoreTr::tr("pattern lines of the acl_file"), {}};
    Role anonymous{kAnonymousRole, {}, CoreTr::tr("topic lines of the acl_file for anonymous clients"), {}};
    std::optional<QString> currentUser;
    for (const auto& [number, line] : meaningfulLines(aclText)) {
        const qsizetype space = line.indexOf(QLatin1Char(' '));
        const QString keyword = space < 0 ? line : line.left(space);
        const QString rest = space < 0 ? QString() : line.mid(space + 1).trimmed();
        if (keyword == QLatin1String("user")) {
            if (rest.isEmpty())
                failAt(aclFileName, number, CoreTr::tr("'user' needs a user name"));
            currentUser = rest;
            if (!aclUsers.contains(rest))
                aclUsers << rest;
            userRoles.try_emplace(rest, Role{QStringLiteral("user-") + rest, {}, {}, {}});
            continue;
        }
        if (keyword != QLatin1String("topic") && keyword != QLatin1String("pattern"))
            failAt(aclFileName, number, CoreTr::tr("unknown line '%1': expected user, topic or pattern").arg(keyword));
        const auto [access, topic] = accessAndTopic(rest);
        if (topic.isEmpty())
            failAt(aclFileName, number, CoreTr::tr("'%1' needs a topic").arg(keyword));
        if (keyword == QLatin1String("pattern"))
            addAcls(patterns, access, topic);
        else
            addAcls(currentUser ? userRoles[*currentUser] : anonymous, access, topic);
    }

    QStringList users = passwordUsers;
    for (const auto& u : aclUsers) {
        if (users.contains(u))
            continue;
        users << u;
        if (havePasswordFile)
            out.notes << CoreTr::tr("user '%1' has ACLs but no password in the password file").arg(u);
    }
    for (const auto& u : users) {
        Client c;
        c.username = u;
        if (const auto role = userRoles.find(u); role != userRoles.end() && !role->second.acls.empty())
            c.roles.push_back({role->second.name, -1});
        if (!patterns.acls.empty())
            c.roles.push_back({kPatternsRole, -1});
        out.state.clients.push_back(std::move(c));
    }
    for (auto& [user, role] : userRoles)
        if (!role.acls.empty())
            out.state.roles.push_back(std::move(role));
    if (!patterns.acls.empty())
        out.state.roles.push_back(std::move(patterns));
    if (!anonymous.acls.empty()) {
        out.state.roles.push_back(std::move(anonymous));
        out.notes << CoreTr::tr("role '%1' holds the anonymous clients' ACLs: make it a role of the plugin's "
                                "anonymous group on the broker").arg(kAnonymousRole);
    }
    if (havePasswordFile && !passwordUsers.isEmpty())
        out.notes << CoreTr::tr("password hashes are not exported (%1 client(s)): give each client a password "
                                "reference").arg(passwordUsers.size());
    return out;
}

MosquittoAuthImport readMosquittoAuthFiles(const QString& passwordFile, const QString& aclFile) {
    const QStringList users = passwordFile.isEmpty() ? QStringList() : parsePasswordFile(readWhole(passwordFile), passwordFile);
    const QByteArray acl = aclFile.isEmpty() ? QByteArray() : readWhole(aclFile);
    return importMosquittoAuth(users, !passwordFile.isEmpty(), acl, aclFile);
}

} // namespace mqkit::dynsec
