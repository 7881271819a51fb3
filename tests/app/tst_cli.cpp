// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real framewise-cli executable with QProcess against servers started here: the built-in
// echo server, a QWebSocketServer that checks what the CLI sends, and a TCP server that rejects
// the upgrade. Checks output lines, JSON Lines fields, exit codes and what the server saw.
#include "clirun.h"
#include "localechoserver.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <csignal>

using namespace Framewise;

namespace {

// The documented exit status (CliRunner's table, --help, README). Numbers, not the function, so
// that a renumbering fails here.
constexpr int ExitOk = 0;
constexpr int ExitUsage = 2;
constexpr int ExitConnectionRefused = 11;
constexpr int ExitHandshakeRejected = 14;

// Every stdout line must be one compact JSON object with a valid time and an event name.
bool parseJsonl(const CliResult &result, QList<QJsonObject> *events, QString *problem)
{
    for (const QString &line : result.outLines()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            *problem = QStringLiteral("not a JSON object: ") + line.left(200);
            return false;
        }
        if (QString::fromUtf8(document.toJson(QJsonDocument::Compact)).size() != line.size()) {
            *problem = QStringLiteral("not compact: ") + line.left(200);
            return false;
        }
        const QJsonObject object = document.object();
        const QDateTime time = QDateTime::fromString(object.value(u"time").toString(), Qt::ISODateWithMs);
        if (!time.isValid() || qAbs(time.secsTo(QDateTime::currentDateTimeUtc())) > 300) {
            *problem = QStringLiteral("bad time: ") + line.left(200);
            return false;
        }
        if (object.value(u"event").toString().isEmpty()) {
            *problem = QStringLiteral("no event: ") + line.left(200);
            return false;
        }
        events->append(object);
    }
    return true;
}

QList<QJsonObject> eventsOf(const QList<QJsonObject> &events, const QString &name, const QString &direction = {})
{
    QList<QJsonObject> selected;
    for (const QJsonObject &e : events) {
        if (e.value(u"event").toString() == name
            && (direction.isEmpty() || e.value(u"direction").toString() == direction))
            selected.append(e);
    }
    return selected;
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// Runs the CLI on a local echo server with `arguments` after its URL, which it must refuse before
// connecting: the usage exit code and an error naming `named`. Its standard error, for more checks
// (the test has failed when any of these did not hold).
QString refusedUsage(const QStringList &arguments, const QString &named)
{
    QString err;
    [&] {
        LocalEchoServer server;
        QVERIFY(server.start());
        const CliResult r = runCli(QStringList { server.url().toString() } + arguments);
        QVERIFY2(r.finished, qPrintable(r.describe()));
        QCOMPARE(r.exitCode, ExitUsage);
        err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(named), qPrintable(err));
        QCOMPARE(server.totalConnections(), qint64(0)); // refused before connecting
    }();
    return err;
}

struct Received {
    bool text;
    QByteArray payload;
    bool operator==(const Received &other) const { return text == other.text && payload == other.payload; }
};

} // namespace

// Declares `events`, the JSON Lines output of the CliResult `result`; fails the test, naming the bad
// line, when the output is not one valid event per line.
#define PARSE_JSONL(result, events)                                                                                    \
    QList<QJsonObject> events;                                                                                         \
    do {                                                                                                               \
        QString problem;                                                                                               \
        QVERIFY2(parseJsonl((result), &(events), &problem), qPrintable(problem));                                      \
    } while (false)

// A QWebSocketServer that records the CLI's request, messages and close, and behaves per mode.
class TestServer : public QObject {
    Q_OBJECT
public:
    enum class Mode {
        Echo, // echo every message with the same type
        Silent, // say nothing
        SendThreeAwaitEchoes, // send 3 messages, wait for 3 back, close 1000 "done"
        SendOneThenClose, // send "hello", close 1001 "going"
        Chatty, // send "tick" every 50 ms: the connection is never silent
    };

    explicit TestServer(Mode mode)
        : m_mode(mode)
    {
        connect(&m_server, &QWebSocketServer::newConnection, this, &TestServer::onNewConnection);
        connect(&m_chatter, &QTimer::timeout, this, [this] {
            if (socket)
                socket->sendTextMessage(QStringLiteral("tick"));
        });
        if (mode == Mode::Chatty)
            m_chatter.start(50);
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString url() const { return QStringLiteral("ws://127.0.0.1:%1/chat?room=1").arg(m_server.serverPort()); }
    void setSubprotocols(const QStringList &protocols) { m_server.setSupportedSubprotocols(protocols); }

    static const QList<Received> &threeMessages()
    {
        static const QList<Received> messages { { true, QByteArray("one") },
            { false, QByteArray("\x00\x01\xfe\xff binary", 11) }, { true, QByteArray("three – ü 🙂") } };
        return messages;
    }

    int connections = 0;
    QPointer<QWebSocket> socket; // the latest client
    QList<QByteArray> pongs; // payloads of pongs the CLI sent us
    QNetworkRequest request;
    QString origin;
    QString subprotocol;
    QList<Received> received;
    bool disconnected = false;
    quint16 closeCode = 0; // what the CLI's Close carried
    QString closeReason;

private:
    void onNewConnection()
    {
        while (QWebSocket *socket = m_server.nextPendingConnection()) {
            ++connections;
            socket->setParent(this);
            this->socket = socket;
            connect(
                socket, &QWebSocket::pong, this, [this](quint64, const QByteArray &payload) { pongs.append(payload); });
            request = socket->request();
            origin = socket->origin();
            subprotocol = socket->subprotocol();
            connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) {
                onMessage(socket, { true, text.toUtf8() });
            });
            connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket](const QByteArray &data) {
                onMessage(socket, { false, data });
            });
            connect(socket, &QWebSocket::disconnected, this, [this, socket] {
                closeCode = quint16(socket->closeCode());
                closeReason = socket->closeReason();
                disconnected = true;
            });
            if (m_mode == Mode::SendThreeAwaitEchoes) {
                for (const Received &m : threeMessages()) {
                    if (m.text)
                        socket->sendTextMessage(QString::fromUtf8(m.payload));
                    else
                        socket->sendBinaryMessage(m.payload);
                }
            } else if (m_mode == Mode::SendOneThenClose) {
                socket->sendTextMessage(QStringLiteral("hello"));
                socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("going"));
            }
        }
    }
    void onMessage(QWebSocket *socket, const Received &message)
    {
        received.append(message);
        if (m_mode == Mode::Echo) {
            if (message.text)
                socket->sendTextMessage(QString::fromUtf8(message.payload));
            else
                socket->sendBinaryMessage(message.payload);
        } else if (m_mode == Mode::SendThreeAwaitEchoes && received.size() == threeMessages().size()) {
            socket->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("done"));
        }
    }

    Mode m_mode;
    QTimer m_chatter;
    QWebSocketServer m_server { QStringLiteral("tst_cli"), QWebSocketServer::NonSecureMode };
};

class TestCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sendTwoCountTwoJsonl();
    void localEchoAlone();
    void echoedCredentialsStayHidden();
    void sendFileStreamsThreeMiB();
    void echoReturnsEveryMessageUntilServerCloses();
    void headersOriginAndProtocolReachServer();
    void badUrl_data();
    void badUrl();
    void connectionRefused();
    void handshakeRejected_data();
    void handshakeRejected();
    void openTimeout();
    void pingsAndPongsAreReported();
    void rttProbePingsABusyConnection_data();
    void rttProbePingsABusyConnection();
    void closeCodeAndReasonReachServer();
    void invalidCloseOptions_data();
    void invalidCloseOptions();
    void badOptionValues_data();
    void badOptionValues();
    void sendOnlyWaitsForRepliesThenCloses();
    void staysConnectedUntilServerCloses();
    void signalClosesNormally_data();
    void signalClosesNormally();
    void quietPrintsNothingOnSuccess();
    void helpListsEveryOption();
    void versionPrintsVersion();
};

void TestCli::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(FRAMEWISE_CLI_PATH)), FRAMEWISE_CLI_PATH);
}

void TestCli::sendTwoCountTwoJsonl()
{
    LocalEchoServer server;
    QVERIFY(server.start());
    const CliResult r
        = runCli({ server.url().toString(), QStringLiteral("--send"), QStringLiteral("x"), QStringLiteral("--send"),
            QStringLiteral("y"), QStringLiteral("--count"), QStringLiteral("2"), QStringLiteral("--jsonl") });
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QVERIFY2(r.exitCode == ExitOk, qPrintable(r.describe()));
    PARSE_JSONL(r, events);

    const QList<QJsonObject> in = eventsOf(events, QStringLiteral("message"), QStringLiteral("in"));
    QCOMPARE(in.size(), 2);
    QCOMPARE(in.at(0).value(u"text").toString(), QStringLiteral("x"));
    QCOMPARE(in.at(1).value(u"text").toString(), QStringLiteral("y"));
    for (const QJsonObject &e : in) {
        QCOMPARE(e.value(u"opcode").toString(), QStringLiteral("text"));
        QCOMPARE(e.value(u"size").toInteger(), 1);
        QVERIFY(!e.contains(u"base64"));
    }
    const QList<QJsonObject> out = eventsOf(events, QStringLiteral("message"), QStringLiteral("out"));
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.at(0).value(u"text").toString(), QStringLiteral("x"));
    QCOMPARE(out.at(1).value(u"text").toString(), QStringLiteral("y"));

    // open first, stop last; our Close carries 1000.
    QCOMPARE(events.first().value(u"event").toString() == QLatin1String("handshake")
            || events.first().value(u"event").toString() == QLatin1String("open"),
        true);
    QCOMPARE(eventsOf(events, QStringLiteral("open")).size(), 1);
    qsizetype openIndex = -1;
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (events.at(i).value(u"event").toString() == QLatin1String("open"))
            openIndex = i;
        if (events.at(i).value(u"event").toString() == QLatin1String("message"))
            QVERIFY2(openIndex >= 0 && i > openIndex, "messages come after open");
    }
    const QList<QJsonObject> closesOut = eventsOf(events, QStringLiteral("close"), QStringLiteral("out"));
    QCOMPARE(closesOut.size(), 1);
    QCOMPARE(closesOut.first().value(u"code").toInt(), 1000);
    const QJsonObject stop = events.last();
    QCOMPARE(stop.value(u"event").toString(), QStringLiteral("stop"));
    QCOMPARE(stop.value(u"status").toString(), QStringLiteral("Ok"));
    QCOMPARE(stop.value(u"exit_code").toInt(), ExitOk);
    QCOMPARE(eventsOf(events, QStringLiteral("error")).size(), 0);

    const QList<QJsonObject> handshakes = eventsOf(events, QStringLiteral("handshake"), QStringLiteral("in"));
    QCOMPARE(handshakes.size(), 1);
    QCOMPARE(handshakes.first().value(u"status").toInt(), 101);

    QCOMPARE(server.messagesEchoed(), qint64(2));
    QCOMPARE(server.totalConnections(), qint64(1));
    QVERIFY(r.err.isEmpty());
}

