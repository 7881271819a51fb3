// SPDX-License-Identifier: GPL-3.0-or-later
// The server role end to end: a WebSocketListener on 127.0.0.1 whose handshakeReceived slot calls
// accept(), with the server-role WebSocketChannels it hands out echoing every message. Real clients
// talk to it: our own client-role WebSocketChannel, QWebSocket, Python `websockets`, Node `ws`, and
// raw QTcpSockets that write exact bytes (also malformed ones) and read exactly what came back; wss
// with a CA and a server certificate made by openssl at test time. Nothing is mocked.
#include "bytesdifference.h"
#include "certificateset.h"
#include "pendinghandshake.h"
#include "randombytes.h"
#include "scriptprocess.h"
#include "stoptext.h"
#include "websocketchannel.h"
#include "websocketlistener.h"
#include "websocketwire.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

#include <functional>
#include <memory>
#include <vector>

using namespace Framewise;

namespace {

constexpr int WaitMs = 20000;

// The sizes that cross the length forms (7-bit, 16-bit, 64-bit) and a large message.
const QList<qsizetype> EchoSizes { 0, 125, 126, 65535, 65536, 1024 * 1024 };

// The same payloads as python_client.py and node_client.js make: text byte i is 'a' + i % 26,
// binary byte i is block[i % 3000] for a pseudo-random block (its repeats lie farther back than a
// small deflate window reaches).
QByteArray textPayload(qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        out[i] = char('a' + i % 26);
    return out;
}

QByteArray patternPayload(qsizetype size)
{
    static const QByteArray block = [] {
        QByteArray bytes(3000, Qt::Uninitialized);
        quint32 x = 1;
        for (char &byte : bytes) {
            x = (x * 1103515245u + 12345u) & 0x7FFFFFFF;
            byte = char((x >> 16) & 0xFF);
        }
        return bytes;
    }();
    QByteArray out(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        out[i] = block.at(i % block.size());
    return out;
}

struct Message {
    bool text = false;
    QByteArray payload;
    friend bool operator==(const Message &, const Message &) = default;
};

// Everything one channel (either role) reported, in order.
struct ChannelLog {
    QPointer<WebSocketChannel> channel;
    int started = 0;
    QList<Message> messages;
    QList<FrameInfo> framesReceived;
    QList<FrameInfo> framesSent;
    QList<QByteArray> pings;
    QList<QByteArray> pongs;
    QList<qint64> pongRtts;
    QList<quint16> closeCodes; // serverClosed(): the peer's Close
    QStringList closeReasons;
    QList<StopStatus> stops;
    QList<SecurityInfo> secured;

    bool isStopped() const { return !stops.isEmpty(); }
    QString why() const { return stops.isEmpty() ? QStringLiteral("(not stopped)") : stopDetails(stops.first()); }
};

// Records channel's signals into log; with echo, sends every message back as it came.
void attach(WebSocketChannel *channel, ChannelLog *log, bool echo)
{
    log->channel = channel;
    QObject::connect(channel, &WebSocketChannel::started, channel, [log] { ++log->started; });
    QObject::connect(channel, &WebSocketChannel::messageAvailable, channel, [channel, log, echo](const QByteArray &m) {
        log->messages.append({ true, m });
        if (echo)
            channel->sendMsg(m);
    });
    QObject::connect(
        channel, &WebSocketChannel::binaryMessageAvailable, channel, [channel, log, echo](const QByteArray &m) {
            log->messages.append({ false, m });
            if (echo)
                channel->sendBinaryMsg(m);
        });
    QObject::connect(channel, &WebSocketChannel::frameReceived, channel,
        [log](const FrameInfo &frame) { log->framesReceived.append(frame); });
    QObject::connect(channel, &WebSocketChannel::frameSent, channel,
        [log](const FrameInfo &frame) { log->framesSent.append(frame); });
    QObject::connect(
        channel, &WebSocketChannel::pingReceived, channel, [log](const QByteArray &p) { log->pings.append(p); });
    QObject::connect(channel, &WebSocketChannel::pongReceived, channel, [log](const QByteArray &p, qint64 rtt) {
        log->pongs.append(p);
        log->pongRtts.append(rtt);
    });
    QObject::connect(channel, &WebSocketChannel::serverClosed, channel, [log](quint16 code, const QString &reason) {
        log->closeCodes.append(code);
        log->closeReasons.append(reason);
    });
    QObject::connect(
        channel, &WebSocketChannel::stopped, channel, [log](const StopStatus &status) { log->stops.append(status); });
    QObject::connect(
        channel, &WebSocketChannel::secured, channel, [log](const SecurityInfo &info) { log->secured.append(info); });
}

// The listener under test with an echo server behind it: every valid request is accepted (unless
// autoAccept is off: then it is kept in held for the test to answer), and each channel echoes.
class EchoServer : public QObject {
public:
    EchoServer()
    {
        connect(&listener, &WebSocketListener::handshakeReceived, this, [this](PendingHandshake *handshake) {
            requests.append(handshake->request());
            if (!autoAccept) {
                held.append(handshake);
                return;
            }
            if (!acceptOne(handshake))
                ++acceptFailures;
        });
        connect(&listener, &WebSocketListener::handshakeFailed, this,
            [this](const HandshakeFailure &failure) { failures.append(failure); });
    }
    ~EchoServer() override
    {
        // The channels go before the logs their lambdas write to.
        for (const auto &log : connections)
            delete log->channel.data();
    }

    // Accepts with options and records (and echoes) what the new channel does; null when accept() failed.
    ChannelLog *acceptOne(PendingHandshake *handshake)
    {
        WebSocketChannel *channel = handshake->accept(options, this);
        if (!channel)
            return nullptr;
        auto log = std::make_unique<ChannelLog>();
        attach(channel, log.get(), echo);
        if (configure)
            configure(channel);
        connections.push_back(std::move(log));
        return connections.back().get();
    }

    bool listen() { return listener.listen(QHostAddress::LocalHost, 0); }
    QUrl url(const QString &path = QStringLiteral("/echo")) const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                        .arg(listener.isSecure() ? QStringLiteral("wss") : QStringLiteral("ws"))
                        .arg(listener.serverPort())
                        .arg(path));
    }
    // The index-th accepted connection once it has started, or null.
    ChannelLog *connection(qsizetype index = 0)
    {
        if (!QTest::qWaitFor(
                [&] { return qsizetype(connections.size()) > index && connections[index]->started > 0; }, WaitMs))
            return nullptr;
        return connections[index].get();
    }

    WebSocketListener listener;
    ServerHandshake::Options options;
    bool echo = true;
    bool autoAccept = true;
    std::function<void(WebSocketChannel *)> configure; // called right after accept()
    std::vector<std::unique_ptr<ChannelLog>> connections;
    QList<HandshakeRequest> requests;
    QList<QPointer<PendingHandshake>> held;
    QList<HandshakeFailure> failures;
    int acceptFailures = 0;
};

// A client of our own (client role) that records everything.
struct Client {
    explicit Client(bool echo = false) { attach(&channel, &log, echo); }
    bool open(const QUrl &url)
    {
        if (channel.asyncOpen(url) != ChannelError::None)
            return false;
        return QTest::qWaitFor([this] { return log.started > 0 || log.isStopped(); }, WaitMs) && log.started > 0;
    }
    WebSocketChannel channel;
    ChannelLog log;
};

// A client that writes and reads raw bytes, for exact requests and frames. Its reads run the event
// loop, so the in-process server keeps working.
struct RawClient {
    RawClient()
    {
        QObject::connect(&socket, &QIODevice::readyRead, &socket, [this] { input += socket.readAll(); });
        QObject::connect(&socket, &QAbstractSocket::connected, &socket, [this] { localPort = socket.localPort(); });
    }

