// SPDX-License-Identifier: GPL-3.0-or-later
// Autobahn-style client cases against a raw server that sends exact bytes: each asserts what the
// client sent back (the exact Close code, as decoded by the server) and how the channel reported it.
#include "harness.h"

#include <QSet>
#include <QSignalSpy>

#include <functional>

using namespace Framewise;

namespace {

using Builder = std::function<QByteArray(const QByteArray &)>;

QByteArray upgradeResponse(
    const QByteArray &accept, const QByteArray &upgrade, const QByteArray &connection, const QByteArray &extra = {})
{
    QByteArray out = QByteArrayLiteral("HTTP/1.1 101 Switching Protocols\r\n");
    if (!upgrade.isNull())
        out += QByteArrayLiteral("Upgrade: ") + upgrade + QByteArrayLiteral("\r\n");
    if (!connection.isNull())
        out += QByteArrayLiteral("Connection: ") + connection + QByteArrayLiteral("\r\n");
    if (!accept.isNull())
        out += QByteArrayLiteral("Sec-WebSocket-Accept: ") + accept + QByteArrayLiteral("\r\n");
    return out + extra + QByteArrayLiteral("\r\n");
}

// Logs every observer call and, through logSignals(), every matching signal into one list, so
// that a test can compare both in order.
class LoggingObserver : public ChannelObserver {
public:
    explicit LoggingObserver(QStringList *log)
        : m_log(log)
    {
    }
    static QString describe(const FrameInfo &frame)
    {
        return QStringLiteral("frame %1 %2 %3")
            .arg(frame.opcode)
            .arg(frame.fin ? QStringLiteral("fin") : QStringLiteral("more"))
            .arg(frame.payloadLength);
    }
    void logSignals(WebSocketChannel *channel)
    {
        QObject::connect(channel, &WebSocketChannel::frameReceived,
            [this](const FrameInfo &frame) { m_log->append(QStringLiteral("signal ") + describe(frame)); });
        QObject::connect(channel, &WebSocketChannel::messageAvailable, [this](const QByteArray &payload) {
            m_log->append(QStringLiteral("signal text ") + QLatin1String(payload));
        });
        QObject::connect(channel, &WebSocketChannel::binaryMessageAvailable, [this](const QByteArray &payload) {
            m_log->append(QStringLiteral("signal binary ") + QLatin1String(payload));
        });
    }
    void observeFrameReceived(const FrameInfo &frame) override
    {
        m_log->append(QStringLiteral("observer ") + describe(frame));
    }
    void observeMessage(const QByteArray &payload, bool binary) override
    {
        m_log->append(QStringLiteral("observer ") + (binary ? QStringLiteral("binary ") : QStringLiteral("text "))
            + QLatin1String(payload));
        if (onMessage)
            onMessage();
    }
    std::function<void()> onMessage; // runs after a message is logged

private:
    QStringList *m_log;
};

} // namespace

class TestConformance : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Framing
    void lengthForms_data();
    void lengthForms();
    void framesSplitIntoSingleBytes();
    void longHeaderSplitIntoSingleBytes();
    // Ping / pong
    void pingAnsweredWithSamePayload_data();
    void pingAnsweredWithSamePayload();
    void pingTooLongIsProtocolError();
    void unsolicitedPongIsIgnored();
    void tenPingsTenPongsInOrder();
    // Reserved bits and opcodes
    void reservedBitsFail_data();
    void reservedBitsFail();
    void reservedOpcodesFail_data();
    void reservedOpcodesFail();
    // Fragmentation
    void fragmentedMessages_data();
    void fragmentedMessages();
    void pingBetweenFragmentsIsAnsweredAtOnce();
    void framingErrors_data();
    void framingErrors();
    // UTF-8
    void utf8SplitInsideCodePointIsDelivered_data();
    void utf8SplitInsideCodePointIsDelivered();
    void invalidUtf8Fails_data();
    void invalidUtf8Fails();
    void invalidUtf8FailsFast_data();
    void invalidUtf8FailsFast();
    // Closing
    void closeWithoutPayload();
    void closeWithReasonIsEchoed_data();
    void closeWithReasonIsEchoed();
    void closeInsideFragmentedMessage();
    void closeCodes_data();
    void closeCodes();
    void closePayloadErrors_data();
    void closePayloadErrors();
    void closeWith123ByteReason();
    void closeApiLimits();
    void nothingDeliveredOrSentAfterServerClose();
    void slotOnServerClosedMaySend();
    // Masking
    void everyClientFrameMaskedWithFreshKeys();
    void clientFramesUseMinimalLengths();
    // Opening handshake
    void serverNoContextTakeoverIsHeldToIt_data();
    void serverNoContextTakeoverIsHeldToIt();
    void handshakeRequestIsRfc6455();
    void handshakeKeysDifferPerConnection();
    void wrongAcceptKeyFails();
    void handshakeResponseValidation_data();
    void handshakeResponseValidation();
    void unofferedSubprotocolFails_data();
    void unofferedSubprotocolFails();
    void offeredSubprotocolIsAccepted();
    void rejectedUpgradeShowsStatusHeadersAndBody();
    // The observer (the app's per-message path)
    void observerSeesWhatTheSignalsSee();
};

// ---------------------------------------------------------------------------------------------
// Framing

void TestConformance::lengthForms_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("text");
    for (int size : { 0, 1, 125, 126, 127, 65535, 65536, 1 << 20 }) {
        QTest::addRow("text %d", size) << size << true;
        QTest::addRow("binary %d", size) << size << false;
    }
}

void TestConformance::lengthForms()
{
    QFETCH(int, size);
    QFETCH(bool, text);
    Harness h;
    QVERIFY(h.open());
    QByteArray payload(size, 'a');
    for (int i = 0; i < size; ++i)
        payload[i] = text ? char('a' + i % 26) : char(i * 7);
    const QByteArray wire = RawServer::frame(text ? 0x1 : 0x2, payload);
    QCOMPARE(wire.size() - payload.size(), size <= 125 ? 2 : size <= 0xFFFF ? 4 : 10);
    h.server.send(wire);
    QVERIFY(QTest::qWaitFor([&] { return h.texts.size() + h.binaries.size() == 1; }, 10000));
    QCOMPARE(text ? h.texts.first() : h.binaries.first(), payload);
    QCOMPARE(text ? h.binaries.size() : h.texts.size(), 0);
    QCOMPARE(h.channel.state(), WebSocketChannel::State::Open);
    QVERIFY(h.server.clientFrames().isEmpty());
}

