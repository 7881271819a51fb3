// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <optional>

namespace Framewise {

// Writes frames (RFC 6455 section 5.2) with minimal length encoding: masked with a key (the client
// role, which must mask every frame) or unmasked with std::nullopt (the server role, which must not).
class FrameEncoder {
public:
    static constexpr int MaxHeaderSize = 14;

    // Appends one frame to out: header, then payload (XOR-ed with maskKey when there is one). Returns the header
    // length.
    static int appendFrame(QByteArray &out, quint8 opcode, bool fin, bool rsv1, std::optional<quint32> maskKey,
        const char *payload, qint64 size);
    // Writes just the header into header[MaxHeaderSize]; returns its length.
    static int writeHeader(
        char *header, quint8 opcode, bool fin, bool rsv1, std::optional<quint32> maskKey, qint64 payloadSize);
    // XORs data in place with the mask, starting at key byte (offset % 4). Word-at-a-time.
    static void applyMask(char *data, qint64 size, quint32 maskKey, qint64 offset = 0);
};

} // namespace Framewise
