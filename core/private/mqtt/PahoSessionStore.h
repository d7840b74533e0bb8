#pragma once

// MqttSessionStore as Paho C++'s client persistence (mqtt::iclient_persistence, v1.2.0), which
// async_client(serverURI, clientId, create_options, iclient_persistence*) hands to Paho C as
// MQTTCLIENT_PERSISTENCE_USER (src/iclient_persistence.cpp maps open/close/put/get/remove/keys/
// clear/containskey to these methods; an exception becomes MQTTCLIENT_PERSISTENCE_ERROR).
//
// put() never fails. Paho C (src/MQTTPacket.c, MQTTPacket_Factory) writes an inbound QoS 2
// PUBLISH with MQTTPersistence_putPacket and then hands the packet to MQTTProtocol_handlePublishes
// whatever the write returned: a failed write would still be acknowledged with PUBREC. So a write
// that fails is retried every second on Paho's receive thread (holding PUBREC back; the store
// reports why through writeError()), and when the session is being stopped meanwhile the process
// ends at once (exit code 1) without acknowledging: the broker sends the message again.

#include "common/Error.h"
#include "mqtt/MqttSessionStore.h"

#include <mqtt/iclient_persistence.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <thread>

namespace mqkit {

class PahoSessionStore final : public mqtt::iclient_persistence {
public:
    PahoSessionStore(MqttSessionStore& store, const std::atomic<bool>& stopping) : m_store(store), m_stopping(stopping) {}

    void open(const mqtt::string& clientId, const mqtt::string&) override {
        m_store.open(QString::fromStdString(clientId));
    }
    void close() override { m_store.close(); }
    void clear() override { m_store.clear(); }
    bool contains_key(const mqtt::string& key) override { return m_store.containsKey(QString::fromStdString(key)); }
    mqtt::string_collection keys() const override {
        mqtt::string_collection out;
        for (const QString& key : m_store.keys())
            out.push_back(key.toStdString());
        return out;
    }
    void put(const mqtt::string& key, const std::vector<mqtt::string_view>& bufs) override {
        std::vector<QByteArrayView> parts;
        parts.reserve(bufs.size());
        for (const auto& b : bufs)
            parts.emplace_back(b.data(), static_cast<qsizetype>(b.size()));
        const QString k = QString::fromStdString(key);
        for (;;) {
            try {
                m_store.put(k, parts);
                if (m_store.writeError())
                    m_store.setWriteError(std::nullopt);
                return;
            } catch (const std::exception& e) {
                m_store.setWriteError(QString::fromUtf8(e.what()));
            }
            if (m_stopping)
                std::_Exit(exitcode::Failure);
            std::this_thread::sleep_for(std::chrono::seconds(1));
        }
    }
    mqtt::string get(const mqtt::string& key) const override {
        const auto value = m_store.get(QString::fromStdString(key));
        if (!value)
            throw Error(ErrorKind::Io, QStringLiteral("no stored MQTT state under %1").arg(QString::fromStdString(key)));
        return value->toStdString();
    }
    void remove(const mqtt::string& key) override { m_store.remove(QString::fromStdString(key)); }

private:
    MqttSessionStore& m_store;
    const std::atomic<bool>& m_stopping;
};

} // namespace mqkit
