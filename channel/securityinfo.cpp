// SPDX-License-Identifier: GPL-3.0-or-later
#include "securityinfo.h"

#include <QSslCipher>
#include <QSslSocket>

namespace Framewise {

namespace {
QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLSv1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLSv1.3");
    default:
        return QStringLiteral("TLS");
    }
}

QString distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    const QList<QByteArray> attributes
        = issuer ? certificate.issuerInfoAttributes() : certificate.subjectInfoAttributes();
    QStringList parts;
    for (const auto &attribute : attributes) {
        const QStringList values = issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        for (const auto &value : values)
            parts.append(QString::fromLatin1(attribute) + u'=' + value);
    }
    return parts.join(QStringLiteral(", "));
}
} // namespace

bool CertificatePin::matches(const QString &peerHost, const QSslCertificate &certificate) const
{
    if (certificate.isNull() || (!host.isEmpty() && host.compare(peerHost, Qt::CaseInsensitive) != 0))
        return false;
    QString wanted = sha256;
    wanted.remove(u':');
    wanted.remove(u' ');
    const QString actual = QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
    return !wanted.isEmpty() && wanted.compare(actual, Qt::CaseInsensitive) == 0;
}

SecurityInfo SecurityInfo::fromSocket(const QSslSocket &socket, const QList<QSslError> &errors)
{
    SecurityInfo info;
    const QSslCipher cipher = socket.sessionCipher();
    info.protocol = protocolName(socket.sessionProtocol());
    info.cipher = cipher.name();
    info.cipherBits = cipher.usedBits();
    info.serverName = socket.peerVerifyName().isEmpty() ? socket.peerName() : socket.peerVerifyName();
    info.peerChain = socket.peerCertificateChain();
    for (const auto &error : errors)
        info.verificationErrors.append(error.errorString());
    info.verified = errors.isEmpty();
    return info;
}

QString SecurityInfo::subjectLine(const QSslCertificate &certificate)
{
    return distinguishedName(certificate, false);
}

QString SecurityInfo::issuerLine(const QSslCertificate &certificate)
{
    return distinguishedName(certificate, true);
}

QString SecurityInfo::sha256Fingerprint(const QSslCertificate &certificate)
{
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QString out;
    for (qsizetype i = 0; i < digest.size(); i += 2) {
        if (!out.isEmpty())
            out += u':';
        out += QString::fromLatin1(digest.mid(i, 2));
    }
    return out;
}

} // namespace Framewise
