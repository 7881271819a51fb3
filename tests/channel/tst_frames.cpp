// SPDX-License-Identifier: GPL-3.0-or-later
// The framing layer without sockets: FrameEncoder and MaskKeySource for client frames (and
// unmasked server frames), and frames of both roles built here byte by byte, fed to a FrameParser
// (client mode, or server mode that unmasks) + MessageAssembler whose events a recording sink
// turns into comparable strings. Every protocol error is checked with its exact
// error value and close code, and the fail-fast cases with the exact byte at which feed() stops.
#include "closecode.h"
#include "deflatecompressor.h"
#include "deflateinflater.h"
#include "frameencoder.h"
#include "frameinfo.h"
#include "frameparser.h"
#include "maskkeysource.h"
#include "messageassembler.h"
#include "processmemory.h"
#include "randombytes.h"
#include "websocketwire.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <cstring>
#include <limits>

namespace Framewise {
// Readable QCOMPARE failures for the error enums (found by argument-dependent lookup).
inline char *toString(const FrameParser::Error &error)
{
    static const char *const names[] = { "None", "ReservedBits", "ReservedOpcode", "FragmentedControl",
        "ControlTooLong", "MaskedFrame", "UnmaskedFrame", "NonMinimalLength", "LengthTooLarge", "FrameTooLarge" };
    const auto i = int(error);
    return qstrdup(i >= 0 && i < int(std::size(names)) ? names[i] : "?");
}
inline char *toString(const MessageAssembler::Error &error)
{
    static const char *const names[]
        = { "None", "UnexpectedContinuation", "ExpectedContinuation", "InvalidUtf8", "MessageTooLarge", "CloseTooShort",
              "InvalidCloseCode", "InvalidCloseReason", "MisplacedRsv1", "CorruptCompressedData" };
    const auto i = int(error);
    return qstrdup(i >= 0 && i < int(std::size(names)) ? names[i] : "?");
}
} // namespace Framewise

using namespace Framewise;

namespace {

using PE = FrameParser::Error;
using AE = MessageAssembler::Error;

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QByteArray fromHex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

using WebSocketWire::closePayload;
using WebSocketWire::serverFrame;

QString frameEvent(
    quint8 opcode, bool fin, qint64 length, int headerLength, const QByteArray &control = {}, bool rsv1 = false)
{
    return QStringLiteral("frame op=%1 fin=%2 rsv1=%3 len=%4 hdr=%5 ctl=%6")
        .arg(opcode)
        .arg(int(fin))
        .arg(int(rsv1))
        .arg(length)
        .arg(headerLength)
        .arg(hex(control));
}

QString textEvent(const QByteArray &payload)
{
    return QStringLiteral("text ") + hex(payload);
}

QString binaryEvent(const QByteArray &payload)
{
    return QStringLiteral("binary ") + hex(payload);
}

QString controlEvent(quint8 opcode, const QByteArray &payload)
{
    return QStringLiteral("control %1 %2").arg(opcode).arg(hex(payload));
}

QString closeEvent(quint16 code, const QString &reason)
{
    return QStringLiteral("close %1 ").arg(code) + reason;
}

// Records MessageAssembler events as strings.
class Recorder : public MessageAssembler::Sink {
public:
    QStringList events;
    QList<FrameInfo> frames;
    int stopAtMessage = -1; // return false from this (0-based) messageReceived call
    int messages = 0;

    bool frameReceived(const FrameInfo &frame) override
    {
        frames.append(frame);
        events.append(frameEvent(
            frame.opcode, frame.fin, frame.payloadLength, frame.headerLength, frame.controlPayload, frame.rsv1));
        return true;
    }
    bool messageReceived(bool text, const QByteArray &payload) override
    {
        events.append(text ? textEvent(payload) : binaryEvent(payload));
        return messages++ != stopAtMessage;
    }
    bool controlReceived(quint8 opcode, const QByteArray &payload) override
    {
        // A valid Close is reported through closeReceived(); whether it also passes through here is
        // not what these tests pin down.
        if (opcode != Opcode::Close)
            events.append(controlEvent(opcode, payload));
        return true;
    }
    bool closeReceived(quint16 code, const QString &reason) override
    {
        events.append(closeEvent(code, reason));
        return true;
    }
};

struct Pipeline {
    Recorder recorder;
    MessageAssembler assembler { &recorder };
    FrameParser parser { &assembler };

    bool feed(const QByteArray &bytes) { return parser.feed(bytes.constData(), bytes.size()); }
    // The writable overload: the parser may unmask in place, so it gets a copy.
    bool feedWritable(const QByteArray &bytes)
    {
        QByteArray copy = bytes;
        return parser.feed(copy.data(), copy.size());
    }
    // One byte per feed(); the index of the byte whose feed() returned false, or -1.
    qsizetype feedBytewise(const QByteArray &bytes)
    {
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            if (!parser.feed(bytes.constData() + i, 1))
                return i;
        }
        return -1;
    }
    // As the channel reads a large payload: headers (and payloads shorter than a piece) through
    // feed(), the rest of a data frame's payload copied into MessageAssembler::payloadSpace() piece
    // by piece and passed on with feedPayloadInPlace(). False when a call failed; *inPlace counts
    // the bytes that went in place.
    bool feedInPlace(const QByteArray &bytes, qsizetype piece, qsizetype *inPlace)
    {
        qsizetype pos = 0;
        while (pos < bytes.size()) {
            const qint64 remaining = parser.payloadRemaining();
            char *space = nullptr;
            const qsizetype n = qsizetype(std::min<qint64>({ remaining, piece, bytes.size() - pos }));
            if (remaining > 0)
                space = assembler.payloadSpace(n);
            if (!space) {
                if (!parser.feed(bytes.constData() + pos, 1))
                    return false;
                ++pos;
                continue;
            }
            std::memcpy(space, bytes.constData() + pos, std::size_t(n));
            assembler.takePayloadSpace(n);
            *inPlace += n;
            pos += n;
            if (!parser.feedPayloadInPlace(space, n))
                return false;
        }
        return true;
    }
    // Random pieces; false when a feed() failed.
    bool feedRandomly(const QByteArray &bytes, QRandomGenerator &rng, qsizetype maxPiece)
    {
        qsizetype pos = 0;
        while (pos < bytes.size()) {
            const qsizetype n = std::min<qsizetype>(qsizetype(rng.bounded(quint32(maxPiece))) + 1, bytes.size() - pos);
            if (!parser.feed(bytes.constData() + pos, n))
                return false;
            pos += n;
        }
        return true;
    }
};

// The server role's parser: client frames must be masked and are unmasked.
struct ServerPipeline : Pipeline {
    ServerPipeline() { parser.setExpectMasked(true); }
};

using WebSocketWire::clientFrame;

// Records FrameParser events directly.
class ParserRecorder : public FrameParser::Sink {
public:
    struct Slice {
        const char *data;
        qsizetype size;
        bool end;
    };
    QList<FrameInfo> headers;
    QList<QByteArray> payloads; // per frame
    QList<int> endSlices; // per frame: slices with frameEnd
    QList<Slice> slices;
    bool stopAtHeader = false;

    bool frameHeader(const FrameInfo &header) override
    {
        headers.append(header);
        payloads.append(QByteArray());
        endSlices.append(0);
        return !stopAtHeader;
    }
    bool framePayload(const char *data, qsizetype size, bool frameEnd) override
    {
        if (headers.isEmpty())
            return false;
        payloads.last().append(data, size);
        slices.append(Slice { data, size, frameEnd });
        if (frameEnd)
            ++endSlices.last();
        return true;
    }
};

// The events before the offending frame must be exactly `before`; the offending frame's own
// frameReceived may or may not have come (the headers leave that open), but nothing else.
QString checkEventsBeforeError(const QStringList &events, const QStringList &before)
{
    if (events.mid(0, before.size()) != before)
        return QStringLiteral("events differ: ") + events.join(QStringLiteral(" | "));
    if (events.size() == before.size())
        return {};
    if (events.size() == before.size() + 1 && events.last().startsWith(QStringLiteral("frame ")))
        return {};
    return QStringLiteral("unexpected events after the error: ") + events.join(QStringLiteral(" | "));
}

// Feeds wire to whole at once and to a fresh pipeline of the same kind byte by byte: both take all
// of it and report `expected`. whole goes on from there (the same connection).
template <typename P> void feedWholeAndBytewise(P &whole, const QByteArray &wire, const QStringList &expected)
{
    QVERIFY(whole.feed(wire));
    QCOMPARE(whole.recorder.events, expected);
    P bytewise;
    QCOMPARE(bytewise.feedBytewise(wire), qsizetype(-1));
    QCOMPARE(bytewise.recorder.events, expected);
}

} // namespace

class TestFrames : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // FrameEncoder / MaskKeySource
    void encodeLengthForms_data();
    void encodeLengthForms();
    void encodeFirstByte_data();
    void encodeFirstByte();
    void writeHeaderHugeLengths();
    void maskKeyByteOrder();
    void applyMaskMatchesBytewiseXor();
    void applyMaskInPieces();
    void maskKeySourceKeysDiffer();
    void opcodeNames();

    // FrameParser + MessageAssembler: well-formed input
    void singleFrames_data();
    void singleFrames();
    void lengthForms_data();
    void lengthForms();
    void frameInfoFields();
    void payloadSlicesAreNotCopied();
    void zeroLengthFrameGetsOneEndSlice();
    void atFrameBoundary();
    void dataFramesReportedAtHeaderControlFramesWhenComplete();
    void splitsGiveIdenticalEvents();
    void fragmentedWithInterleavedPings();
    void emptyMessagesAndEmptyContinuations();
    void controlFrameOf125Bytes();
    void timestamps();
    void sinkStopStopsFeedAtOnce();
    void parserSinkStopStopsFeedAtOnce();

    // FrameParser protocol errors
    void parserErrors_data();
    void parserErrors();
    void rsv1AllowedOnlyWhenEnabled();
    void minimalLengthsAreAccepted();
    void frameTooLarge();
    void parserErrorIsSticky();

    // MessageAssembler protocol errors
    void unexpectedContinuation();
    void expectedContinuation_data();
    void expectedContinuation();
    void invalidUtf8FailsAtTheBadByte_data();
    void invalidUtf8FailsAtTheBadByte();
    void invalidUtf8InLargeFrameFailsBeforeFrameEnd();
    void utf8AcrossFragments();
    void binaryIsNotValidated();
    void messageTooLarge_data();
    void messageTooLarge();
    void announcedLengthOverLimitFailsAtHeader();
    void announcedLengthOverflowDoesNotWrap();
    void hugeAnnouncedFrameDoesNotAllocate();

    // Close payloads
    void closePayloads_data();
    void closePayloads();
    void closeFrames_data();
    void closeFrames();

    // The server role: FrameEncoder without a mask, FrameParser expecting masked frames
    void encodeUnmasked_data();
    void encodeUnmasked();
    void serverModeUnmasksEverySplit();
    void serverModeLargeFrameHeaderSplits();
    void serverModeWritableFeedUnmasksInPlace();
    void serverModeConstFeedLeavesInputAlone();
    void serverModeFrameInfo();
    void unmaskedFrameInServerMode_data();
    void unmaskedFrameInServerMode();
    void maskedFrameStillRejectedInClientMode();
    void encoderRoundTripBothRoles();

    // permessage-deflate through the assembler
    void compressedMessage();
    void compressedErrors();
    void compressedLimitAppliesToInflatedSize();
    void compressionBombStopsAtLimit();
    void payloadReadInPlace_data();
    void payloadReadInPlace();
};

// ---------------------------------------------------------------------------------------------
// FrameEncoder / MaskKeySource

void TestFrames::encodeLengthForms_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QByteArray>("header");

    QTest::newRow("0") << qint64(0) << fromHex("8280a1b2c3d4");
    QTest::newRow("1") << qint64(1) << fromHex("8281a1b2c3d4");
    QTest::newRow("125") << qint64(125) << fromHex("82fda1b2c3d4");
    QTest::newRow("126") << qint64(126) << fromHex("82fe007ea1b2c3d4");
    QTest::newRow("127") << qint64(127) << fromHex("82fe007fa1b2c3d4");
    QTest::newRow("65535") << qint64(65535) << fromHex("82feffffa1b2c3d4");
    QTest::newRow("65536") << qint64(65536) << fromHex("82ff0000000000010000a1b2c3d4");
    QTest::newRow("1 MiB + 3") << qint64(1048579) << fromHex("82ff0000000000100003a1b2c3d4");
}

