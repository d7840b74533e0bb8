// The Kafka message browser (app/views/kafkamessages) against the real rig, driven as a user
// would: what it shows at an offset, a time or the last N records is what kcat reads there; the
// filter keeps the records that mention the text; a record from the produce dialog is read back
// by kcat; the export writes the lines `mqkit kafka consume --output json` prints.

#include "TestSupport.h"
#include "backend/KafkaConnection.h"
#include "kafka/KafkaRecordFormat.h"
#include "models/KafkaRecordsModel.h"
#include "views/kafkamessages/KafkaMessagesView.h"
#include "views/kafkamessages/KafkaProduceDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace mqkit;

namespace {
// The per-record line both sides print: offset, key, value and headers (kcat's -f syntax, which
// core's KafkaRecordFormat follows).
const QString kLineFormat = QStringLiteral("%p|%o|%k|%s|%h\\n");

QByteArray kcatRead(const QStringList& args) {
    QStringList all{QStringLiteral("-C"), QStringLiteral("-b"), rigKafkaBootstrap(), QStringLiteral("-e"),
                    QStringLiteral("-q"), QStringLiteral("-f"), kLineFormat};
    all << args;
    const ProcessResult r = runProcess(QStringLiteral("kcat"), all);
    requireSuccess(r, "kcat -C");
    return r.out;
}

// kcat -P with keys (key:value lines) and the same headers on every record.
void kcatProduceKeyed(const QString& topic, int partition, const QByteArray& lines, const QStringList& headers) {
    QStringList args{QStringLiteral("-P"), QStringLiteral("-b"), rigKafkaBootstrap(), QStringLiteral("-t"), topic,
                     QStringLiteral("-p"), QString::number(partition), QStringLiteral("-K"), QStringLiteral(":")};
    for (const QString& h : headers)
        args << QStringLiteral("-H") << h;
    requireSuccess(runProcess(QStringLiteral("kcat"), args, 30000, lines), "kcat -P");
}

QByteArray shownLines(const KafkaMessagesView& view) {
    const KafkaRecordFormat format = KafkaRecordFormat::parse(kLineFormat);
    QByteArray out;
    for (int row = 0; row < view.model()->rowCount(); ++row)
        format.append(out, *view.model()->recordAt(row));
    return out;
}
} // namespace

class TestKafkaMessagesView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void atOffsetShowsWhatKcatReads();
    void atTimeShowsWhatKcatReadsFromThatTime();
    void lastNShowsTheLastRecordsOfEachPartition();
    void filterKeepsRecordsMentioningTheText();
    void producedRecordIsReadBackByKcat();
    void exportWritesTheLinesOfConsumeJson();
    void liveTailShowsNewRecords();
    void loadMoreReadsOnAndTheWindowStaysBounded();

private:
    void browseAndWait(KafkaMessagesView& view, int partition, KafkaMessagesView::StartKind kind,
                       const QString& value = {});

    QTemporaryDir m_data;
    QString m_topic;
    KafkaConnection m_connection;
};

void TestKafkaMessagesView::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    qputenv("MQKIT_DATA_DIR", m_data.path().toUtf8());
    m_topic = uniqueName(QStringLiteral("gui-messages"));
    createKafkaTopic(m_topic, 2);
    QByteArray alpha, beta;
    for (int i = 0; i < 10; ++i) {
        alpha += "ka" + QByteArray::number(i) + ":{\"n\":" + QByteArray::number(i) + ",\"word\":\"alpha\"}\n";
        beta += "kb" + QByteArray::number(i) + ":beta value " + QByteArray::number(i) + '\n';
    }
    kcatProduceKeyed(m_topic, 0, alpha, {QStringLiteral("src=a")});
    kcatProduceKeyed(m_topic, 0, beta, {QStringLiteral("src=b"), QStringLiteral("trace=Xyz-42")});
    kcatProduceKeyed(m_topic, 1, "p1k:on partition one\np1k2:second on one\n", {});
    m_connection.open(rigKafkaPlainConfig());
}

void TestKafkaMessagesView::browseAndWait(KafkaMessagesView& view, int partition, KafkaMessagesView::StartKind kind,
                                          const QString& value) {
    view.setTopic(m_topic);
    view.setPartition(partition);
    view.setStart(kind, value);
    view.browse();
    QTRY_VERIFY_WITH_TIMEOUT(!view.isReading(), 30000);
    QVERIFY2(!view.statusText().startsWith(QStringLiteral("Problem")), qPrintable(view.statusText()));
}

