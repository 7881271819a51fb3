// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>
#include <memory>

struct z_stream_s;

namespace Framewise {

// Inflates incoming permessage-deflate messages piece by piece. Output leaves in bounded chunks
// through a callback, so the caller can validate UTF-8 and enforce the size limit while
// inflating: a small frame that would inflate to gigabytes is stopped at the limit.
class DeflateInflater {
public:
    static constexpr qsizetype ChunkSize = qsizetype(64) * 1024;
    // Receives each inflated piece; returning false stops inflating at once.
    using Output = std::function<bool(const char *data, qsizetype size)>;
    enum class Result { Ok, Stopped, Corrupt };

    explicit DeflateInflater(bool noContextTakeover);
    ~DeflateInflater();
    DeflateInflater(const DeflateInflater &) = delete;
    DeflateInflater &operator=(const DeflateInflater &) = delete;

    Result feed(const char *data, qsizetype size, const Output &output);
    // Ends a message: appends 00 00 ff ff and flushes; resets the window without context takeover.
    Result finishMessage(const Output &output);
    // Drops a message in progress (e.g. after an error).
    void reset();

private:
    Result run(const char *data, qsizetype size, const Output &output);

    std::unique_ptr<z_stream_s> m_stream;
    std::unique_ptr<char[]> m_chunk;
    bool m_noContextTakeover;
    bool m_valid = false;
};

} // namespace Framewise
