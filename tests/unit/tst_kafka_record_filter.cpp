// KafkaRecordTextFilter (the message browser's filter): a record matches when its key, value, or
// a header's name or value contains the text; ASCII letters in any case, other bytes exactly.

#include "kafka/KafkaRecordFilter.h"

#include <QTest>

using namespace mqkit;

namespace {
KafkaRecord record(std::optional<QByteArray> key, std::optional<QByteArray> value, std::vector<KafkaHeader> headers = {}) {
    KafkaRecord r;
    r.key = std::move(key);
    r.value = std::move(value);
    r.headers = std::move(headers);
    return r;
}
} // namespace

class TestKafkaRecordFilter : public QObject {
    Q_OBJECT
private slots:
    void emptyTextMatchesEveryRecord() {
        QVERIFY(KafkaRecordTextFilter(QString()).matches(record(std::nullopt, std::nullopt)));
    }
    void matchesKeyValueAndHeadersInAnyCase() {
        const KafkaRecordTextFilter f(QStringLiteral("OrDeR-7"));
        QVERIFY(f.matches(record(QByteArray("order-7"), QByteArray("x"))));
        QVERIFY(f.matches(record(std::nullopt, QByteArray("{\"id\":\"ORDER-7\"}"))));
        QVERIFY(f.matches(record(std::nullopt, std::nullopt, {{QStringLiteral("trace"), QByteArray("order-77")}})));
        QVERIFY(f.matches(record(std::nullopt, std::nullopt, {{QStringLiteral("order-7"), std::nullopt}})));
        QVERIFY(!f.matches(record(QByteArray("order-8"), QByteArray("order 7"), {{QStringLiteral("h"), std::nullopt}})));
    }
    void nonAsciiBytesCompareExactly() {
        const KafkaRecordTextFilter f(QStringLiteral("grüße"));
        QVERIFY(f.matches(record(std::nullopt, QStringLiteral("viele Grüße").toUtf8())));
        QVERIFY(!f.matches(record(std::nullopt, QStringLiteral("GRÜSSE").toUtf8())));
        const KafkaRecordTextFilter binary(QString::fromLatin1("\x01\x02"));
        QVERIFY(binary.matches(record(std::nullopt, QByteArray("\xff\x01\x02\x00", 4))));
    }
    void textLongerThanEveryFieldMatchesNothing() {
        QVERIFY(!KafkaRecordTextFilter(QStringLiteral("longer than it")).matches(record(QByteArray("k"), QByteArray("v"))));
    }
};

QTEST_GUILESS_MAIN(TestKafkaRecordFilter)
#include "tst_kafka_record_filter.moc"
