// SPDX-License-Identifier: GPL-3.0-or-later
// InterceptServer in this process between real clients and real upstreams on 127.0.0.1: the
// handshake carried across (subprotocols, Host, the app's headers but not the hop-by-hop ones,
// Set-Cookie back, an upstream's refusal as it is, a 502 for an upstream that is not there), closes
// end to end (codes, a killed upstream, an aborted app, the proxy stopping), pings end to end or
// per leg, the rules through the proxy with their marks (as the proxy reports them and in the
// session log), bad input (a bad request, an unmasked frame, an
// oversized message, a slow handshake, a port in use) and TLS on either leg (a test CA made by
// openssl; nginx in front of the upstream). Volume (many messages, many apps, back-pressure,
// script and browser apps) is tst_intercept_traffic's.
#include "certificateset.h"
#include "interceptharness.h"
#include "peerprocess.h"
#include "processguard.h"
#include "session.h"
#include "stoptext.h"
#include "websocketwire.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <memory>
#include <optional>

using namespace Framewise;
using namespace Framewise::InterceptHarness;
using Direction = MessageRecord::Direction;

namespace {

InterceptSettings settingsFor(const QUrl &upstream)
{
    InterceptSettings settings;
    settings.upstream.url = upstream;
    return settings;
}

using Outcome = InterceptLane::Outcome;

// A message as the proxy reported it (InterceptConnection::messageHandled: payload, marks, outcome)
// or as the session log recorded it (payload and marks; no outcome).
struct Handled {
    Handled(
        const QByteArray &payload, quint8 marks, std::optional<Outcome> outcome = {}, const QByteArray &original = {})
        : payload(payload)
        , marks(marks)
        , outcome(outcome)
        , original(original)
    {
    }

    QByteArray payload;
    quint8 marks = 0;
    std::optional<Outcome> outcome;
    QByteArray original; // what the sender sent (reports only; not compared)

    friend bool operator==(const Handled &a, const Handled &b)
    {
        return a.payload == b.payload && a.marks == b.marks && a.outcome == b.outcome;
    }
};

char *toString(const Handled &handled)
{
    QString text = QStringLiteral("\"%1\" marks %2")
                       .arg(QString::fromLatin1(handled.payload.toPercentEncoding(" ?!,")))
                       .arg(handled.marks);
    if (handled.outcome)
        text += QStringLiteral(" outcome %1").arg(int(*handled.outcome));
    return qstrdup(text.toUtf8().constData());
}

// Every message a connection's lanes let go of, in order, per direction.
class HandledItems : public QObject {
public:
    explicit HandledItems(InterceptConnection *connection)
    {
        connect(connection, &InterceptConnection::messageHandled, this,
            [this](const InterceptedItem &item, Outcome outcome) {
                if (item.kind != InterceptedItem::Kind::Message)
                    return;
                (item.direction == InterceptDirection::ToServer ? m_toServer : m_toApp)
                    .append({ item.payload, item.marks, outcome, item.originalPayload() });
            });
    }
    QList<Handled> toServer() const { return m_toServer; }
    QList<Handled> toApp() const { return m_toApp; }

private:
    QList<Handled> m_toServer;
    QList<Handled> m_toApp;
};

// The text and binary messages of one direction of the session log (Out: app to server).
QList<Handled> logged(const InterceptConnection *connection, Direction direction)
{
    QList<Handled> out;
    const QList<LoggedMessage> messages = loggedMessages(connection, direction);
    for (const LoggedMessage &message : messages)
        out.append({ message.payload, message.marks });
    return out;
}

InterceptRule ruleOn(const QString &substring, InterceptRule::Action action,
    InterceptDirectionFilter direction = InterceptDirectionFilter::Both)
{
    InterceptRule rule;
    rule.match = InterceptRule::Match::Substring;
    rule.pattern = substring;
    rule.action = action;
    rule.direction = direction;
    return rule;
}

// A masked frame as an app sends it (RFC 6455 5.3), with a fixed key.
QByteArray clientFrame(quint8 opcode, const QByteArray &payload, bool fin = true)
{
    return WebSocketWire::clientFrame(opcode, payload, 0x37fa213d, fin);
}

using HeaderList = QList<QPair<QString, QString>>;

// python_peer's answer to !headers: the path and the headers it received, as sent.
bool askHeaders(ChannelClient &client, QString *path, HeaderList *headers)
{
    const qsizetype before = client.messages.size();
    if (client.channel.sendMsg(QByteArrayLiteral("!headers")) != ChannelError::None || !client.waitMessages(before + 1))
        return false;
    const QJsonObject reply = QJsonDocument::fromJson(client.messages.at(before).payload).object();
    *path = reply.value(QStringLiteral("path")).toString();
    const QJsonArray list = reply.value(QStringLiteral("headers")).toArray();
    for (const QJsonValue &entry : list)
        headers->append({ entry.toArray().at(0).toString(), entry.toArray().at(1).toString() });
    return !headers->isEmpty();
}

QStringList valuesOf(const HeaderList &headers, const QString &name)
{
    QStringList values;
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            values.append(value);
    }
    return values;
}

QString describe(const HeaderList &headers)
{
    QStringList lines;
    for (const auto &[key, value] : headers)
        lines.append(key + QStringLiteral(": ") + value);
    return lines.join(QStringLiteral(" | "));
}

QStringList payloadsOf(const QList<Message> &messages)
{
    QStringList out;
    for (const Message &message : messages)
        out.append(QString::fromUtf8(message.payload));
    return out;
}

// An HTTP server that answers every request with the same bytes and then closes, or, with no
// answer, never answers at all.
class FixedAnswerServer : public QObject {
public:
    explicit FixedAnswerServer(const QByteArray &answer)
        : m_answer(answer)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                ++m_connections;
                connect(socket, &QTcpSocket::disconnected, this, [this] { ++m_disconnected; });
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_request += socket->readAll();
                    if (m_request.contains("\r\n\r\n") && !m_answer.isEmpty()) {
                        socket->write(m_answer);
                        socket->disconnectFromHost();
                    }
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(m_server.serverPort())); }
    QByteArray request() const { return m_request; }
    int connections() const { return m_connections; }
    int disconnected() const { return m_disconnected; }

private:
    QTcpServer m_server;
    QByteArray m_answer;
    QByteArray m_request;
    int m_connections = 0;
    int m_disconnected = 0;
};

} // namespace

class TestIntercept : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    // The handshake.
    void subprotocolOfferForwarded();
    void hostRewrittenOrKept_data();
    void hostRewrittenOrKept();
    void upstreamPathJoined_data();
    void upstreamPathJoined();
    void appHeadersArriveHopByHopDoNot();
    void userHeadersReplaceTheApps();
    void connectionNamedHeadersStayOnTheirLeg();
    void framesRightBehindTheRequestAndFragments();
    void setCookieComesBack();
    void upstreamRefusalReachesTheAppAsItIs();
    void otherUpstreamAnswersReachTheApp_data();
    void otherUpstreamAnswersReachTheApp();
    void appLeavesWhileTheUpstreamIsSilent();
    void unreachableUpstreamGives502();

    // Closes.
    void clientCloseCodeReachesTheServer_data();
    void clientCloseCodeReachesTheServer();
    void serverCloseCodeReachesTheClient();
    void killedUpstreamGivesTheClient1001();
    void abortedClientGivesTheUpstream1001();
    void stopClosesEveryConnection();

    // Pings.
    void pingFromTheAppAnsweredBy_data();
    void pingFromTheAppAnsweredBy();
    void pingFromTheServerAnsweredBy_data();
    void pingFromTheServerAnsweredBy();

    // Rules.
    void breakEditRelease();
    void closeWaitsBehindHeldMessage();
    void heldMessageGoesOnByItself();
    void serverGreetingWaitsForTheAppLeg();
    void dropNeverArrives();
    void passThroughCountsWithoutKeeping_data();
    void passThroughCountsWithoutKeeping();
    void rewriteApplies();
    void replyAnswersWithoutForwarding();
    void injectBothWays();
    void delayKeepsOrderAndMarks();

    // Bad input.
    void badRequestGets405();
    void unmaskedFrameGets1002AndUpstream1001();
    void oversizedMessageGets1009_data();
    void oversizedMessageGets1009();
    void slowHandshakeIsCutOff();
    void portInUseIsNamed();

    // TLS.
    void wssOnTheAppLeg();
    void wssUpstreamThroughNginx();
    void untrustedUpstreamGives502();

private:
    QUrl nginxUrl(const QString &path) const
    {
        return QUrl(QStringLiteral("wss://127.0.0.1:%1%2").arg(m_tlsPort).arg(path));
    }

    std::unique_ptr<PeerProcess> m_python; // the shared echo upstream (compression on)
    QTemporaryDir m_dir;
    CertificateSet m_certificates;
    ProcessGuard m_nginx;
    quint16 m_tlsPort = 0;
};

