// SPDX-License-Identifier: GPL-3.0-or-later
// Faults of the process and the path behind a live Session: the server process SIGKILLed in the
// middle of a message, and a half-open connection (a proxy that stops forwarding both ways
// without closing) that only keepalive can notice. And the opposite of a dead peer: a channel that
// stops reading on purpose (suspend, as a recording that falls behind does) must not take its own
// silence for one, and must lose nothing.
#include "blackholeproxy.h"
#include "faultserver.h"
#include "peerprocess.h"
#include "session.h"
#include "streammessages.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Framewise;

namespace {
QList<QByteArray> receivedTexts(const SessionLog &log)
{
    QList<QByteArray> texts;
    for (qsizetype i = 0; i < log.size(); ++i) {
        const MessageRecord &record = log.at(i);
        if (record.direction == MessageRecord::Direction::In && record.kind == MessageRecord::Kind::Text)
            texts.append(log.payload(i));
    }
    return texts;
}
} // namespace

class TestFaultsProcesses : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void serverKilledMidMessage_data();
    void serverKilledMidMessage();
    void halfOpenConnectionFailsKeepalive();
    void suspendedChannelLosesNothing();
    void peerClosingWhileSuspendedIsNoticedOnResume();
};

void TestFaultsProcesses::serverKilledMidMessage_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("between fragments") << QStringLiteral("kill-fragment");
    QTest::newRow("inside a 1 MiB frame") << QStringLiteral("kill-frame");
}

void TestFaultsProcesses::serverKilledMidMessage()
{
    QFETCH(QString, mode);
    constexpr int Before = 50;
    FaultServer server({ QStringLiteral("--mode"), mode, QStringLiteral("--messages"), QString::number(Before) });
    QVERIFY2(server.waitForPort(), qPrintable(server.errorString()));
    Session session;
    ConnectionSettings settings;
    settings.url = server.url();
    QCOMPARE(session.open(settings), ChannelError::None);
    QVERIFY2(server.waitForLines(QStringLiteral("MIDMESSAGE"), 1, 10000), qPrintable(server.errorOutput()));
    QTRY_COMPARE_WITH_TIMEOUT(receivedTexts(session.log()).size(), qsizetype(Before), 5000);
    // The half message is on its way (written and drained by the server): give loopback a moment.
    const qint64 received = session.channel()->bytesReceived();
    QTest::qWait(100);
    QVERIFY(session.channel()->bytesReceived() >= received);
    QCOMPARE(session.state(), WebSocketChannel::State::Open);

    QElapsedTimer sinceKill;
    sinceKill.start();
    server.kill();
    QTRY_VERIFY_WITH_TIMEOUT(session.hasStopped(), 1000);
    const qint64 stoppedAfter = sinceKill.elapsed();
    qDebug("stopped %lld ms after SIGKILL", stoppedAfter);
    QVERIFY2(stoppedAfter < 1000, qPrintable(QString::number(stoppedAfter)));

    const StopStatus status = session.lastStopStatus();
    QCOMPARE(status.reason, StopReason::ConnectionLost);
    QCOMPARE(status.closeCodeReceived, quint16(CloseCode::Abnormal));
    QVERIFY(!status.closeFrameReceived);
    QVERIFY(!status.isClean());
    QVERIFY2(!status.message().isEmpty(), "the stop is explained in words");
    QCOMPARE(session.state(), WebSocketChannel::State::Closed);
    // Everything received before the kill is kept, in order; the half message is not a message.
    const QList<QByteArray> texts = receivedTexts(session.log());
    QCOMPARE(texts.size(), qsizetype(Before));
    for (int i = 0; i < Before; ++i)
        QCOMPARE(texts.at(i), QByteArray("before ") + QByteArray::number(i));
    for (qsizetype i = 0; i < session.log().size(); ++i)
        QVERIFY(session.log().at(i).kind != MessageRecord::Kind::Binary);
    QCOMPARE(session.totals().messagesIn, qint64(Before));
}

void TestFaultsProcesses::halfOpenConnectionFailsKeepalive()
{
    constexpr int PingIntervalS = 1;
    constexpr int PingTimeoutS = 2;
    PeerProcess peer(PeerProcess::Kind::Python);
    QVERIFY2(peer.isRunning(), qPrintable(peer.errorString()));
    BlackholeProxy proxy(peer.port());
    QVERIFY(proxy.listen());
    Session session;
    ConnectionSettings settings;
    settings.url = proxy.url();
    settings.pingIntervalS = PingIntervalS;
    settings.pingTimeoutS = PingTimeoutS;
    QCOMPARE(session.open(settings), ChannelError::None);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), WebSocketChannel::State::Open, 10000);
    QCOMPARE(session.sendText(QStringLiteral("through the proxy")), ChannelError::None);
    QTRY_COMPARE_WITH_TIMEOUT(receivedTexts(session.log()), QList<QByteArray> { "through the proxy" }, 5000);
    // Keepalive works through the proxy while it forwards: an idle second brings a ping and its pong.
    QTRY_VERIFY_WITH_TIMEOUT(!session.rttSamples().empty(), 5000);
    QVERIFY(!session.hasStopped());

    QElapsedTimer sinceCut;
    sinceCut.start();
    proxy.setForwarding(false);
    const int boundMs = (PingIntervalS + PingTimeoutS + 1) * 1000;
    QTRY_VERIFY_WITH_TIMEOUT(session.hasStopped(), boundMs);
    const qint64 stoppedAfter = sinceCut.elapsed();
    qDebug("half-open connection detected %lld ms after the proxy went silent", stoppedAfter);
    QVERIFY2(stoppedAfter <= boundMs, qPrintable(QString::number(stoppedAfter)));
    // Not before the ping had its full timeout: silence alone is not a failure.
    QVERIFY2(stoppedAfter >= PingTimeoutS * 1000 - 50, qPrintable(QString::number(stoppedAfter)));

    const StopStatus status = session.lastStopStatus();
    QCOMPARE(status.reason, StopReason::PingTimeout);
    QVERIFY2(status.message().contains(QStringLiteral("keepalive ping")), qPrintable(status.message()));
    QVERIFY2(status.detail.contains(QStringLiteral("No answer for 2 s")), qPrintable(status.detail));
    QCOMPARE(status.closeCodeSent, quint16(CloseCode::ProtocolError));
    QCOMPARE(status.closeCodeReceived, quint16(CloseCode::Abnormal));
    // The keepalive ping (and the Close) went into the black hole; the server's leg never closed.
    QVERIFY(proxy.droppedFromClient() > 0);
    QCOMPARE(proxy.connections(), 1);
    QCOMPARE(receivedTexts(session.log()).size(), qsizetype(1));
}

