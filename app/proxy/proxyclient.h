// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "handshakerequest.h"
#include "httpmessageframer.h"
#include "proxyevent.h"
#include "securityinfo.h"

#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

#include <functional>
#include <optional>

class QSslSocket;
class QTcpSocket;

namespace Framewise {

class InterceptServer;
class ProxyTunnel;
struct ProxySettings;
class HostPatternList;

// One connection a client made to the HTTP proxy, from its first request head to its hand-over:
// a CONNECT to a host not intercepted becomes a blind ProxyTunnel; one to an intercepted host is
// answered 200 and looked into (TLS decrypted with a leaf certificate from the Framewise CA when
// the client starts TLS); inside it, or as an absolute-form request, a WebSocket upgrade goes to
// the InterceptServer and any other request is forwarded to its server unchanged but for the
// hop-by-hop headers, its body and the response's streamed through as they come (HttpMessageFramer
// says where each ends), and the connection kept for the client's next request as both sides
// allow. Deletes itself (deleteLater) once it is done.
class ProxyClient : public QObject {
    Q_OBJECT
public:
    // What the server shares with its clients.
    struct Context {
        const ProxySettings *settings = nullptr;
        const HostPatternList *interceptHosts = nullptr;
        InterceptServer *interceptServer = nullptr;
        // A TLS configuration for the app's leg to host (leaf + CA, ALPN http/1.1), or one with
        // no certificate when there is no CA (then TLS is tunnelled blind).
        std::function<QSslConfiguration(const QString &host, QString *error)> tlsFor;
        // The upstream TLS configuration (system CAs plus the settings' CAs and client certificate).
        QSslConfiguration upstreamTls;
        // Certificates trusted for a server even when its chain does not verify (--pin).
        QList<CertificatePin> pins;
        // The Framewise CA's certificate (empty without one), served to whoever asks the proxy itself
        // for /framewise-ca.pem or /framewise-ca.der, so that an app can be given it to trust.
        QByteArray caPem;
        QByteArray caDer;
    };

    // socket is a QSslSocket not yet encrypted: plain until the client starts TLS inside a CONNECT.
    ProxyClient(QSslSocket *socket, const Context &context, QObject *parent);
    ~ProxyClient() override;

Q_SIGNALS:
    void proxyEvent(const Framewise::ProxyEvent &event);
    void done();

private:
    enum class Phase { ProxyRequest, Sniffing, TlsHandshake, InnerRequest, Connecting, Exchanging, Tunnelling, Done };

    void onReadyRead();
    void readRequestHead();
    void onProxyRequest(const HandshakeRequest &request, qsizetype headBytes);
    void onInnerRequest(const HandshakeRequest &request, qsizetype headBytes);
    void sniff();
    void startTls();
    void onTlsFailed(const QString &why);
    void forward(const HandshakeRequest &request, const QString &host, quint16 port, bool secure);
    void openTunnel(const QString &host, quint16 port, const QString &detail);
    void startTunnel(QAbstractSocket *server);
    // Answers the client with an error (the body says why) and ends the connection.
    void refuse(int statusCode, const QString &reason);
    // Answers a request to the proxy itself (origin-form) with 200 and body, then ends the connection.
    void serve(const QByteArray &contentType, const QByteArray &body, const QString &fileName);
    void closeClientAfter(const QByteArray &last);
    void finish();
    ProxyEvent makeEvent(ProxyEvent::Kind kind) const;
    static QByteArray forwardedHead(const HandshakeRequest &request, bool close);
    void startExchange();
    void pumpRequest();
    void pumpResponse(bool drainAll = false);
    bool readResponseHead();
    void exchangeDone();
    void onUpstreamClosed();
    void onClientClosed();

    QPointer<QSslSocket> m_socket;
    Context m_context;
    Phase m_phase = Phase::ProxyRequest;
    QTimer m_timer;
    QHostAddress m_clientAddress;
    quint16 m_clientPort = 0;
    QString m_method;
    QString m_host; // of the CONNECT or the absolute-form request
    quint16 m_port = 0;
    QString m_target;
    QPointer<QAbstractSocket> m_upstream; // being connected for a tunnel or a forwarded request
    QByteArray m_pendingHead; // sent upstream once it is connected (a forwarded request)
    // The forwarded request and its response, while they pass.
    std::optional<HttpMessageFramer> m_requestBody;
    std::optional<HttpMessageFramer> m_responseBody; // set once the response's head came
    QByteArray m_requestMethod;
    bool m_closeAfter = false; // the client, the server or an HTTP/1.0 side wants no next request
    bool m_insideConnect = false; // the next request comes as InnerRequest, else as ProxyRequest
    int m_served = 0; // requests answered on this connection
    // Where m_upstream leads, so that the next request to the same server reuses it.
    QString m_upstreamHost;
    quint16 m_upstreamPort = 0;
    bool m_secureUpstream = false;
    QPointer<ProxyTunnel> m_tunnel;
};

} // namespace Framewise
