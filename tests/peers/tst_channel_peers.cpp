// SPDX-License-Identifier: GPL-3.0-or-later
// WebSocketChannel against real servers started on 127.0.0.1: Qt's QWebSocketServer (in-process),
// Python's `websockets` and Node's `ws` (processes). The environment variable FRAMEWISE_PEER (qt,
// python or node) chooses the peer; CTest runs the one executable once per peer, under the peer's
// name, so a failure names the peer.
#include "bytesdifference.h"
#include "peerprocess.h"
#include "qtechoserver.h"
#include "stoptext.h"
#include "websocketchannel.h"

#include <QAuthenticator>
#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

#include <memory>

using namespace Framewise;

namespace {

enum class PeerKind { Qt = 0, Python = 1, Node = 2 };

PeerKind peerFromEnvironment()
{
    const QByteArray name = qgetenv("FRAMEWISE_PEER");
    if (name == "qt")
        return PeerKind::Qt;
    if (name == "python")
        return PeerKind::Python;
    if (name == "node")
        return PeerKind::Node;
    qFatal("Set FRAMEWISE_PEER to qt, python or node to choose the server (it is \"%s\")", name.constData());
}

const PeerKind Kind = peerFromEnvironment();
constexpr int OpenMs = 10000;
constexpr int RoundTripMs = 30000;
constexpr qint64 DeflateThreshold = DeflateOptions {}.compressionThreshold;

QString peerName()
{
    switch (Kind) {
    case PeerKind::Qt:
        return QStringLiteral("Qt QWebSocketServer");
    case PeerKind::Python:
        return PeerProcess::kindName(PeerProcess::Kind::Python);
    case PeerKind::Node:
        return PeerProcess::kindName(PeerProcess::Kind::Node);
    }
    return {};
}

struct PeerConfig {
    QStringList subprotocols;
    bool compression = true; // permessage-deflate on the Python and Node peers (Qt's never does it)
};

// One server of the kind this executable tests.
class Peer {
public:
    explicit Peer(const PeerConfig &config = {})
        : m_compression(config.compression)
    {
        if (Kind == PeerKind::Qt) {
            m_qt = std::make_unique<QtEchoServer>(config.subprotocols);
            return;
        }
        QStringList args;
        if (!config.subprotocols.isEmpty())
            args << QStringLiteral("--subprotocols") << config.subprotocols.join(u',');
        if (!config.compression)
            args << QStringLiteral("--no-compression");
        m_process = std::make_unique<PeerProcess>(
            Kind == PeerKind::Python ? PeerProcess::Kind::Python : PeerProcess::Kind::Node, args);
    }

    bool ok() const { return m_qt ? m_qt->isListening() : m_process->isRunning(); }
    QString error() const { return m_qt ? m_qt->errorString() : m_process->errorString(); }
    // Whether the server accepts permessage-deflate.
    bool compresses() const { return !m_qt && m_compression; }
    QUrl url(const QString &pathAndQuery = QStringLiteral("/")) const
    {
        return m_qt ? m_qt->url(pathAndQuery) : m_process->url(pathAndQuery);
    }
    QString output() { return m_qt ? m_qt->output() : m_process->output(); }
    QString errorOutput() { return m_process ? m_process->errorOutput() : QString(); }
    void clearOutput()
    {
        if (m_qt)
            m_qt->clearOutput();
        else
            m_process->clearOutput();
    }
    bool waitForOutput(const QString &text, int ms = 10000)
    {
        return m_qt ? m_qt->waitForOutput(text, ms) : m_process->waitForOutput(text, ms);
    }

private:
    bool m_compression;
    std::unique_ptr<QtEchoServer> m_qt;
    std::unique_ptr<PeerProcess> m_process;
};

// Byte i = i % 251 (a period that no power-of-two frame or buffer size lines up with).
QByteArray pattern(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char(i % 251);
    return data;
}

// Valid UTF-8 of exactly `size` bytes with 2-, 3- and 4-byte sequences ("é€😀a" is 10 bytes).
QByteArray utf8Text(qsizetype size)
{
    static const QByteArray unit = QByteArrayLiteral("\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80"
                                                     "a");
    return unit.repeated(size / unit.size()) + QByteArray(size % unit.size(), 'a');
}

QString describe(const StopStatus &status)
{
    return QStringLiteral("stopped ") + stopDetails(status);
}

// What a stopped() spy holds, for failure messages (QVERIFY2 evaluates its message even on success).
QString stopDescription(const QSignalSpy &stopped)
{
    return stopped.isEmpty() ? QStringLiteral("not stopped") : describe(stopped.first().first().value<StopStatus>());
}

QString frameText(const char *direction, const FrameInfo &frame)
{
    return QStringLiteral("%1 %2%3 %4")
        .arg(QLatin1String(direction), QLatin1String(Opcode::name(frame.opcode)),
            frame.fin ? QStringLiteral(" fin") : QString())
        .arg(frame.payloadLength);
}

// Logs every signal of a channel, in order, as short strings ("acknowledged 3", "frameSent text fin 3").
class Recorder {
public:
    explicit Recorder(WebSocketChannel *channel)
    {
        const auto log = [this](const QString &event) { events.append(event); };
        QObject *ctx = &m_context;
        QObject::connect(channel, &WebSocketChannel::started, ctx, [log] { log(QStringLiteral("started")); });
        QObject::connect(channel, &WebSocketChannel::stopped, ctx,
            [log](const StopStatus &s) { log(QStringLiteral("stopped ") + StopStatus::reasonName(s.reason)); });
        QObject::connect(channel, &WebSocketChannel::messageAvailable, ctx,
            [log](const QByteArray &m) { log(QStringLiteral("messageAvailable %1").arg(m.size())); });
        QObject::connect(channel, &WebSocketChannel::binaryMessageAvailable, ctx,
            [log](const QByteArray &m) { log(QStringLiteral("binaryMessageAvailable %1").arg(m.size())); });
        QObject::connect(channel, &WebSocketChannel::acknowledged, ctx,
            [log](qint64 size) { log(QStringLiteral("acknowledged %1").arg(size)); });
        QObject::connect(channel, &WebSocketChannel::serverClosed, ctx, [log](quint16 code, const QString &reason) {
            log(QStringLiteral("serverClosed %1 %2").arg(code).arg(reason));
        });
        QObject::connect(channel, &WebSocketChannel::errorOccurred, ctx,
            [log](const StopStatus &s) { log(QStringLiteral("errorOccurred ") + StopStatus::reasonName(s.reason)); });
        QObject::connect(channel, &WebSocketChannel::stateChanged, ctx, [log](WebSocketChannel::State state) {
            log(QStringLiteral("stateChanged ")
                + QLatin1String(QMetaEnum::fromType<WebSocketChannel::State>().valueToKey(int(state))));
        });
        QObject::connect(channel, &WebSocketChannel::handshakeRequestSent, ctx,
            [log] { log(QStringLiteral("handshakeRequestSent")); });
        QObject::connect(channel, &WebSocketChannel::handshakeResponseReceived, ctx, [log](const HandshakeResponse &r) {
            log(QStringLiteral("handshakeResponseReceived %1").arg(r.statusCode));
        });
        QObject::connect(
            channel, &WebSocketChannel::frameSent, ctx, [log](const FrameInfo &f) { log(frameText("frameSent", f)); });
        QObject::connect(channel, &WebSocketChannel::frameReceived, ctx,
            [log](const FrameInfo &f) { log(frameText("frameReceived", f)); });
        QObject::connect(channel, &WebSocketChannel::pingReceived, ctx,
            [log](const QByteArray &p) { log(QStringLiteral("pingReceived ") + QString::fromUtf8(p)); });
        QObject::connect(channel, &WebSocketChannel::pongReceived, ctx,
            [log](const QByteArray &p) { log(QStringLiteral("pongReceived ") + QString::fromUtf8(p)); });
        QObject::connect(channel, &WebSocketChannel::secured, ctx, [log] { log(QStringLiteral("secured")); });
        QObject::connect(channel, &WebSocketChannel::authenticationRequired, ctx,
            [log] { log(QStringLiteral("authenticationRequired")); });
        QObject::connect(channel, &WebSocketChannel::proxyAuthenticationRequired, ctx,
            [log] { log(QStringLiteral("proxyAuthenticationRequired")); });
        QObject::connect(channel, &WebSocketChannel::redirected, ctx, [log] { log(QStringLiteral("redirected")); });
    }

