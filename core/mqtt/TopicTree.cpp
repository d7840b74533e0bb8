#include "mqtt/TopicTree.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <new>
#include <type_traits>
#include <utility>

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

// One kept message in one malloc block: this header, then (only for a message with MQTT 5
// properties) a shared pointer to them, then the payload. A 100-byte payload and its header fit
// the 128-byte malloc chunk a QByteArray of it would take, and the node holds one pointer, not
// the QByteArray's 24 bytes. Moving the last message into the history moves only the pointer.
struct TopicNode::Message {
    std::int64_t receivedAtMs;
    std::uint32_t size;
    std::uint8_t flags;

    enum : std::uint8_t { kQosMask = 3, kRetainFlag = 4, kHasProperties = 8 };
    using PropertiesPtr = std::shared_ptr<const MqttProperties>;
    static constexpr std::size_t kPlainHeader = 13; // the fields above, unpadded
    static constexpr std::size_t kPropertiesAt = 16;
    static constexpr std::size_t kPropertiesHeader = kPropertiesAt + sizeof(PropertiesPtr);

    static Message* create(const MqttMessage& m) {
        const bool hasProperties = !m.properties.isEmpty();
        const auto size = static_cast<std::uint32_t>(m.payload.size());
        const auto flags = static_cast<std::uint8_t>((m.qos & kQosMask) | (m.retained ? kRetainFlag : 0) |
                                                     (hasProperties ? kHasProperties : 0));
        void* block = std::malloc(blockBytesFor(flags, size));
        if (!block)
            throw std::bad_alloc();
        auto* message = new (block) Message{m.receivedAtMs, size, flags};
        if (hasProperties)
            new (message->propertiesSlot()) PropertiesPtr(std::make_shared<const MqttProperties>(m.properties));
        if (size > 0)
            std::memcpy(message->data(), m.payload.constData(), size);
        return message;
    }
    static void destroy(Message* m) {
        if (!m)
            return;
        if (m->flags & kHasProperties)
            m->propertiesSlot()->~PropertiesPtr();
        std::free(m);
    }

    static std::size_t headerBytes(std::uint8_t flags) { return flags & kHasProperties ? kPropertiesHeader : kPlainHeader; }
    static std::size_t blockBytesFor(std::uint8_t flags, std::uint32_t size) {
        return std::max(sizeof(Message), headerBytes(flags) + size);
    }
    std::size_t blockBytes() const { return blockBytesFor(flags, size); }
    char* data() const { return const_cast<char*>(reinterpret_cast<const char*>(this)) + headerBytes(flags); }
    QByteArrayView payload() const { return {data(), qsizetype(size)}; }
    int qos() const { return flags & kQosMask; }
    bool retainFlag() const { return flags & kRetainFlag; }
    PropertiesPtr* propertiesSlot() const {
        return std::launder(reinterpret_cast<PropertiesPtr*>(reinterpret_cast<char*>(const_cast<Message*>(this)) + kPropertiesAt));
    }
    const MqttProperties* properties() const { return flags & kHasProperties ? propertiesSlot()->get() : nullptr; }
    TopicHistoryEntry entry() const {
        return TopicHistoryEntry{payload().toByteArray(), receivedAtMs, qos(), retainFlag(),
                                 flags & kHasProperties ? *propertiesSlot() : nullptr};
    }
};

// The messages before a topic's last one (the node holds the last), oldest first, in one malloc
// block: this header, then a ring of slots that doubles up to the count limit less one and then
// overwrites the oldest, so a steady topic costs no allocation for its history per message.
struct TopicNode::History {
    std::uint32_t head = 0;     // the oldest
    std::uint32_t count = 0;
    std::uint32_t capacity = 0; // slots
    qsizetype bytes = 0;        // payload bytes held

    Message** ring() { return reinterpret_cast<Message**>(this + 1); }
    const Message* at(std::size_t i) const { return const_cast<History*>(this)->ring()[(head + i) % capacity]; }
    static std::size_t bytesFor(std::uint32_t capacity) { return sizeof(History) + capacity * sizeof(Message*); }

