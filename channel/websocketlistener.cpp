// SPDX-License-Identifier: GPL-3.0-or-later
#include "websocketlistener.h"

#include "handshakerequestparser.h"

#include <QCoreApplication>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

#include <unordered_map>
#include <utility>

namespace Framewise {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Framewise::WebSocketListener", text);
}

constexpr qint64 ReadChunk = qint64(16) * 1024; // bytes read at a time while the request comes in
constexpr int LingerMs = 2000;

// Hands out QSslSockets before their TLS handshake, so that TLS runs inside the listener's own
// handshake timeout, cap and failure reports, like the request after it. (QSslServer runs TLS out
// of the listener's sight: it drops a client that sends no ClientHello without a word, clears
// the peer's address before reporting a timeout, and stalls accepting instead of cutting off.)
class TlsServer : public QTcpServer {
public:
    explicit TlsServer(const QSslConfiguration &configuration)
        : m_configuration(configuration)
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSslConfiguration(m_configuration);
        addPendingConnection(socket);
    }

private:
    QSslConfiguration m_configuration;
};
} // namespace

// One connection reading its request.
struct IncomingHandshake {
    HandshakeRequestParser parser;
    QTimer timer;
    QByteArray alreadyRead; // an adopted connection's first bytes, read before it came here
    QVariant tag;
};

class WebSocketListenerPrivate {
public:
    explicit WebSocketListenerPrivate(WebSocketListener *listener)
        : q(listener)
    {
    }

    void onPendingConnection();
    void adopt(QAbstractSocket *socket, const QByteArray &alreadyRead = {}, const QVariant &tag = {});
    void onReadyRead(QAbstractSocket *socket);
    // False when the request is complete or refused (the socket is then handed on or gone).
    bool parse(QAbstractSocket *socket, IncomingHandshake &incoming, const char *data, qsizetype size);
    void fail(QAbstractSocket *socket, const ServerHandshake *refusal, const QString &reason);
    void forget(QAbstractSocket *socket);

    WebSocketListener *q;
    std::unique_ptr<QTcpServer> m_server;
    QSslConfiguration m_ssl;
    bool m_secure = false;
    int m_timeoutMs = WebSocketListener::DefaultHandshakeTimeoutMs;
    int m_maxPending = WebSocketListener::DefaultMaxPendingHandshakes;
    QString m_error;
    std::unordered_map<QAbstractSocket *, std::unique_ptr<IncomingHandshake>> m_incoming;
};

void WebSocketListenerPrivate::onPendingConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        if (!socket)
            break;
        if (int(m_incoming.size()) >= m_maxPending) {
            // Full: drop at once rather than let slow clients queue up without bound.
            HandshakeFailure failure;
            failure.peerAddress = socket->peerAddress();
            failure.peerPort = socket->peerPort();
            failure.reason = tr("Too many clients are still sending their handshake (%1); this one was cut off.")
                                 .arg(m_maxPending);
            socket->abort();
            socket->deleteLater();
            Q_EMIT q->handshakeFailed(failure);
            continue;
        }
        adopt(socket);
    }
}

void WebSocketListenerPrivate::adopt(QAbstractSocket *socket, const QByteArray &alreadyRead, const QVariant &tag)
{
    socket->setParent(q);
    auto incoming = std::make_unique<IncomingHandshake>();
    incoming->alreadyRead = alreadyRead;
    incoming->tag = tag;
    incoming->timer.setSingleShot(true);
    QObject::connect(&incoming->timer, &QTimer::timeout, q, [this, socket] {
        fail(socket, nullptr,
            tr("The client did not complete its handshake within %1 ms; the connection was closed.").arg(m_timeoutMs));
    });
    incoming->timer.start(m_timeoutMs);
    m_incoming.emplace(socket, std::move(incoming));
    QObject::connect(socket, &QIODevice::readyRead, q, [this, socket] { onReadyRead(socket); });
    QObject::connect(socket, &QAbstractSocket::disconnected, q, [this, socket] {
        onReadyRead(socket);
        auto it = m_incoming.find(socket);
        if (it == m_incoming.end())
            return;
        it->second->parser.finishInput();
        const QString why = it->second->parser.bytesConsumed() == 0
            ? tr("The client closed the connection without sending a handshake.")
            : tr("The client closed the connection in the middle of its handshake.");
        fail(socket, nullptr, why);
    });
    if (auto *ssl = qobject_cast<QSslSocket *>(socket); ssl && m_secure && !ssl->isEncrypted()) {
        QObject::connect(ssl, &QAbstractSocket::errorOccurred, q, [this, ssl](QAbstractSocket::SocketError error) {
            const bool tlsError = error == QAbstractSocket::SslHandshakeFailedError
                || error == QAbstractSocket::SslInternalError || error == QAbstractSocket::SslInvalidUserDataError;
            if (tlsError || !ssl->isEncrypted())
                fail(ssl, nullptr, tr("The TLS handshake with the client failed: %1").arg(ssl->errorString()));
        });
        ssl->startServerEncryption();
        return;
    }
    onReadyRead(socket);
}

