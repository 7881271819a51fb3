// SPDX-License-Identifier: GPL-3.0-or-later
// permessage-deflate against real servers on 127.0.0.1: Python `websockets` 10.4 and Node `ws`
// 8.11, started from deflate_echo.py / deflate_echo.js with every combination of the
// no_context_takeover flags and window bits the library allows. Each connection echoes text and
// binary messages and checks the bytes, the agreed parameters, and RSV1 and wire sizes of the
// frames in both directions (frameSent / frameReceived).
#include "bytesdifference.h"
#include "randombytes.h"
#include "scriptprocess.h"
#include "stoptext.h"
#include "websocketchannel.h"

#include <QTest>

#include <memory>

using namespace Framewise;

namespace {

constexpr int OpenMs = 10000;
constexpr int EchoMs = 30000;
constexpr int StopMs = 10000;

enum class Server { Python, Node };

QString serverName(Server server)
{
    return server == Server::Python ? QStringLiteral("python") : QStringLiteral("node");
}

struct ServerConfig {
    Server server = Server::Python;
    bool serverNoContextTakeover = false;
    bool clientNoContextTakeover = false;
    int serverBits = 0; // 0: not configured
    int clientBits = 0; // 0: not configured
    bool compression = true;

    QStringList arguments() const
    {
        QStringList args;
        if (!compression)
            return { QStringLiteral("--no-compression") };
        if (serverNoContextTakeover)
            args << QStringLiteral("--server-no-context-takeover");
        if (clientNoContextTakeover)
            args << QStringLiteral("--client-no-context-takeover");
        if (serverBits)
            args << QStringLiteral("--server-max-window-bits") << QString::number(serverBits);
        if (clientBits)
            args << QStringLiteral("--client-max-window-bits") << QString::number(clientBits);
        return args;
    }
    std::unique_ptr<ScriptProcess> start() const
    {
        return std::make_unique<ScriptProcess>(
            server == Server::Python ? ScriptProcess::Runtime::Python : ScriptProcess::Runtime::Node,
            server == Server::Python ? ScriptProcess::testsFile(QStringLiteral("deflate/deflate_echo.py"))
                                     : ScriptProcess::testsFile(QStringLiteral("deflate/deflate_echo.js")),
            arguments());
    }
};

struct Payload {
    QString name;
    bool text = false;
    QByteArray data;
    bool compressible = false; // deflate must make it smaller on the wire
};

// Repetitive JSON (an array of similar records), ASCII, exactly `size` bytes.
QByteArray jsonText(qsizetype size)
{
    QByteArray out = "[";
    for (int id = 0; out.size() < size; ++id) {
        out += R"({"id":)" + QByteArray::number(id) + R"(,"user":"user-)" + QByteArray::number(id % 37)
            + R"(","status":")" + (id % 3 ? "active" : "idle") + R"(","tags":["alpha","beta"],"score":)"
            + QByteArray::number((id * 7919) % 1000) + "},";
    }
    out.resize(size);
    return out;
}

// Records of a slowly changing counter and a fixed tag: compressible binary.
QByteArray repetitiveBytes(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = i % 16 < 4 ? char((i / 1024) & 0xFF)
                             : char("\x01\x02\xfe\xff"
                                    "FWSR"
                                    "\x00\x00\x10\x20"[i % 12]);
    return data;
}

QList<Payload> payloads(const QList<qsizetype> &sizes)
{
    QList<Payload> list;
    for (const qsizetype size : sizes) {
        const bool big = size >= 1024;
        list.append({ QStringLiteral("json %1").arg(size), true, jsonText(size), big });
        list.append({ QStringLiteral("random %1").arg(size), false, randomBytes(size, quint32(size)), false });
        list.append({ QStringLiteral("repetitive %1").arg(size), false, repetitiveBytes(size), big });
    }
    return list;
}

// One data message as it crossed the wire: RSV1 of its first frame, the payload bytes of all its frames.
struct WireMessage {
    quint8 opcode = 0;
    bool rsv1 = false;
    qint64 wire = 0;
    int frames = 0;
};

void track(const FrameInfo &frame, WireMessage *pending, QList<WireMessage> *done)
{
    if (Opcode::isControl(frame.opcode))
        return;
    if (frame.opcode != Opcode::Continuation)
        *pending = { frame.opcode, frame.rsv1, 0, 0 };
    pending->wire += frame.payloadLength;
    ++pending->frames;
    if (frame.fin)
        done->append(*pending);
}

