// SPDX-License-Identifier: GPL-3.0-or-later
// Autobahn-style client cases against a raw server that sends exact bytes: each asserts what the
// client sent back (the exact Close code) and how the channel reported it.
#include "harness.h"

#include <QRandomGenerator>

using namespace Framewise;

class TestConformance : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void lengthForms_data();
    void lengthForms();
    void framesSplitIntoSingleBytes();
    void pingAnsweredWithSamePayload_data();
    void pingAnsweredWithSamePayload();
    void pingTooLongIsProtocolError();
    void unsolicitedPongIsIgnored();
    void tenPingsTenPongsInOrder();
    void reservedBitsFail_data();
    void reservedBitsFail();
    void reservedOpcodesFail_data();
    void reservedOpcodesFail();
    void fragmentedMessages_data();
    void fragmentedMessages();
    void fragmentationErrors_data();
    void fragmentationErrors();
    void utf8SplitInsideCodePointIsDelivered();
    void invalidUtf8Fails();
    void invalidUtf8FailsFastMidFrame();
    void closeWithoutPayload();
    void closeCodes_data();
    void closeCodes();
    void closeReasonLimits();
    void nothingDeliveredAfterServerClose();
    void slotOnServerClosedMaySend();
    void everyClientFrameMaskedWithFreshKeys();
    void handshakeRequestIsRfc6455();
    void wrongAcceptKeyFails();
    void missingUpgradeFails();
    void unofferedSubprotocolFails();
    void rejectedUpgradeShowsStatusHeadersAndBody();
};

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
    if (!text) {
        for (int i = 0; i < size; ++i)
            payload[i] = char(i * 7);
    }
    h.server.sendFrame(text ? 0x1 : 0x2, payload);
    QVERIFY(QTest::qWaitFor([&] { return h.texts.size() + h.binaries.size() == 1; }, 10000));
    QCOMPARE(text ? h.texts.first() : h.binaries.first(), payload);
    QCOMPARE(h.channel.state(), WebSocketChannel::State::Open);
}

void TestConformance::framesSplitIntoSingleBytes()
{
    Harness h;
    QVERIFY(h.open());
    const QByteArray text = QString(150, QChar(0x00e9)).toUtf8(); // 300 bytes, 16-bit length, 2-byte chars
    h.server.sendSlowly(RawServer::frame(0x1, text) + RawServer::frame(0x2, "xyz"), 1, 0);
    QVERIFY(QTest::qWaitFor([&] { return h.binaries.size() == 1; }, 10000));
    QCOMPARE(h.texts, QList<QByteArray>({ text }));
    QCOMPARE(h.binaries.first(), QByteArray("xyz"));
}

void TestConformance::pingAnsweredWithSamePayload_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("125 bytes") << QByteArray(125, '\xfe');
    QTest::newRow("text") << QByteArray("are you there?");
}

void TestConformance::pingAnsweredWithSamePayload()
{
    QFETCH(QByteArray, payload);
    Harness h;
    QSignalSpy pings(&h.channel, &WebSocketChannel::pingReceived);
    QVERIFY(h.open());
    h.server.sendFrame(0x9, payload);
    QVERIFY(h.waitClientFrames(1));
    QCOMPARE(h.server.clientFrames().first().opcode, quint8(0xA));
    QCOMPARE(h.server.clientFrames().first().payload, payload);
    QVERIFY(h.server.clientFrames().first().fin);
    QCOMPARE(pings.size(), 1);
    QCOMPARE(pings.first().first().toByteArray(), payload);
}

void TestConformance::pingTooLongIsProtocolError()
{
    Harness h;
    QVERIFY(h.open());
    h.server.send(RawServer::frame(0x9, QByteArray(126, 'p')));
    QVERIFY(h.waitStopped());
    QCOMPARE(h.clientClose().opcode, quint8(0x8));
    QCOMPARE(h.clientClose().closeCode(), quint16(1002));
    QCOMPARE(h.status().reason, StopReason::ProtocolError);
    QCOMPARE(h.status().closeCodeSent, quint16(1002));
    QVERIFY(h.stoppedLastAndOnce());
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
}

