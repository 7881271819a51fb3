// SPDX-License-Identifier: GPL-3.0-or-later
// The server role's opening handshake without the channel: HandshakeRequestParser fed in every
// split, ServerHandshake's RFC 6455 section 4.2.1 checks and refusals, subprotocol choice,
// permessage-deflate accepted as a server (RFC 7692 section 7), HandshakeResponse::toBytes(), and
// the 101 it writes accepted by real clients: QWebSocket and Python `websockets` with compression.
#include "deflatecompressor.h"
#include "deflateoptions.h"
#include "handshakerequestparser.h"
#include "handshakeresponseparser.h"
#include "serverhandshake.h"

#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <memory>

namespace Framewise {
inline char *toString(const HandshakeRequestParser::State &state)
{
    static const char *const names[] = { "Headers", "Done", "Error" };
    const auto i = int(state);
    return qstrdup(i >= 0 && i < 3 ? names[i] : "?");
}
} // namespace Framewise

using namespace Framewise;

Q_DECLARE_METATYPE(Framewise::DeflateOptions)

namespace {

using State = HandshakeRequestParser::State;

const QByteArray RfcKey = QByteArrayLiteral("dGhlIHNhbXBsZSBub25jZQ==");
const QByteArray RfcAccept = QByteArrayLiteral("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");

// RFC 6455 section 1.3's sample request.
const QByteArray SampleRequest = QByteArrayLiteral("GET /chat HTTP/1.1\r\n"
                                                   "Host: server.example.com\r\n"
                                                   "Upgrade: websocket\r\n"
                                                   "Connection: Upgrade\r\n"
                                                   "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                                                   "Origin: http://example.com\r\n"
                                                   "Sec-WebSocket-Protocol: chat, superchat\r\n"
                                                   "Sec-WebSocket-Version: 13\r\n"
                                                   "\r\n");

// A masked client text frame "Hello" (RFC 6455 section 5.7): the bytes a client may send right
// behind its request.
const QByteArray MaskedHello = QByteArray::fromHex("818537fa213d7f9f4d5158");

HandshakeRequest parsed(const QByteArray &bytes)
{
    HandshakeRequestParser parser;
    parser.feed(bytes.constData(), bytes.size());
    if (parser.state() != State::Done)
        qWarning("request not parsed: %s", qPrintable(parser.errorString()));
    return parser.takeRequest();
}

// A valid request whose header `name` is replaced by `value` (removed when value is null).
HandshakeRequest requestWith(const QByteArray &name, const QByteArray &value, const QByteArray &requestLine = {})
{
    HandshakeRequest request;
    request.requestLine = requestLine.isEmpty() ? QByteArrayLiteral("GET /chat HTTP/1.1") : requestLine;
    request.headers.append("Host", "server.example.com");
    request.headers.append("Upgrade", "websocket");
    request.headers.append("Connection", "Upgrade");
    request.headers.append("Sec-WebSocket-Key", RfcKey);
    request.headers.append("Sec-WebSocket-Version", "13");
    if (!name.isEmpty()) {
        request.headers.removeAll(name);
        if (!value.isNull())
            request.headers.append(name, value);
    }
    request.key = request.headers.value("Sec-WebSocket-Key");
    return request;
}

ServerHandshake::Options deflateOptions(const DeflateOptions &deflate)
{
    ServerHandshake::Options options;
    options.deflate = deflate;
    return options;
}

// An unmasked server frame (small payloads only), as the server role will send them.
QByteArray serverFrame(quint8 opcode, bool rsv1, const QByteArray &payload)
{
    Q_ASSERT(payload.size() < 126);
    QByteArray out;
    out.append(char(0x80 | (rsv1 ? 0x40 : 0) | opcode));
    out.append(char(payload.size()));
    return out + payload;
}

// A QTcpServer on 127.0.0.1 whose connections are answered by ServerHandshake: the harness the
// real clients below talk to.
struct HandshakeServer {
    explicit HandshakeServer(const ServerHandshake::Options &options)
    {
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this, options] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, options] {
                    const QByteArray bytes = socket->readAll();
                    if (parser.state() != State::Headers)
                        return;
                    parser.feed(bytes.constData(), bytes.size());
                    if (parser.state() == State::Headers)
                        return;
                    answer = parser.state() == State::Done
                        ? ServerHandshake::answer(parser.request(), options)
                        : ServerHandshake::refuse(parser.errorStatusCode(), parser.errorString());
                    socket->write(answer.response().toBytes());
                    accepted = socket;
                });
            }
        });
    }
    bool listen() { return server.listen(QHostAddress::LocalHost); }
    QString url(const QString &path) const
    {
        return QStringLiteral("ws://127.0.0.1:%1%2").arg(server.serverPort()).arg(path);
    }

    QTcpServer server;
    HandshakeRequestParser parser;
    ServerHandshake answer;
    QTcpSocket *accepted = nullptr;
};

} // namespace

class TestServerHandshake : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // HandshakeRequestParser
    void parsesRfcSample();
    void byteByByte();
    void everySplitKeepsFrameBytes();
    void bareLineFeeds();
    void emptyLinesBeforeRequestLine();
    void headerBlockTooLarge();
    void headerCountLimit();
    void malformedRequest_data();
    void malformedRequest();
    void connectionClosedEarly();

    // ServerHandshake
    void acceptsRfcSample();
    void acceptsTokenVariants_data();
    void acceptsTokenVariants();
    void refusals_data();
    void refusals();
    void refusalFromParser();
    void subprotocol_data();
    void subprotocol();
    void deflate_data();
    void deflate();
    void deflateAgreesWithClientRole_data();
    void deflateAgreesWithClientRole();

    // HandshakeResponse::toBytes
    void responseRefusesLineBreaks_data();
    void responseRefusesLineBreaks();
    void responseContentLength();

    // Real clients
    void qwebsocketConnects();
    void pythonWebsocketsNegotiatesDeflate();
};