void TestCli::localEchoAlone()
{
    // The README's first command.
    const CliResult r = runCli({ QStringLiteral("--local-echo"), QStringLiteral("--send"),
        QStringLiteral("Hello, Framewise"), QStringLiteral("--count"), QStringLiteral("1") });
    QVERIFY2(r.finished && r.exitCode == ExitOk, qPrintable(r.describe()));
    const QStringList lines = r.outLines();
    QVERIFY2(lines.size() >= 4, qPrintable(r.describe()));
    QVERIFY2(lines.first().startsWith(QStringLiteral("* connected to ws://127.0.0.1:")), qPrintable(lines.first()));
    const qsizetype sent = lines.indexOf(QStringLiteral("> text 16 B: Hello, Framewise"));
    const qsizetype echoed = lines.indexOf(QStringLiteral("< text 16 B: Hello, Framewise"));
    QVERIFY2(sent > 0 && echoed > sent, qPrintable(r.describe()));
    QVERIFY(lines.contains(QStringLiteral("> close 1000")));
    QCOMPARE(lines.last(), QStringLiteral("* closed: The connection was closed (1000 — Normal closure)."));
    QVERIFY(r.err.isEmpty());
}

void TestCli::sendFileStreamsThreeMiB()
{
    constexpr qint64 Size = 3 * 1024 * 1024;
    QTemporaryFile file;
    QVERIFY(file.open());
    QByteArray content(Size, Qt::Uninitialized);
    QRandomGenerator generator(7);
    generator.fillRange(reinterpret_cast<quint32 *>(content.data()), content.size() / 4);
    QCOMPARE(file.write(content), Size);
    QVERIFY(file.flush());

    LocalEchoServer server;
    QVERIFY(server.start());
    const CliResult r = runCli({ server.url().toString(), QStringLiteral("--send-file"), file.fileName(),
                                   QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--jsonl") },
        40000);
    QVERIFY2(r.finished && r.exitCode == ExitOk, qPrintable(r.describe().left(2000)));
    PARSE_JSONL(r, events);

    const QList<QJsonObject> out = eventsOf(events, QStringLiteral("message"), QStringLiteral("out"));
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().value(u"opcode").toString(), QStringLiteral("binary"));
    QCOMPARE(out.first().value(u"size").toInteger(), Size);
    QCOMPARE(out.first().value(u"file").toString(), file.fileName());

    const QList<QJsonObject> in = eventsOf(events, QStringLiteral("message"), QStringLiteral("in"));
    QCOMPARE(in.size(), 1);
    QCOMPARE(in.first().value(u"opcode").toString(), QStringLiteral("binary"));
    QCOMPARE(in.first().value(u"size").toInteger(), 3145728);
    QVERIFY(!in.first().contains(u"text"));
    const QByteArray echoed = QByteArray::fromBase64(in.first().value(u"base64").toString().toLatin1());
    QCOMPARE(echoed.size(), content.size());
    QVERIFY2(echoed == content, "the echoed bytes are the file's bytes");
    QCOMPARE(server.messagesEchoed(), qint64(1));
    QCOMPARE(events.last().value(u"status").toString(), QStringLiteral("Ok"));
}

void TestCli::echoReturnsEveryMessageUntilServerCloses()
{
    TestServer server(TestServer::Mode::SendThreeAwaitEchoes);
    QVERIFY(server.listen());
    const CliResult r = runCli({ server.url(), QStringLiteral("--echo"), QStringLiteral("--jsonl") });
    QVERIFY2(r.finished && r.exitCode == ExitOk, qPrintable(r.describe()));

    // The server saw its three messages back, in order, with the same types.
    QCOMPARE(server.received.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(server.received.at(i).text, TestServer::threeMessages().at(i).text);
        QCOMPARE(server.received.at(i).payload, TestServer::threeMessages().at(i).payload);
    }

    PARSE_JSONL(r, events);
    const QList<QJsonObject> in = eventsOf(events, QStringLiteral("message"), QStringLiteral("in"));
    QCOMPARE(in.size(), 3);
    QCOMPARE(in.at(0).value(u"text").toString(), QStringLiteral("one"));
    QCOMPARE(in.at(1).value(u"opcode").toString(), QStringLiteral("binary"));
    QCOMPARE(QByteArray::fromBase64(in.at(1).value(u"base64").toString().toLatin1()),
        TestServer::threeMessages().at(1).payload);
    QCOMPARE(in.at(1).value(u"size").toInteger(), 11);
    QCOMPARE(in.at(2).value(u"text").toString(), QStringLiteral("three – ü 🙂"));
    QCOMPARE(in.at(2).value(u"size").toInteger(), TestServer::threeMessages().at(2).payload.size());
    const QList<QJsonObject> out = eventsOf(events, QStringLiteral("message"), QStringLiteral("out"));
    QCOMPARE(out.size(), 3);
    for (const QJsonObject &e : out)
        QCOMPARE(e.value(u"echo").toBool(), true);

    // The server closed: its Close is reported, ours answers with the same code.
    const QList<QJsonObject> closeIn = eventsOf(events, QStringLiteral("close"), QStringLiteral("in"));
    QCOMPARE(closeIn.size(), 1);
    QCOMPARE(closeIn.first().value(u"code").toInt(), 1000);
    QCOMPARE(closeIn.first().value(u"reason").toString(), QStringLiteral("done"));
    const QJsonObject stop = events.last();
    QCOMPARE(stop.value(u"event").toString(), QStringLiteral("stop"));
    QCOMPARE(stop.value(u"status").toString(), QStringLiteral("Ok"));
    QCOMPARE(stop.value(u"code").toInt(), 1000);
    QCOMPARE(stop.value(u"reason").toString(), QStringLiteral("done"));
}