    // Only the nsIWebSocketListener events (started, stopped, messages, acknowledged, serverClosed, error).
    QStringList listenerEvents() const
    {
        static const QStringList listener = { QStringLiteral("started"), QStringLiteral("stopped"),
            QStringLiteral("messageAvailable"), QStringLiteral("binaryMessageAvailable"),
            QStringLiteral("acknowledged"), QStringLiteral("serverClosed"), QStringLiteral("errorOccurred") };
        QStringList result;
        for (const QString &event : events) {
            if (listener.contains(event.section(u' ', 0, 0)))
                result.append(event);
        }
        return result;
    }

    QStringList events;

private:
    QObject m_context; // disconnects the lambdas when the recorder goes away
};

// Frames seen by frameSent / frameReceived.
struct FrameLog {
    explicit FrameLog(WebSocketChannel *channel)
    {
        QObject::connect(
            channel, &WebSocketChannel::frameSent, &m_context, [this](const FrameInfo &f) { sent.append(f); });
        QObject::connect(
            channel, &WebSocketChannel::frameReceived, &m_context, [this](const FrameInfo &f) { received.append(f); });
    }
    static QList<FrameInfo> data(const QList<FrameInfo> &frames)
    {
        QList<FrameInfo> result;
        for (const FrameInfo &f : frames) {
            if (!Opcode::isControl(f.opcode))
                result.append(f);
        }
        return result;
    }
    static QList<FrameInfo> withOpcode(const QList<FrameInfo> &frames, quint8 opcode)
    {
        QList<FrameInfo> result;
        for (const FrameInfo &f : frames) {
            if (f.opcode == opcode)
                result.append(f);
        }
        return result;
    }

    QList<FrameInfo> sent;
    QList<FrameInfo> received;

private:
    QObject m_context;
};

// Spies on the listener signals (and pings and pongs) that the tests watch a channel through.
struct Spies {
    explicit Spies(WebSocketChannel *channel)
        : started(channel, &WebSocketChannel::started)
        , texts(channel, &WebSocketChannel::messageAvailable)
        , binaries(channel, &WebSocketChannel::binaryMessageAvailable)
        , acks(channel, &WebSocketChannel::acknowledged)
        , stopped(channel, &WebSocketChannel::stopped)
        , closes(channel, &WebSocketChannel::serverClosed)
        , pings(channel, &WebSocketChannel::pingReceived)
        , pongs(channel, &WebSocketChannel::pongReceived)
    {
    }

    QSignalSpy started;
    QSignalSpy texts;
    QSignalSpy binaries;
    QSignalSpy acks;
    QSignalSpy stopped;
    QSignalSpy closes;
    QSignalSpy pings;
    QSignalSpy pongs;
};

// RFC 6455 section 5.2: 2 bytes, plus 2 or 8 for the extended length, plus 4 for a mask key.
int expectedHeaderLength(qint64 payloadLength, bool masked)
{
    const int base = payloadLength < 126 ? 2 : payloadLength <= 0xFFFF ? 4 : 10;
    return base + (masked ? 4 : 0);
}

} // namespace

#define VERIFY_STOP(status, expectedReason) QVERIFY2((status).reason == (expectedReason), qPrintable(describe(status)))

#define VERIFY_SAME_BYTES(got, expected)                                                                               \
    do {                                                                                                               \
        if ((got) != (expected))                                                                                       \
            QFAIL(qPrintable(firstDifference((got), (expected))));                                                     \
    } while (false)