    bool connectTo(quint16 port)
    {
        socket.connectToHost(QHostAddress::LocalHost, port);
        return QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::ConnectedState; }, WaitMs);
    }
    static QByteArray request(const QByteArray &key = QByteArrayLiteral("dGhlIHNhbXBsZSBub25jZQ=="))
    {
        return "GET /raw HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
               "Sec-WebSocket-Key: "
            + key + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
    }
    // Waits for a whole HTTP answer head (and, with a Content-Length, its body) and takes it from
    // input into head and body.
    bool readAnswer()
    {
        const bool complete = QTest::qWaitFor(
            [this] {
                const qsizetype end = input.indexOf("\r\n\r\n");
                if (end < 0)
                    return false;
                const qsizetype length = WebSocketWire::headerValue(input.left(end), "Content-Length").toLongLong();
                return input.size() >= end + 4 + length;
            },
            WaitMs);
        if (!complete)
            return false;
        const qsizetype end = input.indexOf("\r\n\r\n");
        head = input.left(end);
        const qsizetype length = WebSocketWire::headerValue(head, "Content-Length").toLongLong();
        body = input.mid(end + 4, length);
        input.remove(0, end + 4 + length);
        return true;
    }
    // The request, the answer 101 read.
    bool handshake(const QByteArray &extra = {})
    {
        socket.write(request() + extra); // one write: the frames go with the request
        return readAnswer() && head.startsWith("HTTP/1.1 101 ");
    }
    bool readFrame(WebSocketWire::Frame &frame, int ms = WaitMs)
    {
        return QTest::qWaitFor([&] { return WebSocketWire::takeFrame(input, frame); }, ms);
    }
    bool waitForDisconnected(int ms = WaitMs)
    {
        return QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::UnconnectedState; }, ms);
    }
    QByteArray statusLine() const { return head.left(head.indexOf("\r\n")); }

    QTcpSocket socket;
    quint16 localPort = 0; // socket.localPort() is 0 again once disconnected
    QByteArray input;
    QByteArray head;
    QByteArray body;
};

QList<Message> echoMessages()
{
    QList<Message> out;
    for (const qsizetype size : EchoSizes) {
        out.append({ true, textPayload(size) });
        out.append({ false, patternPayload(size) });
    }
    return out;
}

// Lists where two message lists part, without printing megabytes.
QString messagesDifference(const QList<Message> &got, const QList<Message> &expected)
{
    if (got.size() != expected.size())
        return QStringLiteral("%1 messages, expected %2").arg(got.size()).arg(expected.size());
    for (qsizetype i = 0; i < got.size(); ++i) {
        if (got.at(i).text != expected.at(i).text)
            return QStringLiteral("message %1: text/binary differs").arg(i);
        if (got.at(i).payload != expected.at(i).payload)
            return QStringLiteral("message %1: %2")
                .arg(i)
                .arg(firstDifference(got.at(i).payload, expected.at(i).payload));
    }
    return {};
}

QString sizesArgument()
{
    QStringList sizes;
    for (const qsizetype size : EchoSizes)
        sizes.append(QString::number(size));
    return sizes.join(u',');
}

int countRsv1(const QList<FrameInfo> &frames)
{
    int n = 0;
    for (const FrameInfo &frame : frames)
        n += frame.rsv1 ? 1 : 0;
    return n;
}

} // namespace

class TestServerChannel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // Our own client
    void echoesEverySize_data();
    void echoesEverySize();
    void masksOnlyClientFrames();
    void pingFromClientGetsPong();
    void pingFromServerGetsPong();
    void manualPong();
    void bytesToWriteDrains();
    void clientCloses();
    void serverCloses();
    void serverEndsTcpFirst_data();
    void serverEndsTcpFirst();

    // Other clients
    void qwebsocketEchoes();
    void pythonWebsocketsEchoesCompressed();
    void nodeWsEchoesCompressed();
    void pythonWebsocketsWithServerDeflateLimits();
    void frameInTheSameWriteAsTheRequest();
    void subprotocolAndExtraHeaders();

    // Bad input
    void unmaskedClientFrameIsProtocolError();
    void badRequests_data();
    void badRequests();
    void slowClientIsCutOff();
    void pendingHandshakeLimit();
    void listenOnPortInUse();
    void clientLeavesWhileHandshakePending_data();
    void clientLeavesWhileHandshakePending();
    void respondSendsResponseAsIs();
    void refuseSendsReason();
    void refuseWithExtraHeaders();
    void pendingHandshakeHoldsClientBack();

    // TLS
    void wssEchoesWithSecurityInfo();
    void wssClientThatDoesNotTrustUs();
    void wssClientThatNeverStartsTls();
    void plainClientOnTheTlsPort();
    void tlsHandshakesCountAgainstTheLimit();

private:
    QTemporaryDir m_certificateDir;
    CertificateSet m_certificates;
};

