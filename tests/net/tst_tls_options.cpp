// SPDX-License-Identifier: GPL-3.0-or-later
// TLS options of wss connections, with certificates made by openssl at test time: a private CA
// trusted through the channel's QSslConfiguration, untrusted self-signed, pinned certificates,
// expired and wrong-host certificates, and mutual TLS with a client certificate.
#include "certificateset.h"
#include "rawwebsocketserver.h"
#include "websocketchannel.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Framewise;

namespace {

QString errorText(QSslError::SslError error, const QSslCertificate &certificate)
{
    return QSslError(error, certificate).errorString();
}

} // namespace

class TestTlsOptions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void trustedThroughPrivateCa_data();
    void trustedThroughPrivateCa();
    void untrustedSelfSignedFails();
    void pinnedSelfSignedConnects_data();
    void pinnedSelfSignedConnects();
    void pinThatDoesNotMatchFails_data();
    void pinThatDoesNotMatchFails();
    void expiredCertificateFails();
    void wrongHostFails();
    void mutualTlsWithClientCertificate();
    void mutualTlsWithoutClientCertificateFails_data();
    void mutualTlsWithoutClientCertificateFails();

private:
    // A QWebSocketServer in secure mode presenting chain (leaf first) and echoing text.
    std::unique_ptr<QWebSocketServer> startServer(const QList<QSslCertificate> &chain, const QSslKey &key);
    static QUrl urlOf(const QWebSocketServer &server);
    QSslConfiguration trustingCa() const;
    // A server configuration that demands a client certificate issued by the test CA.
    QSslConfiguration requiringClientCertificate() const;
    // Opens channel to url and waits for started() or stopped(); returns whether it started.
    static bool open(WebSocketChannel &channel, const QUrl &url, StopStatus *status);
    static void expectEcho(WebSocketChannel &channel, const QString &text);
    // Expects channel to fail TLS against url; returns the stop status.
    static StopStatus expectTlsFailure(WebSocketChannel &channel, const QUrl &url);
    // Serves leaf (signed by the CA the channel trusts) with the CA and expects the handshake to fail
    // on leaf with `error` and nothing else; returns the stop status (the test has failed when not).
    StopStatus expectOnlyTlsError(const CertificateSet::Entry &leaf, QSslError::SslError error);

    QTemporaryDir m_dir;
    CertificateSet m_certificates;
};

void TestTlsOptions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString error = m_certificates.generate(m_dir.path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The set is what the cases below assume.
    QCOMPARE(m_certificates.server.certificate.issuerInfo(QSslCertificate::CommonName),
        QStringList { QStringLiteral("Framewise Net Test CA") });
    QVERIFY(m_certificates.expired.certificate.expiryDate() < QDateTime::currentDateTimeUtc());
    QVERIFY(m_certificates.selfSigned.certificate.isSelfSigned());
}

