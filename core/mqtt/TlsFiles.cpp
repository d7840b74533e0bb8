#include "mqtt/TlsFiles.h"

#include "common/CoreTr.h"
#include "common/Error.h"

#include <QFile>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
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

QString tlsHandshakeFailure(int fd, const QString& caFile, const QString& certFile, const QString& keyFile, bool verify) {
    const std::unique_ptr<SSL_CTX, Freer<SSL_CTX, SSL_CTX_free>> ctx(SSL_CTX_new(TLS_client_method()));
    if (!ctx)
        return {};
    if (verify) {
        SSL_CTX_set_verify(ctx.get(), SSL_VERIFY_PEER, nullptr);
        if (caFile.isEmpty())
            SSL_CTX_set_default_verify_paths(ctx.get());
        else
            SSL_CTX_load_verify_locations(ctx.get(), QFile::encodeName(caFile).constData(), nullptr);
    }
    if (!certFile.isEmpty()) {
        SSL_CTX_use_certificate_chain_file(ctx.get(), QFile::encodeName(certFile).constData());
        SSL_CTX_use_PrivateKey_file(ctx.get(), QFile::encodeName(keyFile).constData(), SSL_FILETYPE_PEM);
    }
    const std::unique_ptr<SSL, Freer<SSL, SSL_free>> ssl(SSL_new(ctx.get()));
    if (!ssl || SSL_set_fd(ssl.get(), fd) != 1)
        return {};
    ERR_clear_error();
    if (SSL_connect(ssl.get()) == 1)
        return {};
    if (const long result = SSL_get_verify_result(ssl.get()); verify && result != X509_V_OK)
        return QStringLiteral("certificate verify failed: %1").arg(QString::fromUtf8(X509_verify_cert_error_string(result)));
    const char* reason = ERR_reason_error_string(ERR_get_error());
    return reason ? QString::fromUtf8(reason) : QString();
}

} // namespace mqkit
