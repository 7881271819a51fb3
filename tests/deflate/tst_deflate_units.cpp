// SPDX-License-Identifier: GPL-3.0-or-later
// permessage-deflate (RFC 7692) without sockets: the compressor against the RFC's section 7.2.3
// vectors, the inflater through FrameParser + MessageAssembler, offer() and negotiate(), window
// bits 8, a 2 GiB decompression bomb, corrupt data, misplaced RSV1 and bad UTF-8 inside deflate.
#include "closecode.h"
#include "deflatecompressor.h"
#include "deflateinflater.h"
#include "deflateoptions.h"
#include "frameparser.h"
#include "messageassembler.h"
#include "processmemory.h"
#include "randombytes.h"
#include "websocketwire.h"

#include <QFile>
#include <QTest>

#include <zlib.h>

#include <memory>

using namespace Framewise;

Q_DECLARE_METATYPE(Framewise::DeflateOptions)

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

// Raw deflate with zlib directly (not the class under test), sync flush, tail stripped.
QByteArray zlibDeflate(const QByteArray &data, int windowBits = 15)
{
    z_stream z {};
    if (deflateInit2(&z, 6, Z_DEFLATED, -windowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))) + 64, Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_SYNC_FLUSH);
    out.resize(out.size() - qsizetype(z.avail_out));
    deflateEnd(&z);
    if (out.endsWith(QByteArrayView("\x00\x00\xff\xff", 4)))
        out.chop(4);
    return out;
}

// Inflates a sequence of permessage-deflate messages with one raw zlib inflater of windowBits.
// Returns false when zlib reports an error (e.g. a distance beyond its window).
bool zlibInflateMessages(const QList<QByteArray> &messages, int windowBits, QList<QByteArray> *out)
{
    z_stream z {};
    if (inflateInit2(&z, -windowBits) != Z_OK)
        return false;
    bool ok = true;
    for (const QByteArray &message : messages) {
        const QByteArray input = message + QByteArrayView("\x00\x00\xff\xff", 4).toByteArray();
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.constData()));
        z.avail_in = uInt(input.size());
        QByteArray result;
        char buffer[16384];
        while (ok) {
            z.next_out = reinterpret_cast<Bytef *>(buffer);
            z.avail_out = sizeof buffer;
            const int rc = inflate(&z, Z_SYNC_FLUSH);
            result.append(buffer, qsizetype(sizeof buffer - z.avail_out));
            if (rc != Z_OK && rc != Z_BUF_ERROR) {
                ok = false;
                break;
            }
            if (z.avail_in == 0 && z.avail_out != 0)
                break;
        }
        out->append(result);
    }
    inflateEnd(&z);
    return ok;
}

struct Received {
    bool text = false;
    QByteArray payload;
};

class Collector : public MessageAssembler::Sink {
public:
    bool frameReceived(const FrameInfo &frame) override
    {
        frames.append(frame);
        return true;
    }
    bool messageReceived(bool text, const QByteArray &payload) override
    {
        messages.append({ text, payload });
        return true;
    }
    bool controlReceived(quint8 opcode, const QByteArray &payload) override
    {
        controls.append({ opcode == Opcode::Ping, payload });
        return true;
    }
    bool closeReceived(quint16 code, const QString &) override
    {
        closeCode = code;
        return true;
    }

    QList<FrameInfo> frames;
    QList<Received> messages;
    QList<Received> controls;
    quint16 closeCode = 0;
};

// FrameParser -> MessageAssembler -> Collector, with RSV1 allowed and an inflater, as the channel
// wires them after permessage-deflate was negotiated.
struct Pipeline {
    explicit Pipeline(bool serverNoContextTakeover = false, bool withInflater = true)
        : inflater(serverNoContextTakeover)
        , assembler(&collector)
        , parser(&assembler)
    {
        parser.setRsv1Allowed(withInflater);
        if (withInflater)
            assembler.setInflater(&inflater);
    }
    // Feeds bytes in slices of `step` (0: all at once). Returns false as soon as feed() does.
    bool feed(const QByteArray &bytes, qsizetype step = 0)
    {
        if (step <= 0)
            return parser.feed(bytes.constData(), bytes.size());
        for (qsizetype i = 0; i < bytes.size(); i += step) {
            if (!parser.feed(bytes.constData() + i, std::min(step, bytes.size() - i)))
                return false;
        }
        return true;
    }

    Collector collector;
    DeflateInflater inflater;
    MessageAssembler assembler;
    FrameParser parser;
};

} // namespace

class TestDeflateUnits : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void compressorRfcVectors();
    void compressorEmptyMessage();
    void inflateRfcVectors_data();
    void inflateRfcVectors();
    void inflateSharedWindow();
    void inflateNoContextTakeoverResetsWindow();
    void roundTripThroughAssembler_data();
    void roundTripThroughAssembler();
    void utf8SplitAcrossInflateChunks();
    void offer_data();
    void offer();
    void negotiateAccepted_data();
    void negotiateAccepted();
    void negotiateRejected_data();
    void negotiateRejected();
    void windowBits8Interoperates();
    void sizeLimitCountsInflatedBytes();
    void sizeLimitIncompressibleMessage();
    void decompressionBomb();
    void corruptData_data();
    void corruptData();
    void misplacedRsv1_data();
    void misplacedRsv1();
    void rsv1WithoutNegotiation();
    void invalidUtf8InCompressedText_data();
    void invalidUtf8InCompressedText();
};

