// SPDX-License-Identifier: GPL-3.0-or-later
#include "proxyclient.h"

#include "handshakerequestparser.h"
#include "hostpatternlist.h"
#include "interceptserver.h"
#include "proxysettings.h"
#include "proxytunnel.h"
#include "serverhandshake.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <QUrl>

namespace Framewise {

namespace {
constexpr char TlsHandshakeRecord = 0x16; // the first byte of a TLS ClientHello
constexpr int LingerMs = 2000; // for a refused client to read why
const QByteArray ConnectEstablished = QByteArrayLiteral("HTTP/1.1 200 Connection established\r\n\r\n");

bool isWebSocketUpgrade(const HandshakeRequest &request)
{
    return request.method() == "GET" && request.headers.hasToken("Upgrade", "websocket");
}

// "host:port" or "[v6]:port" of a CONNECT. False when it is neither.
bool parseAuthority(const QByteArray &authority, QString *host, quint16 *port)
{
    const qsizetype colon = authority.lastIndexOf(':');
    if (colon <= 0)
        return false;
    bool ok = false;
    const uint number = authority.mid(colon + 1).toUInt(&ok);
    if (!ok || number == 0 || number > 65535)
        return false;
    QByteArray name = authority.left(colon);
    if (name.startsWith('[') && name.endsWith(']'))
        name = name.mid(1, name.size() - 2);
    QString error;
    const QString text = QString::fromLatin1(name);
    if (!HostPatternList::parse({ text }, &error) || text.startsWith(QLatin1Char('*')))
        return false; // not a host name or an address (a pattern parses names and addresses alike)
    *host = text;
    *port = quint16(number);
    return true;
}

QUrl webSocketUrl(bool secure, const QString &host, quint16 port)
{
    QUrl url;
    url.setScheme(QLatin1String(secure ? "wss" : "ws"));
    url.setHost(host);
    url.setPort(port);
    return url;
}

// Why a client broke off TLS with our certificate, in words for the log.
QString tlsRejection(const QString &socketError, bool clientClosed)
{
    const QString lower = socketError.toLower();
    if (lower.contains(QLatin1String("unknown ca")) || lower.contains(QLatin1String("certificate unknown"))
        || lower.contains(QLatin1String("bad certificate")))
        return ProxyClient::tr("the client closed TLS: it does not trust the Framewise CA (or it pins its "
                               "server's certificate). Trust the CA in the app (see the README), or leave this "
                               "host out of the intercepted ones.");
    if (clientClosed)
        return ProxyClient::tr("the client closed the connection during TLS: it probably does not trust the "
                               "Framewise CA.");
    return ProxyClient::tr("TLS with the client failed: %1").arg(socketError);
}
} // namespace

ProxyClient::ProxyClient(QSslSocket *socket, const Context &context, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_context(context)
    , m_clientAddress(socket->peerAddress())
    , m_clientPort(socket->peerPort())
{
    socket->setParent(this);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const int ms = m_context.settings->requestTimeoutMs;
        switch (m_phase) {
        case Phase::ProxyRequest:
        case Phase::InnerRequest:
            if (m_served > 0 && m_socket && m_socket->bytesAvailable() == 0) {
                finish(); // an idle kept-alive connection: closed without a word, as servers do
                return;
            }
            refuse(408, tr("The client did not send a complete request within %1 ms.").arg(ms));
            return;
        case Phase::TlsHandshake:
            onTlsFailed(tr("the client did not finish TLS within %1 ms.").arg(ms));
            return;
        case Phase::Connecting:
            refuse(504, tr("%1:%2 did not answer within %3 ms.").arg(m_host).arg(m_port).arg(ms));
            return;
        default:
            return;
        }
    });
    m_timer.start(m_context.settings->requestTimeoutMs);
    connect(socket, &QIODevice::readyRead, this, &ProxyClient::onReadyRead);
    connect(socket, &QAbstractSocket::disconnected, this, [this] {
        if (m_phase == Phase::TlsHandshake)
            onTlsFailed(tlsRejection(m_socket ? m_socket->errorString() : QString(), true));
        else if (m_phase != Phase::Tunnelling)
            onClientClosed();
    });
    connect(socket, &QIODevice::bytesWritten, this, [this] {
        if (m_phase == Phase::Exchanging)
            pumpResponse();
    });
    QMetaObject::invokeMethod(this, &ProxyClient::onReadyRead, Qt::QueuedConnection); // bytes already there
}

