// SPDX-License-Identifier: GPL-3.0-or-later
#include "frameencoder.h"

#include <cstring>

namespace Framewise {

int FrameEncoder::writeHeader(
    char *header, quint8 opcode, bool fin, bool rsv1, std::optional<quint32> maskKey, qint64 payloadSize)
{
    auto *h = reinterpret_cast<unsigned char *>(header);
    const unsigned char maskBit = maskKey ? 0x80 : 0;
    h[0] = static_cast<unsigned char>((fin ? 0x80 : 0) | (rsv1 ? 0x40 : 0) | (opcode & 0x0F));
    int n = 2;
    if (payloadSize <= 125) {
        h[1] = static_cast<unsigned char>(maskBit | payloadSize);
    } else if (payloadSize <= 0xFFFF) {
        h[1] = maskBit | 126;
        h[2] = static_cast<unsigned char>(payloadSize >> 8);
        h[3] = static_cast<unsigned char>(payloadSize);
        n = 4;
    } else {
        h[1] = maskBit | 127;
        const auto length = static_cast<quint64>(payloadSize);
        for (int i = 0; i < 8; ++i)
            h[2 + i] = static_cast<unsigned char>(length >> (56 - 8 * i));
        n = 10;
    }
    if (!maskKey)
        return n;
    const quint32 key = *maskKey;
    h[n] = static_cast<unsigned char>(key >> 24);
    h[n + 1] = static_cast<unsigned char>(key >> 16);
    h[n + 2] = static_cast<unsigned char>(key >> 8);
    h[n + 3] = static_cast<unsigned char>(key);
    return n + 4;
}

void FrameEncoder::applyMask(char *data, qint64 size, quint32 maskKey, qint64 offset)
{
    unsigned char key[4] = { static_cast<unsigned char>(maskKey >> 24), static_cast<unsigned char>(maskKey >> 16),
        static_cast<unsigned char>(maskKey >> 8), static_cast<unsigned char>(maskKey) };
    // Rotate the key so key[0] applies to data[0].
    unsigned char rotated[8];
    for (int i = 0; i < 8; ++i)
        rotated[i] = key[(offset + i) & 3];
    quint64 pattern;
    std::memcpy(&pattern, rotated, 8);
    auto *p = reinterpret_cast<unsigned char *>(data);
    qint64 i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, p + i, 8);
        word ^= pattern;
        std::memcpy(p + i, &word, 8);
    }
    for (; i < size; ++i)
        p[i] ^= rotated[i & 7];
}

int FrameEncoder::appendFrame(QByteArray &out, quint8 opcode, bool fin, bool rsv1, std::optional<quint32> maskKey,
    const char *payload, qint64 size)
{
    char header[MaxHeaderSize];
    const int headerLength = writeHeader(header, opcode, fin, rsv1, maskKey, size);
    const qsizetype start = out.size();
    out.resize(start + headerLength + size);
    char *dst = out.data() + start;
    std::memcpy(dst, header, headerLength);
    if (size > 0) {
        std::memcpy(dst + headerLength, payload, size);
        if (maskKey)
            applyMask(dst + headerLength, size, *maskKey);
    }
    return headerLength;
}

} // namespace Framewise