void TestFrames::encodeLengthForms()
{
    QFETCH(qint64, size);
    QFETCH(QByteArray, header);
    const quint32 key = 0xA1B2C3D4;
    const QByteArray payload = randomBytes(size, quint32(size) + 7);

    QByteArray out = QByteArrayLiteral("xyz"); // appended to, not overwritten
    const int headerLength
        = FrameEncoder::appendFrame(out, Opcode::Binary, true, false, key, payload.constData(), size);
    QCOMPARE(headerLength, int(header.size()));
    QCOMPARE(out.size(), 3 + header.size() + size);
    QCOMPARE(out.left(3), QByteArrayLiteral("xyz"));
    QCOMPARE(hex(out.mid(3, headerLength)), hex(header));

    // Unmask with the key bytes as they appear in the header.
    const QByteArray keyBytes = out.mid(3 + headerLength - 4, 4);
    QByteArray decoded = out.mid(3 + headerLength);
    for (qsizetype i = 0; i < decoded.size(); ++i)
        decoded[i] = char(decoded[i] ^ keyBytes[i % 4]);
    QVERIFY(decoded == payload);
    if (size >= 8)
        QVERIFY(out.mid(3 + headerLength) != payload); // actually masked

    // writeHeader writes the same header.
    char buffer[FrameEncoder::MaxHeaderSize + 2];
    std::memset(buffer, 0x55, sizeof(buffer));
    const int written = FrameEncoder::writeHeader(buffer, Opcode::Binary, true, false, key, size);
    QCOMPARE(written, headerLength);
    QCOMPARE(hex(QByteArray(buffer, written)), hex(header));
    QCOMPARE(quint8(buffer[FrameEncoder::MaxHeaderSize]), quint8(0x55)); // nothing written past the limit
}

void TestFrames::encodeFirstByte_data()
{
    QTest::addColumn<int>("opcode");
    QTest::addColumn<bool>("fin");
    QTest::addColumn<bool>("rsv1");
    QTest::addColumn<int>("firstByte");

    QTest::newRow("text fin") << int(Opcode::Text) << true << false << 0x81;
    QTest::newRow("text not fin") << int(Opcode::Text) << false << false << 0x01;
    QTest::newRow("text rsv1 not fin") << int(Opcode::Text) << false << true << 0x41;
    QTest::newRow("binary rsv1 fin") << int(Opcode::Binary) << true << true << 0xC2;
    QTest::newRow("continuation fin") << int(Opcode::Continuation) << true << false << 0x80;
    QTest::newRow("continuation") << int(Opcode::Continuation) << false << false << 0x00;
    QTest::newRow("close") << int(Opcode::Close) << true << false << 0x88;
    QTest::newRow("ping") << int(Opcode::Ping) << true << false << 0x89;
    QTest::newRow("pong") << int(Opcode::Pong) << true << false << 0x8A;
}

void TestFrames::encodeFirstByte()
{
    QFETCH(int, opcode);
    QFETCH(bool, fin);
    QFETCH(bool, rsv1);
    QFETCH(int, firstByte);
    QByteArray out;
    const QByteArray payload = QByteArrayLiteral("abc");
    QCOMPARE(FrameEncoder::appendFrame(out, quint8(opcode), fin, rsv1, 0x01020304, payload.constData(), 3), 6);
    QCOMPARE(int(quint8(out.at(0))), firstByte);
    QCOMPARE(int(quint8(out.at(1))), 0x83); // MASK bit + length 3: client frames are always masked
    QCOMPARE(hex(out.mid(2, 4)), QStringLiteral("01020304"));
    QCOMPARE(hex(out.mid(6)), hex(QByteArrayLiteral("\x60\x60\x60"))); // 'a'^01 'b'^02 'c'^03
}

void TestFrames::writeHeaderHugeLengths()
{
    char buffer[FrameEncoder::MaxHeaderSize];
    int n = FrameEncoder::writeHeader(buffer, Opcode::Binary, true, false, 0xDEADBEEF, (qint64(1) << 32) + 5);
    QCOMPARE(n, 14);
    QCOMPARE(hex(QByteArray(buffer, n)), QStringLiteral("82ff0000000100000005deadbeef"));
    n = FrameEncoder::writeHeader(buffer, Opcode::Text, false, true, 0, qint64(1) << 62);
    QCOMPARE(n, 14);
    QCOMPARE(hex(QByteArray(buffer, n)), QStringLiteral("41ff400000000000000000000000"));
    n = FrameEncoder::writeHeader(buffer, Opcode::Binary, true, false, 0xFFFFFFFF, std::numeric_limits<qint64>::max());
    QCOMPARE(n, 14);
    QCOMPARE(hex(QByteArray(buffer, n)), QStringLiteral("82ff7fffffffffffffffffffffff"));
}

void TestFrames::maskKeyByteOrder()
{
    // The key bytes on the wire are the key value in network byte order (as FrameInfo::maskKey).
    QByteArray out;
    const QByteArray zeros(5, '\0');
    FrameEncoder::appendFrame(out, Opcode::Binary, true, false, 0xA1B2C3D4, zeros.constData(), zeros.size());
    QCOMPARE(hex(out), QStringLiteral("8285a1b2c3d4a1b2c3d4a1"));
}

void TestFrames::applyMaskMatchesBytewiseXor()
{
    const quint32 key = 0x9A3F0C71;
    const quint8 keyBytes[4] = { 0x9A, 0x3F, 0x0C, 0x71 };
    QByteArray storage = randomBytes(200, 99);
    const QByteArray original = storage;
    for (int align = 0; align < 8; ++align) {
        for (qint64 offset : { 0LL, 1LL, 2LL, 3LL, 4LL, 5LL, 6LL, 7LL, 11LL, 1001LL, 0x200000003LL }) {
            for (qint64 size = 0; size <= 70; ++size) {
                QByteArray data = original;
                char *p = data.data() + align;
                FrameEncoder::applyMask(p, size, key, offset);
                for (qsizetype i = 0; i < data.size(); ++i) {
                    char expected = original.at(i);
                    if (i >= align && i < align + size)
                        expected = char(expected ^ keyBytes[(offset + (i - align)) % 4]);
                    if (data.at(i) != expected)
                        QFAIL(qPrintable(QStringLiteral("align %1 offset %2 size %3: byte %4 differs")
                                             .arg(align)
                                             .arg(offset)
                                             .arg(size)
                                             .arg(i)));
                }
                // Masking twice restores the data.
                FrameEncoder::applyMask(p, size, key, offset);
                QVERIFY(data == original);
            }
        }
    }
}

void TestFrames::applyMaskInPieces()
{
    // Masking a payload piece by piece with running offsets equals masking it whole.
    const quint32 key = 0x01234567;
    const QByteArray payload = randomBytes(100000, 5);
    QByteArray whole = payload;
    FrameEncoder::applyMask(whole.data(), whole.size(), key);
    QRandomGenerator rng(17);
    QByteArray pieces = payload;
    qint64 pos = 0;
    while (pos < pieces.size()) {
        const qint64 n = std::min<qint64>(rng.bounded(1, 333), pieces.size() - pos);
        FrameEncoder::applyMask(pieces.data() + pos, n, key, pos);
        pos += n;
    }
    QVERIFY(pieces == whole);
}

void TestFrames::maskKeySourceKeysDiffer()
{
    MaskKeySource source;
    QSet<quint32> seen;
    quint32 allOr = 0;
    quint32 allAnd = 0xFFFFFFFF;
    const int count = 5000; // crosses the 1024-key blocks several times
    QList<quint32> first;
    for (int i = 0; i < count; ++i) {
        const quint32 key = source.next();
        seen.insert(key);
        allOr |= key;
        allAnd &= key;
        if (i < 64)
            first.append(key);
    }
    // 5000 random 32-bit keys collide with probability ~0.3%: allow a couple, not a pattern.
    QVERIFY2(seen.size() >= count - 3, qPrintable(QString::number(seen.size())));
    QCOMPARE(allOr, 0xFFFFFFFFu); // every bit varies
    QCOMPARE(allAnd, 0u);
    // A second source does not repeat the first one's sequence.
    MaskKeySource other;
    QList<quint32> second;
    for (int i = 0; i < 64; ++i)
        second.append(other.next());
    QVERIFY(first != second);
}

void TestFrames::opcodeNames()
{
    QCOMPARE(QByteArray(Opcode::name(Opcode::Text)), QByteArray("text"));
    QCOMPARE(QByteArray(Opcode::name(Opcode::Binary)), QByteArray("binary"));
    QCOMPARE(QByteArray(Opcode::name(Opcode::Close)), QByteArray("close"));
    QCOMPARE(QByteArray(Opcode::name(Opcode::Ping)), QByteArray("ping"));
    QCOMPARE(QByteArray(Opcode::name(Opcode::Pong)), QByteArray("pong"));
    const QByteArray continuation(Opcode::name(Opcode::Continuation));
    QVERIFY(!continuation.isEmpty());
    QVERIFY(continuation != "reserved");
    for (quint8 op : { 3, 4, 5, 6, 7, 0xB, 0xC, 0xD, 0xE, 0xF })
        QCOMPARE(QByteArray(Opcode::name(op)), QByteArray("reserved"));
    QVERIFY(!Opcode::isControl(Opcode::Text));
    QVERIFY(!Opcode::isControl(Opcode::Continuation));
    QVERIFY(Opcode::isControl(Opcode::Close));
    QVERIFY(Opcode::isControl(Opcode::Pong));
}

// ---------------------------------------------------------------------------------------------
// Well-formed input

void TestFrames::singleFrames_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QStringList>("events");

    const QByteArray hello = QByteArrayLiteral("Hello");
    QTest::newRow("text") << serverFrame(Opcode::Text, hello)
                          << QStringList { frameEvent(1, true, 5, 2), textEvent(hello) };
    const QByteArray kosme = QByteArrayLiteral("\xce\xba\xe1\xbd\xb9\xcf\x83\xce\xbc\xce\xb5");
    QTest::newRow("text kosme") << serverFrame(Opcode::Text, kosme)
                                << QStringList { frameEvent(1, true, 11, 2), textEvent(kosme) };
    const QByteArray bin = QByteArrayLiteral("\x00\xff\x80\xc0");
    QTest::newRow("binary") << serverFrame(Opcode::Binary, bin)
                            << QStringList { frameEvent(2, true, 4, 2), binaryEvent(bin) };
    QTest::newRow("empty text") << fromHex("8100") << QStringList { frameEvent(1, true, 0, 2), textEvent({}) };
    QTest::newRow("empty binary") << fromHex("8200") << QStringList { frameEvent(2, true, 0, 2), binaryEvent({}) };
    QTest::newRow("ping") << serverFrame(Opcode::Ping, QByteArrayLiteral("abc"))
                          << QStringList { frameEvent(9, true, 3, 2, QByteArrayLiteral("abc")),
                                 controlEvent(9, QByteArrayLiteral("abc")) };
    QTest::newRow("empty ping") << fromHex("8900") << QStringList { frameEvent(9, true, 0, 2), controlEvent(9, {}) };
    QTest::newRow("pong") << serverFrame(Opcode::Pong, QByteArrayLiteral("xy"))
                          << QStringList { frameEvent(10, true, 2, 2, QByteArrayLiteral("xy")),
                                 controlEvent(10, QByteArrayLiteral("xy")) };
    QTest::newRow("close 1000 bye") << serverFrame(Opcode::Close, closePayload(1000, "bye"))
                                    << QStringList { frameEvent(8, true, 5, 2, closePayload(1000, "bye")),
                                           closeEvent(1000, QStringLiteral("bye")) };
    QTest::newRow("close empty") << fromHex("8800") << QStringList { frameEvent(8, true, 0, 2), closeEvent(1005, {}) };
    QTest::newRow("close 4000 utf8 reason") << serverFrame(Opcode::Close, closePayload(4000, kosme))
                                            << QStringList { frameEvent(8, true, 13, 2, closePayload(4000, kosme)),
                                                   closeEvent(4000, QString::fromUtf8(kosme)) };
    QTest::newRow("two messages in one buffer")
        << serverFrame(Opcode::Text, "a") + serverFrame(Opcode::Binary, "b")
        << QStringList { frameEvent(1, true, 1, 2), textEvent("a"), frameEvent(2, true, 1, 2), binaryEvent("b") };
}

