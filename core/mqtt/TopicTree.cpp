#include "mqtt/TopicTree.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <new>
#include <type_traits>

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

enum BatchFlag : std::uint8_t { Created = 1, Grown = 2, Updated = 4, RetainMarkChanged = 8 };

// What a QByteArray's heap block costs besides its bytes: the QArrayData header and the '\0'.
constexpr std::size_t kPayloadHeaderBytes = 24;

const MqttProperties kNoProperties;

} // namespace

// Subtree aggregates with the child list right after them, in one malloc block whose room for
// children is the size rounded up to a power of two: a node with one child (dev/1/2 above its
// telemetry) costs 40 bytes, not a struct and a vector block.
struct TopicNode::Branch {
    std::uint64_t messageCount = 0;
    std::int64_t rateAtMs = 0;
    std::uint32_t topicCount = 0;
    std::uint32_t retainedCount = 0;
    float rate = 0;
    std::uint32_t size = 0; // children

    TopicNode** children() { return reinterpret_cast<TopicNode**>(this + 1); }
    static std::size_t capacityFor(std::uint32_t size) { return size <= 1 ? 1 : std::bit_ceil(size); }
    static std::size_t bytesFor(std::size_t capacity) { return sizeof(Branch) + capacity * sizeof(TopicNode*); }
    static Branch* create() {
        static_assert(sizeof(Branch) == 32 && std::is_trivially_copyable_v<Branch>);
        void* block = std::malloc(bytesFor(1));
        if (!block)
            throw std::bad_alloc();
        return new (block) Branch();
    }
    // Returns the branch, moved when it had to grow.
    static Branch* append(Branch* b, TopicNode* child) {
        if (b->size == capacityFor(b->size) && b->size > 0) {
            void* block = std::realloc(b, bytesFor(capacityFor(b->size) * 2));
            if (!block)
                throw std::bad_alloc();
            b = static_cast<Branch*>(block);
        }
        b->children()[b->size++] = child;
        return b;
    }
};