void TestCli::headersOriginAndProtocolReachServer()
{
    TestServer server(TestServer::Mode::Echo);
    server.setSubprotocols({ QStringLiteral("superchat") });
    QVERIFY(server.listen());
    const CliResult r = runCli({ server.url(), QStringLiteral("--header"), QStringLiteral("X-Framewise-Test: 42"),
        QStringLiteral("--header"), QStringLiteral("X-Second:   spaced value  "), QStringLiteral("--origin"),
        QStringLiteral("https://origin.test"), QStringLiteral("--protocol"), QStringLiteral("chat"),
        QStringLiteral("--protocol"), QStringLiteral("superchat"), QStringLiteral("--send"), QStringLiteral("ping"),
        QStringLiteral("--count"), QStringLiteral("1") });
    QVERIFY2(r.finished && r.exitCode == ExitOk, qPrintable(r.describe()));
    QCOMPARE(server.connections, 1);
    QCOMPARE(server.request.rawHeader("X-Framewise-Test"), QByteArray("42"));
    QCOMPARE(server.request.rawHeader("X-Second"), QByteArray("spaced value"));
    QCOMPARE(server.origin, QStringLiteral("https://origin.test"));
    QCOMPARE(server.request.url().path(), QStringLiteral("/chat"));
    QCOMPARE(server.request.url().query(), QStringLiteral("room=1"));
    QCOMPARE(server.subprotocol, QStringLiteral("superchat"));
    QVERIFY2(r.outLines().first().endsWith(QStringLiteral("(protocol: superchat)")), qPrintable(r.describe()));
    QCOMPARE(server.received.size(), 1);
    QCOMPARE(server.received.first().payload, QByteArray("ping"));
}

void TestCli::badUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("named"); // the message must name the problem

    QTest::newRow("http scheme") << QStringLiteral("http://127.0.0.1:1/") << QStringLiteral("scheme “http”");
    QTest::newRow("no host") << QStringLiteral("ws://") << QStringLiteral("no host");
    QTest::newRow("no scheme") << QStringLiteral("localhost/path") << QStringLiteral("no scheme");
    QTest::newRow("invalid") << QStringLiteral("ws://bad host/") << QStringLiteral("not a valid URL");
    QTest::newRow("fragment") << QStringLiteral("ws://127.0.0.1:1/#frag") << QStringLiteral("fragment");
}

void TestCli::badUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, named);
    const CliResult r = runCli({ url });
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, ExitUsage);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(named), qPrintable(err));
    QVERIFY2(err.contains(url), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("--help")), qPrintable(err));
    QVERIFY(r.out.isEmpty());
}

void TestCli::connectionRefused()
{
    const quint16 port = freePort();
    QVERIFY(port != 0);
    const QString url = QStringLiteral("ws://127.0.0.1:%1/").arg(port);
    CliResult r = runCli({ url });
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, ExitConnectionRefused);
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("refused the connection")), qPrintable(r.describe()));
    QVERIFY(r.out.isEmpty());

    r = runCli({ url, QStringLiteral("--jsonl") });
    QCOMPARE(r.exitCode, ExitConnectionRefused);
    PARSE_JSONL(r, events);
    QVERIFY(events.size() >= 2);
    QCOMPARE(events.at(events.size() - 2).value(u"event").toString(), QStringLiteral("error"));
    QCOMPARE(events.last().value(u"event").toString(), QStringLiteral("stop"));
    QCOMPARE(events.last().value(u"status").toString(), QStringLiteral("ConnectionRefused"));
    QCOMPARE(events.last().value(u"exit_code").toInt(), ExitConnectionRefused);
    QCOMPARE(eventsOf(events, QStringLiteral("open")).size(), 0);
}

void TestCli::handshakeRejected_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("detailInError"); // the stderr line quotes the body

    QTest::newRow("text") << QByteArray("text/plain") << QByteArray("no entry here\n") << true;
    // A stock error page says nothing but its status: the error line does not repeat it.
    QTest::newRow("stock page") << QByteArray("text/html")
                                << QByteArray("<html><head><title>403 Forbidden</title></head><body><center><h1>403 "
                                              "Forbidden</h1></center><hr><center>nginx</center></body></html>\n")
                                << false;
    QTest::newRow("binary") << QByteArray("application/octet-stream") << QByteArray("\x00\xff\xfe binary", 10) << false;
}

void TestCli::handshakeRejected()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(bool, detailInError);
    // A plain HTTP server that says no to the upgrade.
    QTcpServer http;
    QVERIFY(http.listen(QHostAddress::LocalHost, 0));
    QByteArray request;
    connect(&http, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = http.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
            request += socket->readAll();
            if (request.contains("\r\n\r\n")) {
                // A header that would clear the screen if it reached the terminal as it is.
                socket->write("HTTP/1.1 403 Forbidden\r\nX-Evil: a\x1b[2Jb\r\nContent-Type: " + contentType
                    + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"
                    + body);
                socket->disconnectFromHost();
            }
        });
    });
    const QString url = QStringLiteral("ws://127.0.0.1:%1/private").arg(http.serverPort());
    CliResult r = runCli({ url });
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, ExitHandshakeRejected);
    QVERIFY(request.startsWith("GET /private HTTP/1.1\r\n"));
    // Human: the answer as curl -i shows it (status line, headers, body), the reason once on stderr.
    const QStringList lines = r.outLines();
    QVERIFY2(lines.contains(QStringLiteral("< HTTP/1.1 403 Forbidden")), qPrintable(r.describe()));
    QVERIFY2(lines.contains(QStringLiteral("< Content-Type: ") + QString::fromLatin1(contentType)),
        qPrintable(r.describe()));
    QVERIFY2(lines.contains(QStringLiteral("< Connection: close")), qPrintable(r.describe()));
    QVERIFY2(
        !r.out.contains('\x1b') && lines.contains(QStringLiteral("< X-Evil: a\\u001b[2Jb")), qPrintable(r.describe()));
    if (contentType == "application/octet-stream")
        QVERIFY2(lines.contains(QStringLiteral("(10 bytes of binary data)")), qPrintable(r.describe()));
    else
        QVERIFY2(r.outText().contains(QString::fromUtf8(body).trimmed()), qPrintable(r.describe()));
    const QString err = r.errText();
    QCOMPARE(err.count(QStringLiteral("403")), 1);
    QVERIFY2(err.contains(QStringLiteral("Upgrade refused with HTTP 403 Forbidden.")), qPrintable(err));
    QCOMPARE(err.contains(QStringLiteral("no entry here")), detailInError);
    QCOMPARE(err.contains(QStringLiteral("Body:")), detailInError); // no quoted stock page or binary bytes

    // JSON Lines: the body as text when it is UTF-8, base64 otherwise.
    request.clear();
    r = runCli({ url, QStringLiteral("--jsonl") });
    QCOMPARE(r.exitCode, ExitHandshakeRejected);
    PARSE_JSONL(r, events);
    const QList<QJsonObject> answers = eventsOf(events, QStringLiteral("handshake"), QStringLiteral("in"));
    QCOMPARE(answers.size(), 1);
    const QJsonObject answer = answers.first();
    QCOMPARE(answer.value(u"status").toInt(), 403);
    QCOMPARE(answer.value(u"body_truncated").toBool(), false);
    if (contentType == "application/octet-stream") {
        QVERIFY(!answer.contains(u"body"));
        QCOMPARE(QByteArray::fromBase64(answer.value(u"body_base64").toString().toLatin1()), body);
    } else {
        QVERIFY(!answer.contains(u"body_base64"));
        QCOMPARE(answer.value(u"body").toString(), QString::fromUtf8(body));
    }
}

