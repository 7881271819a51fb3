// SPDX-License-Identifier: GPL-3.0-or-later
#include "interceptconnection.h"

#include "closecode.h"
#include "handshakeforwarding.h"
#include "pendinghandshake.h"
#include "session.h"
#include "websocketchannel.h"

#include <QMetaMethod>

namespace Framewise {

namespace {
// A Close reason is at most 123 bytes of UTF-8 (RFC 6455 section 5.5).
QString fitReason(const QString &text)
{
    QString reason = text;
    while (reason.toUtf8().size() > 123)
        reason.chop(1);
    return reason;
}

MessageRecord::Kind kindOf(const InterceptedItem &item)
{
    return item.binary ? MessageRecord::Kind::Binary : MessageRecord::Kind::Text;
}
} // namespace

InterceptConnection::InterceptConnection(
    quint64 id, PendingHandshake *handshake, const InterceptSettings &settings, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_handshake(handshake)
    , m_settings(settings)
    , m_appRequest(handshake->request())
    , m_clientAddress(handshake->peerAddress())
    , m_clientPort(handshake->peerPort())
{
    const auto nextId = [this] { return ++m_nextId; };
    m_toServer = new InterceptLane(InterceptDirection::ToServer, &m_settings.rules, nextId, this);
    m_toApp = new InterceptLane(InterceptDirection::ToApp, &m_settings.rules, nextId, this);
    for (InterceptLane *lane : { m_toServer, m_toApp }) {
        lane->setAutoReleaseMs(m_settings.autoReleaseS * 1000);
        lane->setOnHandled([this](const InterceptedItem &item, InterceptLane::Outcome outcome) {
            record(item, outcome);
            if (m_messageHandledConnected)
                Q_EMIT messageHandled(item, outcome);
        });
        connect(lane, &InterceptLane::heldChanged, this, &InterceptConnection::heldChanged);
        connect(lane, &InterceptLane::queuedBytesChanged, this, &InterceptConnection::checkPressure);
    }
    m_toServer->setDeliver([this](const InterceptedItem &item) { return deliverToServer(item); });
    m_toApp->setDeliver([this](const InterceptedItem &item) { return deliverToApp(item); });
    // A reply rule answers the sender on its own leg; the answer is logged with the Replied mark.
    m_toServer->setReply([this](const InterceptedItem &answer) {
        const auto outcome = deliverToApp(answer) ? InterceptLane::Outcome::Forwarded : InterceptLane::Outcome::Dropped;
        record(answer, outcome);
        if (m_messageHandledConnected)
            Q_EMIT messageHandled(answer, outcome);
    });
    m_toApp->setReply([this](const InterceptedItem &answer) {
        // Recorded by Session::forward (Out, marked Replied) when it goes.
        const auto outcome
            = deliverToServer(answer) ? InterceptLane::Outcome::Forwarded : InterceptLane::Outcome::Dropped;
        if (outcome == InterceptLane::Outcome::Dropped)
            record(answer, outcome);
        if (m_messageHandledConnected)
            Q_EMIT messageHandled(answer, outcome);
    });
    connect(handshake, &PendingHandshake::abandoned, this, &InterceptConnection::onHandshakeAbandoned);
    m_session = new Session(this);
    m_session->setKeepMessages(m_settings.keepMessages);
}

InterceptConnection::~InterceptConnection()
{
    if (m_appLeg) {
        m_appLeg->disconnect(this);
        m_appLeg->setObserver(nullptr); // the lanes go before the channels (children in order)
    }
    if (m_upstream)
        m_upstream->disconnect(this);
    m_session->setOnwardObserver(nullptr);
}

void InterceptConnection::connectNotify(const QMetaMethod &signal)
{
    // No disconnectNotify, as in WebSocketChannel: staying "connected" only costs an emission.
    if (signal == QMetaMethod::fromSignal(&InterceptConnection::messageHandled))
        m_messageHandledConnected = true;
}

bool InterceptConnection::start()
{
    using namespace HandshakeForwarding;
    m_upstreamSettings = m_settings.upstream;
    m_upstreamSettings.url
        = HandshakeForwarding::upstreamUrl(m_settings.upstream.url, m_appRequest.target(), m_settings.fixedPath);
    // The app's headers go on; the user's own headers replace those of the same name.
    HttpHeaders headers = requestHeadersForUpstream(m_appRequest, m_settings.keepHost);
    for (const auto &[name, value] : m_settings.upstream.headers.entries())
        headers.removeAll(name);
    for (const auto &[name, value] : m_settings.upstream.headers.entries())
        headers.append(name, value);
    m_upstreamSettings.headers = headers;
    if (m_upstreamSettings.origin.isEmpty())
        m_upstreamSettings.origin = originOf(m_appRequest);
    if (m_upstreamSettings.protocols.isEmpty())
        m_upstreamSettings.protocols = subprotocolsOffered(m_appRequest);
    m_upstreamSettings.followRedirects = false; // a redirect goes back to the app as it is

    auto *upstream = new WebSocketChannel(this);
    QString why;
    if (!m_upstreamSettings.applyTo(upstream, &why)) {
        delete upstream;
        refuseApp(502, tr("Framewise cannot open the upstream connection: %1").arg(why));
        m_upstreamDone = true;
        m_appDone = true;
        m_endReason = why;
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT ended(m_endReason); }, Qt::QueuedConnection);
        m_state = State::Ended;
        return false;
    }
    upstream->setAutoReplyClose(false);
    upstream->setAutoReplyPing(!m_settings.forwardPings);
    m_upstream = upstream;
    m_session->adopt(upstream, m_upstreamSettings);
    m_session->setAppHandshake(m_appRequest, {});
    m_session->recordEvent(tr("App %1 port %2 asks for %3")
                               .arg(m_clientAddress.toString())
                               .arg(m_clientPort)
                               .arg(QString::fromLatin1(m_appRequest.target())));
    connect(upstream, &WebSocketChannel::started, this, &InterceptConnection::onUpstreamStarted);
    connect(upstream, &WebSocketChannel::stopped, this, &InterceptConnection::onUpstreamStopped);
    m_session->setOnwardObserver(m_toApp); // what the server sends, once the session has recorded it
    connect(upstream, &WebSocketChannel::serverClosed, this, [this](quint16 code, const QString &reason) {
        m_toApp->pushClose(code == CloseCode::NoStatus ? CloseCode::None : code, reason);
    });
    connect(upstream, &WebSocketChannel::pingReceived, this, [this](const QByteArray &payload) {
        if (m_settings.forwardPings && m_appLeg)
            m_appLeg->ping(payload);
    });
    connect(upstream, &WebSocketChannel::pongReceived, this, [this](const QByteArray &payload) {
        if (m_settings.forwardPings && m_appLeg)
            m_appLeg->sendPong(payload);
    });
    connect(upstream, &WebSocketChannel::bytesWritten, this, &InterceptConnection::checkPressure);
    upstream->asyncOpen(m_upstreamSettings.url, m_upstreamSettings.origin);
    return true;
}

