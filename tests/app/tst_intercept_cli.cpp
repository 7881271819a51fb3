// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real `framewise-cli intercept` executable between real peers on 127.0.0.1: the app is a
// QWebSocket in this process (and once a headless Chromium), the upstream is Python's
// `websockets` (tests/peers/python_peer.py, which echoes, shows the handshake it got with
// !headers and prints CLOSED code reason). Checks the JSON Lines and human output, what the rules
// did as seen by the app and by the upstream, exit codes, signals, recording and secrets.
#include "clirun.h"
#include "peerprocess.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <csignal>

using namespace Framewise;

namespace {

// The documented exit status of `framewise-cli intercept --help`. Numbers, so that a
// renumbering fails here.
constexpr int ExitOk = 0;
constexpr int ExitUsage = 2;
constexpr int ExitListen = 4;

constexpr int WaitMs = 10000;

// framewise-cli intercept in its own process, its output collected as it comes.
class Intercept {
public:
    explicit Intercept(const QStringList &arguments)
        : m_process(startCli(QStringList { QStringLiteral("intercept") } + arguments))
    {
        QObject::connect(m_process.get(), &QProcess::readyReadStandardOutput, m_process.get(),
            [this] { m_out += m_process->readAllStandardOutput(); });
        QObject::connect(m_process.get(), &QProcess::readyReadStandardError, m_process.get(),
            [this] { m_err += m_process->readAllStandardError(); });
    }
    ~Intercept()
    {
        if (m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    Intercept(const Intercept &) = delete;
    Intercept &operator=(const Intercept &) = delete;

    // Until the first line says where it listens (human or JSON Lines).
    bool waitForListening()
    {
        static const QRegularExpression listenUrl(QStringLiteral("wss?://(\\[[^\\]]*\\]|[0-9.]+):(\\d+)"));
        if (!QTest::qWaitFor(
                [this] { return out().contains(u'\n') || m_process->state() == QProcess::NotRunning; }, WaitMs))
            return false;
        const QRegularExpressionMatch match = listenUrl.match(out().section(u'\n', 0, 0));
        m_port = match.hasMatch() ? quint16(match.captured(2).toUInt()) : 0;
        return m_port != 0;
    }
    quint16 port() const { return m_port; }
    QUrl url(const QString &pathAndQuery = QStringLiteral("/")) const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(m_port).arg(pathAndQuery));
    }
    QString out() const { return QString::fromUtf8(m_out); }
    QString err() const { return QString::fromUtf8(m_err); }
    QStringList outLines() const { return out().split(u'\n', Qt::SkipEmptyParts); }
    bool waitForOutput(const QString &text, int ms = WaitMs)
    {
        return QTest::qWaitFor([this, &text] { return out().contains(text); }, ms);
    }
    void signal(int number) const { ::kill(pid_t(m_process->processId()), number); }
    // Until it exits; false when it did not within ms.
    bool waitForExit(int ms = WaitMs)
    {
        return QTest::qWaitFor([this] { return m_process->state() == QProcess::NotRunning; }, ms);
    }
    bool exitedNormally() const
    {
        return m_process->state() == QProcess::NotRunning && m_process->exitStatus() == QProcess::NormalExit;
    }
    int exitCode() const { return exitedNormally() ? m_process->exitCode() : -1; }
    QString describe() const
    {
        return QStringLiteral("exit %1\n--- stdout:\n%2\n--- stderr:\n%3").arg(exitCode()).arg(out().left(6000), err());
    }

private:
    std::unique_ptr<QProcess> m_process;
    QByteArray m_out;
    QByteArray m_err;
    quint16 m_port = 0;
};

// Every stdout line as one compact JSON object with a valid time and an event name.
bool parseJsonl(const QStringList &lines, QList<QJsonObject> *events, QString *problem)
{
    for (const QString &line : lines) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            *problem = QStringLiteral("not a JSON object: ") + line.left(300);
            return false;
        }
        if (QString::fromUtf8(document.toJson(QJsonDocument::Compact)) != line) {
            *problem = QStringLiteral("not compact: ") + line.left(300);
            return false;
        }
        const QJsonObject object = document.object();
        const QDateTime time = QDateTime::fromString(object.value(u"time").toString(), Qt::ISODateWithMs);
        if (!time.isValid() || qAbs(time.secsTo(QDateTime::currentDateTimeUtc())) > 300) {
            *problem = QStringLiteral("bad time: ") + line.left(300);
            return false;
        }
        if (object.value(u"event").toString().isEmpty()) {
            *problem = QStringLiteral("no event: ") + line.left(300);
            return false;
        }
        events->append(object);
    }
    return true;
}

QList<QJsonObject> eventsOf(const QList<QJsonObject> &events, const QString &name)
{
    QList<QJsonObject> selected;
    for (const QJsonObject &e : events) {
        if (e.value(u"event").toString() == name)
            selected.append(e);
    }
    return selected;
}

// The message event of text going direction (the first one), or an empty object.
QJsonObject messageEvent(const QList<QJsonObject> &events, const QString &direction, const QString &text)
{
    for (const QJsonObject &e : eventsOf(events, QStringLiteral("message"))) {
        if (e.value(u"direction").toString() == direction && e.value(u"text").toString() == text)
            return e;
    }
    return {};
}

QStringList marksOf(const QJsonObject &event)
{
    QStringList marks;
    for (const QJsonValue &mark : event.value(u"marks").toArray())
        marks.append(mark.toString());
    return marks;
}

// A WebSocket app: QWebSocket (no compression), every message it gets with the time it came.
class App {
public:
    App()
    {
        m_clock.start();
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket, [this](const QString &text) {
            texts.append(text);
            textTimes.insert(text, m_clock.elapsed());
        });
        QObject::connect(&socket, &QWebSocket::binaryMessageReceived, &socket,
            [this](const QByteArray &payload) { binaries.append(payload); });
    }
    bool open(const QUrl &url, const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(url);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QSignalSpy connected(&socket, &QWebSocket::connected);
        socket.open(request);
        if (!connected.wait(WaitMs))
            return false;
        localPort = socket.localPort(); // gone once closed
        return true;
    }
    void send(const QString &text)
    {
        sentTimes.insert(text, m_clock.elapsed());
        socket.sendTextMessage(text);
    }
    bool waitForTexts(qsizetype count, int ms = WaitMs)
    {
        return QTest::qWaitFor([this, count] { return texts.size() >= count; }, ms);
    }
    bool waitForText(const QString &text, int ms = WaitMs)
    {
        return QTest::qWaitFor([this, &text] { return texts.contains(text); }, ms);
    }
    bool waitForDisconnected(int ms = WaitMs)
    {
        return QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::UnconnectedState; }, ms);
    }
    // Milliseconds from sending sent until received arrived back.
    qint64 roundTrip(const QString &sent, const QString &received) const
    {
        return textTimes.value(received, -1) - sentTimes.value(sent, 0);
    }
    bool closeAndWait(
        QWebSocketProtocol::CloseCode code = QWebSocketProtocol::CloseCodeNormal, const QString &reason = {})
    {
        socket.close(code, reason);
        return waitForDisconnected();
    }

    QWebSocket socket;
    quint16 localPort = 0;
    QStringList texts;
    QList<QByteArray> binaries;

