#pragma once

#include <QString>

namespace mqkit {

// Throws Error(Usage) when the client certificate is not a PEM certificate, the key not a PEM
// private key, or the key does not belong to the certificate. Checked locally before connecting:
// the TLS library reports a mismatch only as a failed connect. An encrypted key is not checked
// (its passphrase is the TLS library's to ask for).
void checkKeyMatchesCertificate(const QString& certFile, const QString& keyFile);

// OpenSSL's reason for a failed TLS handshake, which Paho does not pass on: the handshake of a
// client with these files (no CA file: the system's) run once more on `fd`, a connected blocking
// socket with timeouts (the caller closes it). "certificate verify failed: <why>" when the
// server's certificate does not verify; OpenSSL's reason otherwise; empty when the handshake
// succeeds or OpenSSL has no reason.
QString tlsHandshakeFailure(int fd, const QString& caFile, const QString& certFile, const QString& keyFile, bool verify);

} // namespace mqkit
