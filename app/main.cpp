#include "MainWindow.h"
#include "common/Error.h"
#include "common/Version.h"
#include "profile/ConnectionResolver.h"
#include "widgets/DialogSecretPrompter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mqkit"));
    QApplication::setApplicationVersion(QStringLiteral(MQKIT_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("mqkit"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("mqkit desktop: MQTT topic trees and Kafka topics"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOpt(QStringLiteral("profile"), QStringLiteral("Open a saved profile (repeatable)"),
                                        QStringLiteral("name"));
    const QCommandLineOption mqttOpt(QStringLiteral("mqtt"), QStringLiteral("Open an MQTT broker URL"), QStringLiteral("url"));
    const QCommandLineOption topicOpt(QStringLiteral("topic"), QStringLiteral("MQTT topic filter (default #)"),
                                      QStringLiteral("filter"), QStringLiteral("#"));
    const QCommandLineOption kafkaOpt(QStringLiteral("kafka"), QStringLiteral("Open a Kafka bootstrap list"),
                                      QStringLiteral("host:port"));
    parser.addOptions({profileOpt, mqttOpt, topicOpt, kafkaOpt});
    parser.process(app);

    MainWindow window;
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
    return QApplication::exec();
}
