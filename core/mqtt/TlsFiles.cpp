#include "mqtt/TlsFiles.h"

#include "common/CoreTr.h"
#include "common/Error.h"

#include <QFile>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace mqkit {

namespace {

template <typename T, void (*Free)(T*)>
struct Freer {
    void operator()(T* p) const { Free(p); }
};
using Bio = std::unique_ptr<BIO, Freer<BIO, BIO_free_all>>;
using X509Ptr = std::unique_ptr<X509, Freer<X509, X509_free>>;
using Key = std::unique_ptr<EVP_PKEY, Freer<EVP_PKEY, EVP_PKEY_free>>;

QByteArray readAll(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Usage, CoreTr::tr("cannot read %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

Bio memoryBio(const QByteArray& bytes) {
    return Bio(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
}

// Refuses to ask for a passphrase: an encrypted key is left to the TLS library.
int noPassphrase(char*, int, int, void*) {
    return 0;
}

} // namespace

void checkKeyMatchesCertificate(const QString& certFile, const QString& keyFile) {
    if (certFile.isEmpty() || keyFile.isEmpty())
        return;
    const QByteArray certPem = readAll(certFile);
    const QByteArray keyPem = readAll(keyFile);
    X509Ptr cert(PEM_read_bio_X509(memoryBio(certPem).get(), nullptr, noPassphrase, nullptr));
    Key key(PEM_read_bio_PrivateKey(memoryBio(keyPem).get(), nullptr, noPassphrase, nullptr));
    ERR_clear_error();
    if (!cert)
        throw Error(ErrorKind::Usage, CoreTr::tr("client certificate %1 is not a PEM certificate").arg(certFile));
    if (!key) {
        if (keyPem.contains("ENCRYPTED"))
            return;
        throw Error(ErrorKind::Usage, CoreTr::tr("client key %1 is not a PEM private key").arg(keyFile));
    }
    const bool matches = X509_check_private_key(cert.get(), key.get()) == 1;
    ERR_clear_error();
    if (!matches)
        throw Error(ErrorKind::Usage,
                    CoreTr::tr("client key %1 does not match the client certificate %2").arg(keyFile, certFile));
}

} // namespace mqkit
