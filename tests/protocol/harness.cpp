// SPDX-License-Identifier: GPL-3.0-or-later
#include "harness.h"

#include <malloc.h>

namespace Framewise {

Harness::Harness()
{
    QObject::connect(&channel, &WebSocketChannel::started, [this] { events << QStringLiteral("started"); });
    QObject::connect(&channel, &WebSocketChannel::messageAvailable, [this](const QByteArray &m) {
        events << QStringLiteral("text");
        texts << m;
    });
    QObject::connect(&channel, &WebSocketChannel::binaryMessageAvailable, [this](const QByteArray &m) {
        events << QStringLiteral("binary");
        binaries << m;
    });
    QObject::connect(&channel, &WebSocketChannel::serverClosed, [this](quint16 code, const QString &reason) {
        events << QStringLiteral("serverClosed");
        serverCloses.append({ code, reason });
    });
    QObject::connect(&channel, &WebSocketChannel::errorOccurred, [this] { events << QStringLiteral("error"); });
    QObject::connect(&channel, &WebSocketChannel::stopped, [this](const StopStatus &status) {
        events << QStringLiteral("stopped");
        stopStatuses << status;
        ++stops;
    });
    QObject::connect(&channel, &WebSocketChannel::pingReceived, [this](const QByteArray &p) { pings << p; });
    QObject::connect(&channel, &WebSocketChannel::pongReceived, [this](const QByteArray &p, qint64 rtt) {
        pongs.append({ p, rtt });
    });
    QObject::connect(
        &channel, &WebSocketChannel::handshakeResponseReceived, [this](const HandshakeResponse &r) { responses << r; });
}

bool Harness::open(int ms)
{
    if (channel.asyncOpen(server.url()) != ChannelError::None)
        return false;
    return QTest::qWaitFor([this] { return started() || stops > 0; }, ms) && started();
}

bool Harness::waitStopped(int ms)
{
    return QTest::qWaitFor([this] { return stops > 0; }, ms);
}

bool Harness::waitClientFrames(qsizetype count, int ms)
{
    return QTest::qWaitFor([this, count] { return server.clientFrames().size() >= count; }, ms);
}

RawServer::ClientFrame Harness::clientClose() const
{
    const auto find = [this]() -> qsizetype {
        for (qsizetype i = 0; i < server.clientFrames().size(); ++i) {
            if (server.clientFrames().at(i).opcode == 0x8)
                return i;
        }
        return -1;
    };
    [[maybe_unused]] const bool arrived = find() >= 0 || QTest::qWaitFor([&find] { return find() >= 0; }, 5000);
    const qsizetype index = find();
    return index >= 0 ? server.clientFrames().at(index) : RawServer::ClientFrame();
}

QList<quint8> Harness::finalClientOpcodes() const
{
    [[maybe_unused]] const bool gone
        = server.clientDisconnected() || QTest::qWaitFor([this] { return server.clientDisconnected(); }, 5000);
    return server.clientOpcodes();
}

QString Harness::stopIssue() const
{
    if (stops == 0 && !QTest::qWaitFor([this] { return stops > 0; }, 10000))
        return QStringLiteral("stopped() never came");
    // Once the client's TCP end reached the server the channel has nothing left to do; give a
    // stray second stopped() a moment to show up.
    if (server.connectionCount() > 0 && !QTest::qWaitFor([this] { return server.clientDisconnected(); }, 5000))
        return QStringLiteral("the client never closed its TCP connection after stopped()");
    QTest::qWait(50);
    if (stops != 1)
        return QStringLiteral("stopped() came %1 times; events: %2").arg(stops).arg(events.join(u' '));
    if (events.last() != QStringLiteral("stopped"))
        return QStringLiteral("stopped() was not the last event: %1").arg(events.join(u' '));
    const StopStatus &signalled = stopStatuses.first();
    const StopStatus current = channel.stopStatus();
    if (signalled.reason != current.reason || signalled.closeCodeSent != current.closeCodeSent
        || signalled.closeCodeReceived != current.closeCodeReceived)
        return QStringLiteral("stopStatus() (%1) differs from the status stopped() carried (%2)")
            .arg(StopStatus::reasonName(current.reason), StopStatus::reasonName(signalled.reason));
    if (channel.state() != WebSocketChannel::State::Closed)
        return QStringLiteral("state() is not Closed after stopped()");
    return {};
}

qint64 Harness::heapBytes()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks) + qint64(info.hblkhd);
}

} // namespace Framewise