// A WebSocketChannel with everything it reports collected.
class Client {
public:
    explicit Client(const DeflateOptions &options)
    {
        m_optionsOk = channel.setDeflateOptions(options) == ChannelError::None;
        QObject::connect(&channel, &WebSocketChannel::started, &channel, [this] { started = true; });
        QObject::connect(&channel, &WebSocketChannel::stopped, &channel, [this](const StopStatus &s) {
            stopped = true;
            status = s;
        });
        QObject::connect(&channel, &WebSocketChannel::messageAvailable, &channel, [this](const QByteArray &m) {
            messages.append({ true, m });
        });
        QObject::connect(&channel, &WebSocketChannel::binaryMessageAvailable, &channel, [this](const QByteArray &m) {
            messages.append({ false, m });
        });
        QObject::connect(
            &channel, &WebSocketChannel::acknowledged, &channel, [this](qint64 size) { acknowledged.append(size); });
        QObject::connect(&channel, &WebSocketChannel::frameSent, &channel, [this](const FrameInfo &f) {
            anyRsv1Sent = anyRsv1Sent || f.rsv1;
            track(f, &m_sentPending, &sent);
        });
        QObject::connect(&channel, &WebSocketChannel::frameReceived, &channel, [this](const FrameInfo &f) {
            anyRsv1Received = anyRsv1Received || f.rsv1;
            track(f, &m_receivedPending, &received);
        });
    }

    bool open(const QUrl &url, QString *error)
    {
        if (!m_optionsOk) {
            *error = QStringLiteral("setDeflateOptions refused the options");
            return false;
        }
        if (channel.asyncOpen(url) != ChannelError::None) {
            *error = QStringLiteral("asyncOpen failed");
            return false;
        }
        (void)QTest::qWaitFor([this] { return started || stopped; }, OpenMs);
        if (!started)
            *error = stopped ? stopDetails(status) : QStringLiteral("neither started nor stopped");
        return started && !stopped;
    }
    bool closeCleanly(QString *error)
    {
        channel.close(1000, QStringLiteral("bye"));
        (void)QTest::qWaitFor([this] { return stopped; }, StopMs);
        if (!stopped || status.reason != StopReason::Ok || status.closeCodeReceived != 1000) {
            *error = stopped ? stopDetails(status) : QStringLiteral("did not stop");
            return false;
        }
        return true;
    }

    struct Message {
        bool text;
        QByteArray data;
    };
    WebSocketChannel channel;
    QList<Message> messages;
    QList<qint64> acknowledged;
    QList<WireMessage> sent;
    QList<WireMessage> received;
    bool anyRsv1Sent = false;
    bool anyRsv1Received = false;
    bool started = false;
    bool stopped = false;
    StopStatus status;

private:
    WireMessage m_sentPending;
    WireMessage m_receivedPending;
    bool m_optionsOk = false;
};

struct Expected {
    bool active = true;
    DeflateParameters agreed;
};

} // namespace

Q_DECLARE_METATYPE(ServerConfig)

// Starts the server `config` describes, as `process`; fails the test when it does not listen.
#define START_SERVER(process, config)                                                                                  \
    const auto process = (config).start();                                                                             \
    QVERIFY2(process->waitForPort(), qPrintable(process->errorString()))

class TestDeflatePeers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matrix_data();
    void matrix();
    void clientRequestsServerParameters_data();
    void clientRequestsServerParameters();
    void smallerClientWindowThanServerAllows();
    void clientBitsNotOffered_data();
    void clientBitsNotOffered();
    void disabledOffer_data();
    void disabledOffer();
    void serverWithoutCompression();
    void compressionThresholdBoundary();
    void compressedMessageOverLimit();
    void fragmentedCompressedMessages_data();
    void fragmentedCompressedMessages();

private:
    // Opens a connection, echoes `messages` plus the same 200 random bytes twice (to see context
    // takeover in both directions), checks everything, and closes.
    void exercise(
        ScriptProcess &server, const DeflateOptions &options, const Expected &expected, const QList<Payload> &messages);
};