void TestServerHandshake::parsesRfcSample()
{
    HandshakeRequestParser parser;
    QCOMPARE(parser.feed(SampleRequest.constData(), SampleRequest.size()), SampleRequest.size());
    QCOMPARE(parser.state(), State::Done);
    QCOMPARE(parser.bytesConsumed(), SampleRequest.size());
    const HandshakeRequest &request = parser.request();
    QCOMPARE(request.requestLine, QByteArray("GET /chat HTTP/1.1"));
    QCOMPARE(request.method(), QByteArray("GET"));
    QCOMPARE(request.target(), QByteArray("/chat"));
    QCOMPARE(request.httpVersion(), QByteArray("HTTP/1.1"));
    QCOMPARE(request.headers.size(), 7);
    QCOMPARE(request.headers.entries().first(), HttpHeaders::Entry("Host", "server.example.com"));
    QCOMPARE(request.headers.value("origin"), QByteArray("http://example.com"));
    QCOMPARE(request.key, RfcKey);
    QVERIFY(request.timeUs > 0);
    // Once done, nothing more is taken.
    QCOMPARE(parser.feed(MaskedHello.constData(), MaskedHello.size()), 0);
}

void TestServerHandshake::byteByByte()
{
    HandshakeRequestParser parser;
    for (qsizetype i = 0; i < SampleRequest.size(); ++i) {
        QCOMPARE(parser.state(), State::Headers);
        QCOMPARE(parser.feed(SampleRequest.constData() + i, 1), 1);
    }
    QCOMPARE(parser.state(), State::Done);
    QCOMPARE(parser.request().key, RfcKey);
    QCOMPARE(parser.request().headers.size(), 7);
}

void TestServerHandshake::everySplitKeepsFrameBytes()
{
    // The request and the client's first frame in one stream, cut in two at every position: the
    // parser takes exactly the request, and the frame bytes stay for the frame parser.
    const QByteArray stream = SampleRequest + MaskedHello;
    for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
        HandshakeRequestParser parser;
        const qsizetype first = parser.feed(stream.constData(), cut);
        const qsizetype second = parser.feed(stream.constData() + first, stream.size() - first);
        QCOMPARE(parser.state(), State::Done);
        QCOMPARE(first + second, SampleRequest.size());
        QCOMPARE(parser.bytesConsumed(), SampleRequest.size());
        QCOMPARE(stream.mid(parser.bytesConsumed()), MaskedHello);
        QCOMPARE(parser.request().headers.value("Sec-WebSocket-Protocol"), QByteArray("chat, superchat"));
    }
}

void TestServerHandshake::bareLineFeeds()
{
    // RFC 9112 section 2.2: a recipient may take a bare LF for a line end, mixed with CRLF too.
    QByteArray request = SampleRequest;
    request.replace("\r\n", "\n");
    request.replace("Host: server.example.com\n", "Host: server.example.com\r\n");
    HandshakeRequestParser parser;
    QCOMPARE(parser.feed(request.constData(), request.size()), request.size());
    QCOMPARE(parser.state(), State::Done);
    QCOMPARE(parser.request().headers.value("Host"), QByteArray("server.example.com"));
    QVERIFY(ServerHandshake::answer(parser.request(), {}).isAccepted());
}

void TestServerHandshake::emptyLinesBeforeRequestLine()
{
    const QByteArray request = "\r\n\n" + SampleRequest;
    HandshakeRequestParser parser;
    QCOMPARE(parser.feed(request.constData(), request.size()), request.size());
    QCOMPARE(parser.state(), State::Done);
    QCOMPARE(parser.request().requestLine, QByteArray("GET /chat HTTP/1.1"));
}

void TestServerHandshake::headerBlockTooLarge()
{
    // 64 KiB by default: a client that never ends its header block is refused, not buffered forever.
    QByteArray request = "GET / HTTP/1.1\r\nX-Big: " + QByteArray(70 * 1024, 'a') + "\r\n\r\n";
    HandshakeRequestParser parser;
    const qsizetype used = parser.feed(request.constData(), request.size());
    QCOMPARE(parser.state(), State::Error);
    QCOMPARE(used, HandshakeRequestParser::DefaultMaxHeaderSize);
    QCOMPARE(parser.errorStatusCode(), 431);
    QVERIFY2(parser.errorString().contains(QLatin1String("64 KiB")), qPrintable(parser.errorString()));
    QCOMPARE(parser.feed("x", 1), 0);

    // The same byte by byte, with a smaller limit; a request that fits exactly still passes.
    HandshakeRequestParser small(SampleRequest.size());
    for (const char c : SampleRequest)
        small.feed(&c, 1);
    QCOMPARE(small.state(), State::Done);
    HandshakeRequestParser tooSmall(SampleRequest.size() - 1);
    for (const char c : SampleRequest)
        tooSmall.feed(&c, 1);
    QCOMPARE(tooSmall.state(), State::Error);
    QCOMPARE(tooSmall.errorStatusCode(), 431);
}

