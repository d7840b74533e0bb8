#include "mqtt/TopicTree.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <new>

namespace mqkit {

namespace {

// FNV-1a over UTF-16 code units, '/' included, so the hash of a prefix "a/b" is the state of the
// hash of "a/b/c" just before its second '/': one pass over a topic yields every level's key.
constexpr std::uint64_t kHashSeed = 1469598103934665603ull;
inline std::uint64_t hashStep(std::uint64_t h, char16_t c) {
    return (h ^ c) * 1099511628211ull;
}
inline std::uint32_t hashKey(std::uint64_t h) {
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return static_cast<std::uint32_t>(h);
}
std::uint32_t topicKey(QStringView topic) {
    std::uint64_t h = kHashSeed;
    for (const QChar c : topic)
        h = hashStep(h, c.unicode());
    return hashKey(h);
}

constexpr double kRateTauMs = kTopicRateTimeConstantSeconds * 1000.0;
constexpr float kRateStep = static_cast<float>(1.0 / kTopicRateTimeConstantSeconds);

inline float decayed(float rate, std::int64_t sinceMs, std::int64_t nowMs) {
    if (nowMs <= sinceMs || rate == 0.0f)
        return rate;
    return static_cast<float>(rate * std::exp(-static_cast<double>(nowMs - sinceMs) / kRateTauMs));
}

enum BatchFlag : std::uint8_t { Created = 1, Grown = 2, Updated = 4 };

// What a QByteArray's heap block costs besides its bytes: the QArrayData header and the '\0'.
constexpr std::size_t kPayloadHeaderBytes = 24;

const MqttProperties kNoProperties;

} // namespace

struct TopicNode::Branch {
    std::vector<TopicNode*> children;
    std::uint64_t messageCount = 0;
    std::uint32_t topicCount = 0;
    std::uint32_t retainedCount = 0;
    float rate = 0;
    std::int64_t rateAtMs = 0;
};

// A ring of the newest messages: grows up to the count limit, then overwrites the oldest, so a
// steady topic costs no allocation per message.
class HistoryRing {
public:
    void push(TopicHistoryEntry entry, const TopicTreeLimits& limits) {
        m_bytes += entry.payload.size();
        if (m_count < m_slots.size()) {
            m_slots[(m_head + m_count) % m_slots.size()] = std::move(entry);
            ++m_count;
        } else if (m_slots.size() < limits.historyMessages) {
            std::rotate(m_slots.begin(), m_slots.begin() + static_cast<std::ptrdiff_t>(m_head), m_slots.end());
            m_head = 0;
            m_slots.push_back(std::move(entry));
            ++m_count;
        } else {
            m_bytes -= m_slots[m_head].payload.size();
            m_slots[m_head] = std::move(entry);
            m_head = (m_head + 1) % m_slots.size();
        }
        while (m_count > 1 && (m_count > limits.historyMessages || m_bytes > limits.historyBytes)) {
            m_bytes -= m_slots[m_head].payload.size();
            m_slots[m_head] = {};
            m_head = (m_head + 1) % m_slots.size();
            --m_count;
        }
    }
    std::size_t size() const { return m_count; }
    const TopicHistoryEntry& at(std::size_t i) const { return m_slots[(m_head + i) % m_slots.size()]; } // 0: oldest
    std::size_t capacity() const { return m_slots.capacity(); }

private:
    std::vector<TopicHistoryEntry> m_slots;
    std::size_t m_head = 0;  // the oldest entry
    std::size_t m_count = 0;
    qsizetype m_bytes = 0;
};

struct TopicNode::Extra {
    std::shared_ptr<const MqttProperties> properties;
    HistoryRing history;
};

namespace {
const std::vector<TopicNode*> kNoChildren;

bool needsUtf16(QStringView name) {
    return std::any_of(name.begin(), name.end(), [](QChar c) { return c.unicode() > 0xff; });
}

void writeName(char* out, QStringView name, bool utf16) {
    if (utf16) {
        std::memcpy(out, name.data(), static_cast<std::size_t>(name.size()) * 2);
        return;
    }
    for (qsizetype i = 0; i < name.size(); ++i)
        out[i] = static_cast<char>(name[i].unicode());
}
} // namespace

// Nodes live in fixed-size chunks: no per-node malloc, stable addresses, a 32-bit index each.
class TopicTree::NodePool {
public:
    static constexpr std::uint32_t kChunkNodes = 4096;
    ~NodePool() {
        for (std::uint32_t i = 0; i < m_size; ++i)
            at(i)->~TopicNode();
        for (TopicNode* chunk : m_chunks)
            ::operator delete(static_cast<void*>(chunk), std::align_val_t(alignof(TopicNode)));
    }
    TopicNode* at(std::uint32_t i) const { return m_chunks[i / kChunkNodes] + i % kChunkNodes; }
    std::uint32_t create() {
        if (m_size % kChunkNodes == 0)
            m_chunks.push_back(static_cast<TopicNode*>(
                ::operator new(sizeof(TopicNode) * kChunkNodes, std::align_val_t(alignof(TopicNode)))));
        new (at(m_size)) TopicNode();
        return m_size++;
    }
    std::uint32_t size() const { return m_size; }
    std::size_t allocatedBytes() const { return m_chunks.size() * sizeof(TopicNode) * kChunkNodes; }

private:
    std::vector<TopicNode*> m_chunks;
    std::uint32_t m_size = 0;
};

// Level names, packed: Latin-1 when every character fits, UTF-16 otherwise. Never freed
// before the tree, as nodes are never removed.
class TopicTree::NameArena {
public:
    static constexpr std::size_t kChunkBytes = 64 * 1024;
    const char* store(QStringView name, bool utf16) {
        char* out = allocate(static_cast<std::size_t>(name.size()) * (utf16 ? 2 : 1));
        writeName(out, name, utf16);
        return out;
    }
    std::size_t allocatedBytes() const { return m_allocated; }

private:
    char* allocate(std::size_t bytes) {
        if (bytes > kChunkBytes / 4) { // a long level gets a block of its own
            m_big.push_back(std::make_unique<char[]>(bytes));
            m_allocated += bytes;
            return m_big.back().get();
        }
        m_used = (m_used + 1) & ~std::size_t(1); // UTF-16 names stay 2-byte aligned
        if (m_chunks.empty() || m_used + bytes > kChunkBytes) {
            m_chunks.push_back(std::make_unique<char[]>(kChunkBytes));
            m_allocated += kChunkBytes;
            m_used = 0;
        }
        char* out = m_chunks.back().get() + m_used;
        m_used += bytes;
        return out;
    }
    std::vector<std::unique_ptr<char[]>> m_chunks;
    std::vector<std::unique_ptr<char[]>> m_big;
    std::size_t m_used = 0;
    std::size_t m_allocated = 0;
};

// Open addressing (linear probing) from the hash of a node's full topic to its pool index.
class TopicTree::Index {
public:
    explicit Index(const NodePool& pool) : m_pool(pool) { m_slots.assign(1024, Slot{}); }

