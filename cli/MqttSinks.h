#pragma once

#include "mqtt/MessageFormat.h"
#include "mqtt/MessagePipeline.h"

#include <QByteArray>
#include <QString>

// The CLI's sinks of mqkit::MessagePipeline: data on stdout, connection events on stderr.

// Prints each message on stdout: a MessageFormat (text, -v, -F) or one JSON object per line.
// With retainedOnly it prints retained messages only and is finished at the first live one
// (as mosquitto_sub --retained-only).
class MessageWriterSink : public mqkit::MessageSink {
public:
    enum class Style { Format, JsonLines };
    MessageWriterSink(Style style, mqkit::MessageFormat format, bool endOfLine, bool retainedOnly);
    void onBatch(const mqkit::MqttBatch& batch) override;
    bool finished() const override { return m_liveSeen; }
    std::int64_t written() const { return m_written; }

private:
    Style m_style;
    mqkit::MessageFormat m_format;
    bool m_endOfLine;
    bool m_retainedOnly;
    bool m_liveSeen = false;
    std::int64_t m_written = 0;
    QByteArray m_out; // reused across batches
};

// "mqtt://host:1883: connection lost: ..." on stderr for every event after the first connect,
// for commands that reconnect (without reconnect a loss ends the command with an error instead).
class ConnectionEventPrinter : public mqkit::MessageSink {
public:
    ConnectionEventPrinter(QString url, bool reconnectEnabled);
    void onBatch(const mqkit::MqttBatch&) override {}
    void onEvent(const mqkit::MqttConnectionEvent& event) override;

private:
    QString m_url;
    bool m_reconnectEnabled;
};
