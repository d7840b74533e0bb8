// The provisioning view (app/views/provision) driven as a user would, against the rig's Kafka and
// its dynsec listener: its plan is `mqkit provision plan -o json`'s for the same spec and systems;
// a declined confirmation changes nothing; Apply creates the topics (kafka-topics --describe) and
// the dynsec role and client (mosquitto_ctrl); planning again shows no changes.

#include "TestSupport.h"
#include "backend/KafkaConnection.h"
#include "views/provision/ProvisionView.h"
#include "widgets/PlanTable.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mqkit;

namespace {

QString authUrl() {
    return QStringLiteral("mqtt://127.0.0.1:%1").arg(RigEnv::get().port("MQKIT_RIG_MQTT_AUTH_PORT"));
}

QByteArray specFor(const QString& p) {
    return QStringLiteral("managed: {topics: [\"%1\"], clients: [\"%1-\"], roles: [\"%1-\"], groups: [\"%1-\"]}\n"
                          "kafka:\n  topics:\n"
                          "    - {name: \"%1.telemetry\", partitions: 3, replication_factor: 1, configs: {retention.ms: \"3600000\"}}\n"
                          "    - {name: \"%1.dlq\", partitions: 1, replication_factor: 1}\n"
                          "mqtt:\n  dynsec:\n"
                          "    roles:\n"
                          "      - name: \"%1-device\"\n"
                          "        acls:\n"
                          "          - {type: publishClientSend, topic: \"%1/t/+/telemetry\", allow: true}\n"
                          "    clients:\n"
                          "      - {username: \"%1-dev1\", password: \"env:GPV_DEVICE_PASSWORD\", roles: [\"%1-device\"]}\n")
        .arg(p)
        .toUtf8();
}

QString ctrl(const QStringList& args) {
    const RigEnv& rig = RigEnv::get();
    const ProcessResult r = runProcess("mosquitto_ctrl", QStringList{"-h", "127.0.0.1", "-p", rig.value("MQKIT_RIG_MQTT_AUTH_PORT"), "-u",
                                                                     rig.value("MQKIT_RIG_MQTT_ADMIN_USER"), "-P",
                                                                     rig.value("MQKIT_RIG_MQTT_ADMIN_PASSWORD"), "dynsec"} +
                                                             args);
    return QString::fromUtf8(r.out + r.err);
}

// "create P.telemetry", ... of `mqkit provision plan -o json`, Kafka items then MQTT items.
QStringList cliPlan(const QString& spec) {
    const RigEnv& rig = RigEnv::get();
    const ProcessResult r = runCli({"provision", "plan", "-f", spec, "-o", "json", "-b", rigKafkaBootstrap(), "-L", authUrl(), "-u",
                                    rig.value("MQKIT_RIG_MQTT_ADMIN_USER")},
                                   {}, 60000, {}, {{"MQKIT_PASSWORD", rig.value("MQKIT_RIG_MQTT_ADMIN_PASSWORD")}});
    if (r.exitCode != 0)
        qFatal("provision plan failed: %s", r.err.constData());
    QStringList out;
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    for (const char* system : {"kafka", "mqtt"})
        for (const auto& i : doc.value(QLatin1String(system)).toObject().value("items").toArray())
            out << i.toObject().value("action").toString() + QLatin1Char(' ') + i.toObject().value("target").toString();
    return out;
}

QStringList viewPlan(const provision::ProvisionPlan& plan) {
    QStringList out;
    for (const Plan* p : {&plan.kafka.plan, &plan.mqtt})
        for (const PlanItem& i : p->items())
            out << planActionName(i.action) + QLatin1Char(' ') + i.target;
    return out;
}

} // namespace

class TestProvisionView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void planEqualsTheCliApplyCreatesAndSecondPlanIsEmpty();

private:
    bool planThroughView(ProvisionView& view);

    QTemporaryDir m_dir;
    QStringList m_prefixes;
};

