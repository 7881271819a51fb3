// SPDX-License-Identifier: GPL-3.0-or-later
// HandshakeForwarding without sockets: which headers cross from one leg to the other (hop-by-hop
// ones, those Connection names and each leg's own negotiation stay), a refusal as the app gets it
// (its framing made to fit the body it is sent with, a chunked body unframed) and the upstream URL
// for an app's request target.
#include "handshakeforwarding.h"

#include <QTest>

using namespace Framewise;

namespace {

HandshakeRequest request(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    HandshakeRequest r;
    r.requestLine = "GET /chat?x=1 HTTP/1.1";
    for (const auto &[name, value] : headers)
        r.headers.append(name, value);
    return r;
}

QList<QByteArray> names(const HttpHeaders &headers)
{
    QList<QByteArray> out;
    for (const auto &[name, value] : headers.entries())
        out.append(name);
    return out;
}

HandshakeResponse refusal(const QByteArray &transferEncoding, const QByteArray &body)
{
    HandshakeResponse r;
    r.httpVersion = "HTTP/1.1";
    r.statusCode = 401;
    r.reasonPhrase = "Unauthorized";
    r.headers.append("WWW-Authenticate", "Basic realm=\"ws\"");
    if (!transferEncoding.isEmpty())
        r.headers.append("Transfer-Encoding", transferEncoding);
    else
        r.headers.append("Content-Length", QByteArray::number(body.size()));
    r.headers.append("Connection", "keep-alive, X-Hop");
    r.headers.append("X-Hop", "this hop only");
    r.body = body;
    return r;
}

} // namespace

class TestHandshakeForwarding : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void perLegNames();
    void requestHeadersForUpstream();
    void responseHeadersForApp();
    void offeredOriginAndSubprotocols();
    void refusalKeepsItsBody();
    void refusalUnframesAChunkedBody_data();
    void refusalUnframesAChunkedBody();
    void upstreamUrl_data();
    void upstreamUrl();
};

void TestHandshakeForwarding::perLegNames()
{
    for (const char *name : { "Connection", "keep-alive", " Upgrade ", "TE", "Trailer", "transfer-encoding",
             "Proxy-Authorization", "Proxy-Authenticate", "Proxy-Connection", "Content-Length", "Sec-WebSocket-Key",
             "sec-websocket-accept", "Sec-WebSocket-Version", "Sec-WebSocket-Extensions" })
        QVERIFY2(HandshakeForwarding::isPerLeg(name), name);
    for (const char *name : { "Host", "Cookie", "Authorization", "User-Agent", "Origin", "Sec-WebSocket-Protocol",
             "X-Connection", "Set-Cookie" })
        QVERIFY2(!HandshakeForwarding::isPerLeg(name), name);
}

void TestHandshakeForwarding::requestHeadersForUpstream()
{
    const HandshakeRequest r = request({ { "Host", "127.0.0.1:9001" }, { "Upgrade", "websocket" },
        { "Connection", "Upgrade, X-Private" }, { "Sec-WebSocket-Key", "k" }, { "Sec-WebSocket-Version", "13" },
        { "Sec-WebSocket-Extensions", "permessage-deflate" }, { "Sec-WebSocket-Protocol", "chat" },
        { "Origin", "http://app" }, { "Cookie", "a=1" }, { "x-private", "secret" }, { "Keep-Alive", "5" },
        { "Cookie", "b=2" }, { "User-Agent", "UA" } });
    const HttpHeaders rewritten = HandshakeForwarding::requestHeadersForUpstream(r, false);
    QCOMPARE(names(rewritten), (QList<QByteArray> { "Cookie", "Cookie", "User-Agent" }));
    QCOMPARE(rewritten.values("Cookie"), (QList<QByteArray> { "a=1", "b=2" }));
    const HttpHeaders kept = HandshakeForwarding::requestHeadersForUpstream(r, true);
    QCOMPARE(names(kept), (QList<QByteArray> { "Host", "Cookie", "Cookie", "User-Agent" }));
    QCOMPARE(kept.value("Host"), QByteArray("127.0.0.1:9001"));
}

void TestHandshakeForwarding::responseHeadersForApp()
{
    HandshakeResponse r;
    r.statusCode = 101;
    r.headers.append("Upgrade", "websocket");
    r.headers.append("Connection", "Upgrade, X-Server-Hop");
    r.headers.append("Sec-WebSocket-Accept", "abc");
    r.headers.append("Sec-WebSocket-Protocol", "chat");
    r.headers.append("Sec-WebSocket-Extensions", "permessage-deflate");
    r.headers.append("Set-Cookie", "sid=1");
    r.headers.append("X-Server-Hop", "no");
    r.headers.append("Set-Cookie", "theme=dark");
    r.headers.append("Server", "real/1.0");
    const HttpHeaders forApp = HandshakeForwarding::responseHeadersForApp(r);
    QCOMPARE(names(forApp), (QList<QByteArray> { "Set-Cookie", "Set-Cookie", "Server" }));
}