private:
    QElapsedTimer m_clock;
    QHash<QString, qint64> textTimes;
    QHash<QString, qint64> sentTimes;
};

} // namespace

class TestInterceptCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void help();
    void usageErrors_data();
    void usageErrors();
    void missingUpstream();
    void portInUse();
    void jsonlEvents();
    void rulesApplyInTypedOrder_data();
    void rulesApplyInTypedOrder();
    void everyRuleKind();
    void everyHeldMessageReportedOnce();
    void humanOutputOneLinePerEvent();
    void upstreamDownAnswers502();
    void signalsCloseBothLegs_data();
    void signalsCloseBothLegs();
    void recordsOneSessionPerConnection();
    void recordingKeepsEveryMessageOfALongConnection();
    void secretsAreNotPrinted_data();
    void secretsAreNotPrinted();
    void listenOnAnyAddressWarns();
    void browserThroughIntercept();

private:
    std::unique_ptr<PeerProcess> startPeer();
};

void TestInterceptCli::initTestCase()
{
    const CliResult result = runCli({ QStringLiteral("--version") });
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
}

std::unique_ptr<PeerProcess> TestInterceptCli::startPeer()
{
    // No compression upstream: the app's QWebSocket offers none either, so both legs are alike.
    return std::make_unique<PeerProcess>(PeerProcess::Kind::Python);
}

void TestInterceptCli::help()
{
    const CliResult result = runCli({ QStringLiteral("intercept"), QStringLiteral("--help") });
    QVERIFY2(result.exitCode == ExitOk, qPrintable(result.describe()));
    const QString text = result.outText();
    QVERIFY2(text.contains(QStringLiteral("framewise-cli intercept [options]")), qPrintable(text.left(300)));
    for (const char *option : { "--listen", "--upstream", "--rewrite", "--drop", "--delay", "--break", "--reply",
             "--auto-release", "--jsonl", "--quiet", "--record", "--db", "--show-secrets", "--header" })
        QVERIFY2(text.contains(QLatin1String(option)), option);
    // The client mode's help points at the command.
    const CliResult top = runCli({ QStringLiteral("--help") });
    QVERIFY2(
        top.outText().contains(QStringLiteral("framewise-cli intercept --upstream URL")), qPrintable(top.describe()));
}

void TestInterceptCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("quoted"); // stderr must quote what was wrong

    const QString up = QStringLiteral("--upstream");
    const QString url = QStringLiteral("ws://127.0.0.1:9/");
    QTest::newRow("rewrite: bad regex") << QStringList { up, url, QStringLiteral("--rewrite"),
        QStringLiteral("to-server:(unclosed:x") }
                                        << QStringLiteral("--rewrite to-server:(unclosed:x");
    QTest::newRow("drop: bad direction") << QStringList { up, url, QStringLiteral("--drop"),
        QStringLiteral("sideways:x") } << QStringLiteral("--drop sideways:x");
    QTest::newRow("delay: not a number") << QStringList { up, url, QStringLiteral("--delay"),
        QStringLiteral("to-app:soon") } << QStringLiteral("--delay to-app:soon");
    QTest::newRow("delay: negative") << QStringList { up, url, QStringLiteral("--delay=to-app:-5") }
                                     << QStringLiteral("--delay to-app:-5");
    QTest::newRow("reply: no text") << QStringList { up, url, QStringLiteral("--reply"), QStringLiteral("to-app:x") }
                                    << QStringLiteral("--reply to-app:x");
    QTest::newRow("break: empty regex") << QStringList { up, url, QStringLiteral("--break"),
        QStringLiteral("to-server:") } << QStringLiteral("--break to-server:");
    // A later bad rule is found even after good ones of other kinds.
    QTest::newRow("second rule bad") << QStringList { up, url, QStringLiteral("--drop"), QStringLiteral("both:x"),
        QStringLiteral("--rewrite"), QStringLiteral("up:a") }
                                     << QStringLiteral("--rewrite up:a");
    QTest::newRow("auto-release") << QStringList { up, url, QStringLiteral("--auto-release"), QStringLiteral("soon") }
                                  << QStringLiteral("--auto-release");
    QTest::newRow("listen") << QStringList { up, url, QStringLiteral("--listen"), QStringLiteral("nowhere:1") }
                            << QStringLiteral("nowhere:1");
    QTest::newRow("upstream scheme") << QStringList { up, QStringLiteral("http://127.0.0.1/") }
                                     << QStringLiteral("http://127.0.0.1/");
    QTest::newRow("header") << QStringList { up, url, QStringLiteral("--header"), QStringLiteral("NoColon") }
                            << QStringLiteral("NoColon");
    QTest::newRow("db without record") << QStringList { up, url, QStringLiteral("--db"), QStringLiteral("/tmp/x") }
                                       << QStringLiteral("--db");
    QTest::newRow("exit-after") << QStringList { up, url, QStringLiteral("--exit-after"), QStringLiteral("0") }
                                << QStringLiteral("--exit-after");
    QTest::newRow("unknown option") << QStringList { up, url, QStringLiteral("--bogus") } << QStringLiteral("bogus");
    QTest::newRow("argument") << QStringList { up, url, QStringLiteral("extra") } << QStringLiteral("extra");
}

void TestInterceptCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, quoted);
    const CliResult result = runCli(QStringList { QStringLiteral("intercept") } + arguments);
    QVERIFY2(result.exitCode == ExitUsage, qPrintable(result.describe()));
    QVERIFY2(result.errText().startsWith(QStringLiteral("framewise-cli intercept: ")), qPrintable(result.describe()));
    QVERIFY2(result.errText().contains(quoted), qPrintable(result.describe()));
    QVERIFY2(
        result.errText().contains(QStringLiteral("framewise-cli intercept --help")), qPrintable(result.describe()));
    QVERIFY2(result.out.isEmpty(), qPrintable(result.describe())); // it never listened
}

void TestInterceptCli::missingUpstream()
{
    const CliResult result = runCli({ QStringLiteral("intercept"), QStringLiteral("--listen"), QStringLiteral("0") });
    QVERIFY2(result.exitCode == ExitUsage, qPrintable(result.describe()));
    QVERIFY2(result.errText().contains(QStringLiteral("--upstream is missing")), qPrintable(result.describe()));
    QVERIFY2(result.out.isEmpty(), qPrintable(result.describe()));
}