void TestDeflateUnits::compressorRfcVectors()
{
    const QByteArray hello = QByteArrayLiteral("Hello");
    // RFC 7692 section 7.2.3.1: "Hello" is f2 48 cd c9 c9 07 00 whatever the window size.
    for (int bits = 8; bits <= 15; ++bits) {
        DeflateCompressor compressor(bits, false);
        QVERIFY2(compressor.isValid(), qPrintable(QString::number(bits)));
        QCOMPARE(compressor.compress(hello.constData(), hello.size()).toHex(' '), hex("f248cdc9c90700").toHex(' '));
    }

    // Section 7.2.3.2: with context takeover the second "Hello" refers back to the first.
    DeflateCompressor sharing(15, false);
    QCOMPARE(sharing.compress(hello.constData(), hello.size()), hex("f248cdc9c90700"));
    QCOMPARE(sharing.compress(hello.constData(), hello.size()).toHex(' '), hex("f200110000").toHex(' '));
    // The third is again one back-reference (zlib's encoding, as Python's zlib gives it too).
    QCOMPARE(sharing.compress(hello.constData(), hello.size()).toHex(' '), hex("02130000").toHex(' '));

    // No context takeover: every message stands alone.
    DeflateCompressor alone(15, true);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(alone.compress(hello.constData(), hello.size()).toHex(' '), hex("f248cdc9c90700").toHex(' '));
}

void TestDeflateUnits::compressorEmptyMessage()
{
    // An empty message deflates to one empty stored block start (RFC 7692 section 7.2.3.6: 0x00).
    DeflateCompressor compressor(15, false);
    const QByteArray empty = compressor.compress("", 0);
    QCOMPARE(empty.toHex(' '), hex("00").toHex(' '));
    Pipeline pipeline;
    QVERIFY(pipeline.feed(WebSocketWire::serverFrame(Opcode::Text, empty, true, WebSocketWire::Rsv1)));
    QCOMPARE(pipeline.collector.messages.size(), 1);
    QCOMPARE(pipeline.collector.messages.at(0).payload, QByteArray());
    // The stream is still in step: a message after it inflates.
    QVERIFY(pipeline.feed(hex("c107f248cdc9c90700")));
    QCOMPARE(pipeline.collector.messages.size(), 2);
    QCOMPARE(pipeline.collector.messages.at(1).payload, QByteArrayLiteral("Hello"));
}

void TestDeflateUnits::inflateRfcVectors_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("frames");
    QTest::addColumn<qint64>("firstPayloadLength");

    // Section 7.2.3.1: a message compressed into one frame.
    QTest::newRow("7.2.3.1 one frame") << hex("c107f248cdc9c90700") << 1 << qint64(7);
    // Section 7.2.3.1: the same deflate data split into two fragments; only the first has RSV1.
    QTest::newRow("7.2.3.1 two fragments") << hex("4103f248cd"
                                                  "8004c9c90700")
                                           << 2 << qint64(3);
    // Section 7.2.3.3: a stored (uncompressed) block.
    QTest::newRow("7.2.3.3 stored block") << hex("c10b000500faff48656c6c6f00") << 1 << qint64(11);
    // Section 7.2.3.4: a block with BFINAL set.
    QTest::newRow("7.2.3.4 BFINAL") << hex("c108f348cdc9c9070000") << 1 << qint64(8);
    // Section 7.2.3.5: two deflate blocks in one message.
    QTest::newRow("7.2.3.5 two blocks") << hex("c10df24805000000ffffcac9c90700") << 1 << qint64(13);
}

void TestDeflateUnits::inflateRfcVectors()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, frames);
    QFETCH(qint64, firstPayloadLength);

    // Every split of the bytes gives the same result: all at once, byte by byte, 2 and 3 at a time.
    for (const qsizetype step : { qsizetype(0), qsizetype(1), qsizetype(2), qsizetype(3) }) {
        Pipeline pipeline;
        QVERIFY2(pipeline.feed(wire, step), qPrintable(pipeline.assembler.errorString()));
        const Collector &c = pipeline.collector;
        QCOMPARE(c.messages.size(), 1);
        QVERIFY(c.messages.at(0).text);
        QCOMPARE(c.messages.at(0).payload, QByteArrayLiteral("Hello"));
        QCOMPARE(c.frames.size(), frames);
        QVERIFY(c.frames.at(0).rsv1);
        QCOMPARE(c.frames.at(0).payloadLength, firstPayloadLength);
        for (qsizetype i = 1; i < c.frames.size(); ++i)
            QVERIFY(!c.frames.at(i).rsv1);
        // The inflater is ready for the next message.
        QVERIFY(pipeline.feed(hex("c107f248cdc9c90700"), step));
        QCOMPARE(c.messages.size(), 2);
        QCOMPARE(c.messages.at(1).payload, QByteArrayLiteral("Hello"));
    }
}