void TestServerHandshake::headerCountLimit()
{
    const auto requestWithHeaders = [](int count) -> QByteArray { // not a QStringBuilder of a local
        QByteArray out = "GET / HTTP/1.1\r\n";
        for (int i = 0; i < count; ++i)
            out += "X-H" + QByteArray::number(i) + ": v\r\n";
        return out + "\r\n";
    };
    HandshakeRequestParser atLimit(HandshakeRequestParser::DefaultMaxHeaderSize, 10);
    const QByteArray ten = requestWithHeaders(10);
    atLimit.feed(ten.constData(), ten.size());
    QCOMPARE(atLimit.state(), State::Done);
    QCOMPARE(atLimit.request().headers.size(), 10);

    HandshakeRequestParser overLimit(HandshakeRequestParser::DefaultMaxHeaderSize, 10);
    const QByteArray eleven = requestWithHeaders(11);
    overLimit.feed(eleven.constData(), eleven.size());
    QCOMPARE(overLimit.state(), State::Error);
    QCOMPARE(overLimit.errorStatusCode(), 431);
    QVERIFY2(overLimit.errorString().contains(QLatin1String("10 header lines")), qPrintable(overLimit.errorString()));
}

void TestServerHandshake::malformedRequest_data()
{
    QTest::addColumn<QByteArray>("request");
    const QByteArray headers = "Host: a\r\n\r\n";
    QTest::newRow("no version") << QByteArray("GET /\r\n" + headers);
    QTest::newRow("two spaces") << QByteArray("GET  / HTTP/1.1\r\n" + headers);
    QTest::newRow("four parts") << QByteArray("GET / HTTP/1.1 x\r\n" + headers);
    QTest::newRow("not HTTP") << QByteArray("GET / HTTX/1.1\r\n" + headers);
    QTest::newRow("long version") << QByteArray("GET / HTTP/1.10\r\n" + headers);
    QTest::newRow("method not a token") << QByteArray("G(T / HTTP/1.1\r\n" + headers);
    QTest::newRow("control byte in target") << QByteArray("GET /\x01 HTTP/1.1\r\n" + headers);
    QTest::newRow("bare CR in request line") << QByteArray("GET / HTTP/1.1\rX: y\r\n" + headers);
    QTest::newRow("bare CR in header") << QByteArray("GET / HTTP/1.1\r\nX: a\rb\r\n" + headers);
    QTest::newRow("obsolete line folding") << QByteArray("GET / HTTP/1.1\r\nX: a\r\n b\r\n" + headers);
    QTest::newRow("space before colon") << QByteArray("GET / HTTP/1.1\r\nHost : a\r\n\r\n");
    QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\nHost a\r\n\r\n");
    QTest::newRow("empty name") << QByteArray("GET / HTTP/1.1\r\n: a\r\n\r\n");
    static const char withNul[] = "GET / HTTP/1.1\r\nX: a\0b\r\n\r\n";
    QTest::newRow("NUL in value") << QByteArray(withNul, sizeof(withNul) - 1); // sizeof: the NUL is inside
}

void TestServerHandshake::malformedRequest()
{
    QFETCH(QByteArray, request);
    HandshakeRequestParser parser;
    parser.feed(request.constData(), request.size());
    QCOMPARE(parser.state(), State::Error);
    QCOMPARE(parser.errorStatusCode(), 400);
    QVERIFY(!parser.errorString().isEmpty());
}

void TestServerHandshake::connectionClosedEarly()
{
    HandshakeRequestParser silent;
    silent.finishInput();
    QCOMPARE(silent.state(), State::Error);
    QCOMPARE(silent.errorString(), QStringLiteral("The client closed the connection without sending a request."));

    HandshakeRequestParser halfway;
    halfway.feed(SampleRequest.constData(), 20);
    halfway.finishInput();
    QCOMPARE(halfway.state(), State::Error);
    QCOMPARE(halfway.errorStatusCode(), 400);
    QVERIFY(halfway.errorString().contains(QLatin1String("middle")));
}

void TestServerHandshake::acceptsRfcSample()
{
    const ServerHandshake handshake = ServerHandshake::answer(parsed(SampleRequest), {});
    QVERIFY(handshake.isAccepted());
    QVERIFY(handshake.refusalReason().isEmpty());
    QVERIFY(handshake.subprotocol().isEmpty()); // the server named none
    QVERIFY(!handshake.isDeflateAgreed()); // the client offered none
    const HandshakeResponse &response = handshake.response();
    QCOMPARE(response.headers.value("Sec-WebSocket-Accept"), RfcAccept);
    QCOMPARE(response.toBytes(),
        QByteArray("HTTP/1.1 101 Switching Protocols\r\n"
                   "Upgrade: websocket\r\n"
                   "Connection: Upgrade\r\n"
                   "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"
                   "\r\n"));
    // The client role's own check accepts it, with the subprotocols it offered.
    QCOMPARE(response.validate(RfcKey, { QStringLiteral("chat"), QStringLiteral("superchat") }, false), QString());
}

void TestServerHandshake::acceptsTokenVariants_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("requestLine");
    QTest::newRow("Upgrade in capitals") << QByteArray("Upgrade") << QByteArray("WebSocket") << QByteArray();
    QTest::newRow("Upgrade list") << QByteArray("Upgrade") << QByteArray("h2c, websocket") << QByteArray();
    QTest::newRow("Connection list") << QByteArray("Connection") << QByteArray("keep-alive, Upgrade") << QByteArray();
    QTest::newRow("Connection lower case") << QByteArray("Connection") << QByteArray("upgrade") << QByteArray();
    QTest::newRow("key with spaces around")
        << QByteArray("Sec-WebSocket-Key") << QByteArray(" " + RfcKey + " ") << QByteArray();
    QTest::newRow("HTTP/1.2") << QByteArray() << QByteArray() << QByteArray("GET /chat HTTP/1.2");
    QTest::newRow("HTTP/2.0") << QByteArray() << QByteArray() << QByteArray("GET /chat HTTP/2.0");
}