ProxyClient::~ProxyClient()
{
    if (m_socket)
        m_socket->disconnect(this);
}

void ProxyClient::onReadyRead()
{
    if (!m_socket)
        return;
    switch (m_phase) {
    case Phase::ProxyRequest:
    case Phase::InnerRequest:
        readRequestHead();
        return;
    case Phase::Sniffing:
        sniff();
        return;
    case Phase::Exchanging:
        pumpRequest();
        return;
    default:
        return; // TLS reads for itself; while connecting upstream the bytes wait in the socket
    }
}

// The head is peeked, not read, and only its bytes are taken once it is complete: what follows
// (a body, a WebSocket frame, a TLS ClientHello) stays in the socket for whoever comes next.
void ProxyClient::readRequestHead()
{
    const QByteArray peeked = m_socket->peek(HandshakeRequestParser::DefaultMaxHeaderSize + 1);
    if (peeked.isEmpty())
        return;
    HandshakeRequestParser parser;
    const qsizetype used = parser.feed(peeked.constData(), peeked.size());
    if (parser.state() == HandshakeRequestParser::State::Headers)
        return;
    if (parser.state() == HandshakeRequestParser::State::Error) {
        refuse(parser.errorStatusCode(), parser.errorString());
        return;
    }
    m_timer.stop();
    if (m_phase == Phase::ProxyRequest)
        onProxyRequest(parser.request(), used);
    else
        onInnerRequest(parser.request(), used);
}

void ProxyClient::onProxyRequest(const HandshakeRequest &request, qsizetype headBytes)
{
    m_method = QString::fromLatin1(request.method());
    m_target = QString::fromLatin1(request.target());
    if (request.method() == "CONNECT") {
        if (!parseAuthority(request.target(), &m_host, &m_port)) {
            refuse(400, tr("CONNECT needs a host and a port (host:port), not “%1”.").arg(m_target));
            return;
        }
        m_socket->skip(headBytes);
        if (!m_context.interceptHosts->matches(m_host, m_port)) {
            openTunnel(m_host, m_port, {});
            return;
        }
        // Looked into: the tunnel is ours to answer; its first bytes tell TLS from plain HTTP.
        m_socket->write(ConnectEstablished);
        m_insideConnect = true;
        m_phase = Phase::Sniffing;
        sniff();
        return;
    }
    // An absolute-form request (RFC 9112 section 3.2.2): "GET http://host:port/path HTTP/1.1".
    const QByteArray target = request.target();
    const QUrl url(QString::fromLatin1(target), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("http") || url.host().isEmpty()) {
        const bool der = target == "/framewise-ca.der";
        if ((target == "/framewise-ca.pem" || der) && !m_context.caPem.isEmpty()) {
            serve(der ? "application/pkix-cert" : "application/x-pem-file", der ? m_context.caDer : m_context.caPem,
                QString::fromLatin1(target.mid(1)));
            return;
        }
        if (target.startsWith('/'))
            refuse(400,
                tr("Framewise is an HTTP proxy: set it as your app's or browser's proxy and it forwards each "
                   "request to the server the request names.%1")
                    .arg(m_context.caPem.isEmpty()
                            ? QString()
                            : tr(" The certificate of the Framewise CA, for apps to trust, is at /framewise-ca.pem "
                                 "(or /framewise-ca.der) on this address.")));
        else
            refuse(400,
                tr("The request target “%1” is not an http:// address (https:// goes through CONNECT).").arg(m_target));
        return;
    }
    m_host = url.host();
    m_port = quint16(url.port(80));
    // The path and query exactly as sent: what follows the authority.
    const qsizetype authorityStart = target.indexOf("//") + 2;
    const qsizetype pathStart = [&] {
        for (qsizetype i = authorityStart; i < target.size(); ++i) {
            if (target.at(i) == '/' || target.at(i) == '?')
                return i;
        }
        return target.size();
    }();
    QByteArray originTarget = target.mid(pathStart);
    if (originTarget.isEmpty() || originTarget.startsWith('?'))
        originTarget.prepend('/');
    m_socket->skip(headBytes);
    HandshakeRequest rewritten = request;
    rewritten.requestLine = request.method() + ' ' + originTarget + ' ' + request.httpVersion();
    if (isWebSocketUpgrade(request) && m_context.interceptHosts->matches(m_host, m_port)) {
        rewritten.headers.removeAll("Proxy-Connection");
        rewritten.headers.removeAll("Proxy-Authorization");
        QSslSocket *socket = m_socket;
        socket->disconnect(this);
        m_socket = nullptr;
        m_context.interceptServer->adopt(socket, rewritten.toBytes(), webSocketUrl(false, m_host, m_port));
        finish();
        return;
    }
    forward(rewritten, m_host, m_port, false);
}