void TestConformance::framesSplitIntoSingleBytes()
{
    Harness h;
    QVERIFY(h.open());
    h.server.setSplitWrites(true);
    const QByteArray text = QString(150, QChar(0x00e9)).toUtf8(); // 300 bytes: 16-bit length, 2-byte chars
    h.server.send(RawServer::frame(0x1, text) + RawServer::frame(0x9, "p") + RawServer::frame(0x2, "xyz"));
    QVERIFY(QTest::qWaitFor([&] { return h.binaries.size() == 1; }, 10000));
    QCOMPARE(h.texts, QList<QByteArray>({ text }));
    QCOMPARE(h.binaries.first(), QByteArray("xyz"));
    QCOMPARE(h.events, QStringList({ QStringLiteral("started"), QStringLiteral("text"), QStringLiteral("binary") }));
    QVERIFY(h.waitClientFrames(1));
    QCOMPARE(h.server.clientFrames().first().opcode, quint8(0xA));
    QCOMPARE(h.server.clientFrames().first().payload, QByteArray("p"));
    QCOMPARE(h.channel.state(), WebSocketChannel::State::Open);
}

void TestConformance::longHeaderSplitIntoSingleBytes()
{
    Harness h;
    QVERIFY(h.open());
    QByteArray payload(70000, '\0');
    for (qsizetype i = 0; i < payload.size(); ++i)
        payload[i] = char(i % 251);
    const QByteArray wire = RawServer::frame(0x2, payload);
    QCOMPARE(wire.size(), payload.size() + 10);
    h.server.sendSlowly(wire.left(12), 1, 1); // the 64-bit header and 2 payload bytes, one at a time
    h.server.send(wire.mid(12)); // queued behind them
    QVERIFY(QTest::qWaitFor([&] { return h.binaries.size() == 1; }, 10000));
    QCOMPARE(h.binaries.first(), payload);
}

// ---------------------------------------------------------------------------------------------
// Ping / pong

void TestConformance::pingAnsweredWithSamePayload_data()
{
    QTest::addColumn<QByteArray>("payload");
    QByteArray bytes(125, '\0');
    for (int i = 0; i < 125; ++i)
        bytes[i] = char(255 - i);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("125 bytes") << bytes;
    QTest::newRow("text") << QByteArray("are you there?");
}

void TestConformance::pingAnsweredWithSamePayload()
{
    QFETCH(QByteArray, payload);
    Harness h;
    QVERIFY(h.open());
    h.server.sendFrame(0x9, payload);
    QVERIFY(h.waitClientFrames(1));
    const RawServer::ClientFrame pong = h.server.clientFrames().first();
    QCOMPARE(pong.opcode, quint8(0xA));
    QCOMPARE(pong.payload, payload);
    QVERIFY(pong.fin);
    QCOMPARE(pong.rsv, quint8(0));
    QVERIFY(pong.masked);
    QCOMPARE(h.pings, QList<QByteArray>({ payload }));
    QTest::qWait(50);
    QCOMPARE(h.server.clientFrames().size(), 1); // one pong, nothing else
    QCOMPARE(h.channel.state(), WebSocketChannel::State::Open);
}

void TestConformance::pingTooLongIsProtocolError()
{
    Harness h;
    QVERIFY(h.open());
    const QByteArray wire = RawServer::frame(0x9, QByteArray(126, 'p'));
    QCOMPARE(quint8(wire.at(1)), quint8(126)); // 16-bit length form, length 126
    h.server.send(wire);
    QVERIFY(h.waitStopped());
    QCOMPARE(h.clientClose().closeCode(), quint16(1002));
    QCOMPARE(h.finalClientOpcodes(), QList<quint8>({ 0x8 })); // no pong
    QCOMPARE(h.status().reason, StopReason::ProtocolError);
    QCOMPARE(h.status().closeCodeSent, quint16(1002));
    QVERIFY(h.status().closeFrameSent);
    FW_VERIFY_STOPPED_ONCE(h);
}

void TestConformance::unsolicitedPongIsIgnored()
{
    Harness h;
    QVERIFY(h.open());
    h.server.sendFrame(0xA, "unasked");
    h.server.sendFrame(0x1, "after");
    QVERIFY(QTest::qWaitFor([&] { return h.texts.size() == 1; }, 5000));
    QCOMPARE(h.pongs.size(), 1);
    QCOMPARE(h.pongs.first().first, QByteArray("unasked"));
    QCOMPARE(h.pongs.first().second, qint64(-1));
    QCOMPARE(h.channel.state(), WebSocketChannel::State::Open);
    QVERIFY(h.server.clientFrames().isEmpty());
    // Still fully usable.
    QCOMPARE(h.channel.sendMsg(QStringLiteral("still here")), ChannelError::None);
    QVERIFY(h.waitClientFrames(1));
    QCOMPARE(h.server.clientFrames().first().opcode, quint8(0x1));
    QCOMPARE(h.server.clientFrames().first().payload, QByteArray("still here"));
    QCOMPARE(h.stops, 0);
}

void TestConformance::tenPingsTenPongsInOrder()
{
    Harness h;
    QVERIFY(h.open());
    QByteArray burst;
    for (int i = 0; i < 10; ++i)
        burst += RawServer::frame(0x9, QByteArrayLiteral("ping ") + QByteArray::number(i));
    h.server.send(burst);
    QVERIFY(h.waitClientFrames(10));
    QTest::qWait(50);
    QCOMPARE(h.server.clientFrames().size(), 10);
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(h.server.clientFrames().at(i).opcode, quint8(0xA));
        QCOMPARE(h.server.clientFrames().at(i).payload, QByteArrayLiteral("ping ") + QByteArray::number(i));
    }
    QCOMPARE(h.channel.state(), WebSocketChannel::State::Open);
}

// ---------------------------------------------------------------------------------------------
// Reserved bits and opcodes

void TestConformance::reservedBitsFail_data()
{
    QTest::addColumn<quint8>("opcode");
    QTest::addColumn<int>("rsv");
    QTest::addColumn<bool>("offerDeflate");
    QTest::newRow("RSV1 text, deflate not offered") << quint8(0x1) << 4 << false;
    QTest::newRow("RSV1 text, deflate offered but not agreed") << quint8(0x1) << 4 << true;
    QTest::newRow("RSV2 text") << quint8(0x1) << 2 << true;
    QTest::newRow("RSV3 text") << quint8(0x1) << 1 << true;
    QTest::newRow("RSV1+2+3 text") << quint8(0x1) << 7 << true;
    QTest::newRow("RSV2 binary") << quint8(0x2) << 2 << true;
    QTest::newRow("RSV3 ping") << quint8(0x9) << 1 << true;
}

void TestConformance::reservedBitsFail()
{
    QFETCH(quint8, opcode);
    QFETCH(int, rsv);
    QFETCH(bool, offerDeflate);
    Harness h;
    DeflateOptions deflate;
    deflate.enabled = offerDeflate;
    QCOMPARE(h.channel.setDeflateOptions(deflate), ChannelError::None);
    QVERIFY(h.open());
    QVERIFY(!h.channel.isCompressionActive());
    h.server.sendFrame(opcode, "hello", true, quint8(rsv));
    QVERIFY(h.waitStopped());
    QCOMPARE(h.clientClose().closeCode(), quint16(1002));
    QCOMPARE(h.finalClientOpcodes(), QList<quint8>({ 0x8 }));
    QCOMPARE(h.status().reason, StopReason::ProtocolError);
    QCOMPARE(h.status().closeCodeSent, quint16(1002));
    QVERIFY(h.texts.isEmpty() && h.binaries.isEmpty() && h.pings.isEmpty());
    FW_VERIFY_STOPPED_ONCE(h);
}

