// SPDX-License-Identifier: GPL-3.0-or-later
// Faults: refused connections, TCP cut mid-frame, servers that never answer the handshake or our
// Close, silence under keepalive, absurd frame lengths, endless headers, and cancelling.
#include "harness.h"

#include <QElapsedTimer>

using namespace Framewise;

class TestFaults : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void connectionRefused();
    void hostNotFound();
    void tcpClosedMidFrameIsAbnormal();
    void serverNeverAnswersHandshake();
    void trickledHandshakeStillConnects();
    void handshakeTrickledTooSlowlyTimesOut();
    void serverNeverAnswersOurClose();
    void silentServerFailsKeepalive();
    void answeringServerStaysAlive();
    void frameAnnouncingHugeLengthIsTooLarge();
    void fragmentsOverMessageLimitAreTooLarge();
    void rejectionDoesNotWaitForServerToClose();
    void endlessHeaderBlockIsBounded();
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
    WebSocketChannel channel;
    QSignalSpy started(&channel, &WebSocketChannel::started);
    QSignalSpy stopped(&channel, &WebSocketChannel::stopped);
    QCOMPARE(channel.asyncOpen(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port))), ChannelError::None);
    QVERIFY(stopped.wait(10000));
    QCOMPARE(stopped.size(), 1);
    QCOMPARE(started.size(), 0);
    QCOMPARE(stopped.first().first().value<StopStatus>().reason, StopReason::ConnectionRefused);
}

void TestFaults::hostNotFound()
{
    WebSocketChannel channel;
    QSignalSpy stopped(&channel, &WebSocketChannel::stopped);
    // .invalid never resolves (RFC 2606); the lookup fails locally without network.
    QCOMPARE(channel.asyncOpen(QUrl(QStringLiteral("ws://framewise-test.invalid/"))), ChannelError::None);
    QVERIFY(stopped.wait(20000));
    QCOMPARE(stopped.first().first().value<StopStatus>().reason, StopReason::HostNotFound);
}

void TestFaults::tcpClosedMidFrameIsAbnormal()
{
    Harness h;
    QVERIFY(h.open());
    h.server.send(RawServer::frame(0x1, "complete") + RawServer::frame(0x1, QByteArray(1000, 'x')).left(300));
    QVERIFY(QTest::qWaitFor([&] { return h.texts.size() == 1; }, 5000));
    h.server.abortTcp();
    QElapsedTimer timer;
    timer.start();
    QVERIFY(h.waitStopped(5000));
    QVERIFY(timer.elapsed() < 1000);
    QCOMPARE(h.texts, QList<QByteArray>({ QByteArray("complete") }));
    QCOMPARE(h.status().reason, StopReason::ConnectionLost);
    QCOMPARE(h.status().closeCodeReceived, quint16(1006));
    QVERIFY(h.stoppedLastAndOnce());
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
    QVERIFY(timer.elapsed() >= 450 && timer.elapsed() < 2500);
    QCOMPARE(h.status().reason, StopReason::OpenTimeout);
    QVERIFY(!h.events.contains(QStringLiteral("started")));
}

void TestFaults::trickledHandshakeStillConnects()
{
    Harness h;
    h.server.setHandshake(RawServer::Handshake::Never);
    QCOMPARE(h.channel.asyncOpen(h.server.url()), ChannelError::None);
    QVERIFY(QTest::qWaitFor([&] { return !h.server.request().isEmpty(); }, 5000));
    const QByteArray key = h.server.requestHeader("Sec-WebSocket-Key");
    const QByteArray accept
        = QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"), QCryptographicHash::Sha1)
              .toBase64();
    h.server.sendSlowly("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                        "Sec-WebSocket-Accept: "
            + accept + "\r\n\r\n",
        4, 5);
    QVERIFY(QTest::qWaitFor([&] { return h.events.contains(QStringLiteral("started")); }, 10000));
}

void TestFaults::handshakeTrickledTooSlowlyTimesOut()
{
    Harness h;
    h.server.setHandshake(RawServer::Handshake::Never);
    QCOMPARE(h.channel.setOpenTimeout(800), ChannelError::None);
    QCOMPARE(h.channel.asyncOpen(h.server.url()), ChannelError::None);
    QVERIFY(QTest::qWaitFor([&] { return !h.server.request().isEmpty(); }, 5000));
    h.server.sendSlowly("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n", 1, 100);
    QVERIFY(h.waitStopped(5000));
    QCOMPARE(h.status().reason, StopReason::OpenTimeout);
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
    QVERIFY(h.waitStopped(5000));
    QVERIFY(timer.elapsed() >= 450 && timer.elapsed() < 2500);
    QCOMPARE(h.status().reason, StopReason::CloseTimeout);
    QCOMPARE(h.clientClose().closeCode(), quint16(1000));
    QCOMPARE(h.clientClose().payload.mid(2), QByteArray("bye"));
    QVERIFY(h.status().closeFrameSent);
}

