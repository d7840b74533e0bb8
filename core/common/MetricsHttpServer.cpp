#include "common/MetricsHttpServer.h"

#include "common/CoreTr.h"
#include "common/Error.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <netdb.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <utility>

namespace mqkit {

namespace {

constexpr int kRequestTimeoutMs = 2000;
constexpr int kMaxRequestBytes = 8192;

// Owns a file descriptor: closed when it goes out of scope unless released.
class Fd {
public:
    explicit Fd(int fd = -1) : m_fd(fd) {}
    ~Fd() {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int get() const { return m_fd; }
    int release() { return std::exchange(m_fd, -1); }

private:
    int m_fd;
};

QString systemError() {
    return QString::fromLocal8Bit(std::strerror(errno));
}

// A listening socket on address:port; throws Error(Connection) with the reason.
int listenOn(const QString& address, std::uint16_t port) {
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE;
    addrinfo* found = nullptr;
    const int lookup = getaddrinfo(address.toUtf8().constData(), QByteArray::number(port).constData(), &hints, &found);
    const QString where = QStringLiteral("%1:%2").arg(address).arg(port);
    if (lookup != 0)
        throw Error(ErrorKind::Connection, CoreTr::tr("cannot serve metrics on %1: %2").arg(where, QString::fromUtf8(gai_strerror(lookup))));
    std::unique_ptr<addrinfo, decltype(&freeaddrinfo)> addresses(found, &freeaddrinfo);
    QString reason;
    for (const addrinfo* a = found; a; a = a->ai_next) {
        // Non-blocking: a client gone between poll() and accept() must not stall the thread.
        Fd fd(::socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK, a->ai_protocol));
        if (fd.get() < 0) {
            reason = systemError();
            continue;
        }
        const int on = 1;
        setsockopt(fd.get(), SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
        if (::bind(fd.get(), a->ai_addr, a->ai_addrlen) == 0 && ::listen(fd.get(), 16) == 0)
            return fd.release();
        reason = systemError();
    }
    throw Error(ErrorKind::Connection, CoreTr::tr("cannot serve metrics on %1: %2").arg(where, reason));
}

std::uint16_t boundPort(int fd) {
    sockaddr_storage local{};
    socklen_t length = sizeof local;
    if (getsockname(fd, reinterpret_cast<sockaddr*>(&local), &length) != 0)
        return 0;
    if (local.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<const sockaddr_in6*>(&local)->sin6_port);
    return ntohs(reinterpret_cast<const sockaddr_in*>(&local)->sin_port);
}

// The request line and headers, up to the blank line; empty when the client sent none in time.
QByteArray readRequest(int client) {
    QByteArray request;
    char buffer[1024];
    while (!request.contains("\r\n\r\n") && !request.contains("\n\n") && request.size() < kMaxRequestBytes) {
        pollfd p{client, POLLIN, 0};
        if (poll(&p, 1, kRequestTimeoutMs) != 1)
            return {};
        const ssize_t n = ::recv(client, buffer, sizeof buffer, 0);
        if (n <= 0)
            return request;
        request.append(buffer, static_cast<qsizetype>(n));
    }
    return request;
}

void sendAll(int client, const QByteArray& data) {
    qsizetype sent = 0;
    while (sent < data.size()) {
        const ssize_t n = ::send(client, data.constData() + sent, static_cast<size_t>(data.size() - sent), MSG_NOSIGNAL);
        if (n <= 0)
            return;
        sent += n;
    }
}

QByteArray response(const QByteArray& status, const QByteArray& contentType, const QByteArray& body, bool withBody) {
    QByteArray out = "HTTP/1.1 " + status + "\r\nContent-Type: " + contentType +
                     "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
    if (withBody)
        out += body;
    return out;
}

} // namespace

MetricsHttpServer::MetricsHttpServer(const QString& address, std::uint16_t port, Body body)
    : m_address(address), m_body(std::move(body)) {
    Fd listening(listenOn(address, port));
    m_port = boundPort(listening.get());
    if (::pipe2(m_wake, O_CLOEXEC) != 0)
        throw Error(ErrorKind::Io, CoreTr::tr("cannot serve metrics: %1").arg(systemError()));
    m_listen = listening.release();
    m_thread = std::thread([this] { serve(); });
}

MetricsHttpServer::~MetricsHttpServer() {
    const char stop = 's';
    [[maybe_unused]] const ssize_t written = ::write(m_wake[1], &stop, 1);
    if (m_thread.joinable())
        m_thread.join();
    for (const int fd : {m_listen, m_wake[0], m_wake[1]})
        ::close(fd);
}

QString MetricsHttpServer::url() const {
    const QString host = m_address.contains(QLatin1Char(':')) ? QLatin1Char('[') + m_address + QLatin1Char(']') : m_address;
    return QStringLiteral("http://%1:%2/metrics").arg(host).arg(m_port);
}

void MetricsHttpServer::serve() {
    for (;;) {
        pollfd p[2] = {{m_listen, POLLIN, 0}, {m_wake[0], POLLIN, 0}};
        if (poll(p, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        if (p[1].revents != 0)
            return;
        if (p[0].revents & POLLIN) {
            Fd client(::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC));
            if (client.get() >= 0)
                answer(client.get());
        }
    }
}

void MetricsHttpServer::answer(int client) {
    const QByteArray request = readRequest(client);
    const qsizetype lineEnd = request.indexOf('\n');
    const QList<QByteArray> requestLine = (lineEnd < 0 ? request : request.left(lineEnd)).trimmed().split(' ');
    if (requestLine.size() < 2)
        return; // not HTTP, or nothing in time: closed without an answer
    const QByteArray& method = requestLine[0];
    const QByteArray path = requestLine[1].split('?').front();
    const bool head = method == "HEAD";
    const QByteArray text = "text/plain; charset=utf-8";
    if (method != "GET" && !head) {
        sendAll(client, response("405 Method Not Allowed", text, "only GET /metrics\n", true));
    } else if (path != "/metrics") {
        sendAll(client, response("404 Not Found", text, "not found: the metrics are at /metrics\n", !head));
    } else if (const std::optional<QByteArray> body = m_body ? m_body() : std::nullopt) {
        sendAll(client, response("200 OK", "text/plain; version=0.0.4; charset=utf-8", *body, !head));
    } else {
        sendAll(client, response("503 Service Unavailable", text, "no metrics yet\n", !head));
    }
}

} // namespace mqkit