void TestCli::openTimeout()
{
    // Accepts TCP, never answers the upgrade.
    QTcpServer mute;
    QVERIFY(mute.listen(QHostAddress::LocalHost, 0));
    QElapsedTimer timer;
    timer.start();
    const CliResult r = runCli({ QStringLiteral("ws://127.0.0.1:%1/").arg(mute.serverPort()),
        QStringLiteral("--timeout-open"), QStringLiteral("400"), QStringLiteral("--jsonl") });
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QCOMPARE(r.exitCode, 13); // OpenTimeout
    QVERIFY2(timer.elapsed() < 10000, "--timeout-open reached the channel, not its 20 s default");
    PARSE_JSONL(r, events);
    QCOMPARE(events.last().value(u"status").toString(), QStringLiteral("OpenTimeout"));
    QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("in time")), qPrintable(r.describe()));
}

void TestCli::pingsAndPongsAreReported()
{
    TestServer server(TestServer::Mode::Silent);
    QVERIFY(server.listen());
    auto process
        = startCli({ server.url(), QStringLiteral("--ping-interval"), QStringLiteral("1"), QStringLiteral("--jsonl") });
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT(
        !server.socket.isNull() && (out += process->readAllStandardOutput()).contains("\"open\""), 10000);
    server.socket->ping("srv");
    // The keepalive ping goes out after a silent second and QWebSocketServer answers it.
    QTRY_VERIFY_WITH_TIMEOUT((out += process->readAllStandardOutput()).contains("\"rtt_ms\""), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(server.pongs, QList<QByteArray>({ QByteArray("srv") }), 5000);
    QCOMPARE(::kill(pid_t(process->processId()), SIGINT), 0);
    CliResult r = waitCli(process.get());
    QVERIFY2(r.finished && r.exitCode == ExitOk, qPrintable(r.describe()));
    r.out.prepend(out);
    PARSE_JSONL(r, events);

    const auto payloadOf
        = [](const QJsonObject &e) { return QByteArray::fromBase64(e.value(u"base64").toString().toLatin1()); };
    const QList<QJsonObject> pingIn = eventsOf(events, QStringLiteral("ping"), QStringLiteral("in"));
    QCOMPARE(pingIn.size(), 1);
    QCOMPARE(payloadOf(pingIn.first()), QByteArray("srv"));
    QCOMPARE(pingIn.first().value(u"size").toInt(), 3);
    QCOMPARE(pingIn.first().value(u"opcode").toString(), QStringLiteral("ping"));
    const QList<QJsonObject> pongOut = eventsOf(events, QStringLiteral("pong"), QStringLiteral("out"));
    QCOMPARE(pongOut.size(), 1);
    QCOMPARE(payloadOf(pongOut.first()), QByteArray("srv"));

    const QList<QJsonObject> pingOut = eventsOf(events, QStringLiteral("ping"), QStringLiteral("out"));
    const QList<QJsonObject> pongIn = eventsOf(events, QStringLiteral("pong"), QStringLiteral("in"));
    QVERIFY(!pingOut.isEmpty());
    QVERIFY(!pongIn.isEmpty());
    QCOMPARE(payloadOf(pongIn.first()), payloadOf(pingOut.first()));
    QVERIFY(pongIn.first().value(u"rtt_ms").isDouble());
    QVERIFY(pongIn.first().value(u"rtt_ms").toDouble() >= 0.0);
}

void TestCli::rttProbePingsABusyConnection_data()
{
    QTest::addColumn<bool>("record");
    QTest::newRow("plain") << false;
    QTest::newRow("recorded through a session") << true;
}

// Keepalive pings only after a silent --ping-interval, so a server that talks every 50 ms is
// never pinged; --rtt-probe pings it anyway and prints each round trip.
void TestCli::rttProbePingsABusyConnection()
{
    QFETCH(bool, record);
    TestServer server(TestServer::Mode::Chatty);
    QVERIFY(server.listen());
    QTemporaryFile database;
    QVERIFY(database.open());
    QStringList arguments { server.url(), QStringLiteral("--ping-interval"), QStringLiteral("1"),
        QStringLiteral("--rtt-probe"), QStringLiteral("1"), QStringLiteral("--jsonl") };
    if (record)
        arguments << QStringLiteral("--record") << QStringLiteral("--db") << database.fileName();
    auto process = startCli(arguments);
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += process->readAllStandardOutput()).count("\"rtt_ms\"") >= 2, 10000);
    QCOMPARE(::kill(pid_t(process->processId()), SIGINT), 0);
    CliResult r = waitCli(process.get());
    QVERIFY2(r.finished && r.exitCode == ExitOk, qPrintable(r.describe()));
    r.out.prepend(out);
    PARSE_JSONL(r, events);
    QVERIFY(eventsOf(events, QStringLiteral("message"), QStringLiteral("in")).size() >= 20); // busy all along
    const auto payloadOf
        = [](const QJsonObject &e) { return QByteArray::fromBase64(e.value(u"base64").toString().toLatin1()); };
    const QList<QJsonObject> pingOut = eventsOf(events, QStringLiteral("ping"), QStringLiteral("out"));
    QVERIFY(pingOut.size() >= 2);
    for (const QJsonObject &ping : pingOut) // the probe's, none of keepalive's
        QVERIFY2(payloadOf(ping).startsWith("rtt-probe-"), payloadOf(ping).constData());
    const QList<QJsonObject> pongIn = eventsOf(events, QStringLiteral("pong"), QStringLiteral("in"));
    QVERIFY(pongIn.size() >= 2);
    QCOMPARE(payloadOf(pongIn.first()), QByteArray("rtt-probe-1"));
    QVERIFY(pongIn.first().value(u"rtt_ms").toDouble() >= 0.0);
}