void TestInterceptCli::portInUse()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    const QString port = QString::number(taken.serverPort());
    const CliResult result = runCli({ QStringLiteral("intercept"), QStringLiteral("--upstream"),
        QStringLiteral("ws://127.0.0.1:9/"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:") + port });
    QVERIFY2(result.exitCode == ExitListen, qPrintable(result.describe()));
    QVERIFY2(result.errText().contains(QStringLiteral("port ") + port), qPrintable(result.describe()));
    QVERIFY2(result.errText().contains(QStringLiteral("in use")), qPrintable(result.describe()));
}

// Two apps at once and a plain HTTP client: every event that concerns a connection has its id,
// and each message lands under the id of the app that sent or got it.
void TestInterceptCli::jsonlEvents()
{
    const auto peer = startPeer();
    QVERIFY2(peer->isRunning(), qPrintable(peer->errorString()));
    Intercept intercept({ QStringLiteral("--upstream"), peer->url().toString(), QStringLiteral("--listen"),
        QStringLiteral("127.0.0.1:0"), QStringLiteral("--jsonl"), QStringLiteral("--exit-after"),
        QStringLiteral("2") });
    QVERIFY2(intercept.waitForListening(), qPrintable(intercept.describe()));

    App a;
    App b;
    QVERIFY(a.open(intercept.url(QStringLiteral("/room/a?x=1"))));
    QVERIFY(b.open(intercept.url(QStringLiteral("/room/b"))));
    a.send(QStringLiteral("from a"));
    b.send(QStringLiteral("from b"));
    const QByteArray binary("\x00\x01\xfe\xff", 4);
    a.socket.sendBinaryMessage(binary);
    QVERIFY(a.waitForTexts(1));
    QVERIFY(b.waitForTexts(1));
    QVERIFY(QTest::qWaitFor([&a] { return a.binaries.size() == 1; }, WaitMs));
    QCOMPARE(a.texts, QStringList { QStringLiteral("from a") });
    QCOMPARE(a.binaries.constFirst(), binary);

    // Not a WebSocket handshake: refused, with no connection id.
    QTcpSocket plain;
    plain.connectToHost(QHostAddress::LocalHost, intercept.port());
    QVERIFY(plain.waitForConnected(WaitMs));
    const quint16 plainPort = plain.localPort();
    plain.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY2(intercept.waitForOutput(QStringLiteral("\"event\":\"refused\"")), qPrintable(intercept.describe()));

    QVERIFY(a.closeAndWait(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("bye a")));
    QVERIFY(b.closeAndWait());
    QVERIFY2(intercept.waitForExit(), qPrintable(intercept.describe()));
    QVERIFY2(intercept.exitCode() == ExitOk, qPrintable(intercept.describe()));

    QList<QJsonObject> events;
    QString problem;
    QVERIFY2(parseJsonl(intercept.outLines(), &events, &problem), qPrintable(problem));
    QCOMPARE(events.constFirst().value(u"event").toString(), QStringLiteral("listening"));
    QCOMPARE(events.constFirst().value(u"listen").toString(), intercept.url().toString().chopped(1));

    // Connection ids by the app's port.
    QHash<quint16, qint64> idByPort;
    const QList<QJsonObject> connections = eventsOf(events, QStringLiteral("connection"));
    QCOMPARE(connections.size(), 2);
    for (const QJsonObject &c : connections)
        idByPort.insert(quint16(c.value(u"client").toString().section(u':', -1).toUInt()), c.value(u"id").toInteger());
    const qint64 idA = idByPort.value(a.localPort, -1);
    const qint64 idB = idByPort.value(b.localPort, -1);
    QVERIFY2(idA > 0 && idB > 0 && idA != idB, qPrintable(intercept.out()));
    for (const QJsonObject &c : connections) {
        const bool isA = c.value(u"id").toInteger() == idA;
        QCOMPARE(c.value(u"request_line").toString(),
            isA ? QStringLiteral("GET /room/a?x=1 HTTP/1.1") : QStringLiteral("GET /room/b HTTP/1.1"));
        QCOMPARE(c.value(u"upstream").toString(),
            peer->url(isA ? QStringLiteral("/room/a?x=1") : QStringLiteral("/room/b")).toString());
    }

    // Every event but listening and refused concerns a connection and names it.
    for (const QJsonObject &e : std::as_const(events)) {
        const QString name = e.value(u"event").toString();
        if (name == QLatin1String("listening") || name == QLatin1String("refused")) {
            QVERIFY2(!e.contains(u"id"), qPrintable(name));
            continue;
        }
        QVERIFY2(e.value(u"id").toInteger() == idA || e.value(u"id").toInteger() == idB,
            qPrintable(QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact))));
    }
    for (const QJsonObject &h : eventsOf(events, QStringLiteral("handshake"))) {
        QCOMPARE(h.value(u"status").toInt(), 101);
        QCOMPARE(h.value(u"upstream_status").toInt(), 101);
    }
    QCOMPARE(eventsOf(events, QStringLiteral("handshake")).size(), 2);
    QCOMPARE(eventsOf(events, QStringLiteral("ended")).size(), 2);
    const QList<QJsonObject> refused = eventsOf(events, QStringLiteral("refused"));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.constFirst().value(u"client").toString(), QStringLiteral("127.0.0.1:%1").arg(plainPort));

    // Messages: direction, opcode, size, payload, marks and outcome, under the right id.
    const QList<QJsonObject> messages = eventsOf(events, QStringLiteral("message"));
    QCOMPARE(messages.size(), 6); // a: text and binary both ways; b: text both ways
    const std::pair<QString, qint64> textsAndIds[]
        = { { QStringLiteral("from a"), idA }, { QStringLiteral("from b"), idB } };
    for (const QString &direction : { QStringLiteral("to-server"), QStringLiteral("to-app") }) {
        for (const auto &[text, id] : textsAndIds) {
            const QJsonObject m = messageEvent(events, direction, text);
            QVERIFY2(!m.isEmpty(), qPrintable(direction + u' ' + text));
            QCOMPARE(m.value(u"id").toInteger(), id);
            QCOMPARE(m.value(u"opcode").toString(), QStringLiteral("text"));
            QCOMPARE(m.value(u"size").toInteger(), text.size());
            QCOMPARE(m.value(u"outcome").toString(), QStringLiteral("forwarded"));
            QVERIFY(m.value(u"marks").isArray());
            QCOMPARE(marksOf(m), QStringList());
            QVERIFY(m.value(u"message").toInteger() > 0);
        }
        bool found = false;
        for (const QJsonObject &m : messages) {
            if (m.value(u"opcode").toString() != QLatin1String("binary")
                || m.value(u"direction").toString() != direction)
                continue;
            found = true;
            QCOMPARE(m.value(u"id").toInteger(), idA);
            QCOMPARE(m.value(u"size").toInteger(), binary.size());
            QCOMPARE(QByteArray::fromBase64(m.value(u"base64").toString().toLatin1()), binary);
            QVERIFY(!m.contains(u"text"));
            QCOMPARE(m.value(u"outcome").toString(), QStringLiteral("forwarded"));
        }
        QVERIFY2(found, qPrintable(direction));
    }

    // The app's Close, carried upstream (the peer saw it).
    bool closeSeen = false;
    for (const QJsonObject &c : eventsOf(events, QStringLiteral("close"))) {
        if (c.value(u"id").toInteger() == idA && c.value(u"direction").toString() == QLatin1String("to-server")) {
            closeSeen = true;
            QCOMPARE(c.value(u"code").toInt(), 1000);
            QCOMPARE(c.value(u"reason").toString(), QStringLiteral("bye a"));
        }
    }
    QVERIFY2(closeSeen, qPrintable(intercept.out()));
    QVERIFY2(peer->waitForOutput(QStringLiteral("CLOSED 1000 bye a")), qPrintable(peer->output()));
    QVERIFY2(intercept.err().isEmpty(), qPrintable(intercept.err()));
}