void TestConformance::reservedOpcodesFail_data()
{
    QTest::addColumn<int>("opcode");
    for (int opcode : { 3, 4, 5, 6, 7, 0xB, 0xC, 0xD, 0xE, 0xF })
        QTest::addRow("0x%x", opcode) << opcode;
}

void TestConformance::reservedOpcodesFail()
{
    QFETCH(int, opcode);
    Harness h;
    QVERIFY(h.open());
    h.server.sendFrame(quint8(opcode), "x");
    QVERIFY(h.waitStopped());
    QCOMPARE(h.clientClose().closeCode(), quint16(1002));
    QCOMPARE(h.finalClientOpcodes(), QList<quint8>({ 0x8 }));
    QCOMPARE(h.status().reason, StopReason::ProtocolError);
    QCOMPARE(h.status().closeCodeSent, quint16(1002));
    QCOMPARE(h.events, QStringList({ QStringLiteral("started"), QStringLiteral("error"), QStringLiteral("stopped") }));
    FW_VERIFY_STOPPED_ONCE(h);
}

// ---------------------------------------------------------------------------------------------
// Fragmentation

void TestConformance::fragmentedMessages_data()
{
    QTest::addColumn<bool>("text");
    QTest::addColumn<QList<QByteArray>>("fragments");
    QTest::newRow("text in 2") << true << QList<QByteArray>({ "Hello, ", "world" });
    QList<QByteArray> many;
    for (int i = 0; i < 100; ++i)
        many << QByteArray::number(i) + ';';
    QTest::newRow("text in 100") << true << many;
    QTest::newRow("text with empty fragments") << true << QList<QByteArray>({ "", "a", "", "b", "" });
    QTest::newRow("binary in 3") << false << QList<QByteArray>({ QByteArray("\x00\x01", 2), "\xff", "\x7f" });
    QTest::newRow("binary, 64 KiB fragments")
        << false << QList<QByteArray>({ QByteArray(70000, 'x'), QByteArray(70000, 'y') });
}

void TestConformance::fragmentedMessages()
{
    QFETCH(bool, text);
    QFETCH(QList<QByteArray>, fragments);
    Harness h;
    QVERIFY(h.open());
    QByteArray expected;
    QByteArray wire;
    for (qsizetype i = 0; i < fragments.size(); ++i) {
        expected += fragments.at(i);
        wire += RawServer::frame(i == 0 ? (text ? 0x1 : 0x2) : 0x0, fragments.at(i), i == fragments.size() - 1);
    }
    h.server.send(wire);
    QVERIFY(QTest::qWaitFor([&] { return h.texts.size() + h.binaries.size() == 1; }, 5000));
    QCOMPARE(text ? h.texts.first() : h.binaries.first(), expected);
    // One message, not one per fragment.
    h.server.sendFrame(0x1, "next");
    QVERIFY(QTest::qWaitFor([&] { return h.texts.size() + h.binaries.size() == 2; }, 5000));
    QCOMPARE(h.texts.last(), QByteArray("next"));
    QVERIFY(h.server.clientFrames().isEmpty());
}

void TestConformance::pingBetweenFragmentsIsAnsweredAtOnce()
{
    Harness h;
    QVERIFY(h.open());
    h.server.send(RawServer::frame(0x1, "first half, ", false) + RawServer::frame(0x9, "mid"));
    QVERIFY(h.waitClientFrames(1));
    QCOMPARE(h.server.clientFrames().first().opcode, quint8(0xA));
    QCOMPARE(h.server.clientFrames().first().payload, QByteArray("mid"));
    QVERIFY(h.texts.isEmpty()); // the message is not complete yet
    h.server.send(
        RawServer::frame(0x0, "second ", false) + RawServer::frame(0x9, "mid2") + RawServer::frame(0x0, "half", true));
    QVERIFY(QTest::qWaitFor([&] { return h.texts.size() == 1; }, 5000));
    QCOMPARE(h.texts.first(), QByteArray("first half, second half"));
    QVERIFY(h.waitClientFrames(2));
    QCOMPARE(h.server.clientFrames().at(1).payload, QByteArray("mid2"));
    QCOMPARE(h.pings, QList<QByteArray>({ "mid", "mid2" }));
    QCOMPARE(h.channel.state(), WebSocketChannel::State::Open);
}

void TestConformance::framingErrors_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("continuation without a start") << RawServer::frame(0x0, "x");
    QTest::newRow("continuation after a complete message")
        << RawServer::frame(0x1, "done") + RawServer::frame(0x0, "more");
    QTest::newRow("text in the middle of a fragmented text")
        << RawServer::frame(0x1, "a", false) + RawServer::frame(0x1, "b");
    QTest::newRow("binary in the middle of a fragmented text")
        << RawServer::frame(0x1, "a", false) + RawServer::frame(0x2, "b");
    QTest::newRow("fragmented ping") << RawServer::frame(0x9, "p", false);
    QTest::newRow("fragmented pong") << RawServer::frame(0xA, "p", false);
    QTest::newRow("fragmented close") << RawServer::frame(0x8, RawServer::closePayload(1000), false);
    QTest::newRow("masked server frame") << RawServer::frame(0x1, "hi", true, 0, -1, ~quint64(0), true);
    QTest::newRow("non-minimal 16-bit length") << RawServer::frame(0x1, QByteArray(100, 'a'), true, 0, 1);
    QTest::newRow("non-minimal 64-bit length") << RawServer::frame(0x1, QByteArray(1000, 'a'), true, 0, 2);
    // Autobahn 3.2 / 4.1.3: whatever follows the offending frame (here a ping) is not answered.
    QTest::newRow("text, RSV2 text, ping")
        << RawServer::frame(0x1, "done") + RawServer::frame(0x1, "x", true, 2) + RawServer::frame(0x9, "unanswered");
    QTest::newRow("text, reserved opcode 5, ping")
        << RawServer::frame(0x1, "done") + RawServer::frame(0x5, "x") + RawServer::frame(0x9, "unanswered");
}

void TestConformance::framingErrors()
{
    QFETCH(QByteArray, wire);
    Harness h;
    QVERIFY(h.open());
    h.server.send(wire);
    QVERIFY(h.waitStopped());
    QCOMPARE(h.clientClose().closeCode(), quint16(1002));
    QCOMPARE(h.finalClientOpcodes(), QList<quint8>({ 0x8 }));
    QCOMPARE(h.status().reason, StopReason::ProtocolError);
    QCOMPARE(h.status().closeCodeSent, quint16(1002));
    QVERIFY(h.serverCloses.isEmpty());
    QVERIFY(h.binaries.isEmpty());
    QVERIFY(h.texts.isEmpty() || h.texts == QList<QByteArray>({ "done" })); // only a complete message before it
    QVERIFY(h.pings.isEmpty());
    FW_VERIFY_STOPPED_ONCE(h);
}

