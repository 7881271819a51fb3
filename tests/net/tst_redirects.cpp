// SPDX-License-Identifier: GPL-3.0-or-later
// Redirects of the opening handshake, answered by a real nginx (plain and TLS) that proxies /ws to
// a QWebSocketServer echo backend in this process: every 3xx status the channel follows, absolute,
// ws:// and relative Locations, a chain of hops, loops, the hop limit, following switched off and
// the refused wss -> ws downgrade.
#include "certificateset.h"
#include "processguard.h"
#include "stoptext.h"
#include "websocketchannel.h"

#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Framewise;

class TestRedirects : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void followsOneRedirect_data();
    void followsOneRedirect();
    void followsAChainOfThreeHops();
    void hopLimitAllowsExactlyThatManyHops();
    void tooManyHopsFail();
    void loopFails();
    void followingSwitchedOffReportsThe301();
    void secureRedirectToPlainWsIsRefused_data();
    void secureRedirectToPlainWsIsRefused();
    void secureRedirectToWssIsFollowed();

private:
    QUrl httpUrl(const QString &path) const;
    QUrl wsUrl(const QString &path) const;
    QUrl wssUrl(const QString &path) const;
    QSslConfiguration trustingConfiguration() const;
    // Sends text, expects it back, closes cleanly.
    void expectEcho(WebSocketChannel &channel, const QString &text);
    // Opens url and waits for started(); fails the test, with the stop status, when it stops instead.
    static void openUntilStarted(WebSocketChannel &channel, const QUrl &url);
    // Opens url, which must stop before started() with `reason`; the stop status (the test failed
    // when it did not).
    static StopStatus openUntilStopped(WebSocketChannel &channel, const QUrl &url, StopReason reason);

    QTemporaryDir m_dir;
    CertificateSet m_certificates;
    std::unique_ptr<QWebSocketServer> m_backend;
    QStringList m_backendPaths; // request path of each connection the backend accepted
    QTcpServer m_plainTarget; // the ws:// target of the refused downgrade: must never see a connection
    int m_plainTargetConnections = 0;
    quint16 m_httpPort = 0;
    quint16 m_tlsPort = 0;
    ProcessGuard m_nginx;
};

QUrl TestRedirects::httpUrl(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_httpPort).arg(path));
}

QUrl TestRedirects::wsUrl(const QString &path) const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(m_httpPort).arg(path));
}

QUrl TestRedirects::wssUrl(const QString &path) const
{
    return QUrl(QStringLiteral("wss://127.0.0.1:%1%2").arg(m_tlsPort).arg(path));
}

QSslConfiguration TestRedirects::trustingConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificate(m_certificates.ca.certificate);
    return configuration;
}

