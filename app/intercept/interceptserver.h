// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interceptconnection.h"
#include "interceptsettings.h"
#include "pendinghandshake.h"

#include <QObject>

#include <memory>

namespace Framewise {

class WebSocketListener;

// A reverse proxy for WebSocket: listens (loopback unless told otherwise), and forwards every app
// that connects to the upstream as an InterceptConnection. Ended connections stay listed (their
// sessions keep the record) until removeEnded().
class InterceptServer : public QObject {
    Q_OBJECT
public:
    explicit InterceptServer(QObject *parent = nullptr);
    ~InterceptServer() override;

    // Starts listening. False with error in words (bad settings, certificate, port in use).
    bool start(const InterceptSettings &settings, QString *error);
    // Without a port of its own: connections come from adopt() (an HTTP proxy's), each with its
    // own upstream. settings.upstream.url is ignored.
    void startAdopting(const InterceptSettings &settings);
    // A connection accepted elsewhere whose first bytes were read there (alreadyRead), forwarded to
    // upstreamBase plus the request's path. Its handshake is checked as a listener checks one.
    void adopt(QAbstractSocket *socket, const QByteArray &alreadyRead, const QUrl &upstreamBase);
    // After a failed start(): true when listening itself failed (the port in use, an address not
    // this machine's), false when the settings or the certificate were the problem.
    bool listenFailed() const { return m_listenFailed; }
    // Stops listening and closes every live connection's legs with code and reason.
    void stop(quint16 code, const QString &reason);
    bool isListening() const;
    QHostAddress address() const;
    quint16 port() const;
    // "ws://127.0.0.1:9001" (or wss://), what apps are pointed at (still after stop(), to say what it was).
    QString listenUrl() const;
    const InterceptSettings &settings() const { return m_settings; }
    // Applies to connections that start from now on.
    void setRules(const InterceptRuleSet &rules) { m_settings.rules = rules; }

    const QList<InterceptConnection *> &connections() const { return m_connections; }
    InterceptConnection *connection(quint64 id) const;
    int liveCount() const;
    void removeEnded();

Q_SIGNALS:
    void connectionAdded(Framewise::InterceptConnection *connection);
    void connectionEnded(Framewise::InterceptConnection *connection);
    // A client whose handshake was refused here (bad request, timeout, TLS failure).
    void handshakeFailed(const Framewise::HandshakeFailure &failure);

private:
    void onHandshake(PendingHandshake *handshake);

    InterceptSettings m_settings;
    std::unique_ptr<WebSocketListener> m_listener;
    QList<InterceptConnection *> m_connections;
    quint64 m_nextId = 0;
    bool m_listenFailed = false;
    QString m_listenUrl;
};

} // namespace Framewise