void TestDeflateUnits::inflateSharedWindow()
{
    // Section 7.2.3.2: the second message is f2 00 11 00 00, a back-reference into the first.
    Pipeline pipeline;
    QVERIFY(pipeline.feed(hex("c107f248cdc9c90700"
                              "c105f200110000")));
    QCOMPARE(pipeline.collector.messages.size(), 2);
    QCOMPARE(pipeline.collector.messages.at(0).payload, QByteArrayLiteral("Hello"));
    QCOMPARE(pipeline.collector.messages.at(1).payload, QByteArrayLiteral("Hello"));
    QCOMPARE(pipeline.collector.frames.at(1).payloadLength, qint64(5));
    // A binary message in the same stream shares the window too.
    QVERIFY(pipeline.feed(hex("c205f200110000")));
    QCOMPARE(pipeline.collector.messages.size(), 3);
    QVERIFY(!pipeline.collector.messages.at(2).text);
    QCOMPARE(pipeline.collector.messages.at(2).payload, QByteArrayLiteral("Hello"));
}

void TestDeflateUnits::inflateNoContextTakeoverResetsWindow()
{
    // With server_no_context_takeover the window starts empty for every message, so the
    // back-reference of section 7.2.3.2 has nothing to point at and is corrupt data.
    Pipeline pipeline(true);
    QVERIFY(pipeline.feed(hex("c107f248cdc9c90700"
                              "c107f248cdc9c90700")));
    QCOMPARE(pipeline.collector.messages.size(), 2);
    QVERIFY(!pipeline.feed(hex("c105f200110000")));
    QCOMPARE(pipeline.assembler.error(), MessageAssembler::Error::CorruptCompressedData);
    QCOMPARE(pipeline.assembler.errorCloseCode(), quint16(CloseCode::ProtocolError));
    QCOMPARE(pipeline.collector.messages.size(), 2);
}

void TestDeflateUnits::roundTripThroughAssembler_data()
{
    QTest::addColumn<bool>("noContextTakeover");
    QTest::addColumn<int>("windowBits");
    QTest::newRow("takeover, 15 bits") << false << 15;
    QTest::newRow("no takeover, 15 bits") << true << 15;
    QTest::newRow("takeover, 9 bits") << false << 9;
    QTest::newRow("takeover, 8 bits") << false << 8;
    QTest::newRow("no takeover, 8 bits") << true << 8;
}

void TestDeflateUnits::roundTripThroughAssembler()
{
    QFETCH(bool, noContextTakeover);
    QFETCH(int, windowBits);

    // Messages from the compressor under test, each fragmented differently, inflate back exactly.
    DeflateCompressor compressor(windowBits, noContextTakeover);
    Pipeline pipeline(noContextTakeover);
    QList<QByteArray> sent;
    const QByteArray json = QByteArrayLiteral(R"({"id":1,"name":"framewise","tags":["a","b","c"],"ok":true},)");
    sent << QByteArrayLiteral("Hello") << json.repeated(20000) << randomBytes(100000, 7) << json
         << QByteArray("\x00", 1).repeated(300000) << json.repeated(3);
    qsizetype totalWire = 0;
    for (qsizetype i = 0; i < sent.size(); ++i) {
        const QByteArray deflated = compressor.compress(sent.at(i).constData(), sent.at(i).size());
        totalWire += deflated.size();
        const bool text = i != 2 && i != 4;
        const quint8 opcode = text ? Opcode::Text : Opcode::Binary;
        // Fragments of i+1 pieces; the first carries RSV1.
        const int pieces = int(std::min<qsizetype>(i + 1, std::max<qsizetype>(1, deflated.size())));
        const qsizetype pieceSize = (deflated.size() + pieces - 1) / pieces;
        QByteArray wire;
        for (int p = 0; p < pieces; ++p) {
            const QByteArray part = deflated.mid(p * pieceSize, pieceSize);
            wire += WebSocketWire::serverFrame(p == 0 ? opcode : Opcode::Continuation, part, p == pieces - 1,
                quint8(p == 0 ? WebSocketWire::Rsv1 : 0));
        }
        QVERIFY2(pipeline.feed(wire, 1000), qPrintable(pipeline.assembler.errorString()));
        QCOMPARE(pipeline.collector.messages.size(), i + 1);
        QCOMPARE(pipeline.collector.messages.at(i).text, text);
        QVERIFY2(pipeline.collector.messages.at(i).payload == sent.at(i), qPrintable(QString::number(i)));
    }
    // Compressible data really was compressed (the JSON and the zeros dominate the input).
    QVERIFY2(totalWire < 300000, qPrintable(QString::number(totalWire)));
}

void TestDeflateUnits::utf8SplitAcrossInflateChunks()
{
    // 3-byte characters in a message much longer than the inflater's 64 KiB output chunks: some
    // character is cut by a chunk boundary and must still validate.
    const QByteArray text = QByteArrayLiteral("\xe2\x82\xac").repeated(100000) + QByteArrayLiteral("\xf0\x9f\x98\x80");
    Pipeline pipeline;
    QVERIFY2(
        pipeline.feed(WebSocketWire::serverFrame(Opcode::Text, zlibDeflate(text), true, WebSocketWire::Rsv1), 4096),
        qPrintable(pipeline.assembler.errorString()));
    QCOMPARE(pipeline.collector.messages.size(), 1);
    QVERIFY(pipeline.collector.messages.at(0).payload == text);
}