// ---------------------------------------------------------------------------------------------
// UTF-8

void TestConformance::utf8SplitInsideCodePointIsDelivered_data()
{
    QTest::addColumn<QList<int>>("cuts");
    // "κόσμε 🎉": κ ό σ μ ε are 2 bytes each, the emoji 4.
    QTest::newRow("inside a 2-byte letter and the emoji") << QList<int>({ 1, 13 });
    QTest::newRow("one byte per fragment") << QList<int>();
}

void TestConformance::utf8SplitInsideCodePointIsDelivered()
{
    QFETCH(QList<int>, cuts);
    const QByteArray text = QStringLiteral("κόσμε 🎉").toUtf8();
    QCOMPARE(text.size(), 15);
    if (cuts.isEmpty()) {
        for (int i = 1; i < text.size(); ++i)
            cuts << i;
    }
    cuts.prepend(0);
    cuts.append(int(text.size()));
    Harness h;
    QVERIFY(h.open());
    QByteArray wire;
    for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
        wire += RawServer::frame(
            i == 0 ? 0x1 : 0x0, text.mid(cuts.at(i), cuts.at(i + 1) - cuts.at(i)), i + 2 == cuts.size());
    }
    h.server.send(wire);
    QVERIFY(QTest::qWaitFor([&] { return h.texts.size() == 1; }, 5000));
    QCOMPARE(h.texts.first(), text);
    QCOMPARE(h.channel.state(), WebSocketChannel::State::Open);
}

void TestConformance::invalidUtf8Fails_data()
{
    QTest::addColumn<QList<QByteArray>>("fragments");
    QTest::newRow("UTF-16 surrogate") << QList<QByteArray>({ QByteArray("ok\xed\xa0\x80", 5) });
    QTest::newRow("overlong slash") << QList<QByteArray>({ QByteArray("\xc0\xaf") });
    QTest::newRow("beyond U+10FFFF") << QList<QByteArray>({ QByteArray("\xf4\x90\x80\x80") });
    QTest::newRow("lone continuation byte") << QList<QByteArray>({ QByteArray("a\x80z") });
    QTest::newRow("0xFF") << QList<QByteArray>({ QByteArray("\xff") });
    QTest::newRow("truncated at the end") << QList<QByteArray>({ QByteArray("euro \xe2\x82") });
    QTest::newRow("invalid in the second fragment") << QList<QByteArray>({ "valid ", QByteArray("\xc3\x28") });
    QTest::newRow("truncated at the end of a fragmented message")
        << QList<QByteArray>({ "ok ", QByteArray("\xf0\x9f"), QByteArray("\x8e") });
}

void TestConformance::invalidUtf8Fails()
{
    QFETCH(QList<QByteArray>, fragments);
    Harness h;
    QVERIFY(h.open());
    QByteArray wire;
    for (qsizetype i = 0; i < fragments.size(); ++i)
        wire += RawServer::frame(i == 0 ? 0x1 : 0x0, fragments.at(i), i + 1 == fragments.size());
    h.server.send(wire);
    QVERIFY(h.waitStopped());
    QCOMPARE(h.clientClose().closeCode(), quint16(1007));
    QCOMPARE(h.finalClientOpcodes(), QList<quint8>({ 0x8 }));
    QCOMPARE(h.status().reason, StopReason::InvalidPayload);
    QCOMPARE(h.status().closeCodeSent, quint16(1007));
    QVERIFY(h.texts.isEmpty());
    FW_VERIFY_STOPPED_ONCE(h);
}

void TestConformance::invalidUtf8FailsFast_data()
{
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<quint8>("opcode");
    QTest::newRow("single frame") << QByteArray() << quint8(0x1);
    QTest::newRow("in a continuation frame") << RawServer::frame(0x1, "valid start ", false) << quint8(0x0);
}

void TestConformance::invalidUtf8FailsFast()
{
    QFETCH(QByteArray, prefix);
    QFETCH(quint8, opcode);
    Harness h;
    QVERIFY(h.open());
    // Announce a megabyte of text, send a few bytes with an invalid sequence, then stall: the
    // client must not wait for the rest before failing.
    const QByteArray header = RawServer::header(opcode, 1000000);
    QCOMPARE(header.size(), 10);
    QElapsedTimer timer;
    timer.start();
    h.server.send(prefix + header + QByteArray("abc\xc0\xaf", 5));
    QVERIFY(h.waitClientFrames(1, 5000));
    QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(h.clientClose().closeCode(), quint16(1007));
    QVERIFY(h.waitStopped(5000));
    QCOMPARE(h.status().reason, StopReason::InvalidPayload);
    QCOMPARE(h.status().closeCodeSent, quint16(1007));
    QVERIFY(h.texts.isEmpty());
    FW_VERIFY_STOPPED_ONCE(h);
}

// ---------------------------------------------------------------------------------------------
// Closing

void TestConformance::closeWithoutPayload()
{
    Harness h;
    QVERIFY(h.open());
    h.server.sendFrame(0x8, QByteArray());
    QVERIFY(h.waitStopped());
    QCOMPARE(h.serverCloses, (QList<QPair<quint16, QString>>({ { quint16(1005), QString() } })));
    QCOMPARE(h.finalClientOpcodes(), QList<quint8>({ 0x8 }));
    QVERIFY(h.clientClose().payload.isEmpty()); // no code back when none came
    QCOMPARE(h.status().reason, StopReason::Ok);
    QCOMPARE(h.status().closeCodeReceived, quint16(1005));
    QVERIFY(h.status().closeFrameReceived);
    QVERIFY(h.status().closeFrameSent);
    QCOMPARE(h.status().closeCodeSent, quint16(0));
    QCOMPARE(h.events,
        QStringList({ QStringLiteral("started"), QStringLiteral("serverClosed"), QStringLiteral("stopped") }));
    FW_VERIFY_STOPPED_ONCE(h);
}

void TestConformance::closeWithReasonIsEchoed_data()
{
    QTest::addColumn<QByteArray>("reason");
    QTest::newRow("code only") << QByteArray();
    QTest::newRow("code and reason") << QByteArray("bye now");
}

void TestConformance::closeWithReasonIsEchoed()
{
    QFETCH(QByteArray, reason);
    Harness h;
    QVERIFY(h.open());
    h.server.sendFrame(0x8, RawServer::closePayload(1000, reason));
    QVERIFY(h.waitStopped());
    QCOMPARE(h.serverCloses, (QList<QPair<quint16, QString>>({ { quint16(1000), QString::fromUtf8(reason) } })));
    QCOMPARE(h.finalClientOpcodes(), QList<quint8>({ 0x8 }));
    QCOMPARE(h.clientClose().closeCode(), quint16(1000));
    QCOMPARE(h.status().reason, StopReason::Ok);
    QCOMPARE(h.status().closeCodeSent, quint16(1000));
    QCOMPARE(h.status().closeCodeReceived, quint16(1000));
    QCOMPARE(h.status().closeReasonReceived, QString::fromUtf8(reason));
    FW_VERIFY_STOPPED_ONCE(h);
}

