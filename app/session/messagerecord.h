// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Framewise {

// One entry of a session log: a message, a control frame, or a connection event. Payload bytes
// live once in the SessionLog's arena; the record holds where they are.
struct MessageRecord {
    enum class Direction : quint8 { In, Out, Local };
    enum class Kind : quint8 { Text, Binary, Ping, Pong, Close, Event };
    // What an intercepting proxy did with the message (bit flags).
    enum Mark : quint8 { Held = 1, Edited = 2, Dropped = 4, Injected = 8, Delayed = 16, Replied = 32 };

    qint64 timeUs = 0; // wall clock, microseconds since the Unix epoch
    qint64 payloadOffset = 0; // into the arena (or index of a large payload)
    qint64 payloadSize = 0; // message bytes (inflated)
    qint64 wireSize = 0; // payload bytes on the wire summed over frames (compressed size)
    quint32 frameCount = 1;
    quint16 closeCode = 0;
    Direction direction = Direction::In;
    Kind kind = Kind::Text;
    quint8 marks = 0; // Mark flags
    bool compressed = false;
    bool largePayload = false; // payload kept as its own shared QByteArray
    bool payloadOmitted = false; // e.g. a streamed file: payloadSize bytes were sent, none kept; the
                                 // payload is then the file's name (or empty)
};

} // namespace Framewise
