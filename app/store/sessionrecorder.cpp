// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionrecorder.h"

#include "handshaketext.h"
#include "recordbatch.h"
#include "session.h"
#include "sessionlogsource.h"
#include "sessionstore.h"
#include "storedatabase.h"

namespace Framewise {

namespace {
qint64 responseHeadersSize(const HandshakeResponse &response)
{
    if (response.statusLine.isEmpty())
        return -1;
    qint64 size = response.statusLine.size() + 2;
    for (const HttpHeaders::Entry &entry : response.headers.entries())
        size += entry.first.size() + 2 + entry.second.size() + 2;
    return size + 2;
}
} // namespace

SessionRecorder::SessionRecorder(Session *session, SessionStore *store, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store)
{
    connect(session, &Session::logGrew, this, [this] { pull(); });
    connect(session, &Session::logCleared, this, [this] { m_next = 0; });
    connect(session, &Session::stateChanged, this, [this] { ensureBegun(false); });
    connect(session, &Session::detailsChanged, this, [this] {
        ensureBegun(false);
        if (m_handle != 0 && m_session && m_store) {
            SessionInfo info = describe(*m_session, m_secretHeaders);
            info.profileName = m_profileName;
            info.startedUs = m_startedUs;
            m_store->updateSession(m_handle, info);
        }
    });
    connect(session, &Session::stopped, this, &SessionRecorder::onStopped);
    // Destroyed while still connected (a tab deleted without closing): everything it logged is
    // taken while the log still exists, and the stored session says how it ended.
    connect(session, &Session::destroying, this, [this] {
        if (m_handle == 0)
            return;
        pull();
        end(tr("The recording ended with its tab while the connection was still open."));
    });
    m_pullTimer.setInterval(PullIntervalMs);
    connect(&m_pullTimer, &QTimer::timeout, this, &SessionRecorder::pull);
    m_releaseTimer.setInterval(ReleaseCheckMs);
    connect(&m_releaseTimer, &QTimer::timeout, this, [this] {
        if (!m_heldChannel || !m_store || !m_store->canRecord() || m_store->backlog().bytes <= m_limits.releaseBytes)
            release();
    });
}

SessionRecorder::~SessionRecorder()
{
    stop();
}

void SessionRecorder::start()
{
    m_enabled = true;
    ensureBegun(false);
}

void SessionRecorder::stop()
{
    if (m_handle != 0) {
        pull();
        end(tr("The recording was stopped while the connection was still open."));
    }
    release();
    m_enabled = false;
}

void SessionRecorder::checkBacklog()
{
    if (m_heldChannel || !m_store || !m_session)
        return;
    const StoreBacklog backlog = m_store->backlog();
    const bool tooOld = backlog.bytes > m_limits.holdBackBytes && backlog.ageMs >= m_limits.holdBackAgeMs;
    if (!tooOld && backlog.bytes <= m_limits.hardBytes)
        return;
    WebSocketChannel *channel = m_session->channel();
    if (!channel || channel->state() != WebSocketChannel::State::Open)
        return;
    channel->suspend();
    m_heldChannel = channel;
    ++m_holdBackCount;
    m_releaseTimer.start();
    Q_EMIT holdingBackChanged(true);
}

void SessionRecorder::release()
{
    m_releaseTimer.stop();
    if (!m_heldChannel)
        return;
    WebSocketChannel *channel = m_heldChannel;
    m_heldChannel = nullptr;
    channel->resume();
    Q_EMIT holdingBackChanged(false);
}

qint64 SessionRecorder::sessionId() const
{
    const int handle = m_handle != 0 ? m_handle : m_lastHandle;
    return handle != 0 && m_store ? m_store->sessionId(handle) : -1;
}

void SessionRecorder::ensureBegun(bool evenIfClosed)
{
    if (!m_enabled || m_handle != 0 || !m_session || !m_store)
        return;
    WebSocketChannel *channel = m_session->channel();
    if (!channel || channel == m_recordedChannel)
        return;
    const WebSocketChannel::State state = channel->state();
    if (state == WebSocketChannel::State::Idle || (state == WebSocketChannel::State::Closed && !evenIfClosed))
        return;
    m_recordedChannel = channel;
    m_seq = 0;
    m_lastTimeUs = 0;
    m_startedUs = m_session->log().size() > m_next ? m_session->log().at(m_next).timeUs : StoreDatabase::nowUs();
    SessionInfo info = describe(*m_session, m_secretHeaders);
    info.profileName = m_profileName;
    info.startedUs = m_startedUs;
    info.state = SessionInfo::State::Live;
    info.kind = m_kind;
    m_handle = m_store->beginSession(info);
    if (m_handle != 0) {
        m_lastHandle = m_handle;
        m_pullTimer.start();
        Q_EMIT recordingStarted();
    }
}

void SessionRecorder::pull()
{
    if (!m_session)
        return;
    ensureBegun(false);
    const SessionLog &log = m_session->log();
    const qsizetype size = log.size();
    if (m_next > size) // cleared and refilled between two notifications
        m_next = 0;
    if (m_handle == 0 || !m_store) {
        m_next = size;
        return;
    }
    if (m_next == size)
        return;
    RecordBatch batch;
    batch.reserve(size - m_next, (size - m_next) * 64);
    LogEntry entry;
    for (qsizetype i = m_next; i < size; ++i) {
        SessionLogSource::fill(log, i, &entry);
        entry.seq = m_seq++;
        if (entry.kind == MessageRecord::Kind::Close && entry.payload.size() > 2) {
            // A close reason says how the connection ended, as the stop message does, and is
            // redacted like it: a server may name the token it refuses. Other payloads are data.
            const QString reason = QString::fromUtf8(entry.payload.mid(2));
            const QString hidden = m_session->settings().redact(reason);
            if (hidden != reason) {
                entry.payload = entry.payload.left(2) + hidden.toUtf8();
                entry.payloadSize = entry.payload.size();
            }
        }
        batch.append(entry, log.at(i).largePayload);
        m_lastTimeUs = entry.timeUs;
    }
    m_next = size;
    m_store->appendRecords(m_handle, std::move(batch));
    checkBacklog();
}

void SessionRecorder::onStopped()
{
    if (!m_session)
        return;
    ensureBegun(true);
    pull();
    end();
}

void SessionRecorder::end(const QString &stopStatus)
{
    m_pullTimer.stop();
    release();
    if (m_handle == 0)
        return;
    const int handle = m_handle;
    m_handle = 0;
    if (!m_store)
        return;
    // Sessions end here before they are destroyed (stopped() or destroying()), so there is one
    // to describe; the fields are never overwritten with blanks.
    if (!m_session)
        return;
    SessionInfo info = describe(*m_session, m_secretHeaders);
    info.profileName = m_profileName;
    info.startedUs = m_startedUs;
    info.endedUs = m_lastTimeUs > 0 ? m_lastTimeUs : StoreDatabase::nowUs();
    info.state = SessionInfo::State::Ended;
    if (!stopStatus.isEmpty())
        info.stopStatus = stopStatus;
    m_store->endSession(handle, info);
    Q_EMIT recordingEnded(m_store->sessionId(handle));
}

QString SessionRecorder::tlsSummary(const SecurityInfo &security)
{
    if (!security.isSecure())
        return {};
    QString text = security.protocol;
    if (!security.cipher.isEmpty())
        text += QStringLiteral(", ") + security.cipher;
    if (security.cipherBits > 0)
        text += tr(" (%1 bits)").arg(security.cipherBits);
    if (!security.peerChain.isEmpty()) {
        const QSslCertificate &leaf = security.peerChain.first();
        text += u'\n'
            + tr("Certificate: %1; issued by %2; SHA-256 %3")
                  .arg(SecurityInfo::subjectLine(leaf), SecurityInfo::issuerLine(leaf),
                      SecurityInfo::sha256Fingerprint(leaf));
    }
    if (security.verified)
        text += u'\n' + tr("Verified.");
    else if (security.trustedByPin)
        text += u'\n'
            + tr("Not verified (%1); trusted by a pinned fingerprint.")
                  .arg(security.verificationErrors.join(QStringLiteral("; ")));
    else if (!security.verificationErrors.isEmpty())
        text += u'\n' + tr("Not verified: %1").arg(security.verificationErrors.join(QStringLiteral("; ")));
    return text;
}

SessionInfo SessionRecorder::describe(const Session &session, const QList<QByteArray> &extraSecretHeaders, bool redact)
{
    // The profile's marked headers are secret too, and its secret values never leave in any text.
    const QList<QByteArray> secretHeaders = extraSecretHeaders + session.settings().secretHeaders;
    SessionInfo info;
    WebSocketChannel *channel = session.channel();
    const ConnectionSettings &settings = session.settings();
    const QUrl url = channel && channel->URI().isValid() ? channel->URI() : settings.url;
    info.url = redact ? settings.redactedUrl(url) : url.toString(QUrl::FullyEncoded);
    if (channel) {
        const HandshakeRequest &request = channel->handshakeRequest();
        info.handshakeRequest = HandshakeText::requestText(request, secretHeaders, redact);
        // An intercepted connection is stored with the app's own request and the server's answer
        // (HAR then shows what the app asked and what the server said).
        if (const ConnectionDetails details = session.connectionDetails();
            details.intercepted && !details.appRequest.requestLine.isEmpty())
            info.handshakeRequest = HandshakeText::requestText(details.appRequest, secretHeaders, redact);
        if (!request.requestLine.isEmpty())
            info.requestHeadersSize = request.toBytes().size();
        info.startedUs = request.timeUs;
        const HandshakeResponse &response = channel->handshakeResponse();
        info.handshakeResponse = HandshakeText::responseText(response, secretHeaders, redact);
        info.responseHeadersSize = responseHeadersSize(response);
        if (request.timeUs > 0 && response.timeUs >= request.timeUs)
            info.handshakeMs = double(response.timeUs - request.timeUs) / 1000.0;
        if (response.statusCode == 101) {
            info.subprotocol = channel->protocol();
            info.extensions = channel->extensions();
        } else if (!response.statusLine.isEmpty()) {
            info.responseBody = QString::fromUtf8(response.body); // why the upgrade was refused, in words
        }
        info.tlsSummary = tlsSummary(channel->securityInfo());
    }
    if (session.hasStopped()) {
        const StopStatus &status = session.lastStopStatus();
        info.stopStatus = status.message();
        info.stopReason = StopStatus::reasonName(status.reason);
        info.closeCode = status.closeCodeReceived;
        info.closeReason = status.closeReasonReceived;
    }
    if (redact) {
        // Secret values wherever they were expanded: the request line's query, a header the
        // server echoed, a stop message that quotes a URL.
        info.handshakeRequest = settings.redact(info.handshakeRequest);
        info.handshakeResponse = settings.redact(info.handshakeResponse);
        info.responseBody = settings.redact(info.responseBody);
        info.stopStatus = settings.redact(info.stopStatus);
        info.closeReason = settings.redact(info.closeReason);
    }
    const SessionLog &log = session.log();
    info.messageCount = log.size();
    info.payloadBytes = log.payloadBytes();
    return info;
}

} // namespace Framewise