void TestConformance::closeInsideFragmentedMessage()
{
    // Autobahn 7.1.5: the first fragment, the Close, then the rest: no message is delivered.
    Harness h;
    QVERIFY(h.open());
    h.server.send(RawServer::frame(0x1, "fragment1", false) + RawServer::frame(0x8, RawServer::closePayload(1000))
        + RawServer::frame(0x0, "fragment2", true));
    QVERIFY(h.waitStopped());
    QVERIFY(h.texts.isEmpty());
    QCOMPARE(h.events,
        QStringList({ QStringLiteral("started"), QStringLiteral("serverClosed"), QStringLiteral("stopped") }));
    QCOMPARE(h.status().reason, StopReason::Ok);
    QCOMPARE(h.finalClientOpcodes(), QList<quint8>({ 0x8 }));
    QCOMPARE(h.clientClose().closeCode(), quint16(1000));
    FW_VERIFY_STOPPED_ONCE(h);
}

void TestConformance::closeCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("valid");
    for (int code : { 1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013, 1014, 3000, 3999, 4000, 4999 })
        QTest::addRow("%d valid", code) << code << true;
    for (int code : { 0, 999, 1004, 1005, 1006, 1015, 1016, 2000, 2999, 5000, 65535 })
        QTest::addRow("%d invalid", code) << code << false;
}

void TestConformance::closeCodes()
{
    QFETCH(int, code);
    QFETCH(bool, valid);
    Harness h;
    QVERIFY(h.open());
    h.server.sendFrame(0x8, RawServer::closePayload(quint16(code), "why"));
    QVERIFY(h.waitStopped());
    QCOMPARE(h.finalClientOpcodes(), QList<quint8>({ 0x8 }));
    if (valid) {
        QCOMPARE(h.clientClose().closeCode(), quint16(code));
        QCOMPARE(h.serverCloses, (QList<QPair<quint16, QString>>({ { quint16(code), QStringLiteral("why") } })));
        QCOMPARE(h.status().reason, StopReason::Ok);
        QCOMPARE(h.status().closeCodeReceived, quint16(code));
        QCOMPARE(h.status().closeCodeSent, quint16(code));
    } else {
        QCOMPARE(h.clientClose().closeCode(), quint16(1002));
        QCOMPARE(h.status().reason, StopReason::ProtocolError);
        QCOMPARE(h.status().closeCodeSent, quint16(1002));
        QVERIFY(h.serverCloses.isEmpty());
    }
    FW_VERIFY_STOPPED_ONCE(h);
}

void TestConformance::closePayloadErrors_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("expectedCode");
    QTest::newRow("1-byte payload") << QByteArray("\x03") << 1002;
    QTest::newRow("reason with invalid UTF-8") << RawServer::closePayload(1000, "bad \xff reason") << 1007;
    QTest::newRow("reason with a truncated code point") << RawServer::closePayload(1000, "\xe2\x82") << 1007;
    QTest::newRow("124-byte reason (126-byte control frame)")
        << RawServer::closePayload(1000, QByteArray(124, 'r')) << 1002;
}

void TestConformance::closePayloadErrors()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, expectedCode);
    Harness h;
    QVERIFY(h.open());
    h.server.sendFrame(0x8, payload);
    QVERIFY(h.waitStopped());
    QCOMPARE(h.finalClientOpcodes(), QList<quint8>({ 0x8 }));
    QCOMPARE(h.clientClose().closeCode(), quint16(expectedCode));
    QCOMPARE(h.status().closeCodeSent, quint16(expectedCode));
    QCOMPARE(h.status().reason, expectedCode == 1007 ? StopReason::InvalidPayload : StopReason::ProtocolError);
    FW_VERIFY_STOPPED_ONCE(h);
}

void TestConformance::closeWith123ByteReason()
{
    Harness h;
    QVERIFY(h.open());
    const QByteArray reason = QByteArray(121, 'r') + "\xc3\xa9"; // 123 bytes, ends in a 2-byte letter
    h.server.sendFrame(0x8, RawServer::closePayload(1001, reason));
    QVERIFY(h.waitStopped());
    QCOMPARE(h.serverCloses.size(), 1);
    QCOMPARE(h.serverCloses.first().second, QString::fromUtf8(reason));
    QCOMPARE(h.clientClose().closeCode(), quint16(1001));
    QCOMPARE(h.status().reason, StopReason::Ok);
    QCOMPARE(h.status().closeReasonReceived, QString::fromUtf8(reason));
    FW_VERIFY_STOPPED_ONCE(h);
}

void TestConformance::closeApiLimits()
{
    Harness h;
    QVERIFY(h.open());
    QCOMPARE(h.channel.close(1000, QString(124, u'x')), ChannelError::ReasonTooLong);
    QCOMPARE(h.channel.close(1005), ChannelError::InvalidCloseCode);
    QCOMPARE(h.channel.close(1006), ChannelError::InvalidCloseCode);
    QCOMPARE(h.channel.close(2000), ChannelError::InvalidCloseCode);
    QCOMPARE(h.channel.close(0, QStringLiteral("no code")), ChannelError::InvalidCloseCode);
    QVERIFY(h.server.clientFrames().isEmpty());
    QCOMPARE(h.channel.close(4000, QString(123, u'x')), ChannelError::None);
    QCOMPARE(h.channel.sendMsg(QStringLiteral("late")), ChannelError::Closing);
    QVERIFY(h.waitStopped());
    QCOMPARE(h.finalClientOpcodes(), QList<quint8>({ 0x8 }));
    QCOMPARE(h.clientClose().closeCode(), quint16(4000));
    QCOMPARE(h.clientClose().payload.size(), 125);
    QCOMPARE(h.status().reason, StopReason::Ok);
    QCOMPARE(h.status().closeCodeSent, quint16(4000));
    QCOMPARE(h.status().closeCodeReceived, quint16(4000)); // the server echoed it
    FW_VERIFY_STOPPED_ONCE(h);
}

void TestConformance::nothingDeliveredOrSentAfterServerClose()
{
    Harness h;
    QVERIFY(h.open());
    h.server.send(RawServer::frame(0x1, "before") + RawServer::frame(0x8, RawServer::closePayload(1000))
        + RawServer::frame(0x1, "after (illegal)") + RawServer::frame(0x9, "late ping")
        + RawServer::frame(0x2, "after (illegal)"));
    QVERIFY(h.waitStopped());
    QCOMPARE(h.texts, QList<QByteArray>({ QByteArray("before") }));
    QVERIFY(h.binaries.isEmpty());
    QCOMPARE(h.events,
        QStringList({ QStringLiteral("started"), QStringLiteral("text"), QStringLiteral("serverClosed"),
            QStringLiteral("stopped") }));
    FW_VERIFY_STOPPED_ONCE(h);
    QCOMPARE(h.finalClientOpcodes(), QList<quint8>({ 0x8 })); // no pong after our Close
    QCOMPARE(h.server.bytesAfterClientClose(), qint64(0));
}

