// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

class QWebSocket;
class QWebSocketServer;

namespace Framewise {

// The built-in server: a QWebSocketServer on 127.0.0.1 that echoes every text and binary
// message with the same type, and optionally sends a periodic text message, so Framewise has
// something to talk to without any network.
class LocalEchoServer : public QObject {
    Q_OBJECT
public:
    explicit LocalEchoServer(QObject *parent = nullptr);
    ~LocalEchoServer() override;

    // Listens on 127.0.0.1:port (0: any free port). On failure returns false and errorString()
    // says why (e.g. the port is in use). Starting a running server does nothing.
    bool start(quint16 port = 0);
    // Drops every client and stops listening.
    void stop();
    bool isListening() const;
    quint16 port() const; // 0 when not listening
    QUrl url() const; // ws://127.0.0.1:PORT/
    QString errorString() const { return m_error; }
    int connectionCount() const { return int(m_clients.size()); } // clients connected now
    qint64 totalConnections() const { return m_totalConnections; } // clients accepted since construction
    qint64 messagesEchoed() const { return m_echoed; }
    // Every intervalMs, sends text to every client; 0 turns it off (the default).
    void setPeriodicMessage(int intervalMs, const QString &text);
    int periodicInterval() const { return m_periodic.isActive() ? m_periodic.interval() : 0; }

Q_SIGNALS:
    void clientConnected();
    void clientDisconnected();

private:
    void acceptPending();

    QWebSocketServer *m_server;
    QList<QWebSocket *> m_clients;
    QTimer m_periodic;
    QString m_periodicText;
    QString m_error;
    qint64 m_echoed = 0;
    qint64 m_totalConnections = 0;
};

} // namespace Framewise