    template <typename Matches>
    TopicNode* find(std::uint32_t key, Matches matches) const {
        for (std::size_t i = key & mask();; i = (i + 1) & mask()) {
            const Slot& s = m_slots[i];
            if (s.node == kEmpty)
                return nullptr;
            if (s.key == key) {
                TopicNode* n = m_pool.at(s.node);
                if (matches(n))
                    return n;
            }
        }
    }
    void insert(std::uint32_t key, std::uint32_t node) {
        if ((m_size + 1) * 10 > m_slots.size() * 7)
            grow();
        place(m_slots, key, node);
        ++m_size;
    }
    std::size_t allocatedBytes() const { return m_slots.size() * sizeof(Slot); }

    // Hints for the batch pipeline: the slot a key starts probing at, then the node it holds.
    void prefetchSlot(std::uint32_t key) const { __builtin_prefetch(&m_slots[key & mask()]); }
    const TopicNode* firstCandidate(std::uint32_t key) const {
        for (std::size_t i = key & mask();; i = (i + 1) & mask()) {
            const Slot& s = m_slots[i];
            if (s.node == kEmpty)
                return nullptr;
            if (s.key == key)
                return m_pool.at(s.node);
        }
    }

private:
    static constexpr std::uint32_t kEmpty = 0xffffffffu;
    struct Slot {
        std::uint32_t key = 0;
        std::uint32_t node = kEmpty;
    };
    std::size_t mask() const { return m_slots.size() - 1; }
    static void place(std::vector<Slot>& table, std::uint32_t key, std::uint32_t node) {
        const std::size_t m = table.size() - 1;
        std::size_t i = key & m;
        while (table[i].node != kEmpty)
            i = (i + 1) & m;
        table[i] = Slot{key, node};
    }
    void grow() {
        std::vector<Slot> bigger(m_slots.size() * 2);
        for (const Slot& s : m_slots)
            if (s.node != kEmpty)
                place(bigger, s.key, s.node);
        m_slots.swap(bigger);
    }