void TestKafkaMessagesView::atOffsetShowsWhatKcatReads() {
    KafkaMessagesView view(&m_connection);
    browseAndWait(view, 0, KafkaMessagesView::AtOffset, QStringLiteral("7"));
    const QByteArray expected = kcatRead({QStringLiteral("-t"), m_topic, QStringLiteral("-p"), QStringLiteral("0"),
                                          QStringLiteral("-o"), QStringLiteral("7")});
    QCOMPARE(view.model()->rowCount(), 13);
    QCOMPARE(shownLines(view), expected);
    QVERIFY(expected.contains("|kb0|beta value 0|src=b,trace=Xyz-42\n"));

    view.table()->selectRow(3); // offset 10: the first "beta" record, in full below the table
    QVERIFY2(view.detailText().contains(QStringLiteral("Header trace: Xyz-42")), qPrintable(view.detailText()));
    QVERIFY(view.detailText().contains(QStringLiteral("beta value 0")));
}

void TestKafkaMessagesView::atTimeShowsWhatKcatReadsFromThatTime() {
    // The timestamp of partition 0's offset 12, as kcat reads it; the view and kcat -o s@T start there.
    const QByteArray ts = runProcess(QStringLiteral("kcat"), {QStringLiteral("-C"), QStringLiteral("-b"), rigKafkaBootstrap(),
                                                              QStringLiteral("-t"), m_topic, QStringLiteral("-p"),
                                                              QStringLiteral("0"), QStringLiteral("-o"), QStringLiteral("12"),
                                                              QStringLiteral("-c"), QStringLiteral("1"), QStringLiteral("-f"),
                                                              QStringLiteral("%T")})
                              .out.trimmed();
    QVERIFY(ts.toLongLong() > 0);
    KafkaMessagesView view(&m_connection);
    browseAndWait(view, 0, KafkaMessagesView::AtTime, QString::fromLatin1(ts));
    const QByteArray expected = kcatRead({QStringLiteral("-t"), m_topic, QStringLiteral("-p"), QStringLiteral("0"),
                                          QStringLiteral("-o"), QStringLiteral("s@") + QString::fromLatin1(ts)});
    QVERIFY(!expected.isEmpty());
    QCOMPARE(shownLines(view), expected);
}

void TestKafkaMessagesView::lastNShowsTheLastRecordsOfEachPartition() {
    KafkaMessagesView view(&m_connection);
    browseAndWait(view, 0, KafkaMessagesView::LastN, QStringLiteral("4"));
    const QByteArray expected = kcatRead({QStringLiteral("-t"), m_topic, QStringLiteral("-p"), QStringLiteral("0"),
                                          QStringLiteral("-o"), QStringLiteral("-4")});
    QCOMPARE(view.model()->rowCount(), 4);
    QCOMPARE(shownLines(view), expected);

    browseAndWait(view, -1, KafkaMessagesView::LastN, QStringLiteral("1")); // all partitions: one each
    QCOMPARE(view.model()->rowCount(), 2);
}

void TestKafkaMessagesView::filterKeepsRecordsMentioningTheText() {
    KafkaMessagesView view(&m_connection);
    browseAndWait(view, -1, KafkaMessagesView::FromBeginning);
    QCOMPARE(view.model()->rowCount(), 22);
    view.setFilterText(QStringLiteral("xYZ-42")); // a header value, any case
    QTRY_VERIFY_WITH_TIMEOUT(!view.isReading(), 10000); // the worker answered this filter
    QCOMPARE(view.model()->rowCount(), 10);
    for (int row = 0; row < 10; ++row)
        QVERIFY(view.model()->recordAt(row)->key->startsWith("kb"));
    view.setFilterText(QStringLiteral("KA7")); // a key
    QTRY_VERIFY_WITH_TIMEOUT(!view.isReading(), 10000); // the worker answered this filter
    QCOMPARE(view.model()->rowCount(), 1);
    QCOMPARE(*view.model()->recordAt(0)->key, QByteArray("ka7"));
    view.setFilterText(QStringLiteral("partition one")); // a value
    QTRY_VERIFY_WITH_TIMEOUT(!view.isReading(), 10000); // the worker answered this filter
    QCOMPARE(view.model()->rowCount(), 1);
    QCOMPARE(view.model()->recordAt(0)->partition, 1);
    view.setFilterText(QString());
    QTRY_VERIFY_WITH_TIMEOUT(!view.isReading(), 10000); // the worker answered this filter
    QCOMPARE(view.model()->rowCount(), 22);
}

