#pragma once

#include <QString>

namespace mqkit {

// An MQTT broker address: mqtt://host[:port], mqtts://, ws://host[:port][/path], wss://.
// "host:port" alone means mqtt://. tcp:// and ssl:// (Paho's names) are accepted as aliases.
struct BrokerUrl {
    enum class Scheme { Mqtt, Mqtts, Ws, Wss };

    Scheme scheme = Scheme::Mqtt;
    QString host;
    int port = 1883;
    QString path;     // websocket path, e.g. "/mqtt"
    QString username; // from user@host, if present

    // Throws Error(Usage) with the reason for anything malformed, including a password in the URL.
    static BrokerUrl parse(const QString& text);

    bool isTls() const { return scheme == Scheme::Mqtts || scheme == Scheme::Wss; }
    bool isWebSocket() const { return scheme == Scheme::Ws || scheme == Scheme::Wss; }
    QString toString() const;     // canonical, e.g. mqtt://127.0.0.1:1883
    QString toPahoUri() const;    // tcp://, ssl://, ws://, wss://
    static int defaultPort(Scheme scheme);
};

} // namespace mqkit