void TestFaultsProcesses::suspendedChannelLosesNothing()
{
    FaultServer server(
        { QStringLiteral("--mode"), QStringLiteral("stream"), QStringLiteral("--rate"), QStringLiteral("20000") });
    QVERIFY2(server.waitForPort(), qPrintable(server.errorString()));
    WebSocketChannel channel;
    QCOMPARE(channel.setPingInterval(1), ChannelError::None);
    QCOMPARE(channel.setPingTimeout(1), ChannelError::None);
    StreamMessages stream;
    QString problem;
    connect(&channel, &WebSocketChannel::messageAvailable, this, [&](const QByteArray &text) {
        if (!stream.accept(text) && problem.isEmpty())
            problem = stream.problem();
    });
    QSignalSpy stopped(&channel, &WebSocketChannel::stopped);
    QCOMPARE(channel.asyncOpen(server.url()), ChannelError::None);
    QTRY_VERIFY_WITH_TIMEOUT(stream.next() >= 2000, 10000);

    channel.suspend();
    QVERIFY(channel.isSuspended());
    const qint64 messagesAtSuspend = stream.next();
    const qint64 bytesAtSuspend = channel.bytesReceived();
    // Three keepalive periods of silence (interval 1 s, timeout 1 s): not read, not a dead peer.
    QTest::qWait(3500);
    QCOMPARE(stream.next(), messagesAtSuspend);
    QCOMPARE(channel.bytesReceived(), bytesAtSuspend);
    QVERIFY2(stopped.isEmpty(), stopped.isEmpty() ? "" : qPrintable(channel.stopStatus().message()));
    QCOMPARE(channel.state(), WebSocketChannel::State::Open);

    channel.resume();
    QVERIFY(!channel.isSuspended());
    // What waited in the socket buffers comes first, then the stream goes on: every sequence number.
    QTRY_VERIFY_WITH_TIMEOUT(stream.next() >= messagesAtSuspend + 20000, 15000);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(stopped.isEmpty());

    // Suspensions nest: reading resumes with the last resume().
    channel.suspend();
    channel.suspend();
    channel.resume();
    QVERIFY(channel.isSuspended());
    const qint64 bytesWhileNested = channel.bytesReceived();
    QTest::qWait(300);
    QCOMPARE(channel.bytesReceived(), bytesWhileNested);

    // Closing while suspended reads again (the server's Close must come through) and ends cleanly.
    QCOMPARE(channel.close(CloseCode::Normal, QStringLiteral("done")), ChannelError::None);
    QVERIFY(!channel.isSuspended());
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 10000);
    const StopStatus status = channel.stopStatus();
    QVERIFY2(status.isClean(), qPrintable(status.message()));
    QCOMPARE(status.closeCodeReceived, quint16(CloseCode::Normal));
    channel.resume(); // the other suspend(): harmless after the end
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    qDebug("%lld messages, all in order; %lld before the suspension", stream.next(), messagesAtSuspend);
}

// A plain socket reads straight from the kernel (unbuffered): while suspended it stops watching
// the socket altogether, so a peer that hangs up meanwhile, with nothing left to read, is seen
// only when resume() reads again.
void TestFaultsProcesses::peerClosingWhileSuspendedIsNoticedOnResume()
{
    QWebSocketServer server(QStringLiteral("test"), QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QPointer<QWebSocket> peer;
    connect(&server, &QWebSocketServer::newConnection, this, [&] {
        peer = server.nextPendingConnection();
        peer->setParent(&server);
    });
    WebSocketChannel channel;
    QSignalSpy started(&channel, &WebSocketChannel::started);
    QSignalSpy stopped(&channel, &WebSocketChannel::stopped);
    QCOMPARE(
        channel.asyncOpen(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(server.serverPort()))), ChannelError::None);
    QVERIFY(started.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(peer, 10000);
    channel.suspend();
    peer->abort(); // TCP ends without a Close frame
    QTest::qWait(500);
    QVERIFY(stopped.isEmpty()); // not read while suspended
    channel.resume();
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 5000);
    QCOMPARE(channel.stopStatus().reason, StopReason::ConnectionLost);
}

QTEST_GUILESS_MAIN(TestFaultsProcesses)
#include "tst_faults_processes.moc"
