#include "replay/TopicMap.h"

#include "common/CoreTr.h"
#include "common/Error.h"

namespace mqkit {

namespace {

// Checks one side of a rule; returns its wildcards in order ("+", "+", "#").
QStringList wildcardsOf(const QStringList& levels, const QString& rule, const char* side) {
    QStringList wildcards;
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const QString& level = levels.at(i);
        if (level == QLatin1String("+")) {
            wildcards << level;
        } else if (level == QLatin1String("#")) {
            if (i != levels.size() - 1)
                throw Error(ErrorKind::Usage,
                            CoreTr::tr("bad topic rewrite rule '%1': '#' must be the last level of the %2 side")
                                .arg(rule, QLatin1String(side)));
            wildcards << level;
        } else if (level.contains(QLatin1Char('+')) || level.contains(QLatin1Char('#'))) {
            throw Error(ErrorKind::Usage, CoreTr::tr("bad topic rewrite rule '%1': a wildcard must fill a whole level ('%2')")
                                              .arg(rule, level));
        }
    }
    return wildcards;
}

} // namespace

void TopicMap::addRule(const QString& rule) {
    const qsizetype eq = rule.indexOf(QLatin1Char('='));
    if (eq < 0)
        throw Error(ErrorKind::Usage, CoreTr::tr("bad topic rewrite rule '%1': expected OLD=NEW, e.g. 'plant/#=replay/plant/#'")
                                          .arg(rule));
    const QString from = rule.left(eq);
    const QString to = rule.mid(eq + 1);
    if (from.isEmpty() || to.isEmpty())
        throw Error(ErrorKind::Usage, CoreTr::tr("bad topic rewrite rule '%1': both sides of '=' must be non-empty").arg(rule));
    Rule r{from.split(QLatin1Char('/')), to.split(QLatin1Char('/'))};
    if (wildcardsOf(r.from, rule, "left") != wildcardsOf(r.to, rule, "right"))
        throw Error(ErrorKind::Usage, CoreTr::tr("bad topic rewrite rule '%1': both sides need the same wildcards in the same "
                                                     "order (each '+' and '#' on the left reappears on the right)")
                                          .arg(rule));
    m_rules.push_back(std::move(r));
}

std::optional<QString> TopicMap::apply(const Rule& rule, const QString& topic) {
    const QStringList t = topic.split(QLatin1Char('/'));
    QStringList captured; // one level per '+'
    QStringList rest;     // what '#' matched
    bool restMatched = false;
    for (qsizetype i = 0; i < rule.from.size(); ++i) {
        const QString& f = rule.from.at(i);
        if (f == QLatin1String("#")) {
            rest = t.mid(i);
            restMatched = true;
            break;
        }
        if (i >= t.size())
            return std::nullopt;
        if (f == QLatin1String("+"))
            captured << t.at(i);
        else if (f != t.at(i))
            return std::nullopt;
    }
    if (!restMatched && t.size() != rule.from.size())
        return std::nullopt;
    QStringList out;
    qsizetype next = 0;
    for (const QString& level : rule.to) {
        if (level == QLatin1String("+"))
            out << captured.at(next++);
        else if (level == QLatin1String("#"))
            out << rest; // `a/#` matched `a` itself: nothing to append
        else
            out << level;
    }
    return out.join(QLatin1Char('/'));
}

QString TopicMap::map(const QString& topic) const {
    for (const auto& rule : m_rules)
        if (auto mapped = apply(rule, topic))
            return *mapped;
    return topic;
}

} // namespace mqkit
