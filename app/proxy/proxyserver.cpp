// SPDX-License-Identifier: GPL-3.0-or-later
#include "proxyserver.h"

#include "connectionsecurity.h"

#include <QSslSocket>
#include <QTcpServer>
#include <QUrl>

namespace Framewise {

namespace {
// Accepts every client as a QSslSocket that stays plain until TLS starts inside a CONNECT.
class ProxyTcpServer : public QTcpServer {
protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        addPendingConnection(socket);
    }
};
} // namespace

ProxyServer::ProxyServer(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Framewise::ProxyEvent>();
}

ProxyServer::~ProxyServer()
{
    if (m_server)
        m_server->close();
}

bool ProxyServer::start(const ProxySettings &settings, const CertificateAuthority &ca, QString *error)
{
    m_listenFailed = false;
    if (const QStringList problems = settings.problems(); !problems.isEmpty()) {
        *error = problems.join(QLatin1Char('\n'));
        return false;
    }
    std::optional<HostPatternList> hosts = HostPatternList::parse(settings.interceptHosts, error);
    if (!hosts)
        return false;
    QSslConfiguration upstreamTls = QSslConfiguration::defaultConfiguration();
    for (const QString &path : settings.intercept.upstream.caFiles) {
        if (!ConnectionSecurity::addCaFile(&upstreamTls, path, error))
            return false;
    }
    const ConnectionOptions &options = settings.intercept.upstream;
    if (!options.clientCertificate.isEmpty()
        && !ConnectionSecurity::setClientCertificate(&upstreamTls, options.clientCertificate, options.clientKey,
            settings.intercept.upstream.keyPassphrase, error))
        return false;
    QList<CertificatePin> pins;
    for (const QString &pin : settings.intercept.upstream.pins) {
        // For every server: a proxy has no one host to pin to (as the WebSocket legs take it).
        const auto parsed = ConnectionSecurity::parsePin(QString(), pin, error);
        if (!parsed)
            return false;
        pins.append(*parsed);
    }
    m_settings = settings;
    m_hosts = *hosts;
    m_context.pins = pins;
    m_ca = ca;
    m_counts = {};
    m_intercept.startAdopting(settings.intercept);
    m_context.settings = &m_settings;
    m_context.interceptHosts = &m_hosts;
    m_context.interceptServer = &m_intercept;
    m_context.upstreamTls = upstreamTls;
    m_context.caPem = ca.isNull() ? QByteArray() : ca.certificatePem();
    m_context.caDer = ca.isNull() ? QByteArray() : ca.certificateDer();
    m_context.tlsFor = [this](const QString &host, QString *why) {
        if (m_ca.isNull())
            return QSslConfiguration();
        return m_ca.serverConfigurationFor(host, why);
    };
    m_server = std::make_unique<ProxyTcpServer>();
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &ProxyServer::onNewConnection);
    if (!m_server->listen(settings.intercept.listenAddress, settings.intercept.listenPort)) {
        m_listenFailed = true;
        *error = tr("Cannot listen on %1 port %2: %3")
                     .arg(settings.intercept.listenAddress.toString())
                     .arg(settings.intercept.listenPort)
                     .arg(m_server->errorString());
        m_server.reset();
        return false;
    }
    QUrl url; // brackets around an IPv6 address
    url.setScheme(QLatin1String("http"));
    url.setHost(m_server->serverAddress().toString());
    url.setPort(m_server->serverPort());
    m_listenUrl = url.toString();
    return true;
}

void ProxyServer::onNewConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        auto *socket = qobject_cast<QSslSocket *>(m_server->nextPendingConnection());
        if (!socket)
            continue;
        auto *client = new ProxyClient(socket, m_context, this);
        ++m_counts.live;
        connect(client, &ProxyClient::proxyEvent, this, &ProxyServer::onEvent);
        connect(client, &ProxyClient::done, this, [this] {
            --m_counts.live;
            Q_EMIT countsChanged();
        });
        Q_EMIT countsChanged();
    }
}

void ProxyServer::onEvent(const ProxyEvent &event)
{
    switch (event.kind) {
    case ProxyEvent::Kind::Tunnel:
        ++m_counts.tunnels;
        break;
    case ProxyEvent::Kind::Forwarded:
        ++m_counts.forwarded;
        break;
    case ProxyEvent::Kind::Refused:
        ++m_counts.refused;
        break;
    case ProxyEvent::Kind::TlsRejected:
        ++m_counts.tlsRejected;
        break;
    }
    Q_EMIT proxyEvent(event);
    Q_EMIT countsChanged();
}

void ProxyServer::stop(quint16 code, const QString &reason)
{
    if (m_server)
        m_server->close();
    m_intercept.stop(code, reason);
    for (ProxyClient *client : findChildren<ProxyClient *>(Qt::FindDirectChildrenOnly))
        client->deleteLater();
}

bool ProxyServer::isListening() const
{
    return m_server && m_server->isListening();
}

QHostAddress ProxyServer::address() const
{
    return m_server ? m_server->serverAddress() : QHostAddress();
}

quint16 ProxyServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString ProxyServer::listenUrl() const
{
    return m_listenUrl;
}

} // namespace Framewise
