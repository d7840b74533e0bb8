#include "kafka/KafkaClientConfig.h"

#include "common/CoreTr.h"
#include "common/Error.h"
#include "kafka/RdKafkaHandles.h"

#include <QStringList>

namespace mqkit {

namespace {
constexpr QLatin1String kBootstrapKey("bootstrap.servers");
} // namespace

// bootstrap.servers is the bootstrap list, whichever way it was given: one value, so every
// message naming the cluster names the one in use.
void KafkaClientConfig::set(const QString& key, const QString& value) {
    if (key == kBootstrapKey) {
        bootstrap = value;
        return;
    }
    for (auto& [k, v] : properties) {
        if (k == key) {
            v = value;
            return;
        }
    }
    properties.emplace_back(key, value);
}

QString KafkaClientConfig::get(const QString& key) const {
    if (key == kBootstrapKey)
        return bootstrap;
    for (const auto& [k, v] : properties)
        if (k == key)
            return v;
    return {};
}

std::pair<QString, QString> KafkaClientConfig::parseProperty(const QString& text) {
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0)
        throw Error(ErrorKind::Usage, QStringLiteral("property '%1' is not of the form key=value").arg(text));
    return {text.left(eq).trimmed(), text.mid(eq + 1)};
}

bool KafkaClientConfig::isSecretProperty(const QString& key) {
    const QString k = key.trimmed().toLower();
    return k.endsWith(QLatin1String(".password")) || k.endsWith(QLatin1String(".secret")) ||
           k == QLatin1String("ssl.key.pem") || k == QLatin1String("sasl.oauthbearer.config");
}

void KafkaClientConfig::validate() const {
    if (bootstrap.trimmed().isEmpty())
        throw Error(ErrorKind::Usage, CoreTr::tr("no Kafka bootstrap servers given (host:port, or a profile)"));
    for (const auto& entry : bootstrap.split(QLatin1Char(','))) {
        QString e = entry.trimmed();
        if (e.isEmpty())
            throw Error(ErrorKind::Usage,
                        CoreTr::tr("malformed bootstrap list '%1': an empty entry between commas").arg(bootstrap));
        const qsizetype scheme = e.indexOf(QLatin1String("://"));
        if (scheme >= 0)
            e = e.mid(scheme + 3);
        const qsizetype colon = e.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const int port = colon > 0 ? e.mid(colon + 1).toInt(&ok) : 0;
        if (colon <= 0 || !ok || port < 1 || port > 65535)
            throw Error(ErrorKind::Usage,
                        QStringLiteral("malformed bootstrap server '%1': expected host:port").arg(entry.trimmed()));
    }
    if (timeout.count() <= 0)
        throw Error(ErrorKind::Usage, CoreTr::tr("the request timeout must be positive"));
    rdk::Conf conf(rd_kafka_conf_new());
    char err[512];
    for (const auto& [k, v] : properties) {
        if (rd_kafka_conf_set(conf.get(), k.toUtf8().constData(), v.toUtf8().constData(), err, sizeof err) !=
            RD_KAFKA_CONF_OK)
            throw Error(ErrorKind::Usage, QStringLiteral("invalid Kafka property %1: %2").arg(k, QString::fromUtf8(err)));
    }
}

} // namespace mqkit