#define VERIFY_PEER(peer) QVERIFY2((peer).ok(), qPrintable(peerName() + QStringLiteral(": ") + (peer).error()))

// Closes with `closeCall` and waits for a clean stop: no error, and StopReason::Ok.
#define CLOSE_CLEANLY(closeCall, stopped)                                                                              \
    do {                                                                                                               \
        QCOMPARE(closeCall, ChannelError::None);                                                                       \
        QVERIFY2((stopped).wait(OpenMs), "no stopped() within 10 s");                                                  \
        VERIFY_STOP((stopped).first().first().value<StopStatus>(), StopReason::Ok);                                    \
    } while (false)

#define OPEN(channel, spy, url)                                                                                        \
    do {                                                                                                               \
        QCOMPARE((channel).asyncOpen(url), ChannelError::None);                                                        \
        QVERIFY2((spy).wait(OpenMs), "no started() within 10 s");                                                      \
    } while (false)

class TestChannelPeers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void echoRoundTrips_data();
    void echoRoundTrips();
    void serverSendsBinary_data();
    void serverSendsBinary();
    void signalOrder();
    void nothingIsEmittedInsidePublicCalls();
    void streamedSendsFromBufferAndFile();
    void pingsBothWays();
    void clientCloses();
    void serverCloses_data();
    void serverCloses();
    void subprotocolNegotiation();
    void customHeadersReachTheServer();
    void framesOnTheWire();

private:
    Peer &sharedPeer(bool compression);

    std::unique_ptr<Peer> m_plainPeer;
    std::unique_ptr<Peer> m_deflatePeer;
};

void TestChannelPeers::initTestCase()
{
    qInfo("peer: %s", qPrintable(peerName()));
}

void TestChannelPeers::cleanupTestCase()
{
    m_plainPeer.reset();
    m_deflatePeer.reset();
}

Peer &TestChannelPeers::sharedPeer(bool compression)
{
    std::unique_ptr<Peer> &peer = compression ? m_deflatePeer : m_plainPeer;
    if (!peer)
        peer = std::make_unique<Peer>(PeerConfig { {}, compression });
    return *peer;
}

void TestChannelPeers::echoRoundTrips_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("text");
    QTest::addColumn<bool>("compression");
    const QList<bool> modes = Kind == PeerKind::Qt ? QList<bool> { false } : QList<bool> { false, true };
    for (bool compression : modes) {
        for (int size : { 0, 1, 125, 126, 65535, 65536, 1 << 20, 16 << 20 }) {
            for (bool text : { true, false })
                QTest::addRow("%s %s %d", text ? "text" : "binary", compression ? "deflate" : "plain", size)
                    << size << text << compression;
        }
    }
}

void TestChannelPeers::echoRoundTrips()
{
    QFETCH(int, size);
    QFETCH(bool, text);
    QFETCH(bool, compression);
    Peer &peer = sharedPeer(compression);
    VERIFY_PEER(peer);
    WebSocketChannel channel;
    FrameLog frames(&channel);
    Spies spy(&channel);
    OPEN(channel, spy.started, peer.url());
    QCOMPARE(channel.isCompressionActive(), peer.compresses());

    const QByteArray payload = text ? utf8Text(size) : pattern(size);
    QCOMPARE(text ? channel.sendMsg(payload) : channel.sendBinaryMsg(payload), ChannelError::None);
    QSignalSpy &echoes = text ? spy.texts : spy.binaries;
    QVERIFY2(QTest::qWaitFor([&] { return !echoes.isEmpty() || !spy.stopped.isEmpty(); }, RoundTripMs),
        "no echo within 30 s");
    QVERIFY2(spy.stopped.isEmpty(), qPrintable(stopDescription(spy.stopped)));
    QCOMPARE(echoes.size(), 1);
    const QByteArray echoed = echoes.first().first().toByteArray();
    VERIFY_SAME_BYTES(echoed, payload);
    QCOMPARE((text ? spy.binaries : spy.texts).size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(spy.acks.size(), 1, 5000);
    QCOMPARE(spy.acks.first().first().toLongLong(), qint64(size)); // the original, uncompressed size

    // What went out: one message, compressed (RSV1 on its first frame) only when deflate is in use
    // and the message reaches the channel's compression threshold.
    const QList<FrameInfo> sent = FrameLog::data(frames.sent);
    QVERIFY(!sent.isEmpty());
    QCOMPARE(sent.first().opcode, text ? Opcode::Text : Opcode::Binary);
    QVERIFY(sent.last().fin);
    const bool sentCompressed = peer.compresses() && size >= DeflateThreshold;
    QCOMPARE(sent.first().rsv1, sentCompressed);
    qint64 onWire = 0;
    for (const FrameInfo &f : sent) {
        QVERIFY(f.masked);
        onWire += f.payloadLength;
    }
    if (!sentCompressed)
        QCOMPARE(onWire, qint64(size));
    else if (size >= 65536)
        QVERIFY2(onWire < size / 4, "repetitive data should shrink a lot under deflate");
    // What came back: unmasked, and compressed by the Python and Node peers when deflate is on.
    const QList<FrameInfo> received = FrameLog::data(frames.received);
    QVERIFY(!received.isEmpty());
    QCOMPARE(received.first().opcode, text ? Opcode::Text : Opcode::Binary);
    QVERIFY(received.last().fin);
    for (const FrameInfo &f : received)
        QVERIFY(!f.masked);
    if (size >= 1024)
        QCOMPARE(received.first().rsv1, peer.compresses());

    CLOSE_CLEANLY(channel.close(CloseCode::Normal), spy.stopped);
}

void TestChannelPeers::serverSendsBinary_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("compression");
    const QList<bool> modes = Kind == PeerKind::Qt ? QList<bool> { false } : QList<bool> { false, true };
    for (bool compression : modes) {
        for (int size : { 0, 1, 65536, 16 << 20 })
            QTest::addRow("%s %d", compression ? "deflate" : "plain", size) << size << compression;
    }
}

