// Mosquitto's password_file and acl_file (mqtt dynsec import): the input up to its first NUL is
// the password file, the rest the acl_file, both imported into the dynamic-security shape.
#include "FuzzSupport.h"
#include "dynsec/MosquittoAuthFiles.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype nul = input.indexOf('\0');
    const QByteArray passwords = nul < 0 ? QByteArray() : input.left(nul);
    const QByteArray acl = nul < 0 ? input : input.mid(nul + 1);
    fuzz::refusalAllowed([&] {
        const QStringList users = mqkit::dynsec::parsePasswordFile(passwords, QStringLiteral("passwd"));
        (void)mqkit::dynsec::importMosquittoAuth(users, nul >= 0, acl, QStringLiteral("acl"));
    });
    return 0;
}
