// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in echo server, driven by Qt's own QWebSocket client: same type back, same bytes,
// its URL, a chosen port, a port in use, the periodic message and dropping clients on stop().
#include "localechoserver.h"
#include "randombytes.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QWebSocket>

#include <memory>

using namespace Framewise;

namespace {

// A QWebSocket client that records what comes back, by type.
struct Client {
    QWebSocket socket;
    QStringList texts;
    QList<QByteArray> binaries;

    Client()
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket, [this](const QString &t) { texts << t; });
        QObject::connect(
            &socket, &QWebSocket::binaryMessageReceived, &socket, [this](const QByteArray &b) { binaries << b; });
    }
    bool open(const QUrl &url)
    {
        QSignalSpy connected(&socket, &QWebSocket::connected);
        socket.open(url);
        return connected.wait(5000);
    }
};

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

class TestLocalEchoServer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void urlAndPort();
    void chosenPort();
    void portInUseFails();
    void echoesTextAsText();
    void echoesBinaryAsBinary();
    void countsConnections();
    void periodicMessage();
    void stopDropsClients();
};

void TestLocalEchoServer::urlAndPort()
{
    LocalEchoServer server;
    QVERIFY(!server.isListening());
    QCOMPARE(server.port(), quint16(0));
    QVERIFY(server.start());
    QVERIFY(server.isListening());
    QVERIFY(server.port() != 0);
    QCOMPARE(server.url(), QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(server.port())));
    QCOMPARE(server.url().toString(), QStringLiteral("ws://127.0.0.1:%1/").arg(server.port()));
    QVERIFY(server.errorString().isEmpty());
    QVERIFY(server.start()); // already running: nothing changes
    const quint16 port = server.port();
    QCOMPARE(server.port(), port);
    server.stop();
    QVERIFY(!server.isListening());
    QCOMPARE(server.port(), quint16(0));
}

void TestLocalEchoServer::chosenPort()
{
    const quint16 port = freePort();
    QVERIFY(port != 0);
    LocalEchoServer server;
    QVERIFY2(server.start(port), qPrintable(server.errorString()));
    QCOMPARE(server.port(), port);
    Client client;
    QVERIFY(client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port))));
}

void TestLocalEchoServer::portInUseFails()
{
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    LocalEchoServer server;
    QVERIFY(!server.start(occupant.serverPort()));
    QVERIFY(!server.isListening());
    QVERIFY2(!server.errorString().isEmpty(), "a failed start must say why");

    // A second echo server on the port of a running one fails the same way.
    LocalEchoServer first;
    QVERIFY(first.start());
    LocalEchoServer second;
    QVERIFY(!second.start(first.port()));
    QVERIFY(!second.errorString().isEmpty());
    QVERIFY(first.isListening());
}

void TestLocalEchoServer::echoesTextAsText()
{
    LocalEchoServer server;
    QVERIFY(server.start());
    Client client;
    QVERIFY(client.open(server.url()));
    const QString text = QStringLiteral("héllo, wörld ✓ 🙂");
    client.socket.sendTextMessage(text);
    client.socket.sendTextMessage(QString());
    QTRY_COMPARE_WITH_TIMEOUT(client.texts.size(), 2, 5000);
    QCOMPARE(client.texts, QStringList({ text, QString() }));
    QVERIFY(client.binaries.isEmpty());
    QCOMPARE(server.messagesEchoed(), qint64(2));
}

void TestLocalEchoServer::echoesBinaryAsBinary()
{
    LocalEchoServer server;
    QVERIFY(server.start());
    Client client;
    QVERIFY(client.open(server.url()));
    QByteArray data = randomBytes(300 * 1024, 42);
    data[0] = '\0';
    client.socket.sendBinaryMessage(data);
    client.socket.sendBinaryMessage(QByteArray());
    QTRY_COMPARE_WITH_TIMEOUT(client.binaries.size(), 2, 5000);
    QCOMPARE(client.binaries.at(0).size(), data.size());
    QVERIFY(client.binaries.at(0) == data);
    QVERIFY(client.binaries.at(1).isEmpty());
    QVERIFY(client.texts.isEmpty());
    QCOMPARE(server.messagesEchoed(), qint64(2));
}

void TestLocalEchoServer::countsConnections()
{
    LocalEchoServer server;
    QVERIFY(server.start());
    QSignalSpy connected(&server, &LocalEchoServer::clientConnected);
    QSignalSpy disconnected(&server, &LocalEchoServer::clientDisconnected);
    Client a;
    Client b;
    QVERIFY(a.open(server.url()));
    QVERIFY(b.open(server.url()));
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 2, 5000);
    QCOMPARE(connected.size(), 2);
    QCOMPARE(server.totalConnections(), qint64(2));
    a.socket.close();
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 1, 5000);
    QCOMPARE(disconnected.size(), 1);
    QCOMPARE(server.totalConnections(), qint64(2));
    // The remaining client is still served.
    b.socket.sendTextMessage(QStringLiteral("still here"));
    QTRY_COMPARE_WITH_TIMEOUT(b.texts, QStringList({ QStringLiteral("still here") }), 5000);
}

void TestLocalEchoServer::periodicMessage()
{
    LocalEchoServer server;
    QCOMPARE(server.periodicInterval(), 0); // off by default
    QVERIFY(server.start());
    Client client;
    QVERIFY(client.open(server.url()));
    QTest::qWait(150);
    QVERIFY2(client.texts.isEmpty(), "no periodic message unless asked for");

    server.setPeriodicMessage(40, QStringLiteral("tick"));
    QCOMPARE(server.periodicInterval(), 40);
    QTRY_VERIFY_WITH_TIMEOUT(client.texts.size() >= 3, 5000);
    for (const QString &t : std::as_const(client.texts))
        QCOMPARE(t, QStringLiteral("tick"));
    QVERIFY(client.binaries.isEmpty());

    server.setPeriodicMessage(0, {});
    QCOMPARE(server.periodicInterval(), 0);
    // Ticks already on the way may still land; after a round trip nothing new comes.
    client.socket.sendTextMessage(QStringLiteral("marker"));
    QTRY_VERIFY_WITH_TIMEOUT(client.texts.contains(QStringLiteral("marker")), 5000);
    const qsizetype seen = client.texts.size();
    QTest::qWait(200); // five intervals of the old period
    QCOMPARE(client.texts.size(), seen);
}

void TestLocalEchoServer::stopDropsClients()
{
    LocalEchoServer server;
    QVERIFY(server.start());
    const QUrl url = server.url();
    Client client;
    QVERIFY(client.open(url));
    QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 1, 5000);
    QSignalSpy disconnected(&client.socket, &QWebSocket::disconnected);
    server.stop();
    QCOMPARE(server.connectionCount(), 0);
    QVERIFY(disconnected.wait(5000));
    // Nothing listens any more.
    Client late;
    QSignalSpy error(&late.socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
    late.socket.open(url);
    QVERIFY(error.wait(5000));
    QCOMPARE(error.first().first().value<QAbstractSocket::SocketError>(), QAbstractSocket::ConnectionRefusedError);
}

QTEST_GUILESS_MAIN(TestLocalEchoServer)
#include "tst_localechoserver.moc"