// Rules of different kinds apply in the order they were typed, not grouped by option.
void TestInterceptCli::rulesApplyInTypedOrder_data()
{
    QTest::addColumn<QStringList>("rules");
    QTest::addColumn<QString>("atUpstream"); // what the upstream got (and echoed); empty: nothing

    const QString rewrite = QStringLiteral("--rewrite");
    const QString helloToBonjour = QStringLiteral("to-server:hello:bonjour");
    const QString bonjourToSalut = QStringLiteral("to-server:bonjour:salut");
    QTest::newRow("rewrite a, then b") << QStringList { rewrite, helloToBonjour, rewrite, bonjourToSalut }
                                       << QStringLiteral("salut world");
    QTest::newRow("rewrite b, then a") << QStringList { rewrite, bonjourToSalut, rewrite, helloToBonjour }
                                       << QStringLiteral("bonjour world");
    QTest::newRow("rewrite, then drop") << QStringList { rewrite, helloToBonjour, QStringLiteral("--drop"),
        QStringLiteral("to-server:bonjour") }
                                        << QString();
    QTest::newRow("drop, then rewrite") << QStringList { QStringLiteral("--drop=to-server:bonjour"), rewrite,
        helloToBonjour } << QStringLiteral("bonjour world");
    QTest::newRow("rewrite, then reply") << QStringList { rewrite, helloToBonjour, QStringLiteral("--reply"),
        QStringLiteral("up:^bonjour:answered") }
                                         << QString();
    // A value of another option that looks like a rule option is that option's value.
    QTest::newRow("origin value") << QStringList { QStringLiteral("--origin"), QStringLiteral("--drop"), rewrite,
        helloToBonjour } << QStringLiteral("bonjour world");
}

void TestInterceptCli::rulesApplyInTypedOrder()
{
    QFETCH(QStringList, rules);
    QFETCH(QString, atUpstream);
    const auto peer = startPeer();
    QVERIFY2(peer->isRunning(), qPrintable(peer->errorString()));
    Intercept intercept(QStringList { QStringLiteral("--upstream"), peer->url().toString(), QStringLiteral("--listen"),
                            QStringLiteral("127.0.0.1:0"), QStringLiteral("--exit-after"), QStringLiteral("1") }
        + rules);
    QVERIFY2(intercept.waitForListening(), qPrintable(intercept.describe()));
    App app;
    QVERIFY(app.open(intercept.url()));
    app.send(QStringLiteral("hello world"));
    app.send(QStringLiteral("check")); // echoed after whatever came of the first
    QVERIFY2(app.waitForText(QStringLiteral("check")), qPrintable(app.texts.join(u'|')));
    QStringList expected;
    if (QLatin1String(QTest::currentDataTag()) == QLatin1String("rewrite, then reply"))
        expected.append(QStringLiteral("answered")); // the rule's answer; the upstream got nothing
    else if (!atUpstream.isEmpty())
        expected.append(atUpstream);
    expected.append(QStringLiteral("check"));
    QCOMPARE(app.texts, expected);
    QVERIFY(app.closeAndWait());
    QVERIFY2(intercept.waitForExit(), qPrintable(intercept.describe()));
    QVERIFY2(intercept.exitCode() == ExitOk, qPrintable(intercept.describe()));
    // The human line of the first message says what came of it.
    const QString out = intercept.out();
    if (!atUpstream.isEmpty()) {
        QVERIFY2(out.contains(QStringLiteral("[1] app → server text %1 B [edited]: %2")
                                  .arg(atUpstream.toUtf8().size())
                                  .arg(atUpstream)),
            qPrintable(out));
    } else {
        QVERIFY2(out.contains(QRegularExpression(QStringLiteral("\\[1\\] app → server text 13 B \\[edited, "
                                                                "(dropped|replied)\\]: bonjour world"))),
            qPrintable(out));
    }
}