void TestDeflateUnits::offer_data()
{
    QTest::addColumn<DeflateOptions>("options");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("default") << DeflateOptions {} << QByteArrayLiteral("permessage-deflate; client_max_window_bits");
    DeflateOptions disabled;
    disabled.enabled = false;
    QTest::newRow("disabled") << disabled << QByteArray();
    DeflateOptions noClientBits;
    noClientBits.clientMaxWindowBits = 0;
    QTest::newRow("no client bits") << noClientBits << QByteArrayLiteral("permessage-deflate");
    DeflateOptions all;
    all.serverNoContextTakeover = true;
    all.clientNoContextTakeover = true;
    all.serverMaxWindowBits = 10;
    all.clientMaxWindowBits = 12;
    QTest::newRow("everything") << all
                                << QByteArrayLiteral("permessage-deflate; server_no_context_takeover; "
                                                     "client_no_context_takeover; server_max_window_bits=10; "
                                                     "client_max_window_bits=12");
    DeflateOptions bits8;
    bits8.serverMaxWindowBits = 8;
    bits8.clientMaxWindowBits = 8;
    QTest::newRow("bits 8") << bits8
                            << QByteArrayLiteral(
                                   "permessage-deflate; server_max_window_bits=8; client_max_window_bits=8");
}

void TestDeflateUnits::offer()
{
    QFETCH(DeflateOptions, options);
    QFETCH(QByteArray, expected);
    QCOMPARE(options.offer(), expected);
}

void TestDeflateUnits::negotiateAccepted_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<DeflateOptions>("offered");
    QTest::addColumn<bool>("serverNoContextTakeover");
    QTest::addColumn<bool>("clientNoContextTakeover");
    QTest::addColumn<int>("serverBits");
    QTest::addColumn<int>("clientBits");

    const DeflateOptions defaults;
    QTest::newRow("plain") << QByteArrayLiteral("permessage-deflate") << defaults << false << false << 15 << 15;
    QTest::newRow("spaces") << QByteArrayLiteral("  permessage-deflate ;  server_no_context_takeover ") << defaults
                            << true << false << 15 << 15;
    QTest::newRow("server_no_context_takeover")
        << QByteArrayLiteral("permessage-deflate; server_no_context_takeover") << defaults << true << false << 15 << 15;
    QTest::newRow("client_no_context_takeover")
        << QByteArrayLiteral("permessage-deflate; client_no_context_takeover") << defaults << false << true << 15 << 15;
    QTest::newRow("both flags") << QByteArrayLiteral(
        "permessage-deflate; client_no_context_takeover; server_no_context_takeover")
                                << defaults << true << true << 15 << 15;
    QTest::newRow("server bits not offered")
        << QByteArrayLiteral("permessage-deflate; server_max_window_bits=10") << defaults << false << false << 10 << 15;
    DeflateOptions server10;
    server10.serverMaxWindowBits = 10;
    QTest::newRow("server bits offered 10")
        << QByteArrayLiteral("permessage-deflate; server_max_window_bits=10") << server10 << false << false << 10 << 15;
    QTest::newRow("server bits 9 below offered 10")
        << QByteArrayLiteral("permessage-deflate; server_max_window_bits=9") << server10 << false << false << 9 << 15;
    QTest::newRow("quoted server bits") << QByteArrayLiteral("permessage-deflate; server_max_window_bits=\"10\"")
                                        << defaults << false << false << 10 << 15;
    QTest::newRow("client bits 12, offered without value")
        << QByteArrayLiteral("permessage-deflate; client_max_window_bits=12") << defaults << false << false << 15 << 12;
    QTest::newRow("client bits 8, offered without value")
        << QByteArrayLiteral("permessage-deflate; client_max_window_bits=8") << defaults << false << false << 15 << 8;
    DeflateOptions client12;
    client12.clientMaxWindowBits = 12;
    QTest::newRow("client bits 10, offered 12")
        << QByteArrayLiteral("permessage-deflate; client_max_window_bits=10") << client12 << false << false << 15 << 10;
    QTest::newRow("client bits offered 12, not answered")
        << QByteArrayLiteral("permessage-deflate") << client12 << false << false << 15 << 12;
    DeflateOptions serverFlag;
    serverFlag.serverNoContextTakeover = true;
    QTest::newRow("requested server_no_context_takeover granted")
        << QByteArrayLiteral("permessage-deflate; server_no_context_takeover") << serverFlag << true << false << 15
        << 15;
    QTest::newRow("everything") << QByteArrayLiteral("permessage-deflate; server_no_context_takeover; "
                                                     "client_no_context_takeover; server_max_window_bits=8; "
                                                     "client_max_window_bits=9")
                                << defaults << true << true << 8 << 9;
}

void TestDeflateUnits::negotiateAccepted()
{
    QFETCH(QByteArray, response);
    QFETCH(DeflateOptions, offered);
    QFETCH(bool, serverNoContextTakeover);
    QFETCH(bool, clientNoContextTakeover);
    QFETCH(int, serverBits);
    QFETCH(int, clientBits);

    DeflateParameters agreed;
    agreed.serverMaxWindowBits = 1; // must be overwritten
    const QString problem = DeflateParameters::negotiate(response, offered, &agreed);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(agreed.serverNoContextTakeover, serverNoContextTakeover);
    QCOMPARE(agreed.clientNoContextTakeover, clientNoContextTakeover);
    QCOMPARE(agreed.serverMaxWindowBits, serverBits);
    QCOMPARE(agreed.clientMaxWindowBits, clientBits);
}

