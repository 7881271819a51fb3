// SPDX-License-Identifier: GPL-3.0-or-later
// The receive path: FrameParser -> MessageAssembler (fragments, UTF-8 check, permessage-deflate,
// size limits). Input: [config] [split seed] [bytes from the server...].
//   config bit 0: permessage-deflate negotiated (RSV1 allowed, an inflater set)
//          bit 1: server_no_context_takeover
//          bit 2: stop at the first Close, as the channel does
//          bits 3-5: message size limit, bits 6-7: frame size limit (small, to reach the limit paths)
// The bytes are parsed twice, whole and in pieces; both runs must report the same events.

#include "closecode.h"
#include "deflateinflater.h"
#include "frameparser.h"
#include "fuzzsupport.h"
#include "messageassembler.h"
#include "utf8validator.h"

#include <QByteArray>
#include <QHashFunctions>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>

using namespace Framewise;

namespace {

constexpr qint64 MessageLimits[8] = { 0, 1, 16, 125, 200, 1000, 70000, qint64(1) << 30 };
constexpr qint64 FrameLimits[4] = { std::numeric_limits<qint64>::max(), 0, 126, 2000 };

struct Config {
    bool deflate = false;
    bool noContextTakeover = false;
    bool stopAtClose = false;
    qint64 maxMessageSize = 0;
    qint64 maxFrameSize = 0;
};

// Checks what the assembler hands out and writes it down, to compare the two runs.
class Recorder : public MessageAssembler::Sink {
public:
    explicit Recorder(const Config &config)
        : m_config(config)
    {
    }

    bool frameReceived(const FrameInfo &frame) override
    {
        FUZZ_CHECK(frame.payloadLength >= 0 && frame.payloadLength <= m_config.maxFrameSize);
        FUZZ_CHECK(!frame.masked && !frame.rsv2 && !frame.rsv3);
        FUZZ_CHECK(frame.headerLength == 2 || frame.headerLength == 4 || frame.headerLength == 10);
        if (Opcode::isControl(frame.opcode)) {
            FUZZ_CHECK(frame.fin && !frame.rsv1);
            FUZZ_CHECK(frame.payloadLength <= 125 && frame.controlPayload.size() == frame.payloadLength);
        } else {
            FUZZ_CHECK(frame.opcode <= Opcode::Binary);
            FUZZ_CHECK(frame.controlPayload.isEmpty());
            FUZZ_CHECK(!frame.rsv1 || m_config.deflate);
        }
        log += "F" + QByteArray::number(frame.opcode) + (frame.fin ? "f" : "-") + (frame.rsv1 ? "c" : "-")
            + QByteArray::number(frame.payloadLength) + ' ';
        return true;
    }

    bool messageReceived(bool text, const QByteArray &payload) override
    {
        FUZZ_CHECK(payload.size() <= m_config.maxMessageSize);
        if (text) {
            FUZZ_CHECK(Utf8Validator::isValid(payload.constData(), payload.size()));
            // Qt's decoder must agree that it is valid: a lossless round trip, but for a leading
            // BOM, which QString::fromUtf8 drops by design.
            const QByteArrayView bom("\xEF\xBB\xBF", 3);
            const QByteArray expected = payload.startsWith(bom) ? payload.mid(3) : payload;
            FUZZ_CHECK(QString::fromUtf8(payload).toUtf8() == expected);
        }
        log += (text ? "T" : "B") + QByteArray::number(payload.size()) + ':' + QByteArray::number(qHash(payload)) + ' ';
        return true;
    }

    bool controlReceived(quint8 opcode, const QByteArray &payload) override
    {
        FUZZ_CHECK(opcode == Opcode::Ping || opcode == Opcode::Pong);
        FUZZ_CHECK(payload.size() <= 125);
        log += "C" + QByteArray::number(opcode) + ':' + payload.toHex() + ' ';
        return true;
    }

    bool closeReceived(quint16 code, const QString &reason) override
    {
        FUZZ_CHECK(code == CloseCode::NoStatus || CloseCode::isValidReceived(code));
        FUZZ_CHECK(code != CloseCode::NoStatus || reason.isEmpty());
        FUZZ_CHECK(reason.toUtf8().size() <= 123);
        log += "X" + QByteArray::number(code) + ':' + reason.toUtf8().toHex() + ' ';
        stoppedAtClose = m_config.stopAtClose;
        return !stoppedAtClose;
    }

