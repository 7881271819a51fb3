// SPDX-License-Identifier: GPL-3.0-or-later
#include "interceptharness.h"

#include "randombytes.h"
#include "session.h"
#include "stoptext.h"
#include "websocketwire.h"

#include <QTest>
#include <QWebSocket>

namespace Framewise::InterceptHarness {

QByteArray randomText(qsizetype size, quint32 seed)
{
    const QByteArray noise = randomBytes(size * 2 + 8, seed);
    QByteArray text;
    text.reserve(size);
    qsizetype n = 0;
    const auto next = [&] { return quint8(noise.at(n++)); };
    while (text.size() < size) {
        const qsizetype left = size - text.size();
        const quint8 pick = next();
        const quint8 value = next();
        if (pick < 8 && left >= 4) { // U+10000..U+10FFFF
            const quint32 p = 0x10000 + ((quint32(value) << 12 | quint32(pick) << 4) % 0x100000);
            text.append(char(0xf0 | (p >> 18)));
            text.append(char(0x80 | ((p >> 12) & 0x3f)));
            text.append(char(0x80 | ((p >> 6) & 0x3f)));
            text.append(char(0x80 | (p & 0x3f)));
        } else if (pick < 24 && left >= 3) { // U+0800..U+FFFF without surrogates
            quint32 p = 0x800 + ((quint32(value) << 8 | pick) % 0xf000);
            if (p >= 0xd800)
                p += 0x800;
            text.append(char(0xe0 | (p >> 12)));
            text.append(char(0x80 | ((p >> 6) & 0x3f)));
            text.append(char(0x80 | (p & 0x3f)));
        } else if (pick < 48 && left >= 2) { // U+0080..U+07FF
            const quint32 p = 0x80 + ((quint32(value) << 3 | (pick & 7)) % 0x780);
            text.append(char(0xc0 | (p >> 6)));
            text.append(char(0x80 | (p & 0x3f)));
        } else if (pick < 52) {
            static const char controls[] = { '\0', '\t', '\r', '\n' };
            text.append(controls[value & 3]);
        } else {
            const char c = char(0x20 + value % 95);
            text.append(c == '!' ? ' ' : c);
        }
        if (n + 2 > noise.size())
            n = 0; // long texts reuse the noise; they are still valid and deterministic
    }
    if (!text.isEmpty() && text.at(0) == '!')
        text[0] = ' ';
    return text;
}

QList<LoggedMessage> loggedMessages(const InterceptConnection *connection)
{
    QList<LoggedMessage> out;
    const SessionLog &log = connection->session()->log();
    for (qsizetype i = 0; i < log.size(); ++i) {
        const MessageRecord record = log.at(i);
        if (record.kind != MessageRecord::Kind::Text && record.kind != MessageRecord::Kind::Binary)
            continue;
        out.append({ record.direction, record.kind == MessageRecord::Kind::Binary, log.payload(i), record.marks,
            record.compressed });
    }
    return out;
}

QList<LoggedMessage> loggedMessages(
    const InterceptConnection *connection, MessageRecord::Direction direction, quint8 marks)
{
    QList<LoggedMessage> out;
    const QList<LoggedMessage> all = loggedMessages(connection);
    for (const LoggedMessage &message : all) {
        if (message.direction == direction && (message.marks & marks) == marks)
            out.append(message);
    }
    return out;
}

QStringList loggedEvents(const InterceptConnection *connection)
{
    QStringList out;
    const SessionLog &log = connection->session()->log();
    for (qsizetype i = 0; i < log.size(); ++i) {
        if (log.at(i).kind == MessageRecord::Kind::Event)
            out.append(QString::fromUtf8(log.payload(i)));
    }
    return out;
}

QList<QByteArray> loggedControl(
    const InterceptConnection *connection, MessageRecord::Direction direction, MessageRecord::Kind kind)
{
    QList<QByteArray> out;
    const SessionLog &log = connection->session()->log();
    for (qsizetype i = 0; i < log.size(); ++i) {
        const MessageRecord record = log.at(i);
        if (record.kind == kind && record.direction == direction)
            out.append(log.payload(i));
    }
    return out;
}

Proxy::Proxy(InterceptSettings settings, bool anyPort)
{
    settings.listenAddress = QHostAddress::LocalHost;
    if (anyPort)
        settings.listenPort = 0;
    connect(&m_server, &InterceptServer::connectionAdded, this,
        [this](InterceptConnection *connection) { m_connections.append(connection); });
    connect(&m_server, &InterceptServer::handshakeFailed, this,
        [this](const HandshakeFailure &failure) { failures.append(failure); });
    m_ok = m_server.start(settings, &m_error);
}

QUrl Proxy::url(const QString &pathAndQuery) const
{
    return QUrl(m_server.listenUrl() + pathAndQuery);
}

InterceptConnection *Proxy::connection(int index)
{
    if (!QTest::qWaitFor([&] { return m_connections.size() > index; }, WaitMs))
        return nullptr;
    return m_connections.at(index);
}

bool Proxy::waitEnded(InterceptConnection *connection, int ms)
{
    QPointer<InterceptConnection> guard(connection);
    return QTest::qWaitFor([&] { return guard && guard->state() == InterceptConnection::State::Ended; }, ms);
}

ChannelClient::ChannelClient(QObject *parent)
    : QObject(parent)
{
    connect(&channel, &WebSocketChannel::started, this, [this] { started = true; });
    connect(&channel, &WebSocketChannel::stopped, this, [this](const StopStatus &status) { stop = status; });
    connect(&channel, &WebSocketChannel::messageAvailable, this, [this](const QByteArray &payload) {
        messages.append({ false, payload });
    });
    connect(&channel, &WebSocketChannel::binaryMessageAvailable, this, [this](const QByteArray &payload) {
        messages.append({ true, payload });
    });
    connect(
        &channel, &WebSocketChannel::pingReceived, this, [this](const QByteArray &payload) { pings.append(payload); });
    connect(&channel, &WebSocketChannel::pongReceived, this,
        [this](const QByteArray &payload, qint64) { pongs.append(payload); });
    connect(&channel, &WebSocketChannel::serverClosed, this,
        [this](quint16 code, const QString &reason) { serverClose = qMakePair(code, reason); });
}

bool ChannelClient::open(const QUrl &url, const QString &origin)
{
    if (channel.asyncOpen(url, origin) != ChannelError::None)
        return false;
    return QTest::qWaitFor([this] { return started || stop.has_value(); }, WaitMs) && started;
}

bool ChannelClient::waitStopped(int ms)
{
    return QTest::qWaitFor([this] { return stop.has_value(); }, ms);
}

bool ChannelClient::waitMessages(qsizetype count, int ms)
{
    return QTest::qWaitFor([this, count] { return messages.size() >= count || stop.has_value(); }, ms)
        && messages.size() >= count;
}

QString ChannelClient::stopText() const
{
    return stop ? stopDetails(*stop) : QStringLiteral("(not stopped)");
}

QList<QByteArray> ChannelClient::texts() const
{
    QList<QByteArray> out;
    for (const Message &message : messages)
        out.append(message.payload);
    return out;
}

ControlledUpstream::ControlledUpstream(bool echo, QObject *parent)
    : QObject(parent)
    , m_server(QStringLiteral("framewise-controlled-upstream"), QWebSocketServer::NonSecureMode)
    , m_echo(echo)
{
    connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            m_sockets.append(socket);
            connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) {
                messages.append({ false, text.toUtf8() });
                if (m_echo)
                    socket->sendTextMessage(text);
            });
            connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket](const QByteArray &data) {
                messages.append({ true, data });
                if (m_echo)
                    socket->sendBinaryMessage(data);
            });
            connect(socket, &QWebSocket::disconnected, this, [this, socket] {
                closes.append({ int(socket->closeCode()), socket->closeReason() });
            });
            for (const QByteArray &text : std::as_const(m_greeting))
                socket->sendTextMessage(QString::fromUtf8(text));
        }
    });
    m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl ControlledUpstream::url() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(m_server.serverPort()));
}