void TestDeflateUnits::negotiateRejected_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<DeflateOptions>("offered");
    QTest::addColumn<QString>("mentions"); // the message names what was wrong

    const DeflateOptions defaults;
    QTest::newRow("unknown parameter") << QByteArrayLiteral("permessage-deflate; foo_bar") << defaults
                                       << QStringLiteral("foo_bar");
    QTest::newRow("unknown parameter with value")
        << QByteArrayLiteral("permessage-deflate; mode=fast") << defaults << QStringLiteral("mode");
    QTest::newRow("duplicate flag") << QByteArrayLiteral(
        "permessage-deflate; server_no_context_takeover; server_no_context_takeover")
                                    << defaults << QStringLiteral("server_no_context_takeover");
    QTest::newRow("duplicate bits") << QByteArrayLiteral(
        "permessage-deflate; server_max_window_bits=10; server_max_window_bits=10")
                                    << defaults << QStringLiteral("server_max_window_bits");
    QTest::newRow("value on server flag") << QByteArrayLiteral("permessage-deflate; server_no_context_takeover=1")
                                          << defaults << QStringLiteral("server_no_context_takeover");
    QTest::newRow("value on client flag") << QByteArrayLiteral("permessage-deflate; client_no_context_takeover=true")
                                          << defaults << QStringLiteral("client_no_context_takeover");
    for (const char *bits : { "7", "16", "abc", "08", "" }) {
        const QByteArray value(bits);
        QTest::addRow("server bits '%s'", bits)
            << QByteArray(QByteArrayLiteral("permessage-deflate; server_max_window_bits=") + value) << defaults
            << QStringLiteral("server_max_window_bits");
        QTest::addRow("client bits '%s'", bits)
            << QByteArray(QByteArrayLiteral("permessage-deflate; client_max_window_bits=") + value) << defaults
            << QStringLiteral("client_max_window_bits");
    }
    QTest::newRow("server bits without value") << QByteArrayLiteral("permessage-deflate; server_max_window_bits")
                                               << defaults << QStringLiteral("server_max_window_bits");
    QTest::newRow("client bits without value in answer")
        << QByteArrayLiteral("permessage-deflate; client_max_window_bits") << defaults
        << QStringLiteral("client_max_window_bits");
    DeflateOptions noClientBits;
    noClientBits.clientMaxWindowBits = 0;
    QTest::newRow("client bits not offered") << QByteArrayLiteral("permessage-deflate; client_max_window_bits=10")
                                             << noClientBits << QStringLiteral("client_max_window_bits");
    DeflateOptions server10;
    server10.serverMaxWindowBits = 10;
    QTest::newRow("server bits above offer") << QByteArrayLiteral("permessage-deflate; server_max_window_bits=11")
                                             << server10 << QStringLiteral("server_max_window_bits");
    QTest::newRow("server bits offered, not answered")
        << QByteArrayLiteral("permessage-deflate") << server10 << QStringLiteral("server_max_window_bits");
    DeflateOptions client10;
    client10.clientMaxWindowBits = 10;
    QTest::newRow("client bits above offer") << QByteArrayLiteral("permessage-deflate; client_max_window_bits=12")
                                             << client10 << QStringLiteral("client_max_window_bits");
    QTest::newRow("other extension") << QByteArrayLiteral("x-webkit-deflate-frame") << defaults
                                     << QStringLiteral("x-webkit-deflate-frame");
    QTest::newRow("other extension after ours")
        << QByteArrayLiteral("permessage-deflate, x-custom") << defaults << QStringLiteral("x-custom");
    QTest::newRow("twice") << QByteArrayLiteral("permessage-deflate, permessage-deflate") << defaults
                           << QStringLiteral("permessage-deflate");
    QTest::newRow("twice with parameters")
        << QByteArrayLiteral("permessage-deflate; server_no_context_takeover, permessage-deflate") << defaults
        << QStringLiteral("permessage-deflate");
    DeflateOptions serverFlag;
    serverFlag.serverNoContextTakeover = true;
    QTest::newRow("requested server_no_context_takeover ignored")
        << QByteArrayLiteral("permessage-deflate; client_no_context_takeover") << serverFlag
        << QStringLiteral("server_no_context_takeover");
    DeflateOptions disabled;
    disabled.enabled = false;
    QTest::newRow("not offered at all") << QByteArrayLiteral("permessage-deflate") << disabled
                                        << QStringLiteral("permessage-deflate");
}

void TestDeflateUnits::negotiateRejected()
{
    QFETCH(QByteArray, response);
    QFETCH(DeflateOptions, offered);
    QFETCH(QString, mentions);

    DeflateParameters agreed;
    const QString problem = DeflateParameters::negotiate(response, offered, &agreed);
    QVERIFY2(!problem.isEmpty(), "accepted an answer that RFC 7692 section 7 says to reject");
    QVERIFY2(problem.contains(mentions), qPrintable(problem));
}

