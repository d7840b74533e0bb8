#include "MqttSinks.h"

#include "Output.h"
#include "common/JsonWriter.h"
#include "mqtt/MqttMessageJson.h"

#include <utility>

using namespace mqkit;

MessageWriterSink::MessageWriterSink(Style style, MessageFormat format, bool endOfLine, bool retainedOnly)
    : m_style(style), m_format(std::move(format)), m_endOfLine(endOfLine), m_retainedOnly(retainedOnly) {}

void MessageWriterSink::onBatch(const MqttBatch& batch) {
    if (m_liveSeen)
        return;
    m_out.clear();
    JsonWriter json(m_out);
    for (const MqttMessage& m : batch) {
        if (m_retainedOnly && !m.retained) {
            m_liveSeen = true;
            break;
        }
        if (m_style == Style::JsonLines) {
            writeMessageJson(json, m);
            json.endLine();
        } else {
            m_format.append(m_out, m);
            if (m_endOfLine)
                m_out += '\n';
        }
        ++m_written;
    }
    if (!m_out.isEmpty()) {
        writeRaw(m_out);
        flushStdout();
    }
}

ConnectionEventPrinter::ConnectionEventPrinter(QString url, bool reconnectEnabled)
    : m_url(std::move(url)), m_reconnectEnabled(reconnectEnabled) {}

void ConnectionEventPrinter::onEvent(const MqttConnectionEvent& event) {
    if (m_reconnectEnabled && event.kind != MqttConnectionEvent::Kind::Connected)
        printDiagnostic(m_url + QStringLiteral(": ") + event.describe());
}
