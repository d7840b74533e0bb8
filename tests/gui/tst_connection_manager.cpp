// The connection manager against the real rig: a profile filled in field by field is saved to
// core's profile store as `mqkit profile add` would save it; Test reports success against the rig
// and the reason against a closed port; Open connects and the sidebar says so; Delete asks first.

#include "MainWindow.h"
#include "TestSupport.h"
#include "profile/ProfileStore.h"
#include "views/connections/ConnectionManagerDialog.h"
#include "widgets/ConnectionSidebar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace mqkit;

namespace {
void typeInto(QLineEdit* edit, const QString& text) {
    edit->clear();
    QTest::keyClicks(edit, text);
}

void chooseData(QComboBox* box, const QVariant& data) {
    box->setCurrentIndex(box->findData(data));
}

// Answers the next modal message box with `button` once it shows.
void answerNextMessageBox(QMessageBox::StandardButton button) {
    QTimer::singleShot(0, [button] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(button)->click();
    });
}
} // namespace

class TestConnectionManager : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void profileFilledInIsSavedToTheStore();
    void testReportsSuccessAndTheReasonOfAFailure_data();
    void testReportsSuccessAndTheReasonOfAFailure();
    void openConnectsAndTheSidebarShowsConnected();
    void deleteAsksForConfirmation();

private:
    QTemporaryDir m_data;
    QTemporaryDir m_settings;
};

void TestConnectionManager::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    qputenv("MQKIT_DATA_DIR", m_data.path().toUtf8());
    QCoreApplication::setOrganizationName(QStringLiteral("mqkit-test"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
}

void TestConnectionManager::profileFilledInIsSavedToTheStore() {
    MainWindow w;
    ConnectionManagerDialog* d = w.showConnectionManager();
    d->newProfile();
    typeInto(d->nameEdit(), "orders-cluster");
    chooseData(d->systemBox(), static_cast<int>(ProfileKind::Kafka));
    typeInto(d->addressEdit(), rigKafkaBootstrap());
    typeInto(d->userEdit(), "bob");
    chooseData(d->saslBox(), QStringLiteral("SCRAM-SHA-256"));
    chooseData(d->secretBox(), QStringLiteral("env:"));
    typeInto(d->secretDetailEdit(), "ORDERS_PASSWORD");
    d->propertiesEdit()->setPlainText("client.id=gui-test\nsocket.timeout.ms=4000");
    QTest::mouseClick(d->saveButton(), Qt::LeftButton);
    QVERIFY2(d->messageText().startsWith("Saved"), qPrintable(d->messageText()));

    const Profile p = ProfileStore(ProfileStore::defaultPath()).get("orders-cluster");
    QVERIFY(p.kind == ProfileKind::Kafka);
    QCOMPARE(p.address, rigKafkaBootstrap());
    QCOMPARE(p.username, QStringLiteral("bob"));
    QCOMPARE(p.authMechanism, QStringLiteral("SCRAM-SHA-256"));
    QCOMPARE(p.secret.toString(), QStringLiteral("env:ORDERS_PASSWORD"));
    QVERIFY(std::find(p.properties.begin(), p.properties.end(), std::make_pair(QStringLiteral("client.id"), QStringLiteral("gui-test")))
            != p.properties.end());
    QCOMPARE(d->profileList()->findItems("orders-cluster", Qt::MatchExactly).size(), 1);

    // Shown again: the secret's place, never a secret.
    d->selectProfile("orders-cluster");
    QVERIFY(d->passwordEdit()->text().isEmpty());
    QCOMPARE(d->secretDetailEdit()->text(), QStringLiteral("ORDERS_PASSWORD"));

    // Validation is core's: a malformed MQTT URL is refused with the reason, nothing saved.
    d->newProfile();
    typeInto(d->nameEdit(), "broken");
    chooseData(d->systemBox(), static_cast<int>(ProfileKind::Mqtt));
    typeInto(d->addressEdit(), "mqtt://user:secret@host:1883");
    QTest::mouseClick(d->saveButton(), Qt::LeftButton);
    QVERIFY(!d->messageText().startsWith("Saved"));
    QVERIFY(!ProfileStore(ProfileStore::defaultPath()).find("broken"));
}

void TestConnectionManager::testReportsSuccessAndTheReasonOfAFailure_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("reason");
    const QString closed = QStringLiteral("127.0.0.1:%1").arg(freeLoopbackPort());
    QTest::newRow("mqtt rig") << int(ProfileKind::Mqtt) << rigMqttPlainUrl() << true << "Connected";
    QTest::newRow("mqtt closed port") << int(ProfileKind::Mqtt) << "mqtt://" + closed << false << "cannot connect";
    QTest::newRow("kafka rig") << int(ProfileKind::Kafka) << rigKafkaBootstrap() << true << "Connected to cluster";
    QTest::newRow("kafka closed port") << int(ProfileKind::Kafka) << closed << false << closed;
}