HandshakeRequest InterceptConnection::upstreamRequest() const
{
    return m_upstream ? m_upstream->handshakeRequest() : m_session->connectionDetails().request;
}

HandshakeResponse InterceptConnection::upstreamResponse() const
{
    return m_upstream ? m_upstream->handshakeResponse() : m_session->connectionDetails().response;
}

InterceptLane *InterceptConnection::lane(InterceptDirection direction) const
{
    return direction == InterceptDirection::ToServer ? m_toServer : m_toApp;
}

void InterceptConnection::onUpstreamStarted()
{
    auto *app = new WebSocketChannel(this);
    app->setAutoReplyClose(false);
    app->setAutoReplyPing(!m_settings.forwardPings);
    app->setMaxMessageSize(m_upstreamSettings.maxMessageSize);
    ServerHandshake::Options options;
    // Each leg negotiates its own compression, by the same choice the user made for the upstream.
    options.deflate = m_upstreamSettings.deflate;
    if (!m_upstream->protocol().isEmpty())
        options.subprotocols = { m_upstream->protocol() };
    options.extraHeaders = HandshakeForwarding::responseHeadersForApp(m_upstream->handshakeResponse());
    if (!m_handshake || !m_handshake->accept(app, options)) {
        delete app;
        m_appDone = true;
        m_session->recordEvent(tr("The app left before the upstream answered."));
        m_session->close(CloseCode::GoingAway, tr("The app went away"));
        return;
    }
    noteAppAnswer(app->handshakeResponse());
    m_appLeg = app;
    connectAppLeg();
    m_toServer->setGateOpen(true);
}

