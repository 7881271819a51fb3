// SPDX-License-Identifier: GPL-3.0-or-later
// The opening handshake without sockets: the request HandshakeRequest::build() writes, the
// incremental HandshakeResponseParser fed in every split, HandshakeResponse::validate()'s RFC 6455
// section 4.1 checks, and HttpHeaders' case-insensitive lookups.
#include "handshakerequest.h"
#include "handshakeresponse.h"
#include "handshakeresponseparser.h"
#include "httpheaders.h"
#include "httpsyntax.h"
#include "processmemory.h"
#include "websocketchannel.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QTest>
#include <QUrl>

namespace Framewise {
inline char *toString(const HandshakeResponseParser::State &state)
{
    static const char *const names[] = { "Headers", "Body", "Done", "Error" };
    const auto i = int(state);
    return qstrdup(i >= 0 && i < 4 ? names[i] : "?");
}
} // namespace Framewise

using namespace Framewise;

namespace {

using State = HandshakeResponseParser::State;

const QByteArray RfcKey = QByteArrayLiteral("dGhlIHNhbXBsZSBub25jZQ==");
const QByteArray RfcAccept = QByteArrayLiteral("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");

HandshakeRequest buildFor(const QString &url, const HttpHeaders &extra = {})
{
    return HandshakeRequest::build(QUrl(url), QString(), QStringList(), QByteArray(), extra, QByteArray());
}

// How many headers of this name (case-insensitive).
qsizetype countOf(const HttpHeaders &headers, const QByteArray &name)
{
    return headers.values(name).size();
}

const QByteArray Response101 = QByteArrayLiteral("HTTP/1.1 101 Switching Protocols\r\n"
                                                 "Upgrade: websocket\r\n"
                                                 "Connection: Upgrade\r\n"
                                                 "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"
                                                 "Sec-WebSocket-Protocol: chat\r\n"
                                                 "\r\n");

HandshakeResponse goodResponse()
{
    HandshakeResponse r;
    r.statusLine = "HTTP/1.1 101 Switching Protocols";
    r.httpVersion = "HTTP/1.1";
    r.statusCode = 101;
    r.reasonPhrase = "Switching Protocols";
    r.headers.append("Upgrade", "websocket");
    r.headers.append("Connection", "Upgrade");
    r.headers.append("Sec-WebSocket-Accept", RfcAccept);
    return r;
}

} // namespace

class TestHandshake : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // HandshakeRequest
    void acceptKey();
    void randomKey();
    void requestLine_data();
    void requestLine();
    void hostHeader_data();
    void hostHeader();
    void protocolHeaders();
    void originHeader();
    void subprotocols();
    void extensionsOffer();
    void userAgent();
    void extraHeaders();
    void extraHeadersCannotBreakTheProtocol();
    void channelRefusesWhatWouldBreakTheRequest_data();
    void channelRefusesWhatWouldBreakTheRequest();
    void toBytes();

    // HandshakeResponseParser
    void parse101ByteByByte();
    void parse101LeavesFrameBytes();
    void parse101InEverySplit();
    void headerWhitespace();
    void rejectionWithContentLength();
    void bodyExcerpt();
    void rejectionByteByByte();
    void rejectionWithEmptyBody();
    void bodyUntilConnectionEnds();
    void bodyTruncated();
    void headerBlockTooLarge();
    void garbageStatusLine_data();
    void garbageStatusLine();
    void takeResponse();

    // HandshakeResponse::validate
    void validate_data();
    void validate();
    void validateParsedResponse();

    // HttpHeaders
    void httpHeaders();
};

// ---------------------------------------------------------------------------------------------
// HandshakeRequest

void TestHandshake::acceptKey()
{
    QCOMPARE(HandshakeRequest::acceptKeyFor(RfcKey), RfcAccept);
    // Another key, computed here independently.
    const QByteArray key = QByteArrayLiteral("AQIDBAUGBwgJCgsMDQ4PEA==");
    const QByteArray expected
        = QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"), QCryptographicHash::Sha1)
              .toBase64();
    QCOMPARE(HandshakeRequest::acceptKeyFor(key), expected);
    QVERIFY(HandshakeRequest::acceptKeyFor(key) != RfcAccept);
}

void TestHandshake::randomKey()
{
    QSet<QByteArray> keys;
    for (int i = 0; i < 200; ++i) {
        const QByteArray key = HandshakeRequest::randomKey();
        QCOMPARE(key.size(), 24);
        const auto decoded = QByteArray::fromBase64Encoding(key, QByteArray::AbortOnBase64DecodingErrors);
        QVERIFY(decoded.decodingStatus == QByteArray::Base64DecodingStatus::Ok);
        QCOMPARE(decoded.decoded.size(), 16);
        QCOMPARE(decoded.decoded.toBase64(), key); // canonical base64
        keys.insert(key);
    }
    QCOMPARE(keys.size(), 200);
}

void TestHandshake::requestLine_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("path") << QStringLiteral("ws://example.com/chat") << QByteArray("GET /chat HTTP/1.1");
    QTest::newRow("path and query") << QStringLiteral("ws://example.com/chat/room?x=1&y=two")
                                    << QByteArray("GET /chat/room?x=1&y=two HTTP/1.1");
    QTest::newRow("empty path") << QStringLiteral("ws://example.com") << QByteArray("GET / HTTP/1.1");
    QTest::newRow("empty path with port") << QStringLiteral("wss://example.com:8443") << QByteArray("GET / HTTP/1.1");
    QTest::newRow("empty path with query")
        << QStringLiteral("ws://example.com?a=b") << QByteArray("GET /?a=b HTTP/1.1");
    QTest::newRow("slash") << QStringLiteral("ws://example.com/") << QByteArray("GET / HTTP/1.1");
    QTest::newRow("encoded") << QStringLiteral("ws://example.com/a%20b/%C3%A9?q=%C3%A9%26")
                             << QByteArray("GET /a%20b/%C3%A9?q=%C3%A9%26 HTTP/1.1");
    QTest::newRow("unencoded unicode") << QStringLiteral(u"ws://example.com/caf\u00e9?n=\u00fc")
                                       << QByteArray("GET /caf%C3%A9?n=%C3%BC HTTP/1.1");
    QTest::newRow("fragment not sent") << QStringLiteral("ws://example.com/p?q=1#frag")
                                       << QByteArray("GET /p?q=1 HTTP/1.1");
    QTest::newRow("ipv6") << QStringLiteral("ws://[::1]:9001/x") << QByteArray("GET /x HTTP/1.1");
}

