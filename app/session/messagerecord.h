// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Framewise {

// One entry of a session log: a message, a control frame, or a connection event. Payload bytes
// live once in the SessionLog's arena; the record holds where they are.
struct MessageRecord {
    enum class Direction : quint8 { In, Out, Local };
    enum class Kind : quint8 { Text, Binary, Ping, Pong, Close, Event };
    // What an intercepting proxy did to a message, as bits of `marks`. Out is app -> server and In
    // is server -> app there. A record's marks are set when it is appended and never change.
    enum Mark : quint8 {
        Held = 1, // was held at a breakpoint
        Edited = 2, // its payload was changed by a rule or by hand
        Dropped = 4, // not forwarded
        Injected = 8, // sent by the user, not by the app or the server
        Delayed = 16, // forwarded late by a delay rule
        Replied = 32, // answered by a reply rule instead of forwarded
    };
    static constexpr quint8 AllMarks = Held | Edited | Dropped | Injected | Delayed | Replied;

    qint64 timeUs = 0; // wall clock, microseconds since the Unix epoch
    qint64 payloadOffset = 0; // into the arena (or index of a large payload)
    qint64 payloadSize = 0; // message bytes (inflated)
    qint64 wireSize = 0; // payload bytes on the wire summed over frames (compressed size)
    quint32 frameCount = 1;
    quint16 closeCode = 0;
    Direction direction = Direction::In;
    Kind kind = Kind::Text;
    bool compressed = false;
    bool largePayload = false; // payload kept as its own shared QByteArray
    bool payloadOmitted = false; // e.g. a streamed file: payloadSize bytes were sent, none kept; the
                                 // payload is then the file's name (or empty)
    quint8 marks = 0; // Mark bits; in the padding after the flags, so the record stays 48 bytes
};

} // namespace Framewise
