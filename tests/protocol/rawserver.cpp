// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawserver.h"

namespace Framewise {

namespace {
constexpr qint64 EndlessBacklog = 64 * 1024; // keep at most this much unsent in endless mode
}

RawServer::RawServer(QObject *parent)
    : QObject(parent)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &RawServer::onConnection);
    m_pump.setSingleShot(true);
    connect(&m_pump, &QTimer::timeout, this, &RawServer::pump);
    m_endless.setInterval(1);
    connect(&m_endless, &QTimer::timeout, this, &RawServer::feedEndlessHeaders);
}

RawServer::~RawServer()
{
    if (m_socket) {
        QObject::disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
    }
}

QUrl RawServer::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(pathAndQuery));
}

QByteArray RawServer::requestLine() const
{
    const qsizetype end = m_request.indexOf("\r\n");
    return end < 0 ? QByteArray() : m_request.left(end);
}

QByteArray RawServer::requestHeader(const QByteArray &name) const
{
    return WebSocketWire::headerValue(m_request, name);
}

int RawServer::requestHeaderCount(const QByteArray &name) const
{
    int count = 0;
    const QList<QByteArray> lines = m_request.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0 && lines.at(i).left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            ++count;
    }
    return count;
}

QList<quint8> RawServer::clientOpcodes() const
{
    QList<quint8> opcodes;
    for (const ClientFrame &frame : m_frames)
        opcodes.append(frame.opcode);
    return opcodes;
}

void RawServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connections;
        if (m_socket || m_disconnected) {
            socket->abort(); // one client per server
            socket->deleteLater();
            continue;
        }
        m_socket = socket;
        socket->setParent(this);
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(socket, &QTcpSocket::readyRead, this, &RawServer::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, this, [this] {
            if (m_disconnected)
                return;
            onReadyRead(); // whatever arrived with the FIN
            m_disconnected = true;
            m_endless.stop();
            m_pump.stop();
            m_queue.clear();
            Q_EMIT clientGone();
        });
    }
}

void RawServer::onReadyRead()
{
    if (!m_socket)
        return;
    const QByteArray bytes = m_socket->readAll();
    if (bytes.isEmpty())
        return;
    m_bytesFromClient += bytes.size();
    if (m_clientClosed)
        m_bytesAfterClose += bytes.size();
    m_buffer += bytes;
    if (!m_requestDone) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        m_request = m_buffer.left(end + 4);
        m_buffer.remove(0, end + 4);
        m_requestDone = true;
        Q_EMIT requestReceived();
        answerHandshake();
    }
    parseFrames();
}

QByteArray RawServer::acceptFor(const QByteArray &key)
{
    return WebSocketWire::acceptKey(key);
}

void RawServer::answerHandshake()
{
    switch (m_mode) {
    case Handshake::Never:
        return;
    case Handshake::Custom:
        send(m_custom);
        break;
    case Handshake::EndlessHeaders:
        writeNow(QByteArrayLiteral("HTTP/1.1 101 Switching Protocols\r\n"));
        m_endless.start();
        return;
    case Handshake::Accept: {
        const QByteArray accept
            = m_acceptOverride.isEmpty() ? acceptFor(requestHeader("Sec-WebSocket-Key")) : m_acceptOverride;
        if (m_builder) {
            send(m_builder(accept));
        } else {
            send(QByteArrayLiteral("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                                   "Sec-WebSocket-Accept: ")
                + accept + QByteArrayLiteral("\r\n") + m_extraHeaders + QByteArrayLiteral("\r\n"));
        }
        break;
    }
    }
}

void RawServer::feedEndlessHeaders()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        m_endless.stop();
        return;
    }
    if (m_socket->bytesToWrite() > EndlessBacklog)
        return;
    QByteArray lines;
    while (lines.size() < 4096)
        lines += QByteArrayLiteral("X-Endless-") + QByteArray::number(m_endlessLine++)
            + QByteArrayLiteral(": and on and on and on\r\n");
    writeNow(lines);
}