void TestServerChannel::initTestCase()
{
    QVERIFY(m_certificateDir.isValid());
    const QString problem = m_certificates.generate(m_certificateDir.path());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// ---------------------------------------------------------------------------------------------
// Our own client

void TestServerChannel::echoesEverySize_data()
{
    QTest::addColumn<bool>("compression");
    QTest::newRow("plain") << false;
    QTest::newRow("permessage-deflate") << true;
}

void TestServerChannel::echoesEverySize()
{
    QFETCH(bool, compression);
    EchoServer server;
    server.options.deflate.enabled = compression; // the client offers it either way
    QVERIFY(server.listen());
    Client client;
    QVERIFY2(client.open(server.url()), qPrintable(client.log.why()));
    ChannelLog *accepted = server.connection();
    QVERIFY(accepted);
    QVERIFY(accepted->channel->isServerRole());
    QVERIFY(!client.channel.isServerRole());
    QCOMPARE(client.channel.isCompressionActive(), compression);
    QCOMPARE(accepted->channel->isCompressionActive(), compression);
    QCOMPARE(accepted->channel->extensions(), client.channel.extensions());
    QCOMPARE(accepted->channel->URI(), server.url());

    const QList<Message> expected = echoMessages();
    for (const Message &message : expected) {
        const ChannelError error
            = message.text ? client.channel.sendMsg(message.payload) : client.channel.sendBinaryMsg(message.payload);
        QCOMPARE(error, ChannelError::None);
    }
    QVERIFY2(QTest::qWaitFor(
                 [&] { return client.log.messages.size() >= expected.size() || client.log.isStopped(); }, WaitMs),
        qPrintable(client.log.why()));
    // Byte-exact and in order, both on the server (what it read) and back on the client.
    const QString serverDifference = messagesDifference(accepted->messages, expected);
    QVERIFY2(serverDifference.isEmpty(), qPrintable(serverDifference));
    const QString clientDifference = messagesDifference(client.log.messages, expected);
    QVERIFY2(clientDifference.isEmpty(), qPrintable(clientDifference));

    // Each message is one frame each way; what one side sent is what the other received.
    QCOMPARE(accepted->framesReceived.size(), expected.size());
    QCOMPARE(client.log.framesSent.size(), expected.size());
    QCOMPARE(client.log.framesReceived.size(), expected.size());
    QCOMPARE(accepted->framesSent.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const FrameInfo &in = accepted->framesReceived.at(i);
        QCOMPARE(in.payloadLength, client.log.framesSent.at(i).payloadLength);
        QCOMPARE(in.rsv1, client.log.framesSent.at(i).rsv1);
        QCOMPARE(in.opcode, expected.at(i).text ? Opcode::Text : Opcode::Binary);
        const FrameInfo &out = client.log.framesReceived.at(i);
        QCOMPARE(out.payloadLength, accepted->framesSent.at(i).payloadLength);
        QCOMPARE(out.rsv1, accepted->framesSent.at(i).rsv1);
        // Compressed exactly when agreed and the message is not tiny (the threshold is 64 bytes).
        const bool compressible = compression && expected.at(i).payload.size() >= 64;
        QCOMPARE(in.rsv1, compressible);
        QCOMPARE(out.rsv1, compressible);
        if (compressible && expected.at(i).payload.size() > 1000) // both patterns repeat: they shrink
            QVERIFY(in.payloadLength < expected.at(i).payload.size() / 4);
    }
    QCOMPARE(countRsv1(accepted->framesReceived), compression ? 10 : 0); // 10 messages of 64 bytes or more
    QCOMPARE(int(accepted->framesReceived.first().headerLength), 6); // 2 + mask key

    QCOMPARE(client.channel.close(CloseCode::Normal, QStringLiteral("done")), ChannelError::None);
    QVERIFY2(QTest::qWaitFor([&] { return client.log.isStopped() && accepted->isStopped(); }, WaitMs),
        qPrintable(client.log.why() + u' ' + accepted->why()));
    QCOMPARE(client.log.stops.first().reason, StopReason::Ok);
    QCOMPARE(accepted->stops.first().reason, StopReason::Ok);
}

void TestServerChannel::masksOnlyClientFrames()
{
    EchoServer server;
    QVERIFY(server.listen());
    Client client;
    QVERIFY2(client.open(server.url()), qPrintable(client.log.why()));
    ChannelLog *accepted = server.connection();
    QVERIFY(accepted);
    for (int i = 0; i < 8; ++i)
        QCOMPARE(client.channel.sendMsg(QStringLiteral("message %1").arg(i)), ChannelError::None);
    QCOMPARE(client.channel.ping("p"), ChannelError::None);
    QVERIFY(QTest::qWaitFor([&] { return client.log.messages.size() == 8 && client.log.pongs.size() == 1; }, WaitMs));

    // The server saw every client frame masked, with the key the client chose for it.
    QCOMPARE(accepted->framesReceived.size(), 9);
    QCOMPARE(client.log.framesSent.size(), 9);
    QSet<quint32> keys;
    for (qsizetype i = 0; i < accepted->framesReceived.size(); ++i) {
        const FrameInfo &frame = accepted->framesReceived.at(i);
        QVERIFY(frame.masked);
        QVERIFY(client.log.framesSent.at(i).masked);
        QCOMPARE(frame.maskKey, client.log.framesSent.at(i).maskKey);
        keys.insert(frame.maskKey);
    }
    QVERIFY2(keys.size() >= 8, "the mask keys repeat"); // 9 random keys; a collision is one in ~10^8
    QCOMPARE(accepted->framesReceived.last().opcode, Opcode::Ping);
    QCOMPARE(accepted->framesReceived.last().controlPayload, QByteArray("p"));

    // The server's own frames are not masked, and the client saw them so.
    QCOMPARE(accepted->framesSent.size(), 9); // 8 echoes and the pong
    QCOMPARE(client.log.framesReceived.size(), 9);
    for (qsizetype i = 0; i < accepted->framesSent.size(); ++i) {
        QVERIFY(!accepted->framesSent.at(i).masked);
        QCOMPARE(accepted->framesSent.at(i).maskKey, 0u);
        QVERIFY(!client.log.framesReceived.at(i).masked);
        QCOMPARE(int(accepted->framesSent.at(i).headerLength), 2);
    }
    QCOMPARE(accepted->framesSent.last().opcode, Opcode::Pong);
}

void TestServerChannel::pingFromClientGetsPong()
{
    EchoServer server;
    QVERIFY(server.listen());
    Client client;
    QVERIFY2(client.open(server.url()), qPrintable(client.log.why()));
    ChannelLog *accepted = server.connection();
    QVERIFY(accepted);
    QCOMPARE(client.channel.ping("from the client"), ChannelError::None);
    QVERIFY(QTest::qWaitFor([&] { return !client.log.pongs.isEmpty(); }, WaitMs));
    QCOMPARE(client.log.pongs, QList<QByteArray> { "from the client" });
    QVERIFY(client.log.pongRtts.first() >= 0); // it answers our ping
    QCOMPARE(accepted->pings, QList<QByteArray> { "from the client" });
    QCOMPARE(accepted->framesSent.size(), 1);
    QCOMPARE(accepted->framesSent.first().opcode, Opcode::Pong);
    QCOMPARE(accepted->framesSent.first().controlPayload, QByteArray("from the client"));
}

void TestServerChannel::pingFromServerGetsPong()
{
    EchoServer server;
    QVERIFY(server.listen());
    Client client;
    QVERIFY2(client.open(server.url()), qPrintable(client.log.why()));
    ChannelLog *accepted = server.connection();
    QVERIFY(accepted);
    QCOMPARE(accepted->channel->ping("from the server"), ChannelError::None);
    QVERIFY(QTest::qWaitFor([&] { return !accepted->pongs.isEmpty(); }, WaitMs));
    QCOMPARE(accepted->pongs, QList<QByteArray> { "from the server" });
    QVERIFY(accepted->pongRtts.first() >= 0);
    QCOMPARE(client.log.pings, QList<QByteArray> { "from the server" });
    QCOMPARE(accepted->framesReceived.size(), 1);
    QCOMPARE(accepted->framesReceived.first().opcode, Opcode::Pong);
    QVERIFY(accepted->framesReceived.first().masked);
}

void TestServerChannel::manualPong()
{
    EchoServer server;
    server.configure = [](WebSocketChannel *channel) { channel->setAutoReplyPing(false); };
    QVERIFY(server.listen());
    Client client;
    QVERIFY2(client.open(server.url()), qPrintable(client.log.why()));
    ChannelLog *accepted = server.connection();
    QVERIFY(accepted);

    // A message after the ping: its echo comes after any pong the server would have sent for it.
    QCOMPARE(client.channel.ping("carried"), ChannelError::None);
    QCOMPARE(client.channel.sendMsg(QByteArray("after the ping")), ChannelError::None);
    QVERIFY(QTest::qWaitFor([&] { return !client.log.messages.isEmpty(); }, WaitMs));
    QCOMPARE(client.log.messages.first().payload, QByteArray("after the ping"));
    QCOMPARE(accepted->pings, QList<QByteArray> { "carried" });
    QVERIFY2(client.log.pongs.isEmpty(), "the server answered the ping by itself");

    QCOMPARE(accepted->channel->sendPong(QByteArray(126, 'x')), ChannelError::InvalidArgument);
    QCOMPARE(accepted->channel->sendPong("carried"), ChannelError::None);
    QVERIFY(QTest::qWaitFor([&] { return !client.log.pongs.isEmpty(); }, WaitMs));
    QCOMPARE(client.log.pongs, QList<QByteArray> { "carried" });
    QVERIFY(client.log.pongRtts.first() >= 0); // it matched the client's ping
    QCOMPARE(accepted->framesSent.last().opcode, Opcode::Pong);
    QVERIFY(!accepted->framesSent.last().masked);

    // An unsolicited pong, to the client that sent no ping: reported with rtt -1.
    QCOMPARE(accepted->channel->sendPong("unsolicited"), ChannelError::None);
    QVERIFY(QTest::qWaitFor([&] { return client.log.pongs.size() == 2; }, WaitMs));
    QCOMPARE(client.log.pongs.last(), QByteArray("unsolicited"));
    QCOMPARE(client.log.pongRtts.last(), qint64(-1));
}

void TestServerChannel::bytesToWriteDrains()
{
    EchoServer server;
    server.echo = false;
    server.options.deflate.enabled = false;
    QVERIFY(server.listen());
    Client client;
    QVERIFY2(client.open(server.url()), qPrintable(client.log.why()));
    ChannelLog *accepted = server.connection();
    QVERIFY(accepted);
    QCOMPARE(accepted->channel->bytesToWrite(), qint64(0));
    // A small message waits in the channel's own batch until the event loop runs; it counts too.
    QCOMPARE(accepted->channel->sendBinaryMsg("tiny"), ChannelError::None);
    QCOMPARE(accepted->channel->bytesToWrite(), qint64(2 + 4));
    QVERIFY(QTest::qWaitFor([&] { return accepted->channel->bytesToWrite() == 0; }, WaitMs));
    // A large one goes to the socket at once (past the batch threshold) and drains from there.
    const QByteArray big = randomBytes(4 * 1024 * 1024, 3);
    QCOMPARE(accepted->channel->sendBinaryMsg(big), ChannelError::None);
    // Nothing has run the event loop yet: the frame is queued, not on the network.
    QVERIFY2(accepted->channel->bytesToWrite() >= big.size(),
        qPrintable(QString::number(accepted->channel->bytesToWrite())));
    QVERIFY(QTest::qWaitFor([&] { return client.log.messages.size() == 2; }, WaitMs));
    QCOMPARE(client.log.messages.first().payload, QByteArray("tiny"));
    QVERIFY(client.log.messages.last().payload == big);
    QVERIFY(QTest::qWaitFor([&] { return accepted->channel->bytesToWrite() == 0; }, WaitMs));
}

void TestServerChannel::clientCloses()
{
    EchoServer server;
    QVERIFY(server.listen());
    Client client;
    QVERIFY2(client.open(server.url()), qPrintable(client.log.why()));
    ChannelLog *accepted = server.connection();
    QVERIFY(accepted);
    QCOMPARE(client.channel.close(4001, QStringLiteral("client says bye")), ChannelError::None);
    QVERIFY2(QTest::qWaitFor([&] { return client.log.isStopped() && accepted->isStopped(); }, WaitMs),
        qPrintable(client.log.why() + u' ' + accepted->why()));

    // The server role hears the client's Close through serverClosed() and echoes its code.
    QCOMPARE(accepted->closeCodes, QList<quint16> { 4001 });
    QCOMPARE(accepted->closeReasons, QStringList { QStringLiteral("client says bye") });
    const StopStatus serverSide = accepted->stops.first();
    QVERIFY2(serverSide.reason == StopReason::Ok, qPrintable(stopDetails(serverSide)));
    QCOMPARE(serverSide.closeCodeReceived, quint16(4001));
    QCOMPARE(serverSide.closeReasonReceived, QStringLiteral("client says bye"));
    QVERIFY(serverSide.closeFrameSent);
    QCOMPARE(serverSide.closeCodeSent, quint16(4001));
    const StopStatus clientSide = client.log.stops.first();
    QVERIFY2(clientSide.reason == StopReason::Ok, qPrintable(stopDetails(clientSide)));
    QCOMPARE(clientSide.closeCodeReceived, quint16(4001));
    QVERIFY(client.log.closeCodes.isEmpty()); // it started the close: no serverClosed()
    QCOMPARE(accepted->stops.size(), 1);
    QCOMPARE(client.log.stops.size(), 1);
    QCOMPARE(accepted->channel->state(), WebSocketChannel::State::Closed);
}

void TestServerChannel::serverCloses()
{
    EchoServer server;
    QVERIFY(server.listen());
    Client client;
    QVERIFY2(client.open(server.url()), qPrintable(client.log.why()));
    ChannelLog *accepted = server.connection();
    QVERIFY(accepted);
    QCOMPARE(accepted->channel->close(4002, QStringLiteral("server says bye")), ChannelError::None);
    QCOMPARE(accepted->channel->state(), WebSocketChannel::State::Closing);
    QVERIFY2(QTest::qWaitFor([&] { return client.log.isStopped() && accepted->isStopped(); }, WaitMs),
        qPrintable(client.log.why() + u' ' + accepted->why()));
    QCOMPARE(client.log.closeCodes, QList<quint16> { 4002 });
    QCOMPARE(client.log.closeReasons, QStringList { QStringLiteral("server says bye") });
    QVERIFY2(client.log.stops.first().reason == StopReason::Ok, qPrintable(client.log.why()));
    QVERIFY2(accepted->stops.first().reason == StopReason::Ok, qPrintable(accepted->why()));
    QCOMPARE(accepted->stops.first().closeCodeReceived, quint16(4002)); // the client echoed it
    QVERIFY(accepted->closeCodes.isEmpty());
    const FrameInfo close = accepted->framesSent.last();
    QCOMPARE(close.opcode, Opcode::Close);
    QVERIFY(!close.masked);
    QCOMPARE(close.controlPayload, WebSocketWire::closePayload(4002, "server says bye"));
}

void TestServerChannel::serverEndsTcpFirst_data()
{
    QTest::addColumn<bool>("clientStarts");
    QTest::newRow("client starts the close") << true;
    QTest::newRow("server starts the close") << false;
}

void TestServerChannel::serverEndsTcpFirst()
{
    // RFC 6455 section 7.1.1: after the closing handshake the server ends TCP first; the client
    // here never closes its socket, so only the server can end the connection.
    QFETCH(bool, clientStarts);
    EchoServer server;
    QVERIFY(server.listen());
    RawClient raw;
    QVERIFY(raw.connectTo(server.listener.serverPort()));
    QVERIFY2(raw.handshake(), raw.head.constData());
    ChannelLog *accepted = server.connection();
    QVERIFY(accepted);
    const QByteArray bye = WebSocketWire::closePayload(1000, "raw bye");
    if (clientStarts)
        raw.socket.write(WebSocketWire::clientFrame(Opcode::Close, bye, 0x11223344));
    else
        QCOMPARE(accepted->channel->close(1000, QStringLiteral("raw bye")), ChannelError::None);
    WebSocketWire::Frame close;
    QVERIFY(raw.readFrame(close));
    QCOMPARE(close.opcode, Opcode::Close);
    QVERIFY(!close.masked);
    QCOMPARE(close.closeCode(), quint16(1000));
    if (!clientStarts)
        raw.socket.write(WebSocketWire::clientFrame(Opcode::Close, bye, 0x55667788));
    // Well before the 2 s after which an unanswered connection is cut regardless.
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(raw.waitForDisconnected(1500), "the server did not end the TCP connection");
    QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(raw.socket.error(), QAbstractSocket::RemoteHostClosedError);
    QVERIFY(raw.input.isEmpty()); // nothing after the Close
    QVERIFY(QTest::qWaitFor([&] { return accepted->isStopped(); }, WaitMs));
    QVERIFY2(accepted->stops.first().reason == StopReason::Ok, qPrintable(accepted->why()));
}

// ---------------------------------------------------------------------------------------------
// Other clients

void TestServerChannel::qwebsocketEchoes()
{
    EchoServer server;
    QVERIFY(server.listen());
    QWebSocket client;
    QList<Message> received;
    connect(&client, &QWebSocket::textMessageReceived, this, [&received](const QString &text) {
        received.append({ true, text.toUtf8() });
    });
    connect(&client, &QWebSocket::binaryMessageReceived, this, [&received](const QByteArray &data) {
        received.append({ false, data });
    });
    bool connected = false;
    connect(&client, &QWebSocket::connected, this, [&connected] { connected = true; });
    client.open(server.url(QStringLiteral("/qt")));
    QVERIFY2(QTest::qWaitFor([&] { return connected; }, WaitMs), qPrintable(client.errorString()));
    ChannelLog *accepted = server.connection();
    QVERIFY(accepted);
    QVERIFY(!accepted->channel->isCompressionActive()); // QWebSocket offers no compression

    const QList<Message> expected = echoMessages();
    for (const Message &message : expected) {
        if (message.text)
            client.sendTextMessage(QString::fromUtf8(message.payload));
        else
            client.sendBinaryMessage(message.payload);
    }
    QVERIFY(QTest::qWaitFor([&] { return received.size() >= expected.size(); }, WaitMs));
    const QString difference = messagesDifference(received, expected);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(accepted->messages.size(), expected.size());

    client.close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("qt done"));
    QVERIFY(QTest::qWaitFor([&] { return accepted->isStopped(); }, WaitMs));
    QVERIFY2(accepted->stops.first().reason == StopReason::Ok, qPrintable(accepted->why()));
    QCOMPARE(accepted->closeCodes, QList<quint16> { 1001 });
    QCOMPARE(accepted->closeReasons, QStringList { QStringLiteral("qt done") });
}

