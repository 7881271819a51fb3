// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessioninfo.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Framewise {

class Session;
class SessionStore;
class WebSocketChannel;
struct SecurityInfo;

// Records a Session into a SessionStore from the outside: it follows the session's signals
// (logGrew, stateChanged, detailsChanged, stopped, logCleared) and hands the records added to
// session->log() since the last time to the store, which writes them on its own thread. Each
// connection of the session (each open()) becomes one stored session.
//
// The GUI thread's cost is copying the new records into one batch every PullIntervalMs. When
// the store cannot record, nothing happens and the session carries on in memory. Records added
// and then cleared (Session::clearLog) within the same PullIntervalMs are not recorded.
//
// The store's writer yields the CPU to the live session, so under a long flood on a busy machine
// it falls behind. Rather than let the backlog grow without bound (and a crash lose all of it),
// the recorder holds the live session back: it suspends the channel (TCP flow control then slows
// the server; nothing is dropped) until the writer has caught up.
class SessionRecorder : public QObject {
    Q_OBJECT
public:
    // Held back when the backlog is over holdBackBytes and its oldest record has waited
    // holdBackAgeMs (a short flood that the writer absorbs afterwards is never held back), or at
    // once over hardBytes; released when the backlog is down to releaseBytes.
    struct HoldBackLimits {
        qint64 holdBackBytes = qint64(32) * 1024 * 1024;
        qint64 holdBackAgeMs = 1000;
        qint64 hardBytes = qint64(512) * 1024 * 1024;
        qint64 releaseBytes = qint64(8) * 1024 * 1024;
    };
    static constexpr int ReleaseCheckMs = 20;
    // While a connection is recorded, what the log gained is handed to the store this often (and
    // when the session reports growth), whatever the views' pace: what a crash can lose is about
    // this interval plus a write in progress (SessionStoreWorker).
    static constexpr int PullIntervalMs = 20;

    SessionRecorder(Session *session, SessionStore *store, QObject *parent = nullptr);
    ~SessionRecorder() override; // ends a stored session that is still open

    void setProfileName(const QString &name) { m_profileName = name; }
    // What the recorded connections are (SessionInfo::kind): "connection" unless told otherwise,
    // "intercept" for a proxy's session. Given to each stored session when it begins.
    void setKind(const QString &kind) { m_kind = kind; }
    QString kind() const { return m_kind; }
    // Header names whose values are replaced by "[redacted]" besides Authorization,
    // Proxy-Authorization, Cookie and Set-Cookie.
    void setSecretHeaders(const QList<QByteArray> &names) { m_secretHeaders = names; }

    // Records the current connection (the whole log so far) if one is open or opening, and every
    // later connection.
    void start();
    // Ends the stored session of the current connection and records no more.
    void stop();
    bool isRecording() const { return m_handle != 0; }
    qint64 sessionId() const; // the stored id of the current or last connection; -1 not yet known
    qint64 recordedCount() const { return m_seq; } // records of the current or last connection
    void setHoldBackLimits(const HoldBackLimits &limits) { m_limits = limits; }
    bool isHoldingBack() const { return !m_heldChannel.isNull(); }
    int holdBackCount() const { return m_holdBackCount; } // times the session was held back so far

    // What a session's current connection looks like as stored: URL without password, redacted
    // handshake texts, TLS summary, stop status.
    static SessionInfo describe(
        const Session &session, const QList<QByteArray> &secretHeaders = {}, bool redact = true);
    static QString tlsSummary(const SecurityInfo &security);

Q_SIGNALS:
    void recordingStarted();
    void recordingEnded(qint64 storedId);
    void holdingBackChanged(bool holding);

private:
    void ensureBegun(bool evenIfClosed);
    void pull();
    void end(const QString &stopStatus = {});
    void onStopped();
    void checkBacklog();
    void release();

    QPointer<Session> m_session;
    QPointer<SessionStore> m_store;
    QPointer<WebSocketChannel> m_recordedChannel;
    QPointer<WebSocketChannel> m_heldChannel; // suspended by checkBacklog until release()
    QTimer m_releaseTimer;
    QTimer m_pullTimer; // runs while a connection is recorded
    HoldBackLimits m_limits;
    int m_holdBackCount = 0;
    QString m_profileName;
    QString m_kind = SessionInfo::connectionKind();
    QList<QByteArray> m_secretHeaders;
    int m_handle = 0;
    int m_lastHandle = 0;
    qsizetype m_next = 0; // the first log index not yet handed to the store
    qint64 m_seq = 0;
    qint64 m_startedUs = 0;
    qint64 m_lastTimeUs = 0;
    bool m_enabled = false;
};

} // namespace Framewise
