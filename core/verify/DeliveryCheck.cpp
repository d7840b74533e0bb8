#include "verify/DeliveryCheck.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace mqkit {

namespace {

// A JSON number that is a whole number (telemetry keys), else nullopt.
std::optional<std::int64_t> wholeNumber(const QJsonValue& v) {
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!(std::floor(d) == d) || std::fabs(d) > 9.0e15)
        return std::nullopt;
    return static_cast<std::int64_t>(d);
}

QString textOrNumber(const QJsonValue& v) {
    if (v.isString())
        return v.toString();
    if (const auto n = wholeNumber(v))
        return QString::number(*n);
    return {};
}

double nearestRank(const std::vector<std::int64_t>& sorted, double q) {
    const auto rank = static_cast<std::size_t>(std::ceil(q * static_cast<double>(sorted.size())));
    return static_cast<double>(sorted[std::min(sorted.size() - 1, rank == 0 ? 0 : rank - 1)]);
}

// The missing stretches of [range.first, range.last] given the seqs seen.
std::vector<SeqRange> gaps(const SeqRange& range, const std::unordered_set<std::int64_t>& seen, std::int64_t* missing) {
    std::vector<std::int64_t> sorted;
    sorted.reserve(seen.size());
    for (const std::int64_t s : seen)
        if (s >= range.first && s <= range.last)
            sorted.push_back(s);
    std::sort(sorted.begin(), sorted.end());
    std::vector<SeqRange> out;
    std::int64_t next = range.first;
    for (const std::int64_t s : sorted) {
        if (s > next)
            out.push_back({next, s - 1});
        next = s + 1;
    }
    if (next <= range.last)
        out.push_back({next, range.last});
    *missing = 0;
    for (const SeqRange& g : out)
        *missing += g.last - g.first + 1;
    return out;
}

} // namespace

std::optional<TelemetryArrival> TelemetryArrival::parse(const QByteArray& payload) {
    const QJsonObject o = QJsonDocument::fromJson(payload).object();
    TelemetryArrival a;
    a.deviceId = textOrNumber(o.value(QStringLiteral("deviceId")));
    a.bootId = textOrNumber(o.value(QStringLiteral("bootId")));
    const auto seq = wholeNumber(o.value(QStringLiteral("seq")));
    if (a.deviceId.isEmpty() || a.bootId.isEmpty() || !seq || *seq < 0)
        return std::nullopt;
    a.seq = *seq;
    a.sentAtMs = wholeNumber(o.value(QStringLiteral("sentAt"))).value_or(-1);
    return a;
}

LatencyFigures latencyFigures(std::vector<std::int64_t>& ms) {
    LatencyFigures f;
    if (ms.empty())
        return f;
    std::sort(ms.begin(), ms.end());
    f.samples = static_cast<std::int64_t>(ms.size());
    f.p50Ms = nearestRank(ms, 0.50);
    f.p99Ms = nearestRank(ms, 0.99);
    f.maxMs = static_cast<double>(ms.back());
    return f;
}

void DeliveryCheck::expect(const FleetSummary& summary) {
    m_haveSummary = true;
    for (const FleetDevice& d : summary.devices)
        for (const FleetBoot& b : d.boots) {
            const BootKey key{d.deviceId, b.bootId};
            BootState& state = m_boots[key];
            if (b.count > 0)
                state.expected = SeqRange{b.firstSeq, b.lastSeq};
            else
                state.expected = SeqRange{b.firstSeq, b.firstSeq - 1}; // nothing sent
            state.expectedCount = b.count;
            m_expected += b.count;
            m_order.push_back(key);
        }
}

void DeliveryCheck::add(const TelemetryArrival& a) {
    const BootKey key{a.deviceId, a.bootId};
    auto it = m_boots.find(key);
    if (it == m_boots.end()) {
        if (m_haveSummary) {
            ++m_unexpected;
            return;
        }
        it = m_boots.emplace(key, BootState{}).first;
    }
    BootState& s = it->second;
    ++s.received;
    const bool firstTime = s.seen.insert(a.seq).second;
    auto [highest, inserted] = s.highestByPartition.emplace(a.partition, a.seq);
    if (!inserted) {
        if (a.seq < highest->second && firstTime)
            ++s.outOfOrder;
        highest->second = std::max(highest->second, a.seq);
    }
    if (a.sentAtMs >= 0 && a.arrivedAtMs >= 0)
        s.latenciesMs.push_back(std::max<std::int64_t>(0, a.arrivedAtMs - a.sentAtMs));
}

BootDelivery DeliveryCheck::deliveryOf(const BootKey& key, const BootState& s) const {
    BootDelivery b;
    b.deviceId = key.first;
    b.bootId = key.second;
    b.expected = s.expected.has_value();
    SeqRange range{0, -1};
    if (s.expected) {
        range = *s.expected;
    } else if (!s.seen.empty()) {
        const auto [lo, hi] = std::minmax_element(s.seen.begin(), s.seen.end());
        range = {*lo, *hi};
    }
    b.expectedFirst = range.first;
    b.expectedLast = range.last;
    b.expectedCount = s.expected ? s.expectedCount : 0;
    b.received = s.received;
    b.unique = static_cast<std::int64_t>(s.seen.size());
    b.duplicates = b.received - b.unique;
    b.missingRanges = gaps(range, s.seen, &b.missing);
    b.outOfOrder = s.outOfOrder;
    b.partitions = static_cast<int>(s.highestByPartition.size());
    std::vector<std::int64_t> latencies = s.latenciesMs;
    b.latency = latencyFigures(latencies);
    return b;
}

DeliveryReport DeliveryCheck::report() const {
    DeliveryReport r;
    std::vector<BootKey> order = m_order;
    if (!m_haveSummary)
        for (const auto& [key, state] : m_boots)
            order.push_back(key);
    std::vector<std::int64_t> allLatencies;
    QString lastDevice;
    for (const BootKey& key : order) {
        const BootState& state = m_boots.at(key);
        BootDelivery b = deliveryOf(key, state);
        if (key.first != lastDevice) {
            ++r.devices;
            lastDevice = key.first;
        }
        r.received += b.received;
        r.unique += b.unique;
        r.duplicates += b.duplicates;
        r.missing += b.missing;
        r.outOfOrder += b.outOfOrder;
        if (!b.ok())
            ++r.bootsWithProblems;
        allLatencies.insert(allLatencies.end(), state.latenciesMs.begin(), state.latenciesMs.end());
        r.boots.push_back(std::move(b));
    }
    r.expected = m_expected;
    r.notTelemetry = m_notTelemetry;
    r.unexpected = m_unexpected;
    r.deadLetters = m_deadLetters;
    r.latency = latencyFigures(allLatencies);
    return r;
}

} // namespace mqkit
