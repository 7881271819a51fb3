// SPDX-License-Identifier: GPL-3.0-or-later
// The permessage-deflate inflater and its output cap. Input: [config] [split seed] then messages,
// each [length high] [length low] [bytes...] (the last one may be short).
//   config bit 0: no context takeover
//          bit 1: round trip: the messages are plain text, compressed with DeflateCompressor
//                 (window bits 8 + bits 5-7, level from the split seed) and must inflate back
//          bits 2-4: output cap for inflating the fuzzed bytes as they are
// Inflating: every message is inflated whole and in random pieces; whenever either run ends a
// message normally, both must, with the same output.

#include "deflatecompressor.h"
#include "deflateinflater.h"
#include "fuzzsupport.h"

#include <QByteArray>
#include <QList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Framewise;

namespace {

constexpr qint64 Caps[8] = { 0, 1, 100, 1000, DeflateInflater::ChunkSize - 1, DeflateInflater::ChunkSize,
    DeflateInflater::ChunkSize + 1, qint64(1) << 24 };

QList<QByteArray> splitMessages(const char *data, qsizetype size)
{
    QList<QByteArray> messages;
    qsizetype pos = 0;
    while (pos < size) {
        qsizetype length = quint8(data[pos]) << 8;
        if (pos + 1 < size)
            length |= quint8(data[pos + 1]);
        pos = std::min(pos + 2, size);
        length = std::min(length, size - pos);
        messages.append(QByteArray(data + pos, length));
        pos += length;
    }
    return messages;
}

struct Result {
    DeflateInflater::Result result = DeflateInflater::Result::Ok;
    QByteArray &output;
};

// Output buffers kept for the whole process and emptied per message (resize(0) keeps the
// capacity): growing a fresh array to megabytes for every bomb was most of this target's time,
// each step under ASan an mmap, a copy and an munmap.
QByteArray &outputBuffer(int slot)
{
    static QByteArray buffers[2];
    buffers[slot].resize(0);
    return buffers[slot];
}

// Inflates one message like MessageAssembler does: stop past the cap, reset after a failure.
Result inflateMessage(
    DeflateInflater &inflater, const QByteArray &message, qint64 cap, Fuzz::Splitter *splitter, int slot = 0)
{
    Result r { DeflateInflater::Result::Ok, outputBuffer(slot) };
    bool stopped = false;
    const auto output = [&](const char *data, qsizetype size) {
        FUZZ_CHECK(!stopped); // nothing arrives after the receiver said stop
        FUZZ_CHECK(size > 0 && size <= DeflateInflater::ChunkSize);
        if (r.output.size() + size > cap) {
            stopped = true;
            return false;
        }
        r.output.append(data, size);
        return true;
    };
    qsizetype pos = 0;
    while (pos < message.size() && r.result == DeflateInflater::Result::Ok) {
        const qsizetype n = splitter ? splitter->next(message.size() - pos) : message.size() - pos;
        r.result = inflater.feed(message.constData() + pos, n, output);
        pos += n;
    }
    if (r.result == DeflateInflater::Result::Ok)
        r.result = inflater.finishMessage(output);
    FUZZ_CHECK((r.result == DeflateInflater::Result::Stopped) == stopped);
    if (r.result != DeflateInflater::Result::Ok)
        inflater.reset();
    return r;
}

void inflateFuzzedBytes(const QList<QByteArray> &messages, bool noContextTakeover, qint64 cap, Fuzz::Splitter *splitter)
{
    DeflateInflater whole(noContextTakeover);
    DeflateInflater pieces(noContextTakeover);
    for (const QByteArray &message : messages) {
        const Result a = inflateMessage(whole, message, cap, nullptr);
        const Result b = inflateMessage(pieces, message, cap, splitter, 1);
        const bool aOk = a.result == DeflateInflater::Result::Ok;
        const bool bOk = b.result == DeflateInflater::Result::Ok;
        if (aOk != bOk || (aOk && a.output != b.output)) {
            std::fprintf(stderr, "whole: result %d, %lld bytes; pieces: result %d, %lld bytes\n", int(a.result),
                static_cast<long long>(a.output.size()), int(b.result), static_cast<long long>(b.output.size()));
            std::abort();
        }
    }
}

void roundTrip(
    const QList<QByteArray> &messages, bool noContextTakeover, int windowBits, int level, Fuzz::Splitter *splitter)
{
    DeflateCompressor compressor(windowBits, noContextTakeover, level);
    FUZZ_CHECK(compressor.isValid());
    DeflateInflater inflater(noContextTakeover);
    for (const QByteArray &message : messages) {
        const QByteArray compressed = compressor.compress(message.constData(), message.size());
        const Result r = inflateMessage(inflater, compressed, qint64(1) << 24, splitter);
        FUZZ_CHECK(r.result == DeflateInflater::Result::Ok);
        FUZZ_CHECK(r.output == message);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *input, size_t inputSize)
{
    if (inputSize < 2)
        return 0;
    const bool noContextTakeover = input[0] & 1;
    Fuzz::Splitter splitter(input[1]);
    const QList<QByteArray> messages
        = splitMessages(reinterpret_cast<const char *>(input + 2), qsizetype(inputSize - 2));
    if (input[0] & 2)
        roundTrip(messages, noContextTakeover, 8 + (input[0] >> 5), 1 + input[1] % 9, &splitter);
    else
        inflateFuzzedBytes(messages, noContextTakeover, Caps[(input[0] >> 2) & 7], &splitter);
    return 0;
}