void TestServerHandshake::acceptsTokenVariants()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, requestLine);
    const ServerHandshake handshake = ServerHandshake::answer(requestWith(name, value, requestLine), {});
    QVERIFY2(handshake.isAccepted(), qPrintable(handshake.refusalReason()));
    QCOMPARE(handshake.response().headers.value("Sec-WebSocket-Accept"), RfcAccept);
}

void TestServerHandshake::refusals_data()
{
    QTest::addColumn<HandshakeRequest>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("reasonPhrase");
    QTest::addColumn<QByteArray>("headerName"); // a header the refusal must carry
    QTest::addColumn<QByteArray>("headerValue");
    QTest::addColumn<QString>("says"); // the body names the broken rule

    const QByteArray none;
    QTest::newRow("POST") << requestWith({}, {}, "POST /chat HTTP/1.1") << 405 << QByteArray("Method Not Allowed")
                          << QByteArray("Allow") << QByteArray("GET") << QStringLiteral("must use GET");
    QTest::newRow("lower-case get") << requestWith({}, {}, "get /chat HTTP/1.1") << 405
                                    << QByteArray("Method Not Allowed") << QByteArray("Allow") << QByteArray("GET")
                                    << QStringLiteral("“get”");
    QTest::newRow("HTTP/1.0") << requestWith({}, {}, "GET /chat HTTP/1.0") << 400 << QByteArray("Bad Request") << none
                              << none << QStringLiteral("HTTP/1.1 or later");
    QTest::newRow("no Host") << requestWith("Host", QByteArray()) << 400 << QByteArray("Bad Request") << none << none
                             << QStringLiteral("no Host");
    QTest::newRow("empty Host") << requestWith("Host", "") << 400 << QByteArray("Bad Request") << none << none
                                << QStringLiteral("no Host");
    HandshakeRequest twoHosts = requestWith({}, {});
    twoHosts.headers.append("Host", "other.example.com");
    QTest::newRow("two Hosts") << twoHosts << 400 << QByteArray("Bad Request") << none << none
                               << QStringLiteral("more than one Host");
    QTest::newRow("no Upgrade") << requestWith("Upgrade", QByteArray()) << 400 << QByteArray("Bad Request") << none
                                << none << QStringLiteral("Upgrade: websocket");
    QTest::newRow("Upgrade h2c") << requestWith("Upgrade", "h2c") << 400 << QByteArray("Bad Request") << none << none
                                 << QStringLiteral("Upgrade: websocket");
    QTest::newRow("Upgrade as a substring") << requestWith("Upgrade", "websocketx") << 400 << QByteArray("Bad Request")
                                            << none << none << QStringLiteral("Upgrade: websocket");
    QTest::newRow("no Connection") << requestWith("Connection", QByteArray()) << 400 << QByteArray("Bad Request")
                                   << none << none << QStringLiteral("Connection: Upgrade");
    QTest::newRow("Connection keep-alive")
        << requestWith("Connection", "keep-alive") << 400 << QByteArray("Bad Request") << none << none
        << QStringLiteral("Connection: Upgrade");
    QTest::newRow("Connection Upgrade inside a token")
        << requestWith("Connection", "keep-alive Upgrade") << 400 << QByteArray("Bad Request") << none << none
        << QStringLiteral("Connection: Upgrade");
    QTest::newRow("no key") << requestWith("Sec-WebSocket-Key", QByteArray()) << 400 << QByteArray("Bad Request")
                            << none << none << QStringLiteral("no Sec-WebSocket-Key");
    QTest::newRow("key of 15 bytes") << requestWith("Sec-WebSocket-Key", QByteArray(15, 'k').toBase64()) << 400
                                     << QByteArray("Bad Request") << none << none << QStringLiteral("16 bytes");
    QTest::newRow("key of 17 bytes") << requestWith("Sec-WebSocket-Key", QByteArray(17, 'k').toBase64()) << 400
                                     << QByteArray("Bad Request") << none << none << QStringLiteral("16 bytes");
    QTest::newRow("key not base64") << requestWith("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ!!") << 400
                                    << QByteArray("Bad Request") << none << none << QStringLiteral("16 bytes");
    QTest::newRow("key without padding") << requestWith("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ") << 400
                                         << QByteArray("Bad Request") << none << none << QStringLiteral("16 bytes");
    QTest::newRow("key with spare bits set") << requestWith("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZR==") << 400
                                             << QByteArray("Bad Request") << none << none << QStringLiteral("16 bytes");
    HandshakeRequest twoKeys = requestWith({}, {});
    twoKeys.headers.append("Sec-WebSocket-Key", RfcKey);
    QTest::newRow("two keys") << twoKeys << 400 << QByteArray("Bad Request") << none << none
                              << QStringLiteral("16 bytes");
    QTest::newRow("version 8") << requestWith("Sec-WebSocket-Version", "8") << 426 << QByteArray("Upgrade Required")
                               << QByteArray("Sec-WebSocket-Version") << QByteArray("13")
                               << QStringLiteral("version “8”");
    QTest::newRow("versions 13 and 8") << requestWith("Sec-WebSocket-Version", "13, 8") << 426
                                       << QByteArray("Upgrade Required") << QByteArray("Sec-WebSocket-Version")
                                       << QByteArray("13") << QStringLiteral("speaks version 13");
    QTest::newRow("no version") << requestWith("Sec-WebSocket-Version", QByteArray()) << 426
                                << QByteArray("Upgrade Required") << QByteArray("Sec-WebSocket-Version")
                                << QByteArray("13") << QStringLiteral("no Sec-WebSocket-Version");
}