// Each rule kind at once, as the app, the upstream and the output see it.
void TestInterceptCli::everyRuleKind()
{
    const auto peer = startPeer();
    QVERIFY2(peer->isRunning(), qPrintable(peer->errorString()));
    Intercept intercept({ QStringLiteral("--upstream"), peer->url().toString(), QStringLiteral("--listen"),
        QStringLiteral("127.0.0.1:0"), QStringLiteral("--jsonl"), QStringLiteral("--exit-after"), QStringLiteral("1"),
        QStringLiteral("--rewrite"), QStringLiteral("to-server:hello:bonjour"), QStringLiteral("--rewrite"),
        QStringLiteral("to-server:bonjour:salut"), QStringLiteral("--drop"), QStringLiteral("to-server:^secret"),
        QStringLiteral("--reply"), QStringLiteral("to-server:^ping$:pong"), QStringLiteral("--delay"),
        QStringLiteral("to-app:300"), QStringLiteral("--break"), QStringLiteral("to-server:^hold"),
        QStringLiteral("--auto-release"), QStringLiteral("1"), QStringLiteral("--header"),
        QStringLiteral("X-Added: by the intercept") });
    QVERIFY2(intercept.waitForListening(), qPrintable(intercept.describe()));
    QVERIFY2(!intercept.err().contains(QStringLiteral("warning")), qPrintable(intercept.err()));

    App app;
    QVERIFY(app.open(intercept.url()));
    app.send(QStringLiteral("hello world"));
    app.send(QStringLiteral("secret 1"));
    app.send(QStringLiteral("ping"));
    app.send(QStringLiteral("hold me"));
    app.send(QStringLiteral("after"));
    app.send(QStringLiteral("!headers"));
    QVERIFY2(app.waitForTexts(5, 15000), qPrintable(app.texts.join(u'|')));
    // The upstream got the rewritten text, not the dropped or answered ones, and the held one
    // before the one behind it; the answer came from the intercept.
    QStringList echoes = app.texts.mid(0, 4);
    QVERIFY2(echoes.removeAll(QStringLiteral("pong")) == 1, qPrintable(app.texts.join(u'|')));
    QCOMPARE(
        echoes, (QStringList { QStringLiteral("salut world"), QStringLiteral("hold me"), QStringLiteral("after") }));
    QVERIFY2(app.roundTrip(QStringLiteral("hello world"), QStringLiteral("salut world")) >= 300,
        qPrintable(QString::number(app.roundTrip(QStringLiteral("hello world"), QStringLiteral("salut world")))));
    QVERIFY2(app.roundTrip(QStringLiteral("hold me"), QStringLiteral("hold me")) >= 1000 + 300,
        qPrintable(QString::number(app.roundTrip(QStringLiteral("hold me"), QStringLiteral("hold me")))));
    // What the upstream's handshake had: the app's request plus --header.
    const QJsonObject seen = QJsonDocument::fromJson(app.texts.at(4).toUtf8()).object();
    bool added = false;
    for (const QJsonValue &header : seen.value(u"headers").toArray())
        added |= header.toArray().at(0).toString() == QLatin1String("X-Added")
            && header.toArray().at(1).toString() == QLatin1String("by the intercept");
    QVERIFY2(added, qPrintable(app.texts.at(4)));
    QVERIFY(app.closeAndWait());
    QVERIFY2(intercept.waitForExit(), qPrintable(intercept.describe()));
    QVERIFY2(intercept.exitCode() == ExitOk, qPrintable(intercept.describe()));

    QList<QJsonObject> events;
    QString problem;
    QVERIFY2(parseJsonl(intercept.outLines(), &events, &problem), qPrintable(problem));
    const QString up = QStringLiteral("to-server");
    const QString down = QStringLiteral("to-app");

    const QJsonObject rewritten = messageEvent(events, up, QStringLiteral("salut world"));
    QVERIFY2(!rewritten.isEmpty(), qPrintable(intercept.out()));
    QCOMPARE(marksOf(rewritten), QStringList { QStringLiteral("edited") });
    QCOMPARE(rewritten.value(u"outcome").toString(), QStringLiteral("forwarded"));
    QCOMPARE(
        QByteArray::fromBase64(rewritten.value(u"original_base64").toString().toLatin1()), QByteArray("hello world"));
    QCOMPARE(rewritten.value(u"rule").toString(),
        QStringLiteral("--rewrite to-server:hello:bonjour, --rewrite to-server:bonjour:salut"));

    const QJsonObject dropped = messageEvent(events, up, QStringLiteral("secret 1"));
    QCOMPARE(dropped.value(u"outcome").toString(), QStringLiteral("dropped"));
    QCOMPARE(marksOf(dropped), QStringList { QStringLiteral("dropped") });
    QCOMPARE(dropped.value(u"rule").toString(), QStringLiteral("--drop to-server:^secret"));
    QVERIFY(messageEvent(events, down, QStringLiteral("secret 1")).isEmpty());

    const QJsonObject replied = messageEvent(events, up, QStringLiteral("ping"));
    QCOMPARE(replied.value(u"outcome").toString(), QStringLiteral("replied"));
    QCOMPARE(marksOf(replied), QStringList { QStringLiteral("replied") });
    QVERIFY(messageEvent(events, down, QStringLiteral("ping")).isEmpty());

    const QJsonObject delayed = messageEvent(events, down, QStringLiteral("salut world"));
    QCOMPARE(marksOf(delayed), QStringList { QStringLiteral("delayed") });
    QCOMPARE(delayed.value(u"rule").toString(), QStringLiteral("--delay to-app:300"));

    // "held" when it stopped, then the message event when it went on.
    qsizetype heldAt = -1;
    qsizetype releasedAt = -1;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject &e = events.at(i);
        if (e.value(u"text").toString() != QLatin1String("hold me") || e.value(u"direction").toString() != up)
            continue;
        if (e.value(u"event").toString() == QLatin1String("held")) {
            heldAt = i;
            QCOMPARE(e.value(u"release_after_s").toInt(), 1);
            QCOMPARE(e.value(u"rule").toString(), QStringLiteral("--break to-server:^hold"));
            QCOMPARE(e.value(u"id").toInteger(), 1);
        } else if (e.value(u"event").toString() == QLatin1String("message")) {
            releasedAt = i;
            QCOMPARE(marksOf(e), QStringList { QStringLiteral("held") });
            QCOMPARE(e.value(u"outcome").toString(), QStringLiteral("forwarded"));
        }
    }
    QVERIFY2(heldAt >= 0 && releasedAt > heldAt, qPrintable(intercept.out()));
    const QJsonObject behind = messageEvent(events, up, QStringLiteral("after"));
    QCOMPARE(marksOf(behind), QStringList());
    QCOMPARE(behind.value(u"outcome").toString(), QStringLiteral("forwarded"));
    QVERIFY(!behind.contains(u"rule"));
}

// Bursts into a breakpoint: each message is reported held once, before it goes on, in order.
void TestInterceptCli::everyHeldMessageReportedOnce()
{
    constexpr int Count = 500;
    const auto peer = startPeer();
    QVERIFY2(peer->isRunning(), qPrintable(peer->errorString()));
    Intercept intercept({ QStringLiteral("--upstream"), peer->url().toString(), QStringLiteral("--listen"),
        QStringLiteral("127.0.0.1:0"), QStringLiteral("--jsonl"), QStringLiteral("--exit-after"), QStringLiteral("1"),
        QStringLiteral("--break"), QStringLiteral("to-server:^m"), QStringLiteral("--auto-release"),
        QStringLiteral("1") });
    QVERIFY2(intercept.waitForListening(), qPrintable(intercept.describe()));
    App app;
    QVERIFY(app.open(intercept.url()));
    // In five bursts, so that the intercept looks at its held messages more than once.
    for (int i = 0; i < Count; ++i) {
        app.socket.sendTextMessage(QStringLiteral("m%1").arg(i));
        if ((i + 1) % (Count / 5) == 0)
            QTest::qWait(100);
    }
    QVERIFY2(app.waitForTexts(Count), qPrintable(QString::number(app.texts.size())));
    QVERIFY(app.closeAndWait());
    QVERIFY2(intercept.waitForExit(), qPrintable(intercept.describe()));
    QList<QJsonObject> events;
    QString problem;
    QVERIFY2(parseJsonl(intercept.outLines(), &events, &problem), qPrintable(problem));
    QHash<QString, qsizetype> heldAt;
    int released = 0;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject &e = events.at(i);
        const QString text = e.value(u"text").toString();
        if (e.value(u"event").toString() == QLatin1String("held")) {
            QVERIFY2(!heldAt.contains(text), qPrintable(QStringLiteral("held twice: ") + text));
            QCOMPARE(text, QStringLiteral("m%1").arg(heldAt.size())); // in the order they came
            heldAt.insert(text, i);
        } else if (e.value(u"event").toString() == QLatin1String("message")
            && e.value(u"direction").toString() == QLatin1String("to-server")) {
            QVERIFY2(heldAt.value(text, i) < i, qPrintable(QStringLiteral("not reported held before: ") + text));
            QCOMPARE(marksOf(e), QStringList { QStringLiteral("held") });
            ++released;
        }
    }
    QCOMPARE(heldAt.size(), Count);
    QCOMPARE(released, Count);
}