void TestDeflatePeers::exercise(
    ScriptProcess &server, const DeflateOptions &options, const Expected &expected, const QList<Payload> &messages)
{
    const int extBefore = int(server.lines(QStringLiteral("EXT ")).size());
    Client client(options);
    QString error;
    QVERIFY2(client.open(server.url(), &error), qPrintable(error + u'\n' + server.errorOutput()));

    // The offer on the wire is what the options say.
    const HttpHeaders &requestHeaders = client.channel.handshakeRequest().headers;
    QCOMPARE(requestHeaders.value("Sec-WebSocket-Extensions"), options.offer());
    QCOMPARE(requestHeaders.contains("Sec-WebSocket-Extensions"), options.enabled);

    // The answer the server printed is the one the channel reports, and the agreement matches it.
    QVERIFY(server.waitForLines(QStringLiteral("EXT "), extBefore + 1, 5000));
    const QString serverExt = server.lines(QStringLiteral("EXT ")).at(extBefore).mid(4);
    QCOMPARE(client.channel.extensions(), serverExt == u"-" ? QString() : serverExt);
    QCOMPARE(client.channel.isCompressionActive(), expected.active);
    if (expected.active) {
        const DeflateParameters agreed = client.channel.agreedDeflate();
        QCOMPARE(agreed.serverNoContextTakeover, expected.agreed.serverNoContextTakeover);
        QCOMPARE(agreed.clientNoContextTakeover, expected.agreed.clientNoContextTakeover);
        QCOMPARE(agreed.serverMaxWindowBits, expected.agreed.serverMaxWindowBits);
        QCOMPARE(agreed.clientMaxWindowBits, expected.agreed.clientMaxWindowBits);
    }

    QList<Payload> all = messages;
    const QByteArray repeated = randomBytes(200, 4242);
    all.append({ QStringLiteral("repeat 1"), false, repeated, false });
    all.append({ QStringLiteral("repeat 2"), false, repeated, false });
    for (const Payload &p : std::as_const(all))
        QCOMPARE(p.text ? client.channel.sendMsg(p.data) : client.channel.sendBinaryMsg(p.data), ChannelError::None);
    (void)QTest::qWaitFor([&] { return client.messages.size() >= all.size() || client.stopped; }, EchoMs);
    QVERIFY2(!client.stopped, qPrintable(stopDetails(client.status)));
    QCOMPARE(client.messages.size(), all.size());
    QTRY_COMPARE_WITH_TIMEOUT(client.acknowledged.size(), all.size(), EchoMs);
    QCOMPARE(client.sent.size(), all.size());
    QCOMPARE(client.received.size(), all.size());

    const qint64 threshold = options.compressionThreshold;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Payload &p = all.at(i);
        const QByteArray what = p.name.toUtf8();
        QVERIFY2(client.messages.at(i).text == p.text, what.constData());
        // Acknowledged with the original size, not the compressed one (nsIWebSocketListener::onAcknowledge).
        QVERIFY2(client.acknowledged.at(i) == p.data.size(),
            qPrintable(QStringLiteral("%1: acknowledged %2").arg(p.name).arg(client.acknowledged.at(i))));
        QVERIFY2(client.messages.at(i).data == p.data,
            qPrintable(p.name + u": " + firstDifference(client.messages.at(i).data, p.data)));

        // Sent: compressed exactly when the message reaches the threshold.
        const WireMessage &out = client.sent.at(i);
        QCOMPARE(out.opcode, p.text ? Opcode::Text : Opcode::Binary);
        const bool compressOut = expected.active && p.data.size() >= threshold;
        QVERIFY2(out.rsv1 == compressOut,
            qPrintable(QStringLiteral("%1: sent RSV1 %2, expected %3").arg(p.name).arg(out.rsv1).arg(compressOut)));
        if (!compressOut)
            QVERIFY2(out.wire == p.data.size(), what.constData());
        else if (p.compressible)
            QVERIFY2(out.wire < p.data.size() / 2,
                qPrintable(QStringLiteral("%1: sent %2 wire bytes").arg(p.name).arg(out.wire)));

        // Received: both servers compress every message (threshold 0) once the extension is on.
        const WireMessage &in = client.received.at(i);
        QCOMPARE(in.opcode, p.text ? Opcode::Text : Opcode::Binary);
        QVERIFY2(
            in.rsv1 == expected.active, qPrintable(QStringLiteral("%1: received RSV1 %2").arg(p.name).arg(in.rsv1)));
        if (!expected.active)
            QVERIFY2(in.wire == p.data.size(), what.constData());
        else if (p.compressible)
            QVERIFY2(in.wire < p.data.size() / 2,
                qPrintable(QStringLiteral("%1: received %2 wire bytes").arg(p.name).arg(in.wire)));
    }

    if (expected.active) {
        // Context takeover: the second copy is a back-reference into the first (a few bytes),
        // unless that side resets its window per message (then both copies cost the same).
        const qsizetype n = all.size();
        const WireMessage &sent1 = client.sent.at(n - 2), &sent2 = client.sent.at(n - 1);
        const WireMessage &recv1 = client.received.at(n - 2), &recv2 = client.received.at(n - 1);
        const QString sizes = QStringLiteral("sent %1 then %2, received %3 then %4")
                                  .arg(sent1.wire)
                                  .arg(sent2.wire)
                                  .arg(recv1.wire)
                                  .arg(recv2.wire);
        if (expected.agreed.clientNoContextTakeover)
            QVERIFY2(sent2.wire == sent1.wire, qPrintable(sizes));
        else
            QVERIFY2(sent2.wire < 20 && sent1.wire > 190, qPrintable(sizes));
        if (expected.agreed.serverNoContextTakeover)
            QVERIFY2(recv2.wire == recv1.wire, qPrintable(sizes));
        else
            QVERIFY2(recv2.wire < 20 && recv1.wire > 190, qPrintable(sizes));
    } else {
        QVERIFY(!client.anyRsv1Sent);
        QVERIFY(!client.anyRsv1Received);
    }
    QVERIFY2(client.closeCleanly(&error), qPrintable(error));
}