void TestFrames::singleFrames()
{
    QFETCH(QByteArray, wire);
    QFETCH(QStringList, events);
    {
        Pipeline p;
        QVERIFY(p.feed(wire));
        QCOMPARE(p.recorder.events, events);
        QVERIFY(p.parser.atFrameBoundary());
        QCOMPARE(p.parser.error(), PE::None);
        QCOMPARE(p.assembler.error(), AE::None);
        QVERIFY(p.parser.errorString().isEmpty());
        QVERIFY(p.assembler.errorString().isEmpty());
    }
    {
        Pipeline p;
        QCOMPARE(p.feedBytewise(wire), qsizetype(-1));
        QCOMPARE(p.recorder.events, events);
    }
}

void TestFrames::lengthForms_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("headerLength");
    for (qint64 size : { 0, 1, 125 })
        QTest::newRow(QByteArray::number(size).constData()) << size << 2;
    for (qint64 size : { 126, 127, 1000, 65535 })
        QTest::newRow(QByteArray::number(size).constData()) << size << 4;
    for (qint64 size : { 65536, 70000, 1 << 20 })
        QTest::newRow(QByteArray::number(size).constData()) << size << 10;
}

void TestFrames::lengthForms()
{
    QFETCH(qint64, size);
    QFETCH(int, headerLength);
    const QByteArray payload = randomBytes(size, 3);
    const QByteArray wire = serverFrame(Opcode::Binary, payload);
    QCOMPARE(wire.size(), headerLength + size);
    const QStringList expected { frameEvent(2, true, size, headerLength), binaryEvent(payload) };

    Pipeline whole;
    QVERIFY(whole.feed(wire));
    QCOMPARE(whole.recorder.events, expected);

    if (size <= 70000) {
        Pipeline bytewise;
        QCOMPARE(bytewise.feedBytewise(wire), qsizetype(-1));
        QCOMPARE(bytewise.recorder.events, expected);
    }
    QRandomGenerator rng { quint32(size) };
    Pipeline random;
    QVERIFY(random.feedRandomly(wire, rng, 5000));
    QCOMPARE(random.recorder.events, expected);

    // Text of the same length (ASCII) as well.
    const QByteArray text(size, 't');
    Pipeline textPipe;
    QVERIFY(textPipe.feed(serverFrame(Opcode::Text, text)));
    QCOMPARE(textPipe.recorder.events, (QStringList { frameEvent(1, true, size, headerLength), textEvent(text) }));
}

void TestFrames::frameInfoFields()
{
    ParserRecorder sink;
    FrameParser parser(&sink);
    const QByteArray wire = serverFrame(Opcode::Text, "abc", false) + serverFrame(Opcode::Continuation, "d", true)
        + serverFrame(Opcode::Ping, "pp") + serverFrame(Opcode::Binary, QByteArray(300, 'x'));
    QVERIFY(parser.feed(wire.constData(), wire.size()));
    QCOMPARE(sink.headers.size(), 4);
    const FrameInfo &t = sink.headers.at(0);
    QCOMPARE(t.opcode, Opcode::Text);
    QVERIFY(!t.fin);
    QVERIFY(!t.rsv1);
    QVERIFY(!t.rsv2);
    QVERIFY(!t.rsv3);
    QVERIFY(!t.masked);
    QCOMPARE(t.maskKey, 0u);
    QCOMPARE(t.payloadLength, qint64(3));
    QCOMPARE(int(t.headerLength), 2);
    QVERIFY(t.controlPayload.isEmpty());
    QCOMPARE(sink.headers.at(1).opcode, Opcode::Continuation);
    QVERIFY(sink.headers.at(1).fin);
    QCOMPARE(sink.headers.at(2).opcode, Opcode::Ping);
    QCOMPARE(sink.headers.at(2).payloadLength, qint64(2));
    QCOMPARE(sink.headers.at(3).payloadLength, qint64(300));
    QCOMPARE(int(sink.headers.at(3).headerLength), 4);
    QCOMPARE(sink.payloads, (QList<QByteArray> { "abc", "d", "pp", QByteArray(300, 'x') }));
    QCOMPARE(sink.endSlices, (QList<int> { 1, 1, 1, 1 }));
}

void TestFrames::payloadSlicesAreNotCopied()
{
    // The parser hands on slices of the buffer it was given, not copies.
    ParserRecorder sink;
    FrameParser parser(&sink);
    const QByteArray payload = randomBytes(5000, 8);
    const QByteArray wire = serverFrame(Opcode::Binary, payload);
    const qsizetype cut = 1234;
    QVERIFY(parser.feed(wire.constData(), cut));
    QVERIFY(parser.feed(wire.constData() + cut, wire.size() - cut));
    QCOMPARE(sink.payloads.value(0), payload);
    QVERIFY(!sink.slices.isEmpty());
    for (const ParserRecorder::Slice &slice : std::as_const(sink.slices)) {
        if (slice.size == 0)
            continue;
        QVERIFY(slice.data >= wire.constData() + 4);
        QVERIFY(slice.data + slice.size <= wire.constData() + wire.size());
    }
    // Exactly the two pieces it arrived in (the header is 4 bytes, all in the first piece).
    qsizetype nonEmpty = 0;
    for (const ParserRecorder::Slice &slice : std::as_const(sink.slices))
        nonEmpty += slice.size > 0 ? 1 : 0;
    QCOMPARE(nonEmpty, qsizetype(2));
    QCOMPARE(sink.slices.last().data + sink.slices.last().size, wire.constData() + wire.size());
    QVERIFY(sink.slices.last().end);
}

void TestFrames::zeroLengthFrameGetsOneEndSlice()
{
    ParserRecorder sink;
    FrameParser parser(&sink);
    const QByteArray wire = fromHex("8200") + fromHex("8900") + fromHex("0100") + fromHex("8000");
    QVERIFY(parser.feed(wire.constData(), wire.size()));
    QCOMPARE(sink.headers.size(), 4);
    QCOMPARE(sink.slices.size(), 4);
    for (const ParserRecorder::Slice &slice : std::as_const(sink.slices)) {
        QCOMPARE(slice.size, qsizetype(0));
        QVERIFY(slice.end);
    }
    // Byte by byte too.
    ParserRecorder sink2;
    FrameParser parser2(&sink2);
    for (char c : wire)
        QVERIFY(parser2.feed(&c, 1));
    QCOMPARE(sink2.headers.size(), 4);
    QCOMPARE(sink2.endSlices, (QList<int> { 1, 1, 1, 1 }));
}

void TestFrames::atFrameBoundary()
{
    ParserRecorder sink;
    FrameParser parser(&sink);
    QVERIFY(parser.atFrameBoundary());
    const QByteArray wire = serverFrame(Opcode::Binary, QByteArray(200, 'b'));
    QVERIFY(parser.feed(wire.constData(), 1));
    QVERIFY(!parser.atFrameBoundary()); // partial header
    QVERIFY(parser.feed(wire.constData() + 1, 3));
    QVERIFY(!parser.atFrameBoundary()); // header done, payload pending
    QVERIFY(parser.feed(wire.constData() + 4, 199));
    QVERIFY(!parser.atFrameBoundary());
    QVERIFY(parser.feed(wire.constData() + 203, 1));
    QVERIFY(parser.atFrameBoundary());
    const QByteArray empty = fromHex("8200");
    QVERIFY(parser.feed(empty.constData(), 1));
    QVERIFY(!parser.atFrameBoundary());
    QVERIFY(parser.feed(empty.constData() + 1, 1));
    QVERIFY(parser.atFrameBoundary());
}

void TestFrames::dataFramesReportedAtHeaderControlFramesWhenComplete()
{
    Pipeline p;
    const QByteArray text = serverFrame(Opcode::Text, "hello", false);
    // A data frame is reported as soon as its header is complete, before any payload.
    QVERIFY(p.feed(text.left(1)));
    QCOMPARE(p.recorder.events.size(), 0);
    QVERIFY(p.feed(text.mid(1, 1)));
    QCOMPARE(p.recorder.events, QStringList { frameEvent(1, false, 5, 2) });
    QVERIFY(p.feed(text.mid(2)));
    QCOMPARE(p.recorder.events.size(), 1);

    // A control frame only once its payload is complete (with the payload).
    const QByteArray ping = serverFrame(Opcode::Ping, "12345");
    for (qsizetype i = 0; i + 1 < ping.size(); ++i) {
        QVERIFY(p.feed(ping.mid(i, 1)));
        QCOMPARE(p.recorder.events.size(), 1);
    }
    QVERIFY(p.feed(ping.right(1)));
    QCOMPARE(p.recorder.events,
        (QStringList { frameEvent(1, false, 5, 2), frameEvent(9, true, 5, 2, "12345"), controlEvent(9, "12345") }));

    const QByteArray last = serverFrame(Opcode::Continuation, "!", true);
    QVERIFY(p.feed(last.left(2)));
    QCOMPARE(p.recorder.events.size(), 4);
    QCOMPARE(p.recorder.events.last(), frameEvent(0, true, 1, 2));
    QVERIFY(p.feed(last.mid(2)));
    QCOMPARE(p.recorder.events.last(), textEvent("hello!"));
}

void TestFrames::splitsGiveIdenticalEvents()
{
    const QByteArray kosme = QByteArrayLiteral("\xce\xba\xe1\xbd\xb9\xcf\x83\xce\xbc\xce\xb5");
    const QByteArray big = randomBytes(70000, 11);
    const QByteArray stream = serverFrame(Opcode::Text, "Hello") + serverFrame(Opcode::Binary, randomBytes(300, 12))
        + serverFrame(Opcode::Ping, "p") + serverFrame(Opcode::Text, kosme.left(3), false)
        + serverFrame(Opcode::Pong, "q") + serverFrame(Opcode::Continuation, kosme.mid(3, 5), false)
        + serverFrame(Opcode::Ping, {}) + serverFrame(Opcode::Continuation, kosme.mid(8), true)
        + serverFrame(Opcode::Binary, big) + serverFrame(Opcode::Text, {})
        + serverFrame(Opcode::Text, QByteArrayLiteral("\xf0\x9f\x98\x80\xf4\x8f\xbf\xbf"))
        + serverFrame(Opcode::Binary, {}, false) + serverFrame(Opcode::Continuation, {}, true)
        + serverFrame(Opcode::Close, closePayload(1000, "done"));

    Pipeline reference;
    QVERIFY(reference.feed(stream));
    const QStringList expected = reference.recorder.events;
    QCOMPARE(expected.size(), 25);
    QCOMPARE(expected.at(1), textEvent("Hello"));
    QCOMPARE(expected.at(13), textEvent(kosme));
    QCOMPARE(expected.at(15), binaryEvent(big));
    QCOMPARE(expected.last(), closeEvent(1000, QStringLiteral("done")));

    Pipeline bytewise;
    QCOMPARE(bytewise.feedBytewise(stream), qsizetype(-1));
    QCOMPARE(bytewise.recorder.events, expected);

    // Every split into two pieces around the frames' headers and into a few random pieces.
    for (qsizetype cut = 0; cut <= 64; ++cut) {
        Pipeline p;
        QVERIFY(p.feed(stream.left(cut)));
        QVERIFY(p.feed(stream.mid(cut)));
        QCOMPARE(p.recorder.events, expected);
    }
    QRandomGenerator rng(4242);
    for (int round = 0; round < 60; ++round) {
        Pipeline p;
        QVERIFY(p.feedRandomly(stream, rng, round < 30 ? 20 : 3000));
        QCOMPARE(p.recorder.events, expected);
    }
}

void TestFrames::fragmentedWithInterleavedPings()
{
    const QByteArray wire = serverFrame(Opcode::Text, "Hel", false) + serverFrame(Opcode::Ping, "p1")
        + serverFrame(Opcode::Continuation, "lo ", false) + serverFrame(Opcode::Pong, "q")
        + serverFrame(Opcode::Ping, "p2") + serverFrame(Opcode::Continuation, "World", true)
        + serverFrame(Opcode::Binary, "after");
    const QStringList expected { frameEvent(1, false, 3, 2), frameEvent(9, true, 2, 2, "p1"), controlEvent(9, "p1"),
        frameEvent(0, false, 3, 2), frameEvent(10, true, 1, 2, "q"), controlEvent(10, "q"),
        frameEvent(9, true, 2, 2, "p2"), controlEvent(9, "p2"), frameEvent(0, true, 5, 2), textEvent("Hello World"),
        frameEvent(2, true, 5, 2), binaryEvent("after") };
    Pipeline p;
    feedWholeAndBytewise(p, wire, expected);
    if (QTest::currentTestFailed())
        return;

    // Binary fragments too.
    Pipeline bin;
    QVERIFY(bin.feed(serverFrame(Opcode::Binary, "\x01", false) + serverFrame(Opcode::Continuation, "\x02", false)
        + serverFrame(Opcode::Continuation, "\x03", true)));
    QCOMPARE(bin.recorder.events.last(), binaryEvent(fromHex("010203")));
}