void TestServerHandshake::refusals()
{
    QFETCH(HandshakeRequest, request);
    QFETCH(int, status);
    QFETCH(QByteArray, reasonPhrase);
    QFETCH(QByteArray, headerName);
    QFETCH(QByteArray, headerValue);
    QFETCH(QString, says);

    ServerHandshake::Options options;
    options.subprotocols = { QStringLiteral("chat") };
    const ServerHandshake handshake = ServerHandshake::answer(request, options);
    QVERIFY(!handshake.isAccepted());
    QVERIFY2(handshake.refusalReason().contains(says), qPrintable(handshake.refusalReason()));
    QVERIFY(handshake.subprotocol().isEmpty());
    QVERIFY(!handshake.isDeflateAgreed());

    // What goes on the wire, read back by the client role's parser.
    const QByteArray bytes = handshake.response().toBytes();
    QVERIFY(!bytes.isEmpty());
    HandshakeResponseParser parser;
    QCOMPARE(parser.feed(bytes.constData(), bytes.size()), bytes.size());
    QCOMPARE(parser.state(), HandshakeResponseParser::State::Done);
    const HandshakeResponse &response = parser.response();
    QCOMPARE(response.statusCode, status);
    QCOMPARE(response.reasonPhrase, reasonPhrase);
    QCOMPARE(response.headers.value("Content-Type"), QByteArray("text/plain; charset=utf-8"));
    QCOMPARE(response.headers.value("Content-Length"), QByteArray::number(response.body.size()));
    QCOMPARE(response.headers.value("Connection"), QByteArray("close"));
    QCOMPARE(QString::fromUtf8(response.body).trimmed(), handshake.refusalReason());
    QVERIFY(!response.headers.contains("Sec-WebSocket-Accept"));
    if (!headerName.isEmpty())
        QCOMPARE(response.headers.value(headerName), headerValue);
}

void TestServerHandshake::refusalFromParser()
{
    QByteArray request = "GET / HTTP/1.1\r\nX-Big: " + QByteArray(70 * 1024, 'a');
    HandshakeRequestParser parser;
    parser.feed(request.constData(), request.size());
    QCOMPARE(parser.state(), State::Error);
    const ServerHandshake handshake = ServerHandshake::refuse(parser.errorStatusCode(), parser.errorString());
    QVERIFY(!handshake.isAccepted());
    QVERIFY(handshake.response().toBytes().startsWith("HTTP/1.1 431 Request Header Fields Too Large\r\n"));
    QVERIFY(handshake.response().body.contains("64 KiB"));
}

void TestServerHandshake::subprotocol_data()
{
    QTest::addColumn<QStringList>("serverPrefers");
    QTest::addColumn<QList<QByteArray>>("clientOffers"); // one header per entry
    QTest::addColumn<QString>("chosen");

    const QStringList server { QStringLiteral("v2.chat"), QStringLiteral("v1.chat") };
    QTest::newRow("server's preference wins")
        << server << QList<QByteArray> { "v1.chat, v2.chat" } << QStringLiteral("v2.chat");
    QTest::newRow("only one in common") << server << QList<QByteArray> { "v1.chat, other" }
                                        << QStringLiteral("v1.chat");
    QTest::newRow("offer over two headers")
        << server << QList<QByteArray> { "other", "v1.chat" } << QStringLiteral("v1.chat");
    QTest::newRow("no overlap") << server << QList<QByteArray> { "mqtt, wamp" } << QString();
    QTest::newRow("client offers none") << server << QList<QByteArray> {} << QString();
    QTest::newRow("server names none") << QStringList() << QList<QByteArray> { "v1.chat" } << QString();
    QTest::newRow("case matters") << server << QList<QByteArray> { "V1.CHAT" } << QString();
}

void TestServerHandshake::subprotocol()
{
    QFETCH(QStringList, serverPrefers);
    QFETCH(QList<QByteArray>, clientOffers);
    QFETCH(QString, chosen);

    HandshakeRequest request = requestWith({}, {});
    for (const QByteArray &offer : clientOffers)
        request.headers.append("Sec-WebSocket-Protocol", offer);
    ServerHandshake::Options options;
    options.subprotocols = serverPrefers;
    const ServerHandshake handshake = ServerHandshake::answer(request, options);
    QVERIFY(handshake.isAccepted());
    QCOMPARE(handshake.subprotocol(), chosen);
    QCOMPARE(QString::fromUtf8(handshake.response().headers.value("Sec-WebSocket-Protocol")), chosen);
    QCOMPARE(handshake.response().headers.contains("Sec-WebSocket-Protocol"), !chosen.isEmpty());
}

