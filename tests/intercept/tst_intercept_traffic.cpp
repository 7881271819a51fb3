// SPDX-License-Identifier: GPL-3.0-or-later
// Traffic through InterceptServer (in this process, 127.0.0.1): thousands of random text and
// binary messages (0 B to 1 MiB) bit-exact and in order both ways with permessage-deflate on one
// leg only, checked at the client and in the upstream session's log; Python `websockets`, Node
// `ws` and headless Chromium as the app; 100 concurrent apps; and back-pressure: an app that stops
// reading while the upstream floods keeps the proxy's memory bounded, and gets everything once it
// reads again. FRAMEWISE_INTERCEPT_MESSAGES sets the transparency run's message count (default
// 2000; the soak is 10000).
#include "interceptharness.h"
#include "peerprocess.h"
#include "processmemory.h"
#include "qtechoserver.h"
#include "randombytes.h"
#include "session.h"
#include "stoptext.h"
#include "websocketwire.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

#include <functional>
#include <memory>
#include <random>
#include <vector>

using namespace Framewise;
using namespace Framewise::InterceptHarness;
using Direction = MessageRecord::Direction;

namespace {

constexpr qint64 MiB = 1024 * 1024;
#if defined(__SANITIZE_ADDRESS__)
#define FRAMEWISE_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FRAMEWISE_ASAN 1
#endif
#endif
#ifdef FRAMEWISE_ASAN
// AddressSanitizer keeps freed blocks in its quarantine (256 MiB by default) and adds shadow
// memory, so RSS says little there. What came from the server and what waits in the proxy are
// checked the same everywhere.
constexpr qint64 MemoryBound = 400 * MiB;
#else
constexpr qint64 MemoryBound = 100 * MiB;
#endif

InterceptSettings settingsFor(const QUrl &upstream)
{
    InterceptSettings settings;
    settings.upstream.url = upstream;
    return settings;
}

int messageCount()
{
    bool ok = false;
    const int count = qEnvironmentVariableIntValue("FRAMEWISE_INTERCEPT_MESSAGES", &ok);
    return ok && count > 0 ? count : 2000;
}

// The transparency run's messages: the length forms' edges first (0, 125/126, 65535/65536, 1 MiB),
// then mostly small ones, some up to 64 KiB and a few from 512 KiB to 1 MiB; text and binary mixed.
QList<Message> makeMessages(int count, quint32 seed)
{
    static const qsizetype edges[] = { 0, 1, 125, 126, 127, 65535, 65536, MiB };
    std::mt19937 random(seed);
    QList<Message> messages;
    messages.reserve(count);
    for (int i = 0; i < count; ++i) {
        qsizetype size = 0;
        bool binary = false;
        if (i < int(std::size(edges)) * 2) {
            size = edges[i / 2];
            binary = i % 2 == 1;
        } else {
            const quint32 kind = random() % 1000;
            if (kind < 4)
                size = qsizetype(512 * 1024 + random() % (512 * 1024 + 1));
            else if (kind < 60)
                size = qsizetype(1024 + random() % (63 * 1024));
            else
                size = qsizetype(random() % 201);
            binary = (random() & 1) != 0;
        }
        const quint32 messageSeed = seed * 100003u + quint32(i);
        messages.append({ binary, binary ? randomBytes(size, messageSeed) : randomText(size, messageSeed) });
    }
    return messages;
}

qint64 totalBytes(const QList<Message> &messages)
{
    qint64 total = 0;
    for (const Message &message : messages)
        total += message.payload.size();
    return total;
}

// Where two message lists part, for a failure message.
QString firstMismatch(const QList<Message> &got, const QList<Message> &expected)
{
    for (qsizetype i = 0; i < std::min(got.size(), expected.size()); ++i) {
        if (got.at(i).binary != expected.at(i).binary)
            return QStringLiteral("message %1: binary %2, expected %3")
                .arg(i)
                .arg(got.at(i).binary)
                .arg(expected.at(i).binary);
        if (got.at(i).payload != expected.at(i).payload)
            return QStringLiteral("message %1: %2 bytes, expected %3")
                .arg(i)
                .arg(got.at(i).payload.size())
                .arg(expected.at(i).payload.size());
    }
    return QStringLiteral("%1 messages, expected %2").arg(got.size()).arg(expected.size());
}

QList<Message> asMessages(const QList<LoggedMessage> &logged)
{
    QList<Message> out;
    for (const LoggedMessage &message : logged)
        out.append({ message.binary, message.payload });
    return out;
}

// Byte i = i % 251: what python_peer's !send-binary sends.
QByteArray pattern(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char(i % 251);
    return data;
}

// What a session log's payloads occupy: a large payload is the buffer the channel handed out,
// which may have room beyond its bytes.
qint64 logFootprint(const SessionLog &log)
{
    qint64 bytes = 0;
    for (qsizetype i = 0; i < log.size(); ++i) {
        const QByteArray payload = log.payload(i);
        bytes += payload.size() >= SessionLog::LargePayload ? payload.capacity() : payload.size();
    }
    return bytes;
}

// An echo upstream of one of three kinds.
class Upstream {
public:
    explicit Upstream(const QString &kind)
    {
        if (kind == QLatin1String("qt")) {
            m_qt = std::make_unique<QtEchoServer>();
            return;
        }
        QStringList args;
        if (kind.endsWith(QLatin1String("-plain")))
            args << QStringLiteral("--no-compression");
        m_process = std::make_unique<PeerProcess>(
            kind.startsWith(QLatin1String("node")) ? PeerProcess::Kind::Node : PeerProcess::Kind::Python, args);
    }
    bool ok() const { return m_qt ? m_qt->isListening() : m_process->isRunning(); }
    QString error() const { return m_qt ? m_qt->errorString() : m_process->errorString(); }
    QUrl url() const { return m_qt ? m_qt->url() : m_process->url(); }
    bool waitForOutput(const QString &text, int ms = WaitMs)
    {
        return m_qt ? m_qt->waitForOutput(text, ms) : m_process->waitForOutput(text, ms);
    }
    QString output() { return m_qt ? m_qt->output() : m_process->output(); }

private:
    std::unique_ptr<QtEchoServer> m_qt;
    std::unique_ptr<PeerProcess> m_process;
};

// Waits until count() reaches target, for as long as it keeps growing: false once it has not
// grown for StallMs (a lost message fails fast), or at once when count() is negative (the
// connection ended).
constexpr int StallMs = 15000;
bool waitForCount(const std::function<qsizetype()> &count, qsizetype target)
{
    qsizetype last = -1;
    QElapsedTimer sinceGrowth;
    sinceGrowth.start();
    while (count() < target) {
        if (count() < 0)
            return false;
        if (count() != last) {
            last = count();
            sinceGrowth.restart();
        } else if (sinceGrowth.elapsed() > StallMs) {
            return false;
        }
        QTest::qWait(10);
    }
    return true;
}

// Runs a client script to its end, the event loop turning (the proxy is in this process).
bool runToEnd(ScriptProcess &script, int ms)
{
    return QTest::qWaitFor([&] { return script.process().state() == QProcess::NotRunning; }, ms);
}

// A WebSocket upstream written from the RFC on a raw socket, that can stop reading: while paused
// its socket takes at most 64 KiB, so TCP holds the proxy's upstream leg back. It answers the
// handshake, checks every message against expected as it arrives (keeping none) and answers a
// Close.
class PausingUpstream : public QObject {
public:
    explicit PausingUpstream(const QByteArray &expected)
        : m_expected(expected)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            if (!socket || m_socket) {
                delete socket;
                return;
            }
            m_socket = socket;
            socket->setParent(this);
            socket->setReadBufferSize(PausedBufferBytes);
            connect(socket, &QTcpSocket::readyRead, this, &PausingUpstream::read);
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(m_server.serverPort())); }
    bool isOpen() const { return m_open; }
    void setPaused(bool paused)
    {
        m_paused = paused;
        if (!m_socket)
            return;
        m_socket->setReadBufferSize(paused ? PausedBufferBytes : 0);
        if (!paused)
            read(); // what waits in the socket's buffer raises no new readyRead
    }
    int messages = 0;
    int wrong = 0;
    bool closed = false;

