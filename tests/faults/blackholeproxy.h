// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace Framewise {

// A TCP proxy on 127.0.0.1 in front of a real server, for half-open connections: while forwarding
// it passes bytes both ways; once forwarding stops it keeps both connections open and silently
// drops what either side sends, as a dead NAT entry or a pulled cable would. One client at a time.
class BlackholeProxy : public QObject {
    Q_OBJECT
public:
    explicit BlackholeProxy(quint16 targetPort, QObject *parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path = QStringLiteral("/")) const;
    void setForwarding(bool on) { m_forwarding = on; }
    bool isForwarding() const { return m_forwarding; }
    // Both legs are still connected (neither side saw a FIN or a reset from the proxy).
    bool bothConnected() const;
    qint64 droppedFromClient() const { return m_droppedFromClient; }
    qint64 droppedFromServer() const { return m_droppedFromServer; }
    int connections() const { return m_connections; }

private:
    void onNewConnection();
    void pass(QTcpSocket *from, QTcpSocket *to, qint64 *dropped);

    QTcpServer m_server;
    QPointer<QTcpSocket> m_client;
    QPointer<QTcpSocket> m_upstream;
    quint16 m_targetPort;
    bool m_forwarding = true;
    qint64 m_droppedFromClient = 0;
    qint64 m_droppedFromServer = 0;
    int m_connections = 0;
};

} // namespace Framewise