void TestDeflateUnits::windowBits8Interoperates()
{
    // A server granted client_max_window_bits=8: zlib cannot deflate raw with 8 bits, so the
    // compressor uses 9, whose longest distance (512 - 262 = 250) still fits an 8-bit window.
    // Content with repeats at distances 100, 200, 300 and 5000 tempts it to reach further back.
    QList<QByteArray> messages;
    const QByteArray a = randomBytes(100, 1);
    const QByteArray b = randomBytes(300, 2);
    const QByteArray c = randomBytes(5000, 3);
    messages << a.repeated(50) << QByteArray(b.repeated(30) + c + c) << QByteArrayLiteral("short")
             << QByteArray(a.repeated(3) + b) << QByteArrayLiteral(R"({"k":"v","n":12345})").repeated(2000)
             << QByteArray(c + a + b + c);
    for (const bool noContextTakeover : { false, true }) {
        DeflateCompressor compressor(8, noContextTakeover);
        QVERIFY(compressor.isValid());
        QList<QByteArray> deflated;
        for (const QByteArray &m : messages)
            deflated.append(compressor.compress(m.constData(), m.size()));
        QVERIFY2(deflated.first().size() < messages.first().size() / 4,
            qPrintable(QString::number(deflated.first().size())));
        for (int bits = 8; bits <= 15; ++bits) {
            QList<QByteArray> inflated;
            QVERIFY2(zlibInflateMessages(deflated, bits, &inflated),
                qPrintable(QStringLiteral("zlib with %1 bits failed (takeover %2)").arg(bits).arg(!noContextTakeover)));
            QCOMPARE(inflated.size(), messages.size());
            for (qsizetype i = 0; i < messages.size(); ++i)
                QVERIFY2(inflated.at(i) == messages.at(i),
                    qPrintable(QStringLiteral("bits %1 message %2").arg(bits).arg(i)));
        }
    }
}

void TestDeflateUnits::sizeLimitCountsInflatedBytes()
{
    // The limit is on the inflated size: exactly the limit passes, one byte more is 1009.
    const QByteArray exact(100000, 'x');
    Pipeline ok;
    ok.assembler.setMaxMessageSize(100000);
    QVERIFY(ok.feed(WebSocketWire::serverFrame(Opcode::Binary, zlibDeflate(exact), true, WebSocketWire::Rsv1)));
    QCOMPARE(ok.collector.messages.size(), 1);
    QCOMPARE(ok.collector.messages.at(0).payload.size(), 100000);

    Pipeline over;
    over.assembler.setMaxMessageSize(100000);
    const QByteArray deflated = zlibDeflate(exact + 'x');
    QVERIFY(deflated.size() < 1000);
    QVERIFY(!over.feed(WebSocketWire::serverFrame(Opcode::Binary, deflated, true, WebSocketWire::Rsv1)));
    QCOMPARE(over.assembler.error(), MessageAssembler::Error::MessageTooLarge);
    QCOMPARE(over.assembler.errorCloseCode(), quint16(CloseCode::TooLarge));
    QVERIFY(over.collector.messages.isEmpty());
}

void TestDeflateUnits::sizeLimitIncompressibleMessage()
{
    // Random data does not shrink: its deflate form (stored blocks) is a few bytes longer than the
    // message. A message exactly at the limit is not larger than it, so it must still arrive: the
    // limit is on the message, not on the compressed frame (which is checked by setMaxFrameSize).
    const QByteArray random = randomBytes(100000, 11);
    const QByteArray deflated = zlibDeflate(random);
    QVERIFY2(deflated.size() > random.size(), qPrintable(QString::number(deflated.size())));
    Pipeline pipeline;
    pipeline.assembler.setMaxMessageSize(random.size());
    QVERIFY2(pipeline.feed(WebSocketWire::serverFrame(Opcode::Binary, deflated, true, WebSocketWire::Rsv1)),
        qPrintable(QStringLiteral("refused a %1-byte message (%2 bytes deflated) with a %1-byte limit: %3")
                       .arg(random.size())
                       .arg(deflated.size())
                       .arg(pipeline.assembler.errorString())));
    QCOMPARE(pipeline.collector.messages.size(), 1);
    QVERIFY(pipeline.collector.messages.at(0).payload == random);
}