void TestChannelPeers::serverSendsBinary()
{
    QFETCH(int, size);
    QFETCH(bool, compression);
    Peer &peer = sharedPeer(compression);
    VERIFY_PEER(peer);
    WebSocketChannel channel;
    Spies spy(&channel);
    OPEN(channel, spy.started, peer.url());
    QCOMPARE(channel.sendMsg(QStringLiteral("!send-binary %1").arg(size)), ChannelError::None);
    QVERIFY2(spy.binaries.wait(RoundTripMs), "no binary message within 30 s");
    const QByteArray got = spy.binaries.first().first().toByteArray();
    const QByteArray expected = pattern(size);
    VERIFY_SAME_BYTES(got, expected);
    QCOMPARE(spy.texts.size(), 0);
    QCOMPARE(spy.binaries.size(), 1);
    CLOSE_CLEANLY(channel.close(), spy.stopped);
}

void TestChannelPeers::signalOrder()
{
    Peer peer;
    VERIFY_PEER(peer);
    WebSocketChannel channel;
    Recorder recorder(&channel);
    Spies spy(&channel);
    const QByteArray binary = pattern(1000);
    QObject::connect(&channel, &WebSocketChannel::started, &channel, [&] {
        QCOMPARE(channel.sendMsg(QStringLiteral("one")), ChannelError::None);
        QCOMPARE(channel.sendBinaryMsg(binary), ChannelError::None);
    });
    QObject::connect(&channel, &WebSocketChannel::binaryMessageAvailable, &channel,
        [&] { QCOMPARE(channel.close(CloseCode::Normal, QStringLiteral("done")), ChannelError::None); });
    QCOMPARE(channel.asyncOpen(peer.url()), ChannelError::None);
    QVERIFY2(spy.stopped.wait(RoundTripMs), qPrintable(recorder.events.join(u'\n')));
    QTest::qWait(200); // nothing may follow stopped(); give a stray signal the chance to show up
    const QString all = recorder.events.join(u'\n');

    // The listener's view: started first, one acknowledgement per message with its payload size,
    // the echoes, stopped exactly once and last.
    QCOMPARE(recorder.listenerEvents(),
        QStringList({ QStringLiteral("started"), QStringLiteral("acknowledged 3"), QStringLiteral("acknowledged 1000"),
            QStringLiteral("messageAvailable 3"), QStringLiteral("binaryMessageAvailable 1000"),
            QStringLiteral("stopped Ok") }));

    // The inspector's view around it: the handshake before started, Closed right before stopped.
    const QStringList &e = recorder.events;
    QCOMPARE(e.mid(0, 5),
        QStringList({ QStringLiteral("stateChanged Connecting"), QStringLiteral("handshakeRequestSent"),
            QStringLiteral("handshakeResponseReceived 101"), QStringLiteral("stateChanged Open"),
            QStringLiteral("started") }));
    QCOMPARE(e.count(QStringLiteral("started")), 1);
    QCOMPARE(e.count(QStringLiteral("stopped Ok")), 1);
    QCOMPARE(e.last(), QStringLiteral("stopped Ok"));
    QCOMPARE(e.at(e.size() - 2), QStringLiteral("stateChanged Closed"));
    QVERIFY2(
        e.indexOf(QStringLiteral("stateChanged Closing")) > e.indexOf(QStringLiteral("binaryMessageAvailable 1000")),
        qPrintable(all));
    // Each message goes out as a frame before it is acknowledged; each echo arrives as a frame first.
    const qsizetype textFrameSent = e.indexOf(QStringLiteral("frameSent text fin 3"));
    QVERIFY2(textFrameSent > e.indexOf(QStringLiteral("started")), qPrintable(all));
    QVERIFY2(textFrameSent < e.indexOf(QStringLiteral("acknowledged 3")), qPrintable(all));
    qsizetype textFrameReceived = -1;
    for (qsizetype i = 0; i < e.size(); ++i) {
        if (e.at(i).startsWith(QLatin1String("frameReceived text fin"))) {
            textFrameReceived = i;
            break;
        }
    }
    QVERIFY2(textFrameReceived >= 0, qPrintable(all));
    QVERIFY2(textFrameReceived < e.indexOf(QStringLiteral("messageAvailable 3")), qPrintable(all));
    qsizetype closeSent = -1;
    qsizetype closeReceived = -1;
    for (qsizetype i = 0; i < e.size(); ++i) {
        if (e.at(i).startsWith(QLatin1String("frameSent close")))
            closeSent = i;
        if (e.at(i).startsWith(QLatin1String("frameReceived close")))
            closeReceived = i;
    }
    QVERIFY2(closeSent >= 0 && closeReceived > closeSent, qPrintable(all));
    const StopStatus status = spy.stopped.first().first().value<StopStatus>();
    VERIFY_STOP(status, StopReason::Ok);
    QCOMPARE(status.closeCodeSent, CloseCode::Normal);
    QVERIFY(status.closeFrameSent);
    QVERIFY(status.closeFrameReceived);
}

void TestChannelPeers::nothingIsEmittedInsidePublicCalls()
{
    Peer peer;
    VERIFY_PEER(peer);
    WebSocketChannel channel;
    Recorder recorder(&channel);
    Spies spy(&channel);
    QCOMPARE(channel.asyncOpen(peer.url()), ChannelError::None);
    QCOMPARE(recorder.events, QStringList()); // not one signal from inside asyncOpen
    QCOMPARE(channel.asyncOpen(peer.url()), ChannelError::AlreadyOpened);
    QCOMPARE(channel.setPingInterval(5), ChannelError::InProgress);
    QCOMPARE(channel.setPingTimeout(5), ChannelError::InProgress);
    QCOMPARE(channel.setProtocols({ QStringLiteral("chat") }), ChannelError::InProgress);
    QCOMPARE(channel.sendMsg(QStringLiteral("too early")), ChannelError::NotOpen);
    QCOMPARE(recorder.events, QStringList());
    QVERIFY(spy.started.wait(OpenMs));

    // Listener events never come from inside send*, ping or close either (only from the event loop).
    QCOMPARE(channel.setPingInterval(5), ChannelError::InProgress);
    const QStringList before = recorder.listenerEvents();
    QCOMPARE(channel.sendMsg(QStringLiteral("a")), ChannelError::None);
    QCOMPARE(channel.sendBinaryMsg(QByteArrayLiteral("b")), ChannelError::None);
    QCOMPARE(channel.ping(QByteArrayLiteral("p")), ChannelError::None);
    QCOMPARE(recorder.listenerEvents(), before);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.listenerEvents().count(QStringLiteral("binaryMessageAvailable 1")), 1, 10000);
    const QStringList beforeClose = recorder.listenerEvents();
    QCOMPARE(channel.close(CloseCode::Normal), ChannelError::None);
    QCOMPARE(recorder.listenerEvents(), beforeClose);
    QVERIFY(spy.stopped.wait(OpenMs));
    VERIFY_STOP(spy.stopped.first().first().value<StopStatus>(), StopReason::Ok);
}

