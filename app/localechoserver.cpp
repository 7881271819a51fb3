// SPDX-License-Identifier: GPL-3.0-or-later
#include "localechoserver.h"

#include <QWebSocket>
#include <QWebSocketServer>

namespace Framewise {

LocalEchoServer::LocalEchoServer(QObject *parent)
    : QObject(parent)
    , m_server(new QWebSocketServer(QStringLiteral("Framewise local echo"), QWebSocketServer::NonSecureMode, this))
{
    connect(m_server, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *client = m_server->nextPendingConnection()) {
            client->setParent(this);
            m_clients.append(client);
            connect(client, &QWebSocket::textMessageReceived, client, [this, client](const QString &text) {
                client->sendTextMessage(text);
                ++m_echoed;
            });
            connect(client, &QWebSocket::binaryMessageReceived, client, [this, client](const QByteArray &data) {
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
    });
    connect(&m_periodic, &QTimer::timeout, this, [this] {
        for (QWebSocket *client : std::as_const(m_clients))
            client->sendTextMessage(m_periodicText);
    });
}

LocalEchoServer::~LocalEchoServer()
{
    stop();
}

bool LocalEchoServer::start(quint16 port)
{
    if (m_server->isListening())
        return true;
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        m_error = m_server->errorString();
        return false;
    }
    m_error.clear();
    return true;
}

void LocalEchoServer::stop()
{
    m_periodic.stop();
    for (QWebSocket *client : std::as_const(m_clients)) {
        client->disconnect(this);
        client->abort();
        client->deleteLater();
    }
    m_clients.clear();
    m_server->close();
}

bool LocalEchoServer::isListening() const
{
    return m_server->isListening();
}

quint16 LocalEchoServer::port() const
{
    return m_server->serverPort();
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
