#include "replay/MessageReplayer.h"

#include "common/CoreTr.h"
#include "common/Error.h"
#include "common/IsoTime.h"

#include <QDateTime>
#include <QRegularExpression>

#include <cmath>
#include <limits>
#include <thread>

namespace mqkit {

MessageReplayer::MessageReplayer(RecordingReader& reader, ReplayOptions options)
    : m_reader(reader), m_options(std::move(options)) {}

MqttMessage MessageReplayer::transform(const MqttMessage& recorded) const {
    MqttMessage m = recorded;
    m.topic = m_options.topicMap.map(recorded.topic);
    if (m_options.qos)
        m.qos = *m_options.qos;
    if (m_options.stripRetain)
        m.retained = false;
    m.duplicate = false;
    m.properties.subscriptionIds.clear();
    if (m_options.dropProperties)
        m.properties = {};
    return m;
}

ReplayProgress MessageReplayer::run(const Publish& publish, const std::function<bool()>& stopRequested,
                                    const std::function<void(const ReplayProgress&)>& onProgress) {
    return runRecorded([&](const RecordedMessage& recorded) { publish(transform(recorded.message)); }, stopRequested,
                       onProgress);
}

ReplayProgress MessageReplayer::runRecorded(const PublishRecorded& publish, const std::function<bool()>& stopRequested,
                                            const std::function<void(const ReplayProgress&)>& onProgress) {
    using Clock = std::chrono::steady_clock;
    ReplaySchedule schedule = m_options.schedule;
    ReplayProgress progress;
    progress.total = m_reader.count(m_options.selection);
    const auto start = Clock::now();
    auto lastReport = start;
    std::optional<std::int64_t> firstRecordedMs;
    bool stopped = false;
    auto stop = [&] { return stopRequested && stopRequested(); };
    auto report = [&](bool force) {
        const auto now = Clock::now();
        progress.elapsedMs = std::chrono::duration_cast<std::chrono::milliseconds>(now - start).count();
        if (onProgress && (force || now - lastReport >= m_options.progressInterval)) {
            lastReport = now;
            onProgress(progress);
        }
    };
    m_reader.forEachRecorded(m_options.selection, [&](const RecordedMessage& message) {
        const MqttMessage& recorded = message.message;
        const std::int64_t recordedAtMs = message.originalTimeMs();
        const double dueMs = schedule.dueMs(recordedAtMs);
        if (schedule.isPaced()) {
            const auto due = start + std::chrono::microseconds(static_cast<std::int64_t>(std::llround(dueMs * 1000.0)));
            while (Clock::now() < due) {
                if (stop()) {
                    stopped = true;
                    return false;
                }
                std::this_thread::sleep_until(std::min(due, Clock::now() + std::chrono::milliseconds(100)));
                report(false);
            }
        }
        if (stop()) {
            stopped = true;
            return false;
        }
        if (m_options.dropProperties && !recorded.properties.isEmpty())
            ++progress.propertiesDropped;
        publish(message);
        ++progress.published;
        if (!firstRecordedMs)
            firstRecordedMs = recordedAtMs;
        progress.recordedSpanMs = recordedAtMs - *firstRecordedMs;
        report(false);
        return true;
    });
    progress.finished = !stopped;
    report(true);
    return progress;
}

std::int64_t applyPropertyPolicy(ReplayOptions& options, RecordingReader& reader, int protocolVersion) {
    if (protocolVersion == 5)
        return 0;
    const std::int64_t withProperties = reader.info().withProperties;
    if (withProperties > 0)
        options.dropProperties = true;
    return withProperties;
}

std::int64_t MessageReplayer::parseTimePoint(const QString& text, std::optional<std::int64_t> recordingStartMs,
                                             const QString& setting) {
    static const QRegularExpression offset(QStringLiteral("^\\+(\\d+(?:\\.\\d+)?)(ms|s|m|h)$"));
    if (const auto match = offset.match(text.trimmed()); match.hasMatch()) {
        const double value = match.captured(1).toDouble();
        const QString unit = match.captured(2);
        const double factor = unit == QLatin1String("ms") ? 1.0
                              : unit == QLatin1String("s") ? 1000.0
                              : unit == QLatin1String("m") ? 60000.0
                                                           : 3600000.0;
        // Beyond this an offset no longer fits a millisecond time (and would wrap around).
        constexpr double kLongestOffsetMs = static_cast<double>(std::numeric_limits<std::int64_t>::max() / 4);
        if (!(value * factor <= kLongestOffsetMs))
            throw Error(ErrorKind::Usage, CoreTr::tr("%1 '%2': the offset is too large (at most %3 hours)")
                                              .arg(setting, text)
                                              .arg(std::floor(kLongestOffsetMs / 3600000.0), 0, 'f', 0));
        return recordingStartMs.value_or(0) + std::llround(value * factor);
    }
    if (const std::optional<std::int64_t> when = parseIsoTime(text))
        return *when;
    throw Error(ErrorKind::Usage, CoreTr::tr("%1 '%2': expected an ISO-8601 date-time (2026-01-05T10:00:00Z) or an "
                                             "offset from the recording's first message (+30s, +1.5m, +500ms, +2h)")
                                      .arg(setting, text));
}

} // namespace mqkit
