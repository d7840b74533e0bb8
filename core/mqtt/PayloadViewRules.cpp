#include "mqtt/PayloadViewRules.h"

#include "common/Error.h"
#include "mqtt/MqttLimits.h"
#include "mqtt/TopicFilter.h"

#include <algorithm>

namespace mqkit {

namespace {
struct KindName {
    PayloadViewKind kind;
    const char* name;
};
constexpr KindName kKindNames[] = {{PayloadViewKind::Text, "text"},
                                   {PayloadViewKind::Json, "json"},
                                   {PayloadViewKind::Hex, "hex"},
                                   {PayloadViewKind::Base64, "base64"}};

// Literal levels count twice, a '#' takes one off: "a/b/+" (4) beats "a/+/+" (2) beats "a/#" (1).
int specificity(const QString& filter) {
    int score = 0;
    for (const QString& level : filter.split(u'/'))
        score += level == QLatin1String("#") ? -1 : level == QLatin1String("+") ? 0 : 2;
    return score;
}
} // namespace

QString payloadViewKindName(PayloadViewKind kind) {
    for (const auto& k : kKindNames)
        if (k.kind == kind)
            return QLatin1String(k.name);
    return QStringLiteral("text");
}

std::optional<PayloadViewKind> payloadViewKindFromName(const QString& name) {
    for (const auto& k : kKindNames)
        if (name.compare(QLatin1String(k.name), Qt::CaseInsensitive) == 0)
            return k.kind;
    return std::nullopt;
}

void PayloadViewRules::set(const QString& filter, PayloadViewKind kind) {
    checkTopicFilter(filter);
    remove(filter);
    m_rules.push_back({filter, kind});
}

bool PayloadViewRules::remove(const QString& filter) {
    return std::erase_if(m_rules, [&](const PayloadViewRule& r) { return r.filter == filter; }) > 0;
}

std::optional<PayloadViewRule> PayloadViewRules::ruleFor(const QString& topic) const {
    const PayloadViewRule* best = nullptr;
    for (const PayloadViewRule& rule : m_rules) // later rules win ties
        if (topicMatchesFilter(topic, rule.filter) && (!best || specificity(rule.filter) >= specificity(best->filter)))
            best = &rule;
    return best ? std::optional<PayloadViewRule>(*best) : std::nullopt;
}

std::optional<PayloadViewKind> PayloadViewRules::kindFor(const QString& topic) const {
    const auto rule = ruleFor(topic);
    return rule ? std::optional<PayloadViewKind>(rule->kind) : std::nullopt;
}

QStringList PayloadViewRules::toStrings() const {
    QStringList out;
    for (const PayloadViewRule& r : m_rules)
        out << payloadViewKindName(r.kind) + u' ' + r.filter;
    return out;
}

PayloadViewRules PayloadViewRules::fromStrings(const QStringList& lines) {
    PayloadViewRules rules;
    for (const QString& line : lines) {
        const qsizetype space = line.indexOf(u' ');
        const auto kind = space > 0 ? payloadViewKindFromName(line.left(space)) : std::nullopt;
        if (!kind)
            continue;
        try {
            rules.set(line.mid(space + 1), *kind);
        } catch (const Error&) {
            // a damaged line is skipped; the others still apply
        }
    }
    return rules;
}

} // namespace mqkit