// The messages before a topic's last one (the node holds the last), newest last: a ring that
// grows up to the count limit less one, then overwrites the oldest, so a steady topic costs no
// allocation per message and a topic with a single message costs none at all.
class HistoryRing {
public:
    // entry: the message that was the last until now; newestBytes: the payload of the new last.
    void push(TopicHistoryEntry entry, qsizetype newestBytes, const TopicTreeLimits& limits) {
        const std::size_t capacity = limits.historyMessages - 1;
        m_bytes += entry.payload.size();
        if (m_count < m_slots.size()) {
            m_slots[(m_head + m_count) % m_slots.size()] = std::move(entry);
            ++m_count;
        } else if (m_slots.size() < capacity) {
            std::rotate(m_slots.begin(), m_slots.begin() + static_cast<std::ptrdiff_t>(m_head), m_slots.end());
            m_head = 0;
            m_slots.push_back(std::move(entry));
            ++m_count;
        } else {
            m_bytes -= m_slots[m_head].payload.size();
            m_slots[m_head] = std::move(entry);
            m_head = (m_head + 1) % m_slots.size();
        }
        while (m_count > 0 && (m_count > capacity || m_bytes + newestBytes > limits.historyBytes)) {
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
    // Levels repeat across a tree (telemetry, state, publisher ids): a name met recently is
    // shared, not stored again. Names are never changed, so sharing is safe.
    const char* store(QStringView name, bool utf16) {
        if (name.size() > kMaxSharedChars)
            return storeNew(name, utf16);
        std::uint64_t h = kHashSeed;
        for (const QChar c : name)
            h = hashStep(h, c.unicode());
        Recent& recent = m_recent[hashKey(h) % kRecentSlots];
        if (recent.data && recent.size == name.size() && recent.utf16 == utf16 && sameName(recent, name))
            return recent.data;
        recent = Recent{storeNew(name, utf16), name.size(), utf16};
        return recent.data;
    }
    std::size_t allocatedBytes() const { return m_allocated; }

private:
    static constexpr qsizetype kMaxSharedChars = 64;
    static constexpr std::size_t kRecentSlots = 1024;
    struct Recent {
        const char* data = nullptr;
        qsizetype size = 0;
        bool utf16 = false;
    };
    static bool sameName(const Recent& r, QStringView name) {
        if (r.utf16)
            return std::memcmp(r.data, name.data(), static_cast<std::size_t>(name.size()) * 2) == 0;
        return name == QLatin1String(r.data, r.size);
    }
    const char* storeNew(QStringView name, bool utf16) {
        char* out = allocate(static_cast<std::size_t>(name.size()) * (utf16 ? 2 : 1));
        writeName(out, name, utf16);
        return out;
    }
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
    std::array<Recent, kRecentSlots> m_recent{};
};

// Open addressing (linear probing) from the hash of a node's full topic to its pool index.
// Growing moves the entries into a table twice the size a slice at a time (with each insert and
// each batch), not all at once: at a million topics a rehash in one go would stall the GUI thread
// for tens of ms. Until the move is done, lookups that miss the new table look in the old one.
class TopicTree::Index {
public:
    explicit Index(const NodePool& pool) : m_pool(pool) { m_slots.assign(1024, Slot{}); }

    template <typename Matches>
    TopicNode* find(std::uint32_t key, Matches matches) const {
        if (TopicNode* n = findIn(m_slots, key, matches))
            return n;
        return m_old.empty() ? nullptr : findIn(m_old, key, matches);
    }
    void insert(std::uint32_t key, std::uint32_t node) {
        if ((m_size + 1) * 10 > m_slots.size() * 7)
            grow();
        place(m_slots, key, node);
        ++m_size;
        moveOld(kMoveSlotsPerInsert);
    }
    void moveOld(std::size_t count) {
        if (m_old.empty())
            return;
        const std::size_t end = std::min(m_old.size(), m_moved + count);
        for (; m_moved < end; ++m_moved)
            if (m_old[m_moved].node != kEmpty)
                place(m_slots, m_old[m_moved].key, m_old[m_moved].node);
        if (m_moved == m_old.size())
            std::vector<Slot>().swap(m_old);
    }
    std::size_t allocatedBytes() const { return (m_slots.size() + m_old.size()) * sizeof(Slot); }

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

    static constexpr std::size_t kMoveSlotsPerBatch = 64 * 1024;

private:
    // Each insert moves this many old slots: the move ends long before the new table fills.
    static constexpr std::size_t kMoveSlotsPerInsert = 8;
    static constexpr std::uint32_t kEmpty = 0xffffffffu;
    struct Slot {
        std::uint32_t key = 0;
        std::uint32_t node = kEmpty;
    };
    std::size_t mask() const { return m_slots.size() - 1; }
    template <typename Matches>
    TopicNode* findIn(const std::vector<Slot>& table, std::uint32_t key, Matches& matches) const {
        const std::size_t m = table.size() - 1;
        for (std::size_t i = key & m;; i = (i + 1) & m) {
            const Slot& s = table[i];
            if (s.node == kEmpty)
                return nullptr;
            if (s.key == key) {
                TopicNode* n = m_pool.at(s.node);
                if (matches(n))
                    return n;
            }
        }
    }
    static void place(std::vector<Slot>& table, std::uint32_t key, std::uint32_t node) {
        const std::size_t m = table.size() - 1;
        std::size_t i = key & m;
        while (table[i].node != kEmpty)
            i = (i + 1) & m;
        table[i] = Slot{key, node};
    }
    void grow() {
        moveOld(m_old.size()); // the previous move, if any, ends first
        m_old.swap(m_slots);
        m_slots.assign(m_old.size() * 2, Slot{});
        m_moved = 0;
    }

    const NodePool& m_pool;
    std::vector<Slot> m_slots;
    std::vector<Slot> m_old; // being moved into m_slots; empty when no move is under way
    std::size_t m_moved = 0; // old slots moved so far
    std::size_t m_size = 0;
};

TopicNode::~TopicNode() {
    std::free(m_branch); // trivially destructible
}

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

std::span<TopicNode* const> TopicNode::children() const {
    return m_branch ? std::span<TopicNode* const>(m_branch->children(), m_branch->size) : std::span<TopicNode* const>();
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
    if (!m_keepsHistory || !hasMessage())
        return out;
    out.reserve(historySize());
    if (m_extra)
        for (std::size_t i = 0; i < m_extra->history.size(); ++i)
            out.push_back(m_extra->history.at(i));
    out.push_back(lastEntry());
    return out;
}

std::size_t TopicNode::historySize() const {
    if (!m_keepsHistory || !hasMessage())
        return 0;
    return (m_extra ? m_extra->history.size() : 0) + 1;
}

TopicHistoryEntry TopicNode::lastEntry() const {
    return TopicHistoryEntry{m_lastPayload, m_lastReceivedAtMs, static_cast<int>(m_qos), m_lastRetainFlag,
                             m_extra ? m_extra->properties : nullptr};
}

TopicTree::TopicTree(TopicTreeLimits limits)
    : m_limits(limits), m_pool(std::make_unique<NodePool>()), m_names(std::make_unique<NameArena>()),
      m_index(std::make_unique<Index>(*m_pool)) {
    static_assert(sizeof(TopicNode) <= 96);
    m_root = m_pool->at(m_pool->create());
    m_root->m_branch = TopicNode::Branch::create();
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
    if ((flag == Updated || flag == RetainMarkChanged) && ((node->m_batchFlags & Created) || node == m_root))
        return;
    node->m_batchFlags |= flag;
    if (flag == Created)
        changes.createdNodes.push_back(node);
    else if (flag == Grown)
        changes.grownParents.push_back(node);
    else if (flag == Updated)
        changes.updatedNodes.push_back(node);
    else if (flag == RetainMarkChanged)
        changes.retainMarkChanged.push_back(node);
}

TopicNode* TopicTree::createChild(TopicNode* parent, QStringView level, std::uint32_t key, TopicTreeChanges& changes) {
    const std::uint32_t index = m_pool->create();
    TopicNode* node = m_pool->at(index);
    node->m_parent = parent;
    node->m_depth = parent->m_depth + 1;
    node->m_keepsHistory = m_limits.historyMessages > 0;
    node->m_nameIsUtf16 = needsUtf16(level);
    node->m_nameSize = static_cast<std::uint32_t>(level.size());
    if (node->isNameInline())
        writeName(node->m_nameInline, level, node->m_nameIsUtf16);
    else
        node->m_namePtr = m_names->store(level, node->m_nameIsUtf16);
    if (!parent->m_branch) { // a leaf becomes a branch: its aggregates so far are its own
        TopicNode::Branch* branch = TopicNode::Branch::create();
        branch->messageCount = parent->m_messageCount;
        branch->topicCount = parent->m_messageCount > 0 ? 1 : 0;
        branch->retainedCount = parent->m_retained ? 1 : 0;
        branch->rate = parent->m_rate;
        branch->rateAtMs = parent->m_lastReceivedAtMs;
        parent->m_branch = branch;
        if (parent != m_root && !(parent->m_batchEpoch == m_epoch && (parent->m_batchFlags & Created)))
            changes.newBranches.push_back(parent);
    }
    node->m_row = static_cast<std::int32_t>(parent->m_branch->size);
    parent->m_branch = TopicNode::Branch::append(parent->m_branch, node);
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

// The last message so far moves into the history before a new one replaces it in the node.
void TopicTree::keepInHistory(TopicNode* node, qsizetype newestBytes) {
    if (!node->m_extra)
        node->m_extra = std::make_unique<TopicNode::Extra>();
    node->m_extra->history.push(node->lastEntry(), newestBytes, m_limits);
}

void TopicTree::applyOne(const MqttMessage& msg, std::uint32_t key, TopicTreeChanges& changes) {
    TopicNode* node = m_index->find(key, [&](const TopicNode* n) { return isTopic(n, msg.topic, m_root); });
    if (!node)
        node = findOrCreate(msg.topic, changes);

    const bool firstMessage = node->m_messageCount == 0;
    const bool wasRetained = node->m_retained;
    const std::int64_t t = msg.receivedAtMs;
    if (node->m_keepsHistory && !firstMessage && m_limits.historyMessages > 1)
        keepInHistory(node, msg.payload.size());
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
    if (retainedDelta != 0)
        mark(node, RetainMarkChanged, changes);

    for (TopicNode* n = node; n; n = n->m_parent) {
        if (TopicNode::Branch* b = n->m_branch) {
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
    m_index->moveOld(Index::kMoveSlotsPerBatch);
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
            m.nodes += TopicNode::Branch::bytesFor(TopicNode::Branch::capacityFor(n->m_branch->size));
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