void ProxyClient::sniff()
{
    char first = 0;
    if (m_socket->peek(&first, 1) < 1)
        return; // the client has not spoken yet
    if (first != TlsHandshakeRecord) {
        m_phase = Phase::InnerRequest;
        m_timer.start(m_context.settings->requestTimeoutMs);
        readRequestHead();
        return;
    }
    startTls();
}

void ProxyClient::startTls()
{
    QString error;
    const QSslConfiguration tls
        = m_context.settings->decryptTls && m_context.tlsFor ? m_context.tlsFor(m_host, &error) : QSslConfiguration();
    if (tls.localCertificate().isNull()) {
        openTunnel(m_host, m_port,
            !m_context.settings->decryptTls ? tr("TLS not decrypted: decryption is off")
                : error.isEmpty()           ? tr("TLS not decrypted: no Framewise CA")
                                            : tr("TLS not decrypted: %1").arg(error));
        return;
    }
    m_phase = Phase::TlsHandshake;
    m_timer.start(m_context.settings->requestTimeoutMs);
    m_socket->setSslConfiguration(tls);
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        m_phase = Phase::InnerRequest;
        m_timer.start(m_context.settings->requestTimeoutMs);
        readRequestHead();
    });
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (m_phase == Phase::TlsHandshake && error != QAbstractSocket::RemoteHostClosedError)
            onTlsFailed(tlsRejection(m_socket->errorString(), false));
    });
    m_socket->startServerEncryption();
}

void ProxyClient::onTlsFailed(const QString &why)
{
    if (m_phase == Phase::Done)
        return;
    ProxyEvent failed = makeEvent(ProxyEvent::Kind::TlsRejected);
    failed.detail = why;
    Q_EMIT proxyEvent(failed);
    if (m_socket) {
        m_socket->disconnect(this); // no second report from the abort
        m_socket->abort();
    }
    finish();
}

void ProxyClient::onInnerRequest(const HandshakeRequest &request, qsizetype headBytes)
{
    const bool secure = m_socket->isEncrypted();
    m_method = QString::fromLatin1(request.method());
    // The whole address, as the log shows it: the tunnel's host and port, the request's path.
    QUrl shown;
    shown.setScheme(QLatin1String(secure ? "https" : "http"));
    shown.setHost(m_host);
    shown.setPort(m_port);
    m_target = shown.toString(QUrl::FullyEncoded) + QString::fromLatin1(request.target());
    if (isWebSocketUpgrade(request)) {
        // Not taken from the socket: the listener reads the request itself.
        QSslSocket *socket = m_socket;
        socket->disconnect(this);
        m_socket = nullptr;
        m_context.interceptServer->adopt(socket, {}, webSocketUrl(secure, m_host, m_port));
        finish();
        return;
    }
    m_socket->skip(headBytes);
    forward(request, m_host, m_port, secure);
}