void TestHandshakeForwarding::offeredOriginAndSubprotocols()
{
    const HandshakeRequest r = request({ { "Origin", " http://app.example " }, { "Sec-WebSocket-Protocol", "v2, chat" },
        { "Sec-WebSocket-Protocol", "superchat" } });
    QCOMPARE(HandshakeForwarding::originOf(r), QStringLiteral("http://app.example"));
    QCOMPARE(HandshakeForwarding::subprotocolsOffered(r),
        (QStringList { QStringLiteral("v2"), QStringLiteral("chat"), QStringLiteral("superchat") }));
    QVERIFY(HandshakeForwarding::subprotocolsOffered(request({})).isEmpty());
}

void TestHandshakeForwarding::refusalKeepsItsBody()
{
    const HandshakeResponse out = HandshakeForwarding::refusalForApp(refusal({}, "log in first"));
    QCOMPARE(out.statusCode, 401);
    QCOMPARE(out.reasonPhrase, QByteArray("Unauthorized"));
    QCOMPARE(out.body, QByteArray("log in first"));
    QCOMPARE(names(out.headers), (QList<QByteArray> { "WWW-Authenticate", "Connection" }));
    QCOMPARE(out.headers.value("Connection"), QByteArray("close"));
    QCOMPARE(out.toBytes(),
        QByteArray("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"ws\"\r\nConnection: close\r\n"
                   "Content-Length: 12\r\n\r\nlog in first"));
}

void TestHandshakeForwarding::refusalUnframesAChunkedBody_data()
{
    QTest::addColumn<QByteArray>("transferEncoding");
    QTest::addColumn<QByteArray>("framed");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("two chunks") << QByteArray("chunked") << QByteArray("6\r\nlog in\r\n9\r\n, please.\r\n0\r\n\r\n")
                                << QByteArray("log in, please.");
    QTest::newRow("extension, upper-case hex, trailer")
        << QByteArray("Chunked") << QByteArray("A;name=value\r\n0123456789\r\n0\r\nExpires: never\r\n\r\n")
        << QByteArray("0123456789");
    QTest::newRow("cut off inside a chunk") << QByteArray("chunked") << QByteArray("5\r\nhello\r\n20\r\nonly this")
                                            << QByteArray("hello"
                                                          "only this");
    QTest::newRow("no chunk at all") << QByteArray("chunked") << QByteArray("0\r\n\r\n") << QByteArray();
    QTest::newRow("broken framing: what came before it")
        << QByteArray("chunked") << QByteArray("3\r\nabc\r\nzz\r\nrest") << QByteArray("abc");
    QTest::newRow("a chunk size beyond any body")
        << QByteArray("chunked") << QByteArray("7fffffffffffffff\r\nshort") << QByteArray("short");
}

void TestHandshakeForwarding::refusalUnframesAChunkedBody()
{
    QFETCH(QByteArray, transferEncoding);
    QFETCH(QByteArray, framed);
    QFETCH(QByteArray, body);
    const HandshakeResponse out = HandshakeForwarding::refusalForApp(refusal(transferEncoding, framed));
    QCOMPARE(out.body, body);
    QVERIFY(!out.headers.contains("Transfer-Encoding"));
    const QByteArray bytes = out.toBytes();
    QVERIFY(bytes.endsWith(QByteArray("Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body)));
}

void TestHandshakeForwarding::upstreamUrl_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<bool>("fixedPath");
    QTest::addColumn<QString>("expected");
    QTest::newRow("root base") << "ws://server:8080" << QByteArray("/room/1?u=ann") << false
                               << "ws://server:8080/room/1?u=ann";
    QTest::newRow("base path") << "wss://server/api/" << QByteArray("/v2/socket") << false
                               << "wss://server/api/v2/socket";
    QTest::newRow("encoded bytes kept") << "ws://server/b" << QByteArray("/a%2Fb%20c?q=%26%3D") << false
                                        << "ws://server/b/a%2Fb%20c?q=%26%3D";
    QTest::newRow("the upstream's query, then the app's")
        << "ws://server/p?token=1" << QByteArray("/x?app=2") << false << "ws://server/p/x?token=1&app=2";
    QTest::newRow("fixed path") << "ws://server/fixed?k=v" << QByteArray("/anything?x=1") << true
                                << "ws://server/fixed?k=v";
}

void TestHandshakeForwarding::upstreamUrl()
{
    QFETCH(QString, base);
    QFETCH(QByteArray, target);
    QFETCH(bool, fixedPath);
    QFETCH(QString, expected);
    QCOMPARE(HandshakeForwarding::upstreamUrl(QUrl(base), target, fixedPath).toEncoded(), expected.toLatin1());
}

QTEST_GUILESS_MAIN(TestHandshakeForwarding)
#include "tst_handshakeforwarding.moc"