private:
    static constexpr qint64 PausedBufferBytes = 64 * 1024;

    void read()
    {
        if (!m_open) {
            m_buffer += m_socket->readAll();
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = m_buffer.left(end);
            m_buffer.remove(0, end + 4);
            m_socket->write(WebSocketWire::switchingProtocols(WebSocketWire::headerValue(head, "Sec-WebSocket-Key")));
            m_open = true;
        }
        if (m_paused)
            return;
        m_buffer += m_socket->readAll();
        WebSocketWire::Frame frame;
        while (WebSocketWire::takeFrame(m_buffer, frame)) {
            if (frame.opcode == 0x8) {
                closed = true;
                m_socket->write(WebSocketWire::serverFrame(0x8, WebSocketWire::closePayload(frame.closeCode())));
                m_socket->disconnectFromHost();
                return;
            }
            ++messages;
            if (frame.opcode != 0x2 || !frame.fin || !frame.masked || frame.payload != m_expected)
                ++wrong;
        }
    }

    QTcpServer m_server;
    QTcpSocket *m_socket = nullptr;
    QByteArray m_expected;
    QByteArray m_buffer;
    bool m_open = false;
    bool m_paused = true;
};

} // namespace

class TestInterceptTraffic : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void transparency_data();
    void transparency();
    void scriptClients_data();
    void scriptClients();
    void browserClient();
    void hundredConcurrentClients();
    void backPressureKeepsMemoryBounded();
    void backPressureTowardTheServer();
};