void TestServerHandshake::deflate_data()
{
    QTest::addColumn<QList<QByteArray>>("offers"); // one Sec-WebSocket-Extensions header per entry
    QTest::addColumn<DeflateOptions>("policy");
    QTest::addColumn<QByteArray>("answer"); // empty: declined
    QTest::addColumn<bool>("serverNoContextTakeover");
    QTest::addColumn<bool>("clientNoContextTakeover");
    QTest::addColumn<int>("serverBits");
    QTest::addColumn<int>("clientBits");

    using Offers = QList<QByteArray>;
    const DeflateOptions defaults;
    const QByteArray declined;
    QTest::newRow("no offer") << Offers {} << defaults << declined << false << false << 15 << 15;
    QTest::newRow("plain") << Offers { "permessage-deflate" } << defaults << QByteArray("permessage-deflate") << false
                           << false << 15 << 15;
    QTest::newRow("browser offer") << Offers { "permessage-deflate; client_max_window_bits" } << defaults
                                   << QByteArray("permessage-deflate") << false << false << 15 << 15;
    QTest::newRow("name in capitals") << Offers { "PerMessage-Deflate" } << defaults << QByteArray("permessage-deflate")
                                      << false << false << 15 << 15;
    DeflateOptions disabled;
    disabled.enabled = false;
    QTest::newRow("server refuses compression")
        << Offers { "permessage-deflate" } << disabled << declined << false << false << 15 << 15;

    // Context takeover: what the client asks for is granted; what the server wants is added.
    QTest::newRow("server_no_context_takeover asked")
        << Offers { "permessage-deflate; server_no_context_takeover" } << defaults
        << QByteArray("permessage-deflate; server_no_context_takeover") << true << false << 15 << 15;
    QTest::newRow("client_no_context_takeover offered")
        << Offers { "permessage-deflate; client_no_context_takeover" } << defaults
        << QByteArray("permessage-deflate; client_no_context_takeover") << false << true << 15 << 15;
    DeflateOptions flags;
    flags.serverNoContextTakeover = true;
    flags.clientNoContextTakeover = true;
    QTest::newRow("server wants both flags")
        << Offers { "permessage-deflate" } << flags
        << QByteArray("permessage-deflate; server_no_context_takeover; client_no_context_takeover") << true << true
        << 15 << 15;

    // Window bits.
    QTest::newRow("server_max_window_bits=10 asked")
        << Offers { "permessage-deflate; server_max_window_bits=10" } << defaults
        << QByteArray("permessage-deflate; server_max_window_bits=10") << false << false << 10 << 15;
    QTest::newRow("quoted server_max_window_bits")
        << Offers { "permessage-deflate; server_max_window_bits=\"10\"" } << defaults
        << QByteArray("permessage-deflate; server_max_window_bits=10") << false << false << 10 << 15;
    DeflateOptions server12;
    server12.serverMaxWindowBits = 12;
    QTest::newRow("server limits itself to 12")
        << Offers { "permessage-deflate" } << server12 << QByteArray("permessage-deflate; server_max_window_bits=12")
        << false << false << 12 << 15;
    QTest::newRow("smaller of asked 10 and own 12")
        << Offers { "permessage-deflate; server_max_window_bits=10" } << server12
        << QByteArray("permessage-deflate; server_max_window_bits=10") << false << false << 10 << 15;
    QTest::newRow("smaller of asked 14 and own 12")
        << Offers { "permessage-deflate; server_max_window_bits=14" } << server12
        << QByteArray("permessage-deflate; server_max_window_bits=12") << false << false << 12 << 15;
    DeflateOptions server8;
    server8.serverMaxWindowBits = 8;
    QTest::newRow("own 8 is 9 (zlib)") << Offers { "permessage-deflate" } << server8
                                       << QByteArray("permessage-deflate; server_max_window_bits=9") << false << false
                                       << 9 << 15;
    QTest::newRow("server_max_window_bits=8 declined") << Offers { "permessage-deflate; server_max_window_bits=8" }
                                                       << defaults << declined << false << false << 15 << 15;
    QTest::newRow("after declining 8, the fallback offer")
        << Offers { "permessage-deflate; server_max_window_bits=8, permessage-deflate" } << defaults
        << QByteArray("permessage-deflate") << false << false << 15 << 15;
    DeflateOptions client10;
    client10.clientMaxWindowBits = 10;
    QTest::newRow("client allows a limit, server asks 10")
        << Offers { "permessage-deflate; client_max_window_bits" } << client10
        << QByteArray("permessage-deflate; client_max_window_bits=10") << false << false << 15 << 10;
    QTest::newRow("client offers 12, server asks 10")
        << Offers { "permessage-deflate; client_max_window_bits=12" } << client10
        << QByteArray("permessage-deflate; client_max_window_bits=10") << false << false << 15 << 10;
    QTest::newRow("client offers 9, below the server's 10")
        << Offers { "permessage-deflate; client_max_window_bits=9" } << client10 << QByteArray("permessage-deflate")
        << false << false << 15 << 9;
    QTest::newRow("client offers no limit: server may not ask")
        << Offers { "permessage-deflate" } << client10 << QByteArray("permessage-deflate") << false << false << 15
        << 15;
    QTest::newRow("everything") << Offers { "permessage-deflate; server_no_context_takeover; "
                                            "client_no_context_takeover; server_max_window_bits=11; "
                                            "client_max_window_bits=13" }
                                << client10
                                << QByteArray("permessage-deflate; server_no_context_takeover; "
                                              "client_no_context_takeover; server_max_window_bits=11; "
                                              "client_max_window_bits=10")
                                << true << true << 11 << 10;

    // Invalid offers are declined, not failed; a later valid one is still taken.
    const char *invalid[] = {
        "permessage-deflate; server_max_window_bits=7",
        "permessage-deflate; server_max_window_bits=16",
        "permessage-deflate; server_max_window_bits=010",
        "permessage-deflate; server_max_window_bits",
        "permessage-deflate; client_max_window_bits=0",
        "permessage-deflate; client_max_window_bits=",
        "permessage-deflate; server_no_context_takeover=1",
        "permessage-deflate; client_no_context_takeover; client_no_context_takeover",
        "permessage-deflate; mode=fast",
    };
    for (const char *offer : invalid) {
        QTest::addRow("declined: %s", offer) << Offers { offer } << defaults << declined << false << false << 15 << 15;
        QTest::addRow("fallback after: %s", offer)
            << Offers { QByteArray(offer) + ", permessage-deflate; client_max_window_bits" } << client10
            << QByteArray("permessage-deflate; client_max_window_bits=10") << false << false << 15 << 10;
    }
    QTest::newRow("unknown extension skipped")
        << Offers { "x-webkit-deflate-frame, permessage-deflate; server_no_context_takeover" } << defaults
        << QByteArray("permessage-deflate; server_no_context_takeover") << true << false << 15 << 15;
    QTest::newRow("offers over two headers")
        << Offers { "permessage-deflate; mode=fast", "permessage-deflate; server_max_window_bits=13" } << defaults
        << QByteArray("permessage-deflate; server_max_window_bits=13") << false << false << 13 << 15;
    QTest::newRow("only unknown extensions")
        << Offers { "x-foo; bar" } << defaults << declined << false << false << 15 << 15;
}

