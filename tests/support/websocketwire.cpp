// SPDX-License-Identifier: GPL-3.0-or-later
#include "websocketwire.h"

#include <QCryptographicHash>
#include <QList>

namespace Framewise::WebSocketWire {

void appendLength(QByteArray &out, quint64 length, quint8 maskBit, int form)
{
    if (form == MinimalLength)
        form = length <= 125 ? 0 : length <= 0xFFFF ? 1 : 2;
    if (form == 0) {
        out.append(char(maskBit | (length & 0x7F)));
    } else if (form == 1) {
        out.append(char(maskBit | 126));
        out.append(char((length >> 8) & 0xFF));
        out.append(char(length & 0xFF));
    } else {
        out.append(char(maskBit | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            out.append(char((length >> shift) & 0xFF));
    }
}

QByteArray frameHeader(quint8 firstByte, quint64 length, int form)
{
    QByteArray out(1, char(firstByte));
    appendLength(out, length, 0, form);
    return out;
}

QByteArray serverFrame(quint8 opcode, const QByteArray &payload, bool fin, quint8 rsvBits)
{
    QByteArray out;
    out.reserve(payload.size() + 10);
    out.append(char((fin ? 0x80 : 0) | rsvBits | opcode));
    appendLength(out, quint64(payload.size()));
    out.append(payload);
    return out;
}

QByteArray clientFrame(quint8 opcode, const QByteArray &payload, quint32 maskKey, bool fin, quint8 rsvBits)
{
    const char key[4] = { char(maskKey >> 24), char(maskKey >> 16), char(maskKey >> 8), char(maskKey) };
    QByteArray out;
    out.reserve(payload.size() + 14);
    out.append(char((fin ? 0x80 : 0) | rsvBits | opcode));
    appendLength(out, quint64(payload.size()), 0x80);
    out.append(key, 4);
    for (qsizetype i = 0; i < payload.size(); ++i)
        out.append(char(payload.at(i) ^ key[i % 4]));
    return out;
}

QByteArray closePayload(quint16 code, const QByteArray &reason)
{
    QByteArray out;
    out.append(char(code >> 8));
    out.append(char(code & 0xFF));
    return out + reason;
}

QByteArray acceptKey(const QByteArray &key)
{
    return QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"), QCryptographicHash::Sha1)
        .toBase64();
}

QByteArray headerValue(const QByteArray &head, const QByteArray &name)
{
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // after the request line
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QByteArray switchingProtocols(const QByteArray &key)
{
    return "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: "
        + acceptKey(key) + "\r\n\r\n";
}

quint16 Frame::closeCode() const
{
    if (payload.size() < 2)
        return 1005;
    return quint16((quint8(payload.at(0)) << 8) | quint8(payload.at(1)));
}

QByteArray Frame::closeReason() const
{
    return payload.mid(2);
}

bool takeFrame(QByteArray &buffer, Frame &frame)
{
    if (buffer.size() < 2)
        return false;
    const auto *p = reinterpret_cast<const uchar *>(buffer.constData());
    Frame next;
    next.fin = (p[0] & 0x80) != 0;
    next.rsv = (p[0] >> 4) & 0x7;
    next.opcode = p[0] & 0x0F;
    next.masked = (p[1] & 0x80) != 0;
    quint64 length = p[1] & 0x7F;
    qsizetype pos = 2;
    if (length == 126) {
        if (buffer.size() < 4)
            return false;
        length = (quint64(p[2]) << 8) | p[3];
        pos = 4;
        next.lengthForm = 1;
        next.minimalLength = length > 125;
    } else if (length == 127) {
        if (buffer.size() < 10)
            return false;
        length = 0;
        for (int i = 0; i < 8; ++i)
            length = (length << 8) | p[2 + i];
        pos = 10;
        next.lengthForm = 2;
        next.minimalLength = length > 0xFFFF;
    }
    const qsizetype maskLength = next.masked ? 4 : 0;
    if (quint64(buffer.size()) < quint64(pos + maskLength) + length)
        return false;
    uchar key[4] = { 0, 0, 0, 0 };
    if (next.masked) {
        for (int i = 0; i < 4; ++i)
            key[i] = p[pos + i];
        next.maskKey = (quint32(key[0]) << 24) | (quint32(key[1]) << 16) | (quint32(key[2]) << 8) | key[3];
    }
    next.payload = buffer.mid(pos + maskLength, qsizetype(length));
    for (qsizetype i = 0; i < next.payload.size(); ++i)
        next.payload[i] = char(next.payload.at(i) ^ key[i % 4]);
    buffer.remove(0, pos + maskLength + qsizetype(length));
    frame = std::move(next);
    return true;
}

} // namespace Framewise::WebSocketWire
