// SPDX-License-Identifier: GPL-3.0-or-later
// framewise-cli ca and framewise-cli proxy as a user runs them, with a real Secret Service
// (gnome-keyring on a private D-Bus session, tests/profiles/with-keyring.sh): the CA lasts across
// runs in the keychain, its certificate exports as PEM and DER, and a client that trusts it talks
// wss:// through the proxy to a TLS server signed by tests/net's test CA.
#include "castore.h"
#include "certificateset.h"
#include "clirun.h"
#include "websocketchannel.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslKey>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Framewise;

namespace {
constexpr int WaitMs = 15000;

QByteArray fingerprintOf(const CliResult &result)
{
    for (const QString &line : result.outLines()) {
        if (line.startsWith(QLatin1String("SHA-256: ")))
            return line.mid(9).toLatin1();
    }
    return {};
}

// Reads stdout lines of a running CLI until one satisfies accept (running the event loop).
QJsonObject waitForEvent(QProcess *process, QByteArray *buffer, const QString &event, int ms = WaitMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        *buffer += process->readAllStandardOutput();
        qsizetype end = 0;
        while ((end = buffer->indexOf('\n')) >= 0) {
            const QByteArray line = buffer->left(end);
            buffer->remove(0, end + 1);
            QJsonObject object = QJsonDocument::fromJson(line).object();
            if (object.value(QLatin1String("event")).toString() == event)
                return object;
        }
        QTest::qWait(20);
    }
    return {};
}
} // namespace

class TestProxyCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void caLastsAndExports();
    void proxyDecryptsForAClientTrustingTheCa();
    void caKeyIsInNoFile();
    void caRegenerateReplacesIt();

private:
    QTemporaryDir m_dir;
    CertificateSet m_certificates;
};

void TestProxyCli::initTestCase()
{
    if (qEnvironmentVariable("FRAMEWISE_TEST_KEYRING") != QLatin1String("1"))
        QSKIP("needs tests/profiles/with-keyring.sh (CTest runs it so)");
    QVERIFY(m_dir.isValid());
    const QString problem = m_certificates.generate(m_dir.path());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestProxyCli::caLastsAndExports()
{
    const CliResult first = runCli({ QStringLiteral("ca"), QStringLiteral("--fingerprint") });
    QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
    const QByteArray fingerprint = fingerprintOf(first);
    QCOMPARE(fingerprint.size(), 32 * 3 - 1);
    QVERIFY2(first.outText().contains(QLatin1String("Framewise CA")), qPrintable(first.describe()));
    // Another process, the same CA: it came from the keychain.
    const QString pem = m_dir.filePath(QStringLiteral("framewise-ca.pem"));
    const QString der = m_dir.filePath(QStringLiteral("framewise-ca.der"));
    const CliResult exported
        = runCli({ QStringLiteral("ca"), QStringLiteral("--export"), pem, QStringLiteral("--fingerprint") });
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
    QCOMPARE(fingerprintOf(exported), fingerprint);
    QVERIFY(runCli({ QStringLiteral("ca"), QStringLiteral("--export"), der, QStringLiteral("--der") }).exitCode == 0);
    const QList<QSslCertificate> fromPem = QSslCertificate::fromPath(pem, QSsl::Pem);
    const QList<QSslCertificate> fromDer = QSslCertificate::fromPath(der, QSsl::Der);
    QCOMPARE(fromPem.size(), 1);
    QCOMPARE(fromDer.size(), 1);
    QCOMPARE(fromPem.first(), fromDer.first());
    QCOMPARE(fromPem.first().digest(QCryptographicHash::Sha256).toHex(':').toUpper(), fingerprint);
    // Nothing but the certificate went into the file.
    QFile file(pem);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("PRIVATE KEY"));
    // Usage errors say what to do.
    const CliResult nothing = runCli({ QStringLiteral("ca") });
    QCOMPARE(nothing.exitCode, 2);
    QVERIFY2(nothing.errText().contains(QLatin1String("--export PATH, --fingerprint or --regenerate")),
        qPrintable(nothing.describe()));
}