void TestHandshake::requestLine()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, line);
    QCOMPARE(buildFor(url).requestLine, line);
}

void TestHandshake::hostHeader_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("host");
    QTest::newRow("ws default port implicit") << QStringLiteral("ws://example.com/") << QByteArray("example.com");
    QTest::newRow("ws default port explicit") << QStringLiteral("ws://example.com:80/") << QByteArray("example.com");
    QTest::newRow("ws other port") << QStringLiteral("ws://example.com:8080/") << QByteArray("example.com:8080");
    QTest::newRow("ws port 443") << QStringLiteral("ws://example.com:443/") << QByteArray("example.com:443");
    QTest::newRow("wss default port implicit") << QStringLiteral("wss://example.com/") << QByteArray("example.com");
    QTest::newRow("wss default port explicit") << QStringLiteral("wss://example.com:443/") << QByteArray("example.com");
    QTest::newRow("wss port 80") << QStringLiteral("wss://example.com:80/") << QByteArray("example.com:80");
    QTest::newRow("wss other port") << QStringLiteral("wss://example.com:8443/") << QByteArray("example.com:8443");
    QTest::newRow("ipv4") << QStringLiteral("ws://127.0.0.1:9001/") << QByteArray("127.0.0.1:9001");
    QTest::newRow("ipv6 with port") << QStringLiteral("ws://[::1]:9001/") << QByteArray("[::1]:9001");
    QTest::newRow("ipv6 default port") << QStringLiteral("ws://[::1]/") << QByteArray("[::1]");
    QTest::newRow("ipv6 long wss") << QStringLiteral("wss://[2001:db8::1]:8443/") << QByteArray("[2001:db8::1]:8443");
    QTest::newRow("ipv6 wss default") << QStringLiteral("wss://[2001:db8::1]/") << QByteArray("[2001:db8::1]");
    QTest::newRow("idn") << QStringLiteral(u"ws://b\u00fccher.example/") << QByteArray("xn--bcher-kva.example");
}

void TestHandshake::hostHeader()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, host);
    const HandshakeRequest request = buildFor(url);
    QCOMPARE(countOf(request.headers, "Host"), qsizetype(1));
    QCOMPARE(request.headers.value("Host"), host);
}

