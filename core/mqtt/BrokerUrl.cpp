#include "mqtt/BrokerUrl.h"

#include "common/CoreTr.h"
#include "common/Error.h"

#include <QRegularExpression>

#include <optional>

namespace mqkit {

namespace {

[[noreturn]] void malformed(const QString& text, const QString& why) {
    throw Error(ErrorKind::Usage, CoreTr::tr("malformed broker URL '%1': %2").arg(text, why));
}

QString schemeName(BrokerUrl::Scheme s) {
    switch (s) {
    case BrokerUrl::Scheme::Mqtt:
        return QStringLiteral("mqtt");
    case BrokerUrl::Scheme::Mqtts:
        return QStringLiteral("mqtts");
    case BrokerUrl::Scheme::Ws:
        return QStringLiteral("ws");
    case BrokerUrl::Scheme::Wss:
        return QStringLiteral("wss");
    }
    return {};
}

} // namespace

int BrokerUrl::defaultPort(Scheme scheme) {
    switch (scheme) {
    case Scheme::Mqtt:
        return 1883;
    case Scheme::Mqtts:
        return 8883;
    case Scheme::Ws:
        return 80;
    case Scheme::Wss:
        return 443;
    }
    return 1883;
}

namespace {

std::optional<BrokerUrl::Scheme> schemeFromName(const QString& name) {
    if (name == QLatin1String("mqtt") || name == QLatin1String("tcp"))
        return BrokerUrl::Scheme::Mqtt;
    if (name == QLatin1String("mqtts") || name == QLatin1String("ssl"))
        return BrokerUrl::Scheme::Mqtts;
    if (name == QLatin1String("ws"))
        return BrokerUrl::Scheme::Ws;
    if (name == QLatin1String("wss"))
        return BrokerUrl::Scheme::Wss;
    return std::nullopt;
}

// Sets url.scheme from "scheme://" (none: mqtt) and returns what follows it.
QString takeScheme(BrokerUrl& url, const QString& input, const QString& text) {
    const qsizetype sep = input.indexOf(QLatin1String("://"));
    if (sep < 0) {
        if (input.contains(QLatin1Char('/')))
            malformed(text, CoreTr::tr("missing scheme (e.g. mqtt://host:1883)"));
        return input;
    }
    const QString name = input.left(sep).toLower();
    const auto scheme = schemeFromName(name);
    if (!scheme)
        malformed(text, CoreTr::tr("unknown scheme '%1' (use mqtt, mqtts, ws or wss)").arg(name));
    url.scheme = *scheme;
    return input.mid(sep + 3);
}

// Sets url.path from "/path" (websockets only) and returns the authority before it.
QString takePath(BrokerUrl& url, const QString& rest, const QString& text) {
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    url.path = slash >= 0 ? rest.mid(slash) : QString();
    if (!url.isWebSocket() && !url.path.isEmpty() && url.path != QLatin1String("/"))
        malformed(text, CoreTr::tr("a path is only allowed for ws:// and wss://"));
    if (!url.isWebSocket())
        url.path.clear();
    return slash >= 0 ? rest.left(slash) : rest;
}

// Sets url.username from "user@" and returns the host and port after it.
QString takeUserInfo(BrokerUrl& url, const QString& authority, const QString& text) {
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return authority;
    const QString userInfo = authority.left(at);
    if (userInfo.contains(QLatin1Char(':')))
        malformed(text, CoreTr::tr("passwords do not belong in URLs (they end up in shell history and "
                                   "process lists); give the password separately: MQKIT_PASSWORD, a password file "
                                   "or a profile"));
    url.username = userInfo;
    return authority.mid(at + 1);
}

// Sets url.host from "host[:port]" or "[IPv6][:port]" and returns the port text ("" if none).
QString takeHost(BrokerUrl& url, const QString& hostPort, const QString& text) {
    QString portText;
    if (hostPort.startsWith(QLatin1Char('['))) {
        const qsizetype close = hostPort.indexOf(QLatin1Char(']'));
        if (close < 0)
            malformed(text, CoreTr::tr("unterminated IPv6 address"));
        url.host = hostPort.mid(1, close - 1);
        const QString after = hostPort.mid(close + 1);
        if (after.startsWith(QLatin1Char(':')))
            portText = after.mid(1);
        else if (!after.isEmpty())
            malformed(text, CoreTr::tr("unexpected text after the IPv6 address"));
    } else if (const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        url.host = hostPort.left(colon);
        portText = hostPort.mid(colon + 1);
        if (portText.isEmpty())
            malformed(text, CoreTr::tr("empty port"));
    } else {
        url.host = hostPort;
    }
    if (url.host.isEmpty())
        malformed(text, CoreTr::tr("missing host"));
    static const QRegularExpression hostChars(QStringLiteral("^[A-Za-z0-9._:%-]+$"));
    if (!hostChars.match(url.host).hasMatch())
        malformed(text, CoreTr::tr("invalid host '%1'").arg(url.host));
    return portText;
}

int portFrom(const QString& portText, int defaultPort, const QString& text) {
    if (portText.isEmpty())
        return defaultPort;
    bool ok = false;
    const int port = portText.toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        malformed(text, CoreTr::tr("port '%1' is not a number from 1 to 65535").arg(portText));
    return port;
}

} // namespace

BrokerUrl BrokerUrl::parse(const QString& text) {
    const QString input = text.trimmed();
    if (input.isEmpty())
        malformed(text, CoreTr::tr("it is empty"));
    BrokerUrl url;
    const QString rest = takeScheme(url, input, text);
    const QString authority = takePath(url, rest, text);
    const QString hostPort = takeUserInfo(url, authority, text);
    const QString portText = takeHost(url, hostPort, text);
    url.port = portFrom(portText, defaultPort(url.scheme), text);
    return url;
}

QString BrokerUrl::toString() const {
    const QString h = host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host;
    // One arg() call: chained ones would replace a "%2" inside the host (an IPv6 zone id) too.
    return QStringLiteral("%1://%2:%3%4").arg(schemeName(scheme), h, QString::number(port), path);
}

QString BrokerUrl::toPahoUri() const {
    const QString h = host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host;
    QString s;
    switch (scheme) {
    case Scheme::Mqtt:
        s = QStringLiteral("tcp");
        break;
    case Scheme::Mqtts:
        s = QStringLiteral("ssl");
        break;
    case Scheme::Ws:
        s = QStringLiteral("ws");
        break;
    case Scheme::Wss:
        s = QStringLiteral("wss");
        break;
    }
    return QStringLiteral("%1://%2:%3%4").arg(s, h, QString::number(port), path);
}

} // namespace mqkit