void TestFrames::emptyMessagesAndEmptyContinuations()
{
    Pipeline p;
    QVERIFY(p.feed(serverFrame(Opcode::Text, {}) + serverFrame(Opcode::Binary, {})
        + serverFrame(Opcode::Text, "abc", false) + serverFrame(Opcode::Continuation, {}, false)
        + serverFrame(Opcode::Continuation, {}, true) + serverFrame(Opcode::Text, {}, false)
        + serverFrame(Opcode::Continuation, {}, true) + serverFrame(Opcode::Binary, {}, false)
        + serverFrame(Opcode::Continuation, "z", false) + serverFrame(Opcode::Continuation, {}, true)));
    const QStringList messages = p.recorder.events.filter(QRegularExpression(QStringLiteral("^(text|binary) ")));
    QCOMPARE(
        messages, (QStringList { textEvent({}), binaryEvent({}), textEvent("abc"), textEvent({}), binaryEvent("z") }));
    QCOMPARE(p.recorder.events.size(), 15);
}

void TestFrames::controlFrameOf125Bytes()
{
    const QByteArray payload = randomBytes(125, 21);
    Pipeline p;
    QVERIFY(p.feed(serverFrame(Opcode::Ping, payload)));
    QCOMPARE(p.recorder.events, (QStringList { frameEvent(9, true, 125, 2, payload), controlEvent(9, payload) }));
    QCOMPARE(p.recorder.frames.value(0).controlPayload.size(), 125);
}

void TestFrames::timestamps()
{
    Pipeline p;
    p.parser.setTimestamp(111);
    QVERIFY(p.feed(serverFrame(Opcode::Text, "a")));
    p.parser.setTimestamp(222);
    const QByteArray b = serverFrame(Opcode::Binary, "bb");
    QVERIFY(p.feed(b.left(1)));
    // The header completes in a feed() with a later timestamp: that one is stamped.
    p.parser.setTimestamp(333);
    QVERIFY(p.feed(b.mid(1)));
    // A control frame's header parsed at 444, payload completed at 555: stamped 444.
    const QByteArray ping = serverFrame(Opcode::Ping, "xyz");
    p.parser.setTimestamp(444);
    QVERIFY(p.feed(ping.left(3)));
    p.parser.setTimestamp(555);
    QVERIFY(p.feed(ping.mid(3)));
    p.parser.setTimestamp(1'700'000'000'123'456);
    QVERIFY(p.feed(serverFrame(Opcode::Close, closePayload(1000))));
    QCOMPARE(p.recorder.frames.size(), 4);
    QCOMPARE(p.recorder.frames.at(0).timeUs, qint64(111));
    QCOMPARE(p.recorder.frames.at(1).timeUs, qint64(333));
    QCOMPARE(p.recorder.frames.at(2).timeUs, qint64(444));
    QCOMPARE(p.recorder.frames.at(3).timeUs, qint64(1'700'000'000'123'456));
}

void TestFrames::sinkStopStopsFeedAtOnce()
{
    Pipeline p;
    p.recorder.stopAtMessage = 0;
    QVERIFY(
        !p.feed(serverFrame(Opcode::Text, "one") + serverFrame(Opcode::Text, "two") + serverFrame(Opcode::Ping, "x")));
    QCOMPARE(p.recorder.events, (QStringList { frameEvent(1, true, 3, 2), textEvent("one") }));
    // Stopped by the receiver: not a protocol error of either layer.
    QCOMPARE(p.parser.error(), PE::None);
    QCOMPARE(p.assembler.error(), AE::None);
}

void TestFrames::parserSinkStopStopsFeedAtOnce()
{
    ParserRecorder sink;
    sink.stopAtHeader = true;
    FrameParser parser(&sink);
    const QByteArray wire = serverFrame(Opcode::Binary, "payload") + serverFrame(Opcode::Binary, "more");
    QVERIFY(!parser.feed(wire.constData(), wire.size()));
    QCOMPARE(sink.headers.size(), 1);
    QVERIFY(sink.slices.isEmpty());
    QCOMPARE(parser.error(), PE::None);
}

// ---------------------------------------------------------------------------------------------
// FrameParser protocol errors

void TestFrames::parserErrors_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("error");

    const auto row
        = [](const char *name, const QByteArray &wire, PE error) { QTest::newRow(name) << wire << int(error); };
    row("RSV1 text", serverFrame(Opcode::Text, "a", true, 0x40), PE::ReservedBits);
    row("RSV2 text", serverFrame(Opcode::Text, "a", true, 0x20), PE::ReservedBits);
    row("RSV3 binary", serverFrame(Opcode::Binary, "a", true, 0x10), PE::ReservedBits);
    row("RSV1+2+3", serverFrame(Opcode::Binary, "a", true, 0x70), PE::ReservedBits);
    row("RSV2 ping", serverFrame(Opcode::Ping, "a", true, 0x20), PE::ReservedBits);
    row("RSV3 continuation", serverFrame(Opcode::Continuation, "a", true, 0x10), PE::ReservedBits);
    for (quint8 op : { 3, 4, 5, 6, 7, 0xB, 0xC, 0xD, 0xE, 0xF }) {
        QTest::addRow("reserved opcode %X", op) << serverFrame(op, {}) << int(PE::ReservedOpcode);
        QTest::addRow("reserved opcode %X with payload, not fin", op)
            << serverFrame(op, "xyz", false) << int(PE::ReservedOpcode);
    }
    row("ping FIN=0", serverFrame(Opcode::Ping, "a", false), PE::FragmentedControl);
    row("pong FIN=0", serverFrame(Opcode::Pong, {}, false), PE::FragmentedControl);
    row("close FIN=0", serverFrame(Opcode::Close, closePayload(1000), false), PE::FragmentedControl);
    row("ping 126 bytes", serverFrame(Opcode::Ping, QByteArray(126, 'p')), PE::ControlTooLong);
    row("close 126 bytes", serverFrame(Opcode::Close, closePayload(1000, QByteArray(124, 'r'))), PE::ControlTooLong);
    row("pong 65536 bytes (header only)", WebSocketWire::frameHeader(0x8A, 65536), PE::ControlTooLong);
    {
        QByteArray masked = fromHex("8185") + fromHex("37fa213d");
        QByteArray hello = QByteArrayLiteral("Hello");
        FrameEncoder::applyMask(hello.data(), hello.size(), 0x37FA213D);
        row("masked text (RFC 6455 5.7 example)", masked + hello, PE::MaskedFrame);
        row("masked empty binary", fromHex("8280") + fromHex("00000000"), PE::MaskedFrame);
        row("masked ping", fromHex("8980") + fromHex("01020304"), PE::MaskedFrame);
    }
    row("16-bit length 100", fromHex("827e0064") + QByteArray(100, 'x'), PE::NonMinimalLength);
    row("16-bit length 0", fromHex("827e0000"), PE::NonMinimalLength);
    row("16-bit length 125", fromHex("827e007d") + QByteArray(125, 'x'), PE::NonMinimalLength);
    row("64-bit length 1000", fromHex("827f00000000000003e8") + QByteArray(1000, 'x'), PE::NonMinimalLength);
    row("64-bit length 5", fromHex("817f0000000000000005") + QByteArray(5, 'x'), PE::NonMinimalLength);
    row("64-bit length 65535", fromHex("827f000000000000ffff") + QByteArray(65535, 'x'), PE::NonMinimalLength);
    row("64-bit length MSB set", fromHex("827f8000000000000000"), PE::LengthTooLarge);
    row("64-bit length all ones", fromHex("827fffffffffffffffff"), PE::LengthTooLarge);
    row("64-bit length MSB set + 5", fromHex("827f8000000000000005") + QByteArray(5, 'x'), PE::LengthTooLarge);
}

void TestFrames::parserErrors()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, error);
    const PE expected = PE(error);
    // A valid message first: it is delivered, then the bad frame fails without being reported.
    const QByteArray good = serverFrame(Opcode::Text, "ok");
    const QStringList before { frameEvent(1, true, 2, 2), textEvent("ok") };
    {
        Pipeline p;
        QVERIFY(!p.feed(good + wire));
        QCOMPARE(p.parser.error(), expected);
        QCOMPARE(p.assembler.error(), AE::None);
        QCOMPARE(p.parser.errorCloseCode(), quint16(1002));
        QVERIFY(!p.parser.errorString().isEmpty());
        QCOMPARE(p.recorder.events, before);
    }
    {
        // The header alone is enough to fail (nothing waits for a payload that is not needed).
        const int headerLength = (quint8(wire.at(1)) & 0x7F) == 127 ? 10 : (quint8(wire.at(1)) & 0x7F) == 126 ? 4 : 2;
        const int maskLength = (quint8(wire.at(1)) & 0x80) ? 4 : 0;
        Pipeline p;
        const qsizetype failedAt = p.feedBytewise(good + wire);
        QVERIFY(failedAt >= good.size());
        QVERIFY2(failedAt < good.size() + headerLength + maskLength, qPrintable(QString::number(failedAt)));
        QCOMPARE(p.parser.error(), expected);
        QCOMPARE(p.recorder.events, before);
    }
}

void TestFrames::rsv1AllowedOnlyWhenEnabled()
{
    const QByteArray rsv1Text = serverFrame(Opcode::Text, "abc", true, 0x40);
    {
        ParserRecorder sink;
        FrameParser parser(&sink);
        QVERIFY(!parser.feed(rsv1Text.constData(), rsv1Text.size()));
        QCOMPARE(parser.error(), PE::ReservedBits);
        QVERIFY(sink.headers.isEmpty());
    }
    {
        ParserRecorder sink;
        FrameParser parser(&sink);
        parser.setRsv1Allowed(true);
        QVERIFY(parser.feed(rsv1Text.constData(), rsv1Text.size()));
        QCOMPARE(sink.headers.size(), 1);
        QVERIFY(sink.headers.at(0).rsv1);
        QVERIFY(!sink.headers.at(0).rsv2);
        QCOMPARE(sink.payloads.at(0), QByteArray("abc"));
        // RSV2 and RSV3 stay forbidden.
        const QByteArray rsv2 = serverFrame(Opcode::Text, "abc", true, 0x60);
        QVERIFY(!parser.feed(rsv2.constData(), rsv2.size()));
        QCOMPARE(parser.error(), PE::ReservedBits);
    }
    {
        ParserRecorder sink;
        FrameParser parser(&sink);
        parser.setRsv1Allowed(true);
        const QByteArray rsv3 = serverFrame(Opcode::Binary, "abc", true, 0x50);
        QVERIFY(!parser.feed(rsv3.constData(), rsv3.size()));
        QCOMPARE(parser.error(), PE::ReservedBits);
        QCOMPARE(parser.errorCloseCode(), quint16(1002));
    }
}

void TestFrames::minimalLengthsAreAccepted()
{
    // The smallest value of each length form is accepted.
    {
        ParserRecorder sink;
        FrameParser parser(&sink);
        const QByteArray wire = fromHex("827e007e") + QByteArray(126, 'x');
        QVERIFY(parser.feed(wire.constData(), wire.size()));
        QCOMPARE(sink.headers.value(0).payloadLength, qint64(126));
        QCOMPARE(sink.endSlices, QList<int> { 1 });
    }
    {
        ParserRecorder sink;
        FrameParser parser(&sink);
        const QByteArray wire = fromHex("827f0000000000010000") + QByteArray(100, 'x');
        QVERIFY(parser.feed(wire.constData(), wire.size()));
        QCOMPARE(sink.headers.value(0).payloadLength, qint64(65536));
        QCOMPARE(int(sink.headers.value(0).headerLength), 10);
        QCOMPARE(sink.payloads.value(0).size(), 100);
        QCOMPARE(sink.endSlices, QList<int> { 0 });
    }
}