void TestHandshake::protocolHeaders()
{
    const HandshakeRequest request = buildFor(QStringLiteral("ws://example.com/ws"));
    const HttpHeaders &h = request.headers;
    QCOMPARE(countOf(h, "Upgrade"), qsizetype(1));
    QCOMPARE(h.value("Upgrade").toLower(), QByteArray("websocket"));
    QCOMPARE(countOf(h, "Connection"), qsizetype(1));
    QCOMPARE(h.tokens("Connection"), QList<QByteArray> { "Upgrade" });
    QCOMPARE(countOf(h, "Sec-WebSocket-Version"), qsizetype(1));
    QCOMPARE(h.value("Sec-WebSocket-Version"), QByteArray("13"));
    QCOMPARE(countOf(h, "Sec-WebSocket-Key"), qsizetype(1));
    QCOMPARE(h.value("Sec-WebSocket-Key"), request.key);
    const auto decoded = QByteArray::fromBase64Encoding(request.key, QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(decoded.decodingStatus == QByteArray::Base64DecodingStatus::Ok);
    QCOMPARE(decoded.decoded.size(), 16);
    // No subprotocol, extension or origin header unless asked for.
    QVERIFY(!h.contains("Sec-WebSocket-Protocol"));
    QVERIFY(!h.contains("Sec-WebSocket-Extensions"));
    QVERIFY(!h.contains("Origin"));
    // A fresh key per request.
    QVERIFY(buildFor(QStringLiteral("ws://example.com/ws")).key != request.key);
    QVERIFY(request.requestLine.startsWith("GET "));
    QVERIFY(request.requestLine.endsWith(" HTTP/1.1"));
}

void TestHandshake::originHeader()
{
    const HandshakeRequest request = HandshakeRequest::build(
        QUrl(QStringLiteral("wss://example.com/")), QStringLiteral("https://app.example:8443"), {}, {}, {}, {});
    QCOMPARE(countOf(request.headers, "Origin"), qsizetype(1));
    QCOMPARE(request.headers.value("Origin"), QByteArray("https://app.example:8443"));
}

void TestHandshake::subprotocols()
{
    const HandshakeRequest request = HandshakeRequest::build(QUrl(QStringLiteral("ws://example.com/")), {},
        { QStringLiteral("chat"), QStringLiteral("superchat"), QStringLiteral("v2.json.example") }, {}, {}, {});
    QCOMPARE(request.headers.tokens("Sec-WebSocket-Protocol"),
        (QList<QByteArray> { "chat", "superchat", "v2.json.example" }));
    const HandshakeRequest single = HandshakeRequest::build(
        QUrl(QStringLiteral("ws://example.com/")), {}, { QStringLiteral("mqtt") }, {}, {}, {});
    QCOMPARE(countOf(single.headers, "Sec-WebSocket-Protocol"), qsizetype(1));
    QCOMPARE(single.headers.value("Sec-WebSocket-Protocol"), QByteArray("mqtt"));
}

void TestHandshake::extensionsOffer()
{
    const QByteArray offer = QByteArrayLiteral("permessage-deflate; client_max_window_bits");
    const HandshakeRequest request
        = HandshakeRequest::build(QUrl(QStringLiteral("ws://example.com/")), {}, {}, offer, {}, {});
    QCOMPARE(countOf(request.headers, "Sec-WebSocket-Extensions"), qsizetype(1));
    QCOMPARE(request.headers.value("Sec-WebSocket-Extensions"), offer);
}

void TestHandshake::userAgent()
{
    const HandshakeRequest request = HandshakeRequest::build(
        QUrl(QStringLiteral("ws://example.com/")), {}, {}, {}, {}, QByteArrayLiteral("Framewise/0.1 (test)"));
    QCOMPARE(countOf(request.headers, "User-Agent"), qsizetype(1));
    QCOMPARE(request.headers.value("User-Agent"), QByteArray("Framewise/0.1 (test)"));
}

void TestHandshake::extraHeaders()
{
    HttpHeaders extra;
    extra.append("X-Token", "abc123");
    extra.append("user-agent", "Custom/2"); // replaces the generated User-Agent
    extra.append("ORIGIN", "https://other.example"); // replaces the generated Origin
    extra.append("X-Multi", "one");
    extra.append("X-Multi", "two");
    extra.append("Cookie", "a=1; b=2");
    const HandshakeRequest request = HandshakeRequest::build(QUrl(QStringLiteral("ws://example.com/")),
        QStringLiteral("https://app.example"), {}, {}, extra, QByteArrayLiteral("Framewise/0.1"));
    const HttpHeaders &h = request.headers;
    QCOMPARE(h.values("X-Token"), QList<QByteArray> { "abc123" });
    QCOMPARE(h.values("User-Agent"), QList<QByteArray> { "Custom/2" });
    QCOMPARE(h.values("Origin"), QList<QByteArray> { "https://other.example" });
    QCOMPARE(h.values("X-Multi"), (QList<QByteArray> { "one", "two" }));
    QCOMPARE(h.value("Cookie"), QByteArray("a=1; b=2"));
    // Appended extras keep their order and their names as written.
    qsizetype token = -1, multi1 = -1, multi2 = -1, cookie = -1;
    for (qsizetype i = 0; i < h.entries().size(); ++i) {
        const HttpHeaders::Entry &e = h.entries().at(i);
        if (e.first == "X-Token")
            token = i;
        else if (e.first == "X-Multi" && multi1 < 0)
            multi1 = i;
        else if (e.first == "X-Multi")
            multi2 = i;
        else if (e.first == "Cookie")
            cookie = i;
    }
    QVERIFY(token >= 0 && token < multi1 && multi1 < multi2 && multi2 < cookie);
    // Everything else is still there once.
    QCOMPARE(countOf(h, "Host"), qsizetype(1));
    QCOMPARE(countOf(h, "Upgrade"), qsizetype(1));
    QCOMPARE(countOf(h, "Sec-WebSocket-Key"), qsizetype(1));

    // Host can be overridden too (it is not one of the protocol-defining headers).
    HttpHeaders host;
    host.append("Host", "virtual.example");
    const HandshakeRequest hosted = buildFor(QStringLiteral("ws://127.0.0.1:9000/"), host);
    QCOMPARE(hosted.headers.values("host"), QList<QByteArray> { "virtual.example" });
}

void TestHandshake::extraHeadersCannotBreakTheProtocol()
{
    HttpHeaders extra;
    extra.append("Upgrade", "h2c");
    extra.append("connection", "close");
    extra.append("Sec-WebSocket-Key", "AAAAAAAAAAAAAAAAAAAAAA==");
    extra.append("SEC-WEBSOCKET-VERSION", "8");
    extra.append("X-Kept", "yes");
    const HandshakeRequest request = buildFor(QStringLiteral("ws://example.com/"), extra);
    const HttpHeaders &h = request.headers;
    QCOMPARE(h.values("Upgrade").size(), 1);
    QCOMPARE(h.value("Upgrade").toLower(), QByteArray("websocket"));
    QCOMPARE(h.values("Connection").size(), 1);
    QCOMPARE(h.tokens("Connection"), QList<QByteArray> { "Upgrade" });
    QCOMPARE(h.values("Sec-WebSocket-Key"), QList<QByteArray> { request.key });
    QVERIFY(request.key != "AAAAAAAAAAAAAAAAAAAAAA==");
    QCOMPARE(h.values("Sec-WebSocket-Version"), QList<QByteArray> { "13" });
    QCOMPARE(h.value("X-Kept"), QByteArray("yes"));
    // Nor does it show up in the bytes sent.
    const QByteArray bytes = request.toBytes().toLower();
    QVERIFY(!bytes.contains("h2c"));
    QVERIFY(!bytes.contains("connection: close"));
    QVERIFY(!bytes.contains("version: 8"));
}

// Issue 16 item 4: nothing set from outside may end a header line early. Every control byte
// (CR, LF, NUL, ...) is refused in the Origin, header names and values, subprotocols and the user
// agent, and so are the headers the channel writes itself, instead of being dropped in silence.
void TestHandshake::channelRefusesWhatWouldBreakTheRequest_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("plain") << QByteArray("X-Ok") << QByteArray("a b\tc é") << true;
    QTest::newRow("CRLF in value") << QByteArray("X-A") << QByteArray("a\r\nInjected: 1") << false;
    QTest::newRow("LF in value") << QByteArray("X-A") << QByteArray("a\nInjected: 1") << false;
    QTest::newRow("CR in value") << QByteArray("X-A") << QByteArray("a\rb") << false;
    QTest::newRow("NUL in value") << QByteArray("X-A") << QByteArray("a\0b", 3) << false;
    QTest::newRow("DEL in value") << QByteArray("X-A") << QByteArray("a\x7f") << false;
    QTest::newRow("ESC in value") << QByteArray("X-A") << QByteArray("\x1b[31m") << false;
    QTest::newRow("space in name") << QByteArray("X A") << QByteArray("v") << false;
    QTest::newRow("colon in name") << QByteArray("X:A") << QByteArray("v") << false;
    QTest::newRow("CRLF in name") << QByteArray("X\r\nInjected") << QByteArray("v") << false;
    QTest::newRow("empty name") << QByteArray() << QByteArray("v") << false;
    QTest::newRow("key") << QByteArray("Sec-WebSocket-Key") << QByteArray("AAAAAAAAAAAAAAAAAAAAAA==") << false;
    QTest::newRow("version") << QByteArray("sec-websocket-version") << QByteArray("13") << false;
    QTest::newRow("extensions") << QByteArray("Sec-WebSocket-Extensions") << QByteArray("x") << false;
    QTest::newRow("protocol") << QByteArray("Sec-WebSocket-Protocol") << QByteArray("chat") << false;
    QTest::newRow("upgrade") << QByteArray("Upgrade") << QByteArray("websocket") << false;
    QTest::newRow("connection") << QByteArray("CONNECTION") << QByteArray("Upgrade") << false;
    QTest::newRow("host may be set") << QByteArray("Host") << QByteArray("virtual.example") << true;
}