void TestServerHandshake::deflate()
{
    QFETCH(QList<QByteArray>, offers);
    QFETCH(DeflateOptions, policy);
    QFETCH(QByteArray, answer);
    QFETCH(bool, serverNoContextTakeover);
    QFETCH(bool, clientNoContextTakeover);
    QFETCH(int, serverBits);
    QFETCH(int, clientBits);

    HandshakeRequest request = requestWith({}, {});
    for (const QByteArray &offer : offers)
        request.headers.append("Sec-WebSocket-Extensions", offer);
    const ServerHandshake handshake = ServerHandshake::answer(request, deflateOptions(policy));
    QVERIFY2(handshake.isAccepted(), qPrintable(handshake.refusalReason()));
    QCOMPARE(handshake.isDeflateAgreed(), !answer.isEmpty());
    QCOMPARE(handshake.response().headers.value("Sec-WebSocket-Extensions"), answer);
    QCOMPARE(handshake.response().headers.contains("Sec-WebSocket-Extensions"), !answer.isEmpty());
    const DeflateParameters agreed = handshake.deflate();
    QCOMPARE(agreed.serverNoContextTakeover, serverNoContextTakeover);
    QCOMPARE(agreed.clientNoContextTakeover, clientNoContextTakeover);
    QCOMPARE(agreed.serverMaxWindowBits, serverBits);
    QCOMPARE(agreed.clientMaxWindowBits, clientBits);
    if (handshake.isDeflateAgreed()) // the server's compressor can be built from it
        QVERIFY(DeflateCompressor(agreed.serverMaxWindowBits, agreed.serverNoContextTakeover).isValid());
}

void TestServerHandshake::deflateAgreesWithClientRole_data()
{
    // Our own client's offers, from DeflateOptions::offer(), answered by our server and the answer
    // checked by the client role: both sides must end with the same parameters.
    QTest::addColumn<DeflateOptions>("client");
    QTest::addColumn<DeflateOptions>("server");
    DeflateOptions plain;
    QTest::newRow("defaults") << plain << plain;
    DeflateOptions clientAsks;
    clientAsks.serverNoContextTakeover = true;
    clientAsks.clientNoContextTakeover = true;
    clientAsks.serverMaxWindowBits = 11;
    clientAsks.clientMaxWindowBits = 12;
    QTest::newRow("client asks everything") << clientAsks << plain;
    DeflateOptions serverAsks;
    serverAsks.serverNoContextTakeover = true;
    serverAsks.clientNoContextTakeover = true;
    serverAsks.serverMaxWindowBits = 10;
    serverAsks.clientMaxWindowBits = 9;
    QTest::newRow("server asks everything") << plain << serverAsks;
    QTest::newRow("both ask") << clientAsks << serverAsks;
    DeflateOptions noClientBits;
    noClientBits.clientMaxWindowBits = 0;
    QTest::newRow("client allows no client limit") << noClientBits << serverAsks;
}

void TestServerHandshake::deflateAgreesWithClientRole()
{
    QFETCH(DeflateOptions, client);
    QFETCH(DeflateOptions, server);
    DeflateParameters serverSide;
    const QByteArray answer = DeflateParameters::accept(client.offer(), server, &serverSide);
    QVERIFY(!answer.isEmpty());
    DeflateParameters clientSide;
    const QString problem = DeflateParameters::negotiate(answer, client, &clientSide);
    QVERIFY2(problem.isEmpty(), qPrintable(problem + QLatin1String(" in ") + QString::fromLatin1(answer)));
    QCOMPARE(clientSide.serverNoContextTakeover, serverSide.serverNoContextTakeover);
    QCOMPARE(clientSide.clientNoContextTakeover, serverSide.clientNoContextTakeover);
    QCOMPARE(clientSide.serverMaxWindowBits, serverSide.serverMaxWindowBits);
    QCOMPARE(clientSide.clientMaxWindowBits, serverSide.clientMaxWindowBits);
}

void TestServerHandshake::responseRefusesLineBreaks_data()
{
    QTest::addColumn<QByteArray>("reasonPhrase");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("CRLF in a value") << QByteArray("OK") << QByteArray("X-A") << QByteArray("a\r\nSet-Cookie: x=1");
    QTest::newRow("LF in a value") << QByteArray("OK") << QByteArray("X-A") << QByteArray("a\nb");
    QTest::newRow("CR in a value") << QByteArray("OK") << QByteArray("X-A") << QByteArray("a\rb");
    QTest::newRow("NUL in a value") << QByteArray("OK") << QByteArray("X-A") << QByteArray("a\0b", 3);
    QTest::newRow("CRLF in a name") << QByteArray("OK") << QByteArray("X-A\r\nX-B") << QByteArray("b");
    QTest::newRow("colon in a name") << QByteArray("OK") << QByteArray("X-A: b\r\nX") << QByteArray("b");
    QTest::newRow("CRLF in the reason phrase") << QByteArray("OK\r\nX-B: c") << QByteArray("X-A") << QByteArray("b");
}

void TestServerHandshake::responseRefusesLineBreaks()
{
    QFETCH(QByteArray, reasonPhrase);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    HandshakeResponse response;
    response.statusCode = 200;
    response.reasonPhrase = reasonPhrase;
    response.headers.append(name, value);
    QCOMPARE(response.toBytes(), QByteArray());
}

