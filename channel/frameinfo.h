// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QtGlobal>

namespace Framewise {

namespace Opcode {
constexpr quint8 Continuation = 0x0;
constexpr quint8 Text = 0x1;
constexpr quint8 Binary = 0x2;
constexpr quint8 Close = 0x8;
constexpr quint8 Ping = 0x9;
constexpr quint8 Pong = 0xA;
inline bool isControl(quint8 opcode)
{
    return (opcode & 0x8) != 0;
}
const char *name(quint8 opcode); // "text", "binary", "close", ... "reserved"
} // namespace Opcode

// One frame as seen on the wire, for the inspector (frameSent / frameReceived).
struct FrameInfo {
    qint64 timeUs = 0; // wall clock, microseconds since the Unix epoch
    qint64 payloadLength = 0; // on the wire (compressed size when RSV1 is set)
    quint32 maskKey = 0; // network byte order value of the 4 key bytes
    quint8 opcode = 0;
    quint8 headerLength = 0; // 2..14 bytes
    bool fin = false;
    bool rsv1 = false;
    bool rsv2 = false;
    bool rsv3 = false;
    bool masked = false;
    QByteArray controlPayload; // the payload of control frames (at most 125 bytes); empty for data frames
};

} // namespace Framewise

Q_DECLARE_METATYPE(Framewise::FrameInfo)