void TestHandshake::channelRefusesWhatWouldBreakTheRequest()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(bool, accepted);
    WebSocketChannel channel;
    HttpHeaders headers;
    headers.append(name, value);
    QCOMPARE(channel.setRequestHeaders(headers) == ChannelError::None, accepted);
    QCOMPARE(channel.requestHeaders().size(), accepted ? 1 : 0);

    // The same bytes as a user agent, an Origin and a subprotocol.
    const bool valueOk = HttpSyntax::isFieldValue(value);
    QCOMPARE(channel.setUserAgent(value) == ChannelError::None, valueOk);
    QCOMPARE(channel.setProtocols({ QString::fromUtf8(name) }) == ChannelError::None, HttpSyntax::isToken(name));
    WebSocketChannel opener;
    const ChannelError opened = opener.asyncOpen(QUrl(QStringLiteral("ws://127.0.0.1:9/")), QString::fromUtf8(value));
    QCOMPARE(opened == ChannelError::None, valueOk);
    if (opened == ChannelError::None)
        opener.abort();
    else
        QCOMPARE(opened, ChannelError::InvalidArgument);
}

void TestHandshake::toBytes()
{
    HttpHeaders extra;
    extra.append("X-Trace", "t-1");
    const HandshakeRequest request = HandshakeRequest::build(QUrl(QStringLiteral("wss://example.com:8443/live?id=7")),
        QStringLiteral("https://app.example"), { QStringLiteral("chat") }, QByteArrayLiteral("permessage-deflate"),
        extra, QByteArrayLiteral("Framewise/0.1"));
    QByteArray expected = request.requestLine + "\r\n";
    for (const HttpHeaders::Entry &e : request.headers.entries())
        expected += e.first + ": " + e.second + "\r\n";
    expected += "\r\n";
    const QByteArray bytes = request.toBytes();
    QCOMPARE(bytes, expected);
    QVERIFY(bytes.startsWith("GET /live?id=7 HTTP/1.1\r\n"));
    QVERIFY(bytes.endsWith("\r\n\r\n"));
    QCOMPARE(bytes.count("\r\n\r\n"), qsizetype(1));
    QVERIFY(!bytes.contains("\n\n"));
    QVERIFY(bytes.contains("\r\nHost: example.com:8443\r\n"));
    QVERIFY(bytes.contains("\r\nX-Trace: t-1\r\n"));
}

// ---------------------------------------------------------------------------------------------
// HandshakeResponseParser

void TestHandshake::parse101ByteByByte()
{
    HandshakeResponseParser parser;
    QCOMPARE(parser.state(), State::Headers);
    for (qsizetype i = 0; i < Response101.size(); ++i) {
        QCOMPARE(parser.state(), State::Headers);
        QCOMPARE(parser.feed(Response101.constData() + i, 1), qsizetype(1));
    }
    QCOMPARE(parser.state(), State::Done);
    // Frame bytes after the header block are not the parser's.
    QCOMPARE(parser.feed("\x81\x02hi", 4), qsizetype(0));
    QCOMPARE(parser.state(), State::Done);
    const HandshakeResponse &r = parser.response();
    QCOMPARE(r.statusLine, QByteArray("HTTP/1.1 101 Switching Protocols"));
    QCOMPARE(r.httpVersion, QByteArray("HTTP/1.1"));
    QCOMPARE(r.statusCode, 101);
    QCOMPARE(r.reasonPhrase, QByteArray("Switching Protocols"));
    QCOMPARE(r.headers.size(), qsizetype(4));
    QCOMPARE(r.headers.entries().at(0), HttpHeaders::Entry("Upgrade", "websocket"));
    QCOMPARE(r.headers.entries().at(1), HttpHeaders::Entry("Connection", "Upgrade"));
    QCOMPARE(r.headers.entries().at(2), HttpHeaders::Entry("Sec-WebSocket-Accept", RfcAccept));
    QCOMPARE(r.headers.entries().at(3), HttpHeaders::Entry("Sec-WebSocket-Protocol", "chat"));
    QVERIFY(r.body.isEmpty());
    QVERIFY(!r.bodyTruncated);
    QVERIFY(parser.errorString().isEmpty());
}

