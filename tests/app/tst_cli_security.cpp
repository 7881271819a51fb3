// SPDX-License-Identifier: GPL-3.0-or-later
// framewise-cli's --ca-file, --pin, --cert/--key, --pkcs12 and --proxy against a real TLS
// QWebSocketServer with certificates made by openssl at test time, and a real microsocks.
#include "clirun.h"
#include "connectionsecurity.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslKey>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Framewise;

class TestCliSecurity : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void caFileMakesTheServerTrusted();
    void untrustedServerFailsWithTlsExitCode();
    void pinTrustsOneCertificate();
    void clientCertificateFromPemWithEncryptedKey();
    void clientCertificateFromPkcs12();
    void missingClientCertificateIsRefused();
    void badFilesAreReportedInWords();
    void socks5ProxyWithCredentials();
    void proxyParsing();

private:
    bool openssl(const QStringList &arguments);
    QString path(const QString &name) const { return m_dir.filePath(name); }
    void startServer(bool requireClientCertificate);

    QTemporaryDir m_dir;
    std::unique_ptr<QWebSocketServer> m_server;
    QString m_clientSubject;
};

bool TestCliSecurity::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning("openssl %s: %s", qPrintable(arguments.join(u' ')), process.readAllStandardError().constData());
        return false;
    }
    return true;
}

void TestCliSecurity::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const auto s = [](const char *text) { return QString::fromLatin1(text); };
    // A private CA, a server certificate for 127.0.0.1 and a client certificate, both signed by it.
    QVERIFY(openssl({ s("req"), s("-x509"), s("-newkey"), s("ec"), s("-pkeyopt"), s("ec_paramgen_curve:prime256v1"),
        s("-nodes"), s("-keyout"), s("ca.key"), s("-out"), s("ca.pem"), s("-days"), s("2"), s("-subj"),
        s("/CN=Framewise Test CA") }));
    for (const char *name : { "server", "client" }) {
        const QString n = s(name);
        QVERIFY(
            openssl({ s("req"), s("-newkey"), s("ec"), s("-pkeyopt"), s("ec_paramgen_curve:prime256v1"), s("-nodes"),
                s("-keyout"), n + s(".key"), s("-out"), n + s(".csr"), s("-subj"), s("/CN=Framewise Test ") + n }));
        QFile ext(path(n + s(".ext")));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write(qstrcmp(name, "server") == 0 ? "subjectAltName=IP:127.0.0.1,DNS:localhost\n"
                                               : "extendedKeyUsage=clientAuth\n");
        ext.close();
        QVERIFY(
            openssl({ s("x509"), s("-req"), s("-in"), n + s(".csr"), s("-CA"), s("ca.pem"), s("-CAkey"), s("ca.key"),
                s("-CAcreateserial"), s("-out"), n + s(".pem"), s("-days"), s("2"), s("-extfile"), n + s(".ext") }));
    }
    // The client key encrypted with a passphrase, and a PKCS#12 bundle of the client.
    QVERIFY(openssl({ s("pkey"), s("-in"), s("client.key"), s("-aes256"), s("-passout"), s("pass:sesame"), s("-out"),
        s("client-encrypted.key") }));
    QVERIFY(openssl({ s("pkcs12"), s("-export"), s("-in"), s("client.pem"), s("-inkey"), s("client.key"), s("-passout"),
        s("pass:sesame"), s("-out"), s("client.p12") }));
}

void TestCliSecurity::startServer(bool requireClientCertificate)
{
    m_server = std::make_unique<QWebSocketServer>(QStringLiteral("tls"), QWebSocketServer::SecureMode);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    QFile certFile(path(QStringLiteral("server.pem")));
    QVERIFY(certFile.open(QIODevice::ReadOnly));
    config.setLocalCertificate(QSslCertificate(&certFile));
    QFile keyFile(path(QStringLiteral("server.key")));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    config.setPrivateKey(QSslKey(&keyFile, QSsl::Ec));
    QString error;
    QVERIFY(ConnectionSecurity::addCaFile(&config, path(QStringLiteral("ca.pem")), &error));
    config.setPeerVerifyMode(requireClientCertificate ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);
    m_server->setSslConfiguration(config);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_clientSubject.clear();
    connect(m_server.get(), &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *ws = m_server->nextPendingConnection()) {
            ws->setParent(m_server.get());
            const QStringList cn = ws->sslConfiguration().peerCertificate().subjectInfo(QSslCertificate::CommonName);
            m_clientSubject = cn.value(0);
            connect(ws, &QWebSocket::textMessageReceived, ws, [ws](const QString &t) { ws->sendTextMessage(t); });
        }
    });
    connect(m_server.get(), &QWebSocketServer::sslErrors, this, [](const QList<QSslError> &) {});
}

