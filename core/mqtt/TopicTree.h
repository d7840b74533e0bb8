#pragma once

#include "mqtt/MqttMessage.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace mqkit {

// How much history each topic keeps. The last message of a topic is always kept (in the node);
// history is the newest messages up to both limits, newest last. The newest message is kept
// even if its payload alone exceeds historyBytes (it shares its payload with the last message,
// so it costs no extra payload memory).
struct TopicTreeLimits {
    std::size_t historyMessages = 0;   // 0: no history, only the last message
    qsizetype historyBytes = 64 * 1024; // payload bytes of one topic's history
};

struct TopicHistoryEntry {
    QByteArray payload;
    std::int64_t receivedAtMs = 0;
    int qos = 0;
    bool retained = false;
    std::shared_ptr<const MqttProperties> properties; // null: none
};

// Rates are exponentially weighted averages in messages per second with this time constant,
// updated on every message and decayed to the time they are read at.
inline constexpr double kTopicRateTimeConstantSeconds = 10.0;

class TopicTree;

// One level of an MQTT topic hierarchy. Levels are split on '/', so "/a" has an empty first
// level and "a//b" an empty middle one, exactly as the broker treats them. Nodes are never
// removed, so pointers and rows stay valid for the tree's lifetime.
class TopicNode {
public:
    TopicNode(const TopicNode&) = delete;
    TopicNode& operator=(const TopicNode&) = delete;

    QString name() const;
    bool nameIsEmpty() const { return m_nameSize == 0; }
    bool nameEquals(QStringView level) const;
    TopicNode* parent() const { return m_parent; }
    int row() const { return m_row; } // index in the parent's children
    int depth() const { return static_cast<int>(m_depth); } // root 0, first level 1
    QString path() const; // full topic, "a/b/c"

    std::span<TopicNode* const> children() const;
    bool hasChildren() const { return m_hasSoleChild || m_branch; } // without touching the child list
    TopicNode* child(QStringView name) const; // linear in the number of children

    // The last message (MQTT 5 properties: empty for MQTT 3.1.1 or none sent). The payload view
    // stays valid until the tree applies its next batch: copy it (toByteArray) to keep it longer.
    bool hasMessage() const { return m_messageCount > 0; }
    QByteArrayView lastPayload() const;
    int lastQos() const;
    bool lastRetainFlag() const;
    const MqttProperties& lastProperties() const;
    std::int64_t lastReceivedAtMs() const;
    bool isRetained() const { return m_retained; } // the broker holds a retained message here

    std::uint64_t messageCount() const { return m_messageCount; }
    double rate(std::int64_t nowMs) const; // messages/s on this topic, see kTopicRateTimeConstantSeconds

    // Aggregates of the subtree, this node included.
    std::uint64_t subtreeMessageCount() const;
    std::uint64_t subtreeTopicCount() const; // nodes with messages
    std::uint64_t subtreeRetainedCount() const;
    double subtreeRate(std::int64_t nowMs) const;

    // Oldest first; the last entry is the last message. Empty unless TopicTreeLimits asks for history.
    std::vector<TopicHistoryEntry> history() const;
    std::size_t historySize() const;

private:
    friend class TopicTree;
    struct Branch;  // children and subtree aggregates: only nodes with children have one
    struct Message; // one kept message in one block: the last, and each history entry
    struct History; // the messages before the last: only nodes that have them
    TopicNode() = default;
    ~TopicNode();
    Branch* branch() const { return m_hasSoleChild ? nullptr : m_branch; }
    struct RateState {
        float rate = 0;
        std::int64_t atMs = 0;
    };
    RateState subtreeRateState() const;
    const char* nameData() const { return isNameInline() ? m_nameInline : m_namePtr; }
    bool isNameInline() const { return m_nameSize * (m_nameIsUtf16 ? 2u : 1u) <= sizeof(m_nameInline); }