void TestConformance::tenPingsTenPongsInOrder()
{
    Harness h;
    QVERIFY(h.open());
    QByteArray burst;
    for (int i = 0; i < 10; ++i)
        burst += RawServer::frame(0x9, QByteArray::number(i));
    h.server.send(burst);
    QVERIFY(h.waitClientFrames(10));
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(h.server.clientFrames().at(i).opcode, quint8(0xA));
        QCOMPARE(h.server.clientFrames().at(i).payload, QByteArray::number(i));
    }
}

void TestConformance::reservedBitsFail_data()
{
    QTest::addColumn<int>("rsv");
    QTest::newRow("RSV1 without compression") << 4;
    QTest::newRow("RSV2") << 2;
    QTest::newRow("RSV3") << 1;
}

void TestConformance::reservedBitsFail()
{
    QFETCH(int, rsv);
    Harness h;
    DeflateOptions off;
    off.enabled = false;
    h.channel.setDeflateOptions(off);
    QVERIFY(h.open());
    h.server.sendFrame(0x1, "hello", true, quint8(rsv));
    QVERIFY(h.waitStopped());
    QCOMPARE(h.clientClose().closeCode(), quint16(1002));
    QCOMPARE(h.status().reason, StopReason::ProtocolError);
    QVERIFY(h.texts.isEmpty());
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
    QCOMPARE(h.status().reason, StopReason::ProtocolError);
}

void TestConformance::fragmentedMessages_data()
{
    QTest::addColumn<int>("fragments");
    QTest::addColumn<bool>("pingBetween");
    QTest::newRow("2 fragments") << 2 << false;
    QTest::newRow("100 fragments") << 100 << false;
    QTest::newRow("ping between fragments") << 3 << true;
}

void TestConformance::fragmentedMessages()
{
    QFETCH(int, fragments);
    QFETCH(bool, pingBetween);
    Harness h;
    QVERIFY(h.open());
    QByteArray expected;
    QByteArray wire;
    for (int i = 0; i < fragments; ++i) {
        const QByteArray part = QByteArray::number(i) + ';';
        expected += part;
        wire += RawServer::frame(i == 0 ? 0x1 : 0x0, part, i == fragments - 1);
        if (pingBetween && i == 0)
            wire += RawServer::frame(0x9, "mid");
    }
    h.server.send(wire);
    QVERIFY(QTest::qWaitFor([&] { return h.texts.size() == 1; }, 5000));
    QCOMPARE(h.texts.first(), expected);
    if (pingBetween) {
        QVERIFY(h.waitClientFrames(1));
        QCOMPARE(h.server.clientFrames().first().opcode, quint8(0xA));
        QCOMPARE(h.server.clientFrames().first().payload, QByteArray("mid"));
    }
}

void TestConformance::fragmentationErrors_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("continuation without a start") << RawServer::frame(0x0, "x");
    QTest::newRow("text in the middle of a fragmented message")
        << RawServer::frame(0x1, "a", false) + RawServer::frame(0x1, "b");
    QTest::newRow("fragmented ping") << RawServer::frame(0x9, "p", false);
    QTest::newRow("non-minimal 16-bit length") << RawServer::frame(0x1, QByteArray(100, 'a'), true, 0, 1);
    QTest::newRow("non-minimal 64-bit length") << RawServer::frame(0x1, QByteArray(1000, 'a'), true, 0, 2);
    QTest::newRow("masked server frame") << RawServer::frame(0x1, "hi", true, 0, -1, ~quint64(0), true);
}

void TestConformance::fragmentationErrors()
{
    QFETCH(QByteArray, wire);
    Harness h;
    QVERIFY(h.open());
    h.server.send(wire);
    QVERIFY(h.waitStopped());
    QCOMPARE(h.clientClose().closeCode(), quint16(1002));
    QCOMPARE(h.status().reason, StopReason::ProtocolError);
    QVERIFY(h.texts.isEmpty());
}