void TestInterceptTraffic::transparency_data()
{
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("upstream");
    QTest::addColumn<bool>("appCompressed");
    QTest::addColumn<bool>("upstreamCompressed");
    // Compression on one leg only, each way round, and an upstream without any.
    QTest::newRow("channel+deflate -> python plain") << "channel"
                                                     << "python-plain" << true << false;
    QTest::newRow("QWebSocket -> node ws+deflate") << "qwebsocket"
                                                   << "node" << false << true;
    QTest::newRow("channel+deflate -> QWebSocketServer") << "channel"
                                                         << "qt" << true << false;
}

void TestInterceptTraffic::transparency()
{
    QFETCH(QString, client);
    QFETCH(QString, upstream);
    QFETCH(bool, appCompressed);
    QFETCH(bool, upstreamCompressed);

    Upstream peer(upstream);
    QVERIFY2(peer.ok(), qPrintable(peer.error()));
    Proxy proxy(settingsFor(peer.url()));
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    const int count = messageCount();
    const QList<Message> sent = makeMessages(count, 20240611);
    const qint64 bytes = totalBytes(sent);

    QList<Message> received;
    ChannelClient channelClient;
    QWebSocket webSocket;
    QElapsedTimer clock;
    if (client == QLatin1String("channel")) {
        QVERIFY2(channelClient.open(proxy.url()), qPrintable(channelClient.stopText()));
        QCOMPARE(channelClient.channel.isCompressionActive(), appCompressed);
        clock.start();
        for (const Message &message : sent) {
            const ChannelError error = message.binary ? channelClient.channel.sendBinaryMsg(message.payload)
                                                      : channelClient.channel.sendMsg(message.payload);
            QCOMPARE(error, ChannelError::None);
        }
        QVERIFY2(waitForCount([&] { return channelClient.stop ? -1 : channelClient.messages.size(); }, count),
            qPrintable(QStringLiteral("%1 of %2 echoes; %3")
                           .arg(channelClient.messages.size())
                           .arg(count)
                           .arg(channelClient.stopText())));
        received = channelClient.messages;
    } else {
        webSocket.setMaxAllowedIncomingMessageSize(64 * MiB);
        connect(&webSocket, &QWebSocket::textMessageReceived, this, [&received](const QString &text) {
            received.append({ false, text.toUtf8() });
        });
        connect(&webSocket, &QWebSocket::binaryMessageReceived, this, [&received](const QByteArray &data) {
            received.append({ true, data });
        });
        webSocket.open(proxy.url());
        QTRY_COMPARE_WITH_TIMEOUT(webSocket.state(), QAbstractSocket::ConnectedState, WaitMs);
        clock.start();
        for (const Message &message : sent) {
            if (message.binary)
                webSocket.sendBinaryMessage(message.payload);
            else
                webSocket.sendTextMessage(QString::fromUtf8(message.payload));
        }
        QVERIFY2(waitForCount([&] { return received.size(); }, count),
            qPrintable(QStringLiteral("%1 of %2 echoes").arg(received.size()).arg(count)));
    }
    const qint64 elapsed = clock.elapsed();
    qInfo("%d messages, %lld bytes each way, through the proxy and back in %lld ms", count, bytes, elapsed);
    QVERIFY2(received == sent, qPrintable(firstMismatch(received, sent)));

    InterceptConnection *connection = proxy.connection();
    QVERIFY(connection);
    QCOMPARE(connection->appLeg()->isCompressionActive(), appCompressed);
    QCOMPARE(connection->session()->channel()->isCompressionActive(), upstreamCompressed);
    // The upstream leg's log: Out is what reached the server, In what it sent back.
    const QList<LoggedMessage> out = loggedMessages(connection, Direction::Out);
    const QList<LoggedMessage> in = loggedMessages(connection, Direction::In);
    QVERIFY2(asMessages(out) == sent, qPrintable(firstMismatch(asMessages(out), sent)));
    QVERIFY2(asMessages(in) == sent, qPrintable(firstMismatch(asMessages(in), sent)));
    const auto anyCompressed = [](const QList<LoggedMessage> &list) {
        return std::any_of(list.begin(), list.end(), [](const LoggedMessage &m) { return m.compressed; });
    };
    const auto anyMarked = [](const QList<LoggedMessage> &list) {
        return std::any_of(list.begin(), list.end(), [](const LoggedMessage &m) { return m.marks != 0; });
    };
    QCOMPARE(anyCompressed(out), upstreamCompressed);
    QCOMPARE(anyCompressed(in), upstreamCompressed);
    QVERIFY(!anyMarked(out) && !anyMarked(in));

    if (client == QLatin1String("channel"))
        QCOMPARE(channelClient.channel.close(1000, QStringLiteral("done")), ChannelError::None);
    else
        webSocket.close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("done"));
    QVERIFY(proxy.waitEnded(connection));
    QVERIFY2(connection->session()->lastStopStatus().isClean(),
        qPrintable(stopDetails(connection->session()->lastStopStatus())));
}