void TestKafkaMessagesView::producedRecordIsReadBackByKcat() {
    const QString topic = uniqueName(QStringLiteral("gui-produce"));
    createKafkaTopic(topic, 2);
    KafkaMessagesView view(&m_connection);
    view.setTopic(topic);
    KafkaProduceDialog* dialog = view.openProduceDialog();
    dialog->setFields(topic, 1, QStringLiteral("pk"), QStringLiteral("produced from the GUI"),
                      QStringLiteral("origin=gui\nempty="));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(view.statusText().contains(QStringLiteral("Record produced")), 30000);
    const QByteArray read = kcatRead({QStringLiteral("-t"), topic});
    QCOMPARE(read, QByteArray("1|0|pk|produced from the GUI|origin=gui,empty=\n"));
}

void TestKafkaMessagesView::exportWritesTheLinesOfConsumeJson() {
    KafkaMessagesView view(&m_connection);
    browseAndWait(view, 0, KafkaMessagesView::AtOffset, QStringLiteral("5"));
    QCOMPARE(view.model()->rowCount(), 15);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shown.jsonl"));
    QVERIFY(view.exportJsonLines(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ProcessResult cli = runCli({QStringLiteral("kafka"), QStringLiteral("consume"), QStringLiteral("-b"),
                                      rigKafkaBootstrap(), m_topic, QStringLiteral("-p"), QStringLiteral("0"),
                                      QStringLiteral("-o"), QStringLiteral("5"), QStringLiteral("-e"),
                                      QStringLiteral("--output"), QStringLiteral("json")},
                                     m_data.path());
    QCOMPARE(cli.exitCode, 0);
    QCOMPARE(file.readAll(), cli.out);
}

void TestKafkaMessagesView::liveTailShowsNewRecords() {
    const QString topic = uniqueName(QStringLiteral("gui-tail"));
    createKafkaTopic(topic, 1);
    kcatProduce(topic, 0, 5);
    KafkaMessagesView view(&m_connection);
    view.setLiveTail(true);
    view.setTopic(topic);
    view.setStart(KafkaMessagesView::FromEnd);
    view.browse();
    QTRY_VERIFY_WITH_TIMEOUT(!view.isReading(), 30000);
    QCOMPARE(view.model()->rowCount(), 0);
    kcatProduce(topic, 0, 3);
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 3, 20000);
    QCOMPARE(view.model()->recordAt(0)->offset, 5);
    QCOMPARE(*view.model()->recordAt(2)->value, QByteArray("m2"));
}

// Scrolling to the bottom reads the next page; beyond the window's size the oldest records leave
// the table, and what stays is a contiguous run of offsets ending at the newest read.
void TestKafkaMessagesView::loadMoreReadsOnAndTheWindowStaysBounded() {
    const QString topic = uniqueName(QStringLiteral("gui-window"));
    createKafkaTopic(topic, 1);
    const int total = static_cast<int>(KafkaBrowseWorker::kWindowRecords) + 700;
    kcatProduce(topic, 0, total);
    KafkaMessagesView view(&m_connection);
    view.resize(900, 600);
    view.show();
    view.setTopic(topic);
    view.setStart(KafkaMessagesView::FromBeginning);
    view.browse();
    QTRY_VERIFY_WITH_TIMEOUT(!view.isReading(), 30000);
    QCOMPARE(view.model()->rowCount(), KafkaBrowseWorker::kPageRecords);
    QScrollBar* bar = view.table()->verticalScrollBar();
    bar->setValue(bar->maximum());
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 2 * KafkaBrowseWorker::kPageRecords, 20000);
    QCOMPARE(view.model()->recordAt(0)->offset, 0);
    for (int loads = 0; loads < total / KafkaBrowseWorker::kPageRecords + 2; ++loads) {
        QTRY_VERIFY_WITH_TIMEOUT(!view.isReading(), 20000);
        view.loadMore();
    }
    QTRY_VERIFY_WITH_TIMEOUT(!view.isReading(), 20000);
    const int rows = view.model()->rowCount();
    QCOMPARE(rows, static_cast<int>(KafkaBrowseWorker::kWindowRecords));
    QCOMPARE(view.model()->recordAt(rows - 1)->offset, total - 1);
    QCOMPARE(view.model()->recordAt(0)->offset, total - rows);
    QVERIFY2(view.statusText().contains(QStringLiteral("offsets %1 to %2").arg(total - rows).arg(total - 1)),
             qPrintable(view.statusText()));
}

QTEST_MAIN(TestKafkaMessagesView)
#include "tst_kafka_messages_view.moc"