void InterceptConnection::connectAppLeg()
{
    WebSocketChannel *app = m_appLeg;
    connect(app, &WebSocketChannel::started, this, [this] {
        m_state = State::Open;
        m_toApp->setGateOpen(true);
        Q_EMIT opened();
    });
    connect(app, &WebSocketChannel::stopped, this, &InterceptConnection::onAppStopped);
    app->setObserver(m_toServer); // what the app sends
    connect(app, &WebSocketChannel::serverClosed, this, [this](quint16 code, const QString &reason) {
        m_toServer->pushClose(code == CloseCode::NoStatus ? CloseCode::None : code, reason);
    });
    connect(app, &WebSocketChannel::pingReceived, this, [this](const QByteArray &payload) {
        if (m_settings.forwardPings)
            m_session->ping(payload);
    });
    connect(app, &WebSocketChannel::pongReceived, this, [this](const QByteArray &payload) {
        if (m_settings.forwardPings && m_upstream)
            m_upstream->sendPong(payload);
    });
    connect(app, &WebSocketChannel::bytesWritten, this, &InterceptConnection::checkPressure);
    // Both legs' frames in the session's frames view (the upstream's come through the session).
    if (!m_session->keepsMessages() || !m_session->recordFrames())
        return; // not connected: the channel then skips describing each frame it sends
    connect(app, &WebSocketChannel::frameReceived, this,
        [this](const FrameInfo &frame) { m_session->recordAppLegFrame(frame, true); });
    connect(app, &WebSocketChannel::frameSent, this,
        [this](const FrameInfo &frame) { m_session->recordAppLegFrame(frame, false); });
}

void InterceptConnection::refuseApp(int status, const QString &reason)
{
    if (!m_handshake)
        return;
    m_handshake->refuse(status, reason);
    noteAppAnswer(m_handshake->response());
}

void InterceptConnection::noteAppAnswer(const HandshakeResponse &response)
{
    m_appResponse = response;
    m_session->setAppHandshake(m_appRequest, m_appResponse);
    Q_EMIT handshakeAnswered(m_appResponse);
}

void InterceptConnection::onHandshakeAbandoned()
{
    m_appDone = true;
    m_session->recordEvent(tr("The app closed its connection before the upstream answered."));
    if (m_upstream)
        m_upstream->abort();
}

bool InterceptConnection::deliverToServer(const InterceptedItem &item)
{
    if (!m_upstream)
        return false;
    if (item.kind == InterceptedItem::Kind::Close) {
        if (m_closedBy.isEmpty())
            m_closedBy = tr("the app");
        if (m_session->close(item.closeCode, item.closeReason) == ChannelError::InvalidCloseCode)
            m_session->close(CloseCode::Normal, {});
        return true;
    }
    if (m_session->forward(item.binary, item.payload, item.marks, item.originalPayload()) != ChannelError::None)
        return false;
    if (m_upstream->bytesToWrite() > HighWaterBytes)
        checkPressure();
    return true;
}

bool InterceptConnection::deliverToApp(const InterceptedItem &item)
{
    if (!m_appLeg)
        return false;
    if (item.kind == InterceptedItem::Kind::Close) {
        if (m_closedBy.isEmpty())
            m_closedBy = tr("the server");
        if (m_appLeg->close(item.closeCode, item.closeReason) == ChannelError::InvalidCloseCode)
            m_appLeg->close(CloseCode::Normal, {});
        return true;
    }
    const ChannelError error = item.binary ? m_appLeg->sendBinaryMsg(item.payload) : m_appLeg->sendMsg(item.payload);
    if (error != ChannelError::None)
        return false;
    if (m_appLeg->bytesToWrite() > HighWaterBytes)
        checkPressure();
    return true;
}

// The session saw the upstream leg as it was; what the proxy changed is recorded beside it.
void InterceptConnection::record(const InterceptedItem &item, InterceptLane::Outcome outcome)
{
    if (item.kind != InterceptedItem::Kind::Message)
        return;
    if (item.direction == InterceptDirection::ToServer) {
        // Forwarded ones were recorded by Session::forward with their marks.
        if (outcome != InterceptLane::Outcome::Forwarded)
            m_session->recordIntervention(
                MessageRecord::Direction::Out, kindOf(item), item.originalPayload(), item.marks);
    } else if (item.marks != 0) {
        m_session->recordIntervention(
            MessageRecord::Direction::In, kindOf(item), item.payload, item.marks, item.originalPayload());
    }
}

