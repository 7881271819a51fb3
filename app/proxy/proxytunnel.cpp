// SPDX-License-Identifier: GPL-3.0-or-later
#include "proxytunnel.h"

#include <QAbstractSocket>
#include <QTimer>

namespace Framewise {

namespace {
constexpr qint64 ChunkBytes = qint64(64) * 1024;
// How long a side that was closed by us may take to send what it still has before it is cut.
constexpr int CloseLingerMs = 5000;
} // namespace

ProxyTunnel::ProxyTunnel(QAbstractSocket *client, QAbstractSocket *server, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_server(server)
{
    for (QAbstractSocket *socket : { client, server }) {
        QAbstractSocket *other = socket == client ? server : client;
        socket->setParent(this);
        socket->setReadBufferSize(ReadBufferBytes);
        connect(socket, &QIODevice::readyRead, this, [this, socket, other] { pump(socket, other); });
        connect(socket, &QIODevice::bytesWritten, this, [this, socket, other] {
            // other waits for room on socket.
            if (socket->bytesToWrite() < LowWaterBytes)
                pump(other, socket);
        });
        connect(socket, &QAbstractSocket::disconnected, this, [this, socket] { onClosed(socket); });
        connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
            if (error == QAbstractSocket::RemoteHostClosedError)
                return; // disconnected() follows
            socket->abort();
            onClosed(socket);
        });
    }
    // What each side sent before the tunnel existed (e.g. a request body) goes across now.
    QTimer::singleShot(0, this, [this] {
        if (m_client && m_server) {
            pump(m_client, m_server);
            pump(m_server, m_client);
        }
        for (QAbstractSocket *socket : { m_client.data(), m_server.data() }) {
            if (socket && socket->state() == QAbstractSocket::UnconnectedState)
                onClosed(socket);
        }
    });
}

ProxyTunnel::~ProxyTunnel()
{
    for (QAbstractSocket *socket : { m_client.data(), m_server.data() }) {
        if (socket)
            socket->disconnect(this);
    }
}

void ProxyTunnel::pump(QAbstractSocket *from, QAbstractSocket *to, bool drainAll)
{
    if (!from || !to)
        return;
    char buffer[ChunkBytes];
    const bool open = to->state() == QAbstractSocket::ConnectedState;
    while (drainAll || to->bytesToWrite() < HighWaterBytes) {
        const qint64 n = from->read(buffer, ChunkBytes);
        if (n <= 0)
            break;
        if (open) // bytes for a side that is gone are read and dropped, so the sender is not stuck
            to->write(buffer, n);
        counterFor(from) += n;
    }
}

void ProxyTunnel::onClosed(QAbstractSocket *closed)
{
    QAbstractSocket *other = closed == m_client ? m_server.data() : m_client.data();
    if (other) {
        pump(closed, other, true);
        if (other->state() == QAbstractSocket::ConnectedState) {
            other->disconnectFromHost(); // after what is still waiting to be written
            QTimer::singleShot(CloseLingerMs, other, [other] { other->abort(); });
        }
    }
    checkFinished();
}

void ProxyTunnel::checkFinished()
{
    if (m_finished)
        return;
    for (QAbstractSocket *socket : { m_client.data(), m_server.data() }) {
        if (socket && socket->state() != QAbstractSocket::UnconnectedState)
            return;
    }
    m_finished = true;
    Q_EMIT finished();
}

} // namespace Framewise