std::unique_ptr<QWebSocketServer> TestTlsOptions::startServer(const QList<QSslCertificate> &chain, const QSslKey &key)
{
    auto server = std::make_unique<QWebSocketServer>(QStringLiteral("tls-options"), QWebSocketServer::SecureMode);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(configuration);
    if (!server->listen(QHostAddress::LocalHost, 0))
        return nullptr;
    QWebSocketServer *raw = server.get();
    connect(raw, &QWebSocketServer::newConnection, raw, [raw] {
        while (QWebSocket *socket = raw->nextPendingConnection()) {
            connect(socket, &QWebSocket::textMessageReceived, socket,
                [socket](const QString &text) { socket->sendTextMessage(text); });
            connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    connect(raw, &QWebSocketServer::sslErrors, raw, [](const QList<QSslError> &) {});
    return server;
}

QUrl TestTlsOptions::urlOf(const QWebSocketServer &server)
{
    return QUrl(QStringLiteral("wss://127.0.0.1:%1/tls").arg(server.serverPort()));
}

QSslConfiguration TestTlsOptions::trustingCa() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificate(m_certificates.ca.certificate);
    return configuration;
}

QSslConfiguration TestTlsOptions::requiringClientCertificate() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain({ m_certificates.server.certificate, m_certificates.ca.certificate });
    configuration.setPrivateKey(m_certificates.server.key);
    configuration.setCaCertificates({ m_certificates.ca.certificate });
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return configuration;
}

bool TestTlsOptions::open(WebSocketChannel &channel, const QUrl &url, StopStatus *status)
{
    QSignalSpy started(&channel, &WebSocketChannel::started);
    QSignalSpy stopped(&channel, &WebSocketChannel::stopped);
    if (channel.asyncOpen(url) != ChannelError::None)
        return false;
    if (!QTest::qWaitFor([&] { return !started.isEmpty() || !stopped.isEmpty(); }, 10000))
        return false;
    if (!stopped.isEmpty())
        *status = stopped.first().first().value<StopStatus>();
    return !started.isEmpty();
}

void TestTlsOptions::expectEcho(WebSocketChannel &channel, const QString &text)
{
    QSignalSpy messages(&channel, &WebSocketChannel::messageAvailable);
    QSignalSpy stopped(&channel, &WebSocketChannel::stopped);
    QCOMPARE(channel.sendMsg(text), ChannelError::None);
    QVERIFY(messages.wait(5000));
    QCOMPARE(messages.first().first().toByteArray(), text.toUtf8());
    QCOMPARE(channel.close(), ChannelError::None);
    QVERIFY(stopped.wait(5000));
    QCOMPARE(stopped.first().first().value<StopStatus>().reason, StopReason::Ok);
}

StopStatus TestTlsOptions::expectTlsFailure(WebSocketChannel &channel, const QUrl &url)
{
    QSignalSpy started(&channel, &WebSocketChannel::started);
    QSignalSpy secured(&channel, &WebSocketChannel::secured);
    QSignalSpy errors(&channel, &WebSocketChannel::errorOccurred);
    QSignalSpy stopped(&channel, &WebSocketChannel::stopped);
    StopStatus status;
    if (channel.asyncOpen(url) != ChannelError::None || !stopped.wait(10000))
        return status;
    status = stopped.first().first().value<StopStatus>();
    if (!started.isEmpty() || !secured.isEmpty() || errors.size() != 1)
        status.reason = StopReason::Ok; // makes the caller's QCOMPARE on the reason fail
    return status;
}

void TestTlsOptions::trustedThroughPrivateCa_data()
{
    QTest::addColumn<bool>("sendsCa");
    QTest::newRow("server sends leaf and CA") << true;
    QTest::newRow("server sends only the leaf") << false;
}

void TestTlsOptions::trustedThroughPrivateCa()
{
    QFETCH(bool, sendsCa);
    QList<QSslCertificate> chain { m_certificates.server.certificate };
    if (sendsCa)
        chain.append(m_certificates.ca.certificate);
    auto server = startServer(chain, m_certificates.server.key);
    QVERIFY(server);
    WebSocketChannel channel;
    QCOMPARE(channel.setSslConfiguration(trustingCa()), ChannelError::None);
    QSignalSpy secured(&channel, &WebSocketChannel::secured);
    StopStatus status;
    QVERIFY2(open(channel, urlOf(*server), &status), qPrintable(status.message()));

    QCOMPARE(secured.size(), 1);
    const SecurityInfo info = channel.securityInfo();
    QCOMPARE(secured.first().first().value<SecurityInfo>().peerChain, info.peerChain);
    QVERIFY(info.isSecure());
    QVERIFY(info.verified);
    QVERIFY(!info.trustedByPin);
    QCOMPARE(info.verificationErrors, QStringList());
    QCOMPARE(info.serverName, QStringLiteral("127.0.0.1"));
    QCOMPARE(info.peerChain.size(), sendsCa ? 2 : 1);
    QCOMPARE(info.peerChain.at(0), m_certificates.server.certificate);
    if (sendsCa)
        QCOMPARE(info.peerChain.at(1), m_certificates.ca.certificate);
    QVERIFY2(SecurityInfo::issuerLine(info.peerChain.at(0)).contains(QLatin1String("CN=Framewise Net Test CA")),
        qPrintable(SecurityInfo::issuerLine(info.peerChain.at(0))));
    QVERIFY2(SecurityInfo::subjectLine(info.peerChain.at(0)).contains(QLatin1String("CN=localhost")),
        qPrintable(SecurityInfo::subjectLine(info.peerChain.at(0))));
    expectEcho(channel, QStringLiteral("via the private CA"));
}

void TestTlsOptions::untrustedSelfSignedFails()
{
    auto server = startServer({ m_certificates.selfSigned.certificate }, m_certificates.selfSigned.key);
    QVERIFY(server);
    WebSocketChannel channel; // system CAs only
    const StopStatus status = expectTlsFailure(channel, urlOf(*server));
    QCOMPARE(status.reason, StopReason::TlsFailed);
    const QString selfSigned = errorText(QSslError::SelfSignedCertificate, m_certificates.selfSigned.certificate);
    QVERIFY2(status.tlsErrors.contains(selfSigned), qPrintable(status.tlsErrors.join(u'|')));
    QVERIFY2(status.message().contains(selfSigned), qPrintable(status.message()));
    QCOMPARE(channel.securityInfo().peerChain.value(0), m_certificates.selfSigned.certificate);
    QVERIFY(!channel.securityInfo().verified);
    QVERIFY(!channel.securityInfo().trustedByPin);
    QVERIFY(channel.securityInfo().verificationErrors.contains(selfSigned));
}

void TestTlsOptions::pinnedSelfSignedConnects_data()
{
    const QSslCertificate &certificate = m_certificates.selfSigned.certificate;
    const QByteArray digest = QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256);
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("sha256");
    QTest::newRow("host 127.0.0.1, upper-case hex with colons")
        << QStringLiteral("127.0.0.1") << QString::fromLatin1(digest.toHex(':').toUpper());
    QTest::newRow("host 127.0.0.1, lower-case plain hex")
        << QStringLiteral("127.0.0.1") << QString::fromLatin1(digest.toHex());
    QTest::newRow("empty host matches any") << QString() << QString::fromLatin1(digest.toHex());
}