void WebSocketListenerPrivate::onReadyRead(QAbstractSocket *socket)
{
    auto it = m_incoming.find(socket);
    if (it == m_incoming.end())
        return;
    IncomingHandshake &incoming = *it->second;
    if (!incoming.alreadyRead.isEmpty()) {
        const QByteArray first = std::exchange(incoming.alreadyRead, {});
        if (!parse(socket, incoming, first.constData(), first.size()))
            return;
    }
    char buffer[ReadChunk];
    while (true) {
        const qint64 n = socket->read(buffer, ReadChunk);
        if (n <= 0 || !parse(socket, incoming, buffer, qsizetype(n)))
            return;
    }
}

bool WebSocketListenerPrivate::parse(
    QAbstractSocket *socket, IncomingHandshake &incoming, const char *data, qsizetype size)
{
    HandshakeRequestParser &parser = incoming.parser;
    const qsizetype used = parser.feed(data, size);
    if (parser.state() == HandshakeRequestParser::State::Error) {
        const ServerHandshake refusal = ServerHandshake::refuse(parser.errorStatusCode(), parser.errorString());
        fail(socket, &refusal, parser.errorString());
        return false;
    }
    if (parser.state() != HandshakeRequestParser::State::Done)
        return true;
    const QByteArray leftover(data + used, size - used);
    const ServerHandshake check = ServerHandshake::answer(parser.request(), {});
    if (!check.isAccepted()) {
        fail(socket, &check, check.refusalReason());
        return false;
    }
    HandshakeRequest request = parser.takeRequest();
    QVariant tag = incoming.tag;
    forget(socket); // incoming is gone from here on
    auto *pending = new PendingHandshake(socket, std::move(request), leftover, std::move(tag), q);
    Q_EMIT q->handshakeReceived(pending);
    return false;
}

void WebSocketListenerPrivate::forget(QAbstractSocket *socket)
{
    QObject::disconnect(socket, nullptr, q, nullptr);
    m_incoming.erase(socket);
}

void WebSocketListenerPrivate::fail(QAbstractSocket *socket, const ServerHandshake *refusal, const QString &reason)
{
    auto it = m_incoming.find(socket);
    if (it == m_incoming.end())
        return;
    HandshakeFailure failure;
    failure.peerAddress = socket->peerAddress();
    failure.peerPort = socket->peerPort();
    failure.request = it->second->parser.request();
    failure.reason = reason;
    failure.tag = it->second->tag;
    forget(socket);
    if (refusal && socket->state() == QAbstractSocket::ConnectedState) {
        failure.response = refusal->response();
        socket->write(refusal->response().toBytes());
        socket->setParent(nullptr);
        QObject::connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(LingerMs, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        socket->disconnectFromHost();
    } else {
        socket->abort();
        socket->deleteLater();
    }
    Q_EMIT q->handshakeFailed(failure);
}

WebSocketListener::WebSocketListener(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<WebSocketListenerPrivate>(this))
{
    qRegisterMetaType<Framewise::HandshakeFailure>();
}

WebSocketListener::~WebSocketListener()
{
    // Sockets still reading their request are children; they go with us.
    for (auto &[socket, incoming] : d->m_incoming)
        QObject::disconnect(socket, nullptr, this, nullptr);
}

void WebSocketListener::setSslConfiguration(const QSslConfiguration &configuration)
{
    d->m_ssl = configuration;
    d->m_secure = !configuration.localCertificate().isNull();
}

bool WebSocketListener::isSecure() const
{
    return d->m_secure;
}

void WebSocketListener::setHandshakeTimeout(int ms)
{
    if (ms > 0)
        d->m_timeoutMs = ms;
}

int WebSocketListener::handshakeTimeout() const
{
    return d->m_timeoutMs;
}

void WebSocketListener::setMaxPendingHandshakes(int count)
{
    if (count > 0)
        d->m_maxPending = count;
}

bool WebSocketListener::listen(const QHostAddress &address, quint16 port)
{
    close();
    // TLS counts against the same budget as the request (see adopt()).
    if (d->m_secure)
        d->m_server = std::make_unique<TlsServer>(d->m_ssl);
    else
        d->m_server = std::make_unique<QTcpServer>();
    d->m_server->setMaxPendingConnections(d->m_maxPending);
    QObject::connect(
        d->m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] { d->onPendingConnection(); });
    if (!d->m_server->listen(address, port)) {
        d->m_error
            = tr("Cannot listen on %1 port %2: %3").arg(address.toString()).arg(port).arg(d->m_server->errorString());
        d->m_server.reset();
        return false;
    }
    d->m_error.clear();
    return true;
}

void WebSocketListener::close()
{
    if (d->m_server) {
        d->m_server->close();
        d->m_server.reset();
    }
}

bool WebSocketListener::isListening() const
{
    return d->m_server && d->m_server->isListening();
}

QHostAddress WebSocketListener::serverAddress() const
{
    return d->m_server ? d->m_server->serverAddress() : QHostAddress();
}

quint16 WebSocketListener::serverPort() const
{
    return d->m_server ? d->m_server->serverPort() : 0;
}

QString WebSocketListener::errorString() const
{
    return d->m_error;
}

int WebSocketListener::pendingCount() const
{
    return int(d->m_incoming.size());
}

void WebSocketListener::adoptConnection(QAbstractSocket *socket, const QByteArray &alreadyRead, const QVariant &tag)
{
    d->adopt(socket, alreadyRead, tag);
}

} // namespace Framewise
