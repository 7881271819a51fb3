// SPDX-License-Identifier: GPL-3.0-or-later
// Proxies for the channel's TCP connection: HTTP CONNECT through a real tinyproxy with Basic proxy
// authentication, and SOCKS5 through a real microsocks with username/password, both started by
// the test on 127.0.0.1 in front of a QWebSocketServer echo backend in this process.
#include "processguard.h"
#include "stoptext.h"
#include "websocketchannel.h"

#include <QAuthenticator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Framewise;

namespace {

const QString ProxyUser = QStringLiteral("proxyuser");
const QString ProxyPassword = QStringLiteral("proxypass");

} // namespace

class TestProxies : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void httpConnectWithBasicAuth();
    void httpConnectWithWrongPasswordFails();
    void httpConnectCredentialsFromSlot();
    void socks5WithCredentials();
    void socks5WithWrongCredentialsFails();

private:
    void startTinyproxy();
    void startMicrosocks();
    QUrl backendUrl() const;
    QByteArray tinyproxyLog() const;
    // Opens through proxy, echoes one message; the channel stays open for the caller.
    void openAndEcho(WebSocketChannel &channel, const QNetworkProxy &proxy, const QString &text);
    // Opens through proxy and expects a failure before started(); returns the stop status.
    void expectFailure(WebSocketChannel &channel, const QNetworkProxy &proxy, StopStatus *status);

    QTemporaryDir m_dir;
    std::unique_ptr<QWebSocketServer> m_backend;
    int m_backendConnections = 0;
    ProcessGuard m_proxy;
    quint16 m_proxyPort = 0;
};

void TestProxies::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_backend = std::make_unique<QWebSocketServer>(QStringLiteral("echo"), QWebSocketServer::NonSecureMode);
    QVERIFY(m_backend->listen(QHostAddress::LocalHost, 0));
    connect(m_backend.get(), &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *socket = m_backend->nextPendingConnection()) {
            ++m_backendConnections;
            connect(socket, &QWebSocket::textMessageReceived, socket,
                [socket](const QString &text) { socket->sendTextMessage(text); });
            connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

void TestProxies::cleanup()
{
    m_proxy.stop();
}

QUrl TestProxies::backendUrl() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/through-proxy").arg(m_backend->serverPort()));
}

void TestProxies::startTinyproxy()
{
    m_proxyPort = ProcessGuard::freePort();
    QVERIFY(m_proxyPort != 0);
    const QString dir = m_dir.path();
    QFile::remove(m_dir.filePath(QStringLiteral("tinyproxy.log")));
    const QString config = QStringLiteral("Port %1\n"
                                          "Listen 127.0.0.1\n"
                                          "Timeout 30\n"
                                          "MaxClients 20\n"
                                          "Allow 127.0.0.1\n"
                                          "BasicAuth %2 %3\n"
                                          "ConnectPort %4\n"
                                          "LogFile \"%5/tinyproxy.log\"\n"
                                          "LogLevel Connect\n"
                                          "PidFile \"%5/tinyproxy.pid\"\n")
                               .arg(m_proxyPort)
                               .arg(ProxyUser, ProxyPassword)
                               .arg(m_backend->serverPort())
                               .arg(dir);
    QFile file(m_dir.filePath(QStringLiteral("tinyproxy.conf")));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(file.write(config.toUtf8()) > 0);
    file.close();
    QVERIFY(
        m_proxy.start(QStringLiteral("tinyproxy"), { QStringLiteral("-d"), QStringLiteral("-c"), file.fileName() }));
    QVERIFY2(m_proxy.waitForPort(m_proxyPort), m_proxy.output().constData());
}

void TestProxies::startMicrosocks()
{
    m_proxyPort = ProcessGuard::freePort();
    QVERIFY(m_proxyPort != 0);
    QVERIFY(m_proxy.start(QStringLiteral("microsocks"),
        { QStringLiteral("-i"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_proxyPort),
            QStringLiteral("-u"), ProxyUser, QStringLiteral("-P"), ProxyPassword }));
    QVERIFY2(m_proxy.waitForPort(m_proxyPort), m_proxy.output().constData());
}