void TestConformance::utf8SplitInsideCodePointIsDelivered()
{
    Harness h;
    QVERIFY(h.open());
    const QByteArray text = QStringLiteral("κόσμε 🎉").toUtf8();
    // Split inside the 4-byte emoji and inside a 2-byte letter.
    h.server.send(RawServer::frame(0x1, text.left(2), false) + RawServer::frame(0x0, text.mid(2, 10), false)
        + RawServer::frame(0x0, text.mid(12), true));
    QVERIFY(QTest::qWaitFor([&] { return h.texts.size() == 1; }, 5000));
    QCOMPARE(h.texts.first(), text);
}

void TestConformance::invalidUtf8Fails()
{
    Harness h;
    QVERIFY(h.open());
    h.server.sendFrame(0x1, QByteArray("ok\xed\xa0\x80", 5)); // a UTF-16 surrogate
    QVERIFY(h.waitStopped());
    QCOMPARE(h.clientClose().closeCode(), quint16(1007));
    QCOMPARE(h.status().reason, StopReason::InvalidPayload);
    QCOMPARE(h.status().closeCodeSent, quint16(1007));
    QVERIFY(h.texts.isEmpty());
}

void TestConformance::invalidUtf8FailsFastMidFrame()
{
    Harness h;
    QVERIFY(h.open());
    // Announce a megabyte of text, send a few bytes with an invalid sequence, then stall.
    const QByteArray header = RawServer::frame(0x1, QByteArray(), true, 0, 2, 1000000).left(10);
    h.server.send(header + QByteArray("abc\xc0\xaf", 5));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(h.waitStopped(3000));
    QVERIFY(timer.elapsed() < 2000);
    QCOMPARE(h.clientClose().closeCode(), quint16(1007));
    QCOMPARE(h.status().reason, StopReason::InvalidPayload);
}

void TestConformance::closeWithoutPayload()
{
    Harness h;
    QVERIFY(h.open());
    h.server.sendFrame(0x8, QByteArray());
    QVERIFY(h.waitStopped());
    QCOMPARE(h.serverCloses, (QList<QPair<quint16, QString>>({ { quint16(1005), QString() } })));
    QCOMPARE(h.clientClose().opcode, quint8(0x8));
    QVERIFY(h.clientClose().payload.isEmpty()); // no code back when none came
    QCOMPARE(h.status().reason, StopReason::Ok);
    QCOMPARE(h.status().closeCodeReceived, quint16(1005));
    QCOMPARE(h.events,
        QStringList({ QStringLiteral("started"), QStringLiteral("serverClosed"), QStringLiteral("stopped") }));
}

void TestConformance::closeCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("valid");
    for (int code : { 1000, 1001, 1002, 1003, 1007, 1008, 1009, 1011, 1012, 1013, 1014, 3000, 3999, 4000, 4999 })
        QTest::addRow("%d valid", code) << code << true;
    for (int code : { 0, 999, 1004, 1005, 1006, 1010, 1015, 1016, 2000, 2999, 5000, 65535 })
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
    if (valid) {
        QCOMPARE(h.clientClose().closeCode(), quint16(code));
        QCOMPARE(h.serverCloses.size(), 1);
        QCOMPARE(h.serverCloses.first().first, quint16(code));
        QCOMPARE(h.serverCloses.first().second, QStringLiteral("why"));
        QCOMPARE(h.status().reason, StopReason::Ok);
        QCOMPARE(h.status().closeCodeReceived, quint16(code));
    } else {
        QCOMPARE(h.clientClose().closeCode(), quint16(1002));
        QCOMPARE(h.status().reason, StopReason::ProtocolError);
        QVERIFY(h.serverCloses.isEmpty());
    }
    QVERIFY(h.stoppedLastAndOnce());
}

