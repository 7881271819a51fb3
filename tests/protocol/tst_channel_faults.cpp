// SPDX-License-Identifier: GPL-3.0-or-later
// Faults: refused connections, TCP cut mid-frame, servers that never answer the handshake or our
// Close, silence under keepalive, absurd frame lengths, endless headers, and cancelling.
#include "harness.h"

#include <QElapsedTimer>
#include <QSignalSpy>

using namespace Framewise;

namespace {
constexpr qint64 MiB = 1024 * 1024;
}

class TestFaults : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void connectionRefused();
    void hostNotFound();
    void tcpClosedMidFrameIsAbnormal_data();
    void tcpClosedMidFrameIsAbnormal();
    void serverHangsUpRightAfter101();
    void serverHangsUpRightAfterItsClose();
    void serverNeverAnswersHandshake();
    void trickledHandshakeStillConnects();
    void handshakeTrickledTooSlowlyTimesOut();
    void serverNeverAnswersOurClose();
    void silentServerFailsKeepalive();
    void answeringServerStaysAlive();
    void frameAnnouncingHugeLengthIsTooLarge();
    void announcedLengthIsNotPreallocated();
    void messageLimit_data();
    void messageLimit();
    void rejectionDoesNotWaitForServerToClose();
    void endlessHeaderBlockIsBounded();
    void closeWhileConnectingSendsNothing_data();
    void closeWhileConnectingSendsNothing();
    void abortWhileOpenStopsOnce();
    void settingsAfterOpenAreRefused();
};

void TestFaults::connectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    Harness h;
    QCOMPARE(h.channel.asyncOpen(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port))), ChannelError::None);
    QVERIFY(h.waitStopped(10000));
    QCOMPARE(h.status().reason, StopReason::ConnectionRefused);
    QVERIFY(!h.started());
    QVERIFY(!h.status().closeFrameSent);
    QVERIFY(h.responses.isEmpty());
    FW_VERIFY_STOPPED_ONCE(h);
}

void TestFaults::hostNotFound()
{
    Harness h;
    // .invalid never resolves (RFC 2606).
    QCOMPARE(h.channel.asyncOpen(QUrl(QStringLiteral("ws://framewise-test.invalid/"))), ChannelError::None);
    QVERIFY(h.waitStopped(20000));
    QCOMPARE(h.status().reason, StopReason::HostNotFound);
    QVERIFY(!h.started());
    FW_VERIFY_STOPPED_ONCE(h);
}

void TestFaults::tcpClosedMidFrameIsAbnormal_data()
{
    QTest::addColumn<bool>("reset");
    QTest::newRow("FIN") << false;
    QTest::newRow("RST") << true;
}

void TestFaults::tcpClosedMidFrameIsAbnormal()
{
    QFETCH(bool, reset);
    Harness h;
    QVERIFY(h.open());
    h.server.send(RawServer::frame(0x1, "complete") + RawServer::frame(0x2, "also complete")
        + RawServer::frame(0x1, QByteArray(1000, 'x')).left(300));
    QVERIFY(QTest::qWaitFor([&] { return h.texts.size() == 1 && h.binaries.size() == 1; }, 5000));
    QElapsedTimer timer;
    timer.start();
    if (reset)
        h.server.abortTcp();
    else
        h.server.closeTcp();
    QVERIFY(h.waitStopped(5000));
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(h.texts, QList<QByteArray>({ QByteArray("complete") }));
    QCOMPARE(h.binaries, QList<QByteArray>({ QByteArray("also complete") }));
    QCOMPARE(h.status().reason, StopReason::ConnectionLost);
    QCOMPARE(h.status().closeCodeReceived, quint16(1006));
    QVERIFY(!h.status().closeFrameReceived);
    QVERIFY(h.serverCloses.isEmpty());
    QCOMPARE(h.events,
        QStringList({ QStringLiteral("started"), QStringLiteral("text"), QStringLiteral("binary"),
            QStringLiteral("error"), QStringLiteral("stopped") }));
    FW_VERIFY_STOPPED_ONCE(h);
}

void TestFaults::serverHangsUpRightAfter101()
{
    Harness h;
    h.server.setCloseAfterSend(true);
    QVERIFY(h.open());
    QVERIFY(h.waitStopped(5000));
    QCOMPARE(h.status().reason, StopReason::ConnectionLost);
    QCOMPARE(h.status().closeCodeReceived, quint16(1006));
    QCOMPARE(h.events, QStringList({ QStringLiteral("started"), QStringLiteral("error"), QStringLiteral("stopped") }));
    FW_VERIFY_STOPPED_ONCE(h);
}