void TestDeflatePeers::matrix_data()
{
    QTest::addColumn<ServerConfig>("config");
    QTest::addColumn<bool>("fullSizes");

    struct Bits {
        int server;
        int client;
    };
    // Python's zlib cannot deflate raw with 8 bits, so its server_max_window_bits starts at 9;
    // Node raises 8 to 9 internally and accepts it. client_max_window_bits=8 works with both.
    const QList<Bits> pythonBits { { 0, 0 }, { 9, 8 }, { 12, 12 }, { 15, 9 } };
    const QList<Bits> nodeBits { { 0, 0 }, { 8, 8 }, { 9, 12 }, { 12, 9 }, { 15, 15 } };
    for (const Server server : { Server::Python, Server::Node }) {
        const QList<Bits> &bitsList = server == Server::Python ? pythonBits : nodeBits;
        for (const Bits &bits : bitsList) {
            for (int flags = 0; flags < 4; ++flags) {
                const ServerConfig config { .server = server,
                    .serverNoContextTakeover = (flags & 1) != 0,
                    .clientNoContextTakeover = (flags & 2) != 0,
                    .serverBits = bits.server,
                    .clientBits = bits.client };
                // Every size for two combinations per server: defaults, and both flags with small windows.
                const bool full = (flags == 0 && bits.server == 0) || (flags == 3 && bits.server && bits.server <= 9);
                QTest::addRow("%s snct=%d cnct=%d sbits=%d cbits=%d", qPrintable(serverName(server)),
                    int(config.serverNoContextTakeover), int(config.clientNoContextTakeover), bits.server, bits.client)
                    << config << full;
            }
        }
    }
}

void TestDeflatePeers::matrix()
{
    QFETCH(ServerConfig, config);
    QFETCH(bool, fullSizes);

    START_SERVER(server, config);

    Expected expected;
    expected.agreed.serverNoContextTakeover = config.serverNoContextTakeover;
    expected.agreed.clientNoContextTakeover = config.clientNoContextTakeover;
    expected.agreed.serverMaxWindowBits = config.serverBits ? config.serverBits : 15;
    expected.agreed.clientMaxWindowBits = config.clientBits ? config.clientBits : 15;

    const QList<Payload> messages
        = fullSizes ? payloads({ 16, 1024, 64 * 1024, 1024 * 1024 }) : payloads({ 16, 1024, 64 * 1024 });
    // The client offers client_max_window_bits without a value (the default), then with 15.
    for (const int clientBitsOffer : { -1, 15 }) {
        DeflateOptions options;
        options.clientMaxWindowBits = clientBitsOffer;
        exercise(*server, options, expected, messages);
        if (QTest::currentTestFailed()) {
            qWarning("client_max_window_bits offered as %d; server stderr: %s", clientBitsOffer,
                qPrintable(server->errorOutput()));
            return;
        }
    }
}

