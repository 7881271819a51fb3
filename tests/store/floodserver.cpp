// SPDX-License-Identifier: GPL-3.0-or-later
#include "floodserver.h"

#include <QCryptographicHash>
#include <QTcpSocket>

namespace Framewise {

namespace {
constexpr qint64 HighWater = 256 * 1024;

void appendFrame(QByteArray &out, quint8 opcode, const QByteArray &payload)
{
    out.append(char(0x80 | opcode));
    out.append(char(payload.size())); // < 126 bytes
    out.append(payload);
}
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
            QByteArray close;
            appendFrame(close, 0x8, QByteArray("\x03\xe8", 2));
            m_socket->write(close);
            m_socket->disconnectFromHost();
        }
        return;
    }
    m_request += bytes;
    if (!m_request.contains("\r\n\r\n"))
        return;
    QByteArray key;
    const QList<QByteArray> lines = m_request.split('\n');
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith("sec-websocket-key:"))
            key = line.mid(18).trimmed();
    }
    const QByteArray accept
        = QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"), QCryptographicHash::Sha1)
              .toBase64();
    m_socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    "Sec-WebSocket-Accept: "
        + accept + "\r\n\r\n");
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
        appendFrame(chunk, 0x1, messageText(m_sent++));
    if (!chunk.isEmpty())
        m_socket->write(chunk);
}

} // namespace Framewise