void TestCli::closeCodeAndReasonReachServer()
{
    TestServer server(TestServer::Mode::Echo);
    QVERIFY(server.listen());
    const CliResult r = runCli({ server.url(), QStringLiteral("--send"), QStringLiteral("x"), QStringLiteral("--count"),
        QStringLiteral("1"), QStringLiteral("--close-code"), QStringLiteral("4001"), QStringLiteral("--close-reason"),
        QStringLiteral("bye") });
    QVERIFY2(r.finished && r.exitCode == ExitOk, qPrintable(r.describe()));
    QTRY_VERIFY_WITH_TIMEOUT(server.disconnected, 5000);
    QCOMPARE(server.closeCode, quint16(4001));
    QCOMPARE(server.closeReason, QStringLiteral("bye"));
    QVERIFY2(r.outLines().contains(QStringLiteral("> close 4001: bye")), qPrintable(r.describe()));
}

void TestCli::invalidCloseOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");

    const auto code = [](const char *value) {
        return QStringList { QStringLiteral("--close-code"), QString::fromLatin1(value) };
    };
    QTest::newRow("1005") << code("1005") << QStringLiteral("1005");
    QTest::newRow("1006") << code("1006") << QStringLiteral("1006");
    QTest::newRow("1015") << code("1015") << QStringLiteral("1015");
    QTest::newRow("999") << code("999") << QStringLiteral("999");
    QTest::newRow("2999") << code("2999") << QStringLiteral("2999");
    QTest::newRow("5000") << code("5000") << QStringLiteral("5000");
    QTest::newRow("70000") << code("70000") << QStringLiteral("--close-code");
    QTest::newRow("not a number") << code("normal") << QStringLiteral("--close-code");
    // 124 bytes: 62 two-byte characters.
    QTest::newRow("reason 124 bytes") << QStringList { QStringLiteral("--close-reason"), QString(62, u'é') }
                                      << QStringLiteral("124 bytes");
    QTest::newRow("reason without code") << QStringList { QStringLiteral("--close-code"), QStringLiteral("0"),
        QStringLiteral("--close-reason"), QStringLiteral("bye") }
                                         << QStringLiteral("--close-reason");
}

void TestCli::invalidCloseOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const QString err = refusedUsage(
        QStringList { QStringLiteral("--send"), QStringLiteral("x"), QStringLiteral("--count"), QStringLiteral("1") }
            + arguments,
        named);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(err.contains(QStringLiteral("--help")), qPrintable(err));
}

void TestCli::badOptionValues_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");

    const auto option = [](const char *name, const QString &value) {
        return QStringList { QString::fromLatin1(name), value };
    };

    QTest::newRow("unknown option") << QStringList { QStringLiteral("--bogus") } << QStringLiteral("bogus");
    QTest::newRow("count negative") << option("--count", QStringLiteral("-1")) << QStringLiteral("--count");
    QTest::newRow("count text") << option("--count", QStringLiteral("two")) << QStringLiteral("--count");
    QTest::newRow("header without colon")
        << option("--header", QStringLiteral("NoColon")) << QStringLiteral("--header");
    QTest::newRow("ping interval") << option("--ping-interval", QStringLiteral("-3"))
                                   << QStringLiteral("--ping-interval");
    QTest::newRow("rtt probe zero") << option("--rtt-probe", QStringLiteral("0"))
                                    << QStringLiteral("--rtt-probe must be a whole number of seconds from 1 to 3600");
    QTest::newRow("rtt probe over an hour")
        << option("--rtt-probe", QStringLiteral("3601")) << QStringLiteral("--rtt-probe");
    QTest::newRow("timeout-open") << option("--timeout-open", QStringLiteral("0")) << QStringLiteral("--timeout-open");
    QTest::newRow("missing file") << option("--send-file", QStringLiteral("/nonexistent/f"))
                                  << QStringLiteral("/nonexistent/f");
    QTest::newRow("url and local-echo") << QStringList { QStringLiteral("--local-echo") }
                                        << QStringLiteral("--local-echo");
    // Issue 16 item 4: nothing given may add a header line of its own (or a control byte).
    QTest::newRow("origin with CRLF") << option("--origin", QStringLiteral("https://a\r\nInjected: 1"))
                                      << QStringLiteral("The Origin contains a line break (CR)");
    QTest::newRow("origin with LF") << option("--origin", QStringLiteral("https://a\nX: 1"))
                                    << QStringLiteral("a line break (LF)");
    QTest::newRow("header value with CRLF") << option("--header", QStringLiteral("X-A: a\r\nInjected: 1"))
                                            << QStringLiteral("The value of header “X-A” contains a line break (CR)");
    QTest::newRow("header value with ESC")
        << option("--header", QStringLiteral("X-A: \x1b[2J")) << QStringLiteral("U+001B");
    QTest::newRow("header name not a token")
        << option("--header", QStringLiteral("X A: v")) << QStringLiteral("“X A” is not a valid HTTP token");
    QTest::newRow("owned header") << option("--header", QStringLiteral("Sec-WebSocket-Key: AAAAAAAAAAAAAAAAAAAAAA=="))
                                  << QStringLiteral("written by Framewise");
    QTest::newRow("subprotocol with CRLF") << option("--protocol", QStringLiteral("chat\r\nInjected: 1"))
                                           << QStringLiteral("A subprotocol contains a line break (CR)");
}