void TestInterceptTraffic::scriptClients_data()
{
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("upstream");
    QTest::addColumn<bool>("upstreamCompressed");
    QTest::newRow("python websockets -> node ws+deflate") << "python"
                                                          << "node" << true;
    QTest::newRow("node ws -> python websockets plain") << "node"
                                                        << "python-plain" << false;
    QTest::newRow("python websockets -> QWebSocketServer") << "python"
                                                           << "qt" << false;
}

void TestInterceptTraffic::scriptClients()
{
    QFETCH(QString, client);
    QFETCH(QString, upstream);
    QFETCH(bool, upstreamCompressed);
    Upstream peer(upstream);
    QVERIFY2(peer.ok(), qPrintable(peer.error()));
    Proxy proxy(settingsFor(peer.url()));
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));

    const QString sizes = QStringLiteral("0,1,125,126,65535,65536,1048576");
    const bool python = client == QLatin1String("python");
    ScriptProcess script(python ? ScriptProcess::Runtime::Python : ScriptProcess::Runtime::Node,
        ScriptProcess::testsFile(
            python ? QStringLiteral("peers/python_client.py") : QStringLiteral("peers/node_client.js")),
        { proxy.url(QStringLiteral("/script")).toString(), QStringLiteral("--echo"), sizes, QStringLiteral("--close"),
            QStringLiteral("4000") });
    QVERIFY2(script.errorString().isEmpty(), qPrintable(script.errorString()));
    QVERIFY2(runToEnd(script, 60000), qPrintable(script.output()));
    const QString reason = python ? QStringLiteral("python done") : QStringLiteral("node done");
    QVERIFY2(script.process().exitCode() == 0, qPrintable(script.output() + script.errorOutput()));
    QCOMPARE(script.lines(QStringLiteral("ECHO ")).size(), 14);
    QVERIFY2(script.output().contains(QStringLiteral("CLOSED 4000 ") + reason), qPrintable(script.output()));
    QVERIFY2(peer.waitForOutput(QStringLiteral("CLOSED 4000 ") + reason), qPrintable(peer.output()));

    InterceptConnection *connection = proxy.connection();
    QVERIFY(connection);
    QVERIFY(proxy.waitEnded(connection));
    QCOMPARE(loggedMessages(connection, Direction::Out).size(), 14);
    QCOMPARE(loggedMessages(connection, Direction::In).size(), 14);
    QVERIFY(connection->appLeg()->isCompressionActive()); // both scripts offer permessage-deflate
    QCOMPARE(connection->session()->channel()->isCompressionActive(), upstreamCompressed);
    QCOMPARE(connection->upstreamUrl().path(), QStringLiteral("/script"));
}

