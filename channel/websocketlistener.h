// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pendinghandshake.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QVariant>

#include <memory>

namespace Framewise {

class WebSocketListenerPrivate;

// The accepting side of RFC 6455: listens on a TCP port (TLS with setSslConfiguration, each client
// a QSslSocket), reads each client's opening handshake with HandshakeRequestParser and checks it
// by ServerHandshake. A bad request is answered here (400, 405, 426, 431) and reported by
// handshakeFailed(); a valid one becomes a PendingHandshake for the owner to accept or refuse. A
// client that does not complete its request (TLS included) within the handshake timeout is cut
// off, and at most maxPendingHandshakes connections may be reading their request (or be in their
// TLS handshake) at once, so slow or silent clients cannot hold the listener's slots.
class WebSocketListener : public QObject {
    Q_OBJECT
public:
    static constexpr int DefaultHandshakeTimeoutMs = 10000;
    static constexpr int DefaultMaxPendingHandshakes = 256;

    explicit WebSocketListener(QObject *parent = nullptr);
    ~WebSocketListener() override;

    // With a local certificate and private key: clients connect with TLS (wss). Before listen().
    void setSslConfiguration(const QSslConfiguration &configuration);
    bool isSecure() const;
    void setHandshakeTimeout(int ms);
    int handshakeTimeout() const;
    void setMaxPendingHandshakes(int count);

    // False with errorString() set (e.g. the port is in use).
    bool listen(const QHostAddress &address, quint16 port = 0);
    void close();
    bool isListening() const;
    QHostAddress serverAddress() const;
    quint16 serverPort() const;
    QString errorString() const;
    // Connections still reading their request (for tests and the status line).
    int pendingCount() const;

    // Takes a connection accepted elsewhere (e.g. a proxy's, its TLS already done) whose first
    // bytes (alreadyRead) were read from it before: it is handled as if it had come in here, with
    // the same checks, timeout and signals, and tag is given back as PendingHandshake::tag() and
    // HandshakeFailure::tag. The listener need not be listening.
    void adoptConnection(QAbstractSocket *socket, const QByteArray &alreadyRead, const QVariant &tag = {});

Q_SIGNALS:
    // A valid request. The handshake is a child of the listener until answered.
    void handshakeReceived(Framewise::PendingHandshake *handshake);
    void handshakeFailed(const Framewise::HandshakeFailure &failure);

private:
    friend class WebSocketListenerPrivate;
    std::unique_ptr<WebSocketListenerPrivate> d;
};

} // namespace Framewise
