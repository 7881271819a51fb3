// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Framewise {

// One frame on the wire, for the log's frames mode (32 bytes, no payload: the payload is the
// message's, stored once).
struct FrameRecord {
    enum Flag : quint8 {
        Fin = 0x01,
        Rsv1 = 0x02,
        Rsv2 = 0x04,
        Rsv3 = 0x08,
        Masked = 0x10,
        Outgoing = 0x20,
        AppLeg = 0x40
    }; // Outgoing: toward the server; AppLeg: on an intercepted app's own connection

    qint64 timeUs = 0;
    qint64 payloadLength = 0;
    qint32 messageIndex = -1; // the log message this frame belongs to (-1 while its message is incomplete)
    quint32 maskKey = 0;
    quint8 opcode = 0;
    quint8 headerLength = 0;
    quint8 flags = 0;

    bool has(Flag flag) const { return (flags & flag) != 0; }
};

} // namespace Framewise