void TestDeflatePeers::clientRequestsServerParameters_data()
{
    QTest::addColumn<int>("server");
    QTest::newRow("python") << int(Server::Python);
    QTest::newRow("node") << int(Server::Node);
}

void TestDeflatePeers::clientRequestsServerParameters()
{
    // The client asks for server_no_context_takeover and server_max_window_bits=10; a server
    // with default settings grants both, and its frames show it.
    QFETCH(int, server);
    const ServerConfig config { .server = Server(server) };
    START_SERVER(process, config);
    DeflateOptions options;
    options.serverNoContextTakeover = true;
    options.serverMaxWindowBits = 10;
    Expected expected;
    expected.agreed.serverNoContextTakeover = true;
    expected.agreed.serverMaxWindowBits = 10;
    exercise(*process, options, expected, payloads({ 16, 1024, 64 * 1024 }));
}

void TestDeflatePeers::smallerClientWindowThanServerAllows()
{
    // Python keeps the client's smaller client_max_window_bits (10) below its own limit (12).
    const ServerConfig config { .clientBits = 12 };
    START_SERVER(server, config);
    DeflateOptions options;
    options.clientMaxWindowBits = 10;
    Expected expected;
    expected.agreed.clientMaxWindowBits = 10;
    exercise(*server, options, expected, payloads({ 1024, 64 * 1024 }));
}

void TestDeflatePeers::clientBitsNotOffered_data()
{
    clientRequestsServerParameters_data();
}

void TestDeflatePeers::clientBitsNotOffered()
{
    // The server limits client_max_window_bits to 12 but the client did not offer the parameter.
    QFETCH(int, server);
    const ServerConfig config { .server = Server(server), .clientBits = 12 };
    START_SERVER(process, config);
    DeflateOptions options;
    options.clientMaxWindowBits = 0;
    if (Server(server) == Server::Python) {
        // Python leaves the parameter out of its answer; the client's window stays 15 bits.
        exercise(*process, options, Expected {}, payloads({ 16, 1024, 64 * 1024 }));
        return;
    }
    // Node's `ws` cannot accept the offer and refuses the whole handshake with 400; the channel
    // reports that as a rejected handshake.
    Client client(options);
    QString error;
    QVERIFY(!client.open(process->url(), &error));
    QCOMPARE(client.status.reason, StopReason::HandshakeRejected);
    QCOMPARE(client.status.httpStatus, 400);
    QVERIFY(!client.channel.isCompressionActive());
}

void TestDeflatePeers::disabledOffer_data()
{
    clientRequestsServerParameters_data();
}

void TestDeflatePeers::disabledOffer()
{
    // DeflateOptions{enabled=false}: no offer, nothing negotiated, no RSV1 in either direction,
    // although the server would compress.
    QFETCH(int, server);
    const ServerConfig config { .server = Server(server) };
    START_SERVER(process, config);
    DeflateOptions options;
    options.enabled = false;
    Expected expected;
    expected.active = false;
    exercise(*process, options, expected, payloads({ 16, 1024, 64 * 1024 }));
    QCOMPARE(process->lines(QStringLiteral("EXT ")).value(0), QStringLiteral("EXT -"));
}

void TestDeflatePeers::serverWithoutCompression()
{
    // The client offers, the server does not take it: plain frames both ways.
    for (const Server server : { Server::Python, Server::Node }) {
        const ServerConfig config { .server = server, .compression = false };
        START_SERVER(process, config);
        Expected expected;
        expected.active = false;
        exercise(*process, DeflateOptions {}, expected, payloads({ 16, 1024, 64 * 1024 }));
        if (QTest::currentTestFailed())
            return;
    }
}

