#pragma once

#include "dynsec/DynsecTypes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace mqkit::dynsec {

// Mosquitto installs that still use `password_file` and `acl_file` (mosquitto#1987), read into
// the dynamic-security shape so they can be exported as a provisioning spec:
// - every user of the password file becomes a client; hashes are not exported (the plugin wants
//   the password itself): each client gets no password reference, and a note says so;
// - the `topic` lines after `user NAME` become role `user-NAME`, given to client NAME;
// - `topic` lines before any `user` line (anonymous clients) become role `acl-anonymous`, not
//   given to anyone (the plugin's anonymous group is set on the broker);
// - `pattern` lines (%c, %u work in the plugin's ACL topics too) become role `acl-patterns`, given
//   to every client, as the acl_file applies them to every client;
// - access: read = publishClientReceive + subscribePattern, write = publishClientSend,
//   readwrite = both, deny = all three denied with priority 1 (the acl_file checks denies first;
//   the plugin checks higher priorities first). An access left out is readwrite, as in Mosquitto.
// A user of the acl_file missing from the password file still becomes a client (noted).
struct MosquittoAuthImport {
    DynsecState state;
    QStringList notes; // what did not carry over, in words
};

// Either file name may be empty (not read). Throws Error(Usage) "FILE:LINE: reason" for a line
// that is not Mosquitto's format, Error(Io) for an unreadable file.
MosquittoAuthImport readMosquittoAuthFiles(const QString& passwordFile, const QString& aclFile);

// The same from the files' contents (fileName only names them in errors).
QStringList parsePasswordFile(const QByteArray& text, const QString& fileName); // the user names, in order
MosquittoAuthImport importMosquittoAuth(const QStringList& passwordUsers, bool havePasswordFile,
                                        const QByteArray& aclText, const QString& aclFileName);

} // namespace mqkit::dynsec