// Human output: one line per event whatever a message holds; binary as hex; long text cut.
void TestInterceptCli::humanOutputOneLinePerEvent()
{
    const auto peer = startPeer();
    QVERIFY2(peer->isRunning(), qPrintable(peer->errorString()));
    Intercept intercept({ QStringLiteral("--upstream"), peer->url().toString(), QStringLiteral("--listen"),
        QStringLiteral("127.0.0.1:0"), QStringLiteral("--exit-after"), QStringLiteral("1"), QStringLiteral("--break"),
        QStringLiteral("both:^never$") });
    QVERIFY2(intercept.waitForListening(), qPrintable(intercept.describe()));
    // --break without --auto-release holds for good: said at the start.
    QVERIFY2(intercept.err().contains(QStringLiteral("warning: --break without --auto-release")),
        qPrintable(intercept.describe()));
    App app;
    QVERIFY(app.open(intercept.url(QStringLiteral("/path"))));
    const QString tricky = QStringLiteral("line1\nline2\r\t\x1b[31mred");
    QCOMPARE(tricky.toUtf8().size(), 21);
    const QString longText(300, u'x');
    app.send(tricky);
    app.send(longText);
    app.socket.sendBinaryMessage(QByteArray("\x00\x01\xff", 3));
    QVERIFY(app.waitForTexts(2));
    QVERIFY(QTest::qWaitFor([&app] { return app.binaries.size() == 1; }, WaitMs));
    QVERIFY(app.closeAndWait(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("done\nnow")));
    QVERIFY2(intercept.waitForExit(), qPrintable(intercept.describe()));
    QVERIFY2(intercept.exitCode() == ExitOk, qPrintable(intercept.describe()));

    const QStringList lines = intercept.outLines();
    static const QRegularExpression eventLine(QStringLiteral("^(\\* |\\[1\\] )"));
    for (const QString &line : lines)
        QVERIFY2(eventLine.match(line).hasMatch(), qPrintable(QStringLiteral("not an event line: ") + line));
    QVERIFY2(lines.contains(QStringLiteral("[1] app 127.0.0.1:%1 connected: GET /path HTTP/1.1").arg(app.localPort)),
        qPrintable(intercept.out()));
    QVERIFY2(
        lines.contains(QStringLiteral("[1] answered HTTP/1.1 101 Switching Protocols")), qPrintable(intercept.out()));
    for (const QString &arrow : { QStringLiteral("app → server"), QStringLiteral("server → app") }) {
        QVERIFY2(lines.contains(QStringLiteral("[1] %1 text 21 B: line1\\nline2\\r\\t\\u001b[31mred").arg(arrow)),
            qPrintable(intercept.out()));
        QVERIFY2(lines.contains(QStringLiteral("[1] %1 text 300 B: %2…").arg(arrow, QString(200, u'x'))),
            qPrintable(intercept.out()));
        QVERIFY2(lines.contains(QStringLiteral("[1] %1 binary 3 B: 00 01 ff").arg(arrow)), qPrintable(intercept.out()));
    }
    QVERIFY2(lines.contains(QStringLiteral("[1] app → server close 1000: done\\nnow")), qPrintable(intercept.out()));
    QVERIFY2(lines.constLast().startsWith(QStringLiteral("[1] ended: ")), qPrintable(intercept.out()));
}

// The upstream is down: the app gets a 502 that says why, the intercept carries on.
void TestInterceptCli::upstreamDownAnswers502()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 deadPort = closed.serverPort();
    closed.close();
    Intercept intercept({ QStringLiteral("--upstream"), QStringLiteral("ws://127.0.0.1:%1/").arg(deadPort),
        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--jsonl") });
    QVERIFY2(intercept.waitForListening(), qPrintable(intercept.describe()));
    for (int attempt = 1; attempt <= 2; ++attempt) {
        QWebSocket app;
        app.open(intercept.url());
        QVERIFY(QTest::qWaitFor([&app] { return app.state() == QAbstractSocket::UnconnectedState; }, WaitMs));
        QVERIFY2(intercept.waitForOutput(QStringLiteral("\"event\":\"ended\",\"id\":%1").arg(attempt)),
            qPrintable(intercept.describe()));
    }
    intercept.signal(SIGINT);
    QVERIFY2(intercept.waitForExit(), qPrintable(intercept.describe()));
    QVERIFY2(intercept.exitCode() == ExitOk, qPrintable(intercept.describe()));
    QList<QJsonObject> events;
    QString problem;
    QVERIFY2(parseJsonl(intercept.outLines(), &events, &problem), qPrintable(problem));
    const QList<QJsonObject> handshakes = eventsOf(events, QStringLiteral("handshake"));
    QCOMPARE(handshakes.size(), 2);
    for (const QJsonObject &h : handshakes) {
        QCOMPARE(h.value(u"status").toInt(), 502);
        QVERIFY2(h.value(u"body").toString().contains(QString::number(deadPort)), qPrintable(intercept.out()));
    }
}

void TestInterceptCli::signalsCloseBothLegs_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGTERM") << int(SIGTERM);
}

