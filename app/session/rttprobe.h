// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Framewise {

class WebSocketChannel;

// Pings an open channel every interval, whatever the traffic. Keepalive pings only after a
// silence (the channel's contract, as in Firefox), so a chatty connection never has its
// round-trip time measured; this does measure it. Each ping carries "rtt-probe-N", so the log
// tells probes from keepalive and manual pings; its pong's RTT comes through the channel's
// pongReceived like any other. No pings while the channel is suspended: the pong would wait
// unread, and the RTT would measure the pause.
class RttProbe : public QObject {
    Q_OBJECT
public:
    static constexpr int MinIntervalS = 1;
    static constexpr int MaxIntervalS = 3600;
    static constexpr QByteArrayView PayloadPrefix = "rtt-probe-";

    explicit RttProbe(QObject *parent = nullptr);

    // Pings channel every intervalS seconds from its started() (or now, when it is open already)
    // until it leaves the Open state. intervalS 0 stops probing.
    void start(WebSocketChannel *channel, int intervalS);
    void stop();
    int intervalS() const { return m_intervalS; }
    quint64 sentCount() const { return m_sequence; }

    static bool isProbePayload(QByteArrayView payload) { return payload.startsWith(PayloadPrefix); }

Q_SIGNALS:
    void pingSent(const QByteArray &payload);

private:
    void onTimeout();

    QPointer<WebSocketChannel> m_channel;
    QTimer m_timer;
    int m_intervalS = 0;
    quint64 m_sequence = 0;
};

} // namespace Framewise