void TestConformance::closeReasonLimits()
{
    {
        Harness h;
        QVERIFY(h.open());
        h.server.sendFrame(0x8, QByteArray("\x03"));
        QVERIFY(h.waitStopped());
        QCOMPARE(h.clientClose().closeCode(), quint16(1002));
    }
    {
        Harness h;
        QVERIFY(h.open());
        h.server.sendFrame(0x8, RawServer::closePayload(1000, QByteArray("bad \xff reason")));
        QVERIFY(h.waitStopped());
        QCOMPARE(h.clientClose().closeCode(), quint16(1007));
        QCOMPARE(h.status().reason, StopReason::InvalidPayload);
    }
    {
        Harness h;
        QVERIFY(h.open());
        const QByteArray reason(123, 'r');
        h.server.sendFrame(0x8, RawServer::closePayload(1000, reason));
        QVERIFY(h.waitStopped());
        QCOMPARE(h.serverCloses.first().second, QString::fromLatin1(reason));
        QCOMPARE(h.status().reason, StopReason::Ok);
    }
    {
        Harness h;
        QVERIFY(h.open());
        QCOMPARE(h.channel.close(1000, QString(124, u'x')), ChannelError::ReasonTooLong);
        QCOMPARE(h.channel.close(1005), ChannelError::InvalidCloseCode);
        QCOMPARE(h.channel.close(0, QStringLiteral("no code")), ChannelError::InvalidCloseCode);
        QCOMPARE(h.channel.close(4000, QString(123, u'x')), ChannelError::None);
        QVERIFY(h.waitStopped());
        QCOMPARE(h.clientClose().closeCode(), quint16(4000));
        QCOMPARE(h.clientClose().payload.size(), 125);
        QCOMPARE(h.channel.sendMsg(QStringLiteral("late")), ChannelError::Closing);
    }
}

void TestConformance::nothingDeliveredAfterServerClose()
{
    Harness h;
    QVERIFY(h.open());
    h.server.send(RawServer::frame(0x1, "before") + RawServer::frame(0x8, RawServer::closePayload(1000))
        + RawServer::frame(0x1, "after (illegal)"));
    QVERIFY(h.waitStopped());
    QCOMPARE(h.texts, QList<QByteArray>({ QByteArray("before") }));
    QCOMPARE(h.events,
        QStringList({ QStringLiteral("started"), QStringLiteral("text"), QStringLiteral("serverClosed"),
            QStringLiteral("stopped") }));
}

void TestConformance::slotOnServerClosedMaySend()
{
    Harness h;
    QObject::connect(&h.channel, &WebSocketChannel::serverClosed, &h.channel,
        [&h] { QCOMPARE(h.channel.sendMsg(QStringLiteral("last words")), ChannelError::None); });
    QVERIFY(h.open());
    h.server.sendFrame(0x8, RawServer::closePayload(1001, "going"));
    QVERIFY(h.waitStopped());
    QVERIFY(h.waitClientFrames(2));
    QCOMPARE(h.server.clientFrames().at(0).opcode, quint8(0x1));
    QCOMPARE(h.server.clientFrames().at(0).payload, QByteArray("last words"));
    QCOMPARE(h.server.clientFrames().at(1).opcode, quint8(0x8));
    QCOMPARE(h.server.clientFrames().at(1).closeCode(), quint16(1001));
    QCOMPARE(h.server.clientFrames().size(), 2); // nothing after the Close
}

void TestConformance::everyClientFrameMaskedWithFreshKeys()
{
    Harness h;
    QVERIFY(h.open());
    for (int i = 0; i < 100; ++i)
        QCOMPARE(h.channel.sendMsg(QByteArray("m") + QByteArray::number(i)), ChannelError::None);
    QVERIFY(h.waitClientFrames(100));
    QSet<quint32> keys;
    for (const auto &frame : h.server.clientFrames()) {
        QVERIFY(frame.masked);
        keys.insert(frame.maskKey);
    }
    QVERIFY2(keys.size() > 95, qPrintable(QString::number(keys.size())));
    QCOMPARE(h.server.clientFrames().at(42).payload, QByteArray("m42"));
    QVERIFY(!h.server.sawUnmaskedFrame());
}