void TestRedirects::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString error = m_certificates.generate(m_dir.path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString chain = CertificateSet::writeChain(
        m_dir.filePath(QStringLiteral("chain.pem")), m_certificates.server, m_certificates.ca);
    QVERIFY(!chain.isEmpty());

    m_backend = std::make_unique<QWebSocketServer>(QStringLiteral("echo"), QWebSocketServer::NonSecureMode);
    QVERIFY(m_backend->listen(QHostAddress::LocalHost, 0));
    connect(m_backend.get(), &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *socket = m_backend->nextPendingConnection()) {
            m_backendPaths.append(socket->requestUrl().path());
            connect(socket, &QWebSocket::textMessageReceived, socket,
                [socket](const QString &text) { socket->sendTextMessage(text); });
            connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    QVERIFY(m_plainTarget.listen(QHostAddress::LocalHost, 0));
    connect(&m_plainTarget, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_plainTarget.nextPendingConnection()) {
            ++m_plainTargetConnections;
            socket->deleteLater();
        }
    });

    m_httpPort = ProcessGuard::freePort();
    do
        m_tlsPort = ProcessGuard::freePort();
    while (m_tlsPort == m_httpPort);
    QVERIFY(m_httpPort != 0 && m_tlsPort != 0);

    const QString dir = m_dir.path();
    const QString http = QStringLiteral("http://127.0.0.1:%1").arg(m_httpPort);
    const QString backend = QStringLiteral("proxy_pass http://127.0.0.1:%1; proxy_http_version 1.1; "
                                           "proxy_set_header Upgrade $http_upgrade; "
                                           "proxy_set_header Connection \"upgrade\";")
                                .arg(m_backend->serverPort());
    QString config = QStringLiteral(R"(master_process off;
worker_processes 1;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path %1/body;
    proxy_temp_path %1/proxy;
    fastcgi_temp_path %1/fastcgi;
    uwsgi_temp_path %1/uwsgi;
    scgi_temp_path %1/scgi;
    absolute_redirect off;
    server {
        listen 127.0.0.1:%2;
        location = /ws { %4 }
        location = /s301 { return 301 %3/ws; }
        location = /s302 { return 302 %3/ws; }
        location = /s303 { return 303 %3/ws; }
        location = /s307 { return 307 %3/ws; }
        location = /s308 { return 308 %3/ws; }
        location = /ws-location { return 307 ws://127.0.0.1:%2/ws; }
        location = /relative { return 302 /ws; }
        location = /dir/sub/relative { return 308 ../../ws; }
        location = /hop1 { return 302 %3/hop2; }
        location = /hop2 { return 307 /hop3; }
        location = /hop3 { return 308 %3/ws; }
        location = /loop-a { return 301 %3/loop-b; }
        location = /loop-b { return 302 %3/loop-a; }
    }
    server {
        listen 127.0.0.1:%5 ssl;
        ssl_certificate %6;
        ssl_certificate_key %7;
        location = /ws { %4 }
        location = /to-ws { return 301 ws://127.0.0.1:%8/ws; }
        location = /to-http { return 302 http://127.0.0.1:%8/ws; }
        location = /to-https { return 307 https://127.0.0.1:%5/ws; }
    }
}
)");
    config = config.arg(dir)
                 .arg(m_httpPort)
                 .arg(http, backend)
                 .arg(m_tlsPort)
                 .arg(chain, m_certificates.server.keyPath)
                 .arg(m_plainTarget.serverPort());
    QFile file(m_dir.filePath(QStringLiteral("nginx.conf")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(config.toUtf8()) > 0);
    file.close();

    QVERIFY(m_nginx.start(QStringLiteral("nginx"),
        { QStringLiteral("-p"), dir, QStringLiteral("-c"), file.fileName(), QStringLiteral("-g"),
            QStringLiteral("daemon off; pid %1/nginx.pid; error_log stderr;").arg(dir) }));
    QVERIFY2(m_nginx.waitForPort(m_httpPort), m_nginx.output().constData());
    QVERIFY2(m_nginx.waitForPort(m_tlsPort), m_nginx.output().constData());
}

void TestRedirects::cleanupTestCase()
{
    m_nginx.stop();
}

void TestRedirects::expectEcho(WebSocketChannel &channel, const QString &text)
{
    QSignalSpy messages(&channel, &WebSocketChannel::messageAvailable);
    QSignalSpy stopped(&channel, &WebSocketChannel::stopped);
    QCOMPARE(channel.sendMsg(text), ChannelError::None);
    QVERIFY(messages.wait(5000));
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().first().toByteArray(), text.toUtf8());
    QCOMPARE(channel.close(1000, QStringLiteral("bye")), ChannelError::None);
    QVERIFY(stopped.wait(5000));
    QCOMPARE(stopped.first().first().value<StopStatus>().reason, StopReason::Ok);
}

void TestRedirects::openUntilStarted(WebSocketChannel &channel, const QUrl &url)
{
    QSignalSpy started(&channel, &WebSocketChannel::started);
    QSignalSpy stopped(&channel, &WebSocketChannel::stopped);
    QCOMPARE(channel.asyncOpen(url), ChannelError::None);
    QVERIFY(QTest::qWaitFor([&] { return !started.isEmpty() || !stopped.isEmpty(); }, 10000));
    QVERIFY2(!started.isEmpty(), qPrintable(stopText(stopped)));
}

StopStatus TestRedirects::openUntilStopped(WebSocketChannel &channel, const QUrl &url, StopReason reason)
{
    QSignalSpy started(&channel, &WebSocketChannel::started);
    QSignalSpy stopped(&channel, &WebSocketChannel::stopped);
    StopStatus status;
    [&] {
        QCOMPARE(channel.asyncOpen(url), ChannelError::None);
        QVERIFY(stopped.wait(10000));
        QCOMPARE(started.size(), 0);
        status = stopped.first().first().value<StopStatus>();
        QCOMPARE(status.reason, reason);
    }();
    return status;
}

void TestRedirects::followsOneRedirect_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("301, http:// Location") << QStringLiteral("/s301") << 301;
    QTest::newRow("302, http:// Location") << QStringLiteral("/s302") << 302;
    QTest::newRow("303, http:// Location") << QStringLiteral("/s303") << 303;
    QTest::newRow("307, http:// Location") << QStringLiteral("/s307") << 307;
    QTest::newRow("308, http:// Location") << QStringLiteral("/s308") << 308;
    QTest::newRow("307, ws:// Location") << QStringLiteral("/ws-location") << 307;
    QTest::newRow("302, relative /ws") << QStringLiteral("/relative") << 302;
    QTest::newRow("308, relative ../../ws") << QStringLiteral("/dir/sub/relative") << 308;
}

void TestRedirects::followsOneRedirect()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    const QUrl original = wsUrl(path);
    const QUrl target = wsUrl(QStringLiteral("/ws"));
    const qsizetype backendBefore = m_backendPaths.size();

    WebSocketChannel channel;
    QStringList events;
    connect(&channel, &WebSocketChannel::redirected, this,
        [&](const QUrl &, const QUrl &, int) { events.append(QStringLiteral("redirected")); });
    connect(&channel, &WebSocketChannel::handshakeResponseReceived, this, [&](const HandshakeResponse &response) {
        events.append(QStringLiteral("response %1").arg(response.statusCode));
    });
    connect(&channel, &WebSocketChannel::started, this, [&] { events.append(QStringLiteral("started")); });
    QSignalSpy redirected(&channel, &WebSocketChannel::redirected);
    QSignalSpy requests(&channel, &WebSocketChannel::handshakeRequestSent);
    openUntilStarted(channel, original);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(redirected.size(), 1);
    QCOMPARE(redirected.first().at(0).toUrl(), original);
    QCOMPARE(redirected.first().at(1).toUrl(), target);
    QCOMPARE(redirected.first().at(2).toInt(), status);
    QCOMPARE(events,
        QStringList({ QStringLiteral("response %1").arg(status), QStringLiteral("redirected"),
            QStringLiteral("response 101"), QStringLiteral("started") }));
    QCOMPARE(channel.originalURI(), original);
    QCOMPARE(channel.URI(), target);
    QCOMPARE(channel.redirectChain(), QList<QUrl>({ original, target }));

    // Each hop is a fresh handshake with its own key, asking for the new path.
    QCOMPARE(requests.size(), 2);
    const auto first = requests.at(0).first().value<HandshakeRequest>();
    const auto second = requests.at(1).first().value<HandshakeRequest>();
    QCOMPARE(first.requestLine, QByteArray("GET " + path.toLatin1() + " HTTP/1.1"));
    QCOMPARE(second.requestLine, QByteArrayLiteral("GET /ws HTTP/1.1"));
    QVERIFY(first.key != second.key);
    QCOMPARE(m_backendPaths.size(), backendBefore + 1);
    QCOMPARE(m_backendPaths.last(), QStringLiteral("/ws"));

    expectEcho(channel, QStringLiteral("echo after %1").arg(status));
}

