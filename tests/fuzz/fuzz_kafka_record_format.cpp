// Kafka output formats (kafka consume -f, kcat's syntax): KafkaRecordFormat::parse, then applied
// to a record with a key and headers and to a tombstone with a null key.
#include "FuzzSupport.h"
#include "kafka/KafkaRecord.h"
#include "kafka/KafkaRecordFormat.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::refusalAllowed([&] {
        const mqkit::KafkaRecordFormat format = mqkit::KafkaRecordFormat::parse(fuzz::text(data, size));
        mqkit::KafkaRecord r;
        r.topic = QStringLiteral("orders");
        r.partition = 3;
        r.offset = 42;
        r.timestamp = 1763918482123;
        r.key = QByteArray("k\0y", 3);
        r.value = QByteArray("value");
        r.headers = {{QStringLiteral("h"), QByteArray("1")}, {QStringLiteral("null"), std::nullopt}};
        QByteArray out;
        format.append(out, r);
        r.key.reset();
        r.value.reset();
        r.headers.clear();
        format.append(out, r);
    });
    return 0;
}
