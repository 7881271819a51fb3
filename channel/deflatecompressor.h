// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <memory>

struct z_stream_s;

namespace Framewise {

// Compresses outgoing messages for permessage-deflate (RFC 7692 section 7.2.1): raw deflate,
// a sync flush per message, and the 00 00 ff ff tail removed.
class DeflateCompressor {
public:
    // windowBits 8 is raised to 9: zlib refuses raw deflate with 8, and RFC 7692 section 7.1.2.2
    // only limits the window a peer must keep for us, which 9 bits still fits in most servers.
    DeflateCompressor(int windowBits, bool noContextTakeover, int level = 6);
    ~DeflateCompressor();
    DeflateCompressor(const DeflateCompressor &) = delete;
    DeflateCompressor &operator=(const DeflateCompressor &) = delete;

    bool isValid() const { return m_valid; }
    // Compresses one whole message.
    QByteArray compress(const char *data, qsizetype size);

private:
    std::unique_ptr<z_stream_s> m_stream;
    bool m_noContextTakeover;
    bool m_valid = false;
};

} // namespace Framewise
