// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include "websocketwire.h"

#include <functional>

namespace Framewise {

// A WebSocket server for tests that sends exact bytes. It answers the upgrade itself (with its
// own accept-key computation, independent of the channel's), then sends whatever a test scripts,
// legal or not, and decodes every frame the client sends (recording whether it was masked).
// One client at a time; later connections are counted and dropped.
class RawServer : public QObject {
    Q_OBJECT
public:
    enum class Handshake {
        Accept, // a correct 101 (or responseBuilder's answer with the correct accept value)
        Custom, // exactly the bytes given to setHandshake
        Never, // read the request, answer nothing
        EndlessHeaders, // "HTTP/1.1 101 ..." followed by header lines, forever, until the client leaves
    };
    // What the client sent, decoded by WebSocketWire (lengthForm and minimalLength included).
    using ClientFrame = WebSocketWire::Frame;

    explicit RawServer(QObject *parent = nullptr);
    ~RawServer() override;

    bool isListening() const { return m_server.isListening(); }
    QUrl url(const QString &pathAndQuery = QStringLiteral("/")) const;
    quint16 port() const { return m_server.serverPort(); }

    // --- Handshake ---
    void setHandshake(Handshake mode, const QByteArray &custom = {})
    {
        m_mode = mode;
        m_custom = custom;
    }
    // Accept mode: the whole answer is built by this function from the correct accept value, so a
    // test can drop or change any header while the key stays right.
    void setResponseBuilder(std::function<QByteArray(const QByteArray &accept)> builder)
    {
        m_builder = std::move(builder);
    }
    void setExtraResponseHeaders(const QByteArray &headers) { m_extraHeaders = headers; }
    void setAcceptOverride(const QByteArray &accept) { m_acceptOverride = accept; }

    // --- Behaviour ---
    // Answer the client's Close with a Close carrying the same code (default on).
    void setEchoClose(bool on) { m_echoClose = on; }
    // Answer pings with pongs (default off: tests look at what the client does).
    void setAnswerPings(bool on) { m_answerPings = on; }
    // End TCP (FIN) as soon as everything written so far, the handshake answer included, is out.
    void setCloseAfterSend(bool on) { m_closeAfterSend = on; }
    // Every later write goes out one byte per TCP segment (Nagle off, 1 ms apart).
    void setSplitWrites(bool on) { m_splitWrites = on; }

    // --- What the client did ---
    bool hasClient() const { return m_socket != nullptr; }
    int connectionCount() const { return m_connections; }
    QByteArray request() const { return m_request; } // request line + headers + empty line
    QByteArray requestLine() const;
    QByteArray requestHeader(const QByteArray &name) const; // first match, trimmed
    int requestHeaderCount(const QByteArray &name) const;
    const QList<ClientFrame> &clientFrames() const { return m_frames; }
    QList<quint8> clientOpcodes() const;
    bool clientDisconnected() const { return m_disconnected; }
    bool sawUnmaskedFrame() const { return m_unmasked; }
    // Bytes after the client's Close frame (RFC 6455 5.5.1: nothing may follow it).
    qint64 bytesAfterClientClose() const { return m_bytesAfterClose; }
    qint64 bytesFromClient() const { return m_bytesFromClient; }
    qint64 bytesToClient() const { return m_bytesToClient; }

    // --- Sending (queued in order behind trickled bytes) ---
    void send(const QByteArray &bytes);
    void sendFrame(quint8 opcode, const QByteArray &payload, bool fin = true, quint8 rsv = 0);
    // bytesPerChunk bytes per write, intervalMs apart (Nagle off, so each is its own segment).
    void sendSlowly(const QByteArray &bytes, int bytesPerChunk, int intervalMs);
    void closeTcp(); // FIN after what is queued
    void abortTcp(); // RST now

    // An unmasked server frame. form: 0 = 7-bit, 1 = 16-bit, 2 = 64-bit length, -1 = minimal.
    // lengthOverride writes that value as the length without sending such a payload.
    static QByteArray frame(quint8 opcode, const QByteArray &payload, bool fin = true, quint8 rsv = 0, int form = -1,
        quint64 lengthOverride = ~quint64(0), bool mask = false);
    // Only the header of a frame announcing length bytes, in the given form.
    static QByteArray header(quint8 opcode, quint64 length, bool fin = true, int form = -1);
    static QByteArray closePayload(quint16 code, const QByteArray &reason = {});
    static QByteArray acceptFor(const QByteArray &key); // RFC 6455 4.2.2, computed here

Q_SIGNALS:
    void requestReceived();
    void clientFrameReceived(int index);
    void clientGone();

private:
    struct Chunk {
        enum Kind { Bytes, Close } kind = Bytes;
        QByteArray bytes;
        int delayMs = 0;
    };
    void onConnection();
    void onReadyRead();
    void answerHandshake();
    void parseFrames();
    void enqueue(const QByteArray &bytes, int bytesPerChunk, int intervalMs);
    void pump();
    void writeNow(const QByteArray &bytes);
    void maybeCloseAfterSend();
    void feedEndlessHeaders();

    QTcpServer m_server;
    QPointer<QTcpSocket> m_socket;
    Handshake m_mode = Handshake::Accept;
    QByteArray m_custom;
    std::function<QByteArray(const QByteArray &)> m_builder;
    QByteArray m_extraHeaders;
    QByteArray m_acceptOverride;
    QByteArray m_request;
    QByteArray m_buffer;
    QList<ClientFrame> m_frames;
    QList<Chunk> m_queue;
    QTimer m_pump;
    QTimer m_endless;
    qint64 m_endlessLine = 0;
    bool m_requestDone = false;
    bool m_disconnected = false;
    bool m_unmasked = false;
    bool m_echoClose = true;
    bool m_answerPings = false;
    bool m_closeAfterSend = false;
    bool m_splitWrites = false;
    bool m_closeEchoed = false;
    bool m_clientClosed = false;
    int m_connections = 0;
    qint64 m_bytesFromClient = 0;
    qint64 m_bytesToClient = 0;
    qint64 m_bytesAfterClose = 0;
};

} // namespace Framewise