void TestIntercept::initTestCase()
{
    qRegisterMetaType<HandshakeFailure>();
    m_python = std::make_unique<PeerProcess>(PeerProcess::Kind::Python);
    QVERIFY2(m_python->isRunning(), qPrintable(m_python->errorString()));
    QVERIFY(m_dir.isValid());
    const QString error = m_certificates.generate(m_dir.path());
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // nginx terminates TLS in front of the Python echo server.
    m_tlsPort = ProcessGuard::freePort();
    QVERIFY(m_tlsPort != 0);
    const QString dir = m_dir.path();
    const QString config = QStringLiteral(R"(master_process off;
worker_processes 1;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path %1/body;
    proxy_temp_path %1/proxy;
    fastcgi_temp_path %1/fastcgi;
    uwsgi_temp_path %1/uwsgi;
    scgi_temp_path %1/scgi;
    server {
        listen 127.0.0.1:%2 ssl;
        ssl_certificate %3;
        ssl_certificate_key %4;
        location / {
            proxy_pass http://127.0.0.1:%5;
            proxy_http_version 1.1;
            proxy_set_header Upgrade $http_upgrade;
            proxy_set_header Connection "upgrade";
            proxy_read_timeout 60s;
        }
    }
}
)")
                               .arg(dir)
                               .arg(m_tlsPort)
                               .arg(m_certificates.server.certificatePath, m_certificates.server.keyPath)
                               .arg(m_python->port());
    QFile file(m_dir.filePath(QStringLiteral("nginx.conf")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(config.toUtf8()) > 0);
    file.close();
    QVERIFY(m_nginx.start(QStringLiteral("nginx"),
        { QStringLiteral("-p"), dir, QStringLiteral("-c"), file.fileName(), QStringLiteral("-g"),
            QStringLiteral("daemon off; pid %1/nginx.pid; error_log stderr;").arg(dir) }));
    QVERIFY2(m_nginx.waitForPort(m_tlsPort), m_nginx.output().constData());
}

void TestIntercept::cleanupTestCase()
{
    m_nginx.stop();
    m_python.reset();
}

// ---------------------------------------------------------------------------------------------
// The handshake

void TestIntercept::subprotocolOfferForwarded()
{
    PeerProcess peer(PeerProcess::Kind::Python, { QStringLiteral("--subprotocols"), QStringLiteral("chat,superchat") });
    QVERIFY2(peer.isRunning(), qPrintable(peer.errorString()));
    Proxy proxy(settingsFor(peer.url()));
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));

    ChannelClient client;
    QCOMPARE(client.channel.setProtocols({ QStringLiteral("v9"), QStringLiteral("superchat"), QStringLiteral("chat") }),
        ChannelError::None);
    QVERIFY2(client.open(proxy.url()), qPrintable(client.stopText()));
    // The server's choice (the first of the app's offer that it supports) comes back.
    QCOMPARE(client.channel.protocol(), QStringLiteral("superchat"));
    InterceptConnection *connection = proxy.connection();
    QVERIFY(connection);
    const QList<QByteArray> offered = connection->upstreamRequest().headers.tokens("Sec-WebSocket-Protocol");
    QCOMPARE(offered, (QList<QByteArray> { "v9", "superchat", "chat" }));
    QCOMPARE(connection->upstreamResponse().headers.value("Sec-WebSocket-Protocol"), QByteArray("superchat"));
    QCOMPARE(connection->appResponse().headers.value("Sec-WebSocket-Protocol"), QByteArray("superchat"));

    // An app that offers none gets none (and none is offered upstream).
    ChannelClient plain;
    QVERIFY2(plain.open(proxy.url()), qPrintable(plain.stopText()));
    QVERIFY(plain.channel.protocol().isEmpty());
    InterceptConnection *second = proxy.connection(1);
    QVERIFY(second);
    QVERIFY(!second->upstreamRequest().headers.contains("Sec-WebSocket-Protocol"));
}

void TestIntercept::hostRewrittenOrKept_data()
{
    QTest::addColumn<bool>("keepHost");
    QTest::newRow("rewritten") << false;
    QTest::newRow("keepHost") << true;
}

void TestIntercept::hostRewrittenOrKept()
{
    QFETCH(bool, keepHost);
    InterceptSettings settings = settingsFor(m_python->url());
    settings.keepHost = keepHost;
    Proxy proxy(settings);
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    ChannelClient client;
    QVERIFY2(client.open(proxy.url(QStringLiteral("/room/7?user=ann&x=%20y"))), qPrintable(client.stopText()));

    QString path;
    HeaderList headers;
    QVERIFY(askHeaders(client, &path, &headers));
    QCOMPARE(path, QStringLiteral("/room/7?user=ann&x=%20y")); // the app's path and query go on
    const QStringList hosts = valuesOf(headers, QStringLiteral("Host"));
    const quint16 expectedPort = keepHost ? proxy.server().port() : m_python->port();
    QVERIFY2(hosts == QStringList { QStringLiteral("127.0.0.1:%1").arg(expectedPort) }, qPrintable(describe(headers)));
}

void TestIntercept::upstreamPathJoined_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<bool>("fixedPath");
    QTest::addColumn<QString>("appTarget");
    QTest::addColumn<QString>("upstreamTarget");
    QTest::newRow("root") << "/" << false << "/room/7?user=ann"
                          << "/room/7?user=ann";
    QTest::newRow("base path, encoded bytes kept") << "/base/" << false << "/a%2Fb/c%20d?q=%20&r=%2F"
                                                   << "/base/a%2Fb/c%20d?q=%20&r=%2F";
    QTest::newRow("fixed path") << "/fixed?k=v" << true << "/ignored?x=1"
                                << "/fixed?k=v";
}

void TestIntercept::upstreamPathJoined()
{
    QFETCH(QString, base);
    QFETCH(bool, fixedPath);
    QFETCH(QString, appTarget);
    QFETCH(QString, upstreamTarget);
    InterceptSettings settings = settingsFor(m_python->url(base));
    settings.fixedPath = fixedPath;
    Proxy proxy(settings);
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    ChannelClient client;
    QVERIFY2(client.open(QUrl::fromEncoded(proxy.url().toEncoded().chopped(1) + appTarget.toLatin1())),
        qPrintable(client.stopText()));
    QString path;
    HeaderList headers;
    QVERIFY(askHeaders(client, &path, &headers));
    QCOMPARE(path, upstreamTarget);
}

void TestIntercept::appHeadersArriveHopByHopDoNot()
{
    Proxy proxy(settingsFor(m_python->url()));
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    ChannelClient client;
    HttpHeaders extra;
    extra.append("Cookie", "session=abc123; theme=dark");
    extra.append("X-Custom", "kept as it is");
    extra.append("Authorization", "Bearer token-1");
    extra.append("Keep-Alive", "timeout=5");
    extra.append("TE", "trailers");
    extra.append("Proxy-Authorization", "Basic cHJveHk6c2VjcmV0");
    QCOMPARE(client.channel.setRequestHeaders(extra), ChannelError::None);
    QCOMPARE(client.channel.setUserAgent("FramewiseTestApp/2.0"), ChannelError::None);
    QVERIFY2(client.open(proxy.url(), QStringLiteral("http://app.example")), qPrintable(client.stopText()));

    QString path;
    HeaderList headers;
    QVERIFY(askHeaders(client, &path, &headers));
    const QString all = describe(headers);
    QVERIFY2(
        valuesOf(headers, QStringLiteral("Cookie")) == QStringList { QStringLiteral("session=abc123; theme=dark") },
        qPrintable(all));
    QVERIFY2(valuesOf(headers, QStringLiteral("X-Custom")) == QStringList { QStringLiteral("kept as it is") },
        qPrintable(all));
    QVERIFY2(valuesOf(headers, QStringLiteral("Authorization")) == QStringList { QStringLiteral("Bearer token-1") },
        qPrintable(all));
    QVERIFY2(valuesOf(headers, QStringLiteral("User-Agent")) == QStringList { QStringLiteral("FramewiseTestApp/2.0") },
        qPrintable(all));
    QVERIFY2(valuesOf(headers, QStringLiteral("Origin")) == QStringList { QStringLiteral("http://app.example") },
        qPrintable(all));
    for (const char *hop : { "Keep-Alive", "TE", "Proxy-Authorization" })
        QVERIFY2(valuesOf(headers, QString::fromLatin1(hop)).isEmpty(), qPrintable(all));
    // Each leg negotiates for itself: a key of our own upstream, one Connection and Upgrade.
    InterceptConnection *connection = proxy.connection();
    QVERIFY(connection);
    const QStringList keys = valuesOf(headers, QStringLiteral("Sec-WebSocket-Key"));
    QCOMPARE(keys.size(), 1);
    QVERIFY(keys.first().toLatin1() != connection->appRequest().key);
    QCOMPARE(valuesOf(headers, QStringLiteral("Connection")).size(), 1);
    QCOMPARE(valuesOf(headers, QStringLiteral("Upgrade")).size(), 1);
}