void TestRedirects::followsAChainOfThreeHops()
{
    const QUrl hop1 = wsUrl(QStringLiteral("/hop1"));
    const QUrl hop2 = wsUrl(QStringLiteral("/hop2"));
    const QUrl hop3 = wsUrl(QStringLiteral("/hop3"));
    const QUrl target = wsUrl(QStringLiteral("/ws"));
    WebSocketChannel channel;
    QSignalSpy redirected(&channel, &WebSocketChannel::redirected);
    QSignalSpy requests(&channel, &WebSocketChannel::handshakeRequestSent);
    openUntilStarted(channel, hop1);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(redirected.size(), 3);
    const QList<QVariantList> expected { { hop1, hop2, 302 }, { hop2, hop3, 307 }, { hop3, target, 308 } };
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(redirected.at(i).at(0).toUrl(), expected.at(i).at(0).toUrl());
        QCOMPARE(redirected.at(i).at(1).toUrl(), expected.at(i).at(1).toUrl());
        QCOMPARE(redirected.at(i).at(2).toInt(), expected.at(i).at(2).toInt());
    }
    QCOMPARE(channel.redirectChain(), QList<QUrl>({ hop1, hop2, hop3, target }));
    QCOMPARE(channel.originalURI(), hop1);
    QCOMPARE(channel.URI(), target);
    QCOMPARE(requests.size(), 4);
    QSet<QByteArray> keys;
    for (const auto &arguments : std::as_const(requests))
        keys.insert(arguments.first().value<HandshakeRequest>().key);
    QCOMPARE(keys.size(), 4);
    expectEcho(channel, QStringLiteral("three hops"));
}

