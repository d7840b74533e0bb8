#include "mqtt/BrokerUrl.h"

#include "common/CoreTr.h"
#include "common/Error.h"

#include <QRegularExpression>

namespace mqkit {

namespace {

[[noreturn]] void malformed(const QString& text, const QString& why) {
    throw Error(ErrorKind::Usage, QStringLiteral("malformed broker URL '%1': %2").arg(text, why));
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

BrokerUrl BrokerUrl::parse(const QString& text) {
    const QString input = text.trimmed();
    if (input.isEmpty())
        malformed(text, QStringLiteral("it is empty"));

    BrokerUrl url;
    QString rest = input;
    const qsizetype sep = input.indexOf(QLatin1String("://"));
    if (sep >= 0) {
        const QString scheme = input.left(sep).toLower();
        if (scheme == QLatin1String("mqtt") || scheme == QLatin1String("tcp"))
            url.scheme = Scheme::Mqtt;
        else if (scheme == QLatin1String("mqtts") || scheme == QLatin1String("ssl"))
            url.scheme = Scheme::Mqtts;
        else if (scheme == QLatin1String("ws"))
            url.scheme = Scheme::Ws;
        else if (scheme == QLatin1String("wss"))
            url.scheme = Scheme::Wss;
        else
            malformed(text, QStringLiteral("unknown scheme '%1' (use mqtt, mqtts, ws or wss)").arg(scheme));
        rest = input.mid(sep + 3);
    } else if (input.contains(QLatin1Char('/'))) {
        malformed(text, QStringLiteral("missing scheme (e.g. mqtt://host:1883)"));
    }

    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    QString authority = slash >= 0 ? rest.left(slash) : rest;
    url.path = slash >= 0 ? rest.mid(slash) : QString();
    if (!url.isWebSocket() && !url.path.isEmpty() && url.path != QLatin1String("/"))
        malformed(text, QStringLiteral("a path is only allowed for ws:// and wss://"));
    if (!url.isWebSocket())
        url.path.clear();

    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        if (userInfo.contains(QLatin1Char(':')))
            malformed(text, CoreTr::tr("passwords do not belong in URLs (they end up in shell history and "
                                       "process lists); give the password separately: MQKIT_PASSWORD, a password file "
                                       "or a profile"));
        url.username = userInfo;
    }

    QString portText;
    if (authority.startsWith(QLatin1Char('['))) { // [IPv6]:port
        const qsizetype close = authority.indexOf(QLatin1Char(']'));
        if (close < 0)
            malformed(text, QStringLiteral("unterminated IPv6 address"));
        url.host = authority.mid(1, close - 1);
        const QString after = authority.mid(close + 1);
        if (after.startsWith(QLatin1Char(':')))
            portText = after.mid(1);
        else if (!after.isEmpty())
            malformed(text, QStringLiteral("unexpected text after the IPv6 address"));
    } else {
        const qsizetype colon = authority.lastIndexOf(QLatin1Char(':'));
        if (colon >= 0) {
            url.host = authority.left(colon);
            portText = authority.mid(colon + 1);
            if (portText.isEmpty())
                malformed(text, QStringLiteral("empty port"));
        } else {
            url.host = authority;
        }
    }
    if (url.host.isEmpty())
        malformed(text, QStringLiteral("missing host"));
    static const QRegularExpression hostChars(QStringLiteral("^[A-Za-z0-9._:%-]+$"));
    if (!hostChars.match(url.host).hasMatch())
        malformed(text, QStringLiteral("invalid host '%1'").arg(url.host));

    url.port = defaultPort(url.scheme);
    if (!portText.isEmpty()) {
        bool ok = false;
        const int port = portText.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            malformed(text, QStringLiteral("port '%1' is not a number from 1 to 65535").arg(portText));
        url.port = port;
    }
    return url;
}

QString BrokerUrl::toString() const {
    const QString h = host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host;
    return QStringLiteral("%1://%2:%3%4").arg(schemeName(scheme), h).arg(port).arg(path);
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
    return QStringLiteral("%1://%2:%3%4").arg(s, h).arg(port).arg(path);
}

} // namespace mqkit
