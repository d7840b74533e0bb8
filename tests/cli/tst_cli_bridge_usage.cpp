// `mqkit bridge` refusing bad input before any broker is contacted: one line on stderr, exit 2.

#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliBridgeUsage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString writeFile(const char* name, const QByteArray& text) {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void badInputIsAUsageErrorNamingTheProblem_data() {
        // Nothing listens on port 1: a command that got as far as connecting would fail with exit 1.
        const QStringList base{"bridge", "-L", "mqtt://127.0.0.1:1", "-b", "127.0.0.1:1"};
        const QString spool = m_dir.filePath(QStringLiteral("s.db"));
        const QString route = QStringLiteral("t/{tenant}/d/{deviceId}/telemetry");
        const QString badYaml = writeFile("routes.yaml", "routes:\n  - from: 't/{a}'\n    to: x\n    keyy: '{a}'\n");
        const QString notSpool = writeFile("other.db", QByteArray());
        {
            // An SQLite file that is something else (a table of its own).
            QProcess sqlite;
            sqlite.start(QStringLiteral("python3"), {QStringLiteral("-c"),
                                                      QStringLiteral("import sqlite3,sys; sqlite3.connect(sys.argv[1]).execute('create table x(a)')"),
                                                      notSpool});
            sqlite.waitForFinished(10000);
        }
        // A spool whose session table holds an MQTT 3.1.1 QoS 2 message the broker has not released.
        const QString held = m_dir.filePath(QStringLiteral("held.db"));
        runCli(base + QStringList{"--from", route, "--to", "t", "-q", "2", "-i", "b1", "--spool", held}, m_dir.path(), 20000);
        {
            QProcess sqlite;
            sqlite.start(QStringLiteral("python3"), {QStringLiteral("-c"),
                                                      QStringLiteral("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); "
                                                                     "c.execute(\"insert into mqtt_session values ('b1', 'r-1', x'00')\"); c.commit()"),
                                                      held});
            sqlite.waitForFinished(10000);
        }
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("no spool") << base + QStringList{"--from", route, "--to", "t", "-i", "b1"} << "--spool";
        QTest::newRow("no client id") << base + QStringList{"--from", route, "--to", "t", "--spool", spool} << "-i ID";
        QTest::newRow("no route") << base + QStringList{"-i", "b1", "--spool", spool} << "--from TEMPLATE --to TOPIC";
        QTest::newRow("routes and a route") << base + QStringList{"--routes", badYaml, "--from", route, "--to", "t", "-i", "b1", "--spool", spool}
                                            << "not both";
        QTest::newRow("routes file line") << base + QStringList{"--routes", badYaml, "-i", "b1", "--spool", spool}
                                          << badYaml + QStringLiteral(":4: unknown field 'keyy'");
        QTest::newRow("key names no level") << base + QStringList{"--from", route, "--to", "t", "--kafka-key", "{device}", "-i", "b1", "--spool", spool}
                                            << "{device}";
        QTest::newRow("qos 0") << base + QStringList{"--from", route, "--to", "t", "-q", "0", "-i", "b1", "--spool", spool} << "qos";
        QTest::newRow("not a spool") << base + QStringList{"--from", route, "--to", "t", "-i", "b1", "--spool", notSpool}
                                     << "not a bridge spool";
        QTest::newRow("mqtt 5 with held 3.1.1 messages")
            << base + QStringList{"--from", route, "--to", "t", "-q", "2", "-V", "5", "-i", "b1", "--spool", held}
            << "run the bridge with MQTT 3.1.1 until they are bridged";
    }
    void badInputIsAUsageErrorNamingTheProblem() {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const ProcessResult r = runCli(args, m_dir.path(), 20000);
        QVERIFY2(r.exitCode == 2, r.err.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(says, Qt::CaseInsensitive), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliBridgeUsage)
#include "tst_cli_bridge_usage.moc"
