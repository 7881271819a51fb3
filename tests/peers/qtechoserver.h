// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QWebSocketServer>

class QWebSocket;

namespace Framewise {

// Qt's QWebSocketServer (plain ws, 127.0.0.1, any free port) as an in-process test peer with the
// same commands as python_peer.py and node_peer.js: echo, !headers, !close CODE REASON,
// !ping PAYLOAD (answers "pong-ok" when the pong arrives), !send-binary N; it records a
// `CLOSED code reason` line per connection that ends. Qt's server does not do permessage-deflate.
class QtEchoServer : public QObject {
    Q_OBJECT
public:
    explicit QtEchoServer(const QStringList &subprotocols = {}, QObject *parent = nullptr);
    ~QtEchoServer() override;

    bool isListening() const { return m_server.isListening(); }
    QString errorString() const { return m_server.errorString(); }
    quint16 port() const { return m_server.serverPort(); }
    // ws://127.0.0.1:port + pathAndQuery ("/" when empty).
    QUrl url(const QString &pathAndQuery = QStringLiteral("/")) const;
    QString output() const { return m_output; }
    void clearOutput() { m_output.clear(); }
    // Waits (running the event loop) until the output contains text.
    bool waitForOutput(const QString &text, int ms = 10000);

private:
    void onNewConnection();
    void onTextMessage(QWebSocket *socket, const QString &text);

    QWebSocketServer m_server;
    QString m_output;
};

} // namespace Framewise
