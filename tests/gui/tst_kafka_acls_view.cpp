// The Kafka ACLs view (app/views/kafkaacls) driven as a user would, against the rig's Kafka with
// its StandardAuthorizer; kafka-acls is the referee.

#include "TestSupport.h"
#include "backend/KafkaConnection.h"
#include "views/kafkaacls/KafkaAclsView.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace mqkit;

namespace {

// kafka-acls --list for one topic: the lines naming `principal`.
QStringList kafkaAclsOf(const QString& topic, const QString& principal) {
    const auto r = runKafkaTool({"acls", "--bootstrap-server", rigKafkaBootstrap(), "--list", "--topic", topic});
    requireSuccess(r, "kafka-acls --list");
    QStringList lines;
    for (const QString& line : QString::fromUtf8(r.out).split('\n'))
        if (line.contains("principal=" + principal + ","))
            lines << line.trimmed();
    return lines;
}

} // namespace

class TestKafkaAclsView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void producerShortcutCreatesTheAclsKafkaAclsLists();
    void filterShowsOnlyMatchingAcls();
    void deleteShowsExactlyTheSelectionAndRemovesItAfterConfirmation();

private:
    void refreshAndWait();

    KafkaConnection m_connection;
    std::unique_ptr<KafkaAclsView> m_view;
    const QString m_topic = uniqueName("gui-acl");
    const QString m_principal = "User:" + uniqueName("gui-producer");
};

void TestKafkaAclsView::initTestCase() {
    m_view = std::make_unique<KafkaAclsView>(&m_connection);
    m_view->resize(1200, 700);
    m_view->show();
    QSignalSpy shown(m_view.get(), &KafkaAclsView::aclsShown);
    m_connection.open(rigKafkaPlainConfig());
    QVERIFY(shown.wait(30000));
}

void TestKafkaAclsView::refreshAndWait() {
    QSignalSpy shown(m_view.get(), &KafkaAclsView::aclsShown);
    QTest::keyClick(m_view->principalFilter(), Qt::Key_Return);
    QVERIFY(shown.wait(30000));
}

void TestKafkaAclsView::producerShortcutCreatesTheAclsKafkaAclsLists() {
    QTest::mouseClick(m_view->createButton(), Qt::LeftButton);
    CreateAclDialog* dialog = m_view->createDialog();
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(!dialog->createButton()->isEnabled());
    QTest::keyClicks(dialog->principalEdit(), m_principal);
    dialog->grantBox()->setCurrentIndex(CreateAclDialog::ProducerGrant);
    QTest::keyClicks(dialog->resourceNameEdit(), m_topic);
    // The preview lists exactly what Create sends: the producer set of kafka-acls --producer.
    QCOMPARE(dialog->previewList()->count(), 3);
    QVERIFY(dialog->createButton()->isEnabled());
    QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->messageLabel()->text().contains("Created 3 ACL(s)"), 30000);
    QCOMPARE(m_view->messageLabel()->styleSheet(), QString());

    QStringList theirs = kafkaAclsOf(m_topic, m_principal);
    QCOMPARE(theirs.size(), 3);
    for (const char* op : {"WRITE", "DESCRIBE", "CREATE"})
        QVERIFY2(theirs.join('\n').contains(QStringLiteral("host=*, operation=%1, permissionType=ALLOW").arg(QLatin1String(op))),
                 qPrintable(theirs.join('\n')));
}

void TestKafkaAclsView::filterShowsOnlyMatchingAcls() {
    m_view->principalFilter()->setText(m_principal);
    refreshAndWait();
    QCOMPARE(m_view->table()->rowCount(), 3);
    for (int r = 0; r < 3; ++r) {
        QCOMPARE(m_view->table()->item(r, KafkaAclsView::PrincipalColumn)->text(), m_principal);
        QCOMPARE(m_view->table()->item(r, KafkaAclsView::ResourceNameColumn)->text(), m_topic);
    }
    QSignalSpy shown(m_view.get(), &KafkaAclsView::aclsShown);
    m_view->operationFilter()->setCurrentText("Write");
    QVERIFY(shown.wait(30000));
    QCOMPARE(m_view->table()->rowCount(), 1);
    QCOMPARE(m_view->table()->item(0, KafkaAclsView::OperationColumn)->text(), QStringLiteral("Write"));

    m_view->operationFilter()->setCurrentIndex(0);
    QVERIFY(shown.wait(30000));
    m_view->resourceNameFilter()->setText(m_topic + "-other");
    refreshAndWait();
    QCOMPARE(m_view->table()->rowCount(), 0);

    // A principal not of the form Type:name: one line, in red.
    m_view->resourceNameFilter()->clear();
    m_view->principalFilter()->setText("alice");
    QTest::keyClick(m_view->principalFilter(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->messageLabel()->styleSheet().isEmpty(), 30000);
    QVERIFY(!m_view->messageLabel()->text().contains('\n'));
}

void TestKafkaAclsView::deleteShowsExactlyTheSelectionAndRemovesItAfterConfirmation() {
    m_view->principalFilter()->setText(m_principal);
    refreshAndWait();
    QCOMPARE(m_view->table()->rowCount(), 3);
    QVERIFY(!m_view->deleteButton()->isEnabled());
    m_view->table()->selectAll();
    QVERIFY(m_view->deleteButton()->isEnabled());

    // Cancel deletes nothing.
    QTest::mouseClick(m_view->deleteButton(), Qt::LeftButton);
    DeleteAclsDialog* dialog = m_view->deleteDialog();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->list()->count(), 3);
    for (int i = 0; i < 3; ++i)
        QVERIFY2(dialog->list()->item(i)->text().contains(m_principal), qPrintable(dialog->list()->item(i)->text()));
    dialog->reject();
    QCOMPARE(kafkaAclsOf(m_topic, m_principal).size(), 3);

    QTest::mouseClick(m_view->deleteButton(), Qt::LeftButton);
    dialog = m_view->deleteDialog();
    QVERIFY(dialog && dialog->isVisible());
    QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->messageLabel()->text().contains("Deleted 3 ACL(s)"), 30000);
    QCOMPARE(kafkaAclsOf(m_topic, m_principal), QStringList());
    QTRY_COMPARE_WITH_TIMEOUT(m_view->table()->rowCount(), 0, 30000);
}

QTEST_MAIN(TestKafkaAclsView)
#include "tst_kafka_acls_view.moc"