void TestConformance::slotOnServerClosedMaySend()
{
    Harness h;
    ChannelError fromSlot = ChannelError::InvalidArgument;
    QObject::connect(&h.channel, &WebSocketChannel::serverClosed, &h.channel,
        [&h, &fromSlot] { fromSlot = h.channel.sendMsg(QStringLiteral("last words")); });
    QVERIFY(h.open());
    h.server.sendFrame(0x8, RawServer::closePayload(1001, "going"));
    QVERIFY(h.waitStopped());
    QCOMPARE(fromSlot, ChannelError::None);
    FW_VERIFY_STOPPED_ONCE(h);
    QCOMPARE(h.finalClientOpcodes(), QList<quint8>({ 0x1, 0x8 }));
    QCOMPARE(h.server.clientFrames().at(0).payload, QByteArray("last words"));
    QCOMPARE(h.server.clientFrames().at(1).closeCode(), quint16(1001));
    QCOMPARE(h.server.bytesAfterClientClose(), qint64(0));
    QCOMPARE(h.channel.sendMsg(QStringLiteral("too late")), ChannelError::Closing);
}

// ---------------------------------------------------------------------------------------------
// Masking

void TestConformance::everyClientFrameMaskedWithFreshKeys()
{
    Harness h;
    QSignalSpy sent(&h.channel, &WebSocketChannel::frameSent);
    QVERIFY(h.open());
    for (int i = 0; i < 100; ++i)
        QCOMPARE(h.channel.sendMsg(QByteArrayLiteral("m") + QByteArray::number(i)), ChannelError::None);
    QCOMPARE(h.channel.ping("p"), ChannelError::None);
    h.server.sendFrame(0x9, "q");
    QVERIFY(h.waitClientFrames(102));
    QSet<quint32> keys;
    for (qsizetype i = 0; i < 100; ++i) {
        const RawServer::ClientFrame &frame = h.server.clientFrames().at(i);
        QVERIFY(frame.masked);
        QCOMPARE(frame.opcode, quint8(0x1));
        QCOMPARE(frame.payload, QByteArrayLiteral("m") + QByteArray::number(i));
        keys.insert(frame.maskKey);
        // The inspector reports the key that was really used.
        const FrameInfo info = sent.at(i).first().value<FrameInfo>();
        QCOMPARE(info.maskKey, frame.maskKey);
        QVERIFY(info.masked);
    }
    QVERIFY2(keys.size() > 95, qPrintable(QString::number(keys.size())));
    QCOMPARE(h.channel.close(1000), ChannelError::None);
    QVERIFY(h.waitStopped());
    QCOMPARE(h.server.clientFrames().size(), 103); // 100 texts, ping, pong, close
    QVERIFY(!h.server.sawUnmaskedFrame());
    for (const auto &frame : h.server.clientFrames())
        QVERIFY(frame.masked);
}

void TestConformance::clientFramesUseMinimalLengths()
{
    Harness h;
    DeflateOptions deflate;
    deflate.enabled = false;
    QCOMPARE(h.channel.setDeflateOptions(deflate), ChannelError::None);
    QVERIFY(h.open());
    const QList<int> sizes({ 0, 1, 125, 126, 65535, 65536, 200000 });
    QList<QByteArray> sent;
    for (int size : sizes) {
        QByteArray payload(size, '\0');
        for (int i = 0; i < size; ++i)
            payload[i] = char(i % 253);
        sent << payload;
        QCOMPARE(h.channel.sendBinaryMsg(payload), ChannelError::None);
    }
    QVERIFY(h.waitClientFrames(sizes.size()));
    for (qsizetype i = 0; i < sizes.size(); ++i) {
        const RawServer::ClientFrame &frame = h.server.clientFrames().at(i);
        QCOMPARE(frame.opcode, quint8(0x2));
        QVERIFY(frame.fin);
        QVERIFY(frame.masked);
        QVERIFY2(frame.minimalLength, qPrintable(QString::number(sizes.at(i))));
        QCOMPARE(frame.lengthForm, sizes.at(i) <= 125 ? 0 : sizes.at(i) <= 0xFFFF ? 1 : 2);
        QCOMPARE(frame.payload, sent.at(i));
    }
}

// ---------------------------------------------------------------------------------------------
// permessage-deflate

void TestConformance::serverNoContextTakeoverIsHeldToIt_data()
{
    QTest::addColumn<bool>("agreed");
    QTest::newRow("server_no_context_takeover agreed: corrupt") << true;
    QTest::newRow("context takeover: the same bytes are fine") << false;
}

// RFC 7692 7.1.1.1: a server that agreed to server_no_context_takeover starts every message with
// an empty window, so the client resets its inflater after each message. This server agrees and
// then compresses two messages as one deflate stream: the second (8 bytes) only refers back into
// the first. A client that kept its window would show it; it must fail the connection instead.
void TestConformance::serverNoContextTakeoverIsHeldToIt()
{
    QFETCH(bool, agreed);
    const QByteArray first = R"({"type":"quote","symbol":"FRMW","bid":101.25,"ask":101.50})";
    const QByteArray second = R"({"type":"quote","symbol":"FRMW","bid":101.25,"ask":101.75})";
    // Python: c = zlib.compressobj(9, zlib.DEFLATED, -15); per message
    // c.compress(m) + c.flush(zlib.Z_SYNC_FLUSH), without the 00 00 ff ff tail (RFC 7692 7.2.1).
    const QByteArray firstDeflated
        = QByteArray::fromHex("aa562aa92c4855b2522a2ccd2f4955d2512aaecc4dcacf010ab805f98603f9"
                              "4999294a568606867a46a63a4a89c5d9108ea9412d00");
    const QByteArray secondDeflated = QByteArray::fromHex("aa264fa7b9692d00");
    Harness h;
    h.server.setExtraResponseHeaders(agreed
            ? QByteArrayLiteral("Sec-WebSocket-Extensions: permessage-deflate; server_no_context_takeover\r\n")
            : QByteArrayLiteral("Sec-WebSocket-Extensions: permessage-deflate\r\n"));
    QVERIFY(h.open());
    QVERIFY(h.channel.isCompressionActive());
    h.server.sendFrame(0x1, firstDeflated, true, 4);
    h.server.sendFrame(0x1, secondDeflated, true, 4);
    if (!agreed) {
        // The bytes are a valid stream for a client that may keep its window.
        QTRY_COMPARE(h.texts.size(), 2);
        QCOMPARE(h.texts.at(0), first);
        QCOMPARE(h.texts.at(1), second);
        QCOMPARE(h.channel.state(), WebSocketChannel::State::Open);
        return;
    }
    // Either the channel fails, or (kept window) it shows the second message.
    QVERIFY(QTest::qWaitFor([&] { return h.stops > 0 || h.texts.size() > 1; }, 10000));
    QCOMPARE(h.texts, QList<QByteArray>({ first })); // the first message stands alone
    QVERIFY(h.waitStopped());
    QCOMPARE(h.clientClose().closeCode(), quint16(1002));
    QCOMPARE(h.finalClientOpcodes(), QList<quint8>({ 0x8 }));
    QCOMPARE(h.status().reason, StopReason::ProtocolError);
    QCOMPARE(h.status().closeCodeSent, quint16(1002));
    const QString text = h.status().message() + u' ' + h.status().detail;
    QVERIFY2(text.contains(QStringLiteral("deflate"), Qt::CaseInsensitive), qPrintable(text));
    FW_VERIFY_STOPPED_ONCE(h);
}