void TestDeflatePeers::compressionThresholdBoundary()
{
    // compressionThreshold 100: 99 bytes go plain, 100 and more compressed (exercise() checks
    // RSV1 of every sent message against the threshold).
    ServerConfig config;
    START_SERVER(server, config);
    DeflateOptions options;
    options.compressionThreshold = 100;
    QList<Payload> messages;
    for (const qsizetype size : { 0, 1, 63, 64, 99, 100, 101, 5000 }) {
        messages.append({ QStringLiteral("json %1").arg(size), true, jsonText(size), size >= 1024 });
        messages.append({ QStringLiteral("repetitive %1").arg(size), false, repetitiveBytes(size), size >= 1024 });
    }
    exercise(*server, options, Expected {}, messages);
}

void TestDeflatePeers::compressedMessageOverLimit()
{
    // The server sends back 1 MiB of JSON as about 20 KiB of deflate; with a 256 KiB message limit
    // the channel stops while inflating and closes with 1009.
    const ServerConfig config { .server = Server::Node };
    START_SERVER(server, config);
    Client client(DeflateOptions {});
    QCOMPARE(client.channel.setMaxMessageSize(256 * 1024), ChannelError::None);
    QString error;
    QVERIFY2(client.open(server->url(), &error), qPrintable(error));
    QVERIFY(client.channel.isCompressionActive());
    QCOMPARE(client.channel.sendMsg(jsonText(1024 * 1024)), ChannelError::None);
    QTRY_VERIFY_WITH_TIMEOUT(client.stopped, EchoMs);
    QVERIFY(client.messages.isEmpty());
    QCOMPARE(client.received.size(), 1);
    QVERIFY(client.received.at(0).rsv1);
    QVERIFY2(client.received.at(0).wire < 256 * 1024, qPrintable(QString::number(client.received.at(0).wire)));
    QCOMPARE(client.status.reason, StopReason::MessageTooLarge);
    QVERIFY(client.status.closeFrameSent);
    QCOMPARE(client.status.closeCodeSent, quint16(CloseCode::TooLarge));
}

void TestDeflatePeers::fragmentedCompressedMessages_data()
{
    QTest::addColumn<int>("server");
    QTest::addColumn<bool>("serverNoContextTakeover");
    QTest::newRow("python") << int(Server::Python) << false;
    QTest::newRow("python, no context takeover") << int(Server::Python) << true;
    QTest::newRow("node") << int(Server::Node) << false;
    QTest::newRow("node, no context takeover") << int(Server::Node) << true;
}

void TestDeflatePeers::fragmentedCompressedMessages()
{
    // The servers send one compressed message in several frames: RSV1 on the first only, every
    // fragment sync-flushed. The channel inflates across fragments and keeps the window in step.
    QFETCH(int, server);
    QFETCH(bool, serverNoContextTakeover);
    const ServerConfig config { .server = Server(server), .serverNoContextTakeover = serverNoContextTakeover };
    START_SERVER(process, config);
    Client client(DeflateOptions {});
    QString error;
    QVERIFY2(client.open(process->url(), &error), qPrintable(error));
    QVERIFY(client.channel.isCompressionActive());

    struct Case {
        int fragments;
        QByteArray text;
    };
    const QList<Case> cases { { 2, QByteArrayLiteral("Hello") }, { 3, jsonText(1024) }, { 7, jsonText(200000) },
        { 4, jsonText(64 * 1024) }, { 2, jsonText(1024) } };
    for (const Case &c : cases) {
        const qsizetype before = client.messages.size();
        QCOMPARE(client.channel.sendMsg(QByteArray("!fragments " + QByteArray::number(c.fragments) + ' ' + c.text)),
            ChannelError::None);
        QTRY_VERIFY_WITH_TIMEOUT(client.messages.size() > before || client.stopped, EchoMs);
        QVERIFY2(!client.stopped, qPrintable(stopDetails(client.status)));
        QVERIFY(client.messages.last().text);
        QVERIFY2(
            client.messages.last().data == c.text, qPrintable(firstDifference(client.messages.last().data, c.text)));
        const WireMessage &in = client.received.last();
        // Python's websockets ends a fragmented message with an empty final continuation frame.
        QCOMPARE(in.frames, c.fragments + (Server(server) == Server::Python ? 1 : 0));
        QVERIFY(in.rsv1);
        if (c.text.size() >= 1024)
            QVERIFY2(in.wire < c.text.size() / 2, qPrintable(QString::number(in.wire)));
    }
    QVERIFY2(client.closeCleanly(&error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestDeflatePeers)
#include "tst_deflate_peers.moc"