void TestInterceptTraffic::browserClient()
{
    PeerProcess peer(PeerProcess::Kind::Python, { QStringLiteral("--subprotocols"), QStringLiteral("chat") });
    QVERIFY2(peer.isRunning(), qPrintable(peer.errorString()));
    Proxy proxy(settingsFor(peer.url()));
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    QElapsedTimer clock;
    clock.start();
    ScriptProcess browser(ScriptProcess::Runtime::Node,
        ScriptProcess::testsFile(QStringLiteral("peers/browser_client.js")),
        { QStringLiteral("--url"), proxy.url(QStringLiteral("/browser")).toString(), QStringLiteral("--protocol"),
            QStringLiteral("chat"), QStringLiteral("--text"), QStringLiteral("40"), QStringLiteral("--binary"),
            QStringLiteral("40"), QStringLiteral("--max-size"), QStringLiteral("300000"),
            QStringLiteral("--close-code"), QStringLiteral("4003"), QStringLiteral("--timeout-ms"),
            QStringLiteral("60000") });
    QVERIFY2(browser.errorString().isEmpty(), qPrintable(browser.errorString()));
    QVERIFY2(runToEnd(browser, 90000), qPrintable(browser.output()));
    qInfo("Chromium through the proxy: %lld ms, browser start included", clock.elapsed());
    const QString output = browser.output();
    QVERIFY2(browser.process().exitCode() == 0, qPrintable(output + browser.errorOutput()));
    QVERIFY2(output.contains(QStringLiteral("\"ok\":true")), qPrintable(output));
    QVERIFY2(peer.waitForOutput(QStringLiteral("CLOSED 4003 done")), qPrintable(peer.output()));

    InterceptConnection *connection = proxy.connection();
    QVERIFY(connection);
    QVERIFY(proxy.waitEnded(connection));
    QCOMPARE(connection->appLeg()->protocol(), QStringLiteral("chat"));
    QVERIFY(connection->appLeg()->isCompressionActive()); // Chromium offers permessage-deflate
    QVERIFY(connection->session()->channel()->isCompressionActive());
    QCOMPARE(loggedMessages(connection, Direction::Out).size(), 80);
    QCOMPARE(loggedMessages(connection, Direction::In).size(), 80);
    const QByteArray userAgent = connection->upstreamRequest().headers.value("User-Agent");
    QVERIFY2(userAgent.contains("Chrome"), userAgent.constData()); // the browser's headers went on
}

