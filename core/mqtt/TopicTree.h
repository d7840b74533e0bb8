#pragma once

#include "mqtt/MqttMessage.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace mqkit {

// One level of an MQTT topic hierarchy. Levels are split on '/', so "/a" has an empty first
// level and "a//b" an empty middle one, exactly as the broker treats them.
class TopicNode {
public:
    TopicNode(QString name, TopicNode* parent, int row) : m_name(std::move(name)), m_parent(parent), m_row(row) {}

    const QString& name() const { return m_name; }
    TopicNode* parent() const { return m_parent; }
    int row() const { return m_row; } // index in the parent's children
    int depth() const;
    QString path() const; // full topic, "a/b/c"

    const std::vector<std::unique_ptr<TopicNode>>& children() const { return m_children; }
    TopicNode* child(const QString& name) const;

    bool hasMessage() const { return m_messageCount > 0; }
    const QByteArray& lastPayload() const { return m_lastPayload; }
    int lastQos() const { return m_lastQos; }
    bool isRetained() const { return m_retained; } // the broker holds a retained message here
    std::int64_t lastReceivedAtMs() const { return m_lastReceivedAtMs; }
    std::uint64_t messageCount() const { return m_messageCount; }
    std::uint64_t subtreeMessageCount() const { return m_subtreeMessageCount; }
    std::uint64_t subtreeTopicCount() const { return m_subtreeTopicCount; } // nodes with messages, self included

    // How many children observers (e.g. a Qt item model) have been told about. TopicTree never
    // changes it; a model advances it after announcing inserted rows.
    int announcedChildCount = 0;

private:
    friend class TopicTree;
    QString m_name;
    TopicNode* m_parent;
    int m_row;
    std::vector<std::unique_ptr<TopicNode>> m_children;
    QHash<QString, TopicNode*> m_childIndex;
    QByteArray m_lastPayload;
    int m_lastQos = 0;
    bool m_retained = false;
    std::int64_t m_lastReceivedAtMs = 0;
    std::uint64_t m_messageCount = 0;
    std::uint64_t m_subtreeMessageCount = 0;
    std::uint64_t m_subtreeTopicCount = 0;
};

// What one applied batch changed, so observers can update in one step per batch.
struct TopicTreeChanges {
    // Parents that got new children, sorted by depth (shallow first): children from
    // announcedChildCount to children().size()-1 are new.
    std::vector<TopicNode*> grownParents;
    // Existing nodes whose data changed (message, counts), each once.
    std::vector<TopicNode*> updatedNodes;
    std::size_t messagesApplied = 0;
};

class TopicTree {
public:
    TopicTree();
    TopicNode* root() const { return m_root.get(); }

    TopicTreeChanges apply(const MqttBatch& batch);
    TopicNode* find(const QString& topic) const;

    std::size_t topicCount() const { return m_root->m_subtreeTopicCount; }
    std::size_t nodeCount() const { return m_nodeCount; }
    std::uint64_t messageCount() const { return m_root->m_subtreeMessageCount; }

private:
    std::unique_ptr<TopicNode> m_root;
    std::size_t m_nodeCount = 0;
};

} // namespace mqkit
