// SPDX-License-Identifier: GPL-3.0-or-later
#include "localechoserver.h"

#include <QHostAddress>
#include <QWebSocket>
#include <QWebSocketServer>

namespace Framewise {

LocalEchoServer::LocalEchoServer(QObject *parent)
    : QObject(parent)
    , m_server(new QWebSocketServer(QStringLiteral("Framewise local echo"), QWebSocketServer::NonSecureMode, this))
{
    connect(m_server, &QWebSocketServer::newConnection, this, &LocalEchoServer::acceptPending);
    connect(&m_periodic, &QTimer::timeout, this, [this] {
        for (QWebSocket *client : std::as_const(m_clients))
            client->sendTextMessage(m_periodicText);
    });
}

LocalEchoServer::~LocalEchoServer()
{
    stop();
}

void LocalEchoServer::acceptPending()
{
    while (QWebSocket *client = m_server->nextPendingConnection()) {
        client->setParent(this);
        m_clients.append(client);
        ++m_totalConnections;
        // The same type goes back: a text message stays text, binary stays binary.
        connect(client, &QWebSocket::textMessageReceived, this, [this, client](const QString &text) {
            client->sendTextMessage(text);
            ++m_echoed;
        });
        connect(client, &QWebSocket::binaryMessageReceived, this, [this, client](const QByteArray &data) {
            client->sendBinaryMessage(data);
            ++m_echoed;
        });
        connect(client, &QWebSocket::disconnected, this, [this, client] {
            m_clients.removeAll(client);
            client->deleteLater();
            Q_EMIT clientDisconnected();
        });
        Q_EMIT clientConnected();
    }
}

bool LocalEchoServer::start(quint16 port)
{
    if (m_server->isListening())
        return true;
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        m_error = m_server->errorString();
        if (m_error.isEmpty())
            m_error = tr("Cannot listen on 127.0.0.1:%1.").arg(port);
        return false;
    }
    m_error.clear();
    return true;
}

void LocalEchoServer::stop()
{
    m_periodic.stop();
    const QList<QWebSocket *> clients = std::exchange(m_clients, {});
    for (QWebSocket *client : clients) {
        client->disconnect(this);
        client->abort();
        client->deleteLater();
    }
    m_server->close();
}

bool LocalEchoServer::isListening() const
{
    return m_server->isListening();
}

quint16 LocalEchoServer::port() const
{
    return m_server->isListening() ? m_server->serverPort() : quint16(0);
}

QUrl LocalEchoServer::url() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port()));
}

void LocalEchoServer::setPeriodicMessage(int intervalMs, const QString &text)
{
    m_periodicText = text;
    if (intervalMs > 0)
        m_periodic.start(intervalMs);
    else
        m_periodic.stop();
}

} // namespace Framewise