// The request goes on as it came but for the hop-by-hop headers (RFC 9110 section 7.6.1): those
// the Connection header names, the proxy's own, and Upgrade (a WebSocket upgrade never comes here).
QByteArray ProxyClient::forwardedHead(const HandshakeRequest &request, bool close)
{
    HttpHeaders headers;
    const QList<QByteArray> named = request.headers.tokens("Connection");
    for (const HttpHeaders::Entry &entry : request.headers.entries()) {
        const QByteArray &name = entry.first;
        const bool hopByHop = name.compare("Connection", Qt::CaseInsensitive) == 0
            || name.compare("Proxy-Connection", Qt::CaseInsensitive) == 0
            || name.compare("Keep-Alive", Qt::CaseInsensitive) == 0
            || name.compare("Proxy-Authorization", Qt::CaseInsensitive) == 0
            || name.compare("Upgrade", Qt::CaseInsensitive) == 0
            || std::any_of(named.begin(), named.end(),
                [&](const QByteArray &token) { return token.compare(name, Qt::CaseInsensitive) == 0; });
        if (!hopByHop)
            headers.append(name, entry.second);
    }
    if (close)
        headers.append("Connection", "close");
    HandshakeRequest forwarded;
    forwarded.requestLine = request.requestLine;
    forwarded.headers = headers;
    return forwarded.toBytes();
}

void ProxyClient::forward(const HandshakeRequest &request, const QString &host, quint16 port, bool secure)
{
    // HTTP/1.0 and "Connection: close" end the connection after this exchange; so does a client
    // that may not know where its own body ends.
    m_closeAfter = request.httpVersion() != "HTTP/1.1" || request.headers.hasToken("Connection", "close")
        || request.headers.hasToken("Proxy-Connection", "close");
    m_requestBody = HttpMessageFramer::forRequest(request.headers);
    if (m_requestBody->hasError()) {
        refuse(400, m_requestBody->errorString());
        return;
    }
    m_requestMethod = request.method();
    m_responseBody.reset();
    m_pendingHead = forwardedHead(request, m_closeAfter);
    m_socket->setReadBufferSize(ProxyTunnel::ReadBufferBytes); // a body waits in the kernel meanwhile
    const bool reuse = m_upstream && m_upstream->state() == QAbstractSocket::ConnectedState && m_upstreamHost == host
        && m_upstreamPort == port && m_secureUpstream == secure;
    if (reuse) {
        startExchange();
        return;
    }
    if (m_upstream) {
        m_upstream->disconnect(this);
        m_upstream->abort();
        m_upstream->deleteLater();
    }
    m_upstreamHost = host;
    m_upstreamPort = port;
    m_secureUpstream = secure;
    m_phase = Phase::Connecting;
    m_timer.start(m_context.settings->requestTimeoutMs);
    QAbstractSocket *upstream = nullptr;
    if (secure) {
        auto *ssl = new QSslSocket(this);
        ssl->setSslConfiguration(m_context.upstreamTls);
        connect(ssl, &QSslSocket::encrypted, this, &ProxyClient::startExchange);
        connect(ssl, &QSslSocket::sslErrors, this, [this, ssl](const QList<QSslError> &errors) {
            // Only these errors, for only a pinned certificate: anything else still fails.
            const QSslCertificate leaf = ssl->peerCertificate();
            const bool pinned = std::any_of(m_context.pins.cbegin(), m_context.pins.cend(),
                [&](const CertificatePin &pin) { return pin.matches(m_upstreamHost, leaf); });
            if (pinned)
                ssl->ignoreSslErrors(errors);
        });
        upstream = ssl;
    } else {
        upstream = new QTcpSocket(this);
        connect(upstream, &QAbstractSocket::connected, this, &ProxyClient::startExchange);
    }
    m_upstream = upstream;
    upstream->setReadBufferSize(ProxyTunnel::ReadBufferBytes);
    connect(upstream, &QIODevice::readyRead, this, [this] {
        if (m_phase == Phase::Exchanging)
            pumpResponse();
    });
    connect(upstream, &QIODevice::bytesWritten, this, [this] {
        if (m_phase == Phase::Exchanging)
            pumpRequest();
    });
    connect(upstream, &QAbstractSocket::disconnected, this, &ProxyClient::onUpstreamClosed);
    connect(upstream, &QAbstractSocket::errorOccurred, this, [this, upstream](QAbstractSocket::SocketError error) {
        if (m_phase != Phase::Connecting) {
            if (error != QAbstractSocket::RemoteHostClosedError)
                onUpstreamClosed();
            return;
        }
        const bool tls = error == QAbstractSocket::SslHandshakeFailedError;
        refuse(502,
            tls ? tr("Framewise did not forward the request: %1:%2 failed TLS verification: %3")
                      .arg(m_host)
                      .arg(m_port)
                      .arg(upstream->errorString())
                : tr("Framewise could not reach %1:%2: %3").arg(m_host).arg(m_port).arg(upstream->errorString()));
    });
    if (secure)
        static_cast<QSslSocket *>(upstream)->connectToHostEncrypted(host, port);
    else
        upstream->connectToHost(host, port);
}