void TestChannelPeers::streamedSendsFromBufferAndFile()
{
    Peer peer;
    VERIFY_PEER(peer);
    constexpr qint64 Fragment = 256 * 1024;
    WebSocketChannel channel;
    channel.setStreamFragmentSize(Fragment);
    FrameLog frames(&channel);
    Recorder recorder(&channel);
    Spies spy(&channel);
    OPEN(channel, spy.started, peer.url());

    QByteArray bufferData = pattern(1 << 20); // 4 fragments
    QBuffer buffer(&bufferData);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QTemporaryFile file;
    QVERIFY(file.open());
    const QByteArray fileData = pattern((8 << 20) + 1000).mid(7); // 33 fragments, the last one short
    QCOMPARE(file.write(fileData), qint64(fileData.size()));
    QVERIFY(file.flush());
    QVERIFY(file.seek(0));

    QCOMPARE(channel.sendBinaryStream(&buffer, bufferData.size()), ChannelError::None);
    QCOMPARE(channel.sendBinaryStream(&file, fileData.size()), ChannelError::None);
    QCOMPARE(channel.sendMsg(QStringLiteral("after the streams")), ChannelError::None); // waits its turn
    QVERIFY2(QTest::qWaitFor([&] { return spy.texts.size() == 1 || !spy.stopped.isEmpty(); }, RoundTripMs),
        "the echoes did not come within 30 s");
    QVERIFY2(spy.stopped.isEmpty(), qPrintable(stopDescription(spy.stopped)));
    QCOMPARE(spy.binaries.size(), 2);
    const QByteArray first = spy.binaries.at(0).first().toByteArray();
    const QByteArray second = spy.binaries.at(1).first().toByteArray();
    VERIFY_SAME_BYTES(first, bufferData);
    VERIFY_SAME_BYTES(second, fileData);
    QCOMPARE(spy.texts.first().first().toByteArray(), QByteArrayLiteral("after the streams"));
    // The text echo came after both binary echoes: the queued message was not interleaved.
    const QStringList listener = recorder.listenerEvents();
    QVERIFY(listener.indexOf(QStringLiteral("messageAvailable 17"))
        > listener.indexOf(QStringLiteral("binaryMessageAvailable %1").arg(fileData.size())));
    QTRY_COMPARE_WITH_TIMEOUT(spy.acks.size(), 3, 5000);
    QCOMPARE(spy.acks.at(0).first().toLongLong(), qint64(bufferData.size()));
    QCOMPARE(spy.acks.at(1).first().toLongLong(), qint64(fileData.size()));
    QCOMPARE(spy.acks.at(2).first().toLongLong(), qint64(17));

    // On the wire: binary + continuations (FIN on the last only) for each stream, then the text.
    const QList<FrameInfo> data = FrameLog::data(frames.sent);
    QCOMPARE(data.size(), 4 + 33 + 1);
    const auto checkStream = [&](qsizetype from, qsizetype count, qint64 length) {
        qint64 total = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const FrameInfo &f = data.at(i);
            if (f.opcode != (i == from ? Opcode::Binary : Opcode::Continuation) || f.fin != (i == from + count - 1)
                || !f.masked || (i > from && f.rsv1))
                return false;
            if (i < from + count - 1 && f.payloadLength != Fragment)
                return false;
            total += f.payloadLength;
        }
        return total == length;
    };
    QVERIFY2(checkStream(0, 4, bufferData.size()), "the QBuffer stream was not sent as 4 fragments of 256 KiB");
    QVERIFY2(checkStream(4, 33, fileData.size()), "the QFile stream was not sent as 33 fragments");
    QCOMPARE(data.last().opcode, Opcode::Text);
    QVERIFY(data.last().fin);
    CLOSE_CLEANLY(channel.close(), spy.stopped);
}

