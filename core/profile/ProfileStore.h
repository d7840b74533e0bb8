#pragma once

#include "profile/Profile.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace mqkit {

class SqliteDb;

// Connection profiles in SQLite, schema versioned by PRAGMA user_version.
// Secrets are never stored here: only a SecretRef saying where the secret lives.
class ProfileStore {
public:
    // Opens (creating and migrating as needed) the database at path.
    explicit ProfileStore(const QString& path);
    ~ProfileStore();

    // $MQKIT_DATA_DIR/mqkit.db if set, else <XDG data dir>/mqkit/mqkit.db.
    static QString defaultPath();
    static int schemaVersion();

    // Throws Error(Usage) if a profile with that name exists and replace is false.
    void save(const Profile& profile, bool replace = false);
    std::optional<Profile> find(const QString& name) const;
    // Like find() but throws Error(Usage) "unknown profile 'x'" listing the known names.
    Profile get(const QString& name) const;
    std::vector<Profile> list() const;
    bool remove(const QString& name);

private:
    std::unique_ptr<SqliteDb> m_db;
};

} // namespace mqkit