void TestServerChannel::pythonWebsocketsEchoesCompressed()
{
    EchoServer server;
    QVERIFY(server.listen());
    ScriptProcess python(ScriptProcess::Runtime::Python,
        ScriptProcess::testsFile(QStringLiteral("peers/python_client.py")),
        { server.url().toString(), QStringLiteral("--echo"), sizesArgument(), QStringLiteral("--close"),
            QStringLiteral("4100") });
    QVERIFY2(python.errorString().isEmpty(), qPrintable(python.errorString()));
    QVERIFY2(
        python.waitForOutput(QStringLiteral("CLOSED "), 60000), qPrintable(python.output() + python.errorOutput()));
    const QString output = python.output();
    QVERIFY2(!output.contains(QLatin1String("ERROR")), qPrintable(output));
    QCOMPARE(python.lines(QStringLiteral("ECHO ")).size(), EchoSizes.size() * 2);
    QVERIFY2(output.contains(QLatin1String("EXTENSIONS permessage-deflate")), qPrintable(output));
    // The server's answer echoes the code (RFC 6455 section 5.5.1), not the reason.
    QVERIFY2(output.contains(QLatin1String("CLOSED 4100")), qPrintable(output));

    ChannelLog *accepted = server.connection();
    QVERIFY(accepted);
    QVERIFY(accepted->channel->isCompressionActive());
    const QString difference = messagesDifference(accepted->messages, echoMessages());
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    // websockets compresses every message, the empty ones too; the server inflated them.
    QCOMPARE(countRsv1(accepted->framesReceived), int(EchoSizes.size() * 2));
    QVERIFY(countRsv1(accepted->framesSent) > 0);
    QVERIFY(QTest::qWaitFor([&] { return accepted->isStopped(); }, WaitMs));
    QVERIFY2(accepted->stops.first().reason == StopReason::Ok, qPrintable(accepted->why()));
    QCOMPARE(accepted->closeCodes, QList<quint16> { 4100 });
    QCOMPARE(accepted->closeReasons, QStringList { QStringLiteral("python done") });
}

