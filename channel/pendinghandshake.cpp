// SPDX-License-Identifier: GPL-3.0-or-later
#include "pendinghandshake.h"

#include "websocketchannel.h"

#include <QCoreApplication>
#include <QSslSocket>
#include <QTimer>

namespace Framewise {

namespace {
// How long a refused client may take to read our answer before the connection is cut.
constexpr int LingerMs = 2000;
// What the socket may hold of a client's early frames until the answer; beyond it TCP holds the
// client back.
constexpr qint64 PendingReadBufferSize = qint64(64) * 1024;
} // namespace

PendingHandshake::PendingHandshake(
    QAbstractSocket *socket, HandshakeRequest request, QByteArray leftover, QVariant tag, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_request(std::move(request))
    , m_leftover(std::move(leftover))
    , m_tag(std::move(tag))
    , m_peerAddress(socket->peerAddress())
    , m_peerPort(socket->peerPort())
{
    auto *ssl = qobject_cast<QSslSocket *>(socket);
    m_secure = ssl && ssl->isEncrypted();
    socket->setParent(this);
    // Until answered, nothing more is read: the client must wait for the 101 (RFC 6455 section
    // 4.1), and what it sends anyway stays in the socket for the channel. A bounded read buffer
    // keeps it there (an unbounded one would take in all a client sends while the answer waits).
    socket->setReadBufferSize(PendingReadBufferSize);
    connect(socket, &QAbstractSocket::disconnected, this, &PendingHandshake::onClientGone);
    connect(socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError || !m_socket
            || m_socket->state() != QAbstractSocket::ConnectedState)
            onClientGone();
    });
}

void PendingHandshake::onClientGone()
{
    if (m_answered || !m_socket)
        return;
    QAbstractSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->deleteLater();
    Q_EMIT abandoned();
    // Nothing will answer it now; it goes like an answered one (a QPointer to it becomes null).
    deleteLater();
}

WebSocketChannel *PendingHandshake::accept(const ServerHandshake::Options &options, QObject *parent)
{
    auto *channel = new WebSocketChannel(parent);
    if (!accept(channel, options)) {
        delete channel;
        return nullptr;
    }
    return channel;
}

bool PendingHandshake::accept(WebSocketChannel *channel, const ServerHandshake::Options &options)
{
    if (m_answered || !m_socket)
        return false;
    const ServerHandshake answer = ServerHandshake::answer(m_request, options);
    if (!answer.isAccepted()) {
        sendAndClose(answer.response());
        return false;
    }
    m_answered = true;
    QAbstractSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    deleteLater();
    socket->setReadBufferSize(0); // the channel reads as it likes from now on
    if (channel->acceptConnection(socket, m_request, answer, m_leftover) != ChannelError::None) {
        // The socket dropped in between (or the channel was used before): nothing to answer.
        socket->deleteLater();
        return false;
    }
    m_response = channel->handshakeResponse();
    return true;
}

void PendingHandshake::refuse(int statusCode, const QString &reason, const HttpHeaders &extraHeaders)
{
    sendAndClose(ServerHandshake::refuse(statusCode, reason, extraHeaders).response());
}

void PendingHandshake::respond(const HandshakeResponse &response)
{
    if (response.statusCode == 101 || response.toBytes().isEmpty()) {
        refuse(502,
            QCoreApplication::translate(
                "Framewise::PendingHandshake", "The upstream's answer could not be passed on: it is not valid HTTP."));
        return;
    }
    sendAndClose(response);
}

void PendingHandshake::sendAndClose(const HandshakeResponse &response)
{
    if (m_answered || !m_socket)
        return;
    m_answered = true;
    m_response = response;
    QAbstractSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->setParent(nullptr);
    socket->write(response.toBytes());
    // The server ends the connection once the client has the answer (or soon after, regardless).
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(LingerMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    socket->disconnectFromHost();
    deleteLater();
}

} // namespace Framewise
