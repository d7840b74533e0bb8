// The bridge's spool on a real SQLite file: append order, deletion on delivery, null vs empty,
// headers, bounds by size and age, reopening, refusing other files, and surviving kill -9.

#include "TestSupport.h"
#include "bridge/BridgeSpool.h"
#include "common/Error.h"
#include "store/SqliteDb.h"

#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace mqkit;

namespace {

KafkaRecord record(const QByteArray& key, const QByteArray& value) {
    KafkaRecord r;
    r.topic = QStringLiteral("telemetry");
    r.key = key;
    r.value = value;
    r.timestamp = 1700000000000;
    r.headers = {{QStringLiteral("mqtt.topic"), QByteArray("t/a")}, {QStringLiteral("nothing"), std::nullopt}};
    return r;
}

std::vector<std::int64_t> idsOf(const std::vector<SpooledRecord>& rows) {
    std::vector<std::int64_t> ids;
    for (const auto& r : rows)
        ids.push_back(r.id);
    return ids;
}

} // namespace

class TestBridgeSpool : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString file(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void recordsComeBackInAppendOrderExactly() {
        BridgeSpool spool(file("order.db"), {});
        KafkaRecord noKey = record("", "v3");
        noKey.key = std::nullopt;
        KafkaRecord emptyValue = record("k", "");
        const auto ids = spool.append({record("a", "v1"), record("b", "v2"), noKey, emptyValue}, 1000);
        QCOMPARE(ids.size(), std::size_t(4));
        QVERIFY(std::is_sorted(ids.begin(), ids.end()));
        const auto rows = spool.after(0, 100);
        QCOMPARE(idsOf(rows), ids);
        QCOMPARE(rows[0].record, record("a", "v1"));
        QCOMPARE(rows[2].record.key, std::optional<QByteArray>());               // null stays null
        QCOMPARE(rows[3].record.value, std::optional<QByteArray>(QByteArray())); // empty stays empty
        QCOMPARE(rows[0].spooledAtMs, std::int64_t(1000));
        QCOMPARE(idsOf(spool.after(ids[1], 1)), std::vector<std::int64_t>{ids[2]});
    }

    void deliveredRecordsAreRemovedAndTotalsFollow() {
        BridgeSpool spool(file("remove.db"), {});
        const auto ids = spool.append({record("a", "1111"), record("b", "2222"), record("c", "3333")}, 1000);
        const std::int64_t one = BridgeSpool::sizeOf(record("a", "1111"));
        QCOMPARE(spool.stats().records, std::int64_t(3));
        QCOMPARE(spool.stats().bytes, 3 * one);
        spool.remove({ids[0], ids[2], 999999});
        QCOMPARE(idsOf(spool.after(0, 10)), std::vector<std::int64_t>{ids[1]});
        QCOMPARE(spool.stats().records, std::int64_t(1));
        QCOMPARE(spool.stats().bytes, one);
    }

    void replaceMovesARecordToTheEndAsItsDeadLetter() {
        BridgeSpool spool(file("replace.db"), {});
        const auto ids = spool.append({record("a", "1"), record("b", "2")}, 1000);
        KafkaRecord dead = record("a", "1");
        dead.topic = QStringLiteral("telemetry.dlq");
        const std::int64_t newId = spool.replace(ids[0], dead, 2000);
        const auto rows = spool.after(0, 10);
        QCOMPARE(idsOf(rows), (std::vector<std::int64_t>{ids[1], newId}));
        QCOMPARE(rows[1].record.topic, QStringLiteral("telemetry.dlq"));
        QCOMPARE(spool.stats().records, std::int64_t(2));
    }

    void idsKeepAscendingAcrossReopenEvenWhenEmptied() {
        std::int64_t last = 0;
        {
            BridgeSpool spool(file("reopen.db"), {});
            const auto ids = spool.append({record("a", "1"), record("b", "2")}, 1000);
            spool.remove({ids[1]});
            last = ids[1];
        }
        BridgeSpool spool(file("reopen.db"), {});
        QCOMPARE(spool.stats().records, std::int64_t(1)); // totals are read back
        QCOMPARE(spool.stats().oldestSpooledAtMs, std::optional<std::int64_t>(1000));
        spool.remove(idsOf(spool.after(0, 10)));
        const auto ids = spool.append({record("c", "3")}, 2000);
        QVERIFY(ids[0] > last);
    }

    void boundsBySizeAndAgeWithAResumeMark() {
        SpoolOptions options;
        const std::int64_t one = BridgeSpool::sizeOf(record("k", "0123456789"));
        options.maxBytes = 10 * one;
        options.maxAge = std::chrono::seconds(60);
        BridgeSpool spool(file("bounds.db"), options);
        std::vector<KafkaRecord> nine(9, record("k", "0123456789"));
        const auto ids = spool.append(nine, 0);
        QVERIFY(!spool.overBound(1000));
        QVERIFY(!spool.belowResumeMark(1000)); // 90 %: not yet below
        spool.append({record("k", "0123456789")}, 0);
        const auto full = spool.overBound(1000);
        QVERIFY(full && full->contains(QStringLiteral("bytes")));
        spool.remove({ids[0], ids[1], ids[2]});
        QVERIFY(!spool.overBound(1000));
        QVERIFY(spool.belowResumeMark(1000));
        const auto old = spool.overBound(61000);
        QVERIFY(old && old->contains(QStringLiteral("waited")));
        QVERIFY(!spool.belowResumeMark(55000)); // 55 s of 60: above 90 %
    }

    void anotherSqliteFileIsRefused() {
        {
            SqliteDb other(file("other.db"));
            other.exec("CREATE TABLE messages (x)");
        }
        try {
            BridgeSpool spool(file("other.db"), {});
            QFAIL("a non-spool file was accepted");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), ErrorKind::Usage);
            QVERIFY(e.message().contains(QStringLiteral("not a bridge spool")));
        }
    }

    // A child appends in batches and reports each committed id; it is killed with SIGKILL mid-run.
    // Every id it reported is in the reopened spool, and SQLite finds the file intact.
    void everyCommittedRecordSurvivesKill9() {
        const QString path = file("kill.db");
        int fds[2];
        QVERIFY(pipe(fds) == 0);
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            ::close(fds[0]);
            BridgeSpool spool(path, {});
            for (std::int64_t i = 0;; ++i) {
                const auto ids = spool.append(std::vector<KafkaRecord>(10, record("k", QByteArray(200, 'x'))), i);
                const std::int64_t last = ids.back();
                if (::write(fds[1], &last, sizeof last) != sizeof last)
                    _exit(1);
            }
        }
        ::close(fds[1]);
        std::int64_t reported = 0;
        int reads = 0;
        while (reads < 300 && ::read(fds[0], &reported, sizeof reported) == sizeof reported)
            ++reads;
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        std::int64_t id = 0;
        while (::read(fds[0], &id, sizeof id) == sizeof id)
            reported = id;
        ::close(fds[0]);
        QVERIFY(WIFSIGNALED(status));
        QVERIFY(reads == 300);

        BridgeSpool spool(path, {});
        QCOMPARE(spool.integrityCheck(), QStringLiteral("ok"));
        const auto rows = spool.after(0, 1000000);
        QVERIFY(!rows.empty());
        QVERIFY2(rows.back().id >= reported, qPrintable(QStringLiteral("last row %1, reported %2").arg(rows.back().id).arg(reported)));
        QCOMPARE(rows.front().id, std::int64_t(1));
        QCOMPARE(static_cast<std::int64_t>(rows.size()), rows.back().id); // no hole before the last commit
    }
};

QTEST_GUILESS_MAIN(TestBridgeSpool)
#include "tst_bridge_spool.moc"