QWebSocket *ControlledUpstream::socket(int index) const
{
    return index < m_sockets.size() ? m_sockets.at(index) : nullptr;
}

bool ControlledUpstream::waitSocket(int index, int ms)
{
    return QTest::qWaitFor([&] { return m_sockets.size() > index; }, ms);
}

bool ControlledUpstream::waitMessages(qsizetype count, int ms)
{
    return QTest::qWaitFor([&] { return messages.size() >= count; }, ms);
}

RawClient::RawClient(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QTcpSocket::readyRead, this, [this] { m_buffer += m_socket.readAll(); });
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
        if (m_socket.isReadable())
            m_buffer += m_socket.readAll();
        m_disconnected = true;
    });
}

bool RawClient::connectTo(quint16 port)
{
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, WaitMs);
}

void RawClient::write(const QByteArray &bytes)
{
    m_socket.write(bytes);
}

QByteArray RawClient::upgradeRequest(quint16 port, const QByteArray &path, const QList<QByteArray> &extraLines)
{
    QByteArray request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
        + "\r\nUpgrade: websocket\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n";
    bool connectionGiven = false;
    for (const QByteArray &line : extraLines) {
        connectionGiven = connectionGiven || line.toLower().startsWith("connection:");
        request += line + "\r\n";
    }
    if (!connectionGiven)
        request += "Connection: Upgrade\r\n";
    return request + "\r\n";
}

bool RawClient::waitHead(int ms)
{
    const bool found = QTest::qWaitFor([this] { return m_buffer.contains("\r\n\r\n") || m_disconnected; }, ms);
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (!found || end < 0)
        return false;
    m_head = m_buffer.left(end);
    m_buffer.remove(0, end + 4);
    return true;
}

bool RawClient::waitDisconnected(int ms)
{
    return QTest::qWaitFor([this] { return m_disconnected; }, ms);
}

int RawClient::statusCode() const
{
    const QList<QByteArray> parts = m_head.left(m_head.indexOf("\r\n")).split(' ');
    return parts.size() >= 2 ? parts.at(1).toInt() : 0;
}

bool RawClient::waitFrame(quint8 *opcode, QByteArray *payload, int ms)
{
    WebSocketWire::Frame frame;
    bool got = false;
    (void)QTest::qWaitFor(
        [&] {
            got = WebSocketWire::takeFrame(m_buffer, frame);
            return got || m_disconnected;
        },
        ms);
    if (!got && !WebSocketWire::takeFrame(m_buffer, frame))
        return false; // timed out, or disconnected without a whole frame
    *opcode = frame.opcode;
    *payload = frame.payload;
    return true;
}

} // namespace Framewise::InterceptHarness
