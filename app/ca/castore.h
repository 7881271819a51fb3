// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certificateauthority.h"
#include "secretstore.h"

#include <QCoreApplication>
#include <QString>

namespace Framewise {

// Keeps Framewise's certificate authority in the OS keychain (through SecretStore: the
// certificate and its private key as PEM text under "certificate-authority/…"). Nothing goes to a
// file. Without a keychain, one CA is made for this run of the program (shared by every CaStore)
// and sessionOnly() says so: whatever trusts it must be given a new one next time.
class CaStore {
    Q_DECLARE_TR_FUNCTIONS(Framewise::CaStore)

public:
    static constexpr QStringView KeychainId = u"certificate-authority";
    static constexpr QStringView CertificateField = u"certificate";
    static constexpr QStringView PrivateKeyField = u"private-key";

    explicit CaStore(const QString &service = QStringLiteral("Framewise"));

    // The stored CA, or a new one stored now (first use). Null with *error when the keychain
    // fails or holds a CA that cannot be used (regenerate() replaces it).
    CertificateAuthority loadOrCreate(QString *error = nullptr);
    // A new CA in place of the stored one; whatever trusted the old one no longer trusts this.
    CertificateAuthority regenerate(QString *error = nullptr);
    // Forgets the CA (keychain and this run's); the next loadOrCreate() makes a new one.
    bool remove(QString *error = nullptr);

    // True once a call found no keychain: the CA lasts for this run only.
    bool sessionOnly() const { return m_secrets.sessionOnly(); }
    // Why, in words; empty while the keychain works.
    QString unavailableReason() const;

private:
    CertificateAuthority store(const CertificateAuthority &authority, QString *error);

    SecretStore m_secrets;
};

} // namespace Framewise
