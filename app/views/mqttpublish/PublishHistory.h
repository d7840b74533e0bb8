#pragma once

#include "mqtt/MqttMessage.h"

#include <QString>

#include <deque>

// The messages the publish pane sent, newest first, at most kMaxEntries, kept between runs in a
// JSON-lines file (one message per line in core's message JSON shape, received_at = when it was
// sent) beside the profiles. A damaged line is skipped, never fatal.
class PublishHistory {
public:
    static constexpr std::size_t kMaxEntries = 100;

    explicit PublishHistory(QString path = defaultPath());
    // publish-history.jsonl beside the profile store ($MQKIT_DATA_DIR or the XDG data dir).
    static QString defaultPath();

    const std::deque<mqkit::MqttMessage>& entries() const { return m_entries; }
    // Adds a sent message at the front and saves; false (history kept in memory) if the file
    // cannot be written.
    bool add(const mqkit::MqttMessage& message);

private:
    void load();
    bool save() const;

    QString m_path;
    std::deque<mqkit::MqttMessage> m_entries;
};