void TestServerChannel::nodeWsEchoesCompressed()
{
    EchoServer server;
    QVERIFY(server.listen());
    ScriptProcess node(ScriptProcess::Runtime::Node, ScriptProcess::testsFile(QStringLiteral("peers/node_client.js")),
        { server.url().toString(), QStringLiteral("--echo"), sizesArgument(), QStringLiteral("--close"),
            QStringLiteral("4200") });
    QVERIFY2(node.errorString().isEmpty(), qPrintable(node.errorString()));
    QVERIFY2(node.waitForOutput(QStringLiteral("CLOSED "), 60000), qPrintable(node.output() + node.errorOutput()));
    const QString output = node.output();
    QVERIFY2(!output.contains(QLatin1String("ERROR")), qPrintable(output));
    QCOMPARE(node.lines(QStringLiteral("ECHO ")).size(), EchoSizes.size() * 2);
    QVERIFY2(output.contains(QLatin1String("EXTENSIONS permessage-deflate")), qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("CLOSED 4200")), qPrintable(output));

    ChannelLog *accepted = server.connection();
    QVERIFY(accepted);
    QVERIFY(accepted->channel->isCompressionActive());
    const QString difference = messagesDifference(accepted->messages, echoMessages());
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QCOMPARE(countRsv1(accepted->framesReceived), int(EchoSizes.size() * 2)); // threshold 0: every message
    QVERIFY(countRsv1(accepted->framesSent) > 0);
    QVERIFY(QTest::qWaitFor([&] { return accepted->isStopped(); }, WaitMs));
    QVERIFY2(accepted->stops.first().reason == StopReason::Ok, qPrintable(accepted->why()));
    QCOMPARE(accepted->closeCodes, QList<quint16> { 4200 });
    QCOMPARE(accepted->closeReasons, QStringList { QStringLiteral("node done") });
}

void TestServerChannel::pythonWebsocketsWithServerDeflateLimits()
{
    // The server's policy limits its own window to 10 bits and asks for no context takeover both
    // ways; websockets inflates with exactly those (a 10-bit window, a fresh one per message), so a
    // server that compressed with more would break it.
    EchoServer server;
    server.options.deflate.serverMaxWindowBits = 10;
    server.options.deflate.clientMaxWindowBits = 11;
    server.options.deflate.serverNoContextTakeover = true;
    server.options.deflate.clientNoContextTakeover = true;
    QVERIFY(server.listen());
    ScriptProcess python(ScriptProcess::Runtime::Python,
        ScriptProcess::testsFile(QStringLiteral("peers/python_client.py")),
        { server.url().toString(), QStringLiteral("--echo"), sizesArgument(), QStringLiteral("--close"),
            QStringLiteral("1000") });
    QVERIFY2(python.errorString().isEmpty(), qPrintable(python.errorString()));
    QVERIFY2(python.waitForOutput(QStringLiteral("CLOSED "), 60000) || python.output().contains(QLatin1String("ERROR")),
        qPrintable(python.output() + python.errorOutput()));
    const QString output = python.output();
    QVERIFY2(!output.contains(QLatin1String("ERROR")), qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("NEGOTIATED permessage-deflate server_no_context_takeover=True "
                                           "client_no_context_takeover=True server_max_window_bits=10 "
                                           "client_max_window_bits=11")),
        qPrintable(output));
    QCOMPARE(python.lines(QStringLiteral("ECHO ")).size(), EchoSizes.size() * 2);
    ChannelLog *accepted = server.connection();
    QVERIFY(accepted);
    QCOMPARE(accepted->channel->agreedDeflate().serverMaxWindowBits, 10);
    QCOMPARE(accepted->channel->agreedDeflate().clientMaxWindowBits, 11);
    QVERIFY(countRsv1(accepted->framesSent) >= 8);
}

void TestServerChannel::frameInTheSameWriteAsTheRequest()
{
    // A client may send its first frames right behind its request; the listener reads them with
    // the request and hands them to the channel.
    EchoServer server;
    QVERIFY(server.listen());
    RawClient raw;
    QVERIFY(raw.connectTo(server.listener.serverPort()));
    const QByteArray frames = WebSocketWire::clientFrame(Opcode::Text, "Hello", 0x37FA213D)
        + WebSocketWire::clientFrame(Opcode::Binary, patternPayload(300), 0xCAFEBABE);
    QVERIFY2(raw.handshake(frames), raw.head.constData());
    ChannelLog *accepted = server.connection();
    QVERIFY(accepted);
    QVERIFY(QTest::qWaitFor([&] { return accepted->messages.size() == 2; }, WaitMs));
    QCOMPARE(accepted->messages.at(0), (Message { true, "Hello" }));
    QCOMPARE(accepted->messages.at(1), (Message { false, patternPayload(300) }));
    QCOMPARE(accepted->framesReceived.first().maskKey, 0x37FA213Du);
    // The echoes come back unmasked.
    WebSocketWire::Frame frame;
    QVERIFY(raw.readFrame(frame));
    QCOMPARE(frame.opcode, Opcode::Text);
    QVERIFY(!frame.masked);
    QCOMPARE(frame.payload, QByteArray("Hello"));
    QVERIFY(raw.readFrame(frame));
    QCOMPARE(frame.opcode, Opcode::Binary);
    QVERIFY(!frame.masked);
    QCOMPARE(frame.payload, patternPayload(300));
}

void TestServerChannel::subprotocolAndExtraHeaders()
{
    // The server's choice of subprotocol and its extra 101 headers reach the client; extra headers
    // that the handshake owns, or that are not valid HTTP, are left out rather than spoiling the
    // 101 (a value with a line break must not add a header, nor leave the client without an answer).
    EchoServer server;
    server.options.subprotocols = { QStringLiteral("v2.chat"), QStringLiteral("v1.chat") };
    server.options.extraHeaders.append("X-Server", "framewise");
    server.options.extraHeaders.append("Set-Cookie", "session=1; HttpOnly");
    server.options.extraHeaders.append("Sec-WebSocket-Accept", "forged");
    server.options.extraHeaders.append("Content-Length", "5");
    server.options.extraHeaders.append("X-Split", "a\r\nX-Injected: 1");
    server.options.extraHeaders.append("Bad Name", "x");
    server.options.extraHeaders.append("X-Last", "still here");
    QVERIFY(server.listen());
    Client client;
    QCOMPARE(client.channel.setProtocols({ QStringLiteral("v1.chat"), QStringLiteral("v2.chat") }), ChannelError::None);
    QVERIFY2(client.open(server.url(QStringLiteral("/chat?room=7"))), qPrintable(client.log.why()));
    ChannelLog *accepted = server.connection();
    QVERIFY(accepted);
    QCOMPARE(client.channel.protocol(), QStringLiteral("v2.chat"));
    QCOMPARE(accepted->channel->protocol(), QStringLiteral("v2.chat"));
    const HandshakeResponse &response = client.channel.handshakeResponse();
    QCOMPARE(response.headers.value("X-Server"), QByteArray("framewise"));
    QCOMPARE(response.headers.value("Set-Cookie"), QByteArray("session=1; HttpOnly"));
    QCOMPARE(response.headers.value("X-Last"), QByteArray("still here"));
    QCOMPARE(response.headers.values("Sec-WebSocket-Accept").size(), 1);
    QVERIFY(!response.headers.contains("X-Injected"));
    QVERIFY(!response.headers.contains("X-Split"));
    QVERIFY(!response.headers.contains("Content-Length"));
    // The server channel shows the request it read and the answer it wrote.
    QCOMPARE(accepted->channel->handshakeRequest().target(), QByteArray("/chat?room=7"));
    QCOMPARE(accepted->channel->handshakeResponse().statusCode, 101);
    QCOMPARE(accepted->channel->handshakeResponse().headers.value("X-Server"), QByteArray("framewise"));
    QCOMPARE(accepted->channel->URI().path(), QStringLiteral("/chat"));
    QCOMPARE(accepted->channel->URI().query(), QStringLiteral("room=7"));
}

// ---------------------------------------------------------------------------------------------
// Bad input

