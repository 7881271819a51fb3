// SPDX-License-Identifier: GPL-3.0-or-later
#include "deflatecompressor.h"

#include <zlib.h>

#include <algorithm>

namespace Framewise {

DeflateCompressor::DeflateCompressor(int windowBits, bool noContextTakeover, int level)
    : m_stream(std::make_unique<z_stream_s>())
    , m_noContextTakeover(noContextTakeover)
{
    const int bits = std::clamp(windowBits, 9, 15);
    m_valid = deflateInit2(m_stream.get(), std::clamp(level, 1, 9), Z_DEFLATED, -bits, 8, Z_DEFAULT_STRATEGY) == Z_OK;
}

DeflateCompressor::~DeflateCompressor()
{
    if (m_valid)
        deflateEnd(m_stream.get());
}

QByteArray DeflateCompressor::compress(const char *data, qsizetype size)
{
    QByteArray out;
    if (!m_valid)
        return out;
    z_stream_s &z = *m_stream;
    out.resize(qsizetype(deflateBound(&z, uLong(size))) + 16);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    z.avail_in = uInt(size);
    qsizetype produced = 0;
    for (;;) {
        z.next_out = reinterpret_cast<Bytef *>(out.data() + produced);
        z.avail_out = uInt(out.size() - produced);
        const int result = deflate(&z, Z_SYNC_FLUSH);
        produced = out.size() - qsizetype(z.avail_out);
        if (result != Z_OK && result != Z_BUF_ERROR)
            break;
        if (z.avail_in == 0 && z.avail_out != 0)
            break;
        out.resize(out.size() * 2);
    }
    out.resize(produced);
    if (out.endsWith(QByteArrayView("\x00\x00\xff\xff", 4)))
        out.chop(4);
    // zlib skips a sync flush that directly follows another, so an empty message after a message
    // (with context takeover) produces nothing. The peer still appends 00 00 ff ff, which only
    // reads as an empty stored block after its header byte 0x00 (RFC 7692 section 7.2.3.6);
    // without that byte the peer's inflater takes the tail for a block header and loses step.
    if (out.isEmpty())
        out = QByteArray(1, '\0');
    if (m_noContextTakeover)
        deflateReset(&z);
    return out;
}

} // namespace Framewise
