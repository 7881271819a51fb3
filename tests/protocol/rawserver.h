// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace Framewise {

// A WebSocket server for tests that sends exact bytes: it answers the upgrade itself (with its
// own accept-key computation, independent of the channel's), then sends whatever frames a test
// scripts, legal or not, and decodes every frame the client sends (checking the mask).
class RawServer : public QObject {
    Q_OBJECT
public:
    enum class Handshake { Accept, Custom, Never };
    struct ClientFrame {
        quint8 opcode = 0;
        bool fin = false;
        quint8 rsv = 0;
        bool masked = false;
        quint32 maskKey = 0;
        QByteArray payload;
        quint16 closeCode() const; // 1005 when the Close payload has none
    };

    explicit RawServer(QObject *parent = nullptr);

    QUrl url(const QString &path = QStringLiteral("/")) const;
    quint16 port() const { return m_server.serverPort(); }

    void setHandshake(Handshake mode, const QByteArray &custom = {})
    {
        m_mode = mode;
        m_custom = custom;
    }
    void setExtraResponseHeaders(const QByteArray &headers) { m_extraHeaders = headers; }
    void setAcceptOverride(const QByteArray &accept) { m_acceptOverride = accept; }
    // Answer the client's Close with the same code (default on).
    void setEchoClose(bool on) { m_echoClose = on; }
    // Answer pings with pongs (default off: tests look at what the client does).
    void setAnswerPings(bool on) { m_answerPings = on; }

    bool hasClient() const { return m_socket != nullptr; }
    QByteArray request() const { return m_request; }
    QByteArray requestHeader(const QByteArray &name) const;
    int connectionCount() const { return m_connections; }

    void send(const QByteArray &bytes);
    void sendSlowly(const QByteArray &bytes, int bytesPerChunk, int intervalMs);
    void sendFrame(quint8 opcode, const QByteArray &payload, bool fin = true, quint8 rsv = 0);
    void closeTcp();
    void abortTcp();

    // An unmasked server frame; lengthOverride writes that value in a chosen length form
    // (forms: 0 = 7-bit, 1 = 16-bit, 2 = 64-bit; -1 = minimal) without sending such a payload.
    static QByteArray frame(quint8 opcode, const QByteArray &payload, bool fin = true, quint8 rsv = 0, int form = -1,
        quint64 lengthOverride = ~quint64(0), bool mask = false);
    static QByteArray closePayload(quint16 code, const QByteArray &reason = {});

    const QList<ClientFrame> &clientFrames() const { return m_frames; }
    bool clientDisconnected() const { return m_disconnected; }
    bool sawUnmaskedFrame() const { return m_unmasked; }
    qint64 bytesFromClient() const { return m_bytesFromClient; }

Q_SIGNALS:
    void handshakeDone();
    void frameReceived();
    void clientGone();

private:
    void onConnection();
    void onReadyRead();
    void parseFrames();

    QTcpServer m_server;
    QPointer<QTcpSocket> m_socket;
    Handshake m_mode = Handshake::Accept;
    QByteArray m_custom;
    QByteArray m_extraHeaders;
    QByteArray m_acceptOverride;
    QByteArray m_request;
    QByteArray m_buffer;
    QList<ClientFrame> m_frames;
    bool m_handshakeDone = false;
    bool m_disconnected = false;
    bool m_unmasked = false;
    bool m_echoClose = true;
    bool m_answerPings = false;
    bool m_closeSent = false;
    int m_connections = 0;
    qint64 m_bytesFromClient = 0;
};

} // namespace Framewise