void TestIntercept::userHeadersReplaceTheApps()
{
    InterceptSettings settings = settingsFor(m_python->url());
    settings.upstream.headers.append("Cookie", "forced=1");
    settings.upstream.headers.append("X-Added", "by the user");
    settings.upstream.origin = QStringLiteral("http://framewise.test");
    Proxy proxy(settings);
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    ChannelClient client;
    HttpHeaders extra;
    extra.append("Cookie", "from=app");
    extra.append("X-App", "kept");
    QCOMPARE(client.channel.setRequestHeaders(extra), ChannelError::None);
    QVERIFY2(client.open(proxy.url(), QStringLiteral("http://app.example")), qPrintable(client.stopText()));
    QString path;
    HeaderList headers;
    QVERIFY(askHeaders(client, &path, &headers));
    const QString all = describe(headers);
    QVERIFY2(
        valuesOf(headers, QStringLiteral("Cookie")) == QStringList { QStringLiteral("forced=1") }, qPrintable(all));
    QVERIFY2(
        valuesOf(headers, QStringLiteral("X-Added")) == QStringList { QStringLiteral("by the user") }, qPrintable(all));
    QVERIFY2(valuesOf(headers, QStringLiteral("X-App")) == QStringList { QStringLiteral("kept") }, qPrintable(all));
    QVERIFY2(valuesOf(headers, QStringLiteral("Origin")) == QStringList { QStringLiteral("http://framewise.test") },
        qPrintable(all));
}

void TestIntercept::connectionNamedHeadersStayOnTheirLeg()
{
    Proxy proxy(settingsFor(m_python->url()));
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    RawClient raw;
    QVERIFY(raw.connectTo(proxy.server().port()));
    raw.write(RawClient::upgradeRequest(proxy.server().port(), "/raw",
        { "Connection: Upgrade, X-Private", "X-Private: one hop only", "X-Public: for the server" }));
    QVERIFY(raw.waitHead());
    QVERIFY2(raw.statusCode() == 101, raw.head().constData());
    QCOMPARE(WebSocketWire::headerValue(raw.head(), "Sec-WebSocket-Accept"),
        WebSocketWire::acceptKey("dGhlIHNhbXBsZSBub25jZQ=="));
    raw.write(clientFrame(0x1, "!headers"));
    quint8 opcode = 0;
    QByteArray payload;
    QVERIFY(raw.waitFrame(&opcode, &payload));
    QCOMPARE(opcode, quint8(0x1));
    const QJsonArray list = QJsonDocument::fromJson(payload).object().value(QStringLiteral("headers")).toArray();
    HeaderList headers;
    for (const QJsonValue &entry : list)
        headers.append({ entry.toArray().at(0).toString(), entry.toArray().at(1).toString() });
    QVERIFY2(valuesOf(headers, QStringLiteral("X-Public")) == QStringList { QStringLiteral("for the server") },
        qPrintable(describe(headers)));
    QVERIFY2(valuesOf(headers, QStringLiteral("X-Private")).isEmpty(), qPrintable(describe(headers)));
    raw.write(clientFrame(0x8, WebSocketWire::closePayload(1000)));
    QVERIFY(raw.waitFrame(&opcode, &payload));
    QCOMPARE(opcode, quint8(0x8));
}

void TestIntercept::framesRightBehindTheRequestAndFragments()
{
    Proxy proxy(settingsFor(m_python->url()));
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    RawClient raw;
    QVERIFY(raw.connectTo(proxy.server().port()));
    // A frame in the same write as the request: it waits while the proxy opens the upstream leg.
    raw.write(RawClient::upgradeRequest(proxy.server().port(), "/") + clientFrame(0x1, "early"));
    QVERIFY(raw.waitHead());
    QCOMPARE(raw.statusCode(), 101);
    quint8 opcode = 0;
    QByteArray payload;
    QVERIFY(raw.waitFrame(&opcode, &payload));
    QCOMPARE(opcode, quint8(0x1));
    QCOMPARE(payload, QByteArray("early"));

    // A fragmented message with a ping between its fragments: one message upstream, and the
    // ping's pong (from the server) comes back in between.
    raw.write(clientFrame(0x1, "frag", false) + clientFrame(0x9, "between") + clientFrame(0x0, "ment"));
    QVERIFY(raw.waitFrame(&opcode, &payload));
    QCOMPARE(opcode, quint8(0xA));
    QCOMPARE(payload, QByteArray("between"));
    QVERIFY(raw.waitFrame(&opcode, &payload));
    QCOMPARE(opcode, quint8(0x1));
    QCOMPARE(payload, QByteArray("fragment"));
    InterceptConnection *connection = proxy.connection();
    QVERIFY(connection);
    QCOMPARE(logged(connection, Direction::Out), (QList<Handled> { { "early", 0 }, { "fragment", 0 } }));
    QCOMPARE(loggedControl(connection, Direction::Out, MessageRecord::Kind::Ping), QList<QByteArray> { "between" });
}

void TestIntercept::setCookieComesBack()
{
    const QString cookie = QStringLiteral("sid=42; Path=/; HttpOnly");
    PeerProcess peer(PeerProcess::Kind::Python, { QStringLiteral("--set-cookie"), cookie });
    QVERIFY2(peer.isRunning(), qPrintable(peer.errorString()));
    Proxy proxy(settingsFor(peer.url()));
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    ChannelClient client;
    QVERIFY2(client.open(proxy.url()), qPrintable(client.stopText()));
    QCOMPARE(client.channel.handshakeResponse().statusCode, 101);
    QCOMPARE(client.channel.handshakeResponse().headers.values("Set-Cookie"), QList<QByteArray> { cookie.toUtf8() });
    InterceptConnection *connection = proxy.connection();
    QVERIFY(connection);
    QCOMPARE(connection->appResponse().headers.value("Set-Cookie"), cookie.toUtf8());
    // Per-leg headers of the server's 101 are the app leg's own (its own accept key).
    QCOMPARE(connection->appResponse().headers.values("Sec-WebSocket-Accept").size(), 1);
    QCOMPARE(connection->appResponse().headers.value("Sec-WebSocket-Accept"),
        HandshakeRequest::acceptKeyFor(connection->appRequest().key));
}

void TestIntercept::upstreamRefusalReachesTheAppAsItIs()
{
    const QByteArray body = "no sockets for you, ok\n";
    FixedAnswerServer refusing("HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\nX-Reason: policy\r\n"
                               "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    Proxy proxy(settingsFor(refusing.url()));
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));

    RawClient raw;
    QVERIFY(raw.connectTo(proxy.server().port()));
    raw.write(RawClient::upgradeRequest(proxy.server().port(), "/denied"));
    QVERIFY(raw.waitHead());
    QVERIFY(raw.waitDisconnected());
    QVERIFY2(raw.head().startsWith("HTTP/1.1 403 Forbidden\r\n"), raw.head().constData());
    QCOMPARE(WebSocketWire::headerValue(raw.head(), "X-Reason"), QByteArray("policy"));
    QCOMPARE(WebSocketWire::headerValue(raw.head(), "Content-Type"), QByteArray("text/plain"));
    QCOMPARE(raw.buffer(), body);
    QVERIFY(refusing.request().startsWith("GET /denied HTTP/1.1\r\n"));

    InterceptConnection *connection = proxy.connection();
    QVERIFY(connection);
    QVERIFY(proxy.waitEnded(connection));
    QCOMPARE(connection->upstreamResponse().statusCode, 403);
    QCOMPARE(connection->upstreamResponse().body, body);
    QCOMPARE(connection->appResponse().statusCode, 403);
    QCOMPARE(connection->appResponse().reasonPhrase, QByteArray("Forbidden"));
    QCOMPARE(connection->appResponse().body, body);
    // The session keeps both answers: the upstream's, and what the app got.
    const ConnectionDetails details = connection->session()->connectionDetails();
    QVERIFY(details.intercepted);
    QCOMPARE(details.response.statusCode, 403);
    QCOMPARE(details.appResponse.statusCode, 403);
    QCOMPARE(details.appResponse.body, body);
    QCOMPARE(details.appRequest.target(), QByteArray("/denied"));
    const QString events = loggedEvents(connection).join(u'\n');
    QVERIFY2(events.contains(QStringLiteral("403")), qPrintable(events));

    // Our own client sees the same.
    ChannelClient client;
    QVERIFY(!client.open(proxy.url()));
    QVERIFY(client.waitStopped());
    QCOMPARE(client.stop->reason, StopReason::HandshakeRejected);
    QCOMPARE(client.stop->httpStatus, 403);
    QCOMPARE(client.channel.handshakeResponse().body, body);
}

void TestIntercept::otherUpstreamAnswersReachTheApp_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QByteArray>("statusLine");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("headerValue");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("401, chunked body") << QByteArray(
        "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"ws\"\r\nTransfer-Encoding: "
        "chunked\r\n\r\n6\r\nlog in\r\n9\r\n, please.\r\n0\r\n\r\n")
                                       << QByteArray("HTTP/1.1 401 Unauthorized") << QByteArray("WWW-Authenticate")
                                       << QByteArray("Basic realm=\"ws\"") << QByteArray("log in, please.");
    QTest::newRow("302, not followed") << QByteArray(
        "HTTP/1.1 302 Found\r\nLocation: ws://127.0.0.1:9/elsewhere\r\nContent-Length: 0\r\n\r\n")
                                       << QByteArray("HTTP/1.1 302 Found") << QByteArray("Location")
                                       << QByteArray("ws://127.0.0.1:9/elsewhere") << QByteArray();
    QTest::newRow("500, body until the connection closes")
        << QByteArray("HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\n\r\nboom, no length")
        << QByteArray("HTTP/1.1 500 Internal Server Error") << QByteArray("Content-Type") << QByteArray("text/plain")
        << QByteArray("boom, no length");
}