void TestConformance::handshakeRequestIsRfc6455()
{
    Harness h;
    HttpHeaders headers;
    headers.append("X-Test", "42");
    h.channel.setRequestHeaders(headers);
    h.channel.setProtocols({ QStringLiteral("chat"), QStringLiteral("v2.json") });
    QCOMPARE(h.channel.asyncOpen(h.server.url(QStringLiteral("/path?q=1")), QStringLiteral("https://example.org")),
        ChannelError::None);
    QVERIFY(QTest::qWaitFor([&] { return h.events.contains(QStringLiteral("started")); }, 10000));
    const QByteArray request = h.server.request();
    QVERIFY(request.startsWith("GET /path?q=1 HTTP/1.1\r\n"));
    QCOMPARE(h.server.requestHeader("Host"), QByteArray("127.0.0.1:") + QByteArray::number(h.server.port()));
    QCOMPARE(h.server.requestHeader("Upgrade"), QByteArray("websocket"));
    QCOMPARE(h.server.requestHeader("Connection"), QByteArray("Upgrade"));
    QCOMPARE(h.server.requestHeader("Sec-WebSocket-Version"), QByteArray("13"));
    const QByteArray key = h.server.requestHeader("Sec-WebSocket-Key");
    QCOMPARE(key.size(), 24);
    QCOMPARE(QByteArray::fromBase64(key).size(), 16);
    QCOMPARE(h.server.requestHeader("Origin"), QByteArray("https://example.org"));
    QCOMPARE(h.server.requestHeader("Sec-WebSocket-Protocol"), QByteArray("chat, v2.json"));
    QCOMPARE(h.server.requestHeader("X-Test"), QByteArray("42"));
    QVERIFY(h.server.requestHeader("Sec-WebSocket-Extensions").startsWith("permessage-deflate"));
    QVERIFY(h.server.requestHeader("User-Agent").startsWith("Framewise/"));
    QVERIFY(request.endsWith("\r\n\r\n"));
}

void TestConformance::wrongAcceptKeyFails()
{
    Harness h;
    h.server.setAcceptOverride("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
    QCOMPARE(h.channel.asyncOpen(h.server.url()), ChannelError::None);
    QVERIFY(h.waitStopped());
    QCOMPARE(h.status().reason, StopReason::HandshakeInvalid);
    QVERIFY(h.status().message().contains(QStringLiteral("Sec-WebSocket-Accept")));
    QVERIFY(!h.events.contains(QStringLiteral("started")));
}

void TestConformance::missingUpgradeFails()
{
    Harness h;
    h.server.setHandshake(RawServer::Handshake::Custom,
        "HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: x\r\n\r\n");
    QCOMPARE(h.channel.asyncOpen(h.server.url()), ChannelError::None);
    QVERIFY(h.waitStopped());
    QCOMPARE(h.status().reason, StopReason::HandshakeInvalid);
    QVERIFY(h.status().message().contains(QStringLiteral("Upgrade")));
}

void TestConformance::unofferedSubprotocolFails()
{
    Harness h;
    h.server.setExtraResponseHeaders("Sec-WebSocket-Protocol: mqtt\r\n");
    h.channel.setProtocols({ QStringLiteral("chat") });
    QCOMPARE(h.channel.asyncOpen(h.server.url()), ChannelError::None);
    QVERIFY(h.waitStopped());
    QCOMPARE(h.status().reason, StopReason::HandshakeInvalid);
    QVERIFY(h.status().message().contains(QStringLiteral("mqtt")));
    QVERIFY(!h.events.contains(QStringLiteral("started")));
}

void TestConformance::rejectedUpgradeShowsStatusHeadersAndBody()
{
    Harness h;
    h.server.setHandshake(RawServer::Handshake::Custom,
        "HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\nX-Reason: no token\r\nContent-Length: 7\r\n\r\ngo away");
    QSignalSpy responses(&h.channel, &WebSocketChannel::handshakeResponseReceived);
    QCOMPARE(h.channel.asyncOpen(h.server.url()), ChannelError::None);
    QVERIFY(h.waitStopped());
    QCOMPARE(h.status().reason, StopReason::HandshakeRejected);
    QCOMPARE(h.status().httpStatus, 403);
    QVERIFY(h.status().message().contains(QStringLiteral("403")));
    QCOMPARE(responses.size(), 1);
    const auto response = responses.first().first().value<HandshakeResponse>();
    QCOMPARE(response.statusCode, 403);
    QCOMPARE(response.reasonPhrase, QByteArray("Forbidden"));
    QCOMPARE(response.headers.value("X-Reason"), QByteArray("no token"));
    QCOMPARE(response.body, QByteArray("go away"));
    QVERIFY(h.stoppedLastAndOnce());
}

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_channel_conformance.moc"
