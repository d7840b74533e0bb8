// Kafka's -f record format (kcat's syntax) and the escape syntax it shares with MQTT's -F.

#include "common/Error.h"
#include "common/FormatEscapes.h"
#include "kafka/KafkaRecordFormat.h"
#include "mqtt/MessageFormat.h"

#include <QTest>

using namespace mqkit;

class TstKafkaRecordFormat : public QObject {
    Q_OBJECT
private slots:
    void tokensFormatEveryField();
    void nullKeyAndValueHaveLengthMinusOne();
    void escapesAreTheSameForKafkaAndMqtt_data();
    void escapesAreTheSameForKafkaAndMqtt();
    void badSequencesAreUsageErrorsNamingThem_data();
    void badSequencesAreUsageErrorsNamingThem();
};

namespace {
KafkaRecord sample() {
    KafkaRecord r;
    r.topic = "orders";
    r.partition = 2;
    r.offset = 41;
    r.timestamp = 1700000000123;
    r.key = QByteArray("k1");
    r.value = QByteArray("hello");
    r.headers = {{"a", QByteArray("1")}, {"b", std::nullopt}};
    return r;
}

QByteArray apply(const QString& format, const KafkaRecord& r) {
    QByteArray out;
    KafkaRecordFormat::parse(format).append(out, r);
    return out;
}
} // namespace

void TstKafkaRecordFormat::tokensFormatEveryField() {
    QCOMPARE(apply("%t/%p@%o %k=%s (%K,%S) %T [%h] 100%%\\n", sample()),
             QByteArray("orders/2@41 k1=hello (2,5) 1700000000123 [a=1,b=] 100%\n"));
    QCOMPARE(apply("%R", sample()), QByteArray("\0\0\0\5", 4));
}

void TstKafkaRecordFormat::nullKeyAndValueHaveLengthMinusOne() {
    KafkaRecord r = sample();
    r.key.reset();
    r.value.reset();
    QCOMPARE(apply("[%k][%s] %K %S", r), QByteArray("[][] -1 -1"));
}

void TstKafkaRecordFormat::escapesAreTheSameForKafkaAndMqtt_data() {
    QTest::addColumn<QString>("escape");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("newline") << "\\n" << QByteArray("\n");
    QTest::newRow("tab") << "\\t" << QByteArray("\t");
    QTest::newRow("carriage return") << "\\r" << QByteArray("\r");
    QTest::newRow("backslash") << "\\\\" << QByteArray("\\");
    QTest::newRow("nul") << "\\0" << QByteArray("\0", 1);
    QTest::newRow("escape") << "\\e" << QByteArray("\x1b");
    QTest::newRow("bell") << "\\a" << QByteArray("\a");
    QTest::newRow("hex two digits") << "\\x41" << QByteArray("A");
    QTest::newRow("hex one digit") << "\\x9z" << QByteArray("\x09z");
}

void TstKafkaRecordFormat::escapesAreTheSameForKafkaAndMqtt() {
    QFETCH(QString, escape);
    QFETCH(QByteArray, bytes);
    QCOMPARE(formatescapes::unescape(escape.toUtf8()), bytes);
    QCOMPARE(apply(escape, sample()), bytes);
    QCOMPARE(MessageFormat::parse(escape).format(MqttMessage{}), bytes);
}

void TstKafkaRecordFormat::badSequencesAreUsageErrorsNamingThem_data() {
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("named");
    QTest::newRow("unknown token") << "%s %q" << "unknown format token %q (";
    QTest::newRow("lone percent") << "%s %" << "lone '%'";
    QTest::newRow("unknown escape") << "%s\\q" << "unknown escape \\q";
    QTest::newRow("hex without digits") << "\\xg" << "\\x without hex digits";
    QTest::newRow("trailing backslash") << "%s\\" << "lone \\";
}

void TstKafkaRecordFormat::badSequencesAreUsageErrorsNamingThem() {
    QFETCH(QString, format);
    QFETCH(QString, named);
    try {
        KafkaRecordFormat::parse(format);
        QFAIL("no error");
    } catch (const Error& e) {
        QCOMPARE(e.kind(), ErrorKind::Usage);
        QVERIFY2(e.message().contains(named), qPrintable(e.message()));
    }
}

QTEST_GUILESS_MAIN(TstKafkaRecordFormat)
#include "tst_kafka_record_format.moc"
