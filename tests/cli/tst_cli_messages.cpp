// What the mqkit binary says when input is wrong or odd, checked byte for byte where it matters:
// format errors name the sequence as the user typed it, listings never pass control characters
// of user-given names to the terminal. No broker needed: every case fails before connecting.

#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kNowhere = QStringLiteral("mqtt://127.0.0.1:1");
}

class TestCliMessages : public QObject {
    Q_OBJECT
private slots:
    void init();
    void mqttFormatErrorsShowPercentOnce_data();
    void mqttFormatErrorsShowPercentOnce();
    void kafkaFormatErrorsShowPercentOnce();
    void kafkaAndMqttFormatsShareOneEscapeSyntax();
    void profileListAndShowEscapeControlCharactersInNames();

private:
    QString m_data;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliMessages::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_data = m_dir->path();
}

void TestCliMessages::mqttFormatErrorsShowPercentOnce_data() {
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown sequence") << "%@" << "unknown sequence %@";
    QTest::newRow("flags on a code that takes none") << "%5q" << "%q takes no flags";
    QTest::newRow("packet id") << "%m" << "%m is not available";
    QTest::newRow("topic alias") << "%A" << "%A is not available";
}

void TestCliMessages::mqttFormatErrorsShowPercentOnce() {
    QFETCH(QString, format);
    QFETCH(QString, says);
    const auto r = runCli({"mqtt", "sub", "-L", kNowhere, "-t", "x", "-F", format}, m_data, 10000);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(says.toUtf8()), r.err.constData());
    QVERIFY2(!r.err.contains("%%"), r.err.constData());
}

void TestCliMessages::kafkaFormatErrorsShowPercentOnce() {
    const auto r = runCli({"kafka", "consume", "t", "-b", "127.0.0.1:1", "-f", "%q"}, m_data, 10000);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("unknown format token %q"), r.err.constData());
    QVERIFY2(!r.err.contains("%%q"), r.err.constData());
}

void TestCliMessages::kafkaAndMqttFormatsShareOneEscapeSyntax() {
    // The same unknown escape is refused by both, in the same words.
    const auto mqtt = runCli({"mqtt", "sub", "-L", kNowhere, "-t", "x", "-F", "%t\\q"}, m_data, 10000);
    const auto kafka = runCli({"kafka", "consume", "t", "-b", "127.0.0.1:1", "-f", "%s\\q"}, m_data, 10000);
    QCOMPARE(mqtt.exitCode, 2);
    QCOMPARE(kafka.exitCode, 2);
    QVERIFY2(mqtt.err.contains("unknown escape \\q"), mqtt.err.constData());
    QCOMPARE(kafka.err, mqtt.err);
}

void TestCliMessages::profileListAndShowEscapeControlCharactersInNames() {
    const QString name = QStringLiteral("evil\x1b[2Jname");
    QCOMPARE(runCli({"profile", "add", name, "-L", "mqtt://h:1"}, m_data).exitCode, 0);
    const auto list = runCli({"profile", "list"}, m_data);
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(!list.out.contains('\x1b'), list.out.constData());
    QVERIFY2(list.out.contains("evil\\x1b[2Jname"), list.out.constData());
    const auto show = runCli({"profile", "show", name}, m_data);
    QCOMPARE(show.exitCode, 0);
    QVERIFY2(!show.out.contains('\x1b'), show.out.constData());
    QVERIFY2(show.out.contains("evil\\x1b[2Jname"), show.out.constData());
}

QTEST_GUILESS_MAIN(TestCliMessages)
#include "tst_cli_messages.moc"