    // Takes the message that was the last until now; newestBytes: the payload of the new last.
    // Returns the history, moved when it had to grow.
    static History* push(History* h, Message* entry, qsizetype newestBytes, const TopicTreeLimits& limits) {
        const auto limit = static_cast<std::uint32_t>(std::min<std::size_t>(limits.historyMessages - 1, UINT32_MAX));
        if (!h || (h->count == h->capacity && h->capacity < limit))
            h = grow(h, h ? std::min(h->capacity * 2, limit) : 1);
        if (h->count == h->capacity)
            h->dropOldest();
        h->ring()[(h->head + h->count) % h->capacity] = entry;
        ++h->count;
        h->bytes += entry->size;
        while (h->count > 0 && h->bytes + newestBytes > limits.historyBytes)
            h->dropOldest();
        return h;
    }
    static void destroy(History* h) {
        if (!h)
            return;
        while (h->count > 0)
            h->dropOldest();
        std::free(h);
    }

private:
    void dropOldest() {
        Message*& oldest = ring()[head];
        bytes -= oldest->size;
        Message::destroy(std::exchange(oldest, nullptr));
        head = (head + 1) % capacity;
        --count;
    }
    static History* grow(History* h, std::uint32_t capacity) {
        if (h) // unwrap the ring, so the new slots come after the newest entry
            std::rotate(h->ring(), h->ring() + h->head, h->ring() + h->capacity);
        void* block = std::realloc(h, bytesFor(capacity));
        if (!block)
            throw std::bad_alloc();
        if (!h)
            h = new (block) History();
        else
            h = static_cast<History*>(block);
        h->head = 0;
        h->capacity = capacity;
        return h;
    }
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
    if (!m_hasSoleChild)
        std::free(m_branch); // trivially destructible
    Message::destroy(m_last);
    History::destroy(m_history);
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

QByteArrayView TopicNode::lastPayload() const {
    return m_last ? m_last->payload() : QByteArrayView();
}

int TopicNode::lastQos() const {
    return m_last ? m_last->qos() : 0;
}

bool TopicNode::lastRetainFlag() const {
    return m_last && m_last->retainFlag();
}

std::int64_t TopicNode::lastReceivedAtMs() const {
    return m_last ? m_last->receivedAtMs : 0;
}

const MqttProperties& TopicNode::lastProperties() const {
    const MqttProperties* p = m_last ? m_last->properties() : nullptr;
    return p ? *p : kNoProperties;
}

std::span<TopicNode* const> TopicNode::children() const {
    if (m_hasSoleChild)
        return std::span<TopicNode* const>(&m_soleChild, 1);
    return m_branch ? std::span<TopicNode* const>(m_branch->children(), m_branch->size) : std::span<TopicNode* const>();
}

std::uint64_t TopicNode::subtreeMessageCount() const {
    if (m_hasSoleChild)
        return m_soleChild->subtreeMessageCount();
    return m_branch ? m_branch->messageCount : m_messageCount;
}

std::uint64_t TopicNode::subtreeTopicCount() const {
    if (m_hasSoleChild)
        return m_soleChild->subtreeTopicCount();
    return m_branch ? m_branch->topicCount : (m_messageCount > 0 ? 1 : 0);
}

std::uint64_t TopicNode::subtreeRetainedCount() const {
    if (m_hasSoleChild)
        return m_soleChild->subtreeRetainedCount();
    return m_branch ? m_branch->retainedCount : (m_retained ? 1 : 0);
}

double TopicNode::rate(std::int64_t nowMs) const {
    return decayed(m_rate, lastReceivedAtMs(), nowMs);
}

double TopicNode::subtreeRate(std::int64_t nowMs) const {
    const RateState state = subtreeRateState();
    return decayed(state.rate, state.atMs, nowMs);
}

TopicNode::RateState TopicNode::subtreeRateState() const {
    if (m_hasSoleChild)
        return m_soleChild->subtreeRateState();
    if (m_branch)
        return {m_branch->rate, m_branch->rateAtMs};
    return {m_rate, lastReceivedAtMs()};
}

std::vector<TopicHistoryEntry> TopicNode::history() const {
    std::vector<TopicHistoryEntry> out;
    if (!m_keepsHistory || !hasMessage())
        return out;
    out.reserve(historySize());
    for (std::uint32_t i = 0; m_history && i < m_history->count; ++i)
        out.push_back(m_history->at(i)->entry());
    out.push_back(m_last->entry());
    return out;
}

std::size_t TopicNode::historySize() const {
    if (!m_keepsHistory || !hasMessage())
        return 0;
    return (m_history ? m_history->count : 0) + 1;
}

TopicTree::TopicTree(TopicTreeLimits limits)
    : m_limits(limits), m_pool(std::make_unique<NodePool>()), m_names(std::make_unique<NameArena>()),
      m_index(std::make_unique<Index>(*m_pool)) {
    static_assert(sizeof(TopicNode) <= 72);
    static_assert(offsetof(TopicNode::Message, flags) + 1 == TopicNode::Message::kPlainHeader);
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
    const bool firstChild = !parent->hasChildren();
    if (firstChild && parent->m_messageCount == 0 && parent != m_root) {
        parent->m_soleChild = node;
        parent->m_hasSoleChild = true;
    } else {
        if (!parent->branch())
            makeBranch(parent);
        node->m_row = static_cast<std::int32_t>(parent->m_branch->size);
        parent->m_branch = TopicNode::Branch::append(parent->m_branch, node);
    }
    if (firstChild && parent != m_root && !(parent->m_batchEpoch == m_epoch && (parent->m_batchFlags & Created)))
        changes.newBranches.push_back(parent);
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

// A leaf, or a node with a sole child, gets a Branch: its aggregates so far are its own, or its child's.
void TopicTree::makeBranch(TopicNode* node) {
    TopicNode::Branch* branch = TopicNode::Branch::create();
    branch->messageCount = node->subtreeMessageCount();
    branch->topicCount = static_cast<std::uint32_t>(node->subtreeTopicCount());
    branch->retainedCount = static_cast<std::uint32_t>(node->subtreeRetainedCount());
    const TopicNode::RateState rate = node->subtreeRateState();
    branch->rate = rate.rate;
    branch->rateAtMs = rate.atMs;
    if (node->m_hasSoleChild) {
        TopicNode* child = node->m_soleChild;
        node->m_hasSoleChild = false;
        branch = TopicNode::Branch::append(branch, child);
    }
    node->m_branch = branch;
}

// The last message so far moves into the history before a new one replaces it in the node.
void TopicTree::keepInHistory(TopicNode* node, qsizetype newestBytes) {
    node->m_history =
        TopicNode::History::push(node->m_history, std::exchange(node->m_last, nullptr), newestBytes, m_limits);
}

void TopicTree::applyOne(const MqttMessage& msg, std::uint32_t key, TopicTreeChanges& changes) {
    TopicNode* node = m_index->find(key, [&](const TopicNode* n) { return isTopic(n, msg.topic, m_root); });
    if (!node)
        node = findOrCreate(msg.topic, changes);
    if (node->m_hasSoleChild) // its own first message: its aggregates are no longer its child's
        makeBranch(node);

    const bool firstMessage = node->m_messageCount == 0;
    const bool wasRetained = node->m_retained;
    const std::int64_t t = msg.receivedAtMs;
    node->m_rate = firstMessage ? kRateStep : decayed(node->m_rate, node->lastReceivedAtMs(), t) + kRateStep;
    if (node->m_keepsHistory && !firstMessage && m_limits.historyMessages > 1)
        keepInHistory(node, msg.payload.size());
    TopicNode::Message::destroy(std::exchange(node->m_last, TopicNode::Message::create(msg)));
    ++node->m_messageCount;
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
        if (TopicNode::Branch* b = n->branch()) {
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
                __builtin_prefetch(c->m_last);
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
        if (const TopicNode::Branch* b = n->branch())
            m.nodes += TopicNode::Branch::bytesFor(TopicNode::Branch::capacityFor(b->size));
        if (const TopicNode::Message* last = n->m_last) {
            m.payloads += last->size;
            m.payloadHeaders += last->blockBytes() - last->size;
            if (last->properties())
                m.payloadHeaders += sizeof(MqttProperties);
        }
        if (const TopicNode::History* h = n->m_history) {
            m.history += TopicNode::History::bytesFor(h->capacity);
            for (std::uint32_t k = 0; k < h->count; ++k)
                m.history += h->at(k)->blockBytes();
        }
    }
    return m;
}

} // namespace mqkit