void TestHandshake::parse101LeavesFrameBytes()
{
    const QByteArray frames = QByteArrayLiteral("\x81\x05Hello\x89\x00");
    const QByteArray input = Response101 + frames;
    HandshakeResponseParser parser;
    QCOMPARE(parser.feed(input.constData(), input.size()), Response101.size());
    QCOMPARE(parser.state(), State::Done);
    QCOMPARE(parser.response().statusCode, 101);
    QCOMPARE(parser.response().headers.value("sec-websocket-protocol"), QByteArray("chat"));
}

void TestHandshake::parse101InEverySplit()
{
    const QByteArray input = Response101 + QByteArrayLiteral("\x81\x02hi");
    for (qsizetype cut = 0; cut <= input.size(); ++cut) {
        HandshakeResponseParser parser;
        const qsizetype first = parser.feed(input.constData(), cut);
        QCOMPARE(first, std::min(cut, Response101.size()));
        const qsizetype second = parser.feed(input.constData() + first, input.size() - first);
        QCOMPARE(first + second, Response101.size());
        QCOMPARE(parser.state(), State::Done);
        QCOMPARE(parser.response().headers.size(), qsizetype(4));
        QCOMPARE(parser.response().headers.value("Sec-WebSocket-Accept"), RfcAccept);
    }
}

void TestHandshake::headerWhitespace()
{
    const QByteArray input = QByteArrayLiteral("HTTP/1.1 101 Switching Protocols\r\n"
                                               "upgrade:websocket\r\n"
                                               "Connection:    Upgrade   \r\n"
                                               "X-Tab:\tvalue\there\t\r\n"
                                               "X-Folded: first\r\n"
                                               "   second\r\n"
                                               "X-Empty:\r\n"
                                               "X-Spaces:    \r\n"
                                               "sec-websocket-accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=  \r\n"
                                               "\r\n");
    HandshakeResponseParser parser;
    QCOMPARE(parser.feed(input.constData(), input.size()), input.size());
    QCOMPARE(parser.state(), State::Done);
    const HttpHeaders &h = parser.response().headers;
    QCOMPARE(h.value("Upgrade"), QByteArray("websocket"));
    QCOMPARE(h.value("Connection"), QByteArray("Upgrade"));
    QCOMPARE(h.value("X-Tab"), QByteArray("value\there"));
    // An obs-fold continues the previous value (RFC 7230 section 3.2.4: replaced by spaces).
    QCOMPARE(h.value("X-Folded").simplified(), QByteArray("first second"));
    QVERIFY(h.contains("X-Empty"));
    QCOMPARE(h.value("X-Empty"), QByteArray());
    QCOMPARE(h.value("X-Spaces"), QByteArray());
    QCOMPARE(h.value("Sec-WebSocket-Accept"), RfcAccept);
    // Names as the server wrote them.
    QCOMPARE(h.entries().at(0).first, QByteArray("upgrade"));
    QCOMPARE(parser.response().validate(RfcKey, {}, false), QString());
}

// A rejection's body as the stop message quotes it: one line, an HTML page without its markup,
// at most the characters asked for, "…" when there is more.
void TestHandshake::bodyExcerpt()
{
    HandshakeResponse r;
    QCOMPARE(r.bodyExcerpt(), QString());
    r.body = "  {\"error\":\r\n\t\"denied\"}\n";
    QCOMPARE(r.bodyExcerpt(), QStringLiteral("{\"error\": \"denied\"}"));
    r.body = QByteArray(250, 'a');
    QCOMPARE(r.bodyExcerpt(), QString(200, u'a') + u'…');
    r.body = "short";
    r.bodyTruncated = true;
    QCOMPARE(r.bodyExcerpt(), QStringLiteral("short…"));
    r.bodyTruncated = false;
    r.headers.append("Content-Type", "text/html");
    r.body
        = "<html>\r\n<head><title>403 Forbidden</title><style>h1 { color: red }</style></head>\r\n<body>\r\n"
          "<!-- a comment --><center><h1>403 Forbidden</h1></center>\r\n<hr><center>nginx/1.22.1 &amp; co</center>\r\n"
          "</body>\r\n</html>\r\n";
    QCOMPARE(r.bodyExcerpt(), QStringLiteral("403 Forbidden 403 Forbidden nginx/1.22.1 & co"));
}

void TestHandshake::rejectionWithContentLength()
{
    const QByteArray head = QByteArrayLiteral("HTTP/1.1 403 Forbidden\r\n"
                                              "Content-Type: text/plain\r\n"
                                              "Content-Length: 9\r\n"
                                              "\r\n");
    const QByteArray input = head + QByteArrayLiteral("forbiddenTRAILING");
    HandshakeResponseParser parser;
    QCOMPARE(parser.feed(input.constData(), input.size()), head.size() + 9);
    QCOMPARE(parser.state(), State::Done);
    const HandshakeResponse &r = parser.response();
    QCOMPARE(r.statusCode, 403);
    QCOMPARE(r.reasonPhrase, QByteArray("Forbidden"));
    QCOMPARE(r.body, QByteArray("forbidden"));
    QVERIFY(!r.bodyTruncated);
    QCOMPARE(r.headers.value("content-type"), QByteArray("text/plain"));
}

void TestHandshake::rejectionByteByByte()
{
    const QByteArray head = QByteArrayLiteral("HTTP/1.0 401 Unauthorized here\r\n"
                                              "WWW-Authenticate: Basic realm=\"r\"\r\n"
                                              "content-length: 5\r\n"
                                              "\r\n");
    const QByteArray input = head + QByteArrayLiteral("nope!");
    HandshakeResponseParser parser;
    for (qsizetype i = 0; i < input.size(); ++i) {
        QCOMPARE(parser.state(), i < head.size() ? State::Headers : State::Body);
        QCOMPARE(parser.feed(input.constData() + i, 1), qsizetype(1));
    }
    QCOMPARE(parser.state(), State::Done);
    QCOMPARE(parser.response().httpVersion, QByteArray("HTTP/1.0"));
    QCOMPARE(parser.response().statusCode, 401);
    QCOMPARE(parser.response().reasonPhrase, QByteArray("Unauthorized here"));
    QCOMPARE(parser.response().body, QByteArray("nope!"));
    QCOMPARE(parser.response().headers.value("www-authenticate"), QByteArray("Basic realm=\"r\""));
}