void TestFrames::frameTooLarge()
{
    {
        Pipeline p;
        p.parser.setMaxFrameSize(1000);
        QVERIFY(p.feed(serverFrame(Opcode::Binary, QByteArray(1000, 'a'))));
        QCOMPARE(p.recorder.events.size(), 2);
        // Over the limit: fails on the header alone, with 1009.
        QVERIFY(!p.feed(WebSocketWire::frameHeader(0x82, 1001)));
        QCOMPARE(p.parser.error(), PE::FrameTooLarge);
        QCOMPARE(p.parser.errorCloseCode(), quint16(1009));
        QVERIFY(!p.parser.errorString().isEmpty());
        QCOMPARE(p.recorder.events.size(), 2);
    }
    {
        // The frame limit applies to each frame, not to the message.
        Pipeline p;
        p.parser.setMaxFrameSize(10);
        QVERIFY(p.feed(serverFrame(Opcode::Text, QByteArray(10, 'a'), false)
            + serverFrame(Opcode::Continuation, QByteArray(10, 'b'), true)));
        QCOMPARE(p.recorder.events.last(), textEvent(QByteArray(10, 'a') + QByteArray(10, 'b')));
        QVERIFY(!p.feed(serverFrame(Opcode::Binary, QByteArray(11, 'c'))));
        QCOMPARE(p.parser.error(), PE::FrameTooLarge);
        QCOMPARE(p.parser.errorCloseCode(), quint16(1009));
    }
    {
        // 64-bit form over the limit.
        Pipeline p;
        p.parser.setMaxFrameSize(1 << 20);
        QVERIFY(!p.feed(WebSocketWire::frameHeader(0x82, (1 << 20) + 1)));
        QCOMPARE(p.parser.error(), PE::FrameTooLarge);
    }
}

void TestFrames::parserErrorIsSticky()
{
    Pipeline p;
    QVERIFY(!p.feed(fromHex("8300")));
    QCOMPARE(p.parser.error(), PE::ReservedOpcode);
    QVERIFY(!p.feed(serverFrame(Opcode::Text, "later")));
    QCOMPARE(p.parser.error(), PE::ReservedOpcode);
    QVERIFY(p.recorder.events.isEmpty());
}

// ---------------------------------------------------------------------------------------------
// MessageAssembler protocol errors

void TestFrames::unexpectedContinuation()
{
    for (bool fin : { true, false }) {
        Pipeline p;
        QVERIFY(!p.feed(serverFrame(Opcode::Continuation, "abc", fin)));
        QCOMPARE(p.assembler.error(), AE::UnexpectedContinuation);
        QCOMPARE(p.assembler.errorCloseCode(), quint16(1002));
        QCOMPARE(p.parser.error(), PE::None);
        QVERIFY(!p.assembler.errorString().isEmpty());
        const QString problem = checkEventsBeforeError(p.recorder.events, {});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    {
        // After a finished message, a continuation is unexpected too.
        Pipeline p;
        QVERIFY(!p.feed(serverFrame(Opcode::Text, "a", false) + serverFrame(Opcode::Continuation, "b", true)
            + serverFrame(Opcode::Continuation, "c", true)));
        QCOMPARE(p.assembler.error(), AE::UnexpectedContinuation);
        const QString problem = checkEventsBeforeError(
            p.recorder.events, { frameEvent(1, false, 1, 2), frameEvent(0, true, 1, 2), textEvent("ab") });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

void TestFrames::expectedContinuation_data()
{
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("second");
    QTest::newRow("text during text") << int(Opcode::Text) << int(Opcode::Text);
    QTest::newRow("binary during text") << int(Opcode::Text) << int(Opcode::Binary);
    QTest::newRow("text during binary") << int(Opcode::Binary) << int(Opcode::Text);
}

void TestFrames::expectedContinuation()
{
    QFETCH(int, first);
    QFETCH(int, second);
    Pipeline p;
    QVERIFY(!p.feed(serverFrame(quint8(first), "ab", false) + serverFrame(Opcode::Ping, "x")
        + serverFrame(quint8(second), "cd", true)));
    QCOMPARE(p.assembler.error(), AE::ExpectedContinuation);
    QCOMPARE(p.assembler.errorCloseCode(), quint16(1002));
    const QString problem = checkEventsBeforeError(p.recorder.events,
        { frameEvent(quint8(first), false, 2, 2), frameEvent(9, true, 1, 2, "x"), controlEvent(9, "x") });
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestFrames::invalidUtf8FailsAtTheBadByte_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<qsizetype>("badByte"); // index in wire of the byte at which feed() must fail

    // Header 2 bytes, "Hello" 5 bytes, C0 at index 7.
    QTest::newRow("C0 in the middle") << serverFrame(Opcode::Text, QByteArrayLiteral("Hello\xc0World")) << qsizetype(7);
    QTest::newRow("FF first byte") << serverFrame(Opcode::Text,
        QByteArrayLiteral("\xff"
                          "abc")) << qsizetype(2);
    QTest::newRow("surrogate ED A0 80") << serverFrame(Opcode::Text,
        QByteArrayLiteral("ab\xed\xa0\x80"
                          "cd")) << qsizetype(5);
    QTest::newRow("above U+10FFFF") << serverFrame(Opcode::Text, QByteArrayLiteral("\xf4\x90\x80\x80zzz"))
                                    << qsizetype(3);
    QTest::newRow("overlong E0 80 AF") << serverFrame(Opcode::Text, QByteArrayLiteral("x\xe0\x80\xaf")) << qsizetype(4);
    // 16-bit length form: header 4 bytes; bad byte after 200 good ones.
    QTest::newRow("after 200 bytes") << serverFrame(
        Opcode::Text, QByteArray(200, 'a') + QByteArrayLiteral("\x80") + QByteArray(100, 'b'))
                                     << qsizetype(204);
    // A fragmented message: the bad byte is in the second fragment.
    {
        const QByteArray first = serverFrame(Opcode::Text, "abc", false);
        const QByteArray second = serverFrame(Opcode::Continuation, QByteArrayLiteral("de\xed\xa0\x80"), true);
        QTest::newRow("second fragment") << first + second << qsizetype(first.size() + 2 + 3);
    }
    // A sequence split across fragments, broken by the first byte of the next fragment.
    {
        const QByteArray first = serverFrame(Opcode::Text, QByteArrayLiteral("ab\xe2\x82"), false);
        const QByteArray second = serverFrame(Opcode::Continuation, QByteArrayLiteral("\x28rest"), true);
        QTest::newRow("split sequence broken") << first + second << qsizetype(first.size() + 2);
    }
    // A ping between the fragments does not reset validation.
    {
        const QByteArray first = serverFrame(Opcode::Text, QByteArrayLiteral("\xf0\x9f"), false);
        const QByteArray ping = serverFrame(Opcode::Ping, "ok");
        const QByteArray second = serverFrame(Opcode::Continuation, QByteArrayLiteral("\x98\x41"), true);
        QTest::newRow("split sequence, ping between")
            << first + ping + second << qsizetype(first.size() + ping.size() + 2 + 1);
    }
    // A message that ends inside a sequence fails at its last byte.
    QTest::newRow("truncated at message end")
        << serverFrame(Opcode::Text, QByteArrayLiteral("ab\xe2\x82")) << qsizetype(5);
    {
        const QByteArray first = serverFrame(Opcode::Text, QByteArrayLiteral("ab\xe2"), false);
        const QByteArray second = serverFrame(Opcode::Continuation, QByteArrayLiteral("\x82"), true);
        QTest::newRow("truncated at end of last fragment") << first + second << qsizetype(first.size() + 2);
    }
    {
        // The last fragment is empty and the message ends inside a sequence: fails at its header.
        const QByteArray first = serverFrame(Opcode::Text, QByteArrayLiteral("ab\xe2"), false);
        const QByteArray second = serverFrame(Opcode::Continuation, {}, true);
        QTest::newRow("truncated, empty last fragment") << first + second << qsizetype(first.size() + 1);
    }
}

void TestFrames::invalidUtf8FailsAtTheBadByte()
{
    QFETCH(QByteArray, wire);
    QFETCH(qsizetype, badByte);
    {
        Pipeline p;
        QCOMPARE(p.feedBytewise(wire), badByte);
        QCOMPARE(p.assembler.error(), AE::InvalidUtf8);
        QCOMPARE(p.assembler.errorCloseCode(), quint16(1007));
        QCOMPARE(p.parser.error(), PE::None);
        QVERIFY(!p.assembler.errorString().isEmpty());
        for (const QString &event : std::as_const(p.recorder.events))
            QVERIFY2(!event.startsWith(QStringLiteral("text")), qPrintable(event));
    }
    {
        Pipeline p;
        QVERIFY(!p.feed(wire));
        QCOMPARE(p.assembler.error(), AE::InvalidUtf8);
        QCOMPARE(p.assembler.errorCloseCode(), quint16(1007));
    }
    {
        // Fed up to just before the bad byte: no error yet.
        Pipeline p;
        QVERIFY(p.feed(wire.left(badByte)));
        QCOMPARE(p.assembler.error(), AE::None);
        QVERIFY(!p.feed(wire.mid(badByte, 1)));
        QCOMPARE(p.assembler.error(), AE::InvalidUtf8);
    }
}

void TestFrames::invalidUtf8InLargeFrameFailsBeforeFrameEnd()
{
    // A 100 000-byte text frame with a bad byte at payload offset 40 000, fed in 1000-byte pieces:
    // the piece holding the bad byte fails; nothing waits for the rest of the frame.
    QByteArray payload(100000, 'a');
    payload[40000] = char(0xC1);
    const QByteArray wire = serverFrame(Opcode::Text, payload);
    const qsizetype bad = 10 + 40000;
    Pipeline p;
    qsizetype pos = 0;
    while (pos < wire.size()) {
        const bool ok = p.feed(wire.mid(pos, 1000));
        if (!ok)
            break;
        pos += 1000;
    }
    QCOMPARE(pos, (bad / 1000) * 1000);
    QCOMPARE(p.assembler.error(), AE::InvalidUtf8);
    QCOMPARE(p.assembler.errorCloseCode(), quint16(1007));
    QVERIFY(!p.parser.atFrameBoundary());
}

void TestFrames::utf8AcrossFragments()
{
    // Code points split between fragments in every way are delivered whole.
    const QByteArray text = QByteArrayLiteral("a\xe2\x82\xac\xf0\x9f\x98\x80z");
    for (qsizetype i = 0; i <= text.size(); ++i) {
        for (qsizetype j = i; j <= text.size(); ++j) {
            Pipeline p;
            QVERIFY(p.feed(serverFrame(Opcode::Text, text.left(i), false)
                + serverFrame(Opcode::Continuation, text.mid(i, j - i), false)
                + serverFrame(Opcode::Continuation, text.mid(j), true)));
            QCOMPARE(p.recorder.events.last(), textEvent(text));
        }
    }
    // A fragment may end inside a sequence without any error.
    Pipeline p;
    QVERIFY(p.feed(serverFrame(Opcode::Text, QByteArrayLiteral("\xe2"), false)));
    QCOMPARE(p.assembler.error(), AE::None);
}

void TestFrames::binaryIsNotValidated()
{
    const QByteArray junk = QByteArrayLiteral("\xff\xfe\xc0\xaf\xed\xa0\x80\xe2");
    Pipeline p;
    QVERIFY(p.feed(
        serverFrame(Opcode::Binary, junk.left(3), false) + serverFrame(Opcode::Continuation, junk.mid(3), true)));
    QCOMPARE(p.recorder.events.last(), binaryEvent(junk));
    // Nor are ping payloads.
    QVERIFY(p.feed(serverFrame(Opcode::Ping, junk)));
    QCOMPARE(p.recorder.events.last(), controlEvent(9, junk));
    // And validation starts fresh with the next text message.
    QVERIFY(p.feed(serverFrame(Opcode::Text, "fine")));
    QCOMPARE(p.recorder.events.last(), textEvent("fine"));
}

void TestFrames::messageTooLarge_data()
{
    QTest::addColumn<QList<QByteArray>>("frames");
    QTest::addColumn<bool>("fits");

    const auto rows = [](bool text) {
        const quint8 op = text ? Opcode::Text : Opcode::Binary;
        const char *kind = text ? "text" : "binary";
        QTest::addRow("%s single 100", kind) << QList<QByteArray> { serverFrame(op, QByteArray(100, 'a')) } << true;
        QTest::addRow("%s single 101", kind) << QList<QByteArray> { serverFrame(op, QByteArray(101, 'a')) } << false;
        QTest::addRow("%s 40+40+20", kind) << QList<QByteArray> { serverFrame(op, QByteArray(40, 'a'), false),
            serverFrame(Opcode::Continuation, QByteArray(40, 'b'), false),
            serverFrame(Opcode::Continuation, QByteArray(20, 'c'), true) }
                                           << true;
        QTest::addRow("%s 40+40+21", kind) << QList<QByteArray> { serverFrame(op, QByteArray(40, 'a'), false),
            serverFrame(Opcode::Continuation, QByteArray(40, 'b'), false),
            serverFrame(Opcode::Continuation, QByteArray(21, 'c'), true) }
                                           << false;
        QTest::addRow("%s 40+40+40", kind) << QList<QByteArray> { serverFrame(op, QByteArray(40, 'a'), false),
            serverFrame(Opcode::Continuation, QByteArray(40, 'b'), false),
            serverFrame(Opcode::Continuation, QByteArray(40, 'c'), true) }
                                           << false;
        QTest::addRow("%s 100 + empty fragments", kind)
            << QList<QByteArray> { serverFrame(op, QByteArray(100, 'a'), false),
                   serverFrame(Opcode::Continuation, {}, false), serverFrame(Opcode::Continuation, {}, true) }
            << true;
        // Control frames in between do not count.
        QTest::addRow("%s 60 + ping 125 + 40", kind) << QList<QByteArray> { serverFrame(op, QByteArray(60, 'a'), false),
            serverFrame(Opcode::Ping, QByteArray(125, 'p')),
            serverFrame(Opcode::Continuation, QByteArray(40, 'b'), true) }
                                                     << true;
    };
    rows(true);
    rows(false);
}

void TestFrames::messageTooLarge()
{
    QFETCH(QList<QByteArray>, frames);
    QFETCH(bool, fits);
    QByteArray wire;
    QByteArray expectedPayload;
    for (const QByteArray &f : std::as_const(frames)) {
        wire += f;
        const quint8 op = quint8(f.at(0)) & 0x0F;
        if (!Opcode::isControl(op))
            expectedPayload += f.mid(2);
    }
    for (int mode = 0; mode < 2; ++mode) {
        Pipeline p;
        p.assembler.setMaxMessageSize(100);
        QCOMPARE(p.assembler.maxMessageSize(), qint64(100));
        const bool ok = mode == 0 ? p.feed(wire) : p.feedBytewise(wire) < 0;
        QCOMPARE(ok, fits);
        if (fits) {
            QVERIFY(p.recorder.events.last().endsWith(QLatin1Char(' ') + hex(expectedPayload)));
            QCOMPARE(p.assembler.error(), AE::None);
        } else {
            QCOMPARE(p.assembler.error(), AE::MessageTooLarge);
            QCOMPARE(p.assembler.errorCloseCode(), quint16(1009));
            QCOMPARE(p.parser.error(), PE::None);
            QVERIFY(!p.assembler.errorString().isEmpty());
            for (const QString &event : std::as_const(p.recorder.events))
                QVERIFY(event.startsWith(QStringLiteral("frame ")) || event.startsWith(QStringLiteral("control ")));
        }
    }
}

void TestFrames::announcedLengthOverLimitFailsAtHeader()
{
    // A frame that announces more than the message limit fails at its header: nobody waits for
    // (or buffers) data that can only end in 1009.
    {
        Pipeline p; // default limit
        QVERIFY(!p.feed(WebSocketWire::frameHeader(0x82, quint64(1) << 62) + QByteArray(16, 'x')));
        QCOMPARE(p.assembler.error(), AE::MessageTooLarge);
        QCOMPARE(p.assembler.errorCloseCode(), quint16(1009));
    }
    {
        Pipeline p;
        p.assembler.setMaxMessageSize(1000);
        QVERIFY(p.feed(serverFrame(Opcode::Text, QByteArray(600, 'a'), false)));
        QVERIFY(!p.feed(WebSocketWire::frameHeader(0x00, 401)));
        QCOMPARE(p.assembler.error(), AE::MessageTooLarge);
    }
}

void TestFrames::announcedLengthOverflowDoesNotWrap()
{
    // 10 bytes so far plus a continuation announcing 2^63-1 bytes must not wrap around to a
    // small (or negative) total and pass the limit check.
    Pipeline p;
    QVERIFY(p.feed(serverFrame(Opcode::Binary, QByteArray(10, 'a'), false)));
    const QByteArray header = fromHex("007f7fffffffffffffff");
    QVERIFY2(!p.feed(header + QByteArray(100, 'b')), qPrintable(p.recorder.events.join(QStringLiteral(" | "))));
    QCOMPARE(p.assembler.error(), AE::MessageTooLarge);
    QCOMPARE(p.assembler.errorCloseCode(), quint16(1009));

    // Same with the limit at its maximum.
    Pipeline q;
    q.assembler.setMaxMessageSize(std::numeric_limits<qint64>::max());
    QVERIFY(q.feed(serverFrame(Opcode::Binary, QByteArray(10, 'a'), false)));
    QVERIFY(!q.feed(header + QByteArray(100, 'b')));
    QCOMPARE(q.assembler.error(), AE::MessageTooLarge);
}

void TestFrames::hugeAnnouncedFrameDoesNotAllocate()
{
    const qint64 rssBefore = ProcessMemory::statusKiB("VmRSS");
    const qint64 vmBefore = ProcessMemory::statusKiB("VmSize");
    QVERIFY(rssBefore > 0 && vmBefore > 0);
    const QByteArray header = fromHex("827f4000000000000000"); // 2^62 bytes
    {
        ParserRecorder sink;
        FrameParser parser(&sink);
        QVERIFY(parser.feed(header.constData(), header.size()));
        const QByteArray some(4096, 'z');
        for (int i = 0; i < 16; ++i)
            QVERIFY(parser.feed(some.constData() + i * 256, 256));
        QCOMPARE(sink.headers.size(), 1);
        QCOMPARE(sink.headers.at(0).payloadLength, qint64(1) << 62);
        QCOMPARE(sink.payloads.at(0).size(), 4096);
        QCOMPARE(sink.endSlices.at(0), 0);
        QVERIFY(!parser.atFrameBoundary());
    }
    {
        Pipeline p;
        p.assembler.setMaxMessageSize(std::numeric_limits<qint64>::max());
        QVERIFY(p.feed(header));
        QVERIFY(p.feed(QByteArray(4096, 'z')));
        QCOMPARE(p.recorder.events, QStringList { frameEvent(2, true, qint64(1) << 62, 10) });
        QCOMPARE(p.assembler.error(), AE::None);
    }
    {
        // The same for text and for the largest length the parser accepts.
        Pipeline p;
        p.assembler.setMaxMessageSize(std::numeric_limits<qint64>::max());
        QVERIFY(p.feed(fromHex("817f7fffffffffffffff") + QByteArray(1000, 't')));
        QCOMPARE(p.recorder.frames.value(0).payloadLength, std::numeric_limits<qint64>::max());
    }
    const qint64 rssGrowth = ProcessMemory::statusKiB("VmRSS") - rssBefore;
    const qint64 vmGrowth = ProcessMemory::statusKiB("VmSize") - vmBefore;
    QVERIFY2(rssGrowth < 16 * 1024, qPrintable(QStringLiteral("RSS grew by %1 KiB").arg(rssGrowth)));
    QVERIFY2(vmGrowth < 64 * 1024, qPrintable(QStringLiteral("VmSize grew by %1 KiB").arg(vmGrowth)));
}

// ---------------------------------------------------------------------------------------------
// Close payloads

void TestFrames::closePayloads_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << QByteArray() << int(AE::None) << 1005 << QString();
    QTest::newRow("1 byte") << fromHex("03") << int(AE::CloseTooShort) << 0 << QString();
    for (int code : { 0, 1, 999, 1004, 1005, 1006, 1015, 1016, 1100, 2000, 2999, 5000, 65535 })
        QTest::addRow("invalid %d", code) << closePayload(quint16(code)) << int(AE::InvalidCloseCode) << 0 << QString();
    QTest::newRow("invalid 1005 with reason") << closePayload(1005, "x") << int(AE::InvalidCloseCode) << 0 << QString();
    for (int code : { 1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 3000, 3999, 4000, 4999 })
        QTest::addRow("valid %d", code) << closePayload(quint16(code)) << int(AE::None) << code << QString();
    QTest::newRow("1000 bye") << closePayload(1000, "bye") << int(AE::None) << 1000 << QStringLiteral("bye");
    QTest::newRow("1001 kosme") << closePayload(1001, QByteArrayLiteral("\xce\xba\xe1\xbd\xb9\xcf\x83\xce\xbc\xce\xb5"))
                                << int(AE::None) << 1001 << QStringLiteral(u"\u03BA\u1F79\u03C3\u03BC\u03B5");
    QTest::newRow("4000 123-byte reason")
        << closePayload(4000, QByteArray(123, 'r')) << int(AE::None) << 4000 << QString(123, QLatin1Char('r'));
    QTest::newRow("reason FF") << closePayload(1000, QByteArrayLiteral("\xff")) << int(AE::InvalidCloseReason) << 0
                               << QString();
    QTest::newRow("reason surrogate") << closePayload(1000, QByteArrayLiteral("ok\xed\xa0\x80"))
                                      << int(AE::InvalidCloseReason) << 0 << QString();
    QTest::newRow("reason truncated") << closePayload(1000, QByteArrayLiteral("ab\xe2\x82"))
                                      << int(AE::InvalidCloseReason) << 0 << QString();
    QTest::newRow("reason overlong NUL") << closePayload(3000, QByteArrayLiteral("\xc0\x80"))
                                         << int(AE::InvalidCloseReason) << 0 << QString();
}

void TestFrames::closePayloads()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, error);
    QFETCH(int, code);
    QFETCH(QString, reason);
    quint16 gotCode = 12345;
    QString gotReason = QStringLiteral("stale");
    const AE result = MessageAssembler::parseClosePayload(payload, &gotCode, &gotReason);
    QCOMPARE(result, AE(error));
    if (result == AE::None) {
        QCOMPARE(int(gotCode), code);
        QCOMPARE(gotReason, reason);
    }
}