void TestFaults::serverHangsUpRightAfterItsClose()
{
    // What many servers do: 101, a message, their Close, and FIN at once, without waiting for ours.
    Harness h;
    h.server.setResponseBuilder([](const QByteArray &accept) {
        QByteArray answer = QByteArrayLiteral(
            "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ");
        answer.append(accept).append("\r\n\r\n");
        answer.append(RawServer::frame(0x1, "hi"));
        answer.append(RawServer::frame(0x8, RawServer::closePayload(1001, "restart")));
        return answer;
    });
    h.server.setCloseAfterSend(true);
    QCOMPARE(h.channel.asyncOpen(h.server.url()), ChannelError::None);
    QVERIFY(h.waitStopped(5000));
    QCOMPARE(h.texts, QList<QByteArray>({ QByteArray("hi") }));
    QCOMPARE(h.serverCloses, (QList<QPair<quint16, QString>>({ { quint16(1001), QStringLiteral("restart") } })));
    QCOMPARE(h.status().reason, StopReason::Ok);
    QCOMPARE(h.status().closeCodeReceived, quint16(1001));
    QCOMPARE(h.events,
        QStringList({ QStringLiteral("started"), QStringLiteral("text"), QStringLiteral("serverClosed"),
            QStringLiteral("stopped") }));
    FW_VERIFY_STOPPED_ONCE(h);
}

void TestFaults::serverNeverAnswersHandshake()
{
    Harness h;
    h.server.setHandshake(RawServer::Handshake::Never);
    QCOMPARE(h.channel.setOpenTimeout(500), ChannelError::None);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(h.channel.asyncOpen(h.server.url()), ChannelError::None);
    QVERIFY(h.waitStopped(5000));
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed >= 450 && elapsed < 2000, qPrintable(QString::number(elapsed)));
    QCOMPARE(h.status().reason, StopReason::OpenTimeout);
    QVERIFY(!h.started());
    QVERIFY(!h.server.request().isEmpty()); // TCP was up and the request went out
    QVERIFY(QTest::qWaitFor([&] { return h.server.clientDisconnected(); }, 3000));
    QCOMPARE(h.server.bytesFromClient(), qint64(h.server.request().size()));
    FW_VERIFY_STOPPED_ONCE(h);
}

void TestFaults::trickledHandshakeStillConnects()
{
    Harness h;
    h.server.setSplitWrites(true); // the 101 answer arrives one byte per segment
    QVERIFY(h.open());
    QCOMPARE(h.channel.state(), WebSocketChannel::State::Open);
    QCOMPARE(h.responses.size(), 1);
    QCOMPARE(h.responses.first().statusCode, 101);
}

void TestFaults::handshakeTrickledTooSlowlyTimesOut()
{
    Harness h;
    h.server.setHandshake(RawServer::Handshake::Never);
    QCOMPARE(h.channel.setOpenTimeout(800), ChannelError::None);
    QCOMPARE(h.channel.asyncOpen(h.server.url()), ChannelError::None);
    QVERIFY(QTest::qWaitFor([&] { return !h.server.request().isEmpty(); }, 5000));
    // Bytes keep coming, but the answer is never complete: received bytes do not extend the timeout.
    h.server.sendSlowly("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n", 1, 100);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(h.waitStopped(5000));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(h.status().reason, StopReason::OpenTimeout);
    QVERIFY(!h.started());
    FW_VERIFY_STOPPED_ONCE(h);
}

void TestFaults::serverNeverAnswersOurClose()
{
    Harness h;
    h.server.setEchoClose(false);
    QCOMPARE(h.channel.setCloseTimeout(500), ChannelError::None);
    QVERIFY(h.open());
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(h.channel.close(1000, QStringLiteral("bye")), ChannelError::None);
    QCOMPARE(h.channel.state(), WebSocketChannel::State::Closing);
    QVERIFY(h.waitClientFrames(1));
    QCOMPARE(h.clientClose().closeCode(), quint16(1000));
    QCOMPARE(h.clientClose().closeReason(), QByteArray("bye"));
    QCOMPARE(h.stops, 0);
    QVERIFY(h.waitStopped(5000));
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed >= 450 && elapsed < 2000, qPrintable(QString::number(elapsed)));
    QCOMPARE(h.status().reason, StopReason::CloseTimeout);
    QVERIFY(h.status().closeFrameSent);
    QCOMPARE(h.status().closeCodeSent, quint16(1000));
    QVERIFY(!h.status().closeFrameReceived);
    QCOMPARE(h.finalClientOpcodes(), QList<quint8>({ 0x8 }));
    FW_VERIFY_STOPPED_ONCE(h);
    QVERIFY(h.server.clientDisconnected());
}