// ---------------------------------------------------------------------------------------------
// Opening handshake

void TestConformance::handshakeRequestIsRfc6455()
{
    Harness h;
    HttpHeaders headers;
    headers.append("X-Test", "42");
    QCOMPARE(h.channel.setRequestHeaders(headers), ChannelError::None);
    QCOMPARE(h.channel.setProtocols({ QStringLiteral("chat"), QStringLiteral("v2.json") }), ChannelError::None);
    QCOMPARE(h.channel.asyncOpen(h.server.url(QStringLiteral("/path?q=1")), QStringLiteral("https://example.org")),
        ChannelError::None);
    QVERIFY(QTest::qWaitFor([&] { return h.started(); }, 10000));
    const QByteArray request = h.server.request();
    QCOMPARE(h.server.requestLine(), QByteArray("GET /path?q=1 HTTP/1.1"));
    QCOMPARE(h.server.requestHeader("Host"), QByteArrayLiteral("127.0.0.1:") + QByteArray::number(h.server.port()));
    QCOMPARE(h.server.requestHeader("Upgrade"), QByteArray("websocket"));
    QCOMPARE(h.server.requestHeader("Connection"), QByteArray("Upgrade"));
    QCOMPARE(h.server.requestHeader("Sec-WebSocket-Version"), QByteArray("13"));
    for (const char *name : { "Host", "Upgrade", "Connection", "Sec-WebSocket-Key", "Sec-WebSocket-Version" })
        QVERIFY2(h.server.requestHeaderCount(name) == 1, name);
    const QByteArray key = h.server.requestHeader("Sec-WebSocket-Key");
    QCOMPARE(key.size(), 24);
    QCOMPARE(QByteArray::fromBase64(key, QByteArray::AbortOnBase64DecodingErrors).size(), 16);
    QCOMPARE(QByteArray::fromBase64(key).toBase64(), key);
    QCOMPARE(h.server.requestHeader("Origin"), QByteArray("https://example.org"));
    QCOMPARE(h.server.requestHeader("Sec-WebSocket-Protocol"), QByteArray("chat, v2.json"));
    QCOMPARE(h.server.requestHeader("X-Test"), QByteArray("42"));
    QVERIFY(h.server.requestHeader("Sec-WebSocket-Extensions").startsWith("permessage-deflate"));
    QVERIFY(request.endsWith("\r\n\r\n"));
    QVERIFY(!request.contains("\r\n\r\n\r\n"));
    // What the channel reports having sent is what went on the wire.
    QCOMPARE(h.channel.handshakeRequest().toBytes(), request);
    QCOMPARE(h.channel.handshakeRequest().key, key);
}

void TestConformance::handshakeKeysDifferPerConnection()
{
    QSet<QByteArray> keys;
    for (int i = 0; i < 5; ++i) {
        Harness h;
        QVERIFY(h.open());
        keys.insert(h.server.requestHeader("Sec-WebSocket-Key"));
    }
    QCOMPARE(keys.size(), 5);
}