void TestServerChannel::unmaskedClientFrameIsProtocolError()
{
    EchoServer server;
    QVERIFY(server.listen());
    RawClient raw;
    QVERIFY(raw.connectTo(server.listener.serverPort()));
    QVERIFY2(raw.handshake(), raw.head.constData());
    ChannelLog *accepted = server.connection();
    QVERIFY(accepted);
    raw.socket.write(WebSocketWire::serverFrame(Opcode::Text, "not masked"));
    WebSocketWire::Frame close;
    QVERIFY(raw.readFrame(close));
    QCOMPARE(close.opcode, Opcode::Close);
    QVERIFY(!close.masked);
    QCOMPARE(close.closeCode(), quint16(1002));
    QVERIFY(QTest::qWaitFor([&] { return accepted->isStopped(); }, WaitMs));
    const StopStatus status = accepted->stops.first();
    QVERIFY2(status.reason == StopReason::ProtocolError, qPrintable(stopDetails(status)));
    QCOMPARE(status.closeCodeSent, quint16(1002));
    QVERIFY2(status.detail.contains(QLatin1String("unmasked")), qPrintable(status.detail));
    QVERIFY(accepted->messages.isEmpty());
    QVERIFY(raw.waitForDisconnected());
}

void TestServerChannel::badRequests_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<QByteArray>("statusLine");
    QTest::addColumn<QByteArray>("headerName");
    QTest::addColumn<QByteArray>("headerValue");
    QTest::addColumn<QString>("reason");

    QByteArray post = RawClient::request();
    post.replace("GET ", "POST ");
    QTest::newRow("POST") << post << QByteArray("HTTP/1.1 405 Method Not Allowed") << QByteArray("Allow")
                          << QByteArray("GET") << QStringLiteral("method “POST”");
    QByteArray noVersion = RawClient::request();
    noVersion.replace("Sec-WebSocket-Version: 13\r\n", "");
    QTest::newRow("no Sec-WebSocket-Version")
        << noVersion << QByteArray("HTTP/1.1 426 Upgrade Required") << QByteArray("Sec-WebSocket-Version")
        << QByteArray("13") << QStringLiteral("no Sec-WebSocket-Version header");
    QTest::newRow("bad key") << RawClient::request("c2hvcnQ=") << QByteArray("HTTP/1.1 400 Bad Request")
                             << QByteArray("Connection") << QByteArray("close") << QStringLiteral("Sec-WebSocket-Key");
    QByteArray huge = RawClient::request();
    huge.replace("\r\n\r\n", QByteArray("\r\nX-Padding: " + QByteArray(70 * 1024, 'p') + "\r\n\r\n"));
    QTest::newRow("70 KB header") << huge << QByteArray("HTTP/1.1 431 Request Header Fields Too Large")
                                  << QByteArray("Content-Type") << QByteArray("text/plain; charset=utf-8")
                                  << QStringLiteral("64 KiB");
}

void TestServerChannel::badRequests()
{
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, statusLine);
    QFETCH(QByteArray, headerName);
    QFETCH(QByteArray, headerValue);
    QFETCH(QString, reason);
    EchoServer server;
    QVERIFY(server.listen());
    RawClient raw;
    QVERIFY(raw.connectTo(server.listener.serverPort()));
    raw.socket.write(request);
    QVERIFY2(raw.readAnswer(), raw.input.left(200).constData());
    QCOMPARE(raw.statusLine(), statusLine);
    QCOMPARE(WebSocketWire::headerValue(raw.head, headerName), headerValue);
    QVERIFY(WebSocketWire::headerValue(raw.head, "Sec-WebSocket-Accept").isEmpty());
    // The server ends the connection after its answer.
    QVERIFY(raw.waitForDisconnected(5000));

    QVERIFY(QTest::qWaitFor([&] { return !server.failures.isEmpty(); }, WaitMs));
    QCOMPARE(server.failures.size(), 1);
    const HandshakeFailure &failure = server.failures.first();
    QVERIFY2(failure.reason.contains(reason), qPrintable(failure.reason));
    QCOMPARE(failure.response.statusCode, statusLine.split(' ').at(1).toInt());
    QCOMPARE(raw.body, failure.reason.toUtf8() + '\n'); // the body says why, in the same words
    QCOMPARE(failure.peerPort, raw.localPort);
    QCOMPARE(failure.peerAddress, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(server.requests.isEmpty()); // never offered for accept()
    QCOMPARE(server.listener.pendingCount(), 0);
}

void TestServerChannel::slowClientIsCutOff()
{
    EchoServer server;
    server.listener.setHandshakeTimeout(500);
    QCOMPARE(server.listener.handshakeTimeout(), 500);
    QVERIFY(server.listen());
    RawClient raw;
    QVERIFY(raw.connectTo(server.listener.serverPort()));
    const QByteArray request = RawClient::request();
    qsizetype sent = 0;
    QTimer drip;
    connect(&drip, &QTimer::timeout, this, [&] {
        if (sent < request.size() && raw.socket.state() == QAbstractSocket::ConnectedState)
            raw.socket.write(request.mid(sent++, 1));
    });
    drip.start(200);
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(QTest::qWaitFor([&] { return !server.failures.isEmpty(); }, 5000));
    const qint64 ms = elapsed.elapsed();
    QVERIFY2(ms >= 400 && ms < 2500, qPrintable(QString::number(ms)));
    QVERIFY(raw.waitForDisconnected(2000));
    drip.stop();
    QVERIFY(sent < 10); // it was far from done
    const HandshakeFailure &failure = server.failures.first();
    QVERIFY2(failure.reason.contains(QLatin1String("within 500 ms")), qPrintable(failure.reason));
    QCOMPARE(failure.response.statusCode, 0); // nothing was answered
    QVERIFY(raw.input.isEmpty());
    QCOMPARE(failure.peerPort, raw.localPort);
    QCOMPARE(server.listener.pendingCount(), 0);
}

void TestServerChannel::pendingHandshakeLimit()
{
    EchoServer server;
    server.listener.setMaxPendingHandshakes(2);
    QVERIFY(server.listen());
    RawClient first;
    QVERIFY(first.connectTo(server.listener.serverPort()));
    QVERIFY(QTest::qWaitFor([&] { return server.listener.pendingCount() == 1; }, WaitMs));
    RawClient second;
    QVERIFY(second.connectTo(server.listener.serverPort()));
    QVERIFY(QTest::qWaitFor([&] { return server.listener.pendingCount() == 2; }, WaitMs));

    RawClient third;
    QElapsedTimer elapsed;
    elapsed.start();
    third.socket.connectToHost(QHostAddress::LocalHost, server.listener.serverPort());
    // Cut off at once, not after the (default 10 s) handshake timeout.
    QVERIFY(QTest::qWaitFor([&] { return !server.failures.isEmpty(); }, 3000));
    QVERIFY(third.waitForDisconnected(3000));
    QVERIFY2(elapsed.elapsed() < 3000, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(server.failures.size(), 1);
    QVERIFY2(
        server.failures.first().reason.contains(QLatin1String("Too many")), qPrintable(server.failures.first().reason));
    QCOMPARE(server.failures.first().peerPort, third.localPort);

    // The two silent ones still hold their slots, and either may still complete its handshake.
    QCOMPARE(server.listener.pendingCount(), 2);
    QCOMPARE(first.socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(second.socket.state(), QAbstractSocket::ConnectedState);
    QVERIFY2(second.handshake(), second.head.constData());
    QVERIFY(server.connection());
    QCOMPARE(server.listener.pendingCount(), 1);
}

void TestServerChannel::listenOnPortInUse()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    WebSocketListener listener;
    QVERIFY(!listener.listen(QHostAddress::LocalHost, occupant.serverPort()));
    QVERIFY(!listener.isListening());
    QCOMPARE(listener.serverPort(), quint16(0));
    const QString error = listener.errorString();
    QVERIFY2(error.contains(QString::number(occupant.serverPort())), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("127.0.0.1")), qPrintable(error));
    // A free port works afterwards, and the error is gone.
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    QVERIFY(listener.isListening());
    QVERIFY(listener.errorString().isEmpty());
}

void TestServerChannel::clientLeavesWhileHandshakePending_data()
{
    QTest::addColumn<bool>("reset");
    QTest::newRow("FIN") << false;
    QTest::newRow("RST") << true;
}

