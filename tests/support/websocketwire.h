// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

// The bytes of RFC 6455 as the test servers and the framing tests write and read them, written
// from the RFC here and never with the channel's own encoder or parser: a test that used the code
// under test to build its expectations could not catch that code's mistakes. One copy, so every
// raw server (tests/net, tests/protocol, tests/store, the bench blaster) speaks the same protocol.
namespace Framewise::WebSocketWire {

// How a payload length is written (RFC 6455 5.2): -1 the shortest form, 0 the 7-bit form, 1 the
// 16-bit form (126 + 2 bytes), 2 the 64-bit form (127 + 8 bytes). A form too small for the length
// keeps only its low bits, which lets a test send a wrong length on purpose.
constexpr int MinimalLength = -1;

// Appends the length byte (ORed with maskBit, 0x80 for a masked frame) and its extension.
void appendLength(QByteArray &out, quint64 length, quint8 maskBit = 0, int form = MinimalLength);
// The first byte and the length of a frame that announces length bytes, without its payload.
QByteArray frameHeader(quint8 firstByte, quint64 length, int form = MinimalLength);
// RSV1 in a frame's first byte: "this message is compressed" under permessage-deflate (RFC 7692).
constexpr quint8 Rsv1 = 0x40;
// An unmasked (server-to-client) frame. rsvBits go into the first byte as they are: 0x40 RSV1,
// 0x20 RSV2, 0x10 RSV3.
QByteArray serverFrame(quint8 opcode, const QByteArray &payload, bool fin = true, quint8 rsvBits = 0);
// A masked (client-to-server) frame: the length with the MASK bit, the key's 4 bytes (maskKey
// big-endian), then the payload XOR-ed with them (RFC 6455 5.3).
QByteArray clientFrame(quint8 opcode, const QByteArray &payload, quint32 maskKey, bool fin = true, quint8 rsvBits = 0);
// A Close frame's payload: the code big-endian, then the reason.
QByteArray closePayload(quint16 code, const QByteArray &reason = {});

// base64(SHA-1(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")), RFC 6455 4.2.2.
QByteArray acceptKey(const QByteArray &key);
// The value of the first header line called name (case-insensitive) in an HTTP head (request
// line first), trimmed; empty when there is none.
QByteArray headerValue(const QByteArray &head, const QByteArray &name);
// The plain 101 answer to an upgrade request that carried this Sec-WebSocket-Key.
QByteArray switchingProtocols(const QByteArray &key);

// One frame read from the front of a buffer, unmasked.
struct Frame {
    quint8 opcode = 0;
    bool fin = false;
    quint8 rsv = 0; // RSV1 = 4, RSV2 = 2, RSV3 = 1
    bool masked = false;
    quint32 maskKey = 0; // the 4 key bytes, big-endian
    int lengthForm = 0; // 0 = 7-bit, 1 = 16-bit, 2 = 64-bit
    bool minimalLength = true; // the shortest length form was used (RFC 6455 5.2)
    QByteArray payload; // unmasked
    quint16 closeCode() const; // for Close frames: 1005 when the payload has none
    QByteArray closeReason() const;
};
// Removes the first whole frame from buffer into frame; false (buffer untouched) until a whole
// frame is there.
bool takeFrame(QByteArray &buffer, Frame &frame);

} // namespace Framewise::WebSocketWire
