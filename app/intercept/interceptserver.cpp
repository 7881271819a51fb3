// SPDX-License-Identifier: GPL-3.0-or-later
#include "interceptserver.h"

#include "websocketlistener.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

namespace Framewise {

InterceptServer::InterceptServer(QObject *parent)
    : QObject(parent)
{
}

InterceptServer::~InterceptServer()
{
    for (InterceptConnection *connection : std::as_const(m_connections))
        connection->disconnect(this);
}

bool InterceptServer::start(const InterceptSettings &settings, QString *error)
{
    m_listenFailed = false;
    if (const QStringList problems = settings.problems(); !problems.isEmpty()) {
        *error = problems.join(QLatin1Char('\n'));
        return false;
    }
    m_settings = settings;
    m_listener = std::make_unique<WebSocketListener>();
    m_listener->setHandshakeTimeout(settings.handshakeTimeoutMs);
    if (!settings.certificatePath.isEmpty()) {
        QFile certificateFile(settings.certificatePath);
        QFile keyFile(settings.keyPath);
        if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the certificate or key: %1")
                         .arg(certificateFile.isOpen() ? keyFile.errorString() : certificateFile.errorString());
            return false;
        }
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certificateFile.readAll(), QSsl::Pem);
        const QByteArray keyBytes = keyFile.readAll();
        QSslKey key(keyBytes, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyBytes, QSsl::Rsa, QSsl::Pem);
        if (chain.isEmpty() || key.isNull()) {
            *error = chain.isEmpty() ? tr("%1 holds no PEM certificate.").arg(settings.certificatePath)
                                     : tr("%1 holds no PEM private key (RSA or EC).").arg(settings.keyPath);
            return false;
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(chain);
        tls.setPrivateKey(key);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone); // apps do not present certificates
        m_listener->setSslConfiguration(tls);
    }
    connect(m_listener.get(), &WebSocketListener::handshakeReceived, this, &InterceptServer::onHandshake);
    connect(m_listener.get(), &WebSocketListener::handshakeFailed, this, &InterceptServer::handshakeFailed);
    if (!m_listener->listen(settings.listenAddress, settings.listenPort)) {
        m_listenFailed = true;
        *error = m_listener->errorString();
        m_listener.reset();
        return false;
    }
    QUrl url; // brackets around an IPv6 address
    url.setScheme(QLatin1String(m_listener->isSecure() ? "wss" : "ws"));
    url.setHost(m_listener->serverAddress().toString());
    url.setPort(m_listener->serverPort());
    m_listenUrl = url.toString();
    return true;
}

void InterceptServer::startAdopting(const InterceptSettings &settings)
{
    m_listenFailed = false;
    m_settings = settings;
    m_listener = std::make_unique<WebSocketListener>();
    m_listener->setHandshakeTimeout(settings.handshakeTimeoutMs);
    connect(m_listener.get(), &WebSocketListener::handshakeReceived, this, &InterceptServer::onHandshake);
    connect(m_listener.get(), &WebSocketListener::handshakeFailed, this, &InterceptServer::handshakeFailed);
}

void InterceptServer::adopt(QAbstractSocket *socket, const QByteArray &alreadyRead, const QUrl &upstreamBase)
{
    if (!m_listener)
        startAdopting(m_settings);
    m_listener->adoptConnection(socket, alreadyRead, upstreamBase);
}

void InterceptServer::stop(quint16 code, const QString &reason)
{
    if (m_listener)
        m_listener->close();
    for (InterceptConnection *connection : std::as_const(m_connections)) {
        if (connection->state() != InterceptConnection::State::Ended)
            connection->close(code, reason);
    }
}

bool InterceptServer::isListening() const
{
    return m_listener && m_listener->isListening();
}

QHostAddress InterceptServer::address() const
{
    return m_listener ? m_listener->serverAddress() : QHostAddress();
}

quint16 InterceptServer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

QString InterceptServer::listenUrl() const
{
    return m_listenUrl;
}

InterceptConnection *InterceptServer::connection(quint64 id) const
{
    for (InterceptConnection *connection : m_connections) {
        if (connection->id() == id)
            return connection;
    }
    return nullptr;
}

int InterceptServer::liveCount() const
{
    return int(std::count_if(m_connections.begin(), m_connections.end(),
        [](const InterceptConnection *c) { return c->state() != InterceptConnection::State::Ended; }));
}

void InterceptServer::removeEnded()
{
    for (auto it = m_connections.begin(); it != m_connections.end();) {
        if ((*it)->state() == InterceptConnection::State::Ended) {
            (*it)->deleteLater();
            it = m_connections.erase(it);
        } else {
            ++it;
        }
    }
}

void InterceptServer::onHandshake(PendingHandshake *handshake)
{
    InterceptSettings settings = m_settings;
    if (const QVariant tag = handshake->tag(); tag.canConvert<QUrl>() && tag.toUrl().isValid())
        settings.upstream.url = tag.toUrl(); // adopted from a proxy: this request's own server
    auto *connection = new InterceptConnection(++m_nextId, handshake, settings, this);
    m_connections.append(connection);
    connect(connection, &InterceptConnection::ended, this, [this, connection] { Q_EMIT connectionEnded(connection); });
    connection->start();
    Q_EMIT connectionAdded(connection); // started: its upstream leg and session are there to record
}

} // namespace Framewise