void ProxyClient::startExchange()
{
    if (!m_upstream || !m_socket
        || (m_phase != Phase::Connecting && m_phase != Phase::ProxyRequest && m_phase != Phase::InnerRequest))
        return;
    m_timer.stop();
    m_phase = Phase::Exchanging;
    m_upstream->write(m_pendingHead);
    m_pendingHead.clear();
    Q_EMIT proxyEvent(makeEvent(ProxyEvent::Kind::Forwarded));
    pumpRequest();
    pumpResponse();
}

// Passes the bytes of one message body from one socket to the other, as far as they have come and
// (unless drainAll) while the receiver has room. Bytes known to be the body's are read straight
// through; framing (chunk sizes, trailers) is peeked first, so that what follows the message stays
// in the socket for the next one. False when the body is malformed.
static bool passBody(HttpMessageFramer &body, QAbstractSocket *from, QAbstractSocket *to, bool drainAll)
{
    constexpr qint64 Chunk = qint64(256) * 1024;
    char buffer[Chunk];
    while (!body.isDone() && (drainAll || to->bytesToWrite() < ProxyTunnel::HighWaterBytes)) {
        const qint64 certain = std::min(body.certainBytes(), Chunk);
        if (certain > 0) {
            const qint64 n = from->read(buffer, certain);
            if (n <= 0)
                return true;
            body.feed(buffer, qsizetype(n));
            to->write(buffer, n);
            continue;
        }
        const qint64 n = from->peek(buffer, Chunk);
        if (n <= 0)
            return true;
        const qsizetype used = body.feed(buffer, qsizetype(n));
        to->write(buffer, used);
        from->skip(used);
        if (body.hasError())
            return false;
        if (used == 0)
            return true;
    }
    return true;
}

// The request's body, as far as it has come and the server takes it.
void ProxyClient::pumpRequest()
{
    if (m_phase != Phase::Exchanging || !m_socket || !m_upstream || !m_requestBody)
        return;
    if (!passBody(*m_requestBody, m_socket, m_upstream, false))
        refuse(400, m_requestBody->errorString());
}

