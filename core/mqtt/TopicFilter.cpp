#include "mqtt/TopicFilter.h"

#include <QStringList>

namespace mqkit {

bool topicMatchesFilter(const QString& topic, const QString& filter) {
    if (topic.startsWith(QLatin1Char('$')) &&
        (filter.startsWith(QLatin1Char('+')) || filter.startsWith(QLatin1Char('#'))))
        return false;
    const QStringList t = topic.split(QLatin1Char('/'));
    const QStringList f = filter.split(QLatin1Char('/'));
    for (qsizetype i = 0; i < f.size(); ++i) {
        if (f.at(i) == QLatin1String("#"))
            return true;
        if (i >= t.size())
            return false;
        if (f.at(i) != QLatin1String("+") && f.at(i) != t.at(i))
            return false;
    }
    return t.size() == f.size();
}

} // namespace mqkit
