// SPDX-License-Identifier: GPL-3.0-or-later
#include "castore.h"

namespace Framewise {

namespace {

// This run's CA when there is no keychain, one for the whole program as a keychain's would be.
// Kept as PEM rather than as a CertificateAuthority: OpenSSL objects must not outlive OpenSSL's
// own clean-up at exit, which a static's destructor could not promise.
struct SessionCa {
    QByteArray certificatePem;
    QByteArray privateKeyPem;
};

SessionCa &sessionCa()
{
    static SessionCa ca;
    return ca;
}

bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

} // namespace

CaStore::CaStore(const QString &service)
    : m_secrets(service)
{
}

QString CaStore::unavailableReason() const
{
    if (!sessionOnly())
        return {};
    return tr("No keychain is available, so Framewise's certificate authority lasts for this session only and its "
              "private key is never written to disk. Whatever trusts it now must be given the new one after "
              "Framewise restarts.");
}

CertificateAuthority CaStore::loadOrCreate(QString *error)
{
    const QString id = KeychainId.toString();
    if (m_secrets.available()) {
        QString why;
        const std::optional<QString> certificate = m_secrets.read(id, CertificateField.toString(), &why);
        const std::optional<QString> key
            = why.isEmpty() ? m_secrets.read(id, PrivateKeyField.toString(), &why) : std::nullopt;
        if (!m_secrets.sessionOnly()) { // else the keychain went away just now
            if (!why.isEmpty()) {
                fail(error, why);
                return {};
            }
            if (!certificate || !key) // first use (a lone half is no use without the other)
                return store(CertificateAuthority::generate(error), error);
            // Not replaced silently: browsers and devices may trust it, so the user decides.
            CertificateAuthority authority
                = CertificateAuthority::fromPem(certificate->toLatin1(), key->toLatin1(), &why);
            if (authority.isNull())
                fail(error,
                    tr("The certificate authority in the keychain cannot be used: %1 Regenerate it to replace it.")
                        .arg(why));
            return authority;
        }
    }
    const SessionCa &session = sessionCa();
    if (session.certificatePem.isEmpty())
        return store(CertificateAuthority::generate(error), error);
    return CertificateAuthority::fromPem(session.certificatePem, session.privateKeyPem, error);
}

CertificateAuthority CaStore::regenerate(QString *error)
{
    m_secrets.available(); // decides where store() puts it
    return store(CertificateAuthority::generate(error), error);
}

CertificateAuthority CaStore::store(const CertificateAuthority &authority, QString *error)
{
    if (authority.isNull())
        return {};
    const QString id = KeychainId.toString();
    if (!m_secrets.sessionOnly()) {
        QString why;
        const bool stored
            = m_secrets.write(id, PrivateKeyField.toString(), QString::fromLatin1(authority.privateKeyPem()), &why)
            && m_secrets.write(id, CertificateField.toString(), QString::fromLatin1(authority.certificatePem()), &why);
        if (stored && !m_secrets.sessionOnly())
            return authority;
        // Never half a CA in the keychain; and SecretStore's own memory is per object, the
        // session CA below is for the whole program.
        m_secrets.remove(id, PrivateKeyField.toString());
        m_secrets.remove(id, CertificateField.toString());
        if (!stored) {
            fail(error, why);
            return {};
        }
    }
    sessionCa() = { authority.certificatePem(), authority.privateKeyPem() };
    return authority;
}

bool CaStore::remove(QString *error)
{
    sessionCa() = {};
    if (!m_secrets.available())
        return true;
    const QString id = KeychainId.toString();
    return m_secrets.remove(id, PrivateKeyField.toString(), error)
        && m_secrets.remove(id, CertificateField.toString(), error);
}

} // namespace Framewise