void TestDeflateUnits::decompressionBomb()
{
    // 2 GiB of zeros in about 2 MiB of deflate: once the window is full of zeros, every sync-flushed
    // 1 MiB of zeros deflates to the same bytes, so the stream is one head and 2047 copies of it.
    constexpr qsizetype Chunk = qsizetype(1) << 20;
    constexpr int Chunks = 2048;
    const QByteArray zeros(Chunk, '\0');
    z_stream z {};
    QCOMPARE(deflateInit2(&z, 9, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY), Z_OK);
    const auto deflateChunk = [&z, &zeros] {
        QByteArray out(64 * 1024, Qt::Uninitialized);
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zeros.constData()));
        z.avail_in = uInt(zeros.size());
        z.next_out = reinterpret_cast<Bytef *>(out.data());
        z.avail_out = uInt(out.size());
        const int rc = deflate(&z, Z_SYNC_FLUSH);
        out.resize(out.size() - qsizetype(z.avail_out));
        return rc == Z_OK && z.avail_in == 0 ? out : QByteArray();
    };
    const QByteArray head = deflateChunk();
    const QByteArray repeat = deflateChunk();
    const QByteArray check = deflateChunk();
    deflateEnd(&z);
    QVERIFY(!head.isEmpty() && !repeat.isEmpty());
    QCOMPARE(repeat, check);
    QByteArray bomb = head + repeat.repeated(Chunks - 1);
    QVERIFY(bomb.endsWith(QByteArrayView("\x00\x00\xff\xff", 4)));
    bomb.chop(4); // as sent on the wire; the receiver appends the tail
    QVERIFY2(bomb.size() < 4 * Chunk, qPrintable(QString::number(bomb.size())));

    // Prove it is a bomb: zlib inflates it to exactly 2 GiB (counted, never stored).
    {
        z_stream in {};
        QCOMPARE(inflateInit2(&in, -15), Z_OK);
        const QByteArray input = bomb + QByteArrayView("\x00\x00\xff\xff", 4).toByteArray();
        in.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(input.constData()));
        in.avail_in = uInt(input.size());
        std::unique_ptr<char[]> buffer(new char[Chunk]);
        qint64 total = 0;
        for (;;) {
            in.next_out = reinterpret_cast<Bytef *>(buffer.get());
            in.avail_out = uInt(Chunk);
            const int rc = inflate(&in, Z_SYNC_FLUSH);
            total += Chunk - qint64(in.avail_out);
            QVERIFY(rc == Z_OK || rc == Z_BUF_ERROR);
            if (in.avail_in == 0 && in.avail_out != 0)
                break;
        }
        inflateEnd(&in);
        QCOMPARE(total, qint64(Chunks) * Chunk);
    }

    const QByteArray wire = WebSocketWire::serverFrame(Opcode::Binary, bomb, true, WebSocketWire::Rsv1);
    Pipeline pipeline;
    pipeline.assembler.setMaxMessageSize(16 * Chunk);

    // Peak RSS is reset (clear_refs 5) so VmHWM measures this feed alone; VmRSS is sampled too.
    ProcessMemory::resetPeak();
    const qint64 rssBefore = ProcessMemory::statusKiB("VmRSS");
    QVERIFY(rssBefore > 0);
    qint64 rssMax = rssBefore;
    constexpr qsizetype Slice = 16 * 1024;
    qsizetype fed = 0;
    bool accepted = true;
    while (fed < wire.size()) {
        const qsizetype n = std::min(Slice, wire.size() - fed);
        accepted = pipeline.parser.feed(wire.constData() + fed, n);
        fed += n;
        rssMax = std::max(rssMax, ProcessMemory::statusKiB("VmRSS"));
        if (!accepted)
            break;
    }
    const qint64 hwmAfter = ProcessMemory::statusKiB("VmHWM");
    QVERIFY2(!accepted, "the whole bomb was accepted");
    QCOMPARE(pipeline.assembler.error(), MessageAssembler::Error::MessageTooLarge);
    QCOMPARE(pipeline.assembler.errorCloseCode(), quint16(CloseCode::TooLarge));
    QVERIFY(pipeline.collector.messages.isEmpty());
    // It stopped near the limit: 16 MiB of zeros is about 16 KiB of deflate, not the whole 2 MiB.
    QVERIFY2(fed <= 4 * Slice, qPrintable(QStringLiteral("fed %1 of %2 bytes").arg(fed).arg(wire.size())));
    const qint64 growthKiB = std::max(rssMax, hwmAfter) - rssBefore;
    qInfo("bomb: fed %lld of %lld bytes, RSS %lld KiB before, growth %lld KiB (VmRSS max %lld, VmHWM %lld)",
        qlonglong(fed), qlonglong(wire.size()), qlonglong(rssBefore), qlonglong(growthKiB), qlonglong(rssMax),
        qlonglong(hwmAfter));
    QVERIFY2(growthKiB < 64 * 1024, qPrintable(QStringLiteral("memory grew by %1 KiB").arg(growthKiB)));
}

void TestDeflateUnits::corruptData_data()
{
    QTest::addColumn<QByteArray>("wire");
    // BFINAL=1 with the reserved block type 11.
    QTest::newRow("reserved block type") << WebSocketWire::serverFrame(
        Opcode::Text, hex("ffffffff"), true, WebSocketWire::Rsv1);
    // A stored block whose NLEN is not the complement of LEN.
    QTest::newRow("stored block length mismatch") << WebSocketWire::serverFrame(Opcode::Binary,
        hex("00050000"
            "48656c6c6f"),
        true, WebSocketWire::Rsv1);
    // A back-reference with no history (section 7.2.3.2's second message on a fresh stream).
    QTest::newRow("distance too far back")
        << WebSocketWire::serverFrame(Opcode::Text, hex("f200110000"), true, WebSocketWire::Rsv1);
    // Corruption in a continuation frame of a compressed message: a stored block with a bad NLEN.
    QTest::newRow("corrupt continuation")
        << QByteArray(WebSocketWire::serverFrame(Opcode::Binary, hex("000500"), false, WebSocketWire::Rsv1)
               + WebSocketWire::serverFrame(Opcode::Continuation,
                   hex("0000"
                       "48656c6c6f"),
                   true, 0));
}

void TestDeflateUnits::corruptData()
{
    QFETCH(QByteArray, wire);
    Pipeline pipeline;
    QVERIFY(!pipeline.feed(wire));
    QCOMPARE(pipeline.assembler.error(), MessageAssembler::Error::CorruptCompressedData);
    QCOMPARE(pipeline.assembler.errorCloseCode(), quint16(CloseCode::ProtocolError));
    QVERIFY(!pipeline.assembler.errorString().isEmpty());
    QVERIFY(pipeline.collector.messages.isEmpty());
}

