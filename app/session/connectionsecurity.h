// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionsettings.h"
#include "securityinfo.h"

#include <QNetworkProxy>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <optional>

namespace Framewise {

// Turns what a user gives (file paths, a proxy URL, a fingerprint) into what the channel takes:
// a QSslConfiguration with extra CAs and a client certificate, a QNetworkProxy, certificate
// pins. Each loader says in words what is wrong with a file instead of failing silently.
class WebSocketChannel;

class ConnectionSecurity {
public:
    // Applies the TLS files, pins, proxy and credentials of settings to a channel that has not
    // opened yet. False with the first problem in words (a file that cannot be read, a bad pin…).
    static bool configure(WebSocketChannel *channel, const ConnectionSettings &settings, QString *error);
    // Adds every PEM (or DER) certificate in path as a trusted CA for this connection.
    static bool addCaFile(QSslConfiguration *configuration, const QString &path, QString *error);
    // A PEM certificate and its PEM private key (RSA or EC), the key optionally encrypted.
    static bool setClientCertificate(QSslConfiguration *configuration, const QString &certificatePath,
        const QString &keyPath, const QByteArray &passphrase, QString *error);
    // A PKCS#12 bundle (.p12/.pfx) with certificate, key and optional chain.
    static bool setPkcs12(
        QSslConfiguration *configuration, const QString &path, const QByteArray &passphrase, QString *error);
    // "http://user:pass@host:port" (HTTP CONNECT) or "socks5://user:pass@host:port".
    static std::optional<QNetworkProxy> parseProxy(const QString &url, QString *error);
    // "AB:CD:…" or plain hex SHA-256 of a certificate trusted for host.
    static std::optional<CertificatePin> parsePin(const QString &host, const QString &sha256, QString *error);
};

} // namespace Framewise
