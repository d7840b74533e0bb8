// Mosquitto's password_file and acl_file read into the dynamic-security shape (provision export's
// migration path, mosquitto#1987): users, per-user roles, patterns, anonymous topics, file:line errors.

#include "common/Error.h"
#include "dynsec/MosquittoAuthFiles.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mqkit;
using namespace mqkit::dynsec;

namespace {

const Role* role(const DynsecState& s, const QString& name) {
    for (const auto& r : s.roles)
        if (r.name == name)
            return &r;
    return nullptr;
}

const Client* client(const DynsecState& s, const QString& name) {
    for (const auto& c : s.clients)
        if (c.username == name)
            return &c;
    return nullptr;
}

QString usageError(const std::function<void()>& f) {
    try {
        f();
    } catch (const Error& e) {
        return e.kind() == ErrorKind::Usage ? e.message() : QStringLiteral("wrong kind: ") + e.message();
    }
    return QStringLiteral("no error");
}

const QByteArray kPasswords = "# users\n"
                              "bridge:$7$101$abc$def==\n"
                              "\n"
                              "sensor-1:$6$xyz$uvw==\n";

const QByteArray kAcl = "# anonymous\n"
                        "topic read public/#\n"
                        "\n"
                        "user bridge\n"
                        "topic t/+/d/#\n"
                        "topic deny t/secret/#\n"
                        "  topic write with space/x y\n"
                        "pattern write t/%u/d/%c/telemetry\n"
                        "user sensor-1\n"
                        "topic read t/cmd/#\n";

} // namespace

class TestMosquittoAuthFiles : public QObject {
    Q_OBJECT
private slots:
    void passwordFileGivesUserNamesOnly() {
        QCOMPARE(parsePasswordFile(kPasswords, "pw"), QStringList({"bridge", "sensor-1"}));
    }

    void eachUserGetsItsRoleAndThePatternsRole() {
        const auto in = importMosquittoAuth(parsePasswordFile(kPasswords, "pw"), true, kAcl, "acl");
        const Client* bridge = client(in.state, "bridge");
        QVERIFY(bridge);
        QCOMPARE(bridge->roles, (std::vector<RoleRef>{{"user-bridge", -1}, {"acl-patterns", -1}}));
        QVERIFY(bridge->passwordRef.isEmpty());

        const Role* r = role(in.state, "user-bridge");
        QVERIFY(r);
        // readwrite (left out) = receive + subscribe + send; deny = all three denied at priority 1; spaces kept.
        QCOMPARE(r->acls, (std::vector<AclEntry>{{"publishClientReceive", "t/+/d/#", 0, true},
                                                 {"subscribePattern", "t/+/d/#", 0, true},
                                                 {"publishClientSend", "t/+/d/#", 0, true},
                                                 {"publishClientReceive", "t/secret/#", 1, false},
                                                 {"subscribePattern", "t/secret/#", 1, false},
                                                 {"publishClientSend", "t/secret/#", 1, false},
                                                 {"publishClientSend", "with space/x y", 0, true}}));
        const Role* sensor = role(in.state, "user-sensor-1");
        QCOMPARE(sensor->acls, (std::vector<AclEntry>{{"publishClientReceive", "t/cmd/#", 0, true},
                                                      {"subscribePattern", "t/cmd/#", 0, true}}));
        QCOMPARE(role(in.state, "acl-patterns")->acls,
                 (std::vector<AclEntry>{{"publishClientSend", "t/%u/d/%c/telemetry", 0, true}}));
    }

    void anonymousTopicsAndHashesAreNoted() {
        const auto in = importMosquittoAuth(parsePasswordFile(kPasswords, "pw"), true, kAcl, "acl");
        QVERIFY(role(in.state, "acl-anonymous"));
        QCOMPARE(in.notes.size(), 2);
        QVERIFY(in.notes.join('\n').contains("acl-anonymous"));
        QVERIFY(in.notes.join('\n').contains("password hashes are not exported (2 client(s))"));
    }

    void aclUserWithoutPasswordIsStillAClientAndNoted() {
        const auto in = importMosquittoAuth({"bridge"}, true, "user ghost\ntopic a\n", "acl");
        QVERIFY(client(in.state, "ghost"));
        QVERIFY(in.notes.join('\n').contains("user 'ghost' has ACLs but no password"));
    }

    void usersWithoutAclsHaveNoRole() {
        const auto in = importMosquittoAuth({"plain"}, true, QByteArray(), QString());
        QCOMPARE(in.state.clients.size(), std::size_t(1));
        QVERIFY(in.state.clients[0].roles.empty());
        QVERIFY(in.state.roles.empty());
    }

    void malformedLinesNameFileAndLine() {
        QCOMPARE(usageError([] { parsePasswordFile("ok:hash\nno-colon-here\n", "/etc/mosquitto/pw"); }),
                 QStringLiteral("/etc/mosquitto/pw:2: expected USER:HASH (a Mosquitto password file)"));
        QCOMPARE(usageError([] { parsePasswordFile("a:1\na:2\n", "pw"); }), QStringLiteral("pw:2: user 'a' appears twice"));
        QCOMPARE(usageError([] { importMosquittoAuth({}, false, "user a\n\nsubscribe x\n", "acl"); }),
                 QStringLiteral("acl:3: unknown line 'subscribe': expected user, topic or pattern"));
        QCOMPARE(usageError([] { importMosquittoAuth({}, false, "topic read\n", "acl"); }),
                 QStringLiteral("acl:1: 'topic' needs a topic"));
        QCOMPARE(usageError([] { importMosquittoAuth({}, false, "user\n", "acl"); }),
                 QStringLiteral("acl:1: 'user' needs a user name"));
    }

    void aPercentSignInTheFileNameIsShownAsItIs() {
        // QString::arg chained one value at a time would put the line number into "%1".
        QCOMPARE(usageError([] { parsePasswordFile("no-colon-here\n", "/tmp/%1/pw"); }),
                 QStringLiteral("/tmp/%1/pw:1: expected USER:HASH (a Mosquitto password file)"));
    }

    void readsTheFilesFromDisk() {
        QTemporaryDir dir;
        QFile pw(dir.filePath("pw"));
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write(kPasswords);
        pw.close();
        QFile acl(dir.filePath("acl"));
        QVERIFY(acl.open(QIODevice::WriteOnly));
        acl.write(kAcl);
        acl.close();
        const auto in = readMosquittoAuthFiles(pw.fileName(), acl.fileName());
        QCOMPARE(in.state.clients.size(), std::size_t(2));
        QCOMPARE(in.state.roles.size(), std::size_t(4));
        try {
            readMosquittoAuthFiles(dir.filePath("missing"), QString());
            QFAIL("no error for a missing file");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::Io);
        }
    }
};

QTEST_GUILESS_MAIN(TestMosquittoAuthFiles)
#include "tst_mosquitto_auth_files.moc"
