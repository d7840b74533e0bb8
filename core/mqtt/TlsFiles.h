#pragma once

#include <QString>

namespace mqkit {

// Throws Error(Usage) when the client certificate is not a PEM certificate, the key not a PEM
// private key, or the key does not belong to the certificate. Checked locally before connecting:
// the TLS library reports a mismatch only as a failed connect. An encrypted key is not checked
// (its passphrase is the TLS library's to ask for).
void checkKeyMatchesCertificate(const QString& certFile, const QString& keyFile);

} // namespace mqkit
