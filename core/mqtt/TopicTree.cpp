#include "mqtt/TopicTree.h"

#include <QStringList>

#include <algorithm>
#include <unordered_set>

namespace mqkit {

int TopicNode::depth() const {
    int d = 0;
    for (const TopicNode* n = m_parent; n; n = n->m_parent)
        ++d;
    return d;
}

QString TopicNode::path() const {
    QStringList parts;
    for (const TopicNode* n = this; n && n->m_parent; n = n->m_parent)
        parts.prepend(n->m_name);
    return parts.join(QLatin1Char('/'));
}

TopicNode* TopicNode::child(const QString& name) const {
    return m_childIndex.value(name, nullptr);
}

TopicTree::TopicTree() : m_root(std::make_unique<TopicNode>(QString(), nullptr, 0)) {}

TopicNode* TopicTree::find(const QString& topic) const {
    TopicNode* node = m_root.get();
    for (const auto& level : QStringView(topic).split(QLatin1Char('/'))) {
        node = node->child(level.toString());
        if (!node)
            return nullptr;
    }
    return node;
}

TopicTreeChanges TopicTree::apply(const MqttBatch& batch) {
    TopicTreeChanges changes;
    std::unordered_set<TopicNode*> grown;
    std::unordered_set<TopicNode*> updated;
    std::unordered_set<TopicNode*> created;

    for (const auto& msg : batch) {
        TopicNode* node = m_root.get();
        for (const auto& levelView : QStringView(msg.topic).split(QLatin1Char('/'))) {
            const QString level = levelView.toString();
            TopicNode* next = node->child(level);
            if (!next) {
                auto owned = std::make_unique<TopicNode>(level, node, static_cast<int>(node->m_children.size()));
                next = owned.get();
                node->m_childIndex.insert(level, next);
                node->m_children.push_back(std::move(owned));
                ++m_nodeCount;
                created.insert(next);
                grown.insert(node);
            }
            node = next;
        }
        const bool firstMessage = node->m_messageCount == 0;
        ++node->m_messageCount;
        node->m_lastPayload = msg.payload;
        node->m_lastQos = msg.qos;
        node->m_lastReceivedAtMs = msg.receivedAtMs;
        if (msg.retained)
            node->m_retained = !msg.payload.isEmpty(); // an empty retained message clears it on the broker
        for (TopicNode* n = node; n; n = n->m_parent) {
            ++n->m_subtreeMessageCount;
            if (firstMessage)
                ++n->m_subtreeTopicCount;
            if (!created.count(n))
                updated.insert(n);
        }
        ++changes.messagesApplied;
    }

    changes.grownParents.assign(grown.begin(), grown.end());
    std::sort(changes.grownParents.begin(), changes.grownParents.end(), [](TopicNode* a, TopicNode* b) {
        const int da = a->depth();
        const int db = b->depth();
        return da != db ? da < db : a < b;
    });
    updated.erase(m_root.get());
    changes.updatedNodes.assign(updated.begin(), updated.end());
    return changes;
}

} // namespace mqkit