void RawServer::parseFrames()
{
    ClientFrame frame;
    while (WebSocketWire::takeFrame(m_buffer, frame)) {
        if (!frame.masked)
            m_unmasked = true;
        const bool firstClose = frame.opcode == 0x8 && !m_clientClosed;
        m_frames.append(frame);
        if (firstClose) {
            m_clientClosed = true;
            m_bytesAfterClose += m_buffer.size();
            if (m_echoClose && !m_closeEchoed) {
                m_closeEchoed = true;
                send(RawServer::frame(0x8, frame.payload.left(2)));
            }
        }
        if (frame.opcode == 0x9 && m_answerPings)
            send(RawServer::frame(0xA, frame.payload));
        Q_EMIT clientFrameReceived(int(m_frames.size() - 1));
    }
}

void RawServer::writeNow(const QByteArray &bytes)
{
    if (!m_socket || bytes.isEmpty())
        return;
    m_bytesToClient += m_socket->write(bytes);
    m_socket->flush();
}

void RawServer::maybeCloseAfterSend()
{
    if (m_closeAfterSend && m_queue.isEmpty() && m_socket)
        m_socket->disconnectFromHost();
}

void RawServer::enqueue(const QByteArray &bytes, int bytesPerChunk, int intervalMs)
{
    const bool idle = m_queue.isEmpty();
    for (qsizetype i = 0; i < bytes.size(); i += bytesPerChunk)
        m_queue.append({ Chunk::Bytes, bytes.mid(i, bytesPerChunk), intervalMs });
    if (idle && !m_queue.isEmpty()) {
        m_queue.first().delayMs = 0;
        m_pump.start(0);
    }
}

void RawServer::pump()
{
    if (m_queue.isEmpty())
        return;
    const Chunk chunk = m_queue.takeFirst();
    if (chunk.kind == Chunk::Close) {
        m_queue.clear();
        if (m_socket)
            m_socket->disconnectFromHost();
        return;
    }
    writeNow(chunk.bytes);
    if (m_queue.isEmpty())
        maybeCloseAfterSend();
    else
        m_pump.start(m_queue.first().delayMs);
}

void RawServer::send(const QByteArray &bytes)
{
    if (m_splitWrites) {
        enqueue(bytes, 1, 1);
        return;
    }
    if (!m_queue.isEmpty()) {
        m_queue.append({ Chunk::Bytes, bytes, 0 });
        return;
    }
    writeNow(bytes);
    maybeCloseAfterSend();
}

void RawServer::sendSlowly(const QByteArray &bytes, int bytesPerChunk, int intervalMs)
{
    enqueue(bytes, qMax(1, bytesPerChunk), intervalMs);
}

void RawServer::sendFrame(quint8 opcode, const QByteArray &payload, bool fin, quint8 rsv)
{
    send(frame(opcode, payload, fin, rsv));
}

void RawServer::closeTcp()
{
    if (!m_queue.isEmpty()) {
        m_queue.append({ Chunk::Close, {}, 0 });
        return;
    }
    if (m_socket)
        m_socket->disconnectFromHost();
}

void RawServer::abortTcp()
{
    m_queue.clear();
    m_pump.stop();
    m_endless.stop();
    if (m_socket)
        m_socket->abort();
}

QByteArray RawServer::header(quint8 opcode, quint64 length, bool fin, int form)
{
    return WebSocketWire::frameHeader(quint8((fin ? 0x80 : 0) | (opcode & 0x0F)), length, form);
}

QByteArray RawServer::frame(
    quint8 opcode, const QByteArray &payload, bool fin, quint8 rsv, int form, quint64 lengthOverride, bool mask)
{
    const quint64 length = lengthOverride != ~quint64(0) ? lengthOverride : quint64(payload.size());
    QByteArray out = header(opcode, length, fin, form);
    out[0] = char(quint8(out.at(0)) | ((rsv & 0x7) << 4));
    if (!mask)
        return out + payload;
    out[1] = char(quint8(out.at(1)) | 0x80);
    const char key[4] = { 0x11, 0x22, 0x33, 0x44 };
    out.append(key, 4);
    QByteArray body = payload;
    for (qsizetype i = 0; i < body.size(); ++i)
        body[i] = char(body.at(i) ^ key[i % 4]);
    return out + body;
}

QByteArray RawServer::closePayload(quint16 code, const QByteArray &reason)
{
    return WebSocketWire::closePayload(code, reason);
}

} // namespace Framewise