namespace {
QStringList echoOnce(const QUrl &url)
{
    return { url.toString(), QStringLiteral("--send"), QStringLiteral("secure hello"), QStringLiteral("--count"),
        QStringLiteral("1") };
}
QUrl serverUrl(const QWebSocketServer &server)
{
    return QUrl(QStringLiteral("wss://127.0.0.1:%1/").arg(server.serverPort()));
}
} // namespace

void TestCliSecurity::caFileMakesTheServerTrusted()
{
    startServer(false);
    const CliResult run
        = runCli(echoOnce(serverUrl(*m_server)) << QStringLiteral("--ca-file") << path(QStringLiteral("ca.pem")));
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    QVERIFY(run.outText().contains(QStringLiteral("< text 12 B: secure hello")));

    // What the connection got, for people and for scripts: version, cipher, the chain.
    QFile certFile(path(QStringLiteral("server.pem")));
    QVERIFY(certFile.open(QIODevice::ReadOnly));
    const QSslCertificate server(&certFile);
    const QString fingerprint = QString::fromLatin1(server.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    const QStringList lines = run.outLines();
    const auto lineStarting = [&lines](const QString &start) {
        for (const QString &line : lines) {
            if (line.startsWith(start))
                return line;
        }
        return QString();
    };
    QVERIFY2(
        lineStarting(QStringLiteral("* TLS: TLSv1.")).contains(QStringLiteral(" bits)")), qPrintable(run.outText()));
    const QString certificateLine = lineStarting(QStringLiteral("* certificate: "));
    QVERIFY2(certificateLine.contains(QStringLiteral("Framewise Test server")), qPrintable(run.outText()));
    QVERIFY2(certificateLine.contains(QStringLiteral("issued by CN=Framewise Test CA")), qPrintable(run.outText()));
    QVERIFY2(certificateLine.contains(server.expiryDate().toUTC().toString(Qt::ISODate)), qPrintable(run.outText()));
    QCOMPARE(lineStarting(QStringLiteral("* SHA-256: ")), QStringLiteral("* SHA-256: ") + fingerprint);
    QVERIFY(lines.contains(QStringLiteral("* verified")));

    const CliResult json = runCli(echoOnce(serverUrl(*m_server))
        << QStringLiteral("--ca-file") << path(QStringLiteral("ca.pem")) << QStringLiteral("--jsonl"));
    QVERIFY2(json.exitCode == 0, qPrintable(json.errText()));
    QJsonObject tls;
    for (const QString &line : json.outLines()) {
        const QJsonObject event = QJsonDocument::fromJson(line.toUtf8()).object();
        if (event.value(u"event").toString() == QLatin1String("tls"))
            tls = event;
    }
    QVERIFY2(!tls.isEmpty(), qPrintable(json.outText()));
    QVERIFY(tls.value(u"protocol").toString().startsWith(QStringLiteral("TLSv1.")));
    QVERIFY(!tls.value(u"cipher").toString().isEmpty());
    QVERIFY(tls.value(u"cipher_bits").toInt() >= 128);
    QCOMPARE(tls.value(u"verified").toBool(), true);
    QCOMPARE(tls.value(u"trusted_by_pin").toBool(), false);
    QCOMPARE(tls.value(u"verification_errors").toArray().size(), 0);
    const QJsonArray chain = tls.value(u"chain").toArray();
    QVERIFY(!chain.isEmpty());
    const QJsonObject leaf = chain.first().toObject();
    QCOMPARE(leaf.value(u"sha256").toString(), fingerprint);
    QVERIFY(leaf.value(u"subject").toString().contains(QStringLiteral("CN=Framewise Test server")));
    QVERIFY(leaf.value(u"issuer").toString().contains(QStringLiteral("CN=Framewise Test CA")));
    QCOMPARE(leaf.value(u"valid_until").toString(), server.expiryDate().toUTC().toString(Qt::ISODate));
    QCOMPARE(leaf.value(u"valid_from").toString(), server.effectiveDate().toUTC().toString(Qt::ISODate));
}

void TestCliSecurity::untrustedServerFailsWithTlsExitCode()
{
    startServer(false);
    const CliResult run = runCli(echoOnce(serverUrl(*m_server)));
    QCOMPARE(run.exitCode, 22); // TlsFailed
    QVERIFY2(run.errText().contains(QStringLiteral("TLS")), qPrintable(run.errText()));
    // Each certificate error once, and the certificate the server showed, with what pins it.
    const CliResult json = runCli(echoOnce(serverUrl(*m_server)) << QStringLiteral("--jsonl"));
    QJsonObject stop;
    for (const QString &line : json.outLines()) {
        const QJsonObject event = QJsonDocument::fromJson(line.toUtf8()).object();
        if (event.value(u"event").toString() == QLatin1String("stop"))
            stop = event;
    }
    QStringList tlsErrors;
    for (const QJsonValue &error : stop.value(u"tls_errors").toArray())
        tlsErrors.append(error.toString());
    QVERIFY2(!tlsErrors.isEmpty(), qPrintable(json.outText()));
    QCOMPARE(stop.value(u"message").toString(),
        QStringLiteral("The secure (TLS) connection could not be established. ") + tlsErrors.join(QStringLiteral("; "))
            + u'.');
    QFile certFile(path(QStringLiteral("server.pem")));
    QVERIFY(certFile.open(QIODevice::ReadOnly));
    const QString fingerprint
        = QString::fromLatin1(QSslCertificate(&certFile).digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    QVERIFY2(run.outLines().contains(QStringLiteral("* SHA-256: ") + fingerprint), qPrintable(run.outText()));
    QVERIFY2(run.outText().contains(QStringLiteral("--pin ") + fingerprint), qPrintable(run.outText()));
}

void TestCliSecurity::pinTrustsOneCertificate()
{
    startServer(false);
    QFile certFile(path(QStringLiteral("server.pem")));
    QVERIFY(certFile.open(QIODevice::ReadOnly));
    const QString fingerprint
        = QString::fromLatin1(QSslCertificate(&certFile).digest(QCryptographicHash::Sha256).toHex(':'));
    const CliResult ok = runCli(echoOnce(serverUrl(*m_server)) << QStringLiteral("--pin") << fingerprint);
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.errText()));
    // Not verified (an unknown CA), trusted by the pin: the output says both.
    QVERIFY2(ok.outText().contains(QStringLiteral("* not verified (")), qPrintable(ok.outText()));
    QVERIFY2(ok.outText().contains(QStringLiteral("trusted by your pin")), qPrintable(ok.outText()));
    QString wrong = fingerprint;
    wrong[0] = wrong.at(0) == u'a' ? u'b' : u'a';
    QCOMPARE(runCli(echoOnce(serverUrl(*m_server)) << QStringLiteral("--pin") << wrong).exitCode, 22);
    const CliResult garbage
        = runCli(echoOnce(serverUrl(*m_server)) << QStringLiteral("--pin") << QStringLiteral("xyz"));
    QCOMPARE(garbage.exitCode, 2);
    QVERIFY(garbage.errText().contains(QStringLiteral("SHA-256")));
}