void TestDeflateUnits::misplacedRsv1_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("messagesBefore");
    QTest::newRow("continuation of compressed message")
        << QByteArray(WebSocketWire::serverFrame(Opcode::Text, hex("f248cd"), false, WebSocketWire::Rsv1)
               + WebSocketWire::serverFrame(Opcode::Continuation, hex("c9c90700"), true, WebSocketWire::Rsv1))
        << 0;
    QTest::newRow("continuation of plain message")
        << QByteArray(WebSocketWire::serverFrame(Opcode::Binary, "ab", false, 0)
               + WebSocketWire::serverFrame(Opcode::Continuation, "cd", true, WebSocketWire::Rsv1))
        << 0;
    QTest::newRow("ping") << WebSocketWire::serverFrame(Opcode::Ping, "x", true, WebSocketWire::Rsv1) << 0;
    QTest::newRow("pong") << WebSocketWire::serverFrame(Opcode::Pong, {}, true, WebSocketWire::Rsv1) << 0;
    QTest::newRow("close") << WebSocketWire::serverFrame(Opcode::Close, hex("03e8"), true, WebSocketWire::Rsv1) << 0;
    QTest::newRow("ping inside a compressed message")
        << QByteArray(WebSocketWire::serverFrame(Opcode::Text, hex("f248cd"), false, WebSocketWire::Rsv1)
               + WebSocketWire::serverFrame(Opcode::Ping, {}, true, WebSocketWire::Rsv1))
        << 0;
    QTest::newRow("after a good message") << QByteArray(
        hex("c107f248cdc9c90700") + WebSocketWire::serverFrame(Opcode::Ping, {}, true, WebSocketWire::Rsv1))
                                          << 1;
}

void TestDeflateUnits::misplacedRsv1()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, messagesBefore);
    for (const qsizetype step : { qsizetype(0), qsizetype(1) }) {
        Pipeline pipeline;
        QVERIFY(!pipeline.feed(wire, step));
        QCOMPARE(pipeline.assembler.error(), MessageAssembler::Error::MisplacedRsv1);
        QCOMPARE(pipeline.assembler.errorCloseCode(), quint16(CloseCode::ProtocolError));
        QCOMPARE(pipeline.collector.messages.size(), messagesBefore);
        QVERIFY(pipeline.collector.controls.isEmpty());
        QCOMPARE(pipeline.collector.closeCode, quint16(0));
    }
}

void TestDeflateUnits::rsv1WithoutNegotiation()
{
    // Not negotiated: the frame parser refuses RSV1 outright ...
    Pipeline plain(false, false);
    QVERIFY(!plain.feed(hex("c107f248cdc9c90700")));
    QCOMPARE(plain.parser.error(), FrameParser::Error::ReservedBits);
    QCOMPARE(plain.parser.errorCloseCode(), quint16(CloseCode::ProtocolError));
    QVERIFY(plain.collector.messages.isEmpty());

    // ... and the assembler, if RSV1 got past a parser, refuses it without an inflater.
    Collector collector;
    MessageAssembler assembler(&collector);
    FrameParser parser(&assembler);
    parser.setRsv1Allowed(true);
    const QByteArray wire = hex("c107f248cdc9c90700");
    QVERIFY(!parser.feed(wire.constData(), wire.size()));
    QCOMPARE(assembler.error(), MessageAssembler::Error::MisplacedRsv1);
    QCOMPARE(assembler.errorCloseCode(), quint16(CloseCode::ProtocolError));
    QVERIFY(collector.messages.isEmpty());
}

void TestDeflateUnits::invalidUtf8InCompressedText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("fragmented");
    QTest::newRow("0xff byte") << QByteArrayLiteral("Hello \xff world") << false;
    QTest::newRow("overlong") << QByteArrayLiteral("\xc0\xaf") << false;
    QTest::newRow("surrogate") << QByteArrayLiteral("ab\xed\xa0\x80") << false;
    QTest::newRow("truncated at end") << QByteArrayLiteral("Hello \xe2\x82") << false;
    QTest::newRow("bad byte deep inside")
        << QByteArray(QByteArray(200000, 'a') + "\xfe" + QByteArray(1000, 'b')) << false;
    QTest::newRow("fragmented, truncated at end") << QByteArrayLiteral("Price: 5 \xe2\x82") << true;
}

void TestDeflateUnits::invalidUtf8InCompressedText()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, fragmented);
    const QByteArray deflated = zlibDeflate(text);
    QByteArray wire;
    if (fragmented) {
        const qsizetype half = deflated.size() / 2;
        wire = WebSocketWire::serverFrame(Opcode::Text, deflated.left(half), false, WebSocketWire::Rsv1)
            + WebSocketWire::serverFrame(Opcode::Continuation, deflated.mid(half), true, 0);
    } else {
        wire = WebSocketWire::serverFrame(Opcode::Text, deflated, true, WebSocketWire::Rsv1);
    }
    Pipeline pipeline;
    QVERIFY(!pipeline.feed(wire));
    QCOMPARE(pipeline.assembler.error(), MessageAssembler::Error::InvalidUtf8);
    QCOMPARE(pipeline.assembler.errorCloseCode(), quint16(CloseCode::InvalidPayload));
    QVERIFY(pipeline.collector.messages.isEmpty());

    // The same bytes as a binary message are fine.
    Pipeline binary;
    QVERIFY(binary.feed(WebSocketWire::serverFrame(Opcode::Binary, deflated, true, WebSocketWire::Rsv1)));
    QCOMPARE(binary.collector.messages.size(), 1);
    QVERIFY(binary.collector.messages.at(0).payload == text);
}

QTEST_GUILESS_MAIN(TestDeflateUnits)
#include "tst_deflate_units.moc"