    const NodePool& m_pool;
    std::vector<Slot> m_slots;
    std::size_t m_size = 0;
};

TopicNode::~TopicNode() = default;

QString TopicNode::name() const {
    if (m_nameIsUtf16)
        return QStringView(reinterpret_cast<const char16_t*>(nameData()), m_nameSize).toString();
    return QString::fromLatin1(nameData(), m_nameSize);
}

bool TopicNode::nameEquals(QStringView level) const {
    if (level.size() != static_cast<qsizetype>(m_nameSize))
        return false;
    if (m_nameIsUtf16)
        return std::memcmp(nameData(), level.data(), m_nameSize * 2u) == 0;
    return level == QLatin1String(nameData(), m_nameSize);
}

QString TopicNode::path() const {
    std::vector<const TopicNode*> levels;
    qsizetype size = 0;
    for (const TopicNode* n = this; n && n->m_parent; n = n->m_parent) {
        levels.push_back(n);
        size += n->m_nameSize + 1;
    }
    QString out;
    out.reserve(size);
    for (auto it = levels.rbegin(); it != levels.rend(); ++it) {
        if (it != levels.rbegin())
            out += QLatin1Char('/');
        const TopicNode* n = *it;
        if (n->m_nameIsUtf16)
            out += QStringView(reinterpret_cast<const char16_t*>(n->nameData()), n->m_nameSize);
        else
            out += QLatin1String(n->nameData(), n->m_nameSize);
    }
    return out;
}

TopicNode* TopicNode::child(QStringView name) const {
    for (TopicNode* c : children())
        if (c->nameEquals(name))
            return c;
    return nullptr;
}

const MqttProperties& TopicNode::lastProperties() const {
    return m_extra && m_extra->properties ? *m_extra->properties : kNoProperties;
}

const std::vector<TopicNode*>& TopicNode::children() const {
    return m_branch ? m_branch->children : kNoChildren;
}

std::uint64_t TopicNode::subtreeMessageCount() const {
    return m_branch ? m_branch->messageCount : m_messageCount;
}

std::uint64_t TopicNode::subtreeTopicCount() const {
    return m_branch ? m_branch->topicCount : (m_messageCount > 0 ? 1 : 0);
}

std::uint64_t TopicNode::subtreeRetainedCount() const {
    return m_branch ? m_branch->retainedCount : (m_retained ? 1 : 0);
}

double TopicNode::rate(std::int64_t nowMs) const {
    return decayed(m_rate, m_lastReceivedAtMs, nowMs);
}

double TopicNode::subtreeRate(std::int64_t nowMs) const {
    return m_branch ? decayed(m_branch->rate, m_branch->rateAtMs, nowMs) : rate(nowMs);
}

std::vector<TopicHistoryEntry> TopicNode::history() const {
    std::vector<TopicHistoryEntry> out;
    if (m_extra) {
        out.reserve(m_extra->history.size());
        for (std::size_t i = 0; i < m_extra->history.size(); ++i)
            out.push_back(m_extra->history.at(i));
    }
    return out;
}

std::size_t TopicNode::historySize() const {
    return m_extra ? m_extra->history.size() : 0;
}

TopicTree::TopicTree(TopicTreeLimits limits)
    : m_limits(limits), m_pool(std::make_unique<NodePool>()), m_names(std::make_unique<NameArena>()),
      m_index(std::make_unique<Index>(*m_pool)) {
    m_root = m_pool->at(m_pool->create());
    m_root->m_branch = std::make_unique<TopicNode::Branch>();
}

TopicTree::~TopicTree() = default;

namespace {
// Does node stand for exactly this topic? Compares level by level from the leaf up.
bool isTopic(const TopicNode* node, QStringView topic, const TopicNode* root) {
    for (;;) {
        const qsizetype slash = topic.lastIndexOf(u'/');
        if (!node->nameEquals(slash < 0 ? topic : topic.sliced(slash + 1)))
            return false;
        node = node->parent();
        if (slash < 0)
            return node == root;
        if (node == root)
            return false;
        topic = topic.first(slash);
    }
}
} // namespace

TopicNode* TopicTree::find(QStringView topic) const {
    return m_index->find(topicKey(topic), [&](const TopicNode* n) { return isTopic(n, topic, m_root); });
}

void TopicTree::mark(TopicNode* node, std::uint8_t flag, TopicTreeChanges& changes) {
    if (node->m_batchEpoch != m_epoch) {
        node->m_batchEpoch = m_epoch;
        node->m_batchFlags = 0;
    }
    if (node->m_batchFlags & flag)
        return;
    if (flag == Updated && ((node->m_batchFlags & Created) || node == m_root))
        return;
    node->m_batchFlags |= flag;
    if (flag == Created)
        changes.createdNodes.push_back(node);
    else if (flag == Grown)
        changes.grownParents.push_back(node);
    else if (flag == Updated)
        changes.updatedNodes.push_back(node);
}

TopicNode* TopicTree::createChild(TopicNode* parent, QStringView level, std::uint32_t key, TopicTreeChanges& changes) {
    const std::uint32_t index = m_pool->create();
    TopicNode* node = m_pool->at(index);
    node->m_parent = parent;
    node->m_depth = parent->m_depth + 1;
    node->m_nameIsUtf16 = needsUtf16(level);
    node->m_nameSize = static_cast<std::uint32_t>(level.size());
    if (node->isNameInline())
        writeName(node->m_nameInline, level, node->m_nameIsUtf16);
    else
        node->m_namePtr = m_names->store(level, node->m_nameIsUtf16);
    if (!parent->m_branch) { // a leaf becomes a branch: its aggregates so far are its own
        auto branch = std::make_unique<TopicNode::Branch>();
        branch->messageCount = parent->m_messageCount;
        branch->topicCount = parent->m_messageCount > 0 ? 1 : 0;
        branch->retainedCount = parent->m_retained ? 1 : 0;
        branch->rate = parent->m_rate;
        branch->rateAtMs = parent->m_lastReceivedAtMs;
        parent->m_branch = std::move(branch);
    }
    node->m_row = static_cast<std::int32_t>(parent->m_branch->children.size());
    parent->m_branch->children.push_back(node);
    m_index->insert(key, index);
    ++m_nodeCount;
    mark(node, Created, changes);
    mark(parent, Grown, changes);
    return node;
}

TopicNode* TopicTree::findOrCreate(QStringView topic, TopicTreeChanges& changes) {
    TopicNode* parent = m_root;
    std::uint64_t h = kHashSeed;
    qsizetype start = 0;
    for (qsizetype i = 0;; ++i) {
        if (i == topic.size() || topic[i] == u'/') {
            const QStringView level = topic.sliced(start, i - start);
            const std::uint32_t key = hashKey(h);
            TopicNode* next =
                m_index->find(key, [&](const TopicNode* n) { return n->m_parent == parent && n->nameEquals(level); });
            parent = next ? next : createChild(parent, level, key, changes);
            if (i == topic.size())
                return parent;
            start = i + 1;
        }
        h = hashStep(h, topic[i].unicode());
    }
}

void TopicTree::applyOne(const MqttMessage& msg, std::uint32_t key, TopicTreeChanges& changes) {
    TopicNode* node = m_index->find(key, [&](const TopicNode* n) { return isTopic(n, msg.topic, m_root); });
    if (!node)
        node = findOrCreate(msg.topic, changes);

    const bool firstMessage = node->m_messageCount == 0;
    const bool wasRetained = node->m_retained;
    const std::int64_t t = msg.receivedAtMs;
    node->m_rate = firstMessage ? kRateStep : decayed(node->m_rate, node->m_lastReceivedAtMs, t) + kRateStep;
    ++node->m_messageCount;
    node->m_lastPayload = msg.payload;
    node->m_qos = static_cast<std::uint8_t>(msg.qos);
    node->m_lastRetainFlag = msg.retained;
    node->m_lastReceivedAtMs = t;
    if (!msg.properties.isEmpty()) {
        if (!node->m_extra)
            node->m_extra = std::make_unique<TopicNode::Extra>();
        node->m_extra->properties = std::make_shared<const MqttProperties>(msg.properties);
    } else if (node->m_extra) {
        node->m_extra->properties.reset();
    }
    // An empty retained publish clears the broker's retained message. Subscribers that are
    // already listening get it with the retain flag off (MQTT 3.1.1 3.3.1.3; MQTT 5 without
    // retain-as-published), so an empty message clears the mark whatever its flag.
    if (msg.retained)
        node->m_retained = !msg.payload.isEmpty();
    else if (msg.payload.isEmpty())
        node->m_retained = false;
    const int retainedDelta = int(node->m_retained) - int(wasRetained);

    if (m_limits.historyMessages > 0) {
        if (!node->m_extra)
            node->m_extra = std::make_unique<TopicNode::Extra>();
        auto& x = *node->m_extra;
        x.history.push(TopicHistoryEntry{msg.payload, t, msg.qos, msg.retained, x.properties}, m_limits);
    }

    for (TopicNode* n = node; n; n = n->m_parent) {
        if (TopicNode::Branch* b = n->m_branch.get()) {
            ++b->messageCount;
            if (firstMessage)
                ++b->topicCount;
            b->retainedCount = static_cast<std::uint32_t>(static_cast<int>(b->retainedCount) + retainedDelta);
            b->rate = (b->messageCount == 1 ? 0.0f : decayed(b->rate, b->rateAtMs, t)) + kRateStep;
            b->rateAtMs = std::max(b->rateAtMs, t);
        }
        mark(n, Updated, changes);
    }
    ++changes.messagesApplied;
}

TopicTreeChanges TopicTree::apply(const MqttBatch& batch) {
    TopicTreeChanges changes;
    if (++m_epoch == 0)
        ++m_epoch;
    // Updates touch a few cache lines far apart per message (index slot, node, parent, the old
    // payload). With many topics those are memory misses, so the keys are computed first and
    // the lines a message will need are prefetched a few messages ahead.
    constexpr std::size_t kSlotAhead = 12;
    constexpr std::size_t kNodeAhead = 6;
    constexpr std::size_t kDataAhead = 3;
    const std::size_t n = batch.size();
    std::vector<std::uint32_t> keys(n);
    for (std::size_t i = 0; i < n; ++i)
        keys[i] = topicKey(batch[i].topic);
    for (std::size_t i = 0; i < n; ++i) {
        if (i + kSlotAhead < n)
            m_index->prefetchSlot(keys[i + kSlotAhead]);
        if (i + kNodeAhead < n)
            if (const TopicNode* c = m_index->firstCandidate(keys[i + kNodeAhead]))
                __builtin_prefetch(c);
        if (i + kDataAhead < n)
            if (const TopicNode* c = m_index->firstCandidate(keys[i + kDataAhead])) {
                __builtin_prefetch(c->m_parent);
                __builtin_prefetch(c->m_lastPayload.constData());
                if (!c->isNameInline())
                    __builtin_prefetch(c->m_namePtr);
            }
        applyOne(batch[i], keys[i], changes);
    }
    std::stable_sort(changes.grownParents.begin(), changes.grownParents.end(),
                     [](const TopicNode* a, const TopicNode* b) { return a->m_depth < b->m_depth; });
    return changes;
}

TopicTreeMemory TopicTree::memoryUsage() const {
    TopicTreeMemory m;
    m.nodes = m_pool->allocatedBytes() + m_index->allocatedBytes();
    m.names = m_names->allocatedBytes();
    for (std::uint32_t i = 0; i < m_pool->size(); ++i) {
        const TopicNode* n = m_pool->at(i);
        if (n->m_branch)
            m.nodes += sizeof(TopicNode::Branch) + n->m_branch->children.capacity() * sizeof(TopicNode*);
        if (!n->m_lastPayload.isEmpty()) {
            m.payloads += static_cast<std::size_t>(n->m_lastPayload.size());
            m.payloadHeaders += kPayloadHeaderBytes;
        }
        if (n->m_extra) {
            m.history += sizeof(TopicNode::Extra) + n->m_extra->history.capacity() * sizeof(TopicHistoryEntry);
            if (n->m_extra->properties)
                m.nodes += sizeof(MqttProperties);
            for (std::size_t k = 0; k < n->m_extra->history.size(); ++k) {
                const TopicHistoryEntry& e = n->m_extra->history.at(k);
                if (!e.payload.isEmpty() && e.payload.constData() != n->m_lastPayload.constData())
                    m.history += static_cast<std::size_t>(e.payload.size()) + kPayloadHeaderBytes;
            }
        }
    }
    return m;
}

} // namespace mqkit
