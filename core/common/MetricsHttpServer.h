#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <functional>
#include <optional>
#include <thread>

namespace mqkit {

// A minimal HTTP/1.x responder for a metrics scrape (Prometheus), on POSIX sockets because core
// is Qt Core only. One thread answers one connection at a time: `GET /metrics` (or HEAD) gets the
// body with status 200 (503 while the body is not known yet), any other path 404, any other method
// 405; every connection is closed after its answer. A client has 2 s to send its request. Meant
// for loopback or a trusted network: no TLS, no authentication.
class MetricsHttpServer {
public:
    using Body = std::function<std::optional<QByteArray>()>; // nullopt: nothing to serve yet (503)

    // Binds address:port (an IPv4 or IPv6 literal, or a host name; port 0 picks a free one) and
    // starts answering. Throws Error(Connection) naming the address when it cannot listen there.
    MetricsHttpServer(const QString& address, std::uint16_t port, Body body);
    ~MetricsHttpServer();
    MetricsHttpServer(const MetricsHttpServer&) = delete;
    MetricsHttpServer& operator=(const MetricsHttpServer&) = delete;

    std::uint16_t port() const { return m_port; }
    QString url() const; // http://address:port/metrics

private:
    void serve();
    void answer(int client);

    QString m_address;
    Body m_body;
    int m_listen = -1;
    int m_wake[2] = {-1, -1}; // a pipe: the destructor writes to end serve()
    std::uint16_t m_port = 0;
    std::thread m_thread;
};

} // namespace mqkit
