// SPDX-License-Identifier: GPL-3.0-or-later
// wss against a real TLS server (QWebSocketServer in secure mode) with a certificate made by
// openssl at test time: securityInfo is filled, and an untrusted certificate fails with TlsFailed.
#include "websocketchannel.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Framewise;

class TestChannelTls : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void trustedCertificateConnectsAndReportsSecurityInfo();
    void untrustedCertificateFailsWithTlsFailed();

private:
    void startServer();
    QUrl serverUrl() const;

    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QSslKey m_key;
    std::unique_ptr<QWebSocketServer> m_server;
};

void TestChannelTls::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir.path());
    openssl.start(QStringLiteral("openssl"),
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
            QStringLiteral("-keyout"), QStringLiteral("key.pem"), QStringLiteral("-out"), QStringLiteral("cert.pem"),
            QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
            QStringLiteral("/CN=localhost/O=Framewise Test"), QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1") });
    QVERIFY2(openssl.waitForFinished(30000), "openssl did not finish");
    QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());

    QFile certFile(m_dir.filePath(QStringLiteral("cert.pem")));
    QVERIFY(certFile.open(QIODevice::ReadOnly));
    m_certificate = QSslCertificate(&certFile, QSsl::Pem);
    QVERIFY(!m_certificate.isNull());
    QFile keyFile(m_dir.filePath(QStringLiteral("key.pem")));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    m_key = QSslKey(&keyFile, QSsl::Ec, QSsl::Pem);
    QVERIFY(!m_key.isNull());
    startServer();
}

void TestChannelTls::startServer()
{
    m_server = std::make_unique<QWebSocketServer>(QStringLiteral("tls-echo"), QWebSocketServer::SecureMode);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(m_certificate);
    config.setPrivateKey(m_key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server->setSslConfiguration(config);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    connect(m_server.get(), &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QWebSocket::textMessageReceived, socket,
                [socket](const QString &text) { socket->sendTextMessage(text); });
            connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    // The server reports handshake trouble on its side; the client's view is what we assert.
    connect(m_server.get(), &QWebSocketServer::sslErrors, this, [](const QList<QSslError> &) {});
}

QUrl TestChannelTls::serverUrl() const
{
    return QUrl(QStringLiteral("wss://127.0.0.1:%1/secure").arg(m_server->serverPort()));
}

void TestChannelTls::trustedCertificateConnectsAndReportsSecurityInfo()
{
    WebSocketChannel channel;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.addCaCertificate(m_certificate);
    QCOMPARE(channel.setSslConfiguration(config), ChannelError::None);
    QSignalSpy started(&channel, &WebSocketChannel::started);
    QSignalSpy secured(&channel, &WebSocketChannel::secured);
    QSignalSpy messages(&channel, &WebSocketChannel::messageAvailable);
    QSignalSpy stopped(&channel, &WebSocketChannel::stopped);
    QCOMPARE(channel.asyncOpen(serverUrl()), ChannelError::None);
    QVERIFY2(started.wait(10000),
        qPrintable(stopped.isEmpty() ? QString() : stopped.first().first().value<StopStatus>().message()));
    QCOMPARE(secured.size(), 1);

    const SecurityInfo info = channel.securityInfo();
    QVERIFY(info.isSecure());
    QVERIFY2(info.protocol == QLatin1String("TLSv1.3") || info.protocol == QLatin1String("TLSv1.2"),
        qPrintable(info.protocol));
    QVERIFY(!info.cipher.isEmpty());
    QVERIFY(info.cipherBits >= 128);
    QVERIFY(info.verified);
    QVERIFY(info.verificationErrors.isEmpty());
    QVERIFY(!info.peerChain.isEmpty());
    QCOMPARE(info.peerChain.first(), m_certificate);
    QVERIFY(SecurityInfo::subjectLine(info.peerChain.first()).contains(QLatin1String("CN=localhost")));
    const QString fingerprint = SecurityInfo::sha256Fingerprint(info.peerChain.first());
    QCOMPARE(fingerprint.size(), 32 * 3 - 1);
    QCOMPARE(fingerprint, QString::fromLatin1(m_certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper()));

    QCOMPARE(channel.sendMsg(QStringLiteral("über TLS")), ChannelError::None);
    QVERIFY(messages.wait(10000));
    QCOMPARE(messages.first().first().toByteArray(), QStringLiteral("über TLS").toUtf8());
    QCOMPARE(channel.close(1000, QStringLiteral("done")), ChannelError::None);
    QVERIFY(stopped.wait(10000));
    QCOMPARE(stopped.first().first().value<StopStatus>().reason, StopReason::Ok);
}

void TestChannelTls::untrustedCertificateFailsWithTlsFailed()
{
    WebSocketChannel channel; // system CAs only: the test certificate is not trusted
    QSignalSpy started(&channel, &WebSocketChannel::started);
    QSignalSpy errors(&channel, &WebSocketChannel::errorOccurred);
    QSignalSpy stopped(&channel, &WebSocketChannel::stopped);
    QCOMPARE(channel.asyncOpen(serverUrl()), ChannelError::None);
    QVERIFY(stopped.wait(10000));
    QCOMPARE(stopped.size(), 1);
    QCOMPARE(started.size(), 0);
    QCOMPARE(errors.size(), 1);
    const StopStatus status = stopped.first().first().value<StopStatus>();
    QCOMPARE(status.reason, StopReason::TlsFailed);
    QVERIFY(!status.tlsErrors.isEmpty());
    QVERIFY2(status.message().contains(QLatin1String("TLS")), qPrintable(status.message()));
    // The inspector can still show what the server presented.
    QVERIFY(!channel.securityInfo().peerChain.isEmpty());
    QCOMPARE(channel.securityInfo().peerChain.first(), m_certificate);
    QVERIFY(!channel.securityInfo().verified);
}

QTEST_GUILESS_MAIN(TestChannelTls)
#include "tst_channel_tls.moc"