void TestIntercept::otherUpstreamAnswersReachTheApp()
{
    QFETCH(QByteArray, answer);
    QFETCH(QByteArray, statusLine);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, headerValue);
    QFETCH(QByteArray, body);
    FixedAnswerServer upstream(answer);
    Proxy proxy(settingsFor(upstream.url()));
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    RawClient raw;
    QVERIFY(raw.connectTo(proxy.server().port()));
    raw.write(RawClient::upgradeRequest(proxy.server().port(), "/"));
    QVERIFY(raw.waitHead());
    QVERIFY(raw.waitDisconnected());
    QVERIFY2(raw.head().startsWith(QByteArray(statusLine + "\r\n")), raw.head().constData());
    QCOMPARE(WebSocketWire::headerValue(raw.head(), header), headerValue);
    // The body as the app can read it: framed by one Content-Length that fits it.
    QVERIFY2(WebSocketWire::headerValue(raw.head(), "Transfer-Encoding").isEmpty(), raw.head().constData());
    QCOMPARE(WebSocketWire::headerValue(raw.head(), "Content-Length"), QByteArray::number(body.size()));
    QCOMPARE(raw.buffer(), body);
    QCOMPARE(upstream.connections(), 1);
    InterceptConnection *connection = proxy.connection();
    QVERIFY(connection);
    QVERIFY(proxy.waitEnded(connection));
    QCOMPARE(connection->appResponse().body, body);
}

void TestIntercept::appLeavesWhileTheUpstreamIsSilent()
{
    FixedAnswerServer silent({});
    Proxy proxy(settingsFor(silent.url()));
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    {
        RawClient raw;
        QVERIFY(raw.connectTo(proxy.server().port()));
        raw.write(RawClient::upgradeRequest(proxy.server().port(), "/wait"));
        QTRY_VERIFY_WITH_TIMEOUT(silent.request().contains("\r\n\r\n"), WaitMs);
    } // the app gives up
    InterceptConnection *connection = proxy.connection();
    QVERIFY(connection);
    QVERIFY(proxy.waitEnded(connection));
    QTRY_COMPARE_WITH_TIMEOUT(silent.disconnected(), 1, WaitMs); // the upstream leg went too
    QCOMPARE(proxy.server().liveCount(), 0);
}

void TestIntercept::unreachableUpstreamGives502()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    Proxy proxy(settingsFor(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(closedPort))));
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    RawClient raw;
    QVERIFY(raw.connectTo(proxy.server().port()));
    raw.write(RawClient::upgradeRequest(proxy.server().port(), "/"));
    QVERIFY(raw.waitHead());
    QVERIFY(raw.waitDisconnected());
    QCOMPARE(raw.statusCode(), 502);
    const QString body = QString::fromUtf8(raw.buffer());
    QVERIFY2(body.contains(QStringLiteral("refused")), qPrintable(body));
    QVERIFY2(body.contains(QString::number(closedPort)), qPrintable(body));

    InterceptConnection *connection = proxy.connection();
    QVERIFY(connection);
    QVERIFY(proxy.waitEnded(connection));
    QCOMPARE(connection->appResponse().statusCode, 502);
    QCOMPARE(connection->upstreamResponse().statusCode, 0); // no answer came
    QCOMPARE(connection->session()->lastStopStatus().reason, StopReason::ConnectionRefused);
    QCOMPARE(connection->session()->connectionDetails().appResponse.statusCode, 502);
    QCOMPARE(connection->session()->connectionDetails().appResponse.body, raw.buffer());
    const QString events = loggedEvents(connection).join(u'\n');
    QVERIFY2(events.contains(QStringLiteral("refused")), qPrintable(events));
}

// ---------------------------------------------------------------------------------------------
// Closes

void TestIntercept::clientCloseCodeReachesTheServer_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("serverSaw");
    QTest::newRow("4001 bye") << 4001 << "bye"
                              << "CLOSED 4001 bye";
    QTest::newRow("no code") << 0 << ""
                             << "CLOSED 1005"; // an empty Close stays empty
}

void TestIntercept::clientCloseCodeReachesTheServer()
{
    QFETCH(int, code);
    QFETCH(QString, reason);
    QFETCH(QString, serverSaw);
    PeerProcess peer(PeerProcess::Kind::Python);
    QVERIFY2(peer.isRunning(), qPrintable(peer.errorString()));
    Proxy proxy(settingsFor(peer.url()));
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    ChannelClient client;
    QVERIFY2(client.open(proxy.url()), qPrintable(client.stopText()));
    InterceptConnection *connection = proxy.connection();
    QVERIFY(connection);
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), InterceptConnection::State::Open, WaitMs);
    QCOMPARE(client.channel.close(quint16(code), reason), ChannelError::None);
    QVERIFY2(peer.waitForLines(QStringLiteral("CLOSED "), 1, WaitMs), qPrintable(peer.output()));
    QCOMPARE(peer.lines(QStringLiteral("CLOSED ")), QStringList { serverSaw });
    QVERIFY(client.waitStopped());
    QVERIFY2(client.stop->reason == StopReason::Ok, qPrintable(client.stopText()));
    // The server's answer, carried back.
    QCOMPARE(client.stop->closeCodeReceived, quint16(code == 0 ? CloseCode::NoStatus : code));
    QVERIFY(proxy.waitEnded(connection));
    QVERIFY2(connection->session()->lastStopStatus().isClean(),
        qPrintable(stopDetails(connection->session()->lastStopStatus())));
    QVERIFY(connection->appLeg());
    QVERIFY2(connection->appLeg()->stopStatus().isClean(), qPrintable(stopDetails(connection->appLeg()->stopStatus())));
    QCOMPARE(loggedControl(connection, Direction::Out, MessageRecord::Kind::Close),
        QList<QByteArray> { code == 0 ? QByteArray() : WebSocketWire::closePayload(quint16(code), reason.toUtf8()) });
    QCOMPARE(proxy.server().liveCount(), 0);
}

void TestIntercept::serverCloseCodeReachesTheClient()
{
    PeerProcess peer(PeerProcess::Kind::Python);
    QVERIFY2(peer.isRunning(), qPrintable(peer.errorString()));
    Proxy proxy(settingsFor(peer.url()));
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    ChannelClient client;
    QVERIFY2(client.open(proxy.url()), qPrintable(client.stopText()));
    InterceptConnection *connection = proxy.connection();
    QVERIFY(connection);
    QCOMPARE(client.channel.sendMsg(QByteArrayLiteral("!close 4002 x")), ChannelError::None);
    QVERIFY(client.waitStopped());
    QVERIFY(client.serverClose.has_value());
    QCOMPARE(client.serverClose->first, quint16(4002));
    QCOMPARE(client.serverClose->second, QStringLiteral("x"));
    QVERIFY2(client.stop->reason == StopReason::Ok, qPrintable(client.stopText()));
    // The server's Close went to the app, and the app's answer (4002, no reason) back to the server.
    QVERIFY2(peer.waitForLines(QStringLiteral("CLOSED "), 1, WaitMs), qPrintable(peer.output()));
    QCOMPARE(peer.lines(QStringLiteral("CLOSED ")), QStringList { QStringLiteral("CLOSED 4002") });
    QCOMPARE(loggedControl(connection, Direction::In, MessageRecord::Kind::Close),
        QList<QByteArray> { WebSocketWire::closePayload(4002, "x") });
    QCOMPARE(loggedControl(connection, Direction::Out, MessageRecord::Kind::Close),
        QList<QByteArray> { WebSocketWire::closePayload(4002) });
    QVERIFY(proxy.waitEnded(connection));
    QVERIFY2(connection->session()->lastStopStatus().isClean(),
        qPrintable(stopDetails(connection->session()->lastStopStatus())));
    QVERIFY2(connection->appLeg()->stopStatus().isClean(), qPrintable(stopDetails(connection->appLeg()->stopStatus())));
}

void TestIntercept::killedUpstreamGivesTheClient1001()
{
    PeerProcess peer(PeerProcess::Kind::Python);
    QVERIFY2(peer.isRunning(), qPrintable(peer.errorString()));
    Proxy proxy(settingsFor(peer.url()));
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    ChannelClient client;
    QVERIFY2(client.open(proxy.url()), qPrintable(client.stopText()));
    InterceptConnection *connection = proxy.connection();
    QVERIFY(connection);
    QCOMPARE(client.channel.sendMsg(QByteArrayLiteral("alive")), ChannelError::None);
    QVERIFY(client.waitMessages(1));

    peer.process().kill(); // SIGKILL: no Close, the kernel resets the connection
    QVERIFY(client.waitStopped());
    QVERIFY(client.serverClose.has_value());
    QCOMPARE(client.serverClose->first, quint16(CloseCode::GoingAway));
    QVERIFY2(!client.serverClose->second.isEmpty(), "the 1001 says why");
    QVERIFY2(client.stop->reason == StopReason::Ok, qPrintable(client.stopText())); // a closing handshake, not a cut
    QVERIFY(proxy.waitEnded(connection));
    QVERIFY(!connection->session()->lastStopStatus().isClean());
    QVERIFY(!connection->endReason().isEmpty());
    QCOMPARE(connection->appLeg()->state(), WebSocketChannel::State::Closed);
}

