// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAbstractSocket;

namespace Framewise {

// Copies bytes both ways between two connected sockets until both have closed: a CONNECT tunnel
// to a host that is not intercepted, or a forwarded HTTP request and its response. Memory stays
// bounded whatever the sizes: a side whose peer has HighWaterBytes waiting to be sent is not read
// (its socket buffers at most ReadBufferBytes) until those drain below LowWaterBytes, so TCP holds
// the sender back. When one side closes, what it sent still reaches the other, which is then
// closed too.
class ProxyTunnel : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 HighWaterBytes = qint64(1024) * 1024;
    static constexpr qint64 LowWaterBytes = qint64(256) * 1024;
    static constexpr qint64 ReadBufferBytes = qint64(256) * 1024;

    // Both sockets become children of the tunnel.
    ProxyTunnel(QAbstractSocket *client, QAbstractSocket *server, QObject *parent = nullptr);
    ~ProxyTunnel() override;

    qint64 bytesToServer() const { return m_toServer; }
    qint64 bytesToClient() const { return m_toClient; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished(); // both sides are closed (or one failed and the other was cut)

private:
    void pump(QAbstractSocket *from, QAbstractSocket *to, bool drainAll = false);
    void onClosed(QAbstractSocket *closed);
    void checkFinished();
    qint64 &counterFor(const QAbstractSocket *from) { return from == m_client ? m_toServer : m_toClient; }

    QPointer<QAbstractSocket> m_client;
    QPointer<QAbstractSocket> m_server;
    qint64 m_toServer = 0;
    qint64 m_toClient = 0;
    bool m_finished = false;
};

} // namespace Framewise
