// The shell against the real rig: several brokers and clusters open at once, each with its own
// sidebar entry and live state; closing one leaves the others; a restart with the same settings
// reopens them and the window's geometry; About names the libraries the core reports.

#include "MainWindow.h"
#include "TestSupport.h"
#include "backend/KafkaConnection.h"
#include "backend/MqttConnection.h"
#include "kafka/KafkaAdmin.h"
#include "models/TopicTreeModel.h"
#include "mqtt/MqttSession.h"
#include "views/mqtt/MqttView.h"
#include "widgets/ConnectionSidebar.h"
#include "workspaces/MqttWorkspace.h"

#include <QAction>
#include <QCoreApplication>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mqkit;

namespace {
MqttConnectOptions mqttOptions(const QString& url) {
    MqttConnectOptions o;
    o.url = BrokerUrl::parse(url);
    o.connectTimeout = std::chrono::milliseconds(3000);
    return o;
}

QString stateOfRow(const MainWindow& w, int row) {
    return w.sidebar()->stateOf(w.sidebar()->workspaceAt(row));
}
} // namespace

class TestMainWindowShell : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void twoBrokersAndAClusterEachHaveTheirOwnEntryAndState();
    void failedConnectionShowsTheReasonInTheSidebar();
    void restartRestoresOpenConnectionsAndGeometry();
    void aboutShowsTheLibraryVersionsTheCoreReports();

private:
    QTemporaryDir m_data;
    QTemporaryDir m_settings;
};