void TestIntercept::abortedClientGivesTheUpstream1001()
{
    PeerProcess peer(PeerProcess::Kind::Python);
    QVERIFY2(peer.isRunning(), qPrintable(peer.errorString()));
    Proxy proxy(settingsFor(peer.url()));
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    ChannelClient client;
    QVERIFY2(client.open(proxy.url()), qPrintable(client.stopText()));
    InterceptConnection *connection = proxy.connection();
    QVERIFY(connection);
    QCOMPARE(client.channel.sendMsg(QByteArrayLiteral("alive")), ChannelError::None);
    QVERIFY(client.waitMessages(1));
    client.channel.abort();
    QVERIFY2(peer.waitForOutput(QStringLiteral("CLOSED 1001 ")), qPrintable(peer.output()));
    QVERIFY(proxy.waitEnded(connection));
    // The upstream leg ended with a closing handshake of its own.
    QVERIFY2(connection->session()->lastStopStatus().isClean(),
        qPrintable(stopDetails(connection->session()->lastStopStatus())));
    QCOMPARE(connection->session()->lastStopStatus().closeCodeSent, quint16(CloseCode::GoingAway));
}

void TestIntercept::stopClosesEveryConnection()
{
    PeerProcess peer(PeerProcess::Kind::Python);
    QVERIFY2(peer.isRunning(), qPrintable(peer.errorString()));
    Proxy proxy(settingsFor(peer.url()));
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    ChannelClient first;
    ChannelClient second;
    QVERIFY2(first.open(proxy.url()), qPrintable(first.stopText()));
    QVERIFY2(second.open(proxy.url()), qPrintable(second.stopText()));
    QVERIFY(proxy.connection(1));
    QTRY_COMPARE_WITH_TIMEOUT(proxy.server().connection(2)->state(), InterceptConnection::State::Open, WaitMs);
    const quint16 port = proxy.server().port();

    proxy.server().stop(CloseCode::GoingAway, QStringLiteral("maintenance"));
    QVERIFY(!proxy.server().isListening());
    QVERIFY(first.waitStopped() && second.waitStopped());
    for (const ChannelClient *client : { &first, &second }) {
        QVERIFY(client->serverClose.has_value());
        QCOMPARE(client->serverClose->first, quint16(CloseCode::GoingAway));
        QCOMPARE(client->serverClose->second, QStringLiteral("maintenance"));
    }
    QVERIFY2(peer.waitForLines(QStringLiteral("CLOSED 1001 maintenance"), 2, WaitMs), qPrintable(peer.output()));
    QTRY_COMPARE_WITH_TIMEOUT(proxy.server().liveCount(), 0, WaitMs);
    QCOMPARE(proxy.server().connections().size(), 2);
    proxy.server().removeEnded();
    QVERIFY(proxy.server().connections().isEmpty());

    ChannelClient late;
    QVERIFY(!late.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port))));
    QCOMPARE(late.stop->reason, StopReason::ConnectionRefused);
}

// ---------------------------------------------------------------------------------------------
// Pings

void TestIntercept::pingFromTheAppAnsweredBy_data()
{
    QTest::addColumn<bool>("forwardPings");
    QTest::newRow("the server (forwarded)") << true;
    QTest::newRow("the proxy (each leg)") << false;
}

void TestIntercept::pingFromTheAppAnsweredBy()
{
    QFETCH(bool, forwardPings);
    InterceptSettings settings = settingsFor(m_python->url());
    settings.forwardPings = forwardPings;
    Proxy proxy(settings);
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    ChannelClient client;
    QVERIFY2(client.open(proxy.url()), qPrintable(client.stopText()));
    InterceptConnection *connection = proxy.connection();
    QVERIFY(connection);
    QCOMPARE(client.channel.ping("app-ping-1"), ChannelError::None);
    QTRY_COMPARE_WITH_TIMEOUT(client.pongs, QList<QByteArray> { "app-ping-1" }, WaitMs);
    // The upstream leg's log shows whether the real server saw the ping and answered it.
    const QList<QByteArray> pingsUp = loggedControl(connection, Direction::Out, MessageRecord::Kind::Ping);
    const QList<QByteArray> pongsDown = loggedControl(connection, Direction::In, MessageRecord::Kind::Pong);
    if (forwardPings) {
        QCOMPARE(pingsUp, QList<QByteArray> { "app-ping-1" });
        QCOMPARE(pongsDown, QList<QByteArray> { "app-ping-1" });
    } else {
        QVERIFY(pingsUp.isEmpty());
        QVERIFY(pongsDown.isEmpty());
    }
}

void TestIntercept::pingFromTheServerAnsweredBy_data()
{
    QTest::addColumn<bool>("forwardPings");
    QTest::newRow("the app (forwarded)") << true;
    QTest::newRow("the proxy (each leg)") << false;
}

void TestIntercept::pingFromTheServerAnsweredBy()
{
    QFETCH(bool, forwardPings);
    InterceptSettings settings = settingsFor(m_python->url());
    settings.forwardPings = forwardPings;
    Proxy proxy(settings);
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    ChannelClient client;
    client.channel.setAutoReplyPing(false); // the app answers by hand, so we know who answered
    QVERIFY2(client.open(proxy.url()), qPrintable(client.stopText()));
    InterceptConnection *connection = proxy.connection();
    QVERIFY(connection);
    QCOMPARE(client.channel.sendMsg(QByteArrayLiteral("!ping server-ping")), ChannelError::None);
    if (forwardPings) {
        QTRY_COMPARE_WITH_TIMEOUT(client.pings, QList<QByteArray> { "server-ping" }, WaitMs);
        // The server waits for the app's own pong.
        QTest::qWait(300);
        QVERIFY2(client.messages.isEmpty(), qPrintable(payloadsOf(client.messages).join(u',')));
        QCOMPARE(client.channel.sendPong("server-ping"), ChannelError::None);
    }
    QVERIFY(client.waitMessages(1));
    QCOMPARE(client.messages.first().payload, QByteArray("pong-ok"));
    if (!forwardPings)
        QVERIFY(client.pings.isEmpty());
    QCOMPARE(loggedControl(connection, Direction::In, MessageRecord::Kind::Ping), QList<QByteArray> { "server-ping" });
    QCOMPARE(loggedControl(connection, Direction::Out, MessageRecord::Kind::Pong), QList<QByteArray> { "server-ping" });
}

// ---------------------------------------------------------------------------------------------
// Rules

