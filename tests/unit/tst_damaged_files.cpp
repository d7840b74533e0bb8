// Damaged SQLite files found by the fuzzers (tests/fuzz) are refused with mqkit::Error, never
// read out of bounds: recordings (fuzz_recording), and through the same SqliteDb::migrate, the
// profile database and the lag history.

#include "common/Error.h"
#include "profile/ProfileStore.h"
#include "store/RecordingReader.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestDamagedFiles : public QObject {
    Q_OBJECT
private slots:
    void negativeSchemaVersionIsRefused_data();
    void negativeSchemaVersionIsRefused();
    void fuzzerFindingsAreRefusedOrRead();
};

namespace {

// An SQLite file whose header says user_version = -16777216 (0xff000000), as the fuzzer made it.
QString fileWithNegativeVersion(const QTemporaryDir& dir, const QString& name, const QString& schema) {
    const QString path = dir.filePath(name);
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {path, schema + QStringLiteral("; PRAGMA user_version = -16777216;")});
    if (!sqlite.waitForFinished(10000) || sqlite.exitCode() != 0)
        qFatal("sqlite3 failed: %s", sqlite.readAllStandardError().constData());
    return path;
}

} // namespace

void TestDamagedFiles::negativeSchemaVersionIsRefused_data() {
    QTest::addColumn<QString>("kind");
    QTest::newRow("recording") << "recording";
    QTest::newRow("profile database") << "profiles";
}

void TestDamagedFiles::negativeSchemaVersionIsRefused() {
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (kind == QLatin1String("recording")) {
        const QString path = fileWithNegativeVersion(
            dir, "r.db", "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); "
                         "INSERT INTO meta VALUES ('format', 'mqkit-recording')");
        QVERIFY_THROWS_EXCEPTION(mqkit::Error, mqkit::RecordingReader reader(path));
    } else {
        const QString path = fileWithNegativeVersion(dir, "p.db", "CREATE TABLE t (x)");
        QVERIFY_THROWS_EXCEPTION(mqkit::Error, mqkit::ProfileStore store(path));
    }
}

// Every crash input the fuzzer found and that is kept in its corpus: an Error or a clean read.
void TestDamagedFiles::fuzzerFindingsAreRefusedOrRead() {
    const QDir corpus(QStringLiteral(MQKIT_FUZZ_CORPUS "/fuzz_recording"));
    const QStringList findings = corpus.entryList({QStringLiteral("crash-*")}, QDir::Files);
    QVERIFY(!findings.isEmpty());
    for (const QString& name : findings) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("finding.db"));
        QVERIFY(QFile::copy(corpus.filePath(name), path));
        try {
            mqkit::RecordingReader reader(path);
            (void)reader.info();
            reader.forEach({}, [](const mqkit::MqttMessage&) { return true; });
        } catch (const mqkit::Error&) {
        }
    }
}

QTEST_GUILESS_MAIN(TestDamagedFiles)
#include "tst_damaged_files.moc"
