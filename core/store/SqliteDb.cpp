#include "store/SqliteDb.h"

#include "common/Error.h"

#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

namespace mqkit {

SqliteDb::SqliteDb(const QString& path) : m_path(path) {
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        throw Error(ErrorKind::Io, QStringLiteral("cannot create directory %1").arg(info.absolutePath()));
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString msg = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
        sqlite3_close(m_db);
        m_db = nullptr;
        throw Error(ErrorKind::Io, QStringLiteral("cannot open database %1: %2").arg(path, msg));
    }
    sqlite3_busy_timeout(m_db, 5000);
    exec("PRAGMA foreign_keys = ON");
}

SqliteDb::~SqliteDb() {
    sqlite3_close_v2(m_db);
}

void SqliteDb::fail(const char* what) const {
    throw Error(ErrorKind::Io,
                QStringLiteral("database %1: %2: %3").arg(m_path, QString::fromUtf8(what),
                                                           QString::fromUtf8(sqlite3_errmsg(m_db))));
}

void SqliteDb::exec(const char* sql) {
    char* err = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        const QString msg = QString::fromUtf8(err ? err : "unknown error");
        sqlite3_free(err);
        throw Error(ErrorKind::Io, QStringLiteral("database %1: %2").arg(m_path, msg));
    }
}

SqliteStatement SqliteDb::prepare(const char* sql) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        fail("prepare");
    return SqliteStatement(*this, stmt);
}

int SqliteDb::userVersion() {
    auto stmt = prepare("PRAGMA user_version");
    stmt.step();
    return static_cast<int>(stmt.integer(0));
}

void SqliteDb::migrate(const std::vector<const char*>& migrations) {
    const int current = userVersion();
    // The version is 4 bytes of the file's header: a damaged file may hold anything there, and a
    // negative one would index before the first migration.
    if (current < 0)
        throw Error(ErrorKind::Io, QStringLiteral("database %1 is damaged: its schema version is %2")
                                       .arg(m_path, QString::number(current)));
    if (current > static_cast<int>(migrations.size()))
        throw Error(ErrorKind::Io, QStringLiteral("database %1 has schema version %2, newer than this mqkit "
                                                  "understands (%3); upgrade mqkit")
                                       .arg(m_path)
                                       .arg(current)
                                       .arg(migrations.size()));
    for (int v = current; v < static_cast<int>(migrations.size()); ++v) {
        transaction([&] {
            exec(migrations[static_cast<size_t>(v)]);
            exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1).toUtf8().constData());
        });
    }
}

void SqliteDb::transaction(const std::function<void()>& fn) {
    exec("BEGIN IMMEDIATE");
    try {
        fn();
    } catch (...) {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
    exec("COMMIT");
}

int SqliteDb::changes() const {
    return sqlite3_changes(m_db);
}

SqliteStatement::~SqliteStatement() {
    sqlite3_finalize(m_stmt);
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept : m_db(other.m_db), m_stmt(other.m_stmt) {
    other.m_stmt = nullptr;
}

SqliteStatement& SqliteStatement::bind(int index, const QString& value) {
    const QByteArray utf8 = value.toUtf8();
    if (sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT) !=
        SQLITE_OK)
        m_db->fail("bind");
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, const QByteArray& blob) {
    if (sqlite3_bind_blob(m_stmt, index, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT) !=
        SQLITE_OK)
        m_db->fail("bind");
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, std::int64_t value) {
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        m_db->fail("bind");
    return *this;
}

SqliteStatement& SqliteStatement::bindNull(int index) {
    if (sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
        m_db->fail("bind");
    return *this;
}

bool SqliteStatement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_db->fail("step");
}

void SqliteStatement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString SqliteStatement::text(int column) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArray SqliteStatement::blob(int column) const {
    const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

std::int64_t SqliteStatement::integer(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

bool SqliteStatement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace mqkit