void TestIntercept::breakEditRelease()
{
    ControlledUpstream upstream;
    QVERIFY(upstream.isListening());
    InterceptSettings settings = settingsFor(upstream.url());
    InterceptRule rule = ruleOn(QStringLiteral("secret"), InterceptRule::Action::Break);
    rule.name = QStringLiteral("stop secrets");
    settings.rules = InterceptRuleSet({ rule });
    Proxy proxy(settings);
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    ChannelClient client;
    QVERIFY2(client.open(proxy.url()), qPrintable(client.stopText()));
    InterceptConnection *connection = proxy.connection();
    QVERIFY(connection);
    QVERIFY(upstream.waitSocket());
    HandledItems handled(connection);
    QSignalSpy heldChanged(connection, &InterceptConnection::heldChanged);

    QCOMPARE(client.channel.sendMsg(QByteArrayLiteral("my secret")), ChannelError::None);
    QCOMPARE(client.channel.sendMsg(QByteArrayLiteral("after")), ChannelError::None);
    InterceptLane *lane = connection->lane(InterceptDirection::ToServer);
    QTRY_COMPARE_WITH_TIMEOUT(lane->heldCount(), 1, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(lane->queuedCount(), 2, WaitMs);
    QVERIFY(heldChanged.size() >= 1);
    // Held: nothing of it or behind it reaches the server, while the server's messages flow.
    upstream.socket()->sendTextMessage(QStringLiteral("tick"));
    QVERIFY(client.waitMessages(1));
    QCOMPARE(client.messages.first().payload, QByteArray("tick"));
    QVERIFY2(upstream.messages.isEmpty(), qPrintable(payloadsOf(upstream.messages).join(u',')));

    const InterceptedItem held = lane->heldItems().first();
    QCOMPARE(held.payload, QByteArray("my secret"));
    QCOMPARE(held.ruleName, QStringLiteral("stop secrets"));
    QVERIFY(!lane->edit(held.id, QByteArray("\xff\xfe", 2), false)); // not UTF-8
    QVERIFY(lane->edit(held.id, "my edited text", false));
    QVERIFY(lane->release(held.id));
    QVERIFY(upstream.waitMessages(2));
    QCOMPARE(
        payloadsOf(upstream.messages), (QStringList { QStringLiteral("my edited text"), QStringLiteral("after") }));

    const quint8 heldAndEdited = MessageRecord::Held | MessageRecord::Edited;
    QCOMPARE(handled.toServer(),
        (QList<Handled> {
            { "my edited text", heldAndEdited, Outcome::Forwarded }, { "after", 0, Outcome::Forwarded } }));
    QCOMPARE(handled.toServer().first().original, QByteArray("my secret"));
    QCOMPARE(
        logged(connection, Direction::Out), (QList<Handled> { { "my edited text", heldAndEdited }, { "after", 0 } }));

    // A held message dropped by hand: it never arrives, and the connection reports and logs it.
    QCOMPARE(client.channel.sendMsg(QByteArrayLiteral("another secret")), ChannelError::None);
    QTRY_COMPARE_WITH_TIMEOUT(lane->heldCount(), 1, WaitMs);
    QVERIFY(lane->drop(lane->heldItems().first().id));
    QCOMPARE(client.channel.sendMsg(QByteArrayLiteral("last")), ChannelError::None);
    QVERIFY(upstream.waitMessages(3));
    QCOMPARE(upstream.messages.last().payload, QByteArray("last"));
    const quint8 heldAndDropped = MessageRecord::Held | MessageRecord::Dropped;
    QCOMPARE(handled.toServer().mid(2),
        (QList<Handled> { { "another secret", heldAndDropped, Outcome::Dropped }, { "last", 0, Outcome::Forwarded } }));
    QCOMPARE(logged(connection, Direction::Out).mid(2),
        (QList<Handled> { { "another secret", heldAndDropped }, { "last", 0 } }));
}

void TestIntercept::closeWaitsBehindHeldMessage()
{
    ControlledUpstream upstream;
    InterceptSettings settings = settingsFor(upstream.url());
    settings.rules = InterceptRuleSet(
        { ruleOn(QStringLiteral("secret"), InterceptRule::Action::Break, InterceptDirectionFilter::ToServer) });
    Proxy proxy(settings);
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    ChannelClient client;
    QVERIFY2(client.open(proxy.url()), qPrintable(client.stopText()));
    InterceptConnection *connection = proxy.connection();
    QVERIFY(connection && upstream.waitSocket());

    QCOMPARE(client.channel.sendMsg(QByteArrayLiteral("secret")), ChannelError::None);
    QCOMPARE(client.channel.close(4001, QStringLiteral("bye")), ChannelError::None);
    InterceptLane *lane = connection->lane(InterceptDirection::ToServer);
    QTRY_COMPARE_WITH_TIMEOUT(lane->queuedCount(), 2, WaitMs); // the message, and the Close behind it
    QTest::qWait(200);
    QVERIFY(upstream.messages.isEmpty());
    QVERIFY(upstream.closes.isEmpty());
    QVERIFY(!client.stop);

    QVERIFY(lane->release(lane->heldItems().first().id));
    QVERIFY(upstream.waitMessages(1));
    QCOMPARE(upstream.messages.first(), (Message { false, "secret" }));
    QTRY_COMPARE_WITH_TIMEOUT(upstream.closes.size(), 1, WaitMs);
    QCOMPARE(upstream.closes.first(), qMakePair(4001, QStringLiteral("bye")));
    QVERIFY(client.waitStopped());
    QVERIFY2(client.stop->reason == StopReason::Ok, qPrintable(client.stopText()));
    QCOMPARE(client.stop->closeCodeReceived, quint16(4001));
    QVERIFY(proxy.waitEnded(connection));
}

void TestIntercept::heldMessageGoesOnByItself()
{
    ControlledUpstream upstream;
    InterceptSettings settings = settingsFor(upstream.url());
    settings.rules = InterceptRuleSet({ ruleOn(QStringLiteral("secret"), InterceptRule::Action::Break) });
    settings.autoReleaseS = 1;
    Proxy proxy(settings);
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    ChannelClient client;
    QVERIFY2(client.open(proxy.url()), qPrintable(client.stopText()));
    InterceptConnection *connection = proxy.connection();
    QVERIFY(connection && upstream.waitSocket());
    HandledItems handled(connection);
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(client.channel.sendMsg(QByteArrayLiteral("secret")), ChannelError::None);
    QTRY_COMPARE_WITH_TIMEOUT(connection->lane(InterceptDirection::ToServer)->heldCount(), 1, WaitMs);
    QVERIFY(upstream.waitMessages(1));
    QVERIFY2(clock.elapsed() >= 1000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(handled.toServer(), (QList<Handled> { { "secret", MessageRecord::Held, Outcome::Forwarded } }));
}

void TestIntercept::serverGreetingWaitsForTheAppLeg()
{
    ControlledUpstream upstream;
    upstream.setGreeting({ "hello 1", "hello 2" }); // sent before the app has its 101
    Proxy proxy(settingsFor(upstream.url()));
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    ChannelClient client;
    QVERIFY2(client.open(proxy.url()), qPrintable(client.stopText()));
    QVERIFY(client.waitMessages(2));
    QCOMPARE(payloadsOf(client.messages), (QStringList { QStringLiteral("hello 1"), QStringLiteral("hello 2") }));
}

// framewise-cli intercept without --record: messages (small ones, and large ones that the app's
// leg hands to its socket without a copy) arrive intact both ways and are counted, but the log
// keeps none of them, only its events.
void TestIntercept::passThroughCountsWithoutKeeping_data()
{
    QTest::addColumn<bool>("compressed");
    QTest::newRow("plain") << false;
    QTest::newRow("compressed") << true;
}

void TestIntercept::passThroughCountsWithoutKeeping()
{
    QFETCH(bool, compressed);
    ControlledUpstream upstream;
    InterceptSettings settings = settingsFor(upstream.url());
    settings.keepMessages = false;
    settings.upstream.deflate.enabled = compressed; // and so the app's leg agrees to it or not
    Proxy proxy(settings);
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    ChannelClient client;
    QVERIFY2(client.open(proxy.url()), qPrintable(client.stopText()));
    QCOMPARE(client.channel.isCompressionActive(), compressed);
    InterceptConnection *connection = proxy.connection();
    QVERIFY(connection && upstream.waitSocket());

    const QByteArray large = randomText(300 * 1024, 7);
    // Random bytes: compressed or not, a frame of more than 64 KiB.
    QByteArray largeBinary(200 * 1024, Qt::Uninitialized);
    QRandomGenerator random(11);
    for (char &byte : largeBinary)
        byte = char(random.bounded(256));
    QCOMPARE(client.channel.sendMsg(QByteArrayLiteral("small up")), ChannelError::None);
    QCOMPARE(client.channel.sendBinaryMsg(largeBinary), ChannelError::None);
    upstream.socket()->sendTextMessage(QStringLiteral("small down"));
    upstream.socket()->sendTextMessage(QString::fromUtf8(large));
    upstream.socket()->sendBinaryMessage(largeBinary);
    upstream.socket()->sendTextMessage(QStringLiteral("last down"));
    QVERIFY(upstream.waitMessages(2));
    QVERIFY(client.waitMessages(4));
    QCOMPARE(upstream.messages, (QList<Message> { { false, QByteArrayLiteral("small up") }, { true, largeBinary } }));
    QCOMPARE(client.messages,
        (QList<Message> { { false, QByteArrayLiteral("small down") }, { false, large }, { true, largeBinary },
            { false, QByteArrayLiteral("last down") } }));

    const Session::Totals &totals = connection->session()->totals();
    QCOMPARE(totals.messagesOut, 2);
    QCOMPARE(totals.messagesIn, 4);
    QCOMPARE(totals.bytesOut, 8 + largeBinary.size());
    QCOMPARE(totals.bytesIn, 10 + large.size() + largeBinary.size() + 9);
    QCOMPARE(totals.wireBytesIn, totals.bytesIn); // the frames' payloads, uncompressed here
    QVERIFY(loggedMessages(connection, Direction::Out).isEmpty());
    QVERIFY(loggedMessages(connection, Direction::In).isEmpty());
    QVERIFY(connection->session()->log().size() > 0); // "App ... asks for", "Connected to"
    QCOMPARE(connection->session()->log().frameCount(), 0);
}

void TestIntercept::dropNeverArrives()
{
    ControlledUpstream upstream;
    InterceptSettings settings = settingsFor(upstream.url());
    settings.rules = InterceptRuleSet({ ruleOn(QStringLiteral("junk"), InterceptRule::Action::Drop) });
    Proxy proxy(settings);
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    ChannelClient client;
    QVERIFY2(client.open(proxy.url()), qPrintable(client.stopText()));
    InterceptConnection *connection = proxy.connection();
    QVERIFY(connection && upstream.waitSocket());
    HandledItems handled(connection);

    QCOMPARE(client.channel.sendMsg(QByteArrayLiteral("junk 1")), ChannelError::None);
    QCOMPARE(client.channel.sendMsg(QByteArrayLiteral("keep 1")), ChannelError::None);
    upstream.socket()->sendTextMessage(QStringLiteral("junk 2"));
    upstream.socket()->sendTextMessage(QStringLiteral("keep 2"));
    QVERIFY(upstream.waitMessages(1));
    QVERIFY(client.waitMessages(1));
    QTest::qWait(200); // nothing more comes
    QCOMPARE(payloadsOf(upstream.messages), QStringList { QStringLiteral("keep 1") });
    QCOMPARE(payloadsOf(client.messages), QStringList { QStringLiteral("keep 2") });

    const quint8 dropped = MessageRecord::Dropped;
    QCOMPARE(handled.toServer(),
        (QList<Handled> { { "junk 1", dropped, Outcome::Dropped }, { "keep 1", 0, Outcome::Forwarded } }));
    QCOMPARE(handled.toApp(),
        (QList<Handled> { { "junk 2", dropped, Outcome::Dropped }, { "keep 2", 0, Outcome::Forwarded } }));
    // Out: what the app sent, the dropped one marked. In: what the server sent as it came, and
    // beside it what the proxy did with it.
    QCOMPARE(logged(connection, Direction::Out), (QList<Handled> { { "junk 1", dropped }, { "keep 1", 0 } }));
    QCOMPARE(logged(connection, Direction::In),
        (QList<Handled> { { "junk 2", 0 }, { "junk 2", dropped }, { "keep 2", 0 } }));
}

void TestIntercept::rewriteApplies()
{
    ControlledUpstream upstream;
    InterceptSettings settings = settingsFor(upstream.url());
    InterceptRule rewrite;
    rewrite.action = InterceptRule::Action::Rewrite;
    rewrite.rewritePattern = QStringLiteral("cat");
    rewrite.replacement = QStringLiteral("dog");
    settings.rules = InterceptRuleSet({ rewrite });
    Proxy proxy(settings);
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    ChannelClient client;
    QVERIFY2(client.open(proxy.url()), qPrintable(client.stopText()));
    InterceptConnection *connection = proxy.connection();
    QVERIFY(connection && upstream.waitSocket());
    HandledItems handled(connection);

    QCOMPARE(client.channel.sendMsg(QByteArrayLiteral("a cat and a cat")), ChannelError::None);
    QVERIFY(upstream.waitMessages(1));
    QCOMPARE(upstream.messages.first().payload, QByteArray("a dog and a dog"));
    const QByteArray binaryCat("\x00the cat\xff", 9);
    const QByteArray binaryDog("\x00the dog\xff", 9);
    upstream.socket()->sendBinaryMessage(binaryCat);
    QVERIFY(client.waitMessages(1));
    QCOMPARE(client.messages.first(), (Message { true, binaryDog }));

    const quint8 edited = MessageRecord::Edited;
    QCOMPARE(handled.toServer(), (QList<Handled> { { "a dog and a dog", edited, Outcome::Forwarded } }));
    QCOMPARE(handled.toApp(), (QList<Handled> { { binaryDog, edited, Outcome::Forwarded } }));
    QCOMPARE(logged(connection, Direction::Out), (QList<Handled> { { "a dog and a dog", edited } }));
    QCOMPARE(logged(connection, Direction::In), (QList<Handled> { { binaryCat, 0 }, { binaryDog, edited } }));
}

void TestIntercept::replyAnswersWithoutForwarding()
{
    ControlledUpstream upstream;
    InterceptSettings settings = settingsFor(upstream.url());
    InterceptRule toApp
        = ruleOn(QStringLiteral("ping?"), InterceptRule::Action::Reply, InterceptDirectionFilter::ToServer);
    toApp.reply = { false, "pong!" };
    InterceptRule toServer
        = ruleOn(QStringLiteral("hello?"), InterceptRule::Action::Reply, InterceptDirectionFilter::ToApp);
    toServer.reply = { true, QByteArray("\x01hi", 3) };
    settings.rules = InterceptRuleSet({ toApp, toServer });
    Proxy proxy(settings);
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    ChannelClient client;
    QVERIFY2(client.open(proxy.url()), qPrintable(client.stopText()));
    InterceptConnection *connection = proxy.connection();
    QVERIFY(connection && upstream.waitSocket());
    HandledItems handled(connection);

    QCOMPARE(client.channel.sendMsg(QByteArrayLiteral("ping?")), ChannelError::None);
    QCOMPARE(client.channel.sendMsg(QByteArrayLiteral("marker")), ChannelError::None);
    QVERIFY(client.waitMessages(1));
    QCOMPARE(client.messages.first(), (Message { false, "pong!" }));
    QVERIFY(upstream.waitMessages(1));
    QCOMPARE(upstream.messages.first(), (Message { false, "marker" })); // the question never went on

    upstream.socket()->sendTextMessage(QStringLiteral("hello?"));
    QVERIFY(upstream.waitMessages(2));
    QCOMPARE(upstream.messages.at(1), (Message { true, QByteArray("\x01hi", 3) }));
    QTest::qWait(100);
    QCOMPARE(client.messages.size(), 1);

    const quint8 replied = MessageRecord::Replied;
    // Each question is reported as answered, and each answer as sent the other way.
    QCOMPARE(handled.toServer(),
        (QList<Handled> { { "ping?", replied, Outcome::Replied }, { "marker", 0, Outcome::Forwarded },
            { QByteArray("\x01hi", 3), replied, Outcome::Forwarded } }));
    QCOMPARE(handled.toApp(),
        (QList<Handled> { { "pong!", replied, Outcome::Forwarded }, { "hello?", replied, Outcome::Replied } }));
    // Each question is logged where it went, with its answer.
    QCOMPARE(logged(connection, Direction::Out),
        (QList<Handled> { { "ping?", replied }, { "marker", 0 }, { QByteArray("\x01hi", 3), replied } }));
    QCOMPARE(logged(connection, Direction::In),
        (QList<Handled> { { "pong!", replied }, { "hello?", 0 }, { "hello?", replied } }));
}

void TestIntercept::injectBothWays()
{
    ControlledUpstream upstream;
    Proxy proxy(settingsFor(upstream.url()));
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    ChannelClient client;
    QVERIFY2(client.open(proxy.url()), qPrintable(client.stopText()));
    InterceptConnection *connection = proxy.connection();
    QVERIFY(connection && upstream.waitSocket());
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), InterceptConnection::State::Open, WaitMs);
    HandledItems handled(connection);

    const QByteArray bytes("\x00\x01\x02", 3);
    QVERIFY(connection->inject(InterceptDirection::ToServer, false, "from the proxy") != 0);
    QVERIFY(connection->inject(InterceptDirection::ToApp, true, bytes) != 0);
    QVERIFY(upstream.waitMessages(1));
    QCOMPARE(upstream.messages.first(), (Message { false, "from the proxy" }));
    QVERIFY(client.waitMessages(1));
    QCOMPARE(client.messages.first(), (Message { true, bytes }));

    const quint8 injected = MessageRecord::Injected;
    QCOMPARE(handled.toServer(), (QList<Handled> { { "from the proxy", injected, Outcome::Forwarded } }));
    QCOMPARE(handled.toApp(), (QList<Handled> { { bytes, injected, Outcome::Forwarded } }));
    QCOMPARE(logged(connection, Direction::Out), (QList<Handled> { { "from the proxy", injected } }));
    QCOMPARE(logged(connection, Direction::In), (QList<Handled> { { bytes, injected } }));

    QCOMPARE(client.channel.close(1000, {}), ChannelError::None);
    QVERIFY(proxy.waitEnded(connection));
    QCOMPARE(connection->inject(InterceptDirection::ToServer, false, "late"), quint64(0));
}