void TestHandshake::rejectionWithEmptyBody()
{
    const QByteArray input = QByteArrayLiteral("HTTP/1.1 302 Found\r\nLocation: ws://elsewhere/\r\n"
                                               "Content-Length: 0\r\n\r\n");
    HandshakeResponseParser parser;
    QCOMPARE(parser.feed(input.constData(), input.size()), input.size());
    QCOMPARE(parser.state(), State::Done);
    QCOMPARE(parser.response().statusCode, 302);
    QVERIFY(parser.response().body.isEmpty());
    QCOMPARE(parser.response().headers.value("Location"), QByteArray("ws://elsewhere/"));
}

void TestHandshake::bodyUntilConnectionEnds()
{
    const QByteArray head = QByteArrayLiteral("HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n");
    const QByteArray body = QByteArrayLiteral("<html><body>No WebSocket here.</body></html>\n");
    HandshakeResponseParser parser;
    QCOMPARE(parser.feed(head.constData(), head.size()), head.size());
    QCOMPARE(parser.state(), State::Body);
    QCOMPARE(parser.feed(body.constData(), 10), qsizetype(10));
    QCOMPARE(parser.feed(body.constData() + 10, body.size() - 10), body.size() - 10);
    QCOMPARE(parser.state(), State::Body);
    parser.finishInput();
    QCOMPARE(parser.state(), State::Done);
    QCOMPARE(parser.response().statusCode, 404);
    QCOMPARE(parser.response().reasonPhrase, QByteArray("Not Found"));
    QCOMPARE(parser.response().body, body);
    QVERIFY(!parser.response().bodyTruncated);
}

void TestHandshake::bodyTruncated()
{
    QByteArray big(100000, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char('a' + i % 26);
    {
        const QByteArray head
            = QByteArrayLiteral("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 100000\r\n\r\n");
        const QByteArray input = head + big;
        HandshakeResponseParser parser;
        qsizetype used = 0;
        for (qsizetype pos = 0; pos < input.size(); pos += 7000)
            used += parser.feed(input.constData() + pos, std::min<qsizetype>(7000, input.size() - pos));
        QCOMPARE(used, input.size()); // the whole body is read (and dropped past the limit)
        QCOMPARE(parser.state(), State::Done);
        QCOMPARE(parser.response().body.size(), HandshakeResponseParser::DefaultMaxBodySize);
        QCOMPARE(parser.response().body, big.left(HandshakeResponseParser::DefaultMaxBodySize));
        QVERIFY(parser.response().bodyTruncated);
    }
    {
        const QByteArray head = QByteArrayLiteral("HTTP/1.1 500 Internal Server Error\r\n\r\n");
        HandshakeResponseParser parser;
        QCOMPARE(parser.feed(head.constData(), head.size()), head.size());
        QCOMPARE(parser.feed(big.constData(), big.size()), big.size());
        QCOMPARE(parser.state(), State::Body);
        parser.finishInput();
        QCOMPARE(parser.state(), State::Done);
        QCOMPARE(parser.response().body, big.left(64 * 1024));
        QVERIFY(parser.response().bodyTruncated);
    }
    {
        // A smaller limit.
        HandshakeResponseParser parser(64 * 1024, 10);
        const QByteArray input
            = QByteArrayLiteral("HTTP/1.1 400 Bad Request\r\nContent-Length: 13\r\n\r\n0123456789ABC");
        QCOMPARE(parser.feed(input.constData(), input.size()), input.size());
        QCOMPARE(parser.state(), State::Done);
        QCOMPARE(parser.response().body, QByteArray("0123456789"));
        QVERIFY(parser.response().bodyTruncated);
    }
    {
        // Exactly at the limit: not truncated.
        HandshakeResponseParser parser(64 * 1024, 10);
        const QByteArray input = QByteArrayLiteral("HTTP/1.1 400 Bad Request\r\nContent-Length: 10\r\n\r\n0123456789");
        QCOMPARE(parser.feed(input.constData(), input.size()), input.size());
        QCOMPARE(parser.response().body, QByteArray("0123456789"));
        QVERIFY(!parser.response().bodyTruncated);
    }
}

void TestHandshake::headerBlockTooLarge()
{
    const qint64 rssBefore = ProcessMemory::statusKiB("VmRSS");
    {
        // One endless header line.
        HandshakeResponseParser parser;
        const QByteArray start = QByteArrayLiteral("HTTP/1.1 101 Switching Protocols\r\nX-Long: ");
        parser.feed(start.constData(), start.size());
        const QByteArray chunk(4096, 'a');
        for (int i = 0; i < 32; ++i) // 128 KiB: twice the limit
            parser.feed(chunk.constData(), chunk.size());
        QCOMPARE(parser.state(), State::Error);
        QVERIFY(!parser.errorString().isEmpty());
        // Stays an error and does not buffer what keeps coming (16 MiB more).
        for (int i = 0; i < 4096; ++i)
            parser.feed(chunk.constData(), chunk.size());
        QCOMPARE(parser.state(), State::Error);
    }
    {
        // Many small header lines.
        HandshakeResponseParser parser;
        QByteArray input = QByteArrayLiteral("HTTP/1.1 101 Switching Protocols\r\n");
        for (int i = 0; input.size() < 70 * 1024; ++i)
            input += "X-Header-" + QByteArray::number(i) + ": value\r\n";
        parser.feed(input.constData(), input.size());
        QCOMPARE(parser.state(), State::Error);
    }
    {
        // A smaller configured limit; a block well within it is fine.
        HandshakeResponseParser small(1024);
        const QByteArray big = QByteArrayLiteral("HTTP/1.1 101 Switching Protocols\r\nX-Pad: ") + QByteArray(2000, 'p')
            + QByteArrayLiteral("\r\n\r\n");
        small.feed(big.constData(), big.size());
        QCOMPARE(small.state(), State::Error);
        HandshakeResponseParser ok(1024);
        QCOMPARE(ok.feed(Response101.constData(), Response101.size()), Response101.size());
        QCOMPARE(ok.state(), State::Done);
    }
    const qint64 growth = ProcessMemory::statusKiB("VmRSS") - rssBefore;
    QVERIFY2(growth < 8 * 1024, qPrintable(QStringLiteral("RSS grew by %1 KiB").arg(growth)));
}

void TestHandshake::garbageStatusLine_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("ssh banner") << QByteArrayLiteral("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n\r\n");
    QTest::newRow("words") << QByteArrayLiteral("garbage\r\n\r\n");
    QTest::newRow("non-numeric status") << QByteArrayLiteral("HTTP/1.1 abc OK\r\n\r\n");
    QTest::newRow("empty status line") << QByteArrayLiteral("\r\n\r\n");
    QTest::newRow("missing status") << QByteArrayLiteral("HTTP/1.1\r\n\r\n");
    QTest::newRow("not http") << QByteArrayLiteral("ICY 200 OK\r\n\r\n");
    QTest::newRow("tls alert") << QByteArrayLiteral("\x15\x03\x01\x00\x02\x02\x46\r\n\r\n");
    QTest::newRow("html") << QByteArrayLiteral("<html>hello</html>\r\n\r\n");
}

