#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace mqkit {

class SqliteStatement;

// RAII owner of one SQLite connection. Every failure throws mqkit::Error(Io) naming the file.
class SqliteDb {
public:
    explicit SqliteDb(const QString& path);
    ~SqliteDb();
    SqliteDb(const SqliteDb&) = delete;
    SqliteDb& operator=(const SqliteDb&) = delete;

    void exec(const char* sql);
    SqliteStatement prepare(const char* sql);

    int userVersion();
    // Runs migrations[i] for every i >= userVersion() inside one transaction each and bumps
    // PRAGMA user_version, so a database is always at a known schema.
    void migrate(const std::vector<const char*>& migrations);

    // Runs fn inside BEGIN IMMEDIATE ... COMMIT; rolls back and rethrows on exception.
    void transaction(const std::function<void()>& fn);

    int changes() const;
    QString path() const { return m_path; }
    [[noreturn]] void fail(const char* what) const;

private:
    sqlite3* m_db = nullptr;
    QString m_path;
};

class SqliteStatement {
public:
    SqliteStatement(SqliteDb& db, sqlite3_stmt* stmt) : m_db(&db), m_stmt(stmt) {}
    ~SqliteStatement();
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;
    SqliteStatement& operator=(SqliteStatement&&) = delete;

    SqliteStatement& bind(int index, const QString& value);
    SqliteStatement& bind(int index, const QByteArray& blob);
    SqliteStatement& bind(int index, std::int64_t value);
    SqliteStatement& bindNull(int index);

    // Returns true while a row is available.
    bool step();
    void reset();

    QString text(int column) const;
    QByteArray blob(int column) const;
    std::int64_t integer(int column) const;
    bool isNull(int column) const;

private:
    SqliteDb* m_db;
    sqlite3_stmt* m_stmt;
};

} // namespace mqkit