void TestIntercept::delayKeepsOrderAndMarks()
{
    ControlledUpstream upstream;
    InterceptSettings settings = settingsFor(upstream.url());
    InterceptRule delay
        = ruleOn(QStringLiteral("slow"), InterceptRule::Action::Delay, InterceptDirectionFilter::ToServer);
    delay.delayMs = 400;
    settings.rules = InterceptRuleSet({ delay });
    Proxy proxy(settings);
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    ChannelClient client;
    QVERIFY2(client.open(proxy.url()), qPrintable(client.stopText()));
    InterceptConnection *connection = proxy.connection();
    QVERIFY(connection && upstream.waitSocket());
    HandledItems handled(connection);

    QElapsedTimer clock;
    clock.start();
    QCOMPARE(client.channel.sendMsg(QByteArrayLiteral("slow")), ChannelError::None);
    QCOMPARE(client.channel.sendMsg(QByteArrayLiteral("fast")), ChannelError::None);
    QVERIFY(upstream.waitMessages(2));
    QVERIFY2(clock.elapsed() >= 400, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(payloadsOf(upstream.messages), (QStringList { QStringLiteral("slow"), QStringLiteral("fast") }));
    const quint8 delayed = MessageRecord::Delayed;
    QCOMPARE(handled.toServer(),
        (QList<Handled> { { "slow", delayed, Outcome::Forwarded }, { "fast", 0, Outcome::Forwarded } }));
    QCOMPARE(logged(connection, Direction::Out), (QList<Handled> { { "slow", delayed }, { "fast", 0 } }));
}

// ---------------------------------------------------------------------------------------------
// Bad input

void TestIntercept::badRequestGets405()
{
    Proxy proxy(settingsFor(m_python->url()));
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    RawClient raw;
    QVERIFY(raw.connectTo(proxy.server().port()));
    QByteArray request = RawClient::upgradeRequest(proxy.server().port(), "/");
    request.replace(0, 3, "POST");
    raw.write(request);
    QVERIFY(raw.waitHead());
    QCOMPARE(raw.statusCode(), 405);
    QVERIFY(raw.waitDisconnected());
    QTRY_COMPARE_WITH_TIMEOUT(proxy.failures.size(), 1, WaitMs);
    QCOMPARE(proxy.failures.first().response.statusCode, 405);
    QVERIFY(!proxy.failures.first().reason.isEmpty());
    QVERIFY(proxy.server().connections().isEmpty()); // nothing went upstream
}

void TestIntercept::unmaskedFrameGets1002AndUpstream1001()
{
    PeerProcess peer(PeerProcess::Kind::Python);
    QVERIFY2(peer.isRunning(), qPrintable(peer.errorString()));
    Proxy proxy(settingsFor(peer.url()));
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    RawClient raw;
    QVERIFY(raw.connectTo(proxy.server().port()));
    raw.write(RawClient::upgradeRequest(proxy.server().port(), "/"));
    QVERIFY(raw.waitHead());
    QCOMPARE(raw.statusCode(), 101);
    InterceptConnection *connection = proxy.connection();
    QVERIFY(connection);
    raw.write(WebSocketWire::serverFrame(0x1, "not masked"));
    quint8 opcode = 0;
    QByteArray payload;
    QVERIFY(raw.waitFrame(&opcode, &payload));
    QCOMPARE(opcode, quint8(0x8));
    QVERIFY(payload.size() >= 2);
    QCOMPARE(quint16(quint8(payload.at(0)) << 8 | quint8(payload.at(1))), quint16(CloseCode::ProtocolError));
    QVERIFY2(peer.waitForOutput(QStringLiteral("CLOSED 1001 ")), qPrintable(peer.output()));
    QVERIFY(proxy.waitEnded(connection));
    QCOMPARE(connection->appLeg()->stopStatus().reason, StopReason::ProtocolError);
    QVERIFY(loggedMessages(connection).isEmpty()); // the bad frame was never forwarded
}

void TestIntercept::oversizedMessageGets1009_data()
{
    QTest::addColumn<bool>("fromApp");
    QTest::newRow("app to server") << true;
    QTest::newRow("server to app") << false;
}

void TestIntercept::oversizedMessageGets1009()
{
    QFETCH(bool, fromApp);
    PeerProcess peer(PeerProcess::Kind::Python);
    QVERIFY2(peer.isRunning(), qPrintable(peer.errorString()));
    InterceptSettings settings = settingsFor(peer.url());
    settings.upstream.maxMessageSize = 1000;
    Proxy proxy(settings);
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    ChannelClient client;
    QVERIFY2(client.open(proxy.url()), qPrintable(client.stopText()));
    InterceptConnection *connection = proxy.connection();
    QVERIFY(connection);
    // Within the limit, both ways.
    QCOMPARE(client.channel.sendMsg(QByteArray(1000, 'a')), ChannelError::None);
    QVERIFY(client.waitMessages(1));

    if (fromApp)
        QCOMPARE(client.channel.sendMsg(QByteArray(1001, 'b')), ChannelError::None);
    else
        QCOMPARE(client.channel.sendMsg(QByteArrayLiteral("!send-binary 1001")), ChannelError::None);
    QVERIFY(client.waitStopped());
    QVERIFY(proxy.waitEnded(connection));
    if (fromApp) {
        QCOMPARE(client.stop->closeCodeReceived, quint16(CloseCode::TooLarge));
        QCOMPARE(connection->appLeg()->stopStatus().reason, StopReason::MessageTooLarge);
        QVERIFY2(peer.waitForOutput(QStringLiteral("CLOSED 1001 ")), qPrintable(peer.output()));
    } else {
        QCOMPARE(client.stop->closeCodeReceived, quint16(CloseCode::GoingAway));
        QCOMPARE(connection->session()->lastStopStatus().reason, StopReason::MessageTooLarge);
        QVERIFY2(peer.waitForOutput(QStringLiteral("CLOSED 1009 ")), qPrintable(peer.output()));
    }
    QCOMPARE(client.messages.size(), 1);
}

void TestIntercept::slowHandshakeIsCutOff()
{
    InterceptSettings settings = settingsFor(m_python->url());
    settings.handshakeTimeoutMs = 500;
    Proxy proxy(settings);
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    RawClient raw;
    QElapsedTimer clock;
    clock.start();
    QVERIFY(raw.connectTo(proxy.server().port()));
    raw.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n"); // and then nothing, as slowloris does
    QVERIFY(raw.waitDisconnected());
    // Cut off by its own timeout (500 ms), not the default one (10 s).
    QVERIFY2(clock.elapsed() >= 400 && clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QTRY_COMPARE_WITH_TIMEOUT(proxy.failures.size(), 1, WaitMs);
    QVERIFY(!proxy.failures.first().reason.isEmpty());
    QVERIFY(proxy.server().connections().isEmpty());
}

void TestIntercept::portInUseIsNamed()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    InterceptSettings settings = settingsFor(m_python->url());
    settings.listenPort = squatter.serverPort();
    Proxy proxy(settings, false);
    QVERIFY(!proxy.ok());
    QVERIFY2(proxy.error().contains(QString::number(squatter.serverPort())), qPrintable(proxy.error()));
    QVERIFY(!proxy.server().isListening());
}

// ---------------------------------------------------------------------------------------------
// TLS

void TestIntercept::wssOnTheAppLeg()
{
    InterceptSettings settings = settingsFor(m_python->url());
    settings.certificatePath = m_certificates.server.certificatePath;
    settings.keyPath = m_certificates.server.keyPath;
    Proxy proxy(settings);
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    QVERIFY2(proxy.server().listenUrl().startsWith(QStringLiteral("wss://127.0.0.1:")),
        qPrintable(proxy.server().listenUrl()));

    ChannelClient client;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificate(m_certificates.ca.certificate);
    QCOMPARE(client.channel.setSslConfiguration(tls), ChannelError::None);
    QVERIFY2(client.open(proxy.url()), qPrintable(client.stopText()));
    QVERIFY(client.channel.securityInfo().verified);
    QCOMPARE(client.channel.securityInfo().peerChain.first(), m_certificates.server.certificate);
    QCOMPARE(client.channel.sendMsg(QByteArrayLiteral("over tls")), ChannelError::None);
    QVERIFY(client.waitMessages(1));
    QCOMPARE(client.messages.first().payload, QByteArray("over tls"));

    // A client that does not trust the certificate gets nowhere, and the proxy says so.
    ChannelClient untrusting;
    QVERIFY(!untrusting.open(proxy.url()));
    QCOMPARE(untrusting.stop->reason, StopReason::TlsFailed);
    QTRY_VERIFY_WITH_TIMEOUT(!proxy.failures.isEmpty(), WaitMs);
    QCOMPARE(proxy.server().connections().size(), 1);
}

void TestIntercept::wssUpstreamThroughNginx()
{
    InterceptSettings settings = settingsFor(nginxUrl(QStringLiteral("/")));
    settings.upstream.caFiles = { m_certificates.ca.certificatePath };
    Proxy proxy(settings);
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    ChannelClient client;
    QVERIFY2(client.open(proxy.url(QStringLiteral("/via-nginx"))), qPrintable(client.stopText()));
    InterceptConnection *connection = proxy.connection();
    QVERIFY(connection);
    const SecurityInfo security = connection->session()->connectionDetails().security;
    QVERIFY(security.isSecure());
    QVERIFY(security.verified);
    QCOMPARE(security.peerChain.first(), m_certificates.server.certificate);
    QVERIFY(!client.channel.securityInfo().isSecure()); // the app's leg is plain ws

    QString path;
    HeaderList headers;
    QVERIFY(askHeaders(client, &path, &headers));
    QCOMPARE(path, QStringLiteral("/via-nginx"));
    const QByteArray binary = QByteArray(70000, '\x5a');
    QCOMPARE(client.channel.sendBinaryMsg(binary), ChannelError::None);
    QVERIFY(client.waitMessages(2));
    QCOMPARE(client.messages.at(1), (Message { true, binary }));
    QCOMPARE(client.channel.close(4005, QStringLiteral("tls bye")), ChannelError::None);
    QVERIFY(client.waitStopped());
    QVERIFY2(client.stop->reason == StopReason::Ok, qPrintable(client.stopText()));
    QVERIFY(m_python->waitForOutput(QStringLiteral("CLOSED 4005 tls bye")));
}

void TestIntercept::untrustedUpstreamGives502()
{
    Proxy proxy(settingsFor(nginxUrl(QStringLiteral("/")))); // no CA: the test CA is not trusted
    QVERIFY2(proxy.ok(), qPrintable(proxy.error()));
    RawClient raw;
    QVERIFY(raw.connectTo(proxy.server().port()));
    raw.write(RawClient::upgradeRequest(proxy.server().port(), "/"));
    QVERIFY(raw.waitHead());
    QVERIFY(raw.waitDisconnected());
    QCOMPARE(raw.statusCode(), 502);
    const QString body = QString::fromUtf8(raw.buffer());
    QVERIFY2(body.contains(QStringLiteral("certificate"), Qt::CaseInsensitive), qPrintable(body));
    InterceptConnection *connection = proxy.connection();
    QVERIFY(connection);
    QCOMPARE(connection->session()->lastStopStatus().reason, StopReason::TlsFailed);
}

QTEST_GUILESS_MAIN(TestIntercept)
#include "tst_intercept.moc"
