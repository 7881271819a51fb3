// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QSslConfiguration>
#include <QTcpServer>

#include <memory>
#include <optional>

class QSslSocket;
class QTcpSocket;

namespace Framewise {

// The far end of a benchmark run, in its own process (bench_channel --blaster MODE COUNT SIZE).
// It listens on 127.0.0.1, prints its port on stdout, does the WebSocket handshake itself and then
//  - "text" / "binary": sends COUNT unmasked frames of SIZE payload bytes, pre-encoded, as fast as
//    the socket takes them (at most HighWater bytes waiting in the socket);
//  - "sink": parses the client's masked frames (headers parsed, payload skipped except for the
//    first, a middle and the last message, which are unmasked and checked) and, after COUNT
//    messages, answers with one text message "done <messages> <payload bytes> ok" (or "... bad: why").
// It serves one connection and exits when the client disconnects.
// With setTls() (bench_channel --blaster-tls CERT KEY MODE COUNT SIZE) the same over TLS: every
// connection is a TLS server socket from its first byte (wss://), and "waiting in the socket"
// counts the bytes not yet encrypted and the encrypted ones not yet written.
class Blaster : public QObject {
    Q_OBJECT
public:
    Blaster(const QString &mode, qint64 count, qint64 size, QObject *parent = nullptr);
    ~Blaster() override;

    // Serve TLS with this certificate and unencrypted key (PEM files); before listen(). Returns an
    // empty string, or what went wrong.
    QString setTls(const QString &certificatePath, const QString &keyPath);
    bool listen(); // prints the port on stdout

private:
    void onNewConnection();
    void onReadyRead();
    void onHandshakeRequest(const QByteArray &request);
    void pump();
    qint64 waitingBytes() const; // written to the socket, not yet to the network
    void sinkBytes(const char *data, qsizetype size);
    void sinkFrameStart();
    void sinkFrameDone();
    void sinkFail(const QString &why);

    QString m_mode;
    qint64 m_count;
    qint64 m_size;
    bool m_text;
    // A QTcpServer whose connections are TLS server sockets once given a configuration.
    class Server : public QTcpServer {
    public:
        std::optional<QSslConfiguration> tls;

    protected:
        void incomingConnection(qintptr descriptor) override;
    };
    Server m_server;
    QTcpSocket *m_socket = nullptr;
    QSslSocket *m_tlsSocket = nullptr; // m_socket when serving TLS
    bool m_handshakeDone = false;
    QByteArray m_request;
    std::unique_ptr<char[]> m_readBuffer;

    // Sending.
    QByteArray m_firstFrame;
    QByteArray m_lastFrame;
    QByteArray m_chunk; // m_framesPerChunk middle frames back to back
    qint64 m_frameLength = 0;
    qint64 m_framesPerChunk = 0;
    qint64 m_middleLeft = 0;
    bool m_firstSent = false;
    bool m_lastSent = false;
    bool m_closeAnswered = false; // the client's Close got ours: nothing more is sent

    // Sink.
    char m_header[14] = {};
    int m_headerLength = 0;
    qint64 m_payloadLeft = 0;
    qint64 m_payloadPos = 0; // position in the current frame, for the mask
    quint8 m_mask[4] = {};
    quint8 m_opcode = 0;
    bool m_fin = false;
    bool m_collect = false;
    QByteArray m_collected;
    qint64 m_messageLength = 0;
    qint64 m_messages = 0;
    qint64 m_payloadBytes = 0;
    QString m_sinkError;
    bool m_doneSent = false;
};

} // namespace Framewise