void InterceptConnection::checkPressure()
{
    // App to server: the upstream's socket and the lane toward it.
    if (m_appLeg && m_upstream) {
        const qint64 waiting = m_upstream->bytesToWrite() + m_toServer->queuedBytes();
        if (!m_appSuspended && waiting > HighWaterBytes) {
            m_appSuspended = true;
            m_appLeg->suspend();
        } else if (m_appSuspended && waiting < LowWaterBytes) {
            m_appSuspended = false;
            m_appLeg->resume();
        }
    }
    if (m_upstream && m_appLeg) {
        const qint64 waiting = m_appLeg->bytesToWrite() + m_toApp->queuedBytes();
        if (!m_upstreamSuspended && waiting > HighWaterBytes) {
            m_upstreamSuspended = true;
            m_upstream->suspend();
        } else if (m_upstreamSuspended && waiting < LowWaterBytes) {
            m_upstreamSuspended = false;
            m_upstream->resume();
        }
    }
}

void InterceptConnection::closeOtherLeg(
    WebSocketChannel *leg, InterceptLane *towardIt, const StopStatus &status, const QString &whoEnded)
{
    towardIt->flush(); // what was on its way goes first, held or not
    if (!leg || leg->state() == WebSocketChannel::State::Closed)
        return;
    if (status.closeFrameReceived) {
        // The ended leg's closing handshake is passed on (a Close already forwarded makes this a no-op).
        const quint16 code
            = status.closeCodeReceived == CloseCode::NoStatus ? CloseCode::None : status.closeCodeReceived;
        if (leg->close(code, code == CloseCode::None ? QString() : status.closeReasonReceived)
            == ChannelError::InvalidCloseCode)
            leg->close(CloseCode::Normal, {});
        return;
    }
    leg->close(CloseCode::GoingAway, fitReason(whoEnded + QStringLiteral(": ") + status.message()));
}

void InterceptConnection::onUpstreamStopped(const StopStatus &status)
{
    m_upstreamDone = true;
    if (m_handshake && !m_handshake->isAnswered() && !m_appLeg) {
        // The upstream never opened: the app gets its answer, or a 502 that says why.
        const HandshakeResponse response = m_upstream ? m_upstream->handshakeResponse() : HandshakeResponse();
        if (response.statusCode > 0 && response.statusCode != 101) {
            m_handshake->respond(HandshakeForwarding::refusalForApp(response));
            noteAppAnswer(m_handshake->response());
        } else {
            refuseApp(502,
                tr("Framewise could not open the upstream %1: %2")
                    .arg(m_upstreamSettings.redactedUrl(m_upstreamSettings.url), status.message()));
        }
        m_appDone = true;
    } else {
        closeOtherLeg(m_appLeg, m_toApp, status, tr("The server's connection ended"));
    }
    if (m_endReason.isEmpty())
        m_endReason = endReasonFor(status, tr("Server side: %1"));
    finishIfDone();
}

void InterceptConnection::onAppStopped(const StopStatus &status)
{
    m_appDone = true;
    m_toApp->flush();
    closeOtherLeg(m_upstream, m_toServer, status, tr("The app's connection ended"));
    if (m_endReason.isEmpty())
        m_endReason = endReasonFor(status, tr("App side: %1"));
    finishIfDone();
}

// A clean end names who closed; anything else says which side it happened on.
QString InterceptConnection::endReasonFor(const StopStatus &status, const QString &sideFormat) const
{
    if (status.reason == StopReason::Ok && !m_closedBy.isEmpty())
        return tr("Closed by %1: %2").arg(m_closedBy, status.message());
    return sideFormat.arg(status.message());
}

void InterceptConnection::finishIfDone()
{
    if (m_state == State::Ended)
        return;
    if (!(m_upstreamDone && m_appDone)) {
        m_state = State::Closing;
        return;
    }
    m_state = State::Ended;
    Q_EMIT ended(m_endReason);
}

quint64 InterceptConnection::inject(InterceptDirection direction, bool binary, const QByteArray &payload)
{
    if (m_state != State::Open)
        return 0;
    return lane(direction)->inject(binary, payload);
}

void InterceptConnection::close(quint16 code, const QString &reason)
{
    // What is held or delayed goes on first: closing is no reason to lose it.
    m_toServer->flush();
    m_toApp->flush();
    if (m_appLeg && m_appLeg->state() == WebSocketChannel::State::Open)
        m_appLeg->close(code, reason);
    if (m_upstream && m_upstream->state() == WebSocketChannel::State::Open)
        m_session->close(code, reason);
    if (m_upstream && m_upstream->state() == WebSocketChannel::State::Connecting)
        m_upstream->abort();
}

void InterceptConnection::abort()
{
    if (m_appLeg)
        m_appLeg->abort();
    if (m_upstream)
        m_upstream->abort();
}

} // namespace Framewise
