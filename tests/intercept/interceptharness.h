// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interceptserver.h"
#include "messagerecord.h"
#include "stopstatus.h"
#include "websocketchannel.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QWebSocketServer>

#include <memory>
#include <optional>

class QWebSocket;

// What the intercept suites share: an InterceptServer on 127.0.0.1, clients that remember what
// they got, a raw client that writes exact bytes, and an in-process upstream a test can drive.
// Everything here waits by running the event loop: the proxy lives in the test's own thread.
namespace Framewise::InterceptHarness {

constexpr int WaitMs = 10000;

struct Message {
    bool binary = false;
    QByteArray payload;
    friend bool operator==(const Message &, const Message &) = default;
};

// A valid UTF-8 text of exactly size bytes (1- to 4-byte sequences, NUL, tab, CR, LF), the same for
// the same seed, never starting with '!' (the test peers read that as a command).
QByteArray randomText(qsizetype size, quint32 seed);

// One message record of a session log (text or binary, in or out), as the tests compare them.
struct LoggedMessage {
    MessageRecord::Direction direction;
    bool binary;
    QByteArray payload;
    quint8 marks;
    bool compressed;
};
QList<LoggedMessage> loggedMessages(const InterceptConnection *connection);
// The records of one direction (In: server to app, Out: app to server), optionally only those
// with every one of marks.
QList<LoggedMessage> loggedMessages(
    const InterceptConnection *connection, MessageRecord::Direction direction, quint8 marks = 0);
// The Local event texts of a session log.
QStringList loggedEvents(const InterceptConnection *connection);
// Ping, Pong or Close records of one direction.
QList<QByteArray> loggedControl(
    const InterceptConnection *connection, MessageRecord::Direction direction, MessageRecord::Kind kind);

// An InterceptServer started on 127.0.0.1 (any free port unless settings say otherwise).
class Proxy : public QObject {
    Q_OBJECT
public:
    explicit Proxy(InterceptSettings settings, bool anyPort = true);
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    // listenUrl() + pathAndQuery.
    QUrl url(const QString &pathAndQuery = QStringLiteral("/")) const;
    InterceptServer &server() { return m_server; }
    // The index-th connection (waits for it); null after WaitMs.
    InterceptConnection *connection(int index = 0);
    // Waits until that connection has ended.
    bool waitEnded(InterceptConnection *connection, int ms = WaitMs);
    QList<HandshakeFailure> failures;

private:
    InterceptServer m_server;
    QList<QPointer<InterceptConnection>> m_connections;
    bool m_ok = false;
    QString m_error;
};

// Our own client-role channel that keeps what it receives.
class ChannelClient : public QObject {
    Q_OBJECT
public:
    explicit ChannelClient(QObject *parent = nullptr);
    WebSocketChannel channel;
    QList<Message> messages;
    QList<QByteArray> pings; // what pingReceived() reported
    QList<QByteArray> pongs;
    std::optional<QPair<quint16, QString>> serverClose; // serverClosed()
    std::optional<StopStatus> stop;
    bool started = false;

    // asyncOpen and wait for started() (false when it stopped instead, or WaitMs passed).
    bool open(const QUrl &url, const QString &origin = {});
    bool waitStopped(int ms = WaitMs);
    bool waitMessages(qsizetype count, int ms = WaitMs);
    // Why it stopped, for failure messages.
    QString stopText() const;
    QList<QByteArray> texts() const;
};

// A QWebSocketServer upstream a test drives: it records what arrives (and echoes it when asked)
// and lets the test send from the server side.
class ControlledUpstream : public QObject {
    Q_OBJECT
public:
    explicit ControlledUpstream(bool echo = false, QObject *parent = nullptr);
    // Sent to each client as soon as it connects (before the proxy has answered its app).
    void setGreeting(const QList<QByteArray> &texts) { m_greeting = texts; }
    bool isListening() const { return m_server.isListening(); }
    QUrl url() const;
    QWebSocket *socket(int index = 0) const;
    bool waitSocket(int index = 0, int ms = WaitMs);
    bool waitMessages(qsizetype count, int ms = WaitMs);
    QList<Message> messages;
    QList<QPair<int, QString>> closes; // close code and reason of each socket that disconnected

private:
    QWebSocketServer m_server;
    QList<QWebSocket *> m_sockets;
    QList<QByteArray> m_greeting;
    bool m_echo;
};

// A TCP client that writes exact bytes and reads what comes back: a hand-written handshake, the
// frames a test makes with WebSocketWire, and the server's frames taken apart by it.
class RawClient : public QObject {
    Q_OBJECT
public:
    explicit RawClient(QObject *parent = nullptr);
    bool connectTo(quint16 port);
    void write(const QByteArray &bytes);
    // A GET upgrade request for path with the given extra header lines ("Name: value").
    static QByteArray upgradeRequest(quint16 port, const QByteArray &path, const QList<QByteArray> &extraLines = {});
    // Waits for the end of the response head; false after ms. head() is then the head, without
    // the blank line; what follows stays in buffer().
    bool waitHead(int ms = WaitMs);
    // Waits until the server has closed the connection (everything it sent is then in buffer()).
    bool waitDisconnected(int ms = WaitMs);
    int statusCode() const;
    QByteArray head() const { return m_head; }
    QByteArray &buffer() { return m_buffer; }
    // Waits for the next whole server frame; false after ms.
    bool waitFrame(quint8 *opcode, QByteArray *payload, int ms = WaitMs);
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

private:
    QTcpSocket m_socket;
    QByteArray m_head;
    QByteArray m_buffer;
    bool m_disconnected = false;
};

} // namespace Framewise::InterceptHarness