void TestCliSecurity::clientCertificateFromPemWithEncryptedKey()
{
    startServer(true);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FRAMEWISE_KEY_PASSPHRASE"), QStringLiteral("sesame"));
    const CliResult run = runCli(echoOnce(serverUrl(*m_server))
            << QStringLiteral("--ca-file") << path(QStringLiteral("ca.pem")) << QStringLiteral("--cert")
            << path(QStringLiteral("client.pem")) << QStringLiteral("--key")
            << path(QStringLiteral("client-encrypted.key")),
        env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    QCOMPARE(m_clientSubject, QStringLiteral("Framewise Test client"));
    // The wrong passphrase is a usage error that names the key file.
    env.insert(QStringLiteral("FRAMEWISE_KEY_PASSPHRASE"), QStringLiteral("wrong"));
    const CliResult bad = runCli(echoOnce(serverUrl(*m_server))
            << QStringLiteral("--cert") << path(QStringLiteral("client.pem")) << QStringLiteral("--key")
            << path(QStringLiteral("client-encrypted.key")),
        env);
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.errText().contains(QStringLiteral("client-encrypted.key")), qPrintable(bad.errText()));
}

void TestCliSecurity::clientCertificateFromPkcs12()
{
    startServer(true);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FRAMEWISE_KEY_PASSPHRASE"), QStringLiteral("sesame"));
    const CliResult run
        = runCli(echoOnce(serverUrl(*m_server)) << QStringLiteral("--ca-file") << path(QStringLiteral("ca.pem"))
                                                << QStringLiteral("--pkcs12") << path(QStringLiteral("client.p12")),
            env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
    QCOMPARE(m_clientSubject, QStringLiteral("Framewise Test client"));
}

void TestCliSecurity::missingClientCertificateIsRefused()
{
    startServer(true);
    const CliResult run
        = runCli(echoOnce(serverUrl(*m_server)) << QStringLiteral("--ca-file") << path(QStringLiteral("ca.pem")));
    QVERIFY2(run.exitCode != 0 && run.exitCode != 2, qPrintable(QString::number(run.exitCode)));
    QVERIFY(!run.outText().contains(QStringLiteral("secure hello")));
}

void TestCliSecurity::badFilesAreReportedInWords()
{
    const QUrl url(QStringLiteral("wss://127.0.0.1:1/"));
    const CliResult missing = runCli(echoOnce(url) << QStringLiteral("--ca-file") << path(QStringLiteral("nope.pem")));
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.errText().contains(QStringLiteral("nope.pem")), qPrintable(missing.errText()));
    const CliResult notCert
        = runCli(echoOnce(url) << QStringLiteral("--ca-file") << path(QStringLiteral("client.ext")));
    QCOMPARE(notCert.exitCode, 2);
    QVERIFY2(notCert.errText().contains(QStringLiteral("no certificate")), qPrintable(notCert.errText()));
    const CliResult badP12 = runCli(echoOnce(url) << QStringLiteral("--pkcs12") << path(QStringLiteral("client.p12")));
    QCOMPARE(badP12.exitCode, 2); // no passphrase given
    QVERIFY2(badP12.errText().contains(QStringLiteral("PKCS#12")), qPrintable(badP12.errText()));
}