void TestServerChannel::clientLeavesWhileHandshakePending()
{
    QFETCH(bool, reset);
    EchoServer server;
    server.autoAccept = false;
    QVERIFY(server.listen());
    RawClient raw;
    QVERIFY(raw.connectTo(server.listener.serverPort()));
    raw.socket.write(RawClient::request());
    QVERIFY(QTest::qWaitFor([&] { return !server.held.isEmpty(); }, WaitMs));
    QPointer<PendingHandshake> handshake = server.held.first();
    QVERIFY(handshake);
    QVERIFY(!handshake->isAbandoned());
    QCOMPARE(handshake->peerPort(), raw.localPort);
    QCOMPARE(handshake->request().target(), QByteArray("/raw"));
    int abandoned = 0;
    bool abandonedInSlot = false;
    bool acceptedInSlot = true;
    connect(handshake.data(), &PendingHandshake::abandoned, this, [&] {
        ++abandoned;
        abandonedInSlot = handshake->isAbandoned() && !handshake->isAnswered();
        acceptedInSlot = handshake->accept({}) != nullptr; // e.g. the proxy's upstream leg just opened
    });

    if (reset)
        raw.socket.abort();
    else
        raw.socket.disconnectFromHost();
    QVERIFY(QTest::qWaitFor([&] { return abandoned > 0; }, WaitMs));
    QVERIFY(abandonedInSlot);
    QVERIFY(!acceptedInSlot);
    QVERIFY(server.connections.empty());
    // Nothing will answer it: it goes away by itself, as an answered one does.
    QVERIFY2(QTest::qWaitFor([&] { return !handshake; }, WaitMs), "the abandoned handshake stays forever");
    QCOMPARE(abandoned, 1);
}

void TestServerChannel::respondSendsResponseAsIs()
{
    EchoServer server;
    server.autoAccept = false;
    QVERIFY(server.listen());
    RawClient raw;
    QVERIFY(raw.connectTo(server.listener.serverPort()));
    raw.socket.write(RawClient::request());
    QVERIFY(QTest::qWaitFor([&] { return !server.held.isEmpty(); }, WaitMs));
    QPointer<PendingHandshake> handshake = server.held.first();
    QVERIFY(handshake);

    HandshakeResponse upstream;
    upstream.httpVersion = "HTTP/1.1";
    upstream.statusCode = 403;
    upstream.reasonPhrase = "Forbidden";
    upstream.headers.append("X-Upstream", "yes");
    upstream.headers.append("Set-Cookie", "a=1");
    upstream.headers.append("Content-Type", "application/json");
    upstream.body = R"({"error":"not you"})";
    handshake->respond(upstream);
    QVERIFY(handshake->isAnswered());
    QCOMPARE(handshake->response().statusCode, 403);
    QVERIFY(!handshake->accept({})); // answered once only

    QVERIFY(raw.waitForDisconnected());
    QCOMPARE(raw.input,
        QByteArray("HTTP/1.1 403 Forbidden\r\nX-Upstream: yes\r\nSet-Cookie: a=1\r\nContent-Type: application/json\r\n"
                   "Content-Length: 19\r\n\r\n"
                   R"({"error":"not you"})"));
    QVERIFY(QTest::qWaitFor([&] { return !handshake; }, WaitMs)); // it deletes itself once answered
}

void TestServerChannel::refuseSendsReason()
{
    EchoServer server;
    server.autoAccept = false;
    QVERIFY(server.listen());
    RawClient raw;
    QVERIFY(raw.connectTo(server.listener.serverPort()));
    raw.socket.write(RawClient::request());
    QVERIFY(QTest::qWaitFor([&] { return !server.held.isEmpty(); }, WaitMs));
    QPointer<PendingHandshake> handshake = server.held.first();
    QVERIFY(handshake);
    handshake->refuse(502, QStringLiteral("The upstream server is unreachable."));
    QVERIFY(raw.readAnswer());
    QCOMPARE(raw.statusLine(), QByteArray("HTTP/1.1 502 Bad Gateway"));
    QCOMPARE(raw.body, QByteArray("The upstream server is unreachable.\n"));
    QCOMPARE(WebSocketWire::headerValue(raw.head, "Content-Type"), QByteArray("text/plain; charset=utf-8"));
    QVERIFY(raw.waitForDisconnected());
    QVERIFY(server.connections.empty());
}

void TestServerChannel::pendingHandshakeHoldsClientBack()
{
    // While its handshake waits for an answer (a proxy may first open its upstream leg), a client
    // that sends frames anyway is held back by TCP flow control: the server does not read (and
    // keep) an unbounded amount of them. Once accepted, every frame is delivered.
    EchoServer server;
    server.autoAccept = false;
    server.echo = false;
    server.options.deflate.enabled = false;
    QVERIFY(server.listen());
    RawClient raw;
    QVERIFY(raw.connectTo(server.listener.serverPort()));
    raw.socket.write(RawClient::request());
    QVERIFY(QTest::qWaitFor([&] { return !server.held.isEmpty(); }, WaitMs));
    QPointer<PendingHandshake> handshake = server.held.first();

    // 1 MiB chunks of 16 masked binary frames, written whenever the socket has taken the last one.
    const QByteArray payload = randomBytes(64 * 1024, 31);
    QByteArray chunk;
    for (int i = 0; i < 16; ++i)
        chunk += WebSocketWire::clientFrame(Opcode::Binary, payload, 0x10203040 + quint32(i));
    constexpr qint64 Cap = qint64(96) << 20; // far beyond what the kernel buffers on loopback
    qint64 written = 0;
    qint64 chunks = 0;
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    connect(&raw.socket, &QIODevice::bytesWritten, this, [&](qint64 n) {
        written += n;
        sinceProgress.restart();
    });
    const auto writeMore = [&] {
        while (raw.socket.bytesToWrite() < chunk.size() && qint64(chunks) * chunk.size() < Cap) {
            raw.socket.write(chunk);
            ++chunks;
        }
    };
    writeMore();
    QVERIFY(QTest::qWaitFor(
        [&] {
            writeMore();
            return written >= Cap || sinceProgress.elapsed() > 1000;
        },
        30000));
    QVERIFY2(written < qint64(48) << 20,
        qPrintable(QStringLiteral("the pending handshake took %1 MiB without an answer").arg(written >> 20)));
    QVERIFY(handshake);
    QVERIFY(!handshake->isAbandoned());

    ChannelLog *accepted = server.acceptOne(handshake);
    QVERIFY(accepted);
    QVERIFY(raw.readAnswer());
    QCOMPARE(raw.statusLine(), QByteArray("HTTP/1.1 101 Switching Protocols"));
    const qsizetype frames = qsizetype(chunks) * 16;
    QVERIFY2(QTest::qWaitFor([&] { return accepted->messages.size() >= frames || accepted->isStopped(); }, 60000),
        qPrintable(
            QStringLiteral("%1 of %2 frames; %3").arg(accepted->messages.size()).arg(frames).arg(accepted->why())));
    QCOMPARE(accepted->messages.size(), frames);
    for (const Message &message : std::as_const(accepted->messages)) {
        if (message.payload != payload)
            QFAIL(qPrintable(firstDifference(message.payload, payload)));
    }
}

void TestServerChannel::refuseWithExtraHeaders()
{
    // A refusal carries the caller's headers, but its own Content-Length (the body is the reason),
    // and nothing that is not valid HTTP: the client always gets an answer.
    EchoServer server;
    server.autoAccept = false;
    QVERIFY(server.listen());
    RawClient raw;
    QVERIFY(raw.connectTo(server.listener.serverPort()));
    raw.socket.write(RawClient::request());
    QVERIFY(QTest::qWaitFor([&] { return !server.held.isEmpty(); }, WaitMs));
    QPointer<PendingHandshake> handshake = server.held.first();
    QVERIFY(handshake);
    HttpHeaders extra;
    extra.append("Retry-After", "30");
    extra.append("Content-Length", "99"); // e.g. the upstream's, for its own body
    extra.append("X-Split", "a\nX-Injected: 1");
    handshake->refuse(503, QStringLiteral("Busy."), extra);
    QVERIFY2(raw.readAnswer(), raw.input.constData());
    QCOMPARE(raw.statusLine(), QByteArray("HTTP/1.1 503 Service Unavailable"));
    QCOMPARE(WebSocketWire::headerValue(raw.head, "Retry-After"), QByteArray("30"));
    QCOMPARE(WebSocketWire::headerValue(raw.head, "Content-Length"), QByteArray("6"));
    QVERIFY(WebSocketWire::headerValue(raw.head, "X-Injected").isEmpty());
    QCOMPARE(raw.body, QByteArray("Busy.\n"));
    QVERIFY(raw.waitForDisconnected());
}

