// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certificateauthority.h"
#include "hostpatternlist.h"
#include "interceptserver.h"
#include "proxyclient.h"
#include "proxyevent.h"
#include "proxysettings.h"

#include <QObject>

#include <memory>

class QTcpServer;

namespace Framewise {

// An HTTP/1.1 proxy (CONNECT and absolute-form requests) that apps and browsers are pointed at.
// WebSocket connections to intercepted hosts become InterceptConnections of interceptServer()
// (the same rules, breakpoints, recording and views as the reverse proxy), with TLS decrypted by
// leaf certificates from the Framewise CA; everything else is tunnelled or forwarded untouched and
// only counted. Listens on loopback unless told otherwise.
class ProxyServer : public QObject {
    Q_OBJECT
public:
    struct Counts {
        int tunnels = 0; // blind CONNECT tunnels opened
        int forwarded = 0; // plain HTTP requests (and decrypted non-WebSocket ones) forwarded
        int refused = 0; // requests answered with an error by the proxy
        int tlsRejected = 0; // clients that would not accept the Framewise CA's certificate
        int live = 0; // client connections open now (tunnels and requests, not WebSockets)
    };

    explicit ProxyServer(QObject *parent = nullptr);
    ~ProxyServer() override;

    // Starts listening. ca may be null: TLS is then tunnelled blind. False with error in words.
    bool start(const ProxySettings &settings, const CertificateAuthority &ca, QString *error);
    // After a failed start(): true when listening itself failed (the port in use).
    bool listenFailed() const { return m_listenFailed; }
    // Stops listening, closes every WebSocket connection with code and reason, cuts the rest.
    void stop(quint16 code, const QString &reason);
    bool isListening() const;
    QHostAddress address() const;
    quint16 port() const;
    // "http://127.0.0.1:9080", what apps are given as their proxy (still after stop(), to say what it was).
    QString listenUrl() const;
    const ProxySettings &settings() const { return m_settings; }
    const CertificateAuthority &certificateAuthority() const { return m_ca; }
    InterceptServer *interceptServer() { return &m_intercept; }
    Counts counts() const { return m_counts; }

Q_SIGNALS:
    void proxyEvent(const Framewise::ProxyEvent &event);
    void countsChanged();

private:
    void onNewConnection();
    void onEvent(const ProxyEvent &event);

    ProxySettings m_settings;
    HostPatternList m_hosts;
    CertificateAuthority m_ca;
    InterceptServer m_intercept;
    std::unique_ptr<QTcpServer> m_server;
    ProxyClient::Context m_context;
    Counts m_counts;
    bool m_listenFailed = false;
    QString m_listenUrl;
};

} // namespace Framewise
