#pragma once

#include <QByteArray>

namespace mqkit {

// The backslash escapes of every output format and separator mqkit reads (MQTT's -F as
// mosquitto_sub, Kafka's -f, -K and -D as kcat): \n \r \t \\ \0 \a \e and \xNN (one or two hex
// digits). Anything else after a backslash is a Usage error naming the sequence.
namespace formatescapes {

// text[backslash] is '\'. Appends the byte the escape stands for and returns the index of the
// escape's last character. Throws Error(Usage) for an unknown escape or a lone trailing '\'.
qsizetype appendEscape(QByteArray& out, const QByteArray& text, qsizetype backslash);

// The whole text with its escapes replaced.
QByteArray unescape(const QByteArray& text);

} // namespace formatescapes

} // namespace mqkit
