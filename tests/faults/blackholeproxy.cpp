// SPDX-License-Identifier: GPL-3.0-or-later
#include "blackholeproxy.h"

#include <QHostAddress>

namespace Framewise {

BlackholeProxy::BlackholeProxy(quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &BlackholeProxy::onNewConnection);
}

bool BlackholeProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl BlackholeProxy::url(const QString &path) const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:") + QString::number(port()) + path);
}

bool BlackholeProxy::bothConnected() const
{
    return m_client && m_upstream && m_client->state() == QAbstractSocket::ConnectedState
        && m_upstream->state() == QAbstractSocket::ConnectedState;
}

void BlackholeProxy::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connections;
        if (m_client) { // one client at a time
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_client = socket;
        m_upstream = new QTcpSocket(this);
        QTcpSocket *client = socket;
        QTcpSocket *upstream = m_upstream;
        // Bytes the client sends before the upstream leg is up wait in the client socket's buffer.
        connect(upstream, &QTcpSocket::connected, this,
            [this, client, upstream] { pass(client, upstream, &m_droppedFromClient); });
        connect(client, &QTcpSocket::readyRead, this, [this, client, upstream] {
            if (upstream->state() == QAbstractSocket::ConnectedState)
                pass(client, upstream, &m_droppedFromClient);
        });
        connect(upstream, &QTcpSocket::readyRead, this,
            [this, client, upstream] { pass(upstream, client, &m_droppedFromServer); });
        // A leg that really closes closes the other one: only setForwarding(false) makes it half-open.
        connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}

void BlackholeProxy::pass(QTcpSocket *from, QTcpSocket *to, qint64 *dropped)
{
    const QByteArray bytes = from->readAll();
    if (m_forwarding)
        to->write(bytes);
    else
        *dropped += bytes.size();
}

} // namespace Framewise