void TestFaults::silentServerFailsKeepalive()
{
    Harness h;
    QCOMPARE(h.channel.setPingInterval(1), ChannelError::None);
    QCOMPARE(h.channel.setPingTimeout(1), ChannelError::None);
    QVERIFY(h.open());
    QElapsedTimer timer;
    timer.start();
    QVERIFY(h.waitStopped(6000));
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed >= 1800 && elapsed < 3500, qPrintable(QString::number(elapsed)));
    QCOMPARE(h.status().reason, StopReason::PingTimeout);
    QVERIFY(!h.server.clientFrames().isEmpty());
    QCOMPARE(h.server.clientFrames().first().opcode, quint8(0x9)); // the keepalive ping went out
    QCOMPARE(h.status().closeCodeSent, quint16(1002));
    QCOMPARE(h.status().closeCodeReceived, quint16(1006));
}

void TestFaults::answeringServerStaysAlive()
{
    Harness h;
    h.server.setAnswerPings(true);
    QCOMPARE(h.channel.setPingInterval(1), ChannelError::None);
    QCOMPARE(h.channel.setPingTimeout(1), ChannelError::None);
    QVERIFY(h.open());
    QTest::qWait(3500);
    QCOMPARE(h.channel.state(), WebSocketChannel::State::Open);
    QCOMPARE(h.stops, 0);
    QVERIFY(h.pongs.size() >= 2);
    for (const auto &pong : h.pongs)
        QVERIFY(pong.second >= 0); // keepalive pongs report their round trip
}

void TestFaults::frameAnnouncingHugeLengthIsTooLarge()
{
    Harness h;
    QVERIFY(h.open());
    h.server.send(RawServer::frame(0x2, QByteArray(), true, 0, 2, quint64(1) << 62).left(10) + QByteArray(100, 'x'));
    QVERIFY(h.waitStopped());
    QCOMPARE(h.clientClose().closeCode(), quint16(1009));
    QCOMPARE(h.status().reason, StopReason::MessageTooLarge);
}

void TestFaults::fragmentsOverMessageLimitAreTooLarge()
{
    Harness h;
    QCOMPARE(h.channel.setMaxMessageSize(1000), ChannelError::None);
    QVERIFY(h.open());
    h.server.send(RawServer::frame(0x2, QByteArray(700, 'a'), false) + RawServer::frame(0x0, QByteArray(700, 'b')));
    QVERIFY(h.waitStopped());
    QCOMPARE(h.clientClose().closeCode(), quint16(1009));
    QCOMPARE(h.status().reason, StopReason::MessageTooLarge);
    QVERIFY(h.binaries.isEmpty());
}

void TestFaults::rejectionDoesNotWaitForServerToClose()
{
    Harness h;
    h.server.setHandshake(
        RawServer::Handshake::Custom, "HTTP/1.1 401 Unauthorized\r\nContent-Length: 12\r\n\r\nlog in first");
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(h.channel.asyncOpen(h.server.url()), ChannelError::None);
    QVERIFY(h.waitStopped(5000));
    QVERIFY(timer.elapsed() < 1000);
    QCOMPARE(h.status().reason, StopReason::HandshakeRejected);
    QCOMPARE(h.status().httpStatus, 401);
    QCOMPARE(h.channel.handshakeResponse().body, QByteArray("log in first"));
}

void TestFaults::endlessHeaderBlockIsBounded()
{
    Harness h;
    QByteArray endless = "HTTP/1.1 101 Switching Protocols\r\n";
    for (int i = 0; i < 20000; ++i)
        endless += "X-Padding-" + QByteArray::number(i) + ": yes\r\n";
    h.server.setHandshake(RawServer::Handshake::Custom, endless);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(h.channel.asyncOpen(h.server.url()), ChannelError::None);
    QVERIFY(h.waitStopped(5000));
    QVERIFY(timer.elapsed() < 3000);
    QCOMPARE(h.status().reason, StopReason::HandshakeInvalid);
    QVERIFY2(h.status().message().contains(QStringLiteral("KiB")), qPrintable(h.status().message()));
}

void TestFaults::closeWhileConnectingSendsNothing()
{
    Harness h;
    QCOMPARE(h.channel.asyncOpen(h.server.url()), ChannelError::None);
    QCOMPARE(h.channel.close(1000), ChannelError::None);
    QCOMPARE(h.stops, 0); // never inside a call
    QVERIFY(h.waitStopped());
    QCOMPARE(h.status().reason, StopReason::Aborted);
    QTest::qWait(200);
    QCOMPARE(h.server.bytesFromClient(), 0);
    QCOMPARE(h.events, QStringList({ QStringLiteral("error"), QStringLiteral("stopped") }));
}

void TestFaults::abortWhileOpenStopsOnce()
{
    Harness h;
    QVERIFY(h.open());
    h.channel.abort();
    h.channel.abort();
    QCOMPARE(h.channel.close(1000), ChannelError::Closing);
    QVERIFY(h.waitStopped());
    QTest::qWait(200);
    QCOMPARE(h.stops, 1);
    QCOMPARE(h.status().reason, StopReason::Aborted);
    QVERIFY(h.stoppedLastAndOnce());
    QVERIFY(QTest::qWaitFor([&] { return h.server.clientDisconnected(); }, 5000));
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
    QCOMPARE(h.channel.setProtocols({ QStringLiteral("x") }), ChannelError::InProgress);
    QCOMPARE(h.channel.ping(QByteArray(126, 'x')), ChannelError::InvalidArgument);
    QCOMPARE(h.channel.sendMsg(QByteArray("\xff", 1)), ChannelError::InvalidArgument);
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_channel_faults.moc"
