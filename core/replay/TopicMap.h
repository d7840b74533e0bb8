#pragma once

#include "mqtt/TopicFilter.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace mqkit {

// Topic rewrite rules for replay: "old/#=new/#" (repeatable, first matching rule wins).
// The left side is an MQTT filter; the right side has the same wildcards in the same order:
// each `+` takes the level the corresponding `+` matched, a trailing `#` the remaining levels.
//   a/#=b/#        a/x/y -> b/x/y, a -> b
//   a/+/t=b/+/u    a/1/t -> b/1/u
//   a/+/#=+/#      a/1/x -> 1/x
//   a/b=c/d        exact topics
// A topic no rule matches is left alone.
class TopicMap {
public:
    // Throws Error(Usage) naming the rule for bad syntax (no '=', empty side, '#' not last,
    // wildcards inside a level, wildcards that differ between the sides).
    void addRule(const QString& rule);
    bool isEmpty() const { return m_rules.empty(); }
    QString map(const QString& topic) const;

private:
    struct Rule {
        QStringList from; // levels of the filter
        QStringList to;   // levels of the target
    };
    static std::optional<QString> apply(const Rule& rule, const QString& topic);
    std::vector<Rule> m_rules;
};

} // namespace mqkit