    QByteArray log;
    bool stoppedAtClose = false;

private:
    const Config &m_config;
};

struct Outcome {
    QByteArray log;
    bool ok = true;
    FrameParser::Error parserError = FrameParser::Error::None;
    MessageAssembler::Error assemblerError = MessageAssembler::Error::None;
};

Outcome run(const Config &config, const char *data, qsizetype size, Fuzz::Splitter *splitter)
{
    Recorder recorder(config);
    MessageAssembler assembler(&recorder);
    FrameParser parser(&assembler);
    if (config.deflate) {
        // One inflater per mode for the whole process, reset before each run (inflateReset empties
        // the window, so a run sees a fresh stream): a new one per run costs two fresh 64 KiB +
        // 40 KiB allocations, which under ASan's quarantine made this target ~3x slower.
        static DeflateInflater takeover(false);
        static DeflateInflater noTakeover(true);
        DeflateInflater *inflater = config.noContextTakeover ? &noTakeover : &takeover;
        inflater->reset();
        assembler.setInflater(inflater);
        parser.setRsv1Allowed(true);
    }
    parser.setMaxFrameSize(config.maxFrameSize);
    assembler.setMaxMessageSize(config.maxMessageSize);

    Outcome outcome;
    qsizetype pos = 0;
    while (pos < size && outcome.ok) {
        const qsizetype n = splitter ? splitter->next(size - pos) : size - pos;
        outcome.ok = parser.feed(data + pos, n);
        pos += n;
    }
    outcome.parserError = parser.error();
    outcome.assemblerError = assembler.error();
    const bool parserFailed = outcome.parserError != FrameParser::Error::None;
    const bool assemblerFailed = outcome.assemblerError != MessageAssembler::Error::None;
    if (outcome.ok) {
        FUZZ_CHECK(!parserFailed && !assemblerFailed);
    } else {
        FUZZ_CHECK(!(parserFailed && assemblerFailed));
        if (parserFailed) {
            FUZZ_CHECK(!parser.errorString().isEmpty());
            FUZZ_CHECK(
                parser.errorCloseCode() == CloseCode::ProtocolError || parser.errorCloseCode() == CloseCode::TooLarge);
        } else if (assemblerFailed) {
            FUZZ_CHECK(!assembler.errorString().isEmpty());
            const quint16 code = assembler.errorCloseCode();
            FUZZ_CHECK(
                code == CloseCode::ProtocolError || code == CloseCode::InvalidPayload || code == CloseCode::TooLarge);
        } else {
            // Neither failed: the sink stopped, which this one does only at a Close.
            FUZZ_CHECK(recorder.stoppedAtClose);
        }
    }
    outcome.log = recorder.log;
    return outcome;
}

// Errors whose order can depend on how inflated output is cut into pieces: one piece can cross
// the size limit and hold a bad UTF-8 byte, and zlib drops the output of a call that hits corrupt
// data, so a split run may see bad text or an overlong message first. Any of them is right.
bool isInflateOrderError(MessageAssembler::Error error)
{
    return error == MessageAssembler::Error::InvalidUtf8 || error == MessageAssembler::Error::MessageTooLarge
        || error == MessageAssembler::Error::CorruptCompressedData;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *input, size_t inputSize)
{
    if (inputSize < 2)
        return 0;
    Config config;
    config.deflate = input[0] & 1;
    config.noContextTakeover = input[0] & 2;
    config.stopAtClose = input[0] & 4;
    config.maxMessageSize = MessageLimits[(input[0] >> 3) & 7];
    config.maxFrameSize = FrameLimits[(input[0] >> 6) & 3];
    Fuzz::Splitter splitter(input[1]);
    const auto *data = reinterpret_cast<const char *>(input + 2);
    const auto size = qsizetype(inputSize - 2);

    const Outcome whole = run(config, data, size, nullptr);
    const Outcome pieces = run(config, data, size, &splitter);
    if (whole.log != pieces.log || whole.ok != pieces.ok || whole.parserError != pieces.parserError
        || whole.assemblerError != pieces.assemblerError) {
        const bool sameUpToInflateOrder = config.deflate && whole.log == pieces.log && !whole.ok && !pieces.ok
            && isInflateOrderError(whole.assemblerError) && isInflateOrderError(pieces.assemblerError);
        if (!sameUpToInflateOrder) {
            std::fprintf(stderr, "whole:  ok=%d parser=%d assembler=%d %s\npieces: ok=%d parser=%d assembler=%d %s\n",
                whole.ok, int(whole.parserError), int(whole.assemblerError), whole.log.constData(), pieces.ok,
                int(pieces.parserError), int(pieces.assemblerError), pieces.log.constData());
            std::fprintf(stderr, "whole and split parsing disagree\n");
            std::abort();
        }
    }
    return 0;
}
