// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionoptions.h"
#include "httpheaders.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace Framewise {

class WebSocketChannel;

// Everything a session needs to open a connection: what the connection panel edits and a
// profile resolves into (Profile::resolve). The options both share are in ConnectionOptions.
struct ConnectionSettings : ConnectionOptions {
    QUrl url;
    QString origin;
    QStringList protocols;
    HttpHeaders headers;
    QByteArray keyPassphrase; // for clientKey or pkcs12
    // What views and exports redact: header names marked secret, and every secret value (secret
    // headers, secret variables wherever they were expanded, passwords). In memory only.
    QList<QByteArray> secretHeaders;
    QStringList secretValues;

    // Every value that must not reach a file, a log or a shared screen in plain text: secretValues
    // and the passwords (the URL's user info, HTTP login, proxy, key passphrase).
    QStringList allSecretValues() const;
    // text with every secret value (as typed and percent-encoded, as it appears in a URL)
    // replaced by dots.
    QString redact(QString text) const;
    // bytes that are not text (a refusal's binary body) with each secret value's UTF-8 replaced
    // by dots.
    QByteArray redactBytes(QByteArray bytes) const;
    // url as text for people and files: no password, secret values replaced by dots.
    QString redactedUrl(const QUrl &url) const;
    // headers with the values of credentials (Authorization, Cookie, Set-Cookie…) and of the
    // headers marked secret replaced by "[redacted]", and secret values elsewhere by dots.
    HttpHeaders redactedHeaders(const HttpHeaders &headers) const;

    // What keeps these settings off the wire, one sentence each (empty when nothing does): an
    // Origin, header value, subprotocol or user agent with a line break or another control
    // character, a header name that is not an HTTP token, a header the channel writes itself.
    QStringList problems() const;
    static QString originProblem(const QString &origin);
    static QString headerProblem(const QByteArray &name, const QByteArray &value);
    static QString protocolProblem(const QString &protocol);

    // Configures a channel that has not opened yet: headers, subprotocols, keepalive, limits,
    // compression, redirects, TLS, proxy and login. False with the first problem in words. The
    // window's sessions and framewise-cli both connect through this.
    bool applyTo(WebSocketChannel *channel, QString *error) const;

    // An empty string when url is a usable ws:// or wss:// address, otherwise why not.
    static QString validateUrl(const QString &text);
};

} // namespace Framewise