void TestInterceptCli::signalsCloseBothLegs()
{
    QFETCH(int, signalNumber);
    const auto peer = startPeer();
    QVERIFY2(peer->isRunning(), qPrintable(peer->errorString()));
    Intercept intercept({ QStringLiteral("--upstream"), peer->url().toString(), QStringLiteral("--listen"),
        QStringLiteral("127.0.0.1:0"), QStringLiteral("--jsonl") });
    QVERIFY2(intercept.waitForListening(), qPrintable(intercept.describe()));
    App app;
    QVERIFY(app.open(intercept.url()));
    app.send(QStringLiteral("are you there"));
    QVERIFY(app.waitForTexts(1)); // open end to end
    QElapsedTimer clock;
    clock.start();
    intercept.signal(signalNumber);
    QVERIFY(app.waitForDisconnected());
    QCOMPARE(int(app.socket.closeCode()), 1001);
    QVERIFY2(peer->waitForOutput(QStringLiteral("CLOSED 1001 ")), qPrintable(peer->output()));
    QVERIFY2(intercept.waitForExit(), qPrintable(intercept.describe()));
    QVERIFY2(intercept.exitCode() == ExitOk, qPrintable(intercept.describe()));
    // Both closing handshakes completed: it did not wait out its 3 s shutdown limit.
    QVERIFY2(clock.elapsed() < 2900, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(intercept.waitForOutput(QStringLiteral("\"event\":\"ended\",\"id\":1")), qPrintable(intercept.out()));
}

// --record: one stored session per connection, listed by `sessions`, exported with its messages.
void TestInterceptCli::recordsOneSessionPerConnection()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("sessions.sqlite"));
    const auto peer = startPeer();
    QVERIFY2(peer->isRunning(), qPrintable(peer->errorString()));
    Intercept intercept({ QStringLiteral("--upstream"), peer->url().toString(), QStringLiteral("--listen"),
        QStringLiteral("127.0.0.1:0"), QStringLiteral("--jsonl"), QStringLiteral("--record"), QStringLiteral("--db"),
        database, QStringLiteral("--exit-after"), QStringLiteral("2") });
    QVERIFY2(intercept.waitForListening(), qPrintable(intercept.describe()));
    const QStringList sent[] = { { QStringLiteral("one"), QStringLiteral("two") }, { QStringLiteral("three") } };
    const QString paths[] = { QStringLiteral("/first"), QStringLiteral("/second") };
    for (int i = 0; i < 2; ++i) {
        App app;
        QVERIFY(app.open(intercept.url(paths[i])));
        for (const QString &text : sent[i])
            app.send(text);
        QVERIFY(app.waitForTexts(sent[i].size()));
        QVERIFY(app.closeAndWait());
    }
    QVERIFY2(intercept.waitForExit(), qPrintable(intercept.describe()));
    QVERIFY2(intercept.exitCode() == ExitOk, qPrintable(intercept.describe()));
    QList<QJsonObject> events;
    QString problem;
    QVERIFY2(parseJsonl(intercept.outLines(), &events, &problem), qPrintable(problem));
    const QList<QJsonObject> recorded = eventsOf(events, QStringLiteral("recorded"));
    QCOMPARE(recorded.size(), 2);
    QHash<qint64, qint64> sessionByConnection;
    for (const QJsonObject &r : recorded) {
        QCOMPARE(r.value(u"database").toString(), database);
        QVERIFY(r.value(u"records").toInteger() > 0);
        sessionByConnection.insert(r.value(u"id").toInteger(), r.value(u"session").toInteger());
    }
    QCOMPARE(sessionByConnection.size(), 2);

    const CliResult list
        = runCli({ QStringLiteral("sessions"), QStringLiteral("--db"), database, QStringLiteral("--jsonl") });
    QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
    QCOMPARE(list.outLines().size(), 2);
    const CliResult table = runCli({ QStringLiteral("sessions"), QStringLiteral("--db"), database });
    QCOMPARE(table.outLines().size(), 3); // the heading and both sessions, each of the kind Intercept
    QCOMPARE(table.outLines().filter(QStringLiteral("  Intercept  ")).size(), 2);
    for (const QString &line : list.outLines()) {
        const QJsonObject session = QJsonDocument::fromJson(line.toUtf8()).object();
        const qint64 id = session.value(u"id").toInteger();
        const qint64 connection = sessionByConnection.key(id, -1);
        QVERIFY2(connection == 1 || connection == 2, qPrintable(line));
        QCOMPARE(session.value(u"url").toString(), peer->url(paths[connection - 1]).toString());
        QCOMPARE(session.value(u"state").toString(), QStringLiteral("ended"));
        QCOMPARE(session.value(u"kind").toString(), QStringLiteral("intercept"));

        const CliResult exported = runCli({ QStringLiteral("export"), QString::number(id), QStringLiteral("--format"),
            QStringLiteral("jsonl"), QStringLiteral("--db"), database });
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
        QStringList out;
        QStringList in;
        for (const QString &recordLine : exported.outLines()) {
            const QJsonObject record = QJsonDocument::fromJson(recordLine.toUtf8()).object();
            if (record.value(u"record").toString() != QLatin1String("message")
                || record.value(u"kind").toString() != QLatin1String("text"))
                continue;
            (record.value(u"direction").toString() == QLatin1String("out") ? out : in)
                .append(record.value(u"text").toString());
        }
        QCOMPARE(out, sent[connection - 1]);
        QCOMPARE(in, sent[connection - 1]);
    }
}

// The intercept empties a connection's log as it grows (nothing reads it after printing), only
// after the recorder took what was new: a connection far longer than that is recorded whole.
void TestInterceptCli::recordingKeepsEveryMessageOfALongConnection()
{
    constexpr int Count = 40000; // over InterceptRunner::TrimLogRecords both ways
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("sessions.sqlite"));
    const auto peer = startPeer();
    QVERIFY2(peer->isRunning(), qPrintable(peer->errorString()));
    Intercept intercept({ QStringLiteral("--upstream"), peer->url().toString(), QStringLiteral("--listen"),
        QStringLiteral("127.0.0.1:0"), QStringLiteral("--quiet"), QStringLiteral("--record"), QStringLiteral("--db"),
        database, QStringLiteral("--exit-after"), QStringLiteral("1") });
    QVERIFY2(intercept.waitForListening(), qPrintable(intercept.describe()));
    App app;
    QVERIFY(app.open(intercept.url()));
    for (int i = 0; i < Count; ++i)
        app.socket.sendTextMessage(QStringLiteral("m%1").arg(i));
    QVERIFY2(app.waitForTexts(Count, 60000), qPrintable(QString::number(app.texts.size())));
    QVERIFY(app.closeAndWait());
    QVERIFY2(intercept.waitForExit(), qPrintable(intercept.describe()));
    QVERIFY2(intercept.exitCode() == ExitOk, qPrintable(intercept.describe()));

    const CliResult exported = runCli({ QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--format"),
        QStringLiteral("jsonl"), QStringLiteral("--db"), database });
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe().left(2000)));
    int out = 0;
    int in = 0;
    for (const QString &line : exported.outLines()) {
        const QJsonObject record = QJsonDocument::fromJson(line.toUtf8()).object();
        if (record.value(u"kind").toString() != QLatin1String("text"))
            continue;
        const bool isOut = record.value(u"direction").toString() == QLatin1String("out");
        int &next = isOut ? out : in;
        QCOMPARE(record.value(u"text").toString(), QStringLiteral("m%1").arg(next));
        ++next;
    }
    QCOMPARE(out, Count);
    QCOMPARE(in, Count);
}

void TestInterceptCli::secretsAreNotPrinted_data()
{
    QTest::addColumn<bool>("jsonl");
    QTest::addColumn<bool>("showSecrets");
    QTest::newRow("jsonl") << true << false;
    QTest::newRow("human") << false << false;
    QTest::newRow("jsonl --show-secrets") << true << true;
}

