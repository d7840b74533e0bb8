#pragma once

#include "kafka/KafkaRecord.h"

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

namespace mqkit {

// A per-record output format in the syntax of kcat -f, parsed once and applied to each record:
//   %t topic   %p partition   %o offset   %k key   %K key length (-1: null)   %s value
//   %S value length (-1: null)   %R value length as 4 bytes big-endian   %T timestamp (ms)
//   %h headers "name=value,name2=value2"   %% a literal %
//   Escapes: those of common/FormatEscapes.h, shared with MQTT's MessageFormat.
// No newline is added: the format says where records end.
class KafkaRecordFormat {
public:
    // Throws Error(Usage) naming the first sequence it does not know.
    static KafkaRecordFormat parse(const QString& format);

    void append(QByteArray& out, const KafkaRecord& record) const;

private:
    static void appendToken(QByteArray& out, char token, const KafkaRecord& r);
    std::vector<std::pair<char, QByteArray>> m_parts; // token 0: the literal
};

// One header in its text form "name=value" (the value may be empty, the name may not): what a
// user types for a record to produce. Throws Error(Usage) naming the text.
KafkaHeader parseKafkaHeader(const QByteArray& text);

} // namespace mqkit