void TestFaults::silentServerFailsKeepalive()
{
    Harness h;
    QCOMPARE(h.channel.setPingInterval(1), ChannelError::None);
    QCOMPARE(h.channel.setPingTimeout(1), ChannelError::None);
    QVERIFY(h.open());
    QElapsedTimer timer;
    timer.start();
    QVERIFY(h.waitClientFrames(1, 5000));
    const qint64 pingAt = timer.elapsed();
    QVERIFY2(pingAt >= 800 && pingAt < 2000, qPrintable(QString::number(pingAt)));
    QCOMPARE(h.server.clientFrames().first().opcode, quint8(0x9)); // the server saw the keepalive ping
    QVERIFY(h.server.clientFrames().first().masked);
    QCOMPARE(h.stops, 0);
    QVERIFY(h.waitStopped(5000));
    const qint64 stoppedAt = timer.elapsed();
    QVERIFY2(stoppedAt >= 1800 && stoppedAt < 3500, qPrintable(QString::number(stoppedAt)));
    QCOMPARE(h.status().reason, StopReason::PingTimeout);
    QCOMPARE(h.status().closeCodeSent, quint16(1002));
    QCOMPARE(h.status().closeCodeReceived, quint16(1006));
    FW_VERIFY_STOPPED_ONCE(h);
    // The status says a 1002 Close went out: it is on the wire, after the ping.
    QCOMPARE(h.finalClientOpcodes(), QList<quint8>({ 0x9, 0x8 }));
    QCOMPARE(h.clientClose().closeCode(), quint16(1002));
}

void TestFaults::answeringServerStaysAlive()
{
    Harness h;
    h.server.setAnswerPings(true);
    QCOMPARE(h.channel.setPingInterval(1), ChannelError::None);
    QCOMPARE(h.channel.setPingTimeout(1), ChannelError::None);
    QVERIFY(h.open());
    QTest::qWait(3500); // the property under test is that nothing happens for this long
    QCOMPARE(h.channel.state(), WebSocketChannel::State::Open);
    QCOMPARE(h.stops, 0);
    int pings = 0;
    for (const auto &frame : h.server.clientFrames())
        pings += frame.opcode == 0x9 ? 1 : 0;
    QVERIFY2(pings >= 2, qPrintable(QString::number(pings)));
    QCOMPARE(h.pongs.size(), pings);
    for (const auto &pong : h.pongs)
        QVERIFY(pong.second >= 0); // keepalive pongs report their round trip
    QCOMPARE(h.channel.close(1000), ChannelError::None);
    QVERIFY(h.waitStopped());
    QCOMPARE(h.status().reason, StopReason::Ok);
    FW_VERIFY_STOPPED_ONCE(h);
}

void TestFaults::frameAnnouncingHugeLengthIsTooLarge()
{
    Harness h;
    QCOMPARE(h.channel.maxMessageSize(), qint64(1) << 30);
    QVERIFY(h.open());
    const qint64 heapBefore = Harness::heapBytes();
    h.server.send(RawServer::header(0x2, quint64(1) << 62) + QByteArray(100, 'x'));
    QVERIFY(h.waitStopped());
    QVERIFY2(
        Harness::heapBytes() - heapBefore < 16 * MiB, qPrintable(QString::number(Harness::heapBytes() - heapBefore)));
    QCOMPARE(h.clientClose().closeCode(), quint16(1009));
    QCOMPARE(h.finalClientOpcodes(), QList<quint8>({ 0x8 }));
    QCOMPARE(h.status().reason, StopReason::MessageTooLarge);
    QCOMPARE(h.status().closeCodeSent, quint16(1009));
    QVERIFY(h.binaries.isEmpty());
    FW_VERIFY_STOPPED_ONCE(h);
}

