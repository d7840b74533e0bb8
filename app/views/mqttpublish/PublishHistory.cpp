#include "views/mqttpublish/PublishHistory.h"

#include "common/Error.h"
#include "mqtt/MqttMessageJson.h"
#include "profile/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

PublishHistory::PublishHistory(QString path) : m_path(std::move(path)) {
    load();
}

QString PublishHistory::defaultPath() {
    return QFileInfo(mqkit::ProfileStore::defaultPath()).dir().filePath(QStringLiteral("publish-history.jsonl"));
}

bool PublishHistory::add(const mqkit::MqttMessage& message) {
    m_entries.push_front(message);
    while (m_entries.size() > kMaxEntries)
        m_entries.pop_back();
    return save();
}

void PublishHistory::load() {
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    while (!file.atEnd() && m_entries.size() < kMaxEntries) {
        const QJsonDocument line = QJsonDocument::fromJson(file.readLine());
        if (!line.isObject())
            continue;
        try {
            m_entries.push_back(mqkit::messageFromJson(line.object()));
        } catch (const mqkit::Error&) {
            // a damaged line: the others are still worth having
        }
    }
}

bool PublishHistory::save() const {
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    for (const mqkit::MqttMessage& message : m_entries)
        file.write(QJsonDocument(mqkit::messageToJson(message)).toJson(QJsonDocument::Compact) + '\n');
    return file.commit();
}
