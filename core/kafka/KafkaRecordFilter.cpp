#include "kafka/KafkaRecordFilter.h"

#include <algorithm>

namespace mqkit {

namespace {
char foldAscii(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
} // namespace

KafkaRecordTextFilter::KafkaRecordTextFilter(const QString& text) : m_needle(text.toUtf8()) {
    std::transform(m_needle.begin(), m_needle.end(), m_needle.begin(), foldAscii);
}

bool KafkaRecordTextFilter::contains(const QByteArray& haystack) const {
    if (haystack.size() < m_needle.size())
        return false;
    return std::search(haystack.begin(), haystack.end(), m_needle.begin(), m_needle.end(),
                       [](char a, char b) { return foldAscii(a) == b; }) != haystack.end();
}

bool KafkaRecordTextFilter::matches(const KafkaRecord& record) const {
    if (m_needle.isEmpty())
        return true;
    if ((record.key && contains(*record.key)) || (record.value && contains(*record.value)))
        return true;
    return std::any_of(record.headers.begin(), record.headers.end(), [this](const KafkaHeader& h) {
        return contains(h.name.toUtf8()) || (h.value && contains(*h.value));
    });
}

} // namespace mqkit
