// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

class QSslSocket;

namespace Framewise {

// "Trust this certificate for this host": a SHA-256 fingerprint (hex, colons optional) that makes
// a certificate acceptable for host even when the chain does not verify. An empty host matches any.
struct CertificatePin {
    QString host;
    QString sha256;
    bool matches(const QString &peerHost, const QSslCertificate &certificate) const;
};

// The TLS state of a wss connection, for the inspector. Empty (isSecure() false) for ws.
struct SecurityInfo {
    QString protocol; // "TLSv1.3"
    QString cipher; // "TLS_AES_256_GCM_SHA384"
    int cipherBits = 0;
    QString serverName; // SNI sent
    QList<QSslCertificate> peerChain; // leaf first
    QStringList verificationErrors; // empty when the chain verified
    bool verified = false;
    bool trustedByPin = false; // verification failed but the user trusts this exact certificate

    bool isSecure() const { return !protocol.isEmpty(); }
    static SecurityInfo fromSocket(const QSslSocket &socket, const QList<QSslError> &errors);
    // "CN=example.com, O=..." style one-liners and SHA-256 fingerprints for display.
    static QString subjectLine(const QSslCertificate &certificate);
    static QString issuerLine(const QSslCertificate &certificate);
    static QString sha256Fingerprint(const QSslCertificate &certificate); // "AB:CD:..."
};

} // namespace Framewise

Q_DECLARE_METATYPE(Framewise::SecurityInfo)
