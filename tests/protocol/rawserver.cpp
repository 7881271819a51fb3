// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawserver.h"

#include <QCryptographicHash>
#include <QTimer>
#include <QUrl>

namespace Framewise {

quint16 RawServer::ClientFrame::closeCode() const
{
    if (payload.size() < 2)
        return 1005;
    return quint16((quint8(payload.at(0)) << 8) | quint8(payload.at(1)));
}

RawServer::RawServer(QObject *parent)
    : QObject(parent)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &RawServer::onConnection);
}

QUrl RawServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
}

QByteArray RawServer::requestHeader(const QByteArray &name) const
{
    const QList<QByteArray> lines = m_request.split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

void RawServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connections;
        if (m_socket) {
            socket->abort(); // one client at a time
            socket->deleteLater();
            continue;
        }
        m_socket = socket;
        connect(socket, &QTcpSocket::readyRead, this, &RawServer::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, this, [this] {
            m_disconnected = true;
            Q_EMIT clientGone();
        });
    }
}

void RawServer::onReadyRead()
{
    const QByteArray bytes = m_socket->readAll();
    m_bytesFromClient += bytes.size();
    m_buffer += bytes;
    if (!m_handshakeDone) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        m_request = m_buffer.left(end + 4);
        m_buffer.remove(0, end + 4);
        m_handshakeDone = true;
        if (m_mode == Handshake::Never)
            return;
        if (m_mode == Handshake::Custom) {
            m_socket->write(m_custom);
        } else {
            const QByteArray key = requestHeader("Sec-WebSocket-Key");
            const QByteArray accept = m_acceptOverride.isEmpty()
                ? QCryptographicHash::hash(
                    QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"), QCryptographicHash::Sha1)
                      .toBase64()
                : m_acceptOverride;
            m_socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                            "Sec-WebSocket-Accept: "
                + accept + "\r\n" + m_extraHeaders + "\r\n");
        }
        Q_EMIT handshakeDone();
    }
    parseFrames();
}

void RawServer::parseFrames()
{
    for (;;) {
        if (m_buffer.size() < 2)
            return;
        const auto *p = reinterpret_cast<const uchar *>(m_buffer.constData());
        ClientFrame frame;
        frame.fin = p[0] & 0x80;
        frame.rsv = (p[0] >> 4) & 0x7;
        frame.opcode = p[0] & 0x0F;
        frame.masked = p[1] & 0x80;
        quint64 length = p[1] & 0x7F;
        qsizetype pos = 2;
        if (length == 126) {
            if (m_buffer.size() < 4)
                return;
            length = (quint64(p[2]) << 8) | p[3];
            pos = 4;
        } else if (length == 127) {
            if (m_buffer.size() < 10)
                return;
            length = 0;
            for (int i = 0; i < 8; ++i)
                length = (length << 8) | p[2 + i];
            pos = 10;
        }
        const qsizetype maskLength = frame.masked ? 4 : 0;
        if (quint64(m_buffer.size()) < pos + maskLength + length)
            return;
        uchar key[4] = { 0, 0, 0, 0 };
        if (frame.masked) {
            for (int i = 0; i < 4; ++i)
                key[i] = p[pos + i];
            frame.maskKey = (quint32(key[0]) << 24) | (quint32(key[1]) << 16) | (quint32(key[2]) << 8) | key[3];
        } else {
            m_unmasked = true;
        }
        frame.payload = m_buffer.mid(pos + maskLength, qsizetype(length));
        for (qsizetype i = 0; i < frame.payload.size(); ++i)
            frame.payload[i] = char(frame.payload.at(i) ^ key[i % 4]);
        m_buffer.remove(0, pos + maskLength + qsizetype(length));
        m_frames.append(frame);
        if (frame.opcode == 0x8 && m_echoClose && !m_closeSent && m_socket) {
            m_closeSent = true;
            m_socket->write(RawServer::frame(0x8, frame.payload.left(2)));
        }
        if (frame.opcode == 0x9 && m_answerPings && m_socket)
            m_socket->write(RawServer::frame(0xA, frame.payload));
        Q_EMIT frameReceived();
    }
}

void RawServer::send(const QByteArray &bytes)
{
    if (m_socket)
        m_socket->write(bytes);
}

void RawServer::sendSlowly(const QByteArray &bytes, int bytesPerChunk, int intervalMs)
{
    for (qsizetype i = 0; i < bytes.size(); i += bytesPerChunk) {
        const QByteArray chunk = bytes.mid(i, bytesPerChunk);
        QTimer::singleShot(int(i / bytesPerChunk) * intervalMs, this, [this, chunk] {
            if (m_socket) {
                m_socket->write(chunk);
                m_socket->flush();
            }
        });
    }
}

void RawServer::sendFrame(quint8 opcode, const QByteArray &payload, bool fin, quint8 rsv)
{
    send(frame(opcode, payload, fin, rsv));
}

void RawServer::closeTcp()
{
    if (m_socket)
        m_socket->disconnectFromHost();
}

void RawServer::abortTcp()
{
    if (m_socket)
        m_socket->abort();
}

QByteArray RawServer::frame(
    quint8 opcode, const QByteArray &payload, bool fin, quint8 rsv, int form, quint64 lengthOverride, bool mask)
{
    QByteArray out;
    out.append(char((fin ? 0x80 : 0) | ((rsv & 0x7) << 4) | (opcode & 0x0F)));
    const quint64 length = lengthOverride != ~quint64(0) ? lengthOverride : quint64(payload.size());
    if (form < 0)
        form = length <= 125 ? 0 : length <= 0xFFFF ? 1 : 2;
    const char maskBit = mask ? char(0x80) : char(0);
    if (form == 0) {
        out.append(char(maskBit | char(length)));
    } else if (form == 1) {
        out.append(char(maskBit | 126));
        out.append(char(length >> 8));
        out.append(char(length & 0xFF));
    } else {
        out.append(char(maskBit | 127));
        for (int i = 7; i >= 0; --i)
            out.append(char((length >> (8 * i)) & 0xFF));
    }
    if (mask)
        out.append("\x01\x02\x03\x04", 4);
    QByteArray body = payload;
    if (mask) {
        for (qsizetype i = 0; i < body.size(); ++i)
            body[i] = char(body.at(i) ^ char(1 + i % 4));
    }
    return out + body;
}

QByteArray RawServer::closePayload(quint16 code, const QByteArray &reason)
{
    QByteArray out;
    out.append(char(code >> 8));
    out.append(char(code & 0xFF));
    return out + reason;
}

} // namespace Framewise
