// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace Framewise {

// A fast WebSocket server for the recording tests, written from RFC 6455 without the channel's
// code: after the handshake it sends text messages "flood <n>" (n = 0, 1, 2, ...) as fast as the
// socket takes them, until limit messages went out or the client goes away. It answers a Close
// with a Close.
class FloodServer : public QObject {
    Q_OBJECT
public:
    explicit FloodServer(qint64 limit = -1, QObject *parent = nullptr);
    bool listen();
    QUrl url() const;
    qint64 sent() const { return m_sent; }
    static QByteArray messageText(qint64 n);

private:
    void onNewConnection();
    void onReadyRead();
    void pump();

    QTcpServer m_server;
    QTcpSocket *m_socket = nullptr;
    QByteArray m_request;
    bool m_upgraded = false;
    bool m_closing = false;
    qint64 m_limit;
    qint64 m_sent = 0;
};

} // namespace Framewise
