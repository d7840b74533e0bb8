// MqttSessionStore (Paho's client persistence in an SQLite table) on a real file: put of several
// parts, get, keys, remove, clear, contains, one key set per client id, survives reopening, lives
// beside the bridge's spool in one file, and a torn write (the WAL cut inside its last frame, as
// a power loss leaves it) costs at most that write: every earlier value comes back whole.

#include "TestSupport.h"
#include "bridge/BridgeSpool.h"
#include "mqtt/MqttSessionStore.h"
#include "store/SqliteDb.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mqkit;

namespace {

void put(MqttSessionStore& store, const QString& key, const QByteArray& value) {
    store.put(key, {QByteArrayView(value)});
}

QByteArray value(int i) {
    return QByteArray::number(i).repeated(50);
}

} // namespace

class TestMqttSessionStore : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString file(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void partsAreStoredConcatenatedAndReadBack() {
        MqttSessionStore store(file("parts.db"), MqttSessionStore::Sync::Normal);
        store.open(QStringLiteral("bridge-1"));
        const QByteArray header("\x34\x0b", 2);
        const QByteArray body("\x00\x03t/a\x00\x07payload", 14);
        store.put(QStringLiteral("r-7"), {QByteArrayView(header), QByteArrayView(body)});
        QCOMPARE(store.get(QStringLiteral("r-7")), std::optional<QByteArray>(header + body));
        QCOMPARE(store.get(QStringLiteral("r-8")), std::optional<QByteArray>());
        put(store, QStringLiteral("r-7"), "again"); // replaces
        QCOMPARE(store.get(QStringLiteral("r-7")), std::optional<QByteArray>("again"));
        put(store, QStringLiteral("s-3"), "");
        QCOMPARE(store.get(QStringLiteral("s-3")), std::optional<QByteArray>(QByteArray()));
        QCOMPARE(store.inboundWrites(), std::int64_t(2));
    }

    void keysRemoveClearAndContainsSeeOneClientOnly() {
        MqttSessionStore store(file("keys.db"), MqttSessionStore::Sync::Normal);
        store.open(QStringLiteral("other"));
        put(store, QStringLiteral("r-1"), "theirs");
        store.open(QStringLiteral("mine"));
        put(store, QStringLiteral("r-1"), "a");
        put(store, QStringLiteral("r-2"), "b");
        put(store, QStringLiteral("s-9"), "c");
        QCOMPARE(store.keys(), (QStringList{QStringLiteral("r-1"), QStringLiteral("r-2"), QStringLiteral("s-9")}));
        QVERIFY(store.containsKey(QStringLiteral("r-2")));
        store.remove(QStringLiteral("r-2"));
        store.remove(QStringLiteral("r-404")); // unknown: nothing
        QVERIFY(!store.containsKey(QStringLiteral("r-2")));
        QCOMPARE(store.heldInbound(QStringLiteral("mine")), 1);
        store.clear();
        QVERIFY(store.keys().isEmpty());
        QCOMPARE(store.heldInbound(QStringLiteral("other")), 1); // another client's state is left alone
        store.open(QStringLiteral("other"));
        QCOMPARE(store.get(QStringLiteral("r-1")), std::optional<QByteArray>("theirs"));
    }

    void survivesReopeningAndCountsWhatItRestores() {
        const QString path = file("reopen.db");
        {
            MqttSessionStore store(path, MqttSessionStore::Sync::Full);
            store.open(QStringLiteral("bridge"));
            for (int i = 1; i <= 3; ++i)
                put(store, QStringLiteral("r-%1").arg(i), value(i));
            put(store, QStringLiteral("r5-4"), value(4));
            put(store, QStringLiteral("q-1"), "queued");
        }
        MqttSessionStore store(path, MqttSessionStore::Sync::Normal);
        QCOMPARE(store.heldInbound(QStringLiteral("bridge")), 4);
        store.open(QStringLiteral("bridge"));
        QCOMPARE(store.restoredAtOpen(), std::int64_t(4));
        QCOMPARE(store.keys().size(), 5);
        QCOMPARE(store.get(QStringLiteral("r-2")), std::optional<QByteArray>(value(2)));
    }

    // One file for the spool and the session state, in either order of opening.
    void sharesTheSpoolFile() {
        const QString path = file("spool.db");
        {
            BridgeSpool spool(path, {});
            MqttSessionStore store(path, MqttSessionStore::Sync::Normal);
            store.open(QStringLiteral("b"));
            put(store, QStringLiteral("r-1"), "x");
            KafkaRecord r;
            r.topic = QStringLiteral("t");
            r.value = QByteArray("v");
            spool.append({r}, 1);
        }
        BridgeSpool spool(path, {}); // still a spool
        QCOMPARE(spool.stats().records, std::int64_t(1));
        QCOMPARE(spool.integrityCheck(), QStringLiteral("ok"));
        MqttSessionStore store(path, MqttSessionStore::Sync::Normal);
        QCOMPARE(store.heldInbound(QStringLiteral("b")), 1);
    }

    // The store is copied (file and WAL) while open, as a crash leaves it; the copy's WAL is cut in
    // the middle of its last frame. SQLite drops that frame (its checksum fails) and nothing else:
    // the file is intact and every other value comes back whole.
    void aTornWriteCostsAtMostThatWrite() {
        const QString path = file("torn.db");
        const QString copy = file("torn-copy.db");
        constexpr int kCount = 200;
        MqttSessionStore store(path, MqttSessionStore::Sync::Normal);
        store.open(QStringLiteral("b"));
        for (int i = 1; i <= kCount; ++i)
            put(store, QStringLiteral("r-%1").arg(i), value(i));
        QVERIFY(QFile::copy(path, copy));
        QVERIFY(QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
        QFile wal(copy + QStringLiteral("-wal"));
        QVERIFY(wal.size() > 8192);
        QVERIFY(wal.resize(wal.size() - 1000)); // a page is 4096 bytes: inside the last frame

        MqttSessionStore torn(copy, MqttSessionStore::Sync::Normal);
        torn.open(QStringLiteral("b"));
        const QStringList keys = torn.keys();
        QCOMPARE(keys.size(), kCount - 1); // the torn write is gone, whole
        QVERIFY(!torn.containsKey(QStringLiteral("r-%1").arg(kCount)));
        for (int i = 1; i < kCount; ++i)
            QCOMPARE(torn.get(QStringLiteral("r-%1").arg(i)), std::optional<QByteArray>(value(i)));
        SqliteDb db(copy);
        auto check = db.prepare("PRAGMA integrity_check");
        QVERIFY(check.step());
        QCOMPARE(check.text(0), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestMqttSessionStore)
#include "tst_mqtt_session_store.moc"
