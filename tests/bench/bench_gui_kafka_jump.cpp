// The message browser's jump, as the GUI does it: KafkaMessagesView (offscreen, shown) browses a
// partition at an offset or a time; the time is from Go to the first records in the table (the
// batch inserted into the model). Prints median and max per kind, and checks that each jump
// landed where it was asked. Used by tests/bench/gui_kafka_jump.sh.
//   bench_gui_kafka_jump BOOTSTRAP TOPIC PARTITION OFFSET,OFFSET,... [TIMESTAMP_MS,TIMESTAMP_MS,...]

#include "backend/KafkaConnection.h"
#include "models/KafkaRecordsModel.h"
#include "views/kafkamessages/KafkaMessagesView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {
struct JumpTimes {
    std::vector<double> ms;
    int wrong = 0;
};

double jumpOnce(KafkaMessagesView& view, KafkaMessagesView::StartKind kind, const QString& value) {
    QEventLoop loop;
    const auto shown = QObject::connect(&view, &KafkaMessagesView::batchShown, &loop, [&] {
        if (view.model()->rowCount() > 0 || !view.isReading())
            loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    view.setStart(kind, value);
    QElapsedTimer clock;
    clock.start();
    view.browse();
    loop.exec();
    const double ms = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    QObject::disconnect(shown);
    return ms;
}

void report(const char* what, JumpTimes& t) {
    if (t.ms.empty())
        return;
    std::sort(t.ms.begin(), t.ms.end());
    const double median = t.ms[t.ms.size() / 2];
    std::printf("%s: jumps=%zu median_ms=%.1f max_ms=%.1f wrong=%d\n", what, t.ms.size(), median, t.ms.back(), t.wrong);
}
} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: %s BOOTSTRAP TOPIC PARTITION OFFSETS [TIMESTAMPS]\n", argv[0]);
        return 2;
    }
    mqkit::KafkaClientConfig config;
    config.bootstrap = args[1];
    KafkaConnection connection;
    connection.open(config);
    KafkaMessagesView view(&connection);
    view.resize(1200, 800);
    view.show();
    view.setTopic(args[2]);
    view.setPartition(args[3].toInt());

    jumpOnce(view, KafkaMessagesView::AtOffset, QStringLiteral("0")); // warm-up, not counted
    JumpTimes offsets;
    for (const QString& offset : args[4].split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        offsets.ms.push_back(jumpOnce(view, KafkaMessagesView::AtOffset, offset));
        if (view.model()->rowCount() == 0 || view.model()->recordAt(0)->offset != offset.toLongLong())
            ++offsets.wrong;
    }
    report("gui jump to offset", offsets);
    JumpTimes times;
    if (args.size() > 5) {
        for (const QString& ts : args[5].split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            times.ms.push_back(jumpOnce(view, KafkaMessagesView::AtTime, ts));
            if (view.model()->rowCount() == 0 || view.model()->recordAt(0)->timestamp < ts.toLongLong())
                ++times.wrong;
        }
        report("gui jump to time", times);
    }
    return offsets.wrong + times.wrong == 0 ? 0 : 1;
}