void TestInterceptTraffic::hundredConcurrentClients()
{
    constexpr int Clients = 100;
    constexpr int PerClient = 5;
    PeerProcess peer(PeerProcess::Kind::Python, { QStringLiteral("--no-compression") });
    QVERIFY2(peer.isRunning(), qPrintable(peer.errorString()));
    InterceptSettings settings = settingsFor(peer.url());
    settings.upstream.deflate.enabled = false;
    Proxy proxy(settings);
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));

    QElapsedTimer clock;
    clock.start();
    DeflateOptions noDeflate;
    noDeflate.enabled = false;
    std::vector<std::unique_ptr<ChannelClient>> clients;
    for (int i = 0; i < Clients; ++i) {
        clients.push_back(std::make_unique<ChannelClient>());
        QCOMPARE(clients.back()->channel.setDeflateOptions(noDeflate), ChannelError::None);
        QCOMPARE(clients.back()->channel.asyncOpen(proxy.url(QStringLiteral("/client/%1").arg(i))), ChannelError::None);
    }
    const auto all = [&clients](const std::function<bool(const ChannelClient &)> &test) {
        return std::all_of(clients.begin(), clients.end(), [&](const auto &c) { return test(*c); });
    };
    QVERIFY(QTest::qWaitFor([&] { return all([](const ChannelClient &c) { return c.started || c.stop; }); }, 30000));
    QVERIFY(all([](const ChannelClient &c) { return c.started; }));
    QCOMPARE(proxy.server().liveCount(), Clients);

    const auto messageOf
        = [](int client, int n) { return QStringLiteral("client %1 message %2").arg(client).arg(n).toUtf8(); };
    for (int i = 0; i < Clients; ++i) {
        for (int n = 0; n < PerClient; ++n) {
            WebSocketChannel &channel = clients[std::size_t(i)]->channel;
            QCOMPARE(
                n % 2 ? channel.sendBinaryMsg(messageOf(i, n)) : channel.sendMsg(messageOf(i, n)), ChannelError::None);
        }
    }
    QVERIFY(QTest::qWaitFor(
        [&] { return all([](const ChannelClient &c) { return c.messages.size() >= PerClient; }); }, 30000));
    for (int i = 0; i < Clients; ++i) {
        QList<Message> expected;
        for (int n = 0; n < PerClient; ++n)
            expected.append({ n % 2 == 1, messageOf(i, n) });
        QCOMPARE(clients[std::size_t(i)]->messages, expected);
    }
    // Each connection's log holds its own app's messages, and only those.
    const QList<InterceptConnection *> connections = proxy.server().connections();
    QCOMPARE(connections.size(), Clients);
    for (InterceptConnection *connection : connections) {
        const QList<LoggedMessage> out = loggedMessages(connection, Direction::Out);
        QCOMPARE(out.size(), PerClient);
        const QByteArray prefix = out.first().payload.left(out.first().payload.indexOf(" message"));
        QCOMPARE(connection->upstreamUrl().path(), QStringLiteral("/client/") + QString::fromLatin1(prefix.mid(7)));
        for (const LoggedMessage &message : out)
            QVERIFY(message.payload.startsWith(QByteArray(prefix + " message")));
        QCOMPARE(loggedMessages(connection, Direction::In).size(), PerClient);
    }

    for (auto &client : clients)
        QCOMPARE(client->channel.close(1000, QStringLiteral("bye")), ChannelError::None);
    QVERIFY(QTest::qWaitFor([&] { return all([](const ChannelClient &c) { return c.stop.has_value(); }); }, 30000));
    QVERIFY(all([](const ChannelClient &c) { return c.stop->reason == StopReason::Ok; }));
    QTRY_COMPARE_WITH_TIMEOUT(proxy.server().liveCount(), 0, WaitMs);
    QVERIFY(peer.waitForLines(QStringLiteral("CLOSED 1000 bye"), Clients, WaitMs));
    qInfo("%d clients opened, echoed %d messages each and closed in %lld ms", Clients, PerClient, clock.elapsed());
}

