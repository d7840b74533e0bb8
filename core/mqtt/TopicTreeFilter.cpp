#include "mqtt/TopicTreeFilter.h"

#include "mqtt/TopicFilter.h"

#include <QLatin1String>

#include <algorithm>

namespace mqkit {

namespace {
// Walk states of an MQTT filter: how many filter levels the path so far matched, or:
constexpr int kFilterDead = -1; // this branch cannot match
constexpr int kFilterAll = -2;  // a '#' matched: everything below matches
const std::vector<TopicNode*> kNone;
} // namespace

bool TopicTreeQuery::isTopicFilter() const {
    return field == Field::Topic && (text.contains(u'+') || text.contains(u'#'));
}

bool TopicTreeQuery::matches(const TopicNode& node) const {
    if (retainedOnly && !node.isRetained())
        return false;
    if (text.isEmpty())
        return true;
    if (field == Field::Payload)
        return node.hasMessage() &&
               QLatin1String(node.lastPayload()).contains(QLatin1String(text.toUtf8()), Qt::CaseInsensitive);
    const QString path = node.path();
    return isTopicFilter() ? topicMatchesFilter(path, text) : path.contains(text, Qt::CaseInsensitive);
}

TopicTreeSelection::TopicTreeSelection(const TopicTree& tree, TopicTreeQuery query) : m_query(std::move(query)) {
    if (m_query.isTopicFilter())
        m_filterLevels = m_query.text.split(u'/');
    m_payloadNeedle = m_query.text.toUtf8();
    QString path;
    m_kept[tree.root()];
    walk(tree.root(), path, 0);
}

const std::vector<TopicNode*>& TopicTreeSelection::children(const TopicNode* node) const {
    const auto it = m_kept.find(node);
    return it == m_kept.end() ? kNone : it->second.children;
}

int TopicTreeSelection::row(const TopicNode* node) const {
    const auto it = m_kept.find(node);
    return it == m_kept.end() ? -1 : it->second.row;
}

// The filter state of a child, from its parent's state (MQTT matching, level by level).
int TopicTreeSelection::childFilterState(const TopicNode& child, int parentState) const {
    if (parentState == kFilterAll || parentState == kFilterDead)
        return parentState;
    if (parentState >= m_filterLevels.size())
        return kFilterDead;
    const QString& level = m_filterLevels.at(parentState);
    const bool wildcard = level == QLatin1String("+") || level == QLatin1String("#");
    if (parentState == 0 && wildcard && child.name().startsWith(u'$'))
        return kFilterDead; // '$' topics match no filter starting with a wildcard
    if (level == QLatin1String("#"))
        return kFilterAll;
    if (level == QLatin1String("+") || child.nameEquals(level))
        return parentState + 1;
    return kFilterDead;
}

bool TopicTreeSelection::matchesText(const TopicNode& node, const QString& path, int filterState) const {
    if (m_query.retainedOnly && !node.isRetained())
        return false;
    if (m_query.text.isEmpty())
        return true;
    if (m_query.field == TopicTreeQuery::Field::Payload)
        return node.hasMessage() &&
               QLatin1String(node.lastPayload()).contains(QLatin1String(m_payloadNeedle), Qt::CaseInsensitive);
    if (!m_query.isTopicFilter())
        return path.contains(m_query.text, Qt::CaseInsensitive);
    if (filterState == kFilterAll)
        return true;
    if (filterState < 0)
        return false;
    return filterState == m_filterLevels.size() ||
           (filterState == m_filterLevels.size() - 1 && m_filterLevels.back() == QLatin1String("#")); // "a/#" matches "a"
}

// Post-order: a node is kept when it matches or any of its children is kept.
bool TopicTreeSelection::walk(TopicNode* node, QString& path, int filterState) {
    std::vector<TopicNode*> keptChildren;
    const qsizetype pathSize = path.size();
    for (TopicNode* child : node->children()) {
        const int state = m_query.isTopicFilter() ? childFilterState(*child, filterState) : 0;
        if (state == kFilterDead)
            continue;
        if (node->parent())
            path += u'/';
        path += child->name();
        if (walk(child, path, state))
            keptChildren.push_back(child);
        path.truncate(pathSize);
    }
    const bool matches = node->parent() && matchesText(*node, path, filterState);
    if (matches)
        ++m_matches;
    if (!matches && keptChildren.empty() && node->parent())
        return false;
    for (std::size_t i = 0; i < keptChildren.size(); ++i)
        m_kept[keptChildren[i]].row = static_cast<int>(i);
    m_kept[node].children = std::move(keptChildren);
    return true;
}

void TopicTreeSelection::keep(TopicNode* node, std::vector<std::pair<TopicNode*, int>>& grown) {
    std::vector<TopicNode*> chain; // the node and its ancestors not kept yet, deepest first
    for (TopicNode* n = node; n && !contains(n); n = n->parent())
        chain.push_back(n);
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        Kept& parent = m_kept[(*it)->parent()];
        grown.emplace_back((*it)->parent(), static_cast<int>(parent.children.size()));
        const int row = static_cast<int>(parent.children.size());
        parent.children.push_back(*it);
        m_kept[*it].row = row;
    }
}

std::vector<std::pair<TopicNode*, int>> TopicTreeSelection::admit(const TopicTreeChanges& changes) {
    std::vector<std::pair<TopicNode*, int>> grown;
    auto consider = [&](TopicNode* node) {
        if (!contains(node) && m_query.matches(*node)) {
            ++m_matches;
            keep(node, grown);
        }
    };
    for (TopicNode* node : changes.updatedNodes)
        consider(node);
    for (TopicNode* node : changes.createdNodes)
        consider(node);
    // One entry per parent with its first previous size, shallow parents first.
    std::vector<std::pair<TopicNode*, int>> out;
    std::unordered_map<const TopicNode*, std::size_t> seen;
    for (const auto& entry : grown)
        if (seen.try_emplace(entry.first, out.size()).second)
            out.push_back(entry);
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first->depth() < b.first->depth(); });
    return out;
}

} // namespace mqkit