void TestChannelPeers::pingsBothWays()
{
    Peer peer;
    VERIFY_PEER(peer);
    WebSocketChannel channel;
    FrameLog frames(&channel);
    Spies spy(&channel);
    OPEN(channel, spy.started, peer.url());

    // Our ping: the server's pong carries the same payload, with a round-trip time.
    QCOMPARE(channel.ping(QByteArrayLiteral("rtt-probe")), ChannelError::None);
    QVERIFY2(spy.pongs.wait(OpenMs), "no pong within 10 s");
    QCOMPARE(spy.pongs.size(), 1);
    QCOMPARE(spy.pongs.first().at(0).toByteArray(), QByteArrayLiteral("rtt-probe"));
    QVERIFY2(spy.pongs.first().at(1).toLongLong() >= 0, "a pong answering our ping must have an rtt >= 0");
    const QList<FrameInfo> sentPings = FrameLog::withOpcode(frames.sent, Opcode::Ping);
    QCOMPARE(sentPings.size(), 1);
    QCOMPARE(sentPings.first().controlPayload, QByteArrayLiteral("rtt-probe"));
    QVERIFY(sentPings.first().masked);
    QVERIFY(sentPings.first().fin);
    const QList<FrameInfo> receivedPongs = FrameLog::withOpcode(frames.received, Opcode::Pong);
    QCOMPARE(receivedPongs.size(), 1);
    QCOMPARE(receivedPongs.first().controlPayload, QByteArrayLiteral("rtt-probe"));

    // The server's ping: reported, answered, and the server confirms it got the pong ("pong-ok").
    QCOMPARE(channel.sendMsg(QStringLiteral("!ping from-server")), ChannelError::None);
    QVERIFY2(QTest::qWaitFor([&] { return !spy.texts.isEmpty() || !spy.stopped.isEmpty(); }, OpenMs),
        "the server did not confirm a pong within 10 s");
    QVERIFY2(spy.stopped.isEmpty(), qPrintable(stopDescription(spy.stopped)));
    QCOMPARE(spy.texts.first().first().toByteArray(), QByteArrayLiteral("pong-ok"));
    QCOMPARE(spy.pings.size(), 1);
    QCOMPARE(spy.pings.first().first().toByteArray(), QByteArrayLiteral("from-server"));
    const QList<FrameInfo> sentPongs = FrameLog::withOpcode(frames.sent, Opcode::Pong);
    QCOMPARE(sentPongs.size(), 1);
    QCOMPARE(sentPongs.first().controlPayload, QByteArrayLiteral("from-server"));
    QVERIFY(sentPongs.first().masked);
    QCOMPARE(spy.pongs.size(), 1); // nothing unsolicited
    CLOSE_CLEANLY(channel.close(), spy.stopped);
}

void TestChannelPeers::clientCloses()
{
    Peer peer;
    VERIFY_PEER(peer);
    WebSocketChannel channel;
    Recorder recorder(&channel);
    Spies spy(&channel);
    OPEN(channel, spy.started, peer.url());
    QCOMPARE(channel.close(4000, QStringLiteral("bye")), ChannelError::None);

    // Closed for writing at once, and nothing may be configured any more.
    QCOMPARE(channel.sendMsg(QStringLiteral("after close")), ChannelError::Closing);
    QCOMPARE(channel.sendMsg(QByteArrayLiteral("after close")), ChannelError::Closing);
    QCOMPARE(channel.sendBinaryMsg(QByteArrayLiteral("after close")), ChannelError::Closing);
    QCOMPARE(channel.ping(), ChannelError::Closing);
    QCOMPARE(channel.close(), ChannelError::Closing);
    QCOMPARE(channel.asyncOpen(peer.url()), ChannelError::AlreadyOpened);
    QCOMPARE(channel.setPingInterval(1), ChannelError::InProgress);

    QVERIFY(spy.stopped.wait(OpenMs));
    const StopStatus status = spy.stopped.first().first().value<StopStatus>();
    VERIFY_STOP(status, StopReason::Ok);
    QCOMPARE(status.closeCodeSent, quint16(4000));
    QVERIFY(status.closeFrameSent);
    QVERIFY(status.closeFrameReceived);
    QCOMPARE(status.closeCodeReceived, quint16(4000)); // all three servers echo the code
    QCOMPARE(spy.closes.size(), 0); // the server's Close answered ours: not a server-initiated close
    QVERIFY2(peer.waitForOutput(QStringLiteral("CLOSED 4000 bye\n")), qPrintable(peer.output()));
    QCOMPARE(channel.state(), WebSocketChannel::State::Closed);

    // Still refused once stopped.
    QCOMPARE(channel.sendMsg(QStringLiteral("after stop")), ChannelError::Closing);
    QCOMPARE(channel.sendBinaryMsg(QByteArrayLiteral("after stop")), ChannelError::Closing);
    QCOMPARE(channel.asyncOpen(peer.url()), ChannelError::AlreadyOpened);
    QCOMPARE(channel.setPingInterval(1), ChannelError::InProgress);
    QTest::qWait(100);
    QCOMPARE(recorder.listenerEvents(), QStringList({ QStringLiteral("started"), QStringLiteral("stopped Ok") }));
}

void TestChannelPeers::serverCloses_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::newRow("1001") << 1001 << QStringLiteral("going");
    // Meant for clients (RFC 6455 7.4.1), yet valid from a server too: answered, not failed with 1002.
    QTest::newRow("1010") << 1010 << QStringLiteral("extension");
}

void TestChannelPeers::serverCloses()
{
    QFETCH(int, code);
    QFETCH(QString, reason);
    const QString codeAndReason = QStringLiteral("%1 %2").arg(code).arg(reason);
    Peer peer;
    VERIFY_PEER(peer);
    WebSocketChannel channel;
    Recorder recorder(&channel);
    Spies spy(&channel);
    ChannelError sendInHandler = ChannelError::InvalidArgument;
    QObject::connect(&channel, &WebSocketChannel::serverClosed, &channel,
        [&] { sendInHandler = channel.sendMsg(QStringLiteral("still allowed")); });
    OPEN(channel, spy.started, peer.url());
    QCOMPARE(channel.sendMsg(QStringLiteral("!close ") + codeAndReason), ChannelError::None);
    QVERIFY2(spy.stopped.wait(OpenMs), qPrintable(recorder.events.join(u'\n')));
    QTest::qWait(100);

    QCOMPARE(spy.closes.size(), 1);
    QCOMPARE(spy.closes.first().at(0).value<quint16>(), quint16(code));
    QCOMPARE(spy.closes.first().at(1).toString(), reason);
    // RFC 6455 / nsIWebSocketChannel: sending is still allowed until close() (from the handler).
    QCOMPARE(sendInHandler, ChannelError::None);
    const StopStatus status = spy.stopped.first().first().value<StopStatus>();
    VERIFY_STOP(status, StopReason::Ok);
    QVERIFY(status.closeFrameReceived);
    QCOMPARE(status.closeCodeReceived, quint16(code));
    QCOMPARE(status.closeReasonReceived, reason);
    QVERIFY(status.closeFrameSent);
    QCOMPARE(status.closeCodeSent, quint16(code)); // the channel echoes the server's code
    // No message or acknowledgement after serverClosed; stopped is the only thing that follows.
    const QStringList listener = recorder.listenerEvents();
    const QString closedEvent = QStringLiteral("serverClosed ") + codeAndReason;
    const qsizetype at = listener.indexOf(closedEvent);
    QVERIFY2(at > 0, qPrintable(listener.join(u'\n')));
    QCOMPARE(listener.mid(at), QStringList({ closedEvent, QStringLiteral("stopped Ok") }));
    // The server saw our echo of its code.
    QVERIFY2(peer.waitForOutput(QStringLiteral("CLOSED %1 ").arg(code)), qPrintable(peer.output()));
    QCOMPARE(channel.sendMsg(QStringLiteral("after stop")), ChannelError::Closing);
}

