// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace Framewise {

// A small WebSocket echo server for these tests, written from RFC 6455 without the channel's code:
// it records every upgrade request, lets a test decide per request whether to answer it with its
// own HTTP response (401, ...) or to accept it (101 with WebSocketWire's accept key, not the channel's),
// then echoes text and binary frames and answers Close. Optionally TLS (QSslServer), where it
// records the client certificate each connection presented.
class RawWebSocketServer : public QObject {
    Q_OBJECT
public:
    struct Request {
        QByteArray requestLine;
        QByteArray method;
        QByteArray target;
        QList<QPair<QByteArray, QByteArray>> headers;

        QByteArray header(const QByteArray &name) const; // first match, case-insensitive, trimmed
        int headerCount(const QByteArray &name) const;
    };
    // An empty answer accepts the upgrade; anything else is a complete HTTP response that is sent
    // before the server closes the connection.
    using Gate = std::function<QByteArray(const Request &)>;

    explicit RawWebSocketServer(QObject *parent = nullptr);
    ~RawWebSocketServer() override;

    void setGate(Gate gate) { m_gate = std::move(gate); }
    // Before listen(): serve TLS with this configuration.
    void setSslConfiguration(const QSslConfiguration &configuration);
    bool listen();
    quint16 port() const;
    QUrl url(const QString &path) const;

    const QList<Request> &requests() const { return m_requests; }
    int connectionCount() const { return m_connections; } // for TLS: connections whose handshake completed
    int tlsFailureCount() const { return m_tlsFailures; }
    const QList<QSslCertificate> &clientCertificates() const { return m_clientCertificates; }
    const QList<QByteArray> &echoed() const { return m_echoed; }

    // "HTTP/1.1 <status> <reason>" + headers + Content-Length: 0 + Connection: close.
    static QByteArray httpResponse(int status, const QByteArray &reason, const QList<QByteArray> &headerLines);

Q_SIGNALS:
    void requestReceived();
    void messageEchoed(const QByteArray &payload);
    void tlsFailed();

private:
    struct Connection {
        QByteArray buffer;
        bool upgraded = false;
    };
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handleRequest(QTcpSocket *socket, Connection &connection);
    void handleFrames(QTcpSocket *socket, Connection &connection);

    std::unique_ptr<QTcpServer> m_server;
    QSslConfiguration m_sslConfiguration;
    bool m_secure = false;
    Gate m_gate;
    QHash<QTcpSocket *, Connection> m_sockets;
    QList<Request> m_requests;
    QList<QSslCertificate> m_clientCertificates;
    QList<QByteArray> m_echoed;
    int m_connections = 0;
    int m_tlsFailures = 0;
};

} // namespace Framewise