void TestFrames::closeFrames_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("closeCode");
    QTest::addColumn<QString>("event");

    QTest::newRow("empty") << QByteArray() << int(AE::None) << 0 << closeEvent(1005, {});
    QTest::newRow("1000 bye") << closePayload(1000, "bye") << int(AE::None) << 0
                              << closeEvent(1000, QStringLiteral("bye"));
    QTest::newRow("3000") << closePayload(3000) << int(AE::None) << 0 << closeEvent(3000, {});
    QTest::newRow("1 byte") << fromHex("03") << int(AE::CloseTooShort) << 1002 << QString();
    QTest::newRow("1005") << closePayload(1005) << int(AE::InvalidCloseCode) << 1002 << QString();
    QTest::newRow("1006") << closePayload(1006) << int(AE::InvalidCloseCode) << 1002 << QString();
    QTest::newRow("1010 from server") << closePayload(1010) << int(AE::None) << 0 << closeEvent(1010, {});
    QTest::newRow("1015") << closePayload(1015) << int(AE::InvalidCloseCode) << 1002 << QString();
    QTest::newRow("5000") << closePayload(5000) << int(AE::InvalidCloseCode) << 1002 << QString();
    QTest::newRow("bad reason") << closePayload(1000, QByteArrayLiteral("\xc0\xaf")) << int(AE::InvalidCloseReason)
                                << 1007 << QString();
}