void TestChannelPeers::subprotocolNegotiation()
{
    Peer peer(PeerConfig { { QStringLiteral("chat"), QStringLiteral("other") }, true });
    VERIFY_PEER(peer);
    const auto negotiate = [&peer](const QStringList &requested, QString *protocol, QByteArray *offered) {
        WebSocketChannel channel;
        if (channel.setProtocols(requested) != ChannelError::None)
            return false;
        QSignalSpy started(&channel, &WebSocketChannel::started);
        QSignalSpy stopped(&channel, &WebSocketChannel::stopped);
        if (channel.asyncOpen(peer.url()) != ChannelError::None || !started.wait(OpenMs))
            return false;
        *protocol = channel.protocol();
        *offered = channel.handshakeRequest().headers.value("Sec-WebSocket-Protocol");
        return channel.close() == ChannelError::None && stopped.wait(OpenMs);
    };
    QString protocol;
    QByteArray offered;

    WebSocketChannel idle;
    QCOMPARE(idle.setProtocols({ QStringLiteral("x"), QStringLiteral("chat") }), ChannelError::None);
    QCOMPARE(idle.protocol(), QStringLiteral("x, chat")); // before opening: what will be requested

    QVERIFY(negotiate({ QStringLiteral("x"), QStringLiteral("chat") }, &protocol, &offered));
    QCOMPARE(offered, QByteArrayLiteral("x, chat"));
    QCOMPARE(protocol, QStringLiteral("chat"));

    QVERIFY(negotiate({ QStringLiteral("other"), QStringLiteral("chat") }, &protocol, &offered));
    QCOMPARE(offered, QByteArrayLiteral("other, chat"));
    QCOMPARE(protocol, QStringLiteral("other")); // the first one we offered that the server has

    QVERIFY(negotiate({ QStringLiteral("x") }, &protocol, &offered));
    QCOMPARE(protocol, QString()); // nothing in common: no protocol, still connected

    QVERIFY(negotiate({}, &protocol, &offered));
    QCOMPARE(offered, QByteArray());
    QCOMPARE(protocol, QString());
}

void TestChannelPeers::customHeadersReachTheServer()
{
    Peer peer;
    VERIFY_PEER(peer);
    const auto headersSeen = [&peer](WebSocketChannel &channel, const QString &origin, QJsonObject *reply) {
        QSignalSpy started(&channel, &WebSocketChannel::started);
        QSignalSpy texts(&channel, &WebSocketChannel::messageAvailable);
        QSignalSpy stopped(&channel, &WebSocketChannel::stopped);
        if (channel.asyncOpen(peer.url(QStringLiteral("/deep/path?x=1&y=%C3%A9")), origin) != ChannelError::None
            || !started.wait(OpenMs))
            return false;
        if (channel.sendMsg(QStringLiteral("!headers")) != ChannelError::None || !texts.wait(OpenMs))
            return false;
        *reply = QJsonDocument::fromJson(texts.first().first().toByteArray()).object();
        return channel.close() == ChannelError::None && stopped.wait(OpenMs);
    };
    // Header names as the server saw them, with every value (a name may repeat).
    const auto headerList = [](const QJsonObject &reply) {
        QList<QPair<QString, QString>> list;
        const QJsonArray array = reply.value(QStringLiteral("headers")).toArray();
        for (const auto &entry : array)
            list.append({ entry.toArray().at(0).toString(), entry.toArray().at(1).toString() });
        return list;
    };
    const auto valuesOf = [](const QList<QPair<QString, QString>> &list, const QString &name) {
        QStringList values;
        for (const auto &[n, v] : list) {
            if (n.compare(name, Qt::CaseInsensitive) == 0)
                values.append(v);
        }
        return values;
    };
    const auto hasExactName = [](const QList<QPair<QString, QString>> &list, const QString &name) {
        for (const auto &entry : list) {
            if (entry.first == name)
                return true;
        }
        return false;
    };

    WebSocketChannel channel;
    HttpHeaders headers;
    headers.append("X-Framewise-Test", "42");
    headers.append("User-Agent", "FramewiseTest/1.0 (peers)");
    QCOMPARE(channel.setRequestHeaders(headers), ChannelError::None);
    QJsonObject reply;
    QVERIFY(headersSeen(channel, QStringLiteral("https://origin.example"), &reply));
    QCOMPARE(reply.value(QStringLiteral("path")).toString(), QStringLiteral("/deep/path?x=1&y=%C3%A9"));
    const auto seen = headerList(reply);
    const QString dump = QString::fromUtf8(QJsonDocument(reply).toJson(QJsonDocument::Compact));
    QCOMPARE(valuesOf(seen, QStringLiteral("X-Framewise-Test")), QStringList { QStringLiteral("42") });
    QCOMPARE(valuesOf(seen, QStringLiteral("User-Agent")), QStringList { QStringLiteral("FramewiseTest/1.0 (peers)") });
    QCOMPARE(valuesOf(seen, QStringLiteral("Origin")), QStringList { QStringLiteral("https://origin.example") });
    QCOMPARE(
        valuesOf(seen, QStringLiteral("Host")), QStringList { QStringLiteral("127.0.0.1:%1").arg(peer.url().port()) });
    QCOMPARE(valuesOf(seen, QStringLiteral("Sec-WebSocket-Version")), QStringList { QStringLiteral("13") });
    QCOMPARE(valuesOf(seen, QStringLiteral("Sec-WebSocket-Key")),
        QStringList { QString::fromLatin1(channel.handshakeRequest().key) });
    // Names exactly as written (all three servers keep them), and what the server saw is exactly
    // what the channel reports having sent, in the same order.
    QVERIFY2(hasExactName(seen, QStringLiteral("X-Framewise-Test")), qPrintable(dump));
    QList<QPair<QString, QString>> reported;
    for (const auto &[name, value] : channel.handshakeRequest().headers.entries())
        reported.append({ QString::fromLatin1(name), QString::fromLatin1(value) });
    QCOMPARE(seen, reported);

    // setUserAgent() is the other way to name the client.
    WebSocketChannel second;
    QCOMPARE(second.setUserAgent("Framewise-Peers-Test/2"), ChannelError::None);
    QVERIFY(headersSeen(second, QString(), &reply));
    const auto seenSecond = headerList(reply);
    QCOMPARE(
        valuesOf(seenSecond, QStringLiteral("User-Agent")), QStringList { QStringLiteral("Framewise-Peers-Test/2") });
    QCOMPARE(valuesOf(seenSecond, QStringLiteral("Origin")), QStringList()); // no origin given, none sent
    QCOMPARE(valuesOf(seenSecond, QStringLiteral("X-Framewise-Test")), QStringList());
}