// ---------------------------------------------------------------------------------------------
// TLS

void TestServerChannel::wssEchoesWithSecurityInfo()
{
    EchoServer server;
    QSslConfiguration serverTls = QSslConfiguration::defaultConfiguration();
    serverTls.setLocalCertificate(m_certificates.server.certificate);
    serverTls.setPrivateKey(m_certificates.server.key);
    server.listener.setSslConfiguration(serverTls);
    QVERIFY(server.listener.isSecure());
    QVERIFY(server.listen());

    Client client;
    QSslConfiguration clientTls = QSslConfiguration::defaultConfiguration();
    clientTls.setCaCertificates({ m_certificates.ca.certificate }); // the test CA and nothing else
    QCOMPARE(client.channel.setSslConfiguration(clientTls), ChannelError::None);
    const QUrl url = server.url(QStringLiteral("/secure"));
    QCOMPARE(url.scheme(), QStringLiteral("wss"));
    QVERIFY2(client.open(url), qPrintable(client.log.why()));
    ChannelLog *accepted = server.connection();
    QVERIFY(accepted);

    const SecurityInfo clientInfo = client.channel.securityInfo();
    QVERIFY(clientInfo.isSecure());
    QVERIFY(clientInfo.verified);
    QVERIFY(!clientInfo.peerChain.isEmpty());
    QCOMPARE(clientInfo.peerChain.first(), m_certificates.server.certificate);
    const SecurityInfo serverInfo = accepted->channel->securityInfo();
    QVERIFY(serverInfo.isSecure());
    QCOMPARE(serverInfo.protocol, clientInfo.protocol);
    QCOMPARE(serverInfo.cipher, clientInfo.cipher);
    QVERIFY(serverInfo.cipherBits >= 128);
    QCOMPARE(accepted->secured.size(), 1);
    QCOMPARE(accepted->secured.first().cipher, serverInfo.cipher);
    QCOMPARE(accepted->channel->URI().scheme(), QStringLiteral("wss"));

    const QByteArray text = QStringLiteral("über TLS").toUtf8();
    const QByteArray binary = randomBytes(100000, 9);
    QCOMPARE(client.channel.sendMsg(text), ChannelError::None);
    QCOMPARE(client.channel.sendBinaryMsg(binary), ChannelError::None);
    QVERIFY(QTest::qWaitFor([&] { return client.log.messages.size() == 2 || client.log.isStopped(); }, WaitMs));
    QCOMPARE(client.log.messages.at(0), (Message { true, text }));
    QVERIFY(client.log.messages.at(1) == (Message { false, binary }));
    QCOMPARE(client.channel.close(), ChannelError::None);
    QVERIFY(QTest::qWaitFor([&] { return client.log.isStopped() && accepted->isStopped(); }, WaitMs));
    QVERIFY2(client.log.stops.first().reason == StopReason::Ok, qPrintable(client.log.why()));
    QVERIFY2(accepted->stops.first().reason == StopReason::Ok, qPrintable(accepted->why()));
}

void TestServerChannel::wssClientThatDoesNotTrustUs()
{
    EchoServer server;
    QSslConfiguration serverTls = QSslConfiguration::defaultConfiguration();
    serverTls.setLocalCertificate(m_certificates.server.certificate);
    serverTls.setPrivateKey(m_certificates.server.key);
    server.listener.setSslConfiguration(serverTls);
    QVERIFY(server.listen());
    Client client; // the system's CAs only
    QVERIFY(!client.open(server.url()));
    QVERIFY2(client.log.stops.first().reason == StopReason::TlsFailed, qPrintable(client.log.why()));
    // Qt's client finishes TLS before it judges the certificate, then hangs up: to the server it
    // is a client that left without a request. Reported all the same.
    QVERIFY(QTest::qWaitFor([&] { return !server.failures.isEmpty(); }, WaitMs));
    QVERIFY(!server.failures.first().reason.isEmpty());
    QCOMPARE(server.failures.first().response.statusCode, 0);
    QCOMPARE(server.failures.first().peerAddress, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(server.failures.first().peerPort != 0);
    QVERIFY(server.requests.isEmpty());
}

void TestServerChannel::wssClientThatNeverStartsTls()
{
    // A plain TCP client on the TLS port that sends nothing: the handshake timeout covers TLS.
    EchoServer server;
    QSslConfiguration serverTls = QSslConfiguration::defaultConfiguration();
    serverTls.setLocalCertificate(m_certificates.server.certificate);
    serverTls.setPrivateKey(m_certificates.server.key);
    server.listener.setSslConfiguration(serverTls);
    server.listener.setHandshakeTimeout(500);
    QVERIFY(server.listen());
    RawClient raw;
    QVERIFY(raw.connectTo(server.listener.serverPort()));
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY2(raw.waitForDisconnected(5000), "the silent client was never cut off");
    QVERIFY2(elapsed.elapsed() >= 400, qPrintable(QString::number(elapsed.elapsed())));
    QVERIFY2(QTest::qWaitFor([&] { return !server.failures.isEmpty(); }, 2000), "the cut-off was not reported");
    QCOMPARE(server.failures.first().peerPort, raw.localPort);
    QVERIFY(server.requests.isEmpty());
}

void TestServerChannel::plainClientOnTheTlsPort()
{
    // ws:// pointed at a wss listener: the request is no TLS ClientHello; the connection fails on
    // both sides and the listener reports it.
    EchoServer server;
    QSslConfiguration serverTls = QSslConfiguration::defaultConfiguration();
    serverTls.setLocalCertificate(m_certificates.server.certificate);
    serverTls.setPrivateKey(m_certificates.server.key);
    server.listener.setSslConfiguration(serverTls);
    QVERIFY(server.listen());
    Client client;
    QVERIFY(!client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(server.listener.serverPort()))));
    QVERIFY2(QTest::qWaitFor([&] { return !server.failures.isEmpty(); }, 5000), "the failure was not reported");
    const HandshakeFailure &failure = server.failures.first();
    QVERIFY2(failure.reason.contains(QLatin1String("TLS")), qPrintable(failure.reason));
    QCOMPARE(failure.peerAddress, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(failure.peerPort != 0);
    QVERIFY(server.requests.isEmpty());
}

void TestServerChannel::tlsHandshakesCountAgainstTheLimit()
{
    // Clients still in their TLS handshake hold slots like any other: the third silent one is cut
    // off at once and reported, and the listener keeps accepting.
    EchoServer server;
    QSslConfiguration serverTls = QSslConfiguration::defaultConfiguration();
    serverTls.setLocalCertificate(m_certificates.server.certificate);
    serverTls.setPrivateKey(m_certificates.server.key);
    server.listener.setSslConfiguration(serverTls);
    server.listener.setMaxPendingHandshakes(2);
    QVERIFY(server.listen());
    RawClient first;
    QVERIFY(first.connectTo(server.listener.serverPort()));
    RawClient second;
    QVERIFY(second.connectTo(server.listener.serverPort()));
    QVERIFY(QTest::qWaitFor([&] { return server.listener.pendingCount() == 2; }, WaitMs));
    RawClient third;
    third.socket.connectToHost(QHostAddress::LocalHost, server.listener.serverPort());
    QVERIFY2(QTest::qWaitFor([&] { return !server.failures.isEmpty(); }, 3000), "the third client was not cut off");
    QVERIFY(third.waitForDisconnected(3000));
    QVERIFY2(
        server.failures.first().reason.contains(QLatin1String("Too many")), qPrintable(server.failures.first().reason));
    QCOMPARE(server.failures.first().peerPort, third.localPort);
    QCOMPARE(first.socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(second.socket.state(), QAbstractSocket::ConnectedState);

    // A slot frees up: a real wss client gets through.
    first.socket.abort();
    QVERIFY(QTest::qWaitFor([&] { return server.listener.pendingCount() == 1; }, WaitMs));
    Client client;
    QSslConfiguration clientTls = QSslConfiguration::defaultConfiguration();
    clientTls.setCaCertificates({ m_certificates.ca.certificate });
    QCOMPARE(client.channel.setSslConfiguration(clientTls), ChannelError::None);
    QVERIFY2(client.open(server.url()), qPrintable(client.log.why()));
}

QTEST_GUILESS_MAIN(TestServerChannel)
#include "tst_serverchannel.moc"
