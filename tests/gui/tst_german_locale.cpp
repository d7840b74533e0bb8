// mqkit-gui under LANG=de_DE.UTF-8 (set by tests/CMakeLists.txt): the translation compiled into
// the GUI is found for the system locale, and the shell's menus, a workspace's tabs and core's
// messages (mqkit::CoreTr) come out in German.

#include "MainWindow.h"
#include "TestSupport.h"
#include "Translations.h"
#include "common/Error.h"
#include "mqtt/MqttLimits.h"
#include "workspaces/MqttWorkspace.h"

#include <QLocale>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mqkit;

class TestGermanLocale : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void germanSystemLocaleLoadsTheTranslation();
    void menusAndWorkspaceTabsAreGerman();
    void coreMessagesAreGerman();

private:
    QTemporaryDir m_data;
};

void TestGermanLocale::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    qputenv("MQKIT_DATA_DIR", m_data.path().toUtf8());
}

void TestGermanLocale::germanSystemLocaleLoadsTheTranslation() {
    QCOMPARE(QLocale().language(), QLocale::German);
    QVERIFY(installTranslations(*QCoreApplication::instance()));
}

void TestGermanLocale::menusAndWorkspaceTabsAreGerman() {
    MainWindow w;
    QStringList menus;
    for (QAction* a : w.menuBar()->actions())
        menus << a->text().remove(QLatin1Char('&'));
    QVERIFY2(menus.contains("Datei") && menus.contains("Hilfe"), qPrintable(menus.join(", ")));

    MqttConnectOptions o;
    o.url = BrokerUrl::parse("mqtt://127.0.0.1:1"); // nothing needs to answer: the tabs are there at once
    w.openMqtt(o, {"#"});
    QVERIFY(w.mqttWorkspace());
    QStringList tabs;
    for (int i = 0; i < w.mqttWorkspace()->count(); ++i)
        tabs << w.mqttWorkspace()->tabText(i);
    QVERIFY2(tabs.contains("Veröffentlichen") && tabs.contains("Diagramme"), qPrintable(tabs.join(", ")));
}

void TestGermanLocale::coreMessagesAreGerman() {
    try {
        checkTopicFilter("a/#/b");
        QFAIL("a '#' that is not the last level was accepted");
    } catch (const Error& e) {
        QVERIFY2(e.message().startsWith("ungültiger Topic-Filter 'a/#/b'"), qPrintable(e.message()));
    }
}

QTEST_MAIN(TestGermanLocale)
#include "tst_german_locale.moc"