void TestFrames::closeFrames()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, error);
    QFETCH(int, closeCode);
    QFETCH(QString, event);
    const QByteArray wire = serverFrame(Opcode::Close, payload);
    // Also in the middle of a fragmented message: control frames may interleave.
    for (bool interleaved : { false, true }) {
        Pipeline p;
        const QByteArray prefix = interleaved ? serverFrame(Opcode::Text, "par", false) : QByteArray();
        const bool ok = p.feed(prefix + wire);
        QStringList before;
        if (interleaved)
            before.append(frameEvent(1, false, 3, 2));
        QCOMPARE(ok, error == int(AE::None));
        QCOMPARE(p.assembler.error(), AE(error));
        QCOMPARE(p.parser.error(), PE::None);
        if (ok) {
            QCOMPARE(
                p.recorder.events, (before + QStringList { frameEvent(8, true, payload.size(), 2, payload), event }));
        } else {
            QCOMPARE(int(p.assembler.errorCloseCode()), closeCode);
            QVERIFY(!p.assembler.errorString().isEmpty());
            const QString problem = checkEventsBeforeError(p.recorder.events, before);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The server role: FrameEncoder without a mask, FrameParser expecting masked frames

void TestFrames::encodeUnmasked_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QByteArray>("header");

    QTest::newRow("0") << qint64(0) << fromHex("8200");
    QTest::newRow("125") << qint64(125) << fromHex("827d");
    QTest::newRow("126") << qint64(126) << fromHex("827e007e");
    QTest::newRow("65535") << qint64(65535) << fromHex("827effff");
    QTest::newRow("65536") << qint64(65536) << fromHex("827f0000000000010000");
    QTest::newRow("1 MiB + 3") << qint64(1048579) << fromHex("827f0000000000100003");
}

void TestFrames::encodeUnmasked()
{
    QFETCH(qint64, size);
    QFETCH(QByteArray, header);
    const QByteArray payload = randomBytes(size, quint32(size) + 70);

    // No MASK bit, no key, the payload as it is: byte for byte what the RFC writer makes.
    QByteArray out = QByteArrayLiteral("xyz");
    const int headerLength
        = FrameEncoder::appendFrame(out, Opcode::Binary, true, false, std::nullopt, payload.constData(), size);
    QCOMPARE(headerLength, int(header.size()));
    QCOMPARE(out.size(), 3 + header.size() + size);
    QCOMPARE(out.left(3), QByteArrayLiteral("xyz"));
    QCOMPARE(hex(out.mid(3, headerLength)), hex(header));
    QVERIFY(out.mid(3 + headerLength) == payload);
    QVERIFY(out.mid(3) == serverFrame(Opcode::Binary, payload));

    char buffer[FrameEncoder::MaxHeaderSize];
    std::memset(buffer, 0x55, sizeof(buffer));
    const int written = FrameEncoder::writeHeader(buffer, Opcode::Binary, true, false, std::nullopt, size);
    QCOMPARE(written, headerLength);
    QCOMPARE(hex(QByteArray(buffer, written)), hex(header));
    for (int i = written; i < FrameEncoder::MaxHeaderSize; ++i)
        QCOMPARE(quint8(buffer[i]), quint8(0x55)); // no key written after the length

    // Every first byte comes out as for a client frame; only the mask differs.
    for (const quint8 opcode : { Opcode::Text, Opcode::Continuation, Opcode::Close, Opcode::Ping, Opcode::Pong }) {
        for (const bool fin : { false, true }) {
            QByteArray frame;
            FrameEncoder::appendFrame(frame, opcode, fin, true, std::nullopt, "abc", 3);
            QCOMPARE(hex(frame), hex(serverFrame(opcode, "abc", fin, WebSocketWire::Rsv1)));
        }
    }
}

void TestFrames::serverModeUnmasksEverySplit()
{
    const QByteArray kosme = QByteArrayLiteral("\xce\xba\xe1\xbd\xb9\xcf\x83\xce\xbc\xce\xb5");
    const QByteArray binary = randomBytes(300, 21);
    const QByteArray close = closePayload(1000, "done");
    // Keys with every byte different, with zero bytes and with all bits set; 7-bit and 16-bit lengths.
    const QByteArray stream = clientFrame(Opcode::Text, "Hello", 0x37FA213D)
        + clientFrame(Opcode::Binary, binary, 0xA1B2C3D4) + clientFrame(Opcode::Ping, "ping!", 0x01020304)
        + clientFrame(Opcode::Text, kosme.left(3), 0xFFFFFFFF, false) + clientFrame(Opcode::Pong, {}, 0)
        + clientFrame(Opcode::Continuation, kosme.mid(3), 0x80008000, true)
        + clientFrame(Opcode::Binary, {}, 0x12345678) + clientFrame(Opcode::Close, close, 0xDEADBEEF);
    const QStringList expected { frameEvent(1, true, 5, 6), textEvent("Hello"), frameEvent(2, true, 300, 8),
        binaryEvent(binary), frameEvent(9, true, 5, 6, "ping!"), controlEvent(9, "ping!"), frameEvent(1, false, 3, 6),
        frameEvent(10, true, 0, 6), controlEvent(10, {}), frameEvent(0, true, 8, 6), textEvent(kosme),
        frameEvent(2, true, 0, 6), binaryEvent({}), frameEvent(8, true, 6, 6, close),
        closeEvent(1000, QStringLiteral("done")) };

    {
        ServerPipeline whole;
        QVERIFY(whole.feed(stream));
        QCOMPARE(whole.recorder.events, expected);
        ServerPipeline writable;
        QVERIFY(writable.feedWritable(stream));
        QCOMPARE(writable.recorder.events, expected);
        ServerPipeline bytewise;
        QCOMPARE(bytewise.feedBytewise(stream), qsizetype(-1));
        QCOMPARE(bytewise.recorder.events, expected);
    }
    {
        // Byte by byte out of one writable buffer: each slice is unmasked at its own key offset.
        ServerPipeline p;
        QByteArray copy = stream;
        for (qsizetype i = 0; i < copy.size(); ++i)
            QVERIFY(p.parser.feed(copy.data() + i, 1));
        QCOMPARE(p.recorder.events, expected);
    }
    // Every cut into two pieces, with both feed() overloads: the cuts fall inside every header's
    // length and mask key and at every payload offset modulo 4.
    for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
        ServerPipeline p;
        QVERIFY(p.feed(stream.left(cut)));
        QVERIFY(p.feed(stream.mid(cut)));
        QVERIFY2(p.recorder.events == expected, qPrintable(QStringLiteral("const, cut at %1").arg(cut)));
        ServerPipeline w;
        QVERIFY(w.feedWritable(stream.left(cut)));
        QVERIFY(w.feedWritable(stream.mid(cut)));
        QVERIFY2(w.recorder.events == expected, qPrintable(QStringLiteral("writable, cut at %1").arg(cut)));
    }
    // Every cut into three pieces around the first two frames (two headers and their payloads).
    for (qsizetype first = 0; first <= 24; ++first) {
        for (qsizetype second = first; second <= 24; ++second) {
            ServerPipeline p;
            QVERIFY(p.feed(stream.left(first)));
            QVERIFY(p.feedWritable(stream.mid(first, second - first)));
            QVERIFY(p.feed(stream.mid(second)));
            QVERIFY2(
                p.recorder.events == expected, qPrintable(QStringLiteral("cut at %1 and %2").arg(first).arg(second)));
        }
    }
    QRandomGenerator rng(6455);
    for (int round = 0; round < 40; ++round) {
        ServerPipeline p;
        QVERIFY(p.feedRandomly(stream, rng, round < 20 ? 7 : 100));
        QCOMPARE(p.recorder.events, expected);
    }
}

void TestFrames::serverModeLargeFrameHeaderSplits()
{
    // A 64-bit length: a 14-byte header, split anywhere in it (the mask key included) and in the
    // payload's first bytes, into two and into three pieces.
    const QByteArray payload = randomBytes(70000, 22);
    const QByteArray wire
        = clientFrame(Opcode::Binary, payload, 0x9A3F0C71) + clientFrame(Opcode::Text, "end", 0x0F0F0F0F);
    const QStringList expected { frameEvent(2, true, 70000, 14), binaryEvent(payload), frameEvent(1, true, 3, 6),
        textEvent("end") };
    for (qsizetype cut = 0; cut <= 24; ++cut) {
        ServerPipeline p;
        QVERIFY(p.feed(wire.left(cut)));
        QVERIFY(p.feedWritable(wire.mid(cut)));
        QVERIFY2(p.recorder.events == expected, qPrintable(QStringLiteral("cut at %1").arg(cut)));
        for (qsizetype more = 1; more <= 6 && cut + more <= 24; ++more) {
            ServerPipeline q;
            QVERIFY(q.feedWritable(wire.left(cut)));
            QVERIFY(q.feed(wire.mid(cut, more)));
            QVERIFY(q.feed(wire.mid(cut + more)));
            QVERIFY2(q.recorder.events == expected, qPrintable(QStringLiteral("cut at %1 + %2").arg(cut).arg(more)));
        }
    }
    // Cuts at payload offsets that are not multiples of 4, far into the frame.
    for (const qsizetype cut : { qsizetype(14 + 35001), qsizetype(14 + 65537), wire.size() - 10 }) {
        ServerPipeline p;
        QVERIFY(p.feed(wire.left(cut)));
        QVERIFY(p.feed(wire.mid(cut)));
        QCOMPARE(p.recorder.events, expected);
    }
}

void TestFrames::serverModeWritableFeedUnmasksInPlace()
{
    // The writable overload hands on slices of the caller's buffer, unmasked there (no copy).
    ParserRecorder sink;
    FrameParser parser(&sink);
    parser.setExpectMasked(true);
    const QByteArray payload = randomBytes(5000, 23);
    QByteArray wire = clientFrame(Opcode::Binary, payload, 0x5A5AA5A5);
    const qsizetype cut = 1235; // not a multiple of 4 past the 8-byte header
    QVERIFY(parser.feed(wire.data(), cut));
    QVERIFY(parser.feed(wire.data() + cut, wire.size() - cut));
    QCOMPARE(sink.payloads.value(0), payload);
    qsizetype nonEmpty = 0;
    for (const ParserRecorder::Slice &slice : std::as_const(sink.slices)) {
        if (slice.size == 0)
            continue;
        ++nonEmpty;
        QVERIFY(slice.data >= wire.constData() + 8);
        QVERIFY(slice.data + slice.size <= wire.constData() + wire.size());
    }
    QCOMPARE(nonEmpty, qsizetype(2));
    QVERIFY(wire.mid(8) == payload); // unmasked in place
}

void TestFrames::serverModeConstFeedLeavesInputAlone()
{
    // Read-only input is never written to: the payload is unmasked in a scratch buffer.
    ParserRecorder sink;
    FrameParser parser(&sink);
    parser.setExpectMasked(true);
    const QByteArray payload = randomBytes(5000, 24);
    const QByteArray wire = clientFrame(Opcode::Binary, payload, 0x5A5AA5A5);
    const QByteArray original(wire.constData(), wire.size()); // a deep copy to compare with
    const qsizetype cut = 1237;
    QVERIFY(parser.feed(wire.constData(), cut));
    QVERIFY(parser.feed(wire.constData() + cut, wire.size() - cut));
    QCOMPARE(sink.payloads.value(0), payload);
    QVERIFY(wire == original);
    QVERIFY(wire.mid(8) != payload);
}

void TestFrames::serverModeFrameInfo()
{
    ParserRecorder sink;
    FrameParser parser(&sink);
    parser.setExpectMasked(true);
    QVERIFY(parser.expectsMasked());
    const QByteArray wire = clientFrame(Opcode::Text, "Hello", 0x37FA213D) // RFC 6455 5.7
        + clientFrame(Opcode::Binary, QByteArray(300, 'x'), 0x01020304)
        + clientFrame(Opcode::Binary, QByteArray(65536, 'y'), 0xF0E0D0C0) + clientFrame(Opcode::Ping, "pp", 0xAABBCCDD);
    QCOMPARE(hex(wire.left(11)), QStringLiteral("818537fa213d7f9f4d5158"));
    QVERIFY(parser.feed(wire.constData(), wire.size()));
    QCOMPARE(sink.headers.size(), 4);
    const QList<quint32> keys { 0x37FA213D, 0x01020304, 0xF0E0D0C0, 0xAABBCCDD };
    const QList<int> headerLengths { 6, 8, 14, 6 };
    for (int i = 0; i < 4; ++i) {
        QVERIFY(sink.headers.at(i).masked);
        QCOMPARE(sink.headers.at(i).maskKey, keys.at(i));
        QCOMPARE(int(sink.headers.at(i).headerLength), headerLengths.at(i));
    }
    QCOMPARE(sink.headers.at(2).payloadLength, qint64(65536));
    QCOMPARE(
        sink.payloads, (QList<QByteArray> { "Hello", QByteArray(300, 'x'), QByteArray(65536, 'y'), QByteArray("pp") }));
}

void TestFrames::unmaskedFrameInServerMode_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("text") << serverFrame(Opcode::Text, "a");
    QTest::newRow("empty binary") << serverFrame(Opcode::Binary, {});
    QTest::newRow("continuation") << serverFrame(Opcode::Continuation, "x", false);
    QTest::newRow("ping") << serverFrame(Opcode::Ping, "p");
    QTest::newRow("pong") << serverFrame(Opcode::Pong, {});
    QTest::newRow("close") << serverFrame(Opcode::Close, closePayload(1000));
    QTest::newRow("16-bit length, header only") << WebSocketWire::frameHeader(0x82, 300);
    QTest::newRow("64-bit length, header only") << WebSocketWire::frameHeader(0x82, 70000);
}

