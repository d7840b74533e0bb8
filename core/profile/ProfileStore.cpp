#include "profile/ProfileStore.h"

#include "common/CoreTr.h"
#include "common/JsonWriter.h"
#include "common/Error.h"
#include "store/SqliteDb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace mqkit {

namespace {

const std::vector<const char*>& migrations() {
    static const std::vector<const char*> steps = {
        // v1: profiles
        R"sql(
        CREATE TABLE profiles (
            name            TEXT PRIMARY KEY NOT NULL,
            kind            TEXT NOT NULL CHECK (kind IN ('mqtt', 'kafka')),
            address         TEXT NOT NULL,
            auth_mechanism  TEXT NOT NULL DEFAULT '',
            username        TEXT NOT NULL DEFAULT '',
            secret_ref      TEXT NOT NULL DEFAULT 'none',
            tls_ca_file     TEXT NOT NULL DEFAULT '',
            tls_cert_file   TEXT NOT NULL DEFAULT '',
            tls_key_file    TEXT NOT NULL DEFAULT '',
            tls_insecure    INTEGER NOT NULL DEFAULT 0,
            properties_json TEXT NOT NULL DEFAULT '[]',
            created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        );
        )sql",
    };
    return steps;
}

QString propertiesToJson(const PropertyList& props) {
    QJsonArray arr;
    for (const auto& [k, v] : props)
        arr.append(QJsonArray{k, v});
    return QString::fromUtf8(compactJson(arr));
}

PropertyList propertiesFromJson(const QString& json) {
    PropertyList props;
    const auto arr = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto& item : arr) {
        const auto pair = item.toArray();
        if (pair.size() == 2)
            props.emplace_back(pair.at(0).toString(), pair.at(1).toString());
    }
    return props;
}

constexpr const char* kSelectColumns =
    "SELECT name, kind, address, auth_mechanism, username, secret_ref, tls_ca_file, tls_cert_file, "
    "tls_key_file, tls_insecure, properties_json FROM profiles";

Profile rowToProfile(const SqliteStatement& row) {
    Profile p;
    p.name = row.text(0);
    p.kind = profileKindFromString(row.text(1)).value_or(ProfileKind::Mqtt);
    p.address = row.text(2);
    p.authMechanism = row.text(3);
    p.username = row.text(4);
    p.secret = SecretRef::parse(row.text(5));
    p.tlsCaFile = row.text(6);
    p.tlsCertFile = row.text(7);
    p.tlsKeyFile = row.text(8);
    p.tlsInsecure = row.integer(9) != 0;
    p.properties = propertiesFromJson(row.text(10));
    return p;
}

} // namespace

ProfileStore::ProfileStore(const QString& path) : m_db(std::make_unique<SqliteDb>(path)) {
    m_db->migrate(migrations());
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::defaultPath() {
    const QString overrideDir = qEnvironmentVariable("MQKIT_DATA_DIR");
    if (!overrideDir.isEmpty())
        return overrideDir + QStringLiteral("/mqkit.db");
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/mqkit/mqkit.db");
}

int ProfileStore::schemaVersion() {
    return static_cast<int>(migrations().size());
}

void ProfileStore::save(const Profile& profile, bool replace) {
    if (profile.name.trimmed().isEmpty())
        throw Error(ErrorKind::Usage, QStringLiteral("a profile needs a name"));
    if (!replace && find(profile.name))
        throw Error(ErrorKind::Usage,
                    CoreTr::tr("profile '%1' exists already").arg(profile.name));
    auto stmt = m_db->prepare(
        "INSERT INTO profiles (name, kind, address, auth_mechanism, username, secret_ref, tls_ca_file, "
        "tls_cert_file, tls_key_file, tls_insecure, properties_json) VALUES (?,?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT(name) DO UPDATE SET kind=excluded.kind, address=excluded.address, "
        "auth_mechanism=excluded.auth_mechanism, username=excluded.username, secret_ref=excluded.secret_ref, "
        "tls_ca_file=excluded.tls_ca_file, tls_cert_file=excluded.tls_cert_file, "
        "tls_key_file=excluded.tls_key_file, tls_insecure=excluded.tls_insecure, "
        "properties_json=excluded.properties_json, updated_at=strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
    stmt.bind(1, profile.name)
        .bind(2, toString(profile.kind))
        .bind(3, profile.address)
        .bind(4, profile.authMechanism)
        .bind(5, profile.username)
        .bind(6, profile.secret.toString())
        .bind(7, profile.tlsCaFile)
        .bind(8, profile.tlsCertFile)
        .bind(9, profile.tlsKeyFile)
        .bind(10, std::int64_t{profile.tlsInsecure ? 1 : 0})
        .bind(11, propertiesToJson(profile.properties));
    stmt.step();
}

std::optional<Profile> ProfileStore::find(const QString& name) const {
    auto stmt = m_db->prepare((QByteArray(kSelectColumns) + " WHERE name = ?").constData());
    stmt.bind(1, name);
    if (!stmt.step())
        return std::nullopt;
    return rowToProfile(stmt);
}

Profile ProfileStore::get(const QString& name) const {
    if (auto p = find(name))
        return *p;
    QStringList names;
    for (const auto& p : list())
        names << p.name;
    throw Error(ErrorKind::Usage, names.isEmpty()
                                      ? QStringLiteral("unknown profile '%1' (no profiles saved yet)").arg(name)
                                      : QStringLiteral("unknown profile '%1' (known: %2)").arg(name, names.join(", ")));
}

std::vector<Profile> ProfileStore::list() const {
    std::vector<Profile> out;
    auto stmt = m_db->prepare((QByteArray(kSelectColumns) + " ORDER BY name").constData());
    while (stmt.step())
        out.push_back(rowToProfile(stmt));
    return out;
}

bool ProfileStore::remove(const QString& name) {
    auto stmt = m_db->prepare("DELETE FROM profiles WHERE name = ?");
    stmt.bind(1, name);
    stmt.step();
    return m_db->changes() > 0;
}

} // namespace mqkit
