// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interceptlane.h"
#include "interceptsettings.h"
#include "pendinghandshake.h"
#include "stopstatus.h"
#include "websocketchannel.h"

#include <QObject>
#include <QPointer>

namespace Framewise {

class Session;

// One app connection through an intercept: the app's leg (a server-role channel, answered once
// the upstream has answered) and the upstream leg (a client-role channel recorded by session(),
// whose log reads Out = app to server and In = server to app), joined by two InterceptLanes.
// Pings, pongs and Closes travel end to end; when one leg ends without a closing handshake the
// other is closed with 1001 and the reason, so a pair is never left half open.
class InterceptConnection : public QObject {
    Q_OBJECT
public:
    enum class State { Connecting, Open, Closing, Ended };
    Q_ENUM(State)

    // Above this many bytes waiting for a receiving leg (its socket or its lane), the sending leg
    // stops reading until they drain below LowWaterBytes: memory stays bounded, nothing is lost.
    static constexpr qint64 HighWaterBytes = qint64(8) * 1024 * 1024;
    static constexpr qint64 LowWaterBytes = qint64(1) * 1024 * 1024;

    InterceptConnection(quint64 id, PendingHandshake *handshake, const InterceptSettings &settings, QObject *parent);
    ~InterceptConnection() override;

    // Opens the upstream leg. False when the settings cannot be applied (the app then gets a 502).
    bool start();

    quint64 id() const { return m_id; }
    State state() const { return m_state; }
    QHostAddress clientAddress() const { return m_clientAddress; }
    quint16 clientPort() const { return m_clientPort; }
    QUrl upstreamUrl() const { return m_upstreamSettings.url; }
    Session *session() const { return m_session; }
    WebSocketChannel *appLeg() const { return m_appLeg; }
    // The four messages of the handshake: the app's request, ours upstream, the server's answer,
    // ours to the app (the last two empty until they happen).
    const HandshakeRequest &appRequest() const { return m_appRequest; }
    HandshakeRequest upstreamRequest() const;
    HandshakeResponse upstreamResponse() const;
    const HandshakeResponse &appResponse() const { return m_appResponse; }
    InterceptLane *lane(InterceptDirection direction) const;
    int heldCount() const { return m_toServer->heldCount() + m_toApp->heldCount(); } // both lanes
    QString endReason() const { return m_endReason; }

    // Sends a message on a live connection, as if from the app (ToServer) or the server (ToApp).
    // 0 when the connection is not open.
    quint64 inject(InterceptDirection direction, bool binary, const QByteArray &payload);
    // Closes both legs (each with its closing handshake).
    void close(quint16 code, const QString &reason);
    void abort();

Q_SIGNALS:
    void opened(); // both legs are open
    void handshakeAnswered(const Framewise::HandshakeResponse &response); // what the app got
    void messageHandled(const Framewise::InterceptedItem &item, Framewise::InterceptLane::Outcome outcome);
    void heldChanged();
    void ended(const QString &reason); // both legs are done; the last signal

protected:
    // A flood emits no messageHandled() that nobody receives (framewise-cli intercept --quiet).
    void connectNotify(const QMetaMethod &signal) override;

private:
    void onUpstreamStarted();
    void onUpstreamStopped(const StopStatus &status);
    void onAppStopped(const StopStatus &status);
    void onHandshakeAbandoned();
    void connectAppLeg();
    bool deliverToServer(const InterceptedItem &item);
    bool deliverToApp(const InterceptedItem &item);
    void record(const InterceptedItem &item, InterceptLane::Outcome outcome);
    void closeOtherLeg(
        WebSocketChannel *leg, InterceptLane *towardIt, const StopStatus &status, const QString &whoEnded);
    void checkPressure();
    void finishIfDone();
    QString endReasonFor(const StopStatus &status, const QString &sideFormat) const;
    void refuseApp(int status, const QString &reason);
    void noteAppAnswer(const HandshakeResponse &response);

    quint64 m_id;
    QPointer<PendingHandshake> m_handshake;
    InterceptSettings m_settings;
    ConnectionSettings m_upstreamSettings;
    HandshakeRequest m_appRequest;
    HandshakeResponse m_appResponse;
    QHostAddress m_clientAddress;
    quint16 m_clientPort = 0;
    Session *m_session = nullptr;
    QPointer<WebSocketChannel> m_upstream;
    QPointer<WebSocketChannel> m_appLeg;
    InterceptLane *m_toServer = nullptr;
    InterceptLane *m_toApp = nullptr;
    quint64 m_nextId = 0;
    State m_state = State::Connecting;
    bool m_upstreamDone = false;
    bool m_appDone = false;
    bool m_appSuspended = false; // by back-pressure
    bool m_upstreamSuspended = false;
    QString m_endReason;
    QString m_closedBy; // who started the closing handshake: the app or the server (empty: neither)
    bool m_messageHandledConnected = false;
};

} // namespace Framewise