void TestFaults::announcedLengthIsNotPreallocated()
{
    // A header announcing 512 MiB (under the 1 GiB limit) followed by a trickle must not make the
    // client reserve the announced size: memory follows what actually arrived.
    Harness h;
    QVERIFY(h.open());
    const qint64 received = h.channel.bytesReceived();
    const qint64 heapBefore = Harness::heapBytes();
    h.server.send(RawServer::header(0x2, quint64(512) * MiB) + QByteArray(1000, 'x'));
    QVERIFY(QTest::qWaitFor([&] { return h.channel.bytesReceived() >= received + 1010; }, 5000));
    QTest::qWait(20);
    const qint64 growth = Harness::heapBytes() - heapBefore;
    QVERIFY2(growth < 16 * MiB, qPrintable(QString::number(growth)));
    QCOMPARE(h.channel.state(), WebSocketChannel::State::Open);
    h.server.abortTcp();
    QVERIFY(h.waitStopped());
    QCOMPARE(h.status().reason, StopReason::ConnectionLost);
    FW_VERIFY_STOPPED_ONCE(h);
}

void TestFaults::messageLimit_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<bool>("tooLarge");
    const QByteArray part(500, 'a');
    const QByteArray fourParts = RawServer::frame(0x2, part, false) + RawServer::frame(0x0, part, false)
        + RawServer::frame(0x0, part, false) + RawServer::frame(0x0, part, true);
    QTest::newRow("2000 bytes binary in 4 fragments") << fourParts << true;
    QByteArray text = fourParts;
    text[0] = char(0x01); // the same as text
    QTest::newRow("2000 bytes text in 4 fragments") << text << true;
    QTest::newRow("3 fragments of 4, then nothing")
        << RawServer::frame(0x2, part, false) + RawServer::frame(0x0, part, false) + RawServer::frame(0x0, part, false)
        << true;
    QTest::newRow("header announcing 1001 bytes, then nothing") << RawServer::header(0x2, 1001) << true;
    QTest::newRow("exactly 1000 bytes in 2 fragments")
        << RawServer::frame(0x2, part, false) + RawServer::frame(0x0, part, true) << false;
}

void TestFaults::messageLimit()
{
    QFETCH(QByteArray, wire);
    QFETCH(bool, tooLarge);
    Harness h;
    QCOMPARE(h.channel.setMaxMessageSize(1000), ChannelError::None);
    QCOMPARE(h.channel.maxMessageSize(), qint64(1000));
    QVERIFY(h.open());
    h.server.send(wire);
    if (!tooLarge) {
        QVERIFY(QTest::qWaitFor([&] { return h.binaries.size() == 1; }, 5000));
        QCOMPARE(h.binaries.first(), QByteArray(1000, 'a'));
        QCOMPARE(h.channel.state(), WebSocketChannel::State::Open);
        return;
    }
    QVERIFY(h.waitStopped(5000));
    QCOMPARE(h.clientClose().closeCode(), quint16(1009));
    QCOMPARE(h.finalClientOpcodes(), QList<quint8>({ 0x8 }));
    QCOMPARE(h.status().reason, StopReason::MessageTooLarge);
    QCOMPARE(h.status().closeCodeSent, quint16(1009));
    QVERIFY(h.binaries.isEmpty() && h.texts.isEmpty());
    FW_VERIFY_STOPPED_ONCE(h);
}

void TestFaults::rejectionDoesNotWaitForServerToClose()
{
    Harness h;
    // The server keeps TCP open after its answer: the channel must not wait for it to close.
    h.server.setHandshake(RawServer::Handshake::Custom,
        "HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\nContent-Length: 7\r\n\r\ngo away");
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(h.channel.asyncOpen(h.server.url()), ChannelError::None);
    QVERIFY(h.waitStopped(5000));
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(h.status().reason, StopReason::HandshakeRejected);
    QCOMPARE(h.status().httpStatus, 403);
    QCOMPARE(h.responses.size(), 1);
    QCOMPARE(h.responses.first().body, QByteArray("go away"));
    QCOMPARE(h.channel.handshakeResponse().body, QByteArray("go away"));
    QVERIFY(!h.started());
    QVERIFY(QTest::qWaitFor([&] { return h.server.clientDisconnected(); }, 3000)); // the client hung up
    FW_VERIFY_STOPPED_ONCE(h);
}

