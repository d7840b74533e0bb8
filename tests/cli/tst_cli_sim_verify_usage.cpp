// `mqkit sim` and `mqkit verify` refusing bad input before any broker is contacted: one line on
// stderr naming the problem, exit 2 (the unknown Kafka topic, exit 1, needs the rig: see
// tests/integration/tst_sim_bridge_verify.cpp).

#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestCliSimVerifyUsage : public QObject {
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
        const QStringList sim{"sim", "-L", "mqtt://127.0.0.1:1", "--devices", "5", "-C", "1"};
        const QStringList verify{"verify", "telemetry", "-b", "127.0.0.1:1"};
        const QString notJson = writeFile("not.json", "this is not JSON");
        const QString otherJson = writeFile("other.json", "{\"devices\": []}");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("template without device") << sim + QStringList{"-t", "t/{tenant}/telemetry"} << "{deviceId}";
        QTest::newRow("template with unknown name") << sim + QStringList{"-t", "t/{site}/{deviceId}"} << "'{site}'";
        QTest::newRow("template with wildcard") << sim + QStringList{"-t", "t/+/{deviceId}"} << "no wildcards";
        QTest::newRow("more tenants than devices") << sim + QStringList{"--tenants", "6"} << "tenants";
        QTest::newRow("more connections than devices") << sim + QStringList{"--connections", "6"} << "connections";
        QTest::newRow("reboot rate over 1") << sim + QStringList{"--reboot-rate", "2"} << "--reboot-rate";
        QTest::newRow("summary missing") << verify + QStringList{"--summary", m_dir.filePath("none.json")}
                                         << "--summary: cannot read the summary";
        QTest::newRow("summary not JSON") << verify + QStringList{"--summary", notJson} << "is not a simulator summary";
        QTest::newRow("summary of something else") << verify + QStringList{"--summary", otherJson} << "mqkit-sim-summary/1";
        QTest::newRow("no topic") << QStringList{"verify", "-b", "127.0.0.1:1"} << "TOPIC or --recording";
        QTest::newRow("topic and recording") << verify + QStringList{"--recording", notJson} << "TOPIC or --recording";
        QTest::newRow("recording not one") << QStringList{"verify", "--recording", notJson} << notJson;
    }
    void badInputIsAUsageErrorNamingTheProblem() {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const ProcessResult r = runCli(args, m_dir.path(), 20000);
        QVERIFY2(r.exitCode == 2, r.err.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(says, Qt::CaseInsensitive), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliSimVerifyUsage)
#include "tst_cli_sim_verify_usage.moc"