void TestInterceptTraffic::backPressureKeepsMemoryBounded()
{
    constexpr qint64 MessageBytes = 4 * MiB;
    constexpr int Messages = 56; // 224 MiB
    constexpr qint64 Total = MessageBytes * Messages;
    constexpr qint64 Bound = MemoryBound;
    PeerProcess peer(PeerProcess::Kind::Python, { QStringLiteral("--no-compression") });
    QVERIFY2(peer.isRunning(), qPrintable(peer.errorString()));
    InterceptSettings settings = settingsFor(peer.url());
    settings.upstream.deflate.enabled = false;
    Proxy proxy(settings);
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));

    // The app checks each message as it comes and keeps none.
    WebSocketChannel app;
    DeflateOptions noDeflate;
    noDeflate.enabled = false;
    QCOMPARE(app.setDeflateOptions(noDeflate), ChannelError::None);
    const QByteArray expected = pattern(MessageBytes);
    int received = 0;
    int wrong = 0;
    bool started = false;
    bool stopped = false;
    connect(&app, &WebSocketChannel::started, this, [&] { started = true; });
    connect(&app, &WebSocketChannel::stopped, this, [&] { stopped = true; });
    connect(&app, &WebSocketChannel::binaryMessageAvailable, this, [&](const QByteArray &payload) {
        ++received;
        if (payload != expected)
            ++wrong;
    });
    QCOMPARE(app.asyncOpen(proxy.url()), ChannelError::None);
    QVERIFY(QTest::qWaitFor([&] { return started || stopped; }, WaitMs) && started);
    InterceptConnection *connection = proxy.connection();
    QVERIFY(connection);
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), InterceptConnection::State::Open, WaitMs);
    WebSocketChannel *upstreamLeg = connection->session()->channel();
    QVERIFY(upstreamLeg);

    app.suspend();
    const qint64 rssBefore = ProcessMemory::rssBytes();
    QVERIFY(rssBefore > 0);
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < Messages; ++i)
        QCOMPARE(
            app.sendMsg(QByteArrayLiteral("!send-binary ") + QByteArray::number(MessageBytes)), ChannelError::None);

    // The proxy holds the server back once the app's leg has a few MiB waiting.
    QTRY_VERIFY_WITH_TIMEOUT(upstreamLeg->isSuspended(), WaitMs);
    qint64 rssPeak = 0;
    qint64 waitingPeak = 0;
    const auto waitingInProxy = [&] {
        return connection->appLeg()->bytesToWrite() + connection->lane(InterceptDirection::ToApp)->queuedBytes();
    };
    QElapsedTimer held;
    held.start();
    while (held.elapsed() < 1500) {
        QTest::qWait(50);
        rssPeak = std::max(rssPeak, ProcessMemory::rssBytes());
        waitingPeak = std::max(waitingPeak, waitingInProxy());
    }
    const qint64 inWhileHeld = connection->session()->totals().bytesIn;
    qInfo("while the app did not read: %lld MiB came from the server, %lld MiB waited in the proxy at most, RSS "
          "grew by %lld MiB at most",
        inWhileHeld / MiB, waitingPeak / MiB, (rssPeak - rssBefore) / MiB);
    QVERIFY2(inWhileHeld < Total / 4, qPrintable(QString::number(inWhileHeld)));
    QVERIFY2(
        waitingPeak <= InterceptConnection::HighWaterBytes + MessageBytes, qPrintable(QString::number(waitingPeak)));
    QVERIFY2(rssPeak - rssBefore < Bound, qPrintable(QString::number(rssPeak - rssBefore)));
    QCOMPARE(received, 0);

    // Reading again: everything arrives, in order and whole. The session log keeps every payload
    // (it is the record), so what else the process holds is measured beside it.
    const qint64 heapBefore = ProcessMemory::heapInUseBytes();
    const qint64 loggedBefore = logFootprint(connection->session()->log());
    qint64 excessPeak = 0;
    QTimer sampler;
    connect(&sampler, &QTimer::timeout, this, [&] {
        const qint64 logged = logFootprint(connection->session()->log()) - loggedBefore;
        excessPeak = std::max(excessPeak, ProcessMemory::heapInUseBytes() - heapBefore - logged);
    });
    sampler.start(20);
    app.resume();
    QVERIFY2(waitForCount([&] { return stopped ? -1 : qsizetype(received); }, Messages),
        qPrintable(QStringLiteral("%1 of %2 messages").arg(received).arg(Messages)));
    sampler.stop();
    qInfo("%lld MiB through the proxy to an app that paused in %lld ms; besides the log, the heap grew by %lld MiB "
          "at most",
        Total / MiB, clock.elapsed(), excessPeak / MiB);
    QCOMPARE(received, Messages);
    QCOMPARE(wrong, 0);
    QCOMPARE(connection->session()->totals().bytesIn, Total);
    QVERIFY2(excessPeak < Bound, qPrintable(QString::number(excessPeak)));
    QVERIFY(!upstreamLeg->isSuspended());
    QCOMPARE(app.close(1000, {}), ChannelError::None);
    QVERIFY(proxy.waitEnded(connection));
}

