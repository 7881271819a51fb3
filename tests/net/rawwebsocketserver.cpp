// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawwebsocketserver.h"

#include "websocketwire.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

namespace Framewise {

QByteArray RawWebSocketServer::Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

int RawWebSocketServer::Request::headerCount(const QByteArray &name) const
{
    int count = 0;
    for (const auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            ++count;
    }
    return count;
}

RawWebSocketServer::RawWebSocketServer(QObject *parent)
    : QObject(parent)
{
}

RawWebSocketServer::~RawWebSocketServer()
{
    for (auto it = m_sockets.cbegin(); it != m_sockets.cend(); ++it) {
        QObject::disconnect(it.key(), nullptr, this, nullptr);
        it.key()->abort();
    }
}

void RawWebSocketServer::setSslConfiguration(const QSslConfiguration &configuration)
{
    m_sslConfiguration = configuration;
    m_secure = true;
}

bool RawWebSocketServer::listen()
{
    if (m_secure) {
        auto *server = new QSslServer;
        server->setSslConfiguration(m_sslConfiguration);
        connect(server, &QSslServer::errorOccurred, this, [this](QSslSocket *, QAbstractSocket::SocketError) {
            ++m_tlsFailures;
            Q_EMIT tlsFailed();
        });
        m_server.reset(server);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    // newConnection() comes for every TCP connection, before QSslServer's TLS handshake; a
    // connection is queued (pendingConnectionAvailable) only once that handshake completed.
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &RawWebSocketServer::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 RawWebSocketServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl RawWebSocketServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                    .arg(m_secure ? QStringLiteral("wss") : QStringLiteral("ws"))
                    .arg(port())
                    .arg(path));
}

QByteArray RawWebSocketServer::httpResponse(int status, const QByteArray &reason, const QList<QByteArray> &headerLines)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    for (const QByteArray &line : headerLines)
        out += line + "\r\n";
    return out + "Content-Length: 0\r\nConnection: close\r\n\r\n";
}

void RawWebSocketServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connections;
        if (auto *ssl = qobject_cast<QSslSocket *>(socket))
            m_clientCertificates.append(ssl->peerCertificate());
        m_sockets.insert(socket, Connection());
        connect(socket, &QIODevice::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QAbstractSocket::disconnected, this, [this, socket] {
            m_sockets.remove(socket);
            socket->deleteLater();
        });
        // A TLS client may have sent its request together with the end of the handshake.
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void RawWebSocketServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_sockets.find(socket);
    if (it == m_sockets.end())
        return;
    it->buffer += socket->readAll();
    if (!it->upgraded) {
        handleRequest(socket, *it);
        it = m_sockets.find(socket); // a rejected request may already have ended the connection
        if (it == m_sockets.end())
            return;
    }
    if (it->upgraded)
        handleFrames(socket, *it);
}

void RawWebSocketServer::handleRequest(QTcpSocket *socket, Connection &connection)
{
    const qsizetype end = connection.buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QByteArray head = connection.buffer.left(end);
    connection.buffer.remove(0, end + 4);
    const QList<QByteArray> lines = head.split('\n');
    Request request;
    request.requestLine = lines.value(0).trimmed();
    const QList<QByteArray> parts = request.requestLine.split(' ');
    request.method = parts.value(0);
    request.target = parts.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
    }
    m_requests.append(request);
    Q_EMIT requestReceived();

    QByteArray answer = m_gate ? m_gate(request) : QByteArray();
    if (answer.isEmpty()) {
        const QByteArray key = request.header("Sec-WebSocket-Key");
        if (request.method != "GET" || request.header("Upgrade").compare("websocket", Qt::CaseInsensitive) != 0
            || key.isEmpty())
            answer = httpResponse(400, "Bad Request", {});
        else {
            socket->write(WebSocketWire::switchingProtocols(key));
            connection.upgraded = true;
            return;
        }
    }
    socket->write(answer);
    socket->disconnectFromHost();
}

void RawWebSocketServer::handleFrames(QTcpSocket *socket, Connection &connection)
{
    QByteArray &buffer = connection.buffer;
    WebSocketWire::Frame frame;
    for (;;) {
        // RFC 6455 5.1: a server must close on an unmasked client frame.
        if (buffer.size() >= 2 && !(quint8(buffer.at(1)) & 0x80)) {
            socket->abort();
            return;
        }
        if (!WebSocketWire::takeFrame(buffer, frame))
            return;
        const QByteArray &payload = frame.payload;
        switch (frame.opcode) {
        case 0x1:
        case 0x2:
            socket->write(WebSocketWire::serverFrame(frame.opcode, payload));
            m_echoed.append(payload);
            Q_EMIT messageEchoed(payload);
            break;
        case 0x8:
            socket->write(WebSocketWire::serverFrame(0x8, payload.left(2)));
            socket->disconnectFromHost();
            return;
        case 0x9:
            socket->write(WebSocketWire::serverFrame(0xA, payload));
            break;
        default:
            break;
        }
    }
}

} // namespace Framewise
