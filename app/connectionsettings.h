// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deflateoptions.h"
#include "httpheaders.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace Framewise {

// Everything a session needs to open a connection: what the connection panel edits and a
// profile stores.
struct ConnectionSettings {
    QUrl url;
    QString origin;
    QStringList protocols;
    HttpHeaders headers;
    int pingIntervalS = 0;
    int pingTimeoutS = 10;
    qint64 maxMessageSize = qint64(1) << 30;
    DeflateOptions deflate;
    bool followRedirects = true;
    // TLS, proxy and authentication; ConnectionSecurity::configure() applies them to a channel.
    QStringList caFiles;
    QStringList pins; // SHA-256 fingerprints trusted for the URL's host
    QString clientCertificate; // PEM, with clientKey
    QString clientKey;
    QString pkcs12;
    QByteArray keyPassphrase;
    QString proxy; // http://host:port or socks5://host:port; empty: no proxy
    bool systemProxy = false;
    QString proxyUser;
    QString proxyPassword;
    QString user; // HTTP authentication when the server answers 401
    QString password;
    // What views and exports redact: header names marked secret, and every secret value (secret
    // headers, secret variables wherever they were expanded, passwords). In memory only.
    QList<QByteArray> secretHeaders;
    QStringList secretValues;

    // text with every secret value replaced by dots.
    QString redact(QString text) const;

    // An empty string when url is a usable ws:// or wss:// address, otherwise why not.
    static QString validateUrl(const QString &text);
};

} // namespace Framewise