void TestInterceptTraffic::backPressureTowardTheServer()
{
    // The other way round: an upstream that stops reading while the app sends 224 MiB.
    constexpr qint64 MessageBytes = 4 * MiB;
    constexpr int Messages = 56;
    constexpr qint64 Total = MessageBytes * Messages;
    const QByteArray payload = randomBytes(MessageBytes, 7);
    PausingUpstream upstream(payload);
    InterceptSettings settings = settingsFor(upstream.url());
    settings.upstream.deflate.enabled = false;
    Proxy proxy(settings);
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    ChannelClient app;
    DeflateOptions noDeflate;
    noDeflate.enabled = false;
    QCOMPARE(app.channel.setDeflateOptions(noDeflate), ChannelError::None);
    QVERIFY2(app.open(proxy.url()), qPrintable(app.stopText()));
    InterceptConnection *connection = proxy.connection();
    QVERIFY(connection);
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), InterceptConnection::State::Open, WaitMs);
    QVERIFY(upstream.isOpen());

    // The app sends as fast as its own socket takes it (as an app with a send queue would).
    int sent = 0;
    const auto topUp = [&] {
        while (sent < Messages && app.channel.bytesToWrite() < 2 * MiB) {
            if (app.channel.sendBinaryMsg(payload) != ChannelError::None)
                return;
            ++sent;
        }
    };
    QTimer pump;
    connect(&pump, &QTimer::timeout, this, topUp);
    pump.start(5);
    const qint64 rssBefore = ProcessMemory::rssBytes();
    QElapsedTimer clock;
    clock.start();

    // The proxy stops reading from the app once a few MiB wait for the server.
    QTRY_VERIFY_WITH_TIMEOUT(connection->appLeg()->isSuspended(), WaitMs);
    const auto waitingInProxy = [&] {
        return connection->session()->channel()->bytesToWrite()
            + connection->lane(InterceptDirection::ToServer)->queuedBytes();
    };
    qint64 rssPeak = 0;
    qint64 waitingPeak = 0;
    QElapsedTimer held;
    held.start();
    while (held.elapsed() < 1500) {
        QTest::qWait(50);
        rssPeak = std::max(rssPeak, ProcessMemory::rssBytes());
        waitingPeak = std::max(waitingPeak, waitingInProxy());
    }
    const qint64 sentWhileHeld = qint64(sent) * MessageBytes;
    qInfo("while the server did not read: the app got %lld MiB out, %lld MiB waited in the proxy at most, RSS grew "
          "by %lld MiB at most",
        sentWhileHeld / MiB, waitingPeak / MiB, (rssPeak - rssBefore) / MiB);
    // Socket buffers on both sides of the proxy take a few tens of MiB (more under ASan, which reads
    // slower); without back-pressure all 224 MiB would be gone.
    QVERIFY2(sentWhileHeld < Total / 2, qPrintable(QString::number(sentWhileHeld)));
    QVERIFY2(
        waitingPeak <= InterceptConnection::HighWaterBytes + MessageBytes, qPrintable(QString::number(waitingPeak)));
    QVERIFY2(rssPeak - rssBefore < MemoryBound, qPrintable(QString::number(rssPeak - rssBefore)));
    QCOMPARE(upstream.messages, 0);

    upstream.setPaused(false);
    QVERIFY2(waitForCount([&] { return app.stop ? -1 : qsizetype(upstream.messages); }, Messages),
        qPrintable(
            QStringLiteral("%1 of %2 messages; app %3").arg(upstream.messages).arg(Messages).arg(app.stopText())));
    pump.stop();
    qInfo("%lld MiB through the proxy to a server that paused in %lld ms", Total / MiB, clock.elapsed());
    QCOMPARE(upstream.wrong, 0);
    QVERIFY(!connection->appLeg()->isSuspended());
    QCOMPARE(app.channel.close(1000, {}), ChannelError::None);
    QVERIFY(app.waitStopped());
    QVERIFY(upstream.closed);
    QVERIFY(proxy.waitEnded(connection));
}

QTEST_GUILESS_MAIN(TestInterceptTraffic)
#include "tst_intercept_traffic.moc"
