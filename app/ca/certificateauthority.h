// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>

#include <memory>

namespace Framewise {

// Framewise's own certificate authority, for intercepting TLS: an ECDSA P-256 CA (made here or
// loaded from PEM) that signs a leaf certificate per host on demand. Every leaf uses one P-256 key
// made once per CA object, and leaves are cached per host, so a proxy pays for a signature once
// per host. A handle: copies share the CA, the leaf key and the cache (not thread-safe).
class CertificateAuthority {
    Q_DECLARE_TR_FUNCTIONS(Framewise::CertificateAuthority)

public:
    CertificateAuthority() = default; // null

    // A new CA, valid from an hour ago (clocks disagree) for ten years. Null with *error on failure.
    static CertificateAuthority generate(QString *error = nullptr);
    // A CA saved before (PEM certificate and its unencrypted private key). Null, with the reason
    // in *error, when either does not parse, the key is not the certificate's or it is no CA.
    static CertificateAuthority fromPem(
        const QByteArray &certificatePem, const QByteArray &privateKeyPem, QString *error = nullptr);

    bool isNull() const { return !d; }

    QSslCertificate certificate() const;
    QByteArray certificatePem() const;
    QByteArray certificateDer() const;
    // PKCS#8 PEM, unencrypted: only for the keychain, never for a file.
    QByteArray privateKeyPem() const;
    // "AB:CD:…", upper-case hex of the DER's hash, as openssl x509 -fingerprint prints it.
    QByteArray sha256Fingerprint() const;
    QString sha1FingerprintText() const;
    QDateTime notBefore() const;
    QDateTime notAfter() const;

    // A certificate for host (a DNS name or an IP address; an IDN becomes its ACE form), signed
    // by this CA and valid for 30 days (never past the CA's own end). Cached per host. Null, with
    // the reason in *error, for a host name that cannot be one or when this CA has expired.
    QSslCertificate leafFor(const QString &host, QString *error = nullptr);
    // The key of every leaf this object makes.
    QSslKey leafKey() const;
    // What a TLS server socket for host needs: the leaf and this CA as its chain, the leaf key,
    // no client certificate asked for, and ALPN offering only http/1.1. Default-constructed (check
    // localCertificate().isNull()) with *error when leafFor fails.
    QSslConfiguration serverConfigurationFor(const QString &host, QString *error = nullptr);

private:
    struct Private;
    explicit CertificateAuthority(std::shared_ptr<Private> data);

    std::shared_ptr<Private> d;
};

} // namespace Framewise
