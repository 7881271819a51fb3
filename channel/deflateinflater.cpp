// SPDX-License-Identifier: GPL-3.0-or-later
#include "deflateinflater.h"

#include <zlib.h>

namespace Framewise {

DeflateInflater::DeflateInflater(bool noContextTakeover)
    : m_stream(std::make_unique<z_stream_s>())
    , m_chunk(new char[ChunkSize])
    , m_noContextTakeover(noContextTakeover)
{
    // Always inflate with the largest window: it reads streams made with any smaller one.
    m_valid = inflateInit2(m_stream.get(), -15) == Z_OK;
}

DeflateInflater::~DeflateInflater()
{
    if (m_valid)
        inflateEnd(m_stream.get());
}

DeflateInflater::Result DeflateInflater::run(const char *data, qsizetype size, const Output &output)
{
    if (!m_valid)
        return Result::Corrupt;
    z_stream_s &z = *m_stream;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    z.avail_in = uInt(size);
    for (;;) {
        z.next_out = reinterpret_cast<Bytef *>(m_chunk.get());
        z.avail_out = uInt(ChunkSize);
        const int result = inflate(&z, Z_SYNC_FLUSH);
        const qsizetype produced = ChunkSize - qsizetype(z.avail_out);
        if (result != Z_OK && result != Z_BUF_ERROR && result != Z_STREAM_END)
            return Result::Corrupt;
        if (produced > 0 && !output(m_chunk.get(), produced))
            return Result::Stopped;
        if (result == Z_STREAM_END) {
            // A final block (BFINAL) ends the deflate stream; the next message starts a new one.
            inflateReset(&z);
            if (z.avail_in == 0)
                return Result::Ok;
            continue;
        }
        if (z.avail_in == 0 && z.avail_out != 0)
            return Result::Ok;
        if (result == Z_BUF_ERROR && produced == 0)
            return Result::Ok;
    }
}

DeflateInflater::Result DeflateInflater::feed(const char *data, qsizetype size, const Output &output)
{
    if (size == 0)
        return Result::Ok;
    return run(data, size, output);
}

DeflateInflater::Result DeflateInflater::finishMessage(const Output &output)
{
    static const char tail[4] = { 0x00, 0x00, char(0xFF), char(0xFF) };
    const Result result = run(tail, 4, output);
    if (m_noContextTakeover && m_valid)
        inflateReset(m_stream.get());
    return result;
}

void DeflateInflater::reset()
{
    if (m_valid)
        inflateReset(m_stream.get());
}

} // namespace Framewise
