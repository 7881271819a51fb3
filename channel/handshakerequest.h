// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpheaders.h"

#include <QByteArray>
#include <QMetaType>
#include <QStringList>
#include <QUrl>

namespace Framewise {

// The opening handshake request (RFC 6455 section 4.1), as sent and as shown to the user.
struct HandshakeRequest {
    QByteArray requestLine; // "GET /path?q HTTP/1.1"
    HttpHeaders headers; // in the order sent
    QByteArray key; // Sec-WebSocket-Key (base64 of 16 random bytes)
    qint64 timeUs = 0;

    QByteArray toBytes() const; // request line + headers + empty line
    // The three parts of the request line ("GET", "/path?q", "HTTP/1.1"); empty when it has no such part.
    QByteArray method() const;
    QByteArray target() const;
    QByteArray httpVersion() const;

    // Builds a request for url with a fresh random key. Extra headers replace generated ones of the
    // same name except the ones that define the protocol (Upgrade, Connection, Sec-WebSocket-Key,
    // Sec-WebSocket-Version), which an inspector must not let a typo break.
    static HandshakeRequest build(const QUrl &url, const QString &origin, const QStringList &protocols,
        const QByteArray &extensionsOffer, const HttpHeaders &extraHeaders, const QByteArray &userAgent);
    // base64(SHA-1(key + GUID)), RFC 6455 section 4.2.2.
    static QByteArray acceptKeyFor(const QByteArray &key);
    static QByteArray randomKey();
};

} // namespace Framewise

Q_DECLARE_METATYPE(Framewise::HandshakeRequest)
