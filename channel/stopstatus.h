// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Framewise {

// Why a channel stopped. Every value has a sentence a user understands (StopStatus::message()).
enum class StopReason {
    Ok, // closing handshake completed (either side started it)
    ConnectionRefused, // nothing listens on the port
    HostNotFound, // name lookup failed
    OpenTimeout, // TCP + TLS + HTTP upgrade did not finish within the open timeout
    HandshakeRejected, // server answered with an HTTP status other than 101 (see httpStatus)
    HandshakeInvalid, // 101 but the answer breaks RFC 6455 (bad accept key, protocol not offered, ...)
    ProtocolError, // server broke RFC 6455 framing rules; we sent 1002
    InvalidPayload, // text or close reason was not UTF-8; we sent 1007
    MessageTooLarge, // a frame or message exceeded the configured limit; we sent 1009
    PingTimeout, // no answer to a keepalive ping within pingTimeout
    CloseTimeout, // the server did not answer our Close within the close timeout
    ConnectionLost, // the TCP connection ended without a Close frame (1006)
    TlsFailed, // TLS handshake or certificate verification failed
    NetworkError, // any other socket error
    Aborted, // closed by the user before the connection was up, or abort()
    RedirectFailed, // a redirect loop, too many hops, a wss -> ws downgrade or an unusable Location
};

// The full outcome handed to stopped(): reason plus the codes and details an inspector shows.
struct StopStatus {
    StopReason reason = StopReason::Ok;
    quint16 closeCodeSent = 0; // the code we put on the wire (0: no Close frame sent, or an empty one)
    bool closeFrameSent = false;
    quint16 closeCodeReceived = 0; // the server's code (1005 when its Close had none, 1006 when none came)
    bool closeFrameReceived = false;
    QString closeReasonReceived;
    int httpStatus = 0; // for HandshakeRejected
    QString httpReason; // for HandshakeRejected: the status line's reason phrase ("Forbidden")
    QString detail; // technical detail: socket error text, which rule was broken, the start of a rejection's body, ...
    QStringList tlsErrors; // for TlsFailed

    bool isClean() const { return reason == StopReason::Ok; }
    // One or two sentences for a user, e.g. "The server closed the connection (1001 Going away)."
    QString message() const;
    static QString reasonName(StopReason reason); // "Ok", "PingTimeout", ...
};

} // namespace Framewise

Q_DECLARE_METATYPE(Framewise::StopStatus)