void TestConnectionManager::testReportsSuccessAndTheReasonOfAFailure() {
    QFETCH(int, kind);
    QFETCH(QString, address);
    QFETCH(bool, ok);
    QFETCH(QString, reason);
    ConnectionManagerDialog d;
    d.show();
    d.newProfile();
    typeInto(d.nameEdit(), uniqueName("probe"));
    chooseData(d.systemBox(), kind);
    typeInto(d.addressEdit(), address);
    QSignalSpy finished(&d, &ConnectionManagerDialog::testFinished);
    QTest::mouseClick(d.testButton(), Qt::LeftButton);
    QVERIFY(!d.testButton()->isEnabled() || finished.count() == 1); // busy while it runs
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(finished.at(0).at(0).toBool(), ok);
    QVERIFY2(finished.at(0).at(1).toString().contains(reason), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY2(d.messageText().contains(reason), qPrintable(d.messageText()));
    QVERIFY(d.testButton()->isEnabled());
}

void TestConnectionManager::openConnectsAndTheSidebarShowsConnected() {
    MainWindow w;
    w.show();
    ConnectionManagerDialog* d = w.showConnectionManager();
    d->newProfile();
    typeInto(d->nameEdit(), "rig-broker");
    chooseData(d->systemBox(), static_cast<int>(ProfileKind::Mqtt));
    typeInto(d->addressEdit(), rigMqttPlainUrl());
    QTest::mouseClick(d->openButton(), Qt::LeftButton);
    QVERIFY(ProfileStore(ProfileStore::defaultPath()).find("rig-broker"));
    QVERIFY(!d->isVisible());
    QCOMPARE(w.connectionCount(), 1);
    QWidget* workspace = w.sidebar()->workspaceAt(0);
    QCOMPARE(w.sidebar()->nameOf(workspace), QStringLiteral("rig-broker"));
    QTRY_COMPARE_WITH_TIMEOUT(w.sidebar()->stateOf(workspace), QStringLiteral("connected"), 10000);
    QVERIFY2(w.statusBarText().contains("connected"), qPrintable(w.statusBarText()));
    // Opening it again selects the open one rather than opening it twice.
    QVERIFY(w.openProfile("rig-broker"));
    QCOMPARE(w.connectionCount(), 1);
}

void TestConnectionManager::deleteAsksForConfirmation() {
    MainWindow w;
    ConnectionManagerDialog* d = w.showConnectionManager();
    d->newProfile();
    typeInto(d->nameEdit(), "short-lived");
    typeInto(d->addressEdit(), rigMqttPlainUrl());
    QVERIFY(d->saveCurrent());
    d->selectProfile("short-lived");

    answerNextMessageBox(QMessageBox::No);
    QTest::mouseClick(d->deleteButton(), Qt::LeftButton);
    QVERIFY(ProfileStore(ProfileStore::defaultPath()).find("short-lived"));

    answerNextMessageBox(QMessageBox::Yes);
    QTest::mouseClick(d->deleteButton(), Qt::LeftButton);
    QVERIFY(!ProfileStore(ProfileStore::defaultPath()).find("short-lived"));
    QVERIFY(d->profileList()->findItems("short-lived", Qt::MatchExactly).isEmpty());
}

QTEST_MAIN(TestConnectionManager)
#include "tst_connection_manager.moc"