void TestHandshake::garbageStatusLine()
{
    QFETCH(QByteArray, input);
    HandshakeResponseParser parser;
    parser.feed(input.constData(), input.size());
    QCOMPARE(parser.state(), State::Error);
    QVERIFY(!parser.errorString().isEmpty());
    // Byte by byte it ends the same.
    HandshakeResponseParser bytewise;
    for (char c : input)
        bytewise.feed(&c, 1);
    QCOMPARE(bytewise.state(), State::Error);
}

void TestHandshake::takeResponse()
{
    HandshakeResponseParser parser;
    parser.feed(Response101.constData(), Response101.size());
    const HandshakeResponse r = parser.takeResponse();
    QCOMPARE(r.statusCode, 101);
    QCOMPARE(r.headers.size(), qsizetype(4));
}

// ---------------------------------------------------------------------------------------------
// HandshakeResponse::validate

void TestHandshake::validate_data()
{
    QTest::addColumn<HandshakeResponse>("response");
    QTest::addColumn<QStringList>("offered");
    QTest::addColumn<bool>("extensionsOffered");
    QTest::addColumn<QString>("mentions"); // empty: valid; else a word the error sentence contains

    const HandshakeResponse good = goodResponse();
    QTest::newRow("ok") << good << QStringList() << false << QString();
    QTest::newRow("ok, extensions offered but none accepted") << good << QStringList() << true << QString();
    {
        HandshakeResponse r = good;
        r.statusCode = 200;
        r.statusLine = "HTTP/1.1 200 OK";
        r.reasonPhrase = "OK";
        QTest::newRow("status 200") << r << QStringList() << false << QStringLiteral("101");
    }
    {
        HandshakeResponse r = good;
        r.headers.removeAll("Upgrade");
        QTest::newRow("missing Upgrade") << r << QStringList() << false << QStringLiteral("Upgrade");
    }
    {
        HandshakeResponse r = good;
        r.headers.removeAll("Upgrade");
        r.headers.append("Upgrade", "WebSocket");
        QTest::newRow("Upgrade: WebSocket") << r << QStringList() << false << QString();
    }
    {
        HandshakeResponse r = good;
        r.headers.removeAll("Upgrade");
        r.headers.append("upgrade", "WEBSOCKET");
        QTest::newRow("upgrade: WEBSOCKET") << r << QStringList() << false << QString();
    }
    {
        HandshakeResponse r = good;
        r.headers.removeAll("Upgrade");
        r.headers.append("Upgrade", "h2c");
        QTest::newRow("Upgrade: h2c") << r << QStringList() << false << QStringLiteral("Upgrade");
    }
    {
        HandshakeResponse r = good;
        r.headers.removeAll("Connection");
        QTest::newRow("missing Connection") << r << QStringList() << false << QStringLiteral("Connection");
    }
    {
        HandshakeResponse r = good;
        r.headers.removeAll("Connection");
        r.headers.append("Connection", "keep-alive, Upgrade");
        QTest::newRow("Connection: keep-alive, Upgrade") << r << QStringList() << false << QString();
    }
    {
        HandshakeResponse r = good;
        r.headers.removeAll("Connection");
        r.headers.append("Connection", "keep-alive");
        r.headers.append("connection", "upgrade");
        QTest::newRow("Connection tokens across headers") << r << QStringList() << false << QString();
    }
    {
        HandshakeResponse r = good;
        r.headers.removeAll("Connection");
        r.headers.append("Connection", "keep-alive");
        QTest::newRow("Connection: keep-alive") << r << QStringList() << false << QStringLiteral("Connection");
    }
    {
        HandshakeResponse r = good;
        r.headers.removeAll("Connection");
        r.headers.append("Connection", "Upgraded");
        QTest::newRow("Connection: Upgraded (not a token match)")
            << r << QStringList() << false << QStringLiteral("Connection");
    }
    {
        HandshakeResponse r = good;
        r.headers.removeAll("Sec-WebSocket-Accept");
        r.headers.append("Sec-WebSocket-Accept", HandshakeRequest::acceptKeyFor("AQIDBAUGBwgJCgsMDQ4PEA=="));
        QTest::newRow("wrong accept") << r << QStringList() << false << QStringLiteral("Sec-WebSocket-Accept");
    }
    {
        HandshakeResponse r = good;
        r.headers.removeAll("Sec-WebSocket-Accept");
        r.headers.append("Sec-WebSocket-Accept", RfcAccept.toLower());
        QTest::newRow("accept in other case") << r << QStringList() << false << QStringLiteral("Sec-WebSocket-Accept");
    }
    {
        HandshakeResponse r = good;
        r.headers.removeAll("Sec-WebSocket-Accept");
        QTest::newRow("missing accept") << r << QStringList() << false << QStringLiteral("Sec-WebSocket-Accept");
    }
    {
        HandshakeResponse r = good;
        r.headers.append("Sec-WebSocket-Protocol", "superchat");
        QTest::newRow("protocol offered and chosen")
            << r << QStringList { QStringLiteral("chat"), QStringLiteral("superchat") } << false << QString();
    }
    QTest::newRow("protocols offered, none chosen")
        << good << QStringList { QStringLiteral("chat"), QStringLiteral("superchat") } << false << QString();
    {
        HandshakeResponse r = good;
        r.headers.append("Sec-WebSocket-Protocol", "mqtt");
        QTest::newRow("protocol not offered")
            << r << QStringList { QStringLiteral("chat"), QStringLiteral("superchat") } << false
            << QStringLiteral("protocol");
    }
    {
        HandshakeResponse r = good;
        r.headers.append("Sec-WebSocket-Protocol", "chat");
        QTest::newRow("protocol given when none offered") << r << QStringList() << false << QStringLiteral("protocol");
    }
    {
        HandshakeResponse r = good;
        r.headers.append("Sec-WebSocket-Protocol", "chat, superchat");
        QTest::newRow("two protocols chosen")
            << r << QStringList { QStringLiteral("chat"), QStringLiteral("superchat") } << false
            << QStringLiteral("protocol");
    }
    {
        HandshakeResponse r = good;
        r.headers.append("Sec-WebSocket-Extensions", "permessage-deflate");
        QTest::newRow("extensions when none offered") << r << QStringList() << false << QStringLiteral("xtension");
        QTest::newRow("extensions when offered") << r << QStringList() << true << QString();
    }
}