void TestTlsOptions::pinnedSelfSignedConnects()
{
    QFETCH(QString, host);
    QFETCH(QString, sha256);
    auto server = startServer({ m_certificates.selfSigned.certificate }, m_certificates.selfSigned.key);
    QVERIFY(server);
    WebSocketChannel channel;
    QCOMPARE(channel.setCertificatePins({ CertificatePin { host, sha256 } }), ChannelError::None);
    QSignalSpy secured(&channel, &WebSocketChannel::secured);
    StopStatus status;
    QVERIFY2(open(channel, urlOf(*server), &status), qPrintable(status.message()));
    QCOMPARE(secured.size(), 1);
    const SecurityInfo info = channel.securityInfo();
    QVERIFY(info.trustedByPin);
    QVERIFY(!info.verified);
    QVERIFY(secured.first().first().value<SecurityInfo>().trustedByPin);
    const QString selfSigned = errorText(QSslError::SelfSignedCertificate, m_certificates.selfSigned.certificate);
    QVERIFY2(info.verificationErrors.contains(selfSigned), qPrintable(info.verificationErrors.join(u'|')));
    QCOMPARE(info.peerChain.value(0), m_certificates.selfSigned.certificate);
    expectEcho(channel, QStringLiteral("pinned"));
}

void TestTlsOptions::pinThatDoesNotMatchFails_data()
{
    const auto hexOf = [](const QSslCertificate &certificate) {
        return QString::fromLatin1(QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256).toHex());
    };
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("sha256");
    QTest::newRow("right fingerprint, pinned for localhost")
        << QStringLiteral("localhost") << hexOf(m_certificates.selfSigned.certificate);
    QTest::newRow("right host, fingerprint of another certificate")
        << QStringLiteral("127.0.0.1") << hexOf(m_certificates.server.certificate);
    QTest::newRow("right host, fingerprint one digit off") << QStringLiteral("127.0.0.1") << [&] {
        QString hex = hexOf(m_certificates.selfSigned.certificate);
        hex[10] = hex.at(10) == u'0' ? u'1' : u'0';
        return hex;
    }();
}

void TestTlsOptions::pinThatDoesNotMatchFails()
{
    QFETCH(QString, host);
    QFETCH(QString, sha256);
    auto server = startServer({ m_certificates.selfSigned.certificate }, m_certificates.selfSigned.key);
    QVERIFY(server);
    WebSocketChannel channel;
    QCOMPARE(channel.setCertificatePins({ CertificatePin { host, sha256 } }), ChannelError::None);
    const StopStatus status = expectTlsFailure(channel, urlOf(*server));
    QCOMPARE(status.reason, StopReason::TlsFailed);
    QVERIFY(
        status.tlsErrors.contains(errorText(QSslError::SelfSignedCertificate, m_certificates.selfSigned.certificate)));
    QVERIFY(!channel.securityInfo().trustedByPin);
}

StopStatus TestTlsOptions::expectOnlyTlsError(const CertificateSet::Entry &leaf, QSslError::SslError error)
{
    StopStatus status;
    [&] {
        auto server = startServer({ leaf.certificate, m_certificates.ca.certificate }, leaf.key);
        QVERIFY(server);
        WebSocketChannel channel;
        QCOMPARE(channel.setSslConfiguration(trustingCa()), ChannelError::None);
        status = expectTlsFailure(channel, urlOf(*server));
        QCOMPARE(status.reason, StopReason::TlsFailed);
        QCOMPARE(status.tlsErrors, QStringList { errorText(error, leaf.certificate) });
        QCOMPARE(channel.securityInfo().peerChain.value(0), leaf.certificate);
    }();
    return status;
}