void TestProvisionView::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    qputenv("MQKIT_DATA_DIR", m_dir.filePath("data").toUtf8());
    qputenv("MQKIT_PASSWORD", RigEnv::get().value("MQKIT_RIG_MQTT_ADMIN_PASSWORD").toUtf8()); // the dynsec admin's
    qputenv("GPV_DEVICE_PASSWORD", "gui-device-secret");
}

void TestProvisionView::cleanupTestCase() {
    for (const auto& p : m_prefixes) {
        ctrl({"deleteClient", p + "-dev1"});
        ctrl({"deleteRole", p + "-device"});
    }
}

bool TestProvisionView::planThroughView(ProvisionView& view) {
    QTest::mouseClick(view.planButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return !view.isBusy(); }, 60000))
        return false;
    return view.plan().has_value();
}

void TestProvisionView::planEqualsTheCliApplyCreatesAndSecondPlanIsEmpty() {
    const QString p = uniqueName("gpv");
    m_prefixes << p;
    const QString spec = m_dir.filePath(p + ".yaml");
    QFile f(spec);
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(specFor(p)) > 0);
    f.close();

    KafkaConnection connection;
    connection.open(rigKafkaPlainConfig());
    ProvisionView view(&connection);
    view.show();
    view.specFileEdit()->setText(spec);
    view.mqttTargetBox()->setCurrentText(authUrl());
    view.mqttUserEdit()->setText(RigEnv::get().value("MQKIT_RIG_MQTT_ADMIN_USER"));

    QVERIFY2(planThroughView(view), qPrintable(view.statusLabel()->text()));
    const QStringList planned = viewPlan(*view.plan());
    QCOMPARE(planned, cliPlan(spec));
    QVERIFY2(planned.contains("create topic " + p + ".telemetry") && planned.contains("create topic " + p + ".dlq"), qPrintable(planned.join(", ")));
    QVERIFY2(planned.filter(p + "-device").size() == 1 && planned.filter(p + "-dev1").size() == 1, qPrintable(planned.join(", ")));
    QCOMPARE(view.planTable()->rowCount(), planned.size());
    QCOMPARE(view.planTable()->item(0, view.planTable()->columnOf("ACTION"))->text(), QStringLiteral("+"));
    QVERIFY(view.applyButton()->isEnabled());

    // Declined: nothing changes.
    QString asked;
    view.setConfirmation([&](const QString& question) {
        asked = question;
        return false;
    });
    QTest::mouseClick(view.applyButton(), Qt::LeftButton);
    QVERIFY2(asked.contains(QStringLiteral("%1 to create").arg(planned.size())), qPrintable(asked));
    QCOMPARE(cliPlan(spec), planned);

    view.setConfirmation([](const QString&) { return true; });
    QTest::mouseClick(view.applyButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 60000);
    QVERIFY2(view.statusLabel()->text().startsWith(QStringLiteral("Applied %1 of %1 change(s); 0 failed").arg(planned.size())),
             qPrintable(view.statusLabel()->text()));
    QCOMPARE(view.planTable()->item(0, view.planTable()->columnOf("RESULT"))->text(), QStringLiteral("applied"));

    const ProcessResult described = runKafkaTool({"topics", "--bootstrap-server", rigKafkaBootstrap(), "--describe", "--topic", p + ".telemetry"});
    QVERIFY2(described.out.contains("PartitionCount: 3"), described.out.constData());
    const QString role = ctrl({"getRole", p + "-device"});
    QVERIFY2(role.contains("publishClientSend") && role.contains(p + "/t/+/telemetry"), qPrintable(role));
    QVERIFY2(ctrl({"getClient", p + "-dev1"}).contains(p + "-device"), "the client was not created with its role");

    QVERIFY2(planThroughView(view), qPrintable(view.statusLabel()->text()));
    QVERIFY(!view.plan()->hasChanges());
    QCOMPARE(view.statusLabel()->text(), QStringLiteral("No changes: the live state matches the spec."));
    QVERIFY(!view.applyButton()->isEnabled());
    QCOMPARE(cliPlan(spec), viewPlan(*view.plan()));
}

QTEST_MAIN(TestProvisionView)
#include "tst_provision_view.moc"
