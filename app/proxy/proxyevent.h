// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QMetaType>
#include <QString>

namespace Framewise {

// Something an HTTP proxy did with one client request (WebSocket connections it intercepts are
// InterceptConnections of its InterceptServer instead, with their own signals).
struct ProxyEvent {
    enum class Kind {
        Tunnel, // a CONNECT to a host not intercepted (or TLS without a CA): bytes copied blind
        Forwarded, // a plain HTTP request (or one decrypted inside a CONNECT) sent on unchanged
        Refused, // a request the proxy answered itself with an error (bad request, unreachable host)
        TlsRejected, // the client would not finish TLS with the Framewise CA's certificate
    };
    Kind kind = Kind::Forwarded;
    QHostAddress clientAddress;
    quint16 clientPort = 0;
    QString method; // "CONNECT", "GET", …
    QString host;
    quint16 port = 0;
    QString target; // the request target as sent, for Forwarded and Refused
    int statusCode = 0; // what the proxy answered, when it answered itself (Refused)
    QString detail; // why, in words (Refused, TlsRejected), or e.g. "TLS not decrypted: no CA"
};

} // namespace Framewise

Q_DECLARE_METATYPE(Framewise::ProxyEvent)