void TestFrames::unmaskedFrameInServerMode()
{
    QFETCH(QByteArray, wire);
    const QByteArray good = clientFrame(Opcode::Text, "ok", 0x11223344);
    const QStringList before { frameEvent(1, true, 2, 6), textEvent("ok") };
    for (const bool writable : { false, true }) {
        ServerPipeline p;
        QVERIFY(!(writable ? p.feedWritable(good + wire) : p.feed(good + wire)));
        QCOMPARE(p.parser.error(), PE::UnmaskedFrame);
        QCOMPARE(p.assembler.error(), AE::None);
        QCOMPARE(p.parser.errorCloseCode(), quint16(1002));
        QVERIFY2(p.parser.errorString().contains(QLatin1String("unmasked")), qPrintable(p.parser.errorString()));
        QCOMPARE(p.recorder.events, before);
        // Sticky: nothing more is read.
        QVERIFY(!p.feed(good));
        QCOMPARE(p.recorder.events, before);
    }
    // The second byte (the MASK bit) is enough to fail.
    ServerPipeline bytewise;
    QCOMPARE(bytewise.feedBytewise(good + wire), good.size() + 1);
    QCOMPARE(bytewise.parser.error(), PE::UnmaskedFrame);
    QCOMPARE(bytewise.recorder.events, before);
}

void TestFrames::maskedFrameStillRejectedInClientMode()
{
    const QByteArray hello = clientFrame(Opcode::Text, "Hello", 0x37FA213D);
    {
        Pipeline p; // the default: the client role
        QVERIFY(!p.parser.expectsMasked());
        QVERIFY(!p.feed(hello));
        QCOMPARE(p.parser.error(), PE::MaskedFrame);
        QCOMPARE(p.parser.errorCloseCode(), quint16(1002));
        QVERIFY(p.recorder.events.isEmpty());
    }
    {
        Pipeline p;
        QCOMPARE(p.feedBytewise(hello), qsizetype(1));
        QCOMPARE(p.parser.error(), PE::MaskedFrame);
    }
    {
        // Switched to the server role and back.
        Pipeline p;
        p.parser.setExpectMasked(true);
        p.parser.setExpectMasked(false);
        QVERIFY(!p.feedWritable(hello));
        QCOMPARE(p.parser.error(), PE::MaskedFrame);
    }
}

void TestFrames::encoderRoundTripBothRoles()
{
    // What each role's encoder writes, the other role's parser reads; each role's parser refuses
    // its own role's frames.
    for (const qint64 size : { 0, 1, 7, 125, 126, 65535, 65536, 200000 }) {
        const QByteArray payload = randomBytes(size, quint32(size) + 90);
        QByteArray server;
        FrameEncoder::appendFrame(server, Opcode::Binary, true, false, std::nullopt, payload.constData(), size);
        QByteArray client;
        const int clientHeader
            = FrameEncoder::appendFrame(client, Opcode::Binary, true, false, 0x0BADF00D, payload.constData(), size);
        {
            Pipeline p;
            QVERIFY(p.feed(server));
            QCOMPARE(p.recorder.events.value(1), binaryEvent(payload));
        }
        {
            ServerPipeline p;
            QVERIFY(p.feed(client));
            QCOMPARE(p.recorder.events.value(0), frameEvent(2, true, size, clientHeader));
            QCOMPARE(p.recorder.events.value(1), binaryEvent(payload));
            QCOMPARE(p.recorder.frames.value(0).maskKey, 0x0BADF00Du);
        }
        {
            Pipeline p;
            QVERIFY(!p.feed(client));
            QCOMPARE(p.parser.error(), PE::MaskedFrame);
            ServerPipeline q;
            QVERIFY(!q.feed(server));
            QCOMPARE(q.parser.error(), PE::UnmaskedFrame);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// permessage-deflate

namespace {
struct DeflatePipeline : Pipeline {
    DeflateInflater inflater { false };
    DeflatePipeline()
    {
        parser.setRsv1Allowed(true);
        assembler.setInflater(&inflater);
    }
};

QByteArray compress(const QByteArray &data)
{
    DeflateCompressor compressor(15, false);
    return compressor.compress(data.constData(), data.size());
}
} // namespace

void TestFrames::compressedMessage()
{
    const QByteArray text
        = QByteArrayLiteral("Hello, compressed world! ") + QByteArray(2000, 'w') + QByteArrayLiteral("\xe2\x82\xac");
    const QByteArray c = compress(text);
    QVERIFY(c.size() < text.size() / 4);
    const qsizetype cut = c.size() / 2;
    const QByteArray wire = serverFrame(Opcode::Text, c.left(cut), false, 0x40) + serverFrame(Opcode::Ping, "i")
        + serverFrame(Opcode::Continuation, c.mid(cut), true);
    const QStringList expected { frameEvent(1, false, cut, 2, {}, true), frameEvent(9, true, 1, 2, "i"),
        controlEvent(9, "i"), frameEvent(0, true, c.size() - cut, 2), textEvent(text) };
    DeflatePipeline p;
    feedWholeAndBytewise(p, wire, expected);
    if (QTest::currentTestFailed())
        return;

    // An uncompressed message on the same connection (RSV1 clear) passes as is.
    QVERIFY(p.feed(serverFrame(Opcode::Binary, "plain")));
    QCOMPARE(p.recorder.events.last(), binaryEvent("plain"));
}

void TestFrames::compressedErrors()
{
    const QByteArray c = compress(QByteArray(500, 'a'));
    {
        // RSV1 on a continuation frame.
        DeflatePipeline p;
        QVERIFY(!p.feed(serverFrame(Opcode::Text, c.left(2), false, 0x40)
            + serverFrame(Opcode::Continuation, c.mid(2), true, 0x40)));
        QCOMPARE(p.assembler.error(), AE::MisplacedRsv1);
        QCOMPARE(p.assembler.errorCloseCode(), quint16(1002));
    }
    {
        // RSV1 on a control frame: a protocol error (1002) from one layer or the other.
        DeflatePipeline p;
        QVERIFY(!p.feed(serverFrame(Opcode::Ping, "x", true, 0x40)));
        QVERIFY((p.parser.error() == PE::ReservedBits) != (p.assembler.error() == AE::MisplacedRsv1));
        QCOMPARE(
            p.parser.error() != PE::None ? p.parser.errorCloseCode() : p.assembler.errorCloseCode(), quint16(1002));
    }
    {
        // RSV1 without an inflater is rejected by the parser already.
        Pipeline p;
        QVERIFY(!p.feed(serverFrame(Opcode::Text, c, true, 0x40)));
        QCOMPARE(p.parser.error(), PE::ReservedBits);
    }
    {
        DeflatePipeline p;
        QVERIFY(!p.feed(serverFrame(Opcode::Binary, fromHex("ffffffffffff"), true, 0x40)));
        QCOMPARE(p.assembler.error(), AE::CorruptCompressedData);
        QCOMPARE(p.assembler.errorCloseCode(), quint16(1002));
    }
    {
        DeflatePipeline p;
        QVERIFY(!p.feed(serverFrame(Opcode::Text, compress(QByteArrayLiteral("ab\xed\xa0\x80")), true, 0x40)));
        QCOMPARE(p.assembler.error(), AE::InvalidUtf8);
        QCOMPARE(p.assembler.errorCloseCode(), quint16(1007));
    }
}

void TestFrames::compressedLimitAppliesToInflatedSize()
{
    // Random bytes do not compress: the deflated form is longer than the message. The limit is
    // about the message, so a 200-byte message passes a 200-byte limit however long its frame.
    const QByteArray message = randomBytes(200, 77);
    const QByteArray c = compress(message);
    QVERIFY2(c.size() > 200, qPrintable(QString::number(c.size())));
    {
        DeflatePipeline p;
        p.assembler.setMaxMessageSize(200);
        QVERIFY2(p.feed(serverFrame(Opcode::Binary, c, true, 0x40)), qPrintable(p.assembler.errorString()));
        QCOMPARE(p.recorder.events.last(), binaryEvent(message));
    }
    {
        DeflatePipeline p;
        p.assembler.setMaxMessageSize(199);
        QVERIFY(!p.feed(serverFrame(Opcode::Binary, c, true, 0x40)));
        QCOMPARE(p.assembler.error(), AE::MessageTooLarge);
        QCOMPARE(p.assembler.errorCloseCode(), quint16(1009));
    }
}

void TestFrames::compressionBombStopsAtLimit()
{
    QByteArray c;
    {
        const QByteArray zeros(64 * 1024 * 1024, '\0');
        c = compress(zeros);
    }
    QVERIFY(c.size() < 256 * 1024);
    const qint64 rssBefore = ProcessMemory::statusKiB("VmRSS");
    DeflatePipeline p;
    p.assembler.setMaxMessageSize(1024 * 1024);
    QVERIFY(!p.feed(serverFrame(Opcode::Binary, c, true, 0x40)));
    QCOMPARE(p.assembler.error(), AE::MessageTooLarge);
    QCOMPARE(p.assembler.errorCloseCode(), quint16(1009));
    const qint64 growth = ProcessMemory::statusKiB("VmRSS") - rssBefore;
    QVERIFY2(growth < 16 * 1024, qPrintable(QStringLiteral("RSS grew by %1 KiB").arg(growth)));
}

void TestFrames::payloadReadInPlace_data()
{
    QTest::addColumn<bool>("server"); // the server role: masked client frames, unmasked in place
    QTest::addColumn<bool>("text");
    QTest::addColumn<int>("fragments");
    QTest::addColumn<bool>("invalidUtf8");
    QTest::newRow("binary") << false << false << 1 << false;
    QTest::newRow("text") << false << true << 1 << false;
    QTest::newRow("masked binary") << true << false << 1 << false;
    QTest::newRow("masked text, 3 fragments") << true << true << 3 << false;
    QTest::newRow("binary, 2 fragments") << false << false << 2 << false;
    QTest::newRow("text ending in a stray byte") << false << true << 1 << true;
}

void TestFrames::payloadReadInPlace()
{
    QFETCH(bool, server);
    QFETCH(bool, text);
    QFETCH(int, fragments);
    QFETCH(bool, invalidUtf8);
    // 300 KiB: a text of ASCII and 2-byte sequences whose pieces split characters, or random bytes.
    QByteArray message;
    QRandomGenerator rng(7);
    while (message.size() < 300 * 1024) {
        if (text)
            message += rng.bounded(4) == 0 ? QByteArray("\xc3\xa9") : QByteArray(1, char('a' + rng.bounded(26)));
        else
            message += char(rng.bounded(256));
    }
    if (invalidUtf8)
        message += char(0xff);
    QByteArray wire;
    const qsizetype part = message.size() / fragments + 1;
    for (int i = 0; i < fragments; ++i) {
        const quint8 opcode = i > 0 ? Opcode::Continuation : text ? Opcode::Text : Opcode::Binary;
        const QByteArray slice = message.mid(i * part, part);
        const bool fin = i == fragments - 1;
        wire += server ? clientFrame(opcode, slice, 0x1234abcd + quint32(i), fin) : serverFrame(opcode, slice, fin);
    }
    wire += server ? clientFrame(Opcode::Binary, "after", 0x01020304) : serverFrame(Opcode::Binary, "after");

    std::unique_ptr<Pipeline> p = server ? std::make_unique<ServerPipeline>() : std::make_unique<Pipeline>();
    qsizetype inPlace = 0;
    const bool ok = p->feedInPlace(wire, 70000, &inPlace);
    QVERIFY(inPlace > 200 * 1024); // the large payloads went in place, not through feed()
    if (invalidUtf8) {
        QVERIFY(!ok);
        QCOMPARE(p->assembler.error(), AE::InvalidUtf8);
        return;
    }
    QVERIFY(ok);
    const QStringList messages = p->recorder.events.filter(QRegularExpression(QStringLiteral("^(text|binary) ")));
    QCOMPARE(messages,
        (QStringList { text ? textEvent(message) : binaryEvent(message), binaryEvent(QByteArrayLiteral("after")) }));
}

QTEST_APPLESS_MAIN(TestFrames)

#include "tst_frames.moc"
