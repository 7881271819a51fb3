// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionsecurity.h"

#include "websocketchannel.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkProxyFactory>
#include <QRegularExpression>
#include <QSslKey>

namespace Framewise {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Framewise::ConnectionSecurity", text);
}

std::optional<QByteArray> readAll(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}
} // namespace

bool ConnectionSecurity::configure(WebSocketChannel *channel, const ConnectionSettings &settings, QString *error)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    for (const QString &path : settings.caFiles) {
        if (!addCaFile(&ssl, path, error))
            return false;
    }
    if (!settings.pkcs12.isEmpty() && !setPkcs12(&ssl, settings.pkcs12, settings.keyPassphrase, error))
        return false;
    if (!settings.clientCertificate.isEmpty()
        && !setClientCertificate(&ssl, settings.clientCertificate,
            settings.clientKey.isEmpty() ? settings.clientCertificate : settings.clientKey, settings.keyPassphrase,
            error))
        return false;
    channel->setSslConfiguration(ssl);
    QList<CertificatePin> pins;
    for (const QString &pin : settings.pins) {
        const auto parsed = parsePin(settings.url.host(), pin, error);
        if (!parsed)
            return false;
        pins.append(*parsed);
    }
    channel->setCertificatePins(pins);
    if (!settings.proxy.isEmpty()) {
        auto proxy = parseProxy(settings.proxy, error);
        if (!proxy)
            return false;
        if (!settings.proxyUser.isEmpty()) {
            proxy->setUser(settings.proxyUser);
            proxy->setPassword(settings.proxyPassword);
        }
        channel->setProxy(*proxy);
    } else if (settings.systemProxy) {
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        channel->setProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
    }
    if (!settings.user.isEmpty())
        channel->setCredentials(settings.user, settings.password);
    return true;
}

bool ConnectionSecurity::addCaFile(QSslConfiguration *configuration, const QString &path, QString *error)
{
    const auto bytes = readAll(path, error);
    if (!bytes)
        return false;
    QList<QSslCertificate> certificates = QSslCertificate::fromData(*bytes, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(*bytes, QSsl::Der);
    if (certificates.isEmpty()) {
        *error = tr("%1 holds no certificate (expected PEM or DER).").arg(path);
        return false;
    }
    configuration->addCaCertificates(certificates);
    return true;
}

bool ConnectionSecurity::setClientCertificate(QSslConfiguration *configuration, const QString &certificatePath,
    const QString &keyPath, const QByteArray &passphrase, QString *error)
{
    const auto certificateBytes = readAll(certificatePath, error);
    if (!certificateBytes)
        return false;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(*certificateBytes, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = tr("%1 holds no PEM certificate.").arg(certificatePath);
        return false;
    }
    const auto keyBytes = readAll(keyPath, error);
    if (!keyBytes)
        return false;
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : { QSsl::Rsa, QSsl::Ec, QSsl::Dsa }) {
        key = QSslKey(*keyBytes, algorithm, QSsl::Pem, QSsl::PrivateKey, passphrase);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = passphrase.isEmpty()
            ? tr("%1 is not a readable private key (is it encrypted? give its passphrase).").arg(keyPath)
            : tr("%1 is not a readable private key, or the passphrase is wrong.").arg(keyPath);
        return false;
    }
    configuration->setLocalCertificateChain(chain);
    configuration->setPrivateKey(key);
    return true;
}

bool ConnectionSecurity::setPkcs12(
    QSslConfiguration *configuration, const QString &path, const QByteArray &passphrase, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QSslKey key;
    QSslCertificate certificate;
    QList<QSslCertificate> chain;
    if (!QSslCertificate::importPkcs12(&file, &key, &certificate, &chain, passphrase)) {
        *error = tr("%1 is not a readable PKCS#12 bundle, or the passphrase is wrong.").arg(path);
        return false;
    }
    configuration->setLocalCertificateChain(QList<QSslCertificate> { certificate } + chain);
    configuration->setPrivateKey(key);
    return true;
}

std::optional<QNetworkProxy> ConnectionSecurity::parseProxy(const QString &text, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    QNetworkProxy::ProxyType type = QNetworkProxy::NoProxy;
    if (scheme == QLatin1String("http"))
        type = QNetworkProxy::HttpProxy;
    else if (scheme == QLatin1String("socks5"))
        type = QNetworkProxy::Socks5Proxy;
    if (!url.isValid() || type == QNetworkProxy::NoProxy || url.host().isEmpty() || url.port() <= 0) {
        *error = tr("“%1” is not a proxy address: use http://host:port or socks5://host:port, with user:password@ "
                    "before the host when the proxy asks for it.")
                     .arg(text);
        return std::nullopt;
    }
    return QNetworkProxy(type, url.host(), quint16(url.port()), url.userName(), url.password());
}

std::optional<CertificatePin> ConnectionSecurity::parsePin(const QString &host, const QString &sha256, QString *error)
{
    QString hex = sha256;
    hex.remove(u':');
    static const QRegularExpression sha256Hex(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    if (!sha256Hex.match(hex).hasMatch()) {
        *error = tr("“%1” is not a SHA-256 fingerprint (64 hex digits, colons allowed).").arg(sha256);
        return std::nullopt;
    }
    return CertificatePin { host, hex };
}

} // namespace Framewise