QByteArray TestProxies::tinyproxyLog() const
{
    QFile file(m_dir.filePath(QStringLiteral("tinyproxy.log")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestProxies::openAndEcho(WebSocketChannel &channel, const QNetworkProxy &proxy, const QString &text)
{
    const int backendBefore = m_backendConnections;
    QCOMPARE(channel.setProxy(proxy), ChannelError::None);
    QSignalSpy started(&channel, &WebSocketChannel::started);
    QSignalSpy stopped(&channel, &WebSocketChannel::stopped);
    QSignalSpy messages(&channel, &WebSocketChannel::messageAvailable);
    QCOMPARE(channel.asyncOpen(backendUrl()), ChannelError::None);
    QVERIFY(QTest::qWaitFor([&] { return !started.isEmpty() || !stopped.isEmpty(); }, 15000));
    QVERIFY2(!started.isEmpty(), qPrintable(stopText(stopped) + u' ' + QString::fromLocal8Bit(m_proxy.output())));
    QCOMPARE(m_backendConnections, backendBefore + 1);
    QCOMPARE(channel.sendMsg(text), ChannelError::None);
    QVERIFY(messages.wait(5000));
    QCOMPARE(messages.first().first().toByteArray(), text.toUtf8());
}

void TestProxies::expectFailure(WebSocketChannel &channel, const QNetworkProxy &proxy, StopStatus *status)
{
    const int backendBefore = m_backendConnections;
    QCOMPARE(channel.setProxy(proxy), ChannelError::None);
    QSignalSpy started(&channel, &WebSocketChannel::started);
    QSignalSpy requests(&channel, &WebSocketChannel::handshakeRequestSent);
    QSignalSpy errors(&channel, &WebSocketChannel::errorOccurred);
    QSignalSpy stopped(&channel, &WebSocketChannel::stopped);
    QCOMPARE(channel.asyncOpen(backendUrl()), ChannelError::None);
    QVERIFY(stopped.wait(15000));
    QCOMPARE(stopped.size(), 1);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(started.size(), 0);
    QCOMPARE(requests.size(), 0); // the tunnel never opened, so no upgrade request went out
    QCOMPARE(m_backendConnections, backendBefore);
    *status = stopped.first().first().value<StopStatus>();
}

void TestProxies::httpConnectWithBasicAuth()
{
    startTinyproxy();
    WebSocketChannel channel;
    openAndEcho(channel,
        QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_proxyPort, ProxyUser, ProxyPassword),
        QStringLiteral("through tinyproxy"));
    if (QTest::currentTestFailed())
        return;
    // The tunnel is tinyproxy's: it logged the CONNECT to the backend.
    const QByteArray connectLine = "CONNECT 127.0.0.1:" + QByteArray::number(m_backend->serverPort()) + " HTTP/1.";
    QTRY_VERIFY2_WITH_TIMEOUT(tinyproxyLog().contains(connectLine), tinyproxyLog().constData(), 5000);
    // And ending the proxy ends the connection.
    QSignalSpy stopped(&channel, &WebSocketChannel::stopped);
    m_proxy.stop();
    QVERIFY(stopped.wait(10000));
    QCOMPARE(stopped.first().first().value<StopStatus>().reason, StopReason::ConnectionLost);
}

void TestProxies::httpConnectWithWrongPasswordFails()
{
    startTinyproxy();
    WebSocketChannel channel;
    StopStatus status;
    expectFailure(channel,
        QNetworkProxy(
            QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_proxyPort, ProxyUser, QStringLiteral("wrong")),
        &status);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(status.reason, StopReason::NetworkError);
    // tinyproxy answers wrong credentials with 401 (not a second 407); Qt reports a proxy error.
    QVERIFY2(status.message().contains(QLatin1String("proxy"), Qt::CaseInsensitive), qPrintable(status.message()));
}

void TestProxies::httpConnectCredentialsFromSlot()
{
    startTinyproxy();
    WebSocketChannel channel;
    QList<QNetworkProxy> askedFor;
    connect(&channel, &WebSocketChannel::proxyAuthenticationRequired, this,
        [&](const QNetworkProxy &proxy, QAuthenticator *authenticator) {
            askedFor.append(proxy);
            authenticator->setUser(ProxyUser);
            authenticator->setPassword(ProxyPassword);
        });
    openAndEcho(channel, QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_proxyPort),
        QStringLiteral("slot credentials"));
    if (QTest::currentTestFailed())
        return;
    const QByteArray connectLine = "CONNECT 127.0.0.1:" + QByteArray::number(m_backend->serverPort()) + " HTTP/1.";
    QTRY_VERIFY2_WITH_TIMEOUT(tinyproxyLog().contains(connectLine), tinyproxyLog().constData(), 5000);
    QCOMPARE(askedFor.size(), 1);
    QCOMPARE(askedFor.first().type(), QNetworkProxy::HttpProxy);
    QCOMPARE(askedFor.first().port(), m_proxyPort);
    channel.abort();
}

void TestProxies::socks5WithCredentials()
{
    startMicrosocks();
    WebSocketChannel channel;
    openAndEcho(channel,
        QNetworkProxy(QNetworkProxy::Socks5Proxy, QStringLiteral("127.0.0.1"), m_proxyPort, ProxyUser, ProxyPassword),
        QStringLiteral("through microsocks"));
    if (QTest::currentTestFailed())
        return;
    // The connection runs through microsocks: ending it ends the connection.
    QSignalSpy stopped(&channel, &WebSocketChannel::stopped);
    m_proxy.stop();
    QVERIFY(stopped.wait(10000));
    QCOMPARE(stopped.first().first().value<StopStatus>().reason, StopReason::ConnectionLost);
}

void TestProxies::socks5WithWrongCredentialsFails()
{
    startMicrosocks();
    WebSocketChannel channel;
    StopStatus status;
    expectFailure(channel,
        QNetworkProxy(
            QNetworkProxy::Socks5Proxy, QStringLiteral("127.0.0.1"), m_proxyPort, ProxyUser, QStringLiteral("wrong")),
        &status);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(status.reason, StopReason::NetworkError);
    QVERIFY2(status.message().contains(QLatin1String("proxy"), Qt::CaseInsensitive), qPrintable(status.message()));
}

QTEST_GUILESS_MAIN(TestProxies)
#include "tst_proxies.moc"