void TestMainWindowShell::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    qputenv("MQKIT_DATA_DIR", m_data.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("mqkit-test"));
    QCoreApplication::setApplicationName(QStringLiteral("mqkit-shell-test"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
}

void TestMainWindowShell::init() {
    QSettings().clear();
}

void TestMainWindowShell::twoBrokersAndAClusterEachHaveTheirOwnEntryAndState() {
    QTemporaryDir dir;
    PrivateMosquitto second(dir.path());
    QVERIFY(second.start());
    const QString base = uniqueName("gui-shell");
    MainWindow w;
    w.show();
    w.openMqtt(mqttOptions(rigMqttPlainUrl()), {base + "/#"});
    MqttWorkspace* rigWorkspace = w.mqttWorkspace();
    w.openMqtt(mqttOptions(second.url()), {base + "/#"});
    MqttWorkspace* secondWorkspace = w.mqttWorkspace();
    w.openKafka(rigKafkaPlainConfig());
    QCOMPARE(w.connectionCount(), 3);
    QCOMPARE(w.sidebar()->count(), 3);
    QVERIFY(rigWorkspace != secondWorkspace);
    QCOMPARE(w.sidebar()->nameOf(rigWorkspace), BrokerUrl::parse(rigMqttPlainUrl()).toString());
    QCOMPARE(w.sidebar()->nameOf(secondWorkspace), BrokerUrl::parse(second.url()).toString());
    QTRY_COMPARE_WITH_TIMEOUT(stateOfRow(w, 0), QStringLiteral("connected"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(stateOfRow(w, 1), QStringLiteral("connected"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(stateOfRow(w, 2), QStringLiteral("connected"), 20000);

    // Each broker's messages land in its own workspace only.
    MqttSession onSecond(mqttOptions(second.url()));
    onSecond.connect();
    onSecond.publish(base + "/second", "2", 1, false);
    TopicTreeModel* secondTree = secondWorkspace->topicsView()->topicModel();
    TopicTreeModel* rigTree = rigWorkspace->topicsView()->topicModel();
    QTRY_VERIFY_WITH_TIMEOUT(secondTree->indexForTopic(base + "/second").isValid(), 10000);
    QVERIFY(!rigTree->indexForTopic(base + "/second").isValid());
    onSecond.disconnect();

    // The second broker goes away: its entry says so, the rig's stays connected.
    second.stop();
    QTRY_VERIFY_WITH_TIMEOUT(w.sidebar()->stateOf(secondWorkspace).contains("reconnect")
                                 || w.sidebar()->stateOf(secondWorkspace).contains("lost"), 10000);
    QCOMPARE(w.sidebar()->stateOf(rigWorkspace), QStringLiteral("connected"));

    // Close it as a user would (select, Ctrl+W's action): the others keep working.
    w.sidebar()->select(secondWorkspace);
    auto* close = w.findChild<QAction*>(QStringLiteral("closeConnectionAction"));
    QVERIFY(close && close->isEnabled());
    close->trigger();
    QCOMPARE(w.connectionCount(), 2);
    QCOMPARE(w.mqttWorkspace(), rigWorkspace);
    MqttSession onRig(mqttOptions(rigMqttPlainUrl()));
    onRig.connect();
    onRig.publish(base + "/rig", "1", 1, false);
    QTRY_VERIFY_WITH_TIMEOUT(w.topicModel()->indexForTopic(base + "/rig").isValid(), 10000);
    QCOMPARE(w.sidebar()->stateOf(rigWorkspace), QStringLiteral("connected"));
}

void TestMainWindowShell::failedConnectionShowsTheReasonInTheSidebar() {
    MainWindow w;
    w.openMqtt(mqttOptions(QStringLiteral("mqtt://127.0.0.1:%1").arg(freeLoopbackPort())), {"#"});
    QTRY_VERIFY_WITH_TIMEOUT(stateOfRow(w, 0).startsWith("failed: cannot connect"), 10000);
    QVERIFY2(w.statusBarText().contains("cannot connect"), qPrintable(w.statusBarText()));
}

void TestMainWindowShell::restartRestoresOpenConnectionsAndGeometry() {
    const QString base = uniqueName("gui-restore");
    QStringList names;
    {
        MainWindow first;
        first.show();
        first.resize(1320, 830); // above every minimum the views ask for
        first.openMqtt(mqttOptions(rigMqttPlainUrl()), {base + "/#"});
        first.openKafka(rigKafkaPlainConfig());
        for (int row = 0; row < first.sidebar()->count(); ++row)
            names << first.sidebar()->nameOf(first.sidebar()->workspaceAt(row));
        first.close(); // saves the session
    }
    QVERIFY(!QSettings().value("connections/1/address").toString().isEmpty());
    MainWindow second;
    second.restoreSession();
    second.show();
    QCOMPARE(second.connectionCount(), 2);
    QStringList restored;
    for (int row = 0; row < second.sidebar()->count(); ++row)
        restored << second.sidebar()->nameOf(second.sidebar()->workspaceAt(row));
    QCOMPARE(restored, names);
    QCOMPARE(second.size(), QSize(1320, 830));
    QTRY_COMPARE_WITH_TIMEOUT(stateOfRow(second, 0), QStringLiteral("connected"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(stateOfRow(second, 1), QStringLiteral("connected"), 20000);
    // The MQTT entry subscribes to what it did before.
    MqttSession pub(mqttOptions(rigMqttPlainUrl()));
    pub.connect();
    pub.publish(base + "/again", "x", 1, false);
    QTRY_VERIFY_WITH_TIMEOUT(second.topicModel()->indexForTopic(base + "/again").isValid(), 10000);
}

void TestMainWindowShell::aboutShowsTheLibraryVersionsTheCoreReports() {
    MainWindow w;
    w.show();
    w.showAbout();
    auto* box = w.findChild<QMessageBox*>(QStringLiteral("aboutBox"));
    QVERIFY(box);
    const QString text = box->informativeText();
    QVERIFY(!KafkaAdmin::clientLibraryVersion().isEmpty());
    QVERIFY(!MqttSession::clientLibraryVersion().isEmpty());
    QVERIFY2(text.contains("librdkafka " + KafkaAdmin::clientLibraryVersion()), qPrintable(text));
    QVERIFY2(text.contains("Paho MQTT C " + MqttSession::clientLibraryVersion()), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Qt ") + qVersion()), qPrintable(text));
    QVERIFY2(text.contains(m_data.path()), qPrintable(text));
    box->close();
}

QTEST_MAIN(TestMainWindowShell)
#include "tst_main_window_shell.moc"