void TestHandshake::validate()
{
    QFETCH(HandshakeResponse, response);
    QFETCH(QStringList, offered);
    QFETCH(bool, extensionsOffered);
    QFETCH(QString, mentions);
    const QString error = response.validate(RfcKey, offered, extensionsOffered);
    if (mentions.isEmpty()) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
    } else {
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(mentions, Qt::CaseInsensitive), qPrintable(error));
    }
}

void TestHandshake::validateParsedResponse()
{
    HandshakeResponseParser parser;
    parser.feed(Response101.constData(), Response101.size());
    QCOMPARE(parser.response().validate(RfcKey, { QStringLiteral("chat") }, false), QString());
    QVERIFY(!parser.response().validate(RfcKey, {}, false).isEmpty());
    QVERIFY(!parser.response()
                 .validate(QByteArrayLiteral("AQIDBAUGBwgJCgsMDQ4PEA=="), { QStringLiteral("chat") }, false)
                 .isEmpty());
}

// ---------------------------------------------------------------------------------------------
// HttpHeaders

void TestHandshake::httpHeaders()
{
    HttpHeaders h;
    QVERIFY(h.isEmpty());
    QCOMPARE(h.value("Anything"), QByteArray());
    QVERIFY(h.values("Anything").isEmpty());
    QVERIFY(h.tokens("Anything").isEmpty());

    h.append("Content-Type", "text/plain");
    h.append("connection", "keep-alive, Upgrade");
    h.append("Set-Cookie", "a=1");
    h.append("CONNECTION", " close ,  te ");
    h.append("set-cookie", "b=2");
    QCOMPARE(h.size(), qsizetype(5));
    QVERIFY(!h.isEmpty());

    QVERIFY(h.contains("content-type"));
    QVERIFY(h.contains("CONTENT-TYPE"));
    QVERIFY(!h.contains("Content"));
    QVERIFY(!h.contains("Content-Type-X"));
    QCOMPARE(h.value("CONTENT-type"), QByteArray("text/plain"));
    QCOMPARE(h.value("Set-Cookie"), QByteArray("a=1")); // first match
    QCOMPARE(h.values("SET-COOKIE"), (QList<QByteArray> { "a=1", "b=2" }));
    QCOMPARE(h.tokens("Connection"), (QList<QByteArray> { "keep-alive", "Upgrade", "close", "te" }));
    // Names as written.
    QCOMPARE(h.entries().at(1).first, QByteArray("connection"));
    QCOMPARE(h.entries().at(3).first, QByteArray("CONNECTION"));

    h.removeAll("Connection");
    QCOMPARE(h.size(), qsizetype(3));
    QVERIFY(!h.contains("connection"));
    QCOMPARE(h.entries().at(0), HttpHeaders::Entry("Content-Type", "text/plain"));
    QCOMPARE(h.entries().at(1), HttpHeaders::Entry("Set-Cookie", "a=1"));
    QCOMPARE(h.entries().at(2), HttpHeaders::Entry("set-cookie", "b=2"));
    h.removeAll("SET-cookie");
    QCOMPARE(h.size(), qsizetype(1));
    h.removeAll("not-there");
    QCOMPARE(h.size(), qsizetype(1));
}

QTEST_APPLESS_MAIN(TestHandshake)

#include "tst_handshake.moc"