void TestRedirects::hopLimitAllowsExactlyThatManyHops()
{
    WebSocketChannel channel;
    QCOMPARE(channel.setFollowRedirects(true, 3), ChannelError::None);
    openUntilStarted(channel, wsUrl(QStringLiteral("/hop1")));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(channel.redirectChain().size(), 4);
    expectEcho(channel, QStringLiteral("limit 3"));
}

void TestRedirects::tooManyHopsFail()
{
    const qsizetype backendBefore = m_backendPaths.size();
    WebSocketChannel channel;
    QCOMPARE(channel.setFollowRedirects(true, 2), ChannelError::None);
    QSignalSpy redirected(&channel, &WebSocketChannel::redirected);
    QSignalSpy errors(&channel, &WebSocketChannel::errorOccurred);
    const StopStatus status = openUntilStopped(channel, wsUrl(QStringLiteral("/hop1")), StopReason::RedirectFailed);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(errors.size(), 1);
    QVERIFY2(status.message().contains(QLatin1String("2 redirects")), qPrintable(status.message()));
    QCOMPARE(redirected.size(), 2);
    QCOMPARE(channel.redirectChain(),
        QList<QUrl>(
            { wsUrl(QStringLiteral("/hop1")), wsUrl(QStringLiteral("/hop2")), wsUrl(QStringLiteral("/hop3")) }));
    QCOMPARE(channel.handshakeResponse().statusCode, 308); // the answer that was not followed
    QCOMPARE(m_backendPaths.size(), backendBefore);
}

void TestRedirects::loopFails()
{
    const QUrl a = wsUrl(QStringLiteral("/loop-a"));
    const QUrl b = wsUrl(QStringLiteral("/loop-b"));
    const qsizetype backendBefore = m_backendPaths.size();
    WebSocketChannel channel;
    QSignalSpy redirected(&channel, &WebSocketChannel::redirected);
    QSignalSpy requests(&channel, &WebSocketChannel::handshakeRequestSent);
    const StopStatus status = openUntilStopped(channel, a, StopReason::RedirectFailed);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(status.message().contains(QLatin1String("loop")), qPrintable(status.message()));
    QVERIFY2(status.message().contains(a.toString()), qPrintable(status.message()));
    QCOMPARE(redirected.size(), 1); // a -> b was followed, b -> a was recognised
    QCOMPARE(redirected.first().at(0).toUrl(), a);
    QCOMPARE(redirected.first().at(1).toUrl(), b);
    QCOMPARE(requests.size(), 2);
    QCOMPARE(channel.redirectChain(), QList<QUrl>({ a, b }));
    QCOMPARE(channel.originalURI(), a);
    QCOMPARE(m_backendPaths.size(), backendBefore);
}