// The upstream URL's password, a --header Authorization and the app's own Cookie are printed
// as [redacted] or dots, in headers and in free text (a close reason), unless --show-secrets.
// Message payloads are data and printed as they are (as in the client mode), so they are left out.
void TestInterceptCli::secretsAreNotPrinted()
{
    QFETCH(bool, jsonl);
    QFETCH(bool, showSecrets);
    const QString password = QStringLiteral("hunter22");
    const QString token = QStringLiteral("tok-abc123");
    const QString cookie = QStringLiteral("appcookie99");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("sessions.sqlite"));
    const auto peer = startPeer();
    QVERIFY2(peer->isRunning(), qPrintable(peer->errorString()));
    QStringList arguments { QStringLiteral("--upstream"),
        QStringLiteral("ws://alice:%1@127.0.0.1:%2/").arg(password).arg(peer->port()), QStringLiteral("--header"),
        QStringLiteral("Authorization: Bearer ") + token, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
        QStringLiteral("--exit-after"), QStringLiteral("1"), QStringLiteral("--record"), QStringLiteral("--db"),
        database };
    if (jsonl)
        arguments.append(QStringLiteral("--jsonl"));
    if (showSecrets)
        arguments.append(QStringLiteral("--show-secrets"));
    Intercept intercept(arguments);
    QVERIFY2(intercept.waitForListening(), qPrintable(intercept.describe()));
    App app;
    QVERIFY(app.open(intercept.url(), { { "Cookie", "sid=" + cookie.toUtf8() } }));
    app.send(QStringLiteral("!headers"));
    QVERIFY(app.waitForTexts(1));
    // The upstream did get them.
    QVERIFY2(app.texts.constFirst().contains(QStringLiteral("Bearer ") + token), qPrintable(app.texts.constFirst()));
    QVERIFY2(app.texts.constFirst().contains(QStringLiteral("sid=") + cookie), qPrintable(app.texts.constFirst()));
    // The server names them in its close reason.
    app.send(QStringLiteral("!close 4000 %1 %2").arg(token, cookie));
    QVERIFY(app.waitForDisconnected());
    QCOMPARE(int(app.socket.closeCode()), 4000);
    QVERIFY2(intercept.waitForExit(), qPrintable(intercept.describe()));
    QVERIFY2(intercept.exitCode() == ExitOk, qPrintable(intercept.describe()));

    static const QRegularExpression humanMessage(
        QStringLiteral("^\\[\\d+\\] (app → server|server → app) (text|binary) "));
    QString printed = intercept.err();
    for (const QString &line : intercept.outLines()) {
        if (jsonl ? line.contains(QStringLiteral("\"event\":\"message\"")) : humanMessage.match(line).hasMatch())
            continue;
        printed += line + u'\n';
    }
    const QString closeLine = jsonl ? QStringLiteral("\"event\":\"close\"") : QStringLiteral(" close 4000: ");
    QVERIFY2(printed.contains(closeLine), qPrintable(intercept.out()));
    for (const QString &secret : { password, token, cookie })
        QVERIFY2(printed.contains(secret) == showSecrets, qPrintable(secret + u'\n' + printed));
    if (!showSecrets) {
        QVERIFY2(printed.contains(QStringLiteral("4000: •••• ••••"))
                || printed.contains(QStringLiteral("\"reason\":\"•••• ••••\"")),
            qPrintable(printed));
        QVERIFY2(printed.contains(QStringLiteral("ws://alice@127.0.0.1:%1").arg(peer->port())), qPrintable(printed));
        if (jsonl)
            QVERIFY2(printed.contains(QStringLiteral("[\"Authorization\",\"[redacted]\"]")), qPrintable(printed));
    }
    // A recording never keeps them, --show-secrets or not (its handshake and close reason).
    const CliResult list
        = runCli({ QStringLiteral("sessions"), QStringLiteral("--db"), database, QStringLiteral("--jsonl") });
    QCOMPARE(list.outLines().size(), 1);
    const QString id = QString::number(QJsonDocument::fromJson(list.out).object().value(u"id").toInteger());
    const CliResult exported = runCli({ QStringLiteral("export"), id, QStringLiteral("--format"),
        QStringLiteral("jsonl"), QStringLiteral("--db"), database });
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
    const QString sessionRecord = exported.outLines().value(0);
    // The recording keeps the app's own request (its Cookie hidden) beside the server's answer.
    QVERIFY2(sessionRecord.contains(QStringLiteral("Cookie: [redacted]")), qPrintable(sessionRecord));
    for (const QString &secret : { password, token, cookie })
        QVERIFY2(!sessionRecord.contains(secret), qPrintable(sessionRecord));
}

void TestInterceptCli::listenOnAnyAddressWarns()
{
    Intercept intercept({ QStringLiteral("--upstream"), QStringLiteral("ws://127.0.0.1:9/"), QStringLiteral("--listen"),
        QStringLiteral("0.0.0.0:0"), QStringLiteral("--quiet") });
    QVERIFY2(intercept.waitForListening(), qPrintable(intercept.describe()));
    QVERIFY2(
        intercept.out().startsWith(QStringLiteral("* listening on ws://0.0.0.0:")), qPrintable(intercept.describe()));
    QVERIFY2(QTest::qWaitFor([&intercept] { return intercept.err().contains(u'\n'); }, WaitMs),
        qPrintable(intercept.describe()));
    QVERIFY2(intercept.err().contains(QStringLiteral("warning: listening on 0.0.0.0, not only this machine")),
        qPrintable(intercept.describe()));
    intercept.signal(SIGINT);
    QVERIFY2(intercept.waitForExit(), qPrintable(intercept.describe()));
    QVERIFY2(intercept.exitCode() == ExitOk, qPrintable(intercept.describe()));
}

// A real browser as the app: every message arrives unchanged, and every event has the id.
void TestInterceptCli::browserThroughIntercept()
{
    const auto peer = startPeer();
    QVERIFY2(peer->isRunning(), qPrintable(peer->errorString()));
    Intercept intercept({ QStringLiteral("--upstream"), peer->url().toString(), QStringLiteral("--listen"),
        QStringLiteral("127.0.0.1:0"), QStringLiteral("--jsonl"), QStringLiteral("--exit-after"),
        QStringLiteral("1") });
    QVERIFY2(intercept.waitForListening(), qPrintable(intercept.describe()));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("NODE_PATH"), QStringLiteral("/usr/share/nodejs"));
    const CliResult browser = runProgram(ScriptProcess::program(ScriptProcess::Runtime::Node),
        { ScriptProcess::testsFile(QStringLiteral("peers/browser_client.js")), QStringLiteral("--url"),
            intercept.url(QStringLiteral("/browser")).toString(), QStringLiteral("--text"), QStringLiteral("6"),
            QStringLiteral("--binary"), QStringLiteral("6"), QStringLiteral("--max-size"), QStringLiteral("70000") },
        environment, 60000);
    QVERIFY2(browser.exitCode == 0, qPrintable(browser.describe()));
    QVERIFY2(intercept.waitForExit(), qPrintable(intercept.describe()));
    QVERIFY2(intercept.exitCode() == ExitOk, qPrintable(intercept.describe()));
    QList<QJsonObject> events;
    QString problem;
    QVERIFY2(parseJsonl(intercept.outLines(), &events, &problem), qPrintable(problem));
    const QList<QJsonObject> messages = eventsOf(events, QStringLiteral("message"));
    QCOMPARE(messages.size(), 24);
    for (const QJsonObject &e : std::as_const(events)) {
        if (e.value(u"event").toString() != QLatin1String("listening"))
            QCOMPARE(e.value(u"id").toInteger(), 1);
    }
    QCOMPARE(
        eventsOf(events, QStringLiteral("close")).constFirst().value(u"reason").toString(), QStringLiteral("done"));
    QVERIFY2(peer->waitForOutput(QStringLiteral("CLOSED 1000 done")), qPrintable(peer->output()));
}

QTEST_GUILESS_MAIN(TestInterceptCli)
#include "tst_intercept_cli.moc"
