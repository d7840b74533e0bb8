#pragma once

#include "mqtt/TopicTree.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <unordered_map>
#include <utility>
#include <vector>

namespace mqkit {

// What a user looks for in a topic tree: topics by name (a case-insensitive substring, or an MQTT
// filter when the text has '+' or '#'), or topics whose last payload contains a text
// (case-insensitive for ASCII letters); optionally only topics the broker holds a retained
// message for.
struct TopicTreeQuery {
    enum class Field { Topic, Payload };
    Field field = Field::Topic;
    QString text;
    bool retainedOnly = false;

    bool isEmpty() const { return text.isEmpty() && !retainedOnly; }
    bool isTopicFilter() const; // topic text with '+' or '#': matched as an MQTT filter
    bool matches(const TopicNode& node) const;
};

// The part of a TopicTree a query keeps: every node that matches and its ancestors, so the matches
// stay in their place in the hierarchy. Built by one walk of the tree (wildcard filters prune the
// branches that cannot match); then kept up to date batch by batch with admit(), which only looks
// at the nodes a batch touched. A kept node stays kept until the selection is rebuilt, even if a
// later message no longer matches (rows never disappear under the user's eyes).
class TopicTreeSelection {
public:
    TopicTreeSelection(const TopicTree& tree, TopicTreeQuery query);

    const TopicTreeQuery& query() const { return m_query; }
    bool contains(const TopicNode* node) const { return m_kept.count(node) > 0; }
    const std::vector<TopicNode*>& children(const TopicNode* node) const; // kept children, in order
    int row(const TopicNode* node) const; // index among the parent's kept children; -1: not kept
    std::size_t matchCount() const { return m_matches; }
    std::size_t keptCount() const { return m_kept.size() - 1; } // the root not counted

    // Keeps the nodes of a batch that match now, with their ancestors. Returns each parent whose
    // kept children grew with its previous number of kept children, shallow parents first (new
    // kept children are appended).
    std::vector<std::pair<TopicNode*, int>> admit(const TopicTreeChanges& changes);

private:
    struct Kept {
        int row = 0;
        std::vector<TopicNode*> children;
    };
    bool walk(TopicNode* node, QString& path, int filterState);
    bool matchesText(const TopicNode& node, const QString& path, int filterState) const;
    int childFilterState(const TopicNode& child, int parentState) const;
    void keep(TopicNode* node, std::vector<std::pair<TopicNode*, int>>& grown);

    TopicTreeQuery m_query;
    QStringList m_filterLevels; // the query as an MQTT filter, split on '/'
    QByteArray m_payloadNeedle; // the text as UTF-8
    std::unordered_map<const TopicNode*, Kept> m_kept;
    std::size_t m_matches = 0;
};

} // namespace mqkit
