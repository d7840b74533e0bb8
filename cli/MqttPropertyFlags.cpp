#include "MqttPropertyFlags.h"

#include "common/Error.h"

#include <CLI/CLI.hpp>

using namespace mqkit;

mqkit::MqttProperties MqttPropertyFlags::toProperties(const char* flagPrefix) const {
    MqttProperties p;
    for (const auto& kv : userProperties) {
        const auto eq = kv.find('=');
        if (eq == std::string::npos || eq == 0)
            throw Error(ErrorKind::Usage, QStringLiteral("%1user-property wants KEY=VALUE with a non-empty KEY, got '%2'")
                                              .arg(QString::fromUtf8(flagPrefix), QString::fromStdString(kv)));
        p.user.emplace_back(QString::fromStdString(kv.substr(0, eq)), QString::fromStdString(kv.substr(eq + 1)));
    }
    p.contentType = QString::fromStdString(contentType);
    if (payloadFormat >= 0)
        p.payloadFormat = payloadFormat;
    if (messageExpiry >= 0)
        p.messageExpirySeconds = static_cast<std::uint32_t>(messageExpiry);
    p.responseTopic = QString::fromStdString(responseTopic);
    p.correlationData = QByteArray::fromStdString(correlationData);
    return p;
}

void addMqttPropertyFlags(CLI::App* cmd, MqttPropertyFlags& flags, const std::string& prefix, const std::string& group) {
    const std::string what = prefix.empty() ? "" : "Last Will: ";
    const std::string v5 = " (MQTT 5)";
    cmd->add_option("--" + prefix + "user-property", flags.userProperties,
                    what + "user property KEY=VALUE, repeatable" + v5)
        ->allow_extra_args(false)
        ->group(group);
    cmd->add_option("--" + prefix + "content-type", flags.contentType, what + "content type, e.g. application/json" + v5)
        ->group(group);
    cmd->add_option("--" + prefix + "payload-format", flags.payloadFormat,
                    what + "payload format indicator: 0 bytes, 1 UTF-8 text" + v5)
        ->check(CLI::Range(0, 1))
        ->group(group);
    cmd->add_option("--" + prefix + "message-expiry", flags.messageExpiry, what + "message expiry interval in seconds" + v5)
        ->check(CLI::Range(0LL, 4294967295LL))
        ->group(group);
    cmd->add_option("--" + prefix + "response-topic", flags.responseTopic, what + "response topic" + v5)->group(group);
    cmd->add_option("--" + prefix + "correlation-data", flags.correlationData, what + "correlation data (these bytes)" + v5)
        ->group(group);
}