void TestCliSecurity::socks5ProxyWithCredentials()
{
    // A plain ws echo behind a real microsocks with user and password.
    QWebSocketServer echo(QStringLiteral("echo"), QWebSocketServer::NonSecureMode);
    QVERIFY(echo.listen(QHostAddress::LocalHost, 0));
    connect(&echo, &QWebSocketServer::newConnection, this, [&echo] {
        while (QWebSocket *ws = echo.nextPendingConnection()) {
            ws->setParent(&echo);
            connect(ws, &QWebSocket::textMessageReceived, ws, [ws](const QString &t) { ws->sendTextMessage(t); });
        }
    });
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    QProcess socks;
    socks.start(QStringLiteral("microsocks"),
        { QStringLiteral("-i"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(port),
            QStringLiteral("-u"), QStringLiteral("fw"), QStringLiteral("-P"), QStringLiteral("secret") });
    QVERIFY(socks.waitForStarted(5000));
    QVERIFY(QTest::qWaitFor(
        [port] {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port);
            return probe.waitForConnected(100);
        },
        5000));
    const QUrl url(QStringLiteral("ws://127.0.0.1:%1/").arg(echo.serverPort()));
    const CliResult ok = runCli(
        echoOnce(url) << QStringLiteral("--proxy") << QStringLiteral("socks5://fw:secret@127.0.0.1:%1").arg(port));
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.errText()));
    QVERIFY(ok.outText().contains(QStringLiteral("secure hello")));
    const CliResult wrong = runCli(
        echoOnce(url) << QStringLiteral("--proxy") << QStringLiteral("socks5://fw:wrong@127.0.0.1:%1").arg(port));
    QCOMPARE(wrong.exitCode, 23); // NetworkError, with the proxy's reason
    QVERIFY2(wrong.errText().contains(QStringLiteral("roxy")), qPrintable(wrong.errText()));
    socks.kill();
    socks.waitForFinished(3000);
}

void TestCliSecurity::proxyParsing()
{
    QString error;
    const auto http = ConnectionSecurity::parseProxy(QStringLiteral("http://u:p@127.0.0.1:3128"), &error);
    QVERIFY(http);
    QCOMPARE(http->type(), QNetworkProxy::HttpProxy);
    QCOMPARE(http->port(), quint16(3128));
    QCOMPARE(http->user(), QStringLiteral("u"));
    QCOMPARE(http->password(), QStringLiteral("p"));
    QVERIFY(!ConnectionSecurity::parseProxy(QStringLiteral("ftp://127.0.0.1:21"), &error));
    QVERIFY(!ConnectionSecurity::parseProxy(QStringLiteral("socks5://127.0.0.1"), &error));
    QVERIFY(error.contains(QStringLiteral("socks5://")));
}

QTEST_GUILESS_MAIN(TestCliSecurity)
#include "tst_cli_security.moc"