void TestTlsOptions::expiredCertificateFails()
{
    // Trusted issuer, right host: expiry is the only thing wrong.
    const StopStatus status = expectOnlyTlsError(m_certificates.expired, QSslError::CertificateExpired);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(status.message().contains(QLatin1String("expired")), qPrintable(status.message()));
}

void TestTlsOptions::wrongHostFails()
{
    // Trusted issuer, valid now: the name is the only thing wrong.
    expectOnlyTlsError(m_certificates.wrongHost, QSslError::HostNameMismatch);
}

void TestTlsOptions::mutualTlsWithClientCertificate()
{
    RawWebSocketServer server;
    server.setSslConfiguration(requiringClientCertificate());
    QVERIFY(server.listen());

    WebSocketChannel channel;
    QSslConfiguration configuration = trustingCa();
    configuration.setLocalCertificate(m_certificates.client.certificate);
    configuration.setPrivateKey(m_certificates.client.key);
    QCOMPARE(channel.setSslConfiguration(configuration), ChannelError::None);
    StopStatus status;
    QVERIFY2(open(channel, server.url(QStringLiteral("/mtls")), &status), qPrintable(status.message()));
    QVERIFY(channel.securityInfo().verified);
    QCOMPARE(server.connectionCount(), 1);
    QCOMPARE(server.clientCertificates().size(), 1);
    QCOMPARE(server.clientCertificates().first(), m_certificates.client.certificate);
    QCOMPARE(server.clientCertificates().first().subjectInfo(QSslCertificate::CommonName),
        QStringList { QStringLiteral("Framewise Test Client") });
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first().target, QByteArrayLiteral("/mtls"));
    expectEcho(channel, QStringLiteral("mutual"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(server.echoed(), QList<QByteArray> { QByteArrayLiteral("mutual") });
}

void TestTlsOptions::mutualTlsWithoutClientCertificateFails_data()
{
    QTest::addColumn<int>("protocol");
    // TLS 1.2: the server rejects the missing certificate before the client's handshake ends,
    // so the channel never gets to send the upgrade request: a TLS failure.
    QTest::newRow("TLS 1.2") << int(QSsl::TlsV1_2);
    // TLS 1.3: the client's handshake is complete (and the upgrade sent) when the server's
    // certificate_required alert arrives.
    QTest::newRow("TLS 1.3") << int(QSsl::TlsV1_3);
}

void TestTlsOptions::mutualTlsWithoutClientCertificateFails()
{
    QFETCH(int, protocol);
    RawWebSocketServer server;
    server.setSslConfiguration(requiringClientCertificate());
    QVERIFY(server.listen());

    WebSocketChannel channel;
    QSslConfiguration configuration = trustingCa();
    configuration.setProtocol(QSsl::SslProtocol(protocol));
    QCOMPARE(channel.setSslConfiguration(configuration), ChannelError::None);
    QSignalSpy started(&channel, &WebSocketChannel::started);
    QSignalSpy secured(&channel, &WebSocketChannel::secured);
    QSignalSpy requests(&channel, &WebSocketChannel::handshakeRequestSent);
    QSignalSpy stopped(&channel, &WebSocketChannel::stopped);
    QCOMPARE(channel.asyncOpen(server.url(QStringLiteral("/mtls"))), ChannelError::None);
    QVERIFY(stopped.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(server.tlsFailureCount(), 1, 5000);
    QCOMPARE(server.connectionCount(), 0);
    QCOMPARE(server.requests().size(), 0);
    QCOMPARE(started.size(), 0);
    const StopStatus status = stopped.first().first().value<StopStatus>();
    const QByteArray reason = (StopStatus::reasonName(status.reason) + u' ' + status.message()).toUtf8();
    if (QSsl::SslProtocol(protocol) == QSsl::TlsV1_2) {
        QCOMPARE(secured.size(), 0);
        QCOMPARE(requests.size(), 0);
        QVERIFY2(status.reason == StopReason::TlsFailed, reason.constData());
    } else {
        QVERIFY2(status.reason == StopReason::TlsFailed || status.reason == StopReason::ConnectionLost
                || status.reason == StopReason::NetworkError,
            reason.constData());
    }
}

QTEST_GUILESS_MAIN(TestTlsOptions)
#include "tst_tls_options.moc"