// A response head: the status line and headers up to the empty line, passed on as they came.
// False while it is incomplete (or when it was bad: then the client has been answered).
bool ProxyClient::readResponseHead()
{
    const QByteArray peeked = m_upstream->peek(HandshakeRequestParser::DefaultMaxHeaderSize + 1);
    qsizetype end = peeked.indexOf("\r\n\r\n");
    qsizetype headLength = end + 4;
    if (end < 0) {
        end = peeked.indexOf("\n\n");
        headLength = end + 2;
    }
    if (end < 0) {
        if (peeked.size() > HandshakeRequestParser::DefaultMaxHeaderSize)
            refuse(502,
                tr("%1:%2 answered with a header block larger than %3 KiB.")
                    .arg(m_host)
                    .arg(m_port)
                    .arg(HandshakeRequestParser::DefaultMaxHeaderSize / 1024));
        return false;
    }
    const QByteArray head = peeked.left(headLength);
    QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> status = lines.takeFirst().trimmed().split(' ');
    bool ok = false;
    const int statusCode = status.value(1).toInt(&ok);
    if (!status.value(0).startsWith("HTTP/1.") || !ok || statusCode < 100 || statusCode > 999) {
        refuse(502, tr("%1:%2 did not answer with an HTTP response.").arg(m_host).arg(m_port));
        return false;
    }
    HttpHeaders headers;
    for (const QByteArray &line : std::as_const(lines)) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.append(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    m_upstream->skip(head.size());
    m_socket->write(head);
    if (statusCode >= 100 && statusCode < 200 && statusCode != 101)
        return readResponseHead(); // 100 Continue, 103 Early Hints: the real answer follows
    m_responseBody = HttpMessageFramer::forResponse(statusCode, headers, m_requestMethod);
    m_closeAfter = m_closeAfter || statusCode == 101 || status.value(0) != "HTTP/1.1"
        || headers.hasToken("Connection", "close") || m_responseBody->mode() == HttpMessageFramer::Mode::UntilClose;
    return true;
}

// The response, as far as it has come and the client takes it.
void ProxyClient::pumpResponse(bool drainAll)
{
    if (m_phase != Phase::Exchanging || !m_socket || !m_upstream)
        return;
    if (!m_responseBody && !readResponseHead())
        return;
    if (!passBody(*m_responseBody, m_upstream, m_socket, drainAll)) {
        m_closeAfter = true; // what follows cannot be told from this body: no next request
        exchangeDone();
        return;
    }
    if (m_responseBody->isDone())
        exchangeDone();
}

void ProxyClient::exchangeDone()
{
    ++m_served;
    m_responseBody.reset();
    if (m_closeAfter || !m_requestBody || !m_requestBody->isDone()) {
        // After what is still being written, the client's connection ends, and the server's.
        if (m_upstream) {
            m_upstream->disconnect(this);
            m_upstream->abort();
        }
        closeClientAfter({});
        finish();
        return;
    }
    m_requestBody.reset();
    m_phase = m_insideConnect ? Phase::InnerRequest : Phase::ProxyRequest;
    m_timer.start(m_context.settings->requestTimeoutMs);
    readRequestHead(); // it may be here already
}

void ProxyClient::onUpstreamClosed()
{
    if (m_phase == Phase::Exchanging) {
        if (m_upstream && m_upstream->bytesAvailable() > 0)
            pumpResponse(true); // what it sent before it closed (at most its socket's read buffer)
        if (m_phase != Phase::Exchanging)
            return;
        if (m_responseBody && m_responseBody->mode() == HttpMessageFramer::Mode::UntilClose) {
            m_closeAfter = true;
            exchangeDone(); // the body that lasts until the close is complete
            return;
        }
        if (!m_responseBody) {
            refuse(502, tr("%1:%2 closed the connection without answering.").arg(m_host).arg(m_port));
            return;
        }
        // Cut off in the middle of a body: the client must see it cut too.
        if (m_socket)
            m_socket->disconnectFromHost();
        finish();
        return;
    }
    // Between requests the server may close a kept-alive connection; the next request opens a new one.
}

void ProxyClient::onClientClosed()
{
    finish();
}

void ProxyClient::openTunnel(const QString &host, quint16 port, const QString &detail)
{
    const bool answered = m_phase == Phase::Sniffing; // the 200 went out already
    m_phase = Phase::Connecting;
    m_timer.start(m_context.settings->requestTimeoutMs);
    auto *upstream = new QTcpSocket(this);
    m_upstream = upstream;
    connect(upstream, &QAbstractSocket::connected, this, [this, upstream, answered, detail] {
        if (m_phase != Phase::Connecting)
            return;
        if (!answered)
            m_socket->write(ConnectEstablished);
        ProxyEvent opened = makeEvent(ProxyEvent::Kind::Tunnel);
        opened.detail = detail;
        Q_EMIT proxyEvent(opened);
        startTunnel(upstream);
    });
    connect(upstream, &QAbstractSocket::errorOccurred, this, [this, upstream, answered] {
        if (m_phase != Phase::Connecting)
            return;
        const QString why
            = tr("Framewise could not connect to %1:%2: %3").arg(m_host).arg(m_port).arg(upstream->errorString());
        if (!answered) {
            refuse(502, why);
            return;
        }
        ProxyEvent failed = makeEvent(ProxyEvent::Kind::Refused);
        failed.detail = why;
        Q_EMIT proxyEvent(failed);
        if (m_socket)
            m_socket->abort();
        finish();
    });
    upstream->connectToHost(host, port);
}

void ProxyClient::startTunnel(QAbstractSocket *server)
{
    m_timer.stop();
    m_phase = Phase::Tunnelling;
    QSslSocket *client = m_socket;
    client->disconnect(this);
    server->disconnect(this);
    m_tunnel = new ProxyTunnel(client, server, this);
    connect(m_tunnel, &ProxyTunnel::finished, this, &ProxyClient::finish);
}

void ProxyClient::refuse(int statusCode, const QString &reason)
{
    if (m_phase == Phase::Done)
        return;
    ProxyEvent refused = makeEvent(ProxyEvent::Kind::Refused);
    refused.statusCode = statusCode;
    refused.detail = reason;
    Q_EMIT proxyEvent(refused);
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        closeClientAfter(ServerHandshake::refuse(statusCode, reason).response().toBytes());
    finish();
}

void ProxyClient::serve(const QByteArray &contentType, const QByteArray &body, const QString &fileName)
{
    QByteArray response = "HTTP/1.1 200 OK\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nContent-Disposition: attachment; filename=\""
        + fileName.toLatin1() + "\"\r\nConnection: close\r\n\r\n" + body;
    closeClientAfter(response);
    finish();
}

// The client's connection outlives us until what is waiting (and last) has gone out, then ends;
// a client that does not read is cut after LingerMs.
void ProxyClient::closeClientAfter(const QByteArray &last)
{
    if (!m_socket)
        return;
    QSslSocket *socket = m_socket;
    socket->disconnect(this);
    m_socket = nullptr;
    socket->setParent(nullptr);
    if (!last.isEmpty())
        socket->write(last);
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(LingerMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    socket->disconnectFromHost();
}

void ProxyClient::finish()
{
    if (m_phase == Phase::Done)
        return;
    m_phase = Phase::Done;
    m_timer.stop();
    if (m_upstream && !m_tunnel) {
        m_upstream->disconnect(this);
        m_upstream->abort();
    }
    Q_EMIT done();
    deleteLater();
}

ProxyEvent ProxyClient::makeEvent(ProxyEvent::Kind kind) const
{
    ProxyEvent made;
    made.kind = kind;
    made.clientAddress = m_clientAddress;
    made.clientPort = m_clientPort;
    made.method = m_method;
    made.host = m_host;
    made.port = m_port;
    made.target = m_target;
    return made;
}

} // namespace Framewise
