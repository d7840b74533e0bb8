// MQTT topic filters and replay topic maps: first line a topic, every further line a filter
// (matched against the topic) and a map rule (--map old/#=new/#); the map is then applied.
#include "FuzzSupport.h"
#include "mqtt/TopicFilter.h"
#include "replay/TopicMap.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QList<QByteArray> lines = fuzz::bytes(data, size).split('\n');
    const QString topic = QString::fromUtf8(lines.first());
    mqkit::TopicMap map;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines[i]);
        (void)mqkit::topicMatchesFilter(topic, line);
        fuzz::refusalAllowed([&] { map.addRule(line); });
    }
    (void)map.map(topic);
    return 0;
}