void TestChannelPeers::framesOnTheWire()
{
    Peer peer(PeerConfig { {}, false }); // no deflate: payload lengths on the wire are the message sizes
    VERIFY_PEER(peer);
    WebSocketChannel channel;
    FrameLog frames(&channel);
    Spies spy(&channel);
    OPEN(channel, spy.started, peer.url());
    QVERIFY(!channel.isCompressionActive());

    struct Message {
        quint8 opcode;
        qint64 size;
    };
    const QList<Message> messages
        = { { Opcode::Text, 0 }, { Opcode::Text, 5 }, { Opcode::Text, 125 }, { Opcode::Binary, 1 },
              { Opcode::Text, 126 }, { Opcode::Binary, 65535 }, { Opcode::Text, 65536 }, { Opcode::Binary, 70000 } };
    for (const Message &m : messages) {
        const ChannelError error
            = m.opcode == Opcode::Text ? channel.sendMsg(utf8Text(m.size)) : channel.sendBinaryMsg(pattern(m.size));
        QCOMPARE(error, ChannelError::None);
    }
    QVERIFY2(QTest::qWaitFor(
                 [&] { return spy.texts.size() + spy.binaries.size() == messages.size() || !spy.stopped.isEmpty(); },
                 RoundTripMs),
        "the echoes did not come within 30 s");
    CLOSE_CLEANLY(channel.close(4000, QStringLiteral("bye")), spy.stopped);

    // Sent: one masked frame per message, right opcode, FIN, exact length and header length.
    const QList<FrameInfo> sent = FrameLog::data(frames.sent);
    QCOMPARE(sent.size(), messages.size());
    QSet<quint32> keys;
    qint64 lastTime = 0;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const FrameInfo &f = sent.at(i);
        const QByteArray what = "sent frame " + QByteArray::number(i);
        QVERIFY2(f.masked, what.constData());
        QVERIFY2(f.maskKey != 0, what.constData());
        QCOMPARE(f.opcode, messages.at(i).opcode);
        QVERIFY2(f.fin, what.constData());
        QVERIFY2(!f.rsv1 && !f.rsv2 && !f.rsv3, what.constData());
        QCOMPARE(f.payloadLength, messages.at(i).size);
        QCOMPARE(int(f.headerLength), expectedHeaderLength(messages.at(i).size, true));
        QVERIFY2(f.timeUs >= lastTime && f.timeUs > 0, what.constData());
        QVERIFY2(f.controlPayload.isEmpty(), what.constData());
        lastTime = f.timeUs;
        keys.insert(f.maskKey);
    }
    const QList<FrameInfo> sentCloses = FrameLog::withOpcode(frames.sent, Opcode::Close);
    QCOMPARE(sentCloses.size(), 1);
    QCOMPARE(sentCloses.first().controlPayload,
        QByteArrayLiteral("\x0f\xa0"
                          "bye"));
    QCOMPARE(sentCloses.first().payloadLength, qint64(5));
    QCOMPARE(int(sentCloses.first().headerLength), 6);
    QVERIFY(sentCloses.first().masked && sentCloses.first().fin);
    keys.insert(sentCloses.first().maskKey);
    QCOMPARE(keys.size(), messages.size() + 1); // a fresh key for every frame

    // Received: the echoes, unmasked, same opcodes and lengths, in order.
    const QList<FrameInfo> received = FrameLog::data(frames.received);
    QCOMPARE(received.size(), messages.size());
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const FrameInfo &f = received.at(i);
        const QByteArray what = "received frame " + QByteArray::number(i);
        QVERIFY2(!f.masked, what.constData());
        QCOMPARE(f.maskKey, quint32(0));
        QCOMPARE(f.opcode, messages.at(i).opcode);
        QVERIFY2(f.fin, what.constData());
        QVERIFY2(!f.rsv1 && !f.rsv2 && !f.rsv3, what.constData());
        QCOMPARE(f.payloadLength, messages.at(i).size);
        QCOMPARE(int(f.headerLength), expectedHeaderLength(messages.at(i).size, false));
    }
    const QList<FrameInfo> receivedCloses = FrameLog::withOpcode(frames.received, Opcode::Close);
    QCOMPARE(receivedCloses.size(), 1);
    QVERIFY(!receivedCloses.first().masked);
    QVERIFY(receivedCloses.first().controlPayload.startsWith(QByteArrayLiteral("\x0f\xa0")));
    QCOMPARE(receivedCloses.first().payloadLength, qint64(receivedCloses.first().controlPayload.size()));
}

QTEST_GUILESS_MAIN(TestChannelPeers)
#include "tst_channel_peers.moc"