void TestRedirects::followingSwitchedOffReportsThe301()
{
    const QUrl original = wsUrl(QStringLiteral("/s301"));
    const qsizetype backendBefore = m_backendPaths.size();
    WebSocketChannel channel;
    QCOMPARE(channel.setFollowRedirects(false), ChannelError::None);
    QSignalSpy redirected(&channel, &WebSocketChannel::redirected);
    QSignalSpy responses(&channel, &WebSocketChannel::handshakeResponseReceived);
    const StopStatus status = openUntilStopped(channel, original, StopReason::HandshakeRejected);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(status.httpStatus, 301);
    QCOMPARE(responses.size(), 1);
    const auto response = responses.first().first().value<HandshakeResponse>();
    QCOMPARE(response.statusCode, 301);
    QCOMPARE(response.headers.value("Location"), httpUrl(QStringLiteral("/ws")).toEncoded());
    QCOMPARE(redirected.size(), 0);
    QCOMPARE(channel.redirectChain(), QList<QUrl> { original });
    QCOMPARE(channel.URI(), original);
    QCOMPARE(m_backendPaths.size(), backendBefore);
}

void TestRedirects::secureRedirectToPlainWsIsRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("location");
    QTest::newRow("ws:// Location") << QStringLiteral("/to-ws") << QStringLiteral("ws");
    QTest::newRow("http:// Location") << QStringLiteral("/to-http") << QStringLiteral("http");
}

void TestRedirects::secureRedirectToPlainWsIsRefused()
{
    QFETCH(QString, path);
    QFETCH(QString, location);
    const QUrl original = wssUrl(path);
    WebSocketChannel channel;
    QCOMPARE(channel.setSslConfiguration(trustingConfiguration()), ChannelError::None);
    QSignalSpy secured(&channel, &WebSocketChannel::secured);
    QSignalSpy responses(&channel, &WebSocketChannel::handshakeResponseReceived);
    QSignalSpy redirected(&channel, &WebSocketChannel::redirected);
    const StopStatus status = openUntilStopped(channel, original, StopReason::RedirectFailed);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(secured.size(), 1); // TLS itself was fine: the redirect is what failed
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.first().first().value<HandshakeResponse>().headers.value("Location"),
        QStringLiteral("%1://127.0.0.1:%2/ws").arg(location).arg(m_plainTarget.serverPort()).toLatin1());
    QVERIFY2(status.message().contains(QLatin1String("wss")), qPrintable(status.message()));
    QCOMPARE(redirected.size(), 0);
    QCOMPARE(channel.redirectChain(), QList<QUrl> { original });
    QCOMPARE(channel.URI(), original);
    QTest::qWait(300); // a connection to the plain target would arrive by now
    QCOMPARE(m_plainTargetConnections, 0);
}

void TestRedirects::secureRedirectToWssIsFollowed()
{
    const QUrl original = wssUrl(QStringLiteral("/to-https"));
    const QUrl target = wssUrl(QStringLiteral("/ws"));
    WebSocketChannel channel;
    QCOMPARE(channel.setSslConfiguration(trustingConfiguration()), ChannelError::None);
    QSignalSpy secured(&channel, &WebSocketChannel::secured);
    QSignalSpy redirected(&channel, &WebSocketChannel::redirected);
    openUntilStarted(channel, original);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(redirected.size(), 1);
    QCOMPARE(redirected.first().at(1).toUrl(), target); // https:// maps to wss://
    QCOMPARE(redirected.first().at(2).toInt(), 307);
    QCOMPARE(secured.size(), 2); // one TLS handshake per hop
    QCOMPARE(channel.redirectChain(), QList<QUrl>({ original, target }));
    QVERIFY(channel.securityInfo().verified);
    QCOMPARE(channel.securityInfo().peerChain.value(0), m_certificates.server.certificate);
    expectEcho(channel, QStringLiteral("secure hop"));
}

QTEST_GUILESS_MAIN(TestRedirects)
#include "tst_redirects.moc"