void TestProxyCli::proxyDecryptsForAClientTrustingTheCa()
{
    const QString pem = m_dir.filePath(QStringLiteral("trusted.pem"));
    QVERIFY(runCli({ QStringLiteral("ca"), QStringLiteral("--export"), pem }).exitCode == 0);
    // The server: TLS with a certificate for localhost from the test CA.
    QWebSocketServer server(QStringLiteral("echo"), QWebSocketServer::SecureMode);
    QSslConfiguration serverTls = QSslConfiguration::defaultConfiguration();
    serverTls.setLocalCertificate(m_certificates.server.certificate);
    serverTls.setPrivateKey(m_certificates.server.key);
    server.setSslConfiguration(serverTls);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QWebSocketServer::newConnection, this, [&server] {
        QWebSocket *socket = server.nextPendingConnection();
        socket->setParent(&server); // gone with the server, whatever state it is in
        connect(socket, &QWebSocket::textMessageReceived, socket,
            [socket](const QString &text) { socket->sendTextMessage(text.toUpper()); });
    });
    // A host outside --intercept-host: a blind tunnel, reported as such.
    QTcpServer bystander;
    QVERIFY(bystander.listen(QHostAddress::LocalHost));

    const auto cli = startCli({ QStringLiteral("proxy"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
        QStringLiteral("--intercept-host"), QStringLiteral("localhost"), QStringLiteral("--ca-file"),
        m_certificates.ca.certificatePath, QStringLiteral("--jsonl"), QStringLiteral("--exit-after"),
        QStringLiteral("1") });
    QByteArray buffer;
    const QJsonObject listening = waitForEvent(cli.get(), &buffer, QStringLiteral("listening"));
    QVERIFY2(!listening.isEmpty(), cli->readAllStandardError().constData());
    QVERIFY(listening.value(QLatin1String("decrypt_tls")).toBool());
    const QUrl proxyUrl(listening.value(QLatin1String("listen")).toString());
    QVERIFY(proxyUrl.port() > 0);

    QTcpSocket tunnel;
    tunnel.connectToHost(QHostAddress::LocalHost, quint16(proxyUrl.port()));
    QVERIFY(tunnel.waitForConnected(WaitMs));
    tunnel.write("CONNECT 127.0.0.1:" + QByteArray::number(bystander.serverPort()) + " HTTP/1.1\r\n\r\n");
    const QJsonObject tunnelled = waitForEvent(cli.get(), &buffer, QStringLiteral("tunnel"));
    QCOMPARE(tunnelled.value(QLatin1String("host")).toString(), QStringLiteral("127.0.0.1"));

    WebSocketChannel client;
    client.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), quint16(proxyUrl.port())));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(pem));
    client.setSslConfiguration(tls);
    QList<QByteArray> got;
    connect(&client, &WebSocketChannel::messageAvailable, this, [&got](const QByteArray &text) { got.append(text); });
    QSignalSpy started(&client, &WebSocketChannel::started);
    client.asyncOpen(QUrl(QStringLiteral("wss://localhost:%1/chat").arg(server.serverPort())));
    QVERIFY2(started.wait(WaitMs), qPrintable(client.stopStatus().message()));
    client.sendMsg(QByteArray("secret-free hello"));
    QTRY_COMPARE_WITH_TIMEOUT(got.size(), 1, WaitMs);
    QCOMPARE(got.first(), QByteArray("SECRET-FREE HELLO"));
    const QJsonObject connection = waitForEvent(cli.get(), &buffer, QStringLiteral("connection"));
    QCOMPARE(connection.value(QLatin1String("upstream")).toString(),
        QStringLiteral("wss://localhost:%1/chat").arg(server.serverPort()));
    const QJsonObject message = waitForEvent(cli.get(), &buffer, QStringLiteral("message"));
    QCOMPARE(message.value(QLatin1String("text")).toString(), QStringLiteral("secret-free hello"));
    client.close(1000, QString());
    const CliResult result = waitCli(cli.get());
    QVERIFY2(result.exitCode == 0, qPrintable(result.describe()));
}

void TestProxyCli::caKeyIsInNoFile()
{
    CaStore store;
    QString error;
    const CertificateAuthority ca = store.loadOrCreate(&error);
    QVERIFY2(!ca.isNull(), qPrintable(error));
    QVERIFY(!store.sessionOnly());
    const QByteArray pem = ca.privateKeyPem();
    const QList<QByteArray> pemLines = pem.split('\n');
    const QByteArray body = pemLines.value(1); // a line of the key's base64, whatever the header says
    QVERIFY(body.size() >= 40);
    const QByteArray der = QByteArray::fromBase64(pem.mid(pem.indexOf('\n') + 1).replace("\n", ""));
    const QByteArray derHead = der.left(48);
    for (const char *variable : { "HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "TMPDIR" }) {
        const QString root = qEnvironmentVariable(variable);
        if (root.isEmpty())
            continue;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            QVERIFY2(!content.contains(body), qPrintable(file.fileName()));
            QVERIFY2(!content.contains(derHead), qPrintable(file.fileName()));
        }
    }
}

void TestProxyCli::caRegenerateReplacesIt()
{
    const QByteArray before = fingerprintOf(runCli({ QStringLiteral("ca"), QStringLiteral("--fingerprint") }));
    const CliResult regenerated = runCli({ QStringLiteral("ca"), QStringLiteral("--regenerate") });
    QVERIFY2(regenerated.exitCode == 0, qPrintable(regenerated.describe()));
    QVERIFY(regenerated.outText().contains(QLatin1String("must be given this one")));
    const QByteArray after = fingerprintOf(regenerated);
    QVERIFY(!after.isEmpty());
    QVERIFY(after != before);
    QCOMPARE(fingerprintOf(runCli({ QStringLiteral("ca"), QStringLiteral("--fingerprint") })), after);
}

QTEST_MAIN(TestProxyCli)
#include "tst_proxycli.moc"
