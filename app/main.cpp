#include "EventLoopProbe.h"
#include "MainWindow.h"
#include "TerminationSignals.h"
#include "Translations.h"
#include "models/TopicTreeModel.h"
#include "common/Error.h"
#include "common/JsonWriter.h"
#include "common/Version.h"
#include "profile/ConnectionResolver.h"
#include "widgets/DialogSecretPrompter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>

#include <cstdio>

namespace {

// The icon sizes resources/ renders from the SVG, embedded at :/hicolor (the installed copies
// under /usr/share/icons serve the desktop; these serve the window on any platform).
QIcon applicationIcon() {
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/hicolor/%1x%1/apps/" MQKIT_APP_ID ".png").arg(size), QSize(size, size));
    return icon;
}

// --dump-cli (hidden): the options as JSON, for packaging/cli-docs.py's mqkit-gui(1).
void printOptionsJson(const QString& description, const QList<QCommandLineOption>& options) {
    QByteArray out;
    mqkit::JsonWriter json(out, mqkit::JsonWriter::Style::Indented);
    json.beginObject().field("name", "mqkit-gui").field("description", description).key("options").beginArray();
    for (const QCommandLineOption& o : options) {
        if (o.flags().testFlag(QCommandLineOption::HiddenFromHelp))
            continue;
        json.beginObject().field("names", o.names()).field("description", o.description());
        json.field("value_name", o.valueName()).field("default", o.defaultValues().join(QLatin1Char(','))).endObject();
    }
    json.endArray().endObject().endLine();
    std::fwrite(out.constData(), 1, static_cast<size_t>(out.size()), stdout);
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("mqkit"));
    QApplication::setApplicationName(QStringLiteral("mqkit"));
    QApplication::setApplicationVersion(QStringLiteral(MQKIT_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(MQKIT_APP_ID));
    QApplication::setWindowIcon(applicationIcon());

    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("mqkit desktop: MQTT topic trees and Kafka topics"));
    const QCommandLineOption helpOpt = parser.addHelpOption();
    const QCommandLineOption versionOpt = parser.addVersionOption();
    const QCommandLineOption profileOpt(QStringLiteral("profile"), QStringLiteral("Open a saved profile (repeatable)"),
                                        QStringLiteral("name"));
    const QCommandLineOption mqttOpt(QStringLiteral("mqtt"), QStringLiteral("Open an MQTT broker URL"), QStringLiteral("url"));
    const QCommandLineOption topicOpt(QStringLiteral("topic"), QStringLiteral("MQTT topic filter (default #)"),
                                      QStringLiteral("filter"), QStringLiteral("#"));
    const QCommandLineOption kafkaOpt(QStringLiteral("kafka"), QStringLiteral("Open a Kafka bootstrap list"),
                                      QStringLiteral("host:port"));
    QCommandLineOption quitAfterOpt(QStringLiteral("quit-after"), QStringLiteral("Quit after this many milliseconds (smoke tests)"),
                                    QStringLiteral("ms"));
    const QCommandLineOption noRestoreOpt(QStringLiteral("no-restore"),
                                          QStringLiteral("Do not reopen the last session's connections (not reopened either when connections are given)"));
    QCommandLineOption dumpOpt(QStringLiteral("dump-cli"), QStringLiteral("Print the options as JSON (man page generator)"));
    quitAfterOpt.setFlags(QCommandLineOption::HiddenFromHelp);
    dumpOpt.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({profileOpt, mqttOpt, topicOpt, kafkaOpt, noRestoreOpt, quitAfterOpt, dumpOpt});
    parser.process(app);
    if (parser.isSet(dumpOpt)) {
        printOptionsJson(parser.applicationDescription(), {helpOpt, versionOpt, profileOpt, mqttOpt, topicOpt, kafkaOpt, noRestoreOpt});
        return 0;
    }

    MainWindow window;
    // Connections named on the command line replace the last session's.
    const bool namedConnections = parser.isSet(profileOpt) || parser.isSet(mqttOpt) || parser.isSet(kafkaOpt);
    if (!parser.isSet(noRestoreOpt) && !namedConnections)
        window.restoreSession();
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &window, [&window] { window.saveSession(); });
    try {
        for (const QString& name : parser.values(profileOpt))
            window.openProfile(name);
        DialogSecretPrompter prompter(&window);
        if (parser.isSet(mqttOpt)) {
            mqkit::MqttConnectionOverrides overrides;
            overrides.url = parser.value(mqttOpt);
            window.openMqtt(mqkit::resolveMqttConnection({}, overrides, {}, &prompter), {parser.value(topicOpt)});
        }
        if (parser.isSet(kafkaOpt)) {
            mqkit::KafkaConnectionOverrides overrides;
            overrides.bootstrap = parser.value(kafkaOpt);
            window.openKafka(mqkit::resolveKafkaConnection({}, overrides, {}, &prompter));
        }
    } catch (const mqkit::Error& e) {
        std::fprintf(stderr, "mqkit-gui: %s\n", e.what());
        return mqkit::exitCodeFor(e.kind());
    }
    window.show();
    quitOnTerminationSignals(app);
    EventLoopProbe probe;
    if (EventLoopProbe::enabledByEnvironment()) {
        probe.start();
        probe.setContext([&window] {
            if (!window.topicModel())
                return QStringLiteral("no MQTT connection");
            const mqkit::TopicTree& tree = window.topicModel()->tree();
            return QStringLiteral("topics %1, messages %2").arg(tree.topicCount()).arg(tree.messageCount());
        });
        QObject::connect(&app, &QCoreApplication::aboutToQuit, &probe,
                         [&probe] { std::fprintf(stderr, "%s\n", qPrintable(probe.report())); });
    }
    if (parser.isSet(quitAfterOpt))
        QTimer::singleShot(parser.value(quitAfterOpt).toInt(), &app, &QCoreApplication::quit);
    return QApplication::exec();
}