    // Laid out for size (72 bytes): a million topics are a million leaves and about as many
    // levels above them, and the desktop app must hold them in 600 MB with their history.
    TopicNode* m_parent = nullptr;
    // A node with one child and no message of its own (dev/1/2 above dev/1/2/telemetry: half the
    // nodes of a device fleet) has no Branch: its aggregates are its child's. It gets one with
    // its second child or its first message.
    union {
        Branch* m_branch = nullptr; // malloc'ed, freed by the destructor
        TopicNode* m_soleChild;     // when m_hasSoleChild
    };
    union {
        const char* m_namePtr = nullptr; // in the tree's name arena
        char m_nameInline[8];            // names of up to 8 bytes live here
    };
    std::uint32_t m_nameSize = 0; // in characters: Latin-1 bytes or UTF-16 code units
    std::int32_t m_row = 0;
    std::uint32_t m_batchEpoch = 0;
    float m_rate = 0; // as of the last message's time
    std::uint32_t m_depth : 22 = 0; // a 64 KiB topic can have 65536 levels
    bool m_nameIsUtf16 : 1 = false;
    bool m_retained : 1 = false;
    bool m_keepsHistory : 1 = false; // the tree keeps history: the last message is its newest entry
    bool m_hasSoleChild : 1 = false;
    std::uint32_t m_batchFlags : 4 = 0;
    std::uint64_t m_messageCount = 0;
    Message* m_last = nullptr;    // malloc'ed, freed by the destructor
    History* m_history = nullptr; // malloc'ed, freed by the destructor
};

// What one applied batch changed, so observers can update in one step per batch.
struct TopicTreeChanges {
    // Parents that got new children, sorted by depth (shallow first). New children are appended,
    // so an observer that remembers how many children it has seen knows which ones are new.
    std::vector<TopicNode*> grownParents;
    // Existing nodes whose data changed (message, counts), each once. Nodes created by this
    // batch and the root are not listed.
    std::vector<TopicNode*> updatedNodes;
    // Nodes this batch created, in creation order (parents before their children).
    std::vector<TopicNode*> createdNodes;
    // Existing nodes (not the root, not created by this batch) that got their first children.
    std::vector<TopicNode*> newBranches;
    // Existing nodes whose retained mark (isRetained) changed, each once, even if it changed back.
    std::vector<TopicNode*> retainMarkChanged;
    std::size_t messagesApplied = 0;
};

// Bytes the tree holds, estimated from its allocations (malloc's own overhead not included).
struct TopicTreeMemory {
    std::size_t nodes = 0;        // node storage, child lists, topic index
    std::size_t names = 0;        // level names
    std::size_t payloads = 0;     // last payloads (bytes of payload)
    std::size_t payloadHeaders = 0; // what the last messages hold besides their payloads
    std::size_t history = 0;      // history: its slots and its messages, payloads included
    std::size_t total() const { return nodes + names + payloads + payloadHeaders + history; }
};

// A topic hierarchy fed in batches. Updating an existing topic costs one hash lookup on the
// full topic (no per-level allocation); a new topic creates its missing levels.
class TopicTree {
public:
    explicit TopicTree(TopicTreeLimits limits = {});
    ~TopicTree();
    TopicTree(const TopicTree&) = delete;
    TopicTree& operator=(const TopicTree&) = delete;

    TopicNode* root() const { return m_root; }
    const TopicTreeLimits& limits() const { return m_limits; }

    TopicTreeChanges apply(const MqttBatch& batch);
    TopicNode* find(QStringView topic) const;
    TopicNode* find(const QString& topic) const { return find(QStringView(topic)); }

    std::size_t topicCount() const { return m_root->subtreeTopicCount(); }
    std::size_t nodeCount() const { return m_nodeCount; } // the root not included
    std::uint64_t messageCount() const { return m_root->subtreeMessageCount(); }
    std::size_t retainedCount() const { return m_root->subtreeRetainedCount(); }
    TopicTreeMemory memoryUsage() const; // walks the tree: O(nodes)

private:
    class Index;
    class NodePool;
    class NameArena;

    void keepInHistory(TopicNode* node, qsizetype newestBytes);
    static void makeBranch(TopicNode* node);
    void applyOne(const MqttMessage& message, std::uint32_t key, TopicTreeChanges& changes);
    TopicNode* findOrCreate(QStringView topic, TopicTreeChanges& changes);
    TopicNode* createChild(TopicNode* parent, QStringView level, std::uint32_t hash, TopicTreeChanges& changes);
    void mark(TopicNode* node, std::uint8_t flag, TopicTreeChanges& changes);

    TopicTreeLimits m_limits;
    std::unique_ptr<NodePool> m_pool;
    std::unique_ptr<NameArena> m_names;
    std::unique_ptr<Index> m_index;
    TopicNode* m_root = nullptr;
    std::size_t m_nodeCount = 0;
    std::uint32_t m_epoch = 0;
};

} // namespace mqkit