void TestCli::badOptionValues()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    refusedUsage(arguments, named);
}

void TestCli::sendOnlyWaitsForRepliesThenCloses()
{
    TestServer server(TestServer::Mode::Echo);
    QVERIFY(server.listen());
    const CliResult r = runCli({ server.url(), QStringLiteral("--send"), QStringLiteral("a"), QStringLiteral("--send"),
        QStringLiteral("b"), QStringLiteral("--jsonl"), QStringLiteral("--linger"), QStringLiteral("300") });
    QVERIFY2(r.finished && r.exitCode == ExitOk, qPrintable(r.describe()));
    PARSE_JSONL(r, events);
    const QList<QJsonObject> in = eventsOf(events, QStringLiteral("message"), QStringLiteral("in"));
    QCOMPARE(in.size(), 2); // the replies arrived within the quiet period
    QCOMPARE(in.at(0).value(u"text").toString(), QStringLiteral("a"));
    QCOMPARE(in.at(1).value(u"text").toString(), QStringLiteral("b"));
    QTRY_VERIFY_WITH_TIMEOUT(server.disconnected, 5000);
    QCOMPARE(server.closeCode, quint16(1000));
    QCOMPARE(server.received, QList<Received>({ { true, "a" }, { true, "b" } }));
}

void TestCli::staysConnectedUntilServerCloses()
{
    TestServer server(TestServer::Mode::SendOneThenClose);
    QVERIFY(server.listen());
    const CliResult r = runCli({ server.url() });
    QVERIFY2(r.finished && r.exitCode == ExitOk, qPrintable(r.describe()));
    const QStringList lines = r.outLines();
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("* connected to ws://127.0.0.1:")));
    QCOMPARE(lines.at(1), QStringLiteral("< text 5 B: hello"));
    QCOMPARE(lines.at(2), QStringLiteral("< close 1001: going"));
    QCOMPARE(lines.at(3), QStringLiteral("> close 1001")); // the reply echoes the server's code
    QCOMPARE(lines.at(4), QStringLiteral("* closed: The connection was closed (1001 — Going away): “going”."));
    QVERIFY(r.err.isEmpty());
}

void TestCli::signalClosesNormally_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGTERM") << int(SIGTERM);
}

void TestCli::signalClosesNormally()
{
    QFETCH(int, signalNumber);
    TestServer server(TestServer::Mode::Silent);
    QVERIFY(server.listen());
    auto process = startCli({ server.url() });
    // Connected from the CLI's point of view: its first line is out.
    QTRY_VERIFY_WITH_TIMEOUT(process->canReadLine(), 10000);
    QVERIFY(process->readLine().startsWith("* connected to"));
    QCOMPARE(server.connections, 1);
    QCOMPARE(::kill(pid_t(process->processId()), signalNumber), 0);
    const CliResult r = waitCli(process.get());
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QVERIFY2(r.exitCode == ExitOk, qPrintable(r.describe()));
    QTRY_VERIFY_WITH_TIMEOUT(server.disconnected, 5000);
    QCOMPARE(server.closeCode, quint16(1000));
    QVERIFY2(r.outLines().contains(QStringLiteral("> close 1000")), qPrintable(r.describe()));
}