void TestFaults::endlessHeaderBlockIsBounded()
{
    Harness h;
    h.server.setHandshake(RawServer::Handshake::EndlessHeaders);
    QCOMPARE(h.channel.setOpenTimeout(20000), ChannelError::None);
    const qint64 heapBefore = Harness::heapBytes();
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(h.channel.asyncOpen(h.server.url()), ChannelError::None);
    QVERIFY(h.waitStopped(10000));
    const qint64 growth = Harness::heapBytes() - heapBefore;
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(h.status().reason, StopReason::HandshakeInvalid);
    QVERIFY(!h.started());
    QVERIFY2(growth < 8 * MiB, qPrintable(QString::number(growth)));
    // The server really was still sending when the client gave up, and the client hung up.
    QVERIFY(h.server.bytesToClient() > 64 * 1024);
    QVERIFY(QTest::qWaitFor([&] { return h.server.clientDisconnected(); }, 3000));
    FW_VERIFY_STOPPED_ONCE(h);
}

void TestFaults::closeWhileConnectingSendsNothing_data()
{
    QTest::addColumn<bool>("afterRequest");
    QTest::newRow("before TCP is up") << false;
    QTest::newRow("waiting for the 101") << true;
}

void TestFaults::closeWhileConnectingSendsNothing()
{
    QFETCH(bool, afterRequest);
    Harness h;
    h.server.setHandshake(RawServer::Handshake::Never);
    QCOMPARE(h.channel.asyncOpen(h.server.url()), ChannelError::None);
    if (afterRequest)
        QVERIFY(QTest::qWaitFor([&] { return !h.server.request().isEmpty(); }, 5000));
    QCOMPARE(h.channel.close(1000), ChannelError::None);
    QCOMPARE(h.stops, 0); // never from inside a call
    QVERIFY(h.waitStopped());
    QCOMPARE(h.status().reason, StopReason::Aborted);
    QVERIFY(!h.status().closeFrameSent);
    QVERIFY(!h.started());
    QCOMPARE(h.channel.sendMsg(QStringLiteral("late")), ChannelError::Closing);
    FW_VERIFY_STOPPED_ONCE(h);
    // Nothing but (at most) the upgrade request ever reached the server.
    QCOMPARE(h.server.bytesFromClient(), qint64(h.server.request().size()));
    QVERIFY(h.server.clientFrames().isEmpty());
}

void TestFaults::abortWhileOpenStopsOnce()
{
    Harness h;
    QVERIFY(h.open());
    h.channel.abort();
    h.channel.abort();
    QCOMPARE(h.stops, 0); // never from inside a call
    QCOMPARE(h.channel.close(1000), ChannelError::Closing);
    QVERIFY(h.waitStopped());
    QCOMPARE(h.status().reason, StopReason::Aborted);
    QVERIFY(!h.status().closeFrameSent);
    FW_VERIFY_STOPPED_ONCE(h);
    QVERIFY(h.server.clientDisconnected());
    QVERIFY(h.server.clientFrames().isEmpty()); // no closing handshake
    h.channel.abort();
    QTest::qWait(50);
    QCOMPARE(h.stops, 1);
}

void TestFaults::settingsAfterOpenAreRefused()
{
    Harness h;
    QCOMPARE(h.channel.sendMsg(QStringLiteral("too early")), ChannelError::NotOpen);
    QCOMPARE(h.channel.asyncOpen(QUrl(QStringLiteral("http://127.0.0.1/"))), ChannelError::InvalidUri);
    QCOMPARE(h.channel.asyncOpen(QUrl(QStringLiteral("ws:///nohost"))), ChannelError::InvalidUri);
    QVERIFY(h.open());
    QCOMPARE(h.channel.asyncOpen(h.server.url()), ChannelError::AlreadyOpened);
    QCOMPARE(h.channel.setPingInterval(5), ChannelError::InProgress);
    QCOMPARE(h.channel.setPingTimeout(5), ChannelError::InProgress);
    QCOMPARE(h.channel.setOpenTimeout(5), ChannelError::InProgress);
    QCOMPARE(h.channel.setMaxMessageSize(5), ChannelError::InProgress);
    QCOMPARE(h.channel.setProtocols({ QStringLiteral("x") }), ChannelError::InProgress);
    QCOMPARE(h.channel.ping(QByteArray(126, 'x')), ChannelError::InvalidArgument);
    QCOMPARE(h.channel.sendMsg(QByteArray("\xff", 1)), ChannelError::InvalidArgument);
    QCOMPARE(h.server.connectionCount(), 1);
    QVERIFY(h.server.clientFrames().isEmpty()); // refused calls put nothing on the wire
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_channel_faults.moc"