void TestServerHandshake::responseContentLength()
{
    HandshakeResponse response;
    response.statusCode = 403;
    response.reasonPhrase = "Forbidden";
    response.body = "no\n";
    // Added when missing.
    QCOMPARE(response.toBytes(), QByteArray("HTTP/1.1 403 Forbidden\r\nContent-Length: 3\r\n\r\nno\n"));
    response.body.clear();
    QCOMPARE(response.toBytes(), QByteArray("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n"));
    // A Content-Length that disagrees with the body would desynchronise the client.
    response.body = "no\n";
    response.headers.append("Content-Length", "10");
    QCOMPARE(response.toBytes(), QByteArray());
    // A 101 has no body and no Content-Length.
    HandshakeResponse upgrade;
    upgrade.statusCode = 101;
    upgrade.reasonPhrase = "Switching Protocols";
    QCOMPARE(upgrade.toBytes(), QByteArray("HTTP/1.1 101 Switching Protocols\r\n\r\n"));
    upgrade.body = "x";
    QCOMPARE(upgrade.toBytes(), QByteArray());
}

void TestServerHandshake::qwebsocketConnects()
{
    ServerHandshake::Options options;
    options.subprotocols = { QStringLiteral("v2.chat"), QStringLiteral("v1.chat") };
    HandshakeServer server(options);
    QVERIFY(server.listen());

    QWebSocket client;
    QWebSocketHandshakeOptions handshakeOptions;
    handshakeOptions.setSubprotocols({ QStringLiteral("v1.chat"), QStringLiteral("v2.chat") });
    bool connected = false;
    QString error;
    connect(&client, &QWebSocket::connected, this, [&connected] { connected = true; });
    // QWebSocket::errorOccurred() came in Qt 6.5.
    connect(&client, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
        [&error, &client] { error = client.errorString(); });
    client.open(QUrl(server.url(QStringLiteral("/chat?room=1"))), handshakeOptions);
    QVERIFY2(QTest::qWaitFor([&] { return connected || !error.isEmpty(); }, 10000), "no answer within 10 s");
    QVERIFY2(connected, qPrintable(error));
    QVERIFY(server.answer.isAccepted());
    QCOMPARE(server.parser.request().target(), QByteArray("/chat?room=1"));
    QCOMPARE(client.subprotocol(), QStringLiteral("v2.chat"));
    client.abort();
}

void TestServerHandshake::pythonWebsocketsNegotiatesDeflate()
{
    ServerHandshake::Options options;
    options.subprotocols = { QStringLiteral("v1.chat") };
    options.deflate.serverMaxWindowBits = 12;
    options.deflate.clientMaxWindowBits = 11;
    HandshakeServer server(options);
    QVERIFY(server.listen());

    QProcess client;
    client.setProcessChannelMode(QProcess::MergedChannels);
    // Debian's interpreter: the python3 on PATH may be another one without `websockets`.
    client.start(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral(FRAMEWISE_SOURCE_DIR "/tests/peers/python_client.py"), server.url(QStringLiteral("/")),
            QStringLiteral("--subprotocols"), QStringLiteral("v0.chat,v1.chat"), QStringLiteral("--messages"),
            QStringLiteral("2") });
    QVERIFY2(client.waitForStarted(10000), qPrintable(client.errorString()));
    QByteArray output;
    const auto readOutput = [&] {
        output += client.readAll();
        return output;
    };
    QVERIFY2(QTest::qWaitFor(
                 [&] { return readOutput().contains("NEGOTIATED") || client.state() != QProcess::Running; }, 15000),
        output.constData());
    QVERIFY2(server.answer.isAccepted(), qPrintable(server.answer.refusalReason()));
    QVERIFY2(server.answer.isDeflateAgreed(), output.constData());

    // websockets offers "permessage-deflate; client_max_window_bits"; our policy limits both windows.
    QVERIFY2(output.contains("EXTENSIONS permessage-deflate; server_max_window_bits=12; client_max_window_bits=11\n"),
        output.constData());
    QVERIFY2(output.contains("SUBPROTOCOL v1.chat\n"), output.constData());
    QVERIFY2(output.contains("NEGOTIATED permessage-deflate server_no_context_takeover=False "
                             "client_no_context_takeover=False server_max_window_bits=12 client_max_window_bits=11"),
        output.constData());
    const DeflateParameters agreed = server.answer.deflate();
    QCOMPARE(agreed.serverMaxWindowBits, 12);
    QCOMPARE(agreed.clientMaxWindowBits, 11);

    // The parameters work: two compressed messages with context takeover (the second one refers back
    // to the first), inflated by websockets.
    DeflateCompressor compressor(agreed.serverMaxWindowBits, agreed.serverNoContextTakeover);
    const QByteArray text = QByteArrayLiteral("hello from the server role");
    QByteArray frames;
    for (int i = 0; i < 2; ++i)
        frames += serverFrame(0x1, true, compressor.compress(text.constData(), text.size()));
    QVERIFY(server.accepted);
    server.accepted->write(frames);
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     return readOutput().count("RECEIVED hello from the server role\n") == 2
                         || client.state() != QProcess::Running;
                 },
                 15000),
        output.constData());
    QCOMPARE(output.count("RECEIVED hello from the server role\n"), 2);
    server.accepted->abort();
    QVERIFY(client.waitForFinished(10000));
    readOutput();
    QVERIFY2(!output.contains("ERROR"), output.constData());
}

QTEST_GUILESS_MAIN(TestServerHandshake)
#include "tst_serverhandshake.moc"