void TestCli::quietPrintsNothingOnSuccess()
{
    CliResult r = runCli({ QStringLiteral("--local-echo"), QStringLiteral("--send"), QStringLiteral("x"),
        QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--quiet") });
    QVERIFY2(r.finished && r.exitCode == ExitOk, qPrintable(r.describe()));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    QVERIFY(r.err.isEmpty());

    // Errors still reach stderr.
    r = runCli({ QStringLiteral("ws://127.0.0.1:%1/").arg(freePort()), QStringLiteral("--quiet") });
    QCOMPARE(r.exitCode, ExitConnectionRefused);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.isEmpty());
}

void TestCli::helpListsEveryOption()
{
    const CliResult r = runCli({ QStringLiteral("--help") });
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    const QString help = QString::fromUtf8(r.out);
    const QStringList options { QStringLiteral("--header"), QStringLiteral("--origin"), QStringLiteral("--protocol"),
        QStringLiteral("--ping-interval"), QStringLiteral("--ping-timeout"), QStringLiteral("--rtt-probe"),
        QStringLiteral("--send"), QStringLiteral("--send-file"), QStringLiteral("--echo"), QStringLiteral("--count"),
        QStringLiteral("--close-code"), QStringLiteral("--close-reason"), QStringLiteral("--jsonl"),
        QStringLiteral("--quiet"), QStringLiteral("--local-echo"), QStringLiteral("--timeout-open"),
        QStringLiteral("--linger"), QStringLiteral("--no-compression"), QStringLiteral("--help"),
        QStringLiteral("--version") };
    for (const QString &option : options) {
        // "  --send <text>  ...", "  -h, --help  ...": the option's own entry, not a mention in a description.
        const QRegularExpression entry(
            QStringLiteral("^ +(-\\w, )?") + QRegularExpression::escape(option) + QStringLiteral("( |$)"),
            QRegularExpression::MultilineOption);
        QVERIFY2(entry.match(help).hasMatch(), qPrintable(option));
    }
    QVERIFY(help.contains(QStringLiteral("Usage: ")));
    // The exit status table.
    const QStringList rows { QStringLiteral("  0   the connection was closed cleanly"),
        QStringLiteral("  2   usage error"), QStringLiteral("  11  ConnectionRefused:"),
        QStringLiteral("  14  HandshakeRejected:"), QStringLiteral("  21  ConnectionLost:"),
        QStringLiteral("  25  RedirectFailed:") };
    for (const QString &row : rows)
        QVERIFY2(help.contains(row), qPrintable(row));
}

void TestCli::versionPrintsVersion()
{
    const CliResult r = runCli({ QStringLiteral("--version") });
    QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(QString::fromUtf8(r.out).trimmed(), QStringLiteral("framewise-cli " FRAMEWISE_VERSION));
    QVERIFY(QStringLiteral(FRAMEWISE_VERSION).contains(u'.'));
}

// A server that repeats the Authorization value it refuses (in a header, its body, or a close
// reason) does not get it printed or recorded: credential header values are searched for in
// every text that is shown or stored, as a URL password is.
void TestCli::echoedCredentialsStayHidden()
{
    const QByteArray token = "SECRET-TOKEN-123";
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("sessions.sqlite"));
    const auto searchFiles = [&dir, &token]() {
        QStringList leaks;
        const QDir folder(dir.path());
        for (const QString &name : folder.entryList(QDir::Files)) {
            QFile file(folder.filePath(name));
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(token))
                leaks.append(name);
        }
        return leaks;
    };

    // A refusal that echoes the header and the token.
    QTcpServer refusing;
    QVERIFY(refusing.listen(QHostAddress::LocalHost));
    connect(&refusing, &QTcpServer::newConnection, this, [&refusing] {
        QTcpSocket *socket = refusing.nextPendingConnection();
        auto request = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, request] {
            request->append(socket->readAll());
            const qsizetype end = request->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            QByteArray auth;
            for (const QByteArray &line : request->left(end).split('\n')) {
                if (line.toLower().startsWith("authorization:"))
                    auth = line.mid(14).trimmed();
            }
            // On /binary the body is not UTF-8 (--jsonl then gives it as base64).
            const QByteArray body
                = (request->startsWith("GET /binary ") ? QByteArray("\xff") : QByteArray()) + "denied " + auth;
            socket->write("HTTP/1.1 401 Unauthorized\r\nX-Echo-Auth: " + auth
                + "\r\nContent-Type: text/plain\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
                + body);
            socket->disconnectFromHost();
        });
    });
    CliResult r = runCli({ QStringLiteral("ws://127.0.0.1:%1/").arg(refusing.serverPort()), QStringLiteral("--header"),
        QStringLiteral("Authorization: Bearer ") + QString::fromLatin1(token), QStringLiteral("--jsonl"),
        QStringLiteral("--record"), QStringLiteral("--db"), db });
    QVERIFY2(r.finished && r.exitCode == 14, qPrintable(r.describe()));
    QVERIFY2(r.out.contains("X-Echo-Auth") || r.out.contains("x-echo-auth") || r.out.contains("401"),
        qPrintable(r.describe()));
    QVERIFY2(!r.out.contains(token) && !r.err.contains(token), qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QStringLiteral("\"body\":\"denied ••••\"").toUtf8()), qPrintable(r.describe()));
    // The same body for people, and as bytes that are not text: dotted out in both.
    r = runCli({ QStringLiteral("ws://127.0.0.1:%1/").arg(refusing.serverPort()), QStringLiteral("--header"),
        QStringLiteral("Authorization: Bearer ") + QString::fromLatin1(token) });
    QVERIFY2(r.out.contains(QStringLiteral("denied ••••").toUtf8()), qPrintable(r.describe()));
    QVERIFY2(!r.out.contains(token) && !r.err.contains(token), qPrintable(r.describe()));
    r = runCli({ QStringLiteral("ws://127.0.0.1:%1/binary").arg(refusing.serverPort()), QStringLiteral("--header"),
        QStringLiteral("Authorization: Bearer ") + QString::fromLatin1(token), QStringLiteral("--jsonl") });
    QByteArray binaryBody;
    for (const QByteArray &line : r.out.split('\n')) {
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        if (event.contains(u"body_base64"))
            binaryBody = QByteArray::fromBase64(event.value(u"body_base64").toString().toLatin1());
    }
    QCOMPARE(binaryBody, QByteArray("\xff") + QStringLiteral("denied ••••").toUtf8());

    // A close reason that names it.
    QWebSocketServer closing(QStringLiteral("closing"), QWebSocketServer::NonSecureMode);
    QVERIFY(closing.listen(QHostAddress::LocalHost));
    connect(&closing, &QWebSocketServer::newConnection, this, [&closing, &token] {
        QWebSocket *socket = closing.nextPendingConnection();
        socket->setParent(&closing); // goes with the server (LeakSanitizer)
        socket->close(QWebSocketProtocol::CloseCode(4001), QStringLiteral("denied ") + QString::fromLatin1(token));
    });
    r = runCli({ closing.serverUrl().toString(), QStringLiteral("--header"),
        QStringLiteral("Authorization: Bearer ") + QString::fromLatin1(token), QStringLiteral("--jsonl"),
        QStringLiteral("--record"), QStringLiteral("--db"), db });
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QVERIFY2(r.out.contains("\"reason\":\"denied ••••\""), qPrintable(r.describe()));
    QVERIFY2(!r.out.contains(token) && !r.err.contains(token), qPrintable(r.describe()));
    QTRY_VERIFY2(searchFiles().isEmpty(), qPrintable(searchFiles().join(u' ')));
    // --show-secrets prints them (and still records none).
    r = runCli({ closing.serverUrl().toString(), QStringLiteral("--header"),
        QStringLiteral("Authorization: Bearer ") + QString::fromLatin1(token), QStringLiteral("--jsonl"),
        QStringLiteral("--show-secrets") });
    QVERIFY2(r.out.contains(QByteArray("\"reason\":\"denied " + token + "\"")), qPrintable(r.describe()));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
