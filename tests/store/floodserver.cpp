// SPDX-License-Identifier: GPL-3.0-or-later
#include "floodserver.h"

#include "websocketwire.h"

#include <QTcpSocket>

namespace Framewise {

namespace {
constexpr qint64 HighWater = 256 * 1024;
} // namespace

FloodServer::FloodServer(qint64 limit, QObject *parent)
    : QObject(parent)
    , m_limit(limit)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FloodServer::onNewConnection);
}

bool FloodServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FloodServer::url() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/flood").arg(m_server.serverPort()));
}

QByteArray FloodServer::messageText(qint64 n)
{
    return "flood " + QByteArray::number(n);
}

void FloodServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_socket) { // one client at a time
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_socket = socket;
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, &FloodServer::onReadyRead);
        connect(socket, &QTcpSocket::bytesWritten, this, &FloodServer::pump);
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            socket->deleteLater();
            if (m_socket == socket)
                m_socket = nullptr;
            m_upgraded = false;
            m_closing = false;
            m_request.clear();
        });
    }
}

void FloodServer::onReadyRead()
{
    if (!m_socket)
        return;
    const QByteArray bytes = m_socket->readAll();
    if (m_upgraded) {
        // Anything the client sends after the upgrade that starts with a Close frame ends the flood.
        if (!bytes.isEmpty() && (quint8(bytes.at(0)) & 0x0f) == 0x8 && !m_closing) {
            m_closing = true;
            m_socket->write(WebSocketWire::serverFrame(0x8, WebSocketWire::closePayload(1000)));
            m_socket->disconnectFromHost();
        }
        return;
    }
    m_request += bytes;
    if (!m_request.contains("\r\n\r\n"))
        return;
    m_socket->write(WebSocketWire::switchingProtocols(WebSocketWire::headerValue(m_request, "Sec-WebSocket-Key")));
    m_upgraded = true;
    pump();
}

void FloodServer::pump()
{
    if (!m_socket || !m_upgraded || m_closing)
        return;
    if (m_socket->bytesToWrite() > HighWater)
        return;
    QByteArray chunk;
    chunk.reserve(HighWater + 64);
    while (chunk.size() < HighWater && (m_limit < 0 || m_sent < m_limit))
        chunk += WebSocketWire::serverFrame(0x1, messageText(m_sent++));
    if (!chunk.isEmpty())
        m_socket->write(chunk);
}

} // namespace Framewise