void TestConformance::wrongAcceptKeyFails()
{
    Harness h;
    h.server.setAcceptOverride("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
    QCOMPARE(h.channel.asyncOpen(h.server.url()), ChannelError::None);
    QVERIFY(h.waitStopped());
    QCOMPARE(h.status().reason, StopReason::HandshakeInvalid);
    QVERIFY(h.status().message().contains(QStringLiteral("Sec-WebSocket-Accept")));
    QVERIFY(!h.started());
    QCOMPARE(h.responses.size(), 1);
    QCOMPARE(h.responses.first().statusCode, 101);
    FW_VERIFY_STOPPED_ONCE(h);
    // The connection never opened: no Close frame, nothing after the request.
    QCOMPARE(h.server.bytesFromClient(), qint64(h.server.request().size()));
    QVERIFY(!h.status().closeFrameSent);
}

void TestConformance::handshakeResponseValidation_data()
{
    QTest::addColumn<Builder>("builder");
    QTest::addColumn<bool>("offerDeflate");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("missing Upgrade") << Builder([](const QByteArray &a) {
        return upgradeResponse(a, QByteArray(), "Upgrade");
    }) << true << false << QStringLiteral("Upgrade");
    QTest::newRow("Upgrade: h2c") << Builder([](const QByteArray &a) { return upgradeResponse(a, "h2c", "Upgrade"); })
                                  << true << false << QStringLiteral("Upgrade");
    QTest::newRow("missing Connection") << Builder([](const QByteArray &a) {
        return upgradeResponse(a, "websocket", QByteArray());
    }) << true << false << QStringLiteral("Connection");
    QTest::newRow("Connection without the upgrade token")
        << Builder([](const QByteArray &a) { return upgradeResponse(a, "websocket", "keep-alive"); }) << true << false
        << QStringLiteral("Connection");
    QTest::newRow("missing Sec-WebSocket-Accept")
        << Builder([](const QByteArray &) { return upgradeResponse(QByteArray(), "websocket", "Upgrade"); }) << true
        << false << QStringLiteral("Sec-WebSocket-Accept");
    QTest::newRow("200 instead of 101") << Builder([](const QByteArray &a) {
        QByteArray r = upgradeResponse(a, "websocket", "Upgrade");
        r.replace("101 Switching Protocols", "200 OK");
        return QByteArray(r.chopped(2) + "Content-Length: 0\r\n\r\n");
    }) << true << false << QString();
    QTest::newRow("extension not offered") << Builder([](const QByteArray &a) {
        return upgradeResponse(a, "websocket", "Upgrade", "Sec-WebSocket-Extensions: permessage-deflate\r\n");
    }) << false << false << QStringLiteral("permessage-deflate");
    QTest::newRow("unknown extension") << Builder([](const QByteArray &a) {
        return upgradeResponse(a, "websocket", "Upgrade", "Sec-WebSocket-Extensions: x-framewise-test\r\n");
    }) << true << false << QStringLiteral("x-framewise-test");
    QTest::newRow("tokens in other case are fine")
        << Builder([](const QByteArray &a) { return upgradeResponse(a, "WebSocket", "keep-alive, UPGRADE"); }) << true
        << true << QString();
}

void TestConformance::handshakeResponseValidation()
{
    QFETCH(Builder, builder);
    QFETCH(bool, offerDeflate);
    QFETCH(bool, accepted);
    QFETCH(QString, mentions);
    Harness h;
    DeflateOptions deflate;
    deflate.enabled = offerDeflate;
    QCOMPARE(h.channel.setDeflateOptions(deflate), ChannelError::None);
    h.server.setResponseBuilder(builder);
    QCOMPARE(h.channel.asyncOpen(h.server.url()), ChannelError::None);
    if (accepted) {
        QVERIFY(QTest::qWaitFor([&] { return h.started() || h.stops > 0; }, 10000));
        QVERIFY2(h.started(), qPrintable(h.status().message()));
        return;
    }
    QVERIFY(h.waitStopped());
    QVERIFY(!h.started());
    const StopReason expected
        = h.responses.value(0).statusCode == 101 ? StopReason::HandshakeInvalid : StopReason::HandshakeRejected;
    QCOMPARE(h.status().reason, expected);
    QCOMPARE(h.responses.size(), 1);
    if (!mentions.isEmpty()) {
        const QString text = h.status().message() + u' ' + h.status().detail;
        QVERIFY2(text.contains(mentions, Qt::CaseInsensitive), qPrintable(text));
    }
    QCOMPARE(h.server.bytesFromClient(), qint64(h.server.request().size()));
    FW_VERIFY_STOPPED_ONCE(h);
}

void TestConformance::unofferedSubprotocolFails_data()
{
    QTest::addColumn<QStringList>("offered");
    QTest::newRow("offered another") << QStringList({ QStringLiteral("chat") });
    QTest::newRow("offered none") << QStringList();
}

void TestConformance::unofferedSubprotocolFails()
{
    QFETCH(QStringList, offered);
    Harness h;
    h.server.setExtraResponseHeaders("Sec-WebSocket-Protocol: mqtt\r\n");
    QCOMPARE(h.channel.setProtocols(offered), ChannelError::None);
    QCOMPARE(h.channel.asyncOpen(h.server.url()), ChannelError::None);
    QVERIFY(h.waitStopped());
    QCOMPARE(h.status().reason, StopReason::HandshakeInvalid);
    const QString text = h.status().message() + u' ' + h.status().detail;
    QVERIFY2(text.contains(QStringLiteral("mqtt")), qPrintable(text));
    QVERIFY(!h.started());
    FW_VERIFY_STOPPED_ONCE(h);
}

void TestConformance::offeredSubprotocolIsAccepted()
{
    Harness h;
    h.server.setExtraResponseHeaders("Sec-WebSocket-Protocol: v2.json\r\n");
    QCOMPARE(h.channel.setProtocols({ QStringLiteral("chat"), QStringLiteral("v2.json") }), ChannelError::None);
    QVERIFY(h.open());
    QCOMPARE(h.channel.protocol(), QStringLiteral("v2.json"));
}

void TestConformance::rejectedUpgradeShowsStatusHeadersAndBody()
{
    Harness h;
    h.server.setHandshake(RawServer::Handshake::Custom,
        "HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\nX-Reason: no token\r\nContent-Length: 7\r\n\r\ngo away");
    QCOMPARE(h.channel.asyncOpen(h.server.url()), ChannelError::None);
    QVERIFY(h.waitStopped());
    QCOMPARE(h.status().reason, StopReason::HandshakeRejected);
    QCOMPARE(h.status().httpStatus, 403);
    QVERIFY(h.status().message().contains(QStringLiteral("403")));
    QVERIFY(!h.started());
    QCOMPARE(h.responses.size(), 1);
    const HandshakeResponse response = h.responses.first();
    QCOMPARE(response.statusCode, 403);
    QCOMPARE(response.statusLine, QByteArray("HTTP/1.1 403 Forbidden"));
    QCOMPARE(response.reasonPhrase, QByteArray("Forbidden"));
    const QList<HttpHeaders::Entry> expectedHeaders(
        { { "Content-Type", "text/plain" }, { "X-Reason", "no token" }, { "Content-Length", "7" } });
    QCOMPARE(response.headers.entries(), expectedHeaders);
    QCOMPARE(response.body, QByteArray("go away"));
    QVERIFY(!response.bodyTruncated);
    QCOMPARE(h.channel.handshakeResponse().body, QByteArray("go away"));
    FW_VERIFY_STOPPED_ONCE(h);
}

// ---------------------------------------------------------------------------------------------
// The observer

void TestConformance::observerSeesWhatTheSignalsSee()
{
    const auto strings = [](std::initializer_list<const char *> items) {
        QStringList out;
        for (const char *item : items)
            out.append(QLatin1String(item));
        return out;
    };
    Harness h;
    QStringList log;
    LoggingObserver observer(&log);
    observer.logSignals(&h.channel);
    h.channel.setObserver(&observer);
    QVERIFY(h.open());

    // A fragmented text with a ping between its fragments, then a binary: every frame and message
    // reaches the observer first and the signal right after it, in wire order.
    h.server.send(RawServer::frame(0x1, "he", false) + RawServer::frame(0x9, "p") + RawServer::frame(0x0, "llo")
        + RawServer::frame(0x2, "bin"));
    QVERIFY(QTest::qWaitFor([&] { return h.binaries.size() == 1; }, 5000));
    QCOMPARE(log,
        strings({ "observer frame 1 more 2", "signal frame 1 more 2", "observer frame 9 fin 1", "signal frame 9 fin 1",
            "observer frame 0 fin 3", "signal frame 0 fin 3", "observer text hello", "signal text hello",
            "observer frame 2 fin 3", "signal frame 2 fin 3", "observer binary bin", "signal binary bin" }));

    // Unset, the observer hears nothing more; the signals go on.
    log.clear();
    h.channel.setObserver(nullptr);
    h.server.sendFrame(0x1, "quiet");
    QVERIFY(QTest::qWaitFor([&] { return h.texts.size() == 2; }, 5000));
    QCOMPARE(log, strings({ "signal frame 1 fin 5", "signal text quiet" }));

    // An observer may abort, as a slot may: the message it aborted on still reaches the signal's
    // receivers, and nothing after it is delivered.
    log.clear();
    h.channel.setObserver(&observer);
    observer.onMessage = [&h] { h.channel.abort(); };
    h.server.send(RawServer::frame(0x1, "one") + RawServer::frame(0x1, "two"));
    QVERIFY(h.waitStopped());
    QCOMPARE(
        log, strings({ "observer frame 1 fin 3", "signal frame 1 fin 3", "observer text one", "signal text one" }));
    QCOMPARE(h.texts.size(), 3);
    FW_VERIFY_STOPPED_ONCE(h);
}

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_channel_conformance.moc"
