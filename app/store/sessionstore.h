// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importedsession.h"
#include "logentry.h"
#include "recordbatch.h"
#include "sessioninfo.h"
#include "storebacklog.h"

#include <QList>
#include <QObject>

#include <optional>
#include <vector>

class QThread;

namespace Framewise {

class SessionStoreWorker;

// Recorded sessions in an SQLite database (QtSql's QSQLITE driver), by default
// <AppDataLocation>/sessions.sqlite; the schema is described in storedatabase.h.
//
// Recording never touches the database on the caller's thread: beginSession(), appendRecords(),
// updateSession() and endSession() queue commands that a worker thread with its own connection
// writes each batch (every ~20 ms) in one transaction (WAL, synchronous=NORMAL). After a crash the database
// holds every batch written before it; opening the store marks sessions whose recording process
// is gone "interrupted".
//
// Nothing here throws. When the database cannot be opened or a write fails (locked, damaged,
// disk full), errorString() says why, errorOccurred() is emitted once per problem, recording
// stops and the caller's live session carries on in memory.
//
// Reading and maintenance (sessions(), messages(), deleteSession(), retention, the integrity
// check, imports) run synchronously on a second connection that belongs to the thread that
// called open(); call them from that thread.
class SessionStore : public QObject {
    Q_OBJECT
public:
    explicit SessionStore(QObject *parent = nullptr);
    ~SessionStore() override; // writes what is queued, then closes

    static QString defaultPath(); // <AppDataLocation>/sessions.sqlite

    // Opens (creating when needed) the database; an empty path means defaultPath(). False with
    // errorString() (and errorOccurred()) when it cannot be used.
    bool open(const QString &path = {});
    void close(); // writes what is queued (records, ends), then closes
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    QString errorString() const;
    // Open, and no write has failed since.
    bool canRecord() const;

    // Recording. A handle names a session being recorded; 0 means the store cannot record (then
    // the other calls ignore it).
    int beginSession(const SessionInfo &info);
    void appendRecords(int handle, RecordBatch records);
    void updateSession(int handle, const SessionInfo &info);
    // info.state should be Ended (or Interrupted); info.endedUs the end time.
    void endSession(int handle, const SessionInfo &info);
    qint64 sessionId(int handle) const; // the database id, -1 until the worker wrote the session
    // Records handed over and not yet written, and how long the oldest has waited.
    StoreBacklog backlog() const;
    // Blocks until everything queued so far is written (or timeoutMs passed). True when written
    // and nothing failed.
    bool flush(int timeoutMs = 30000);

    // Reading and maintenance.
    QList<SessionInfo> sessions(const QString &urlContains = {});
    std::optional<SessionInfo> session(qint64 id);
    // count -1: every record from fromSeq on. Payloads are owned by the returned entries.
    std::vector<LogEntry> messages(qint64 id, qint64 fromSeq = 0, qint64 count = -1);
    // Deletes a session and its messages. A session being recorded cannot be deleted.
    bool deleteSession(qint64 id);
    // Retention: delete sessions that started more than days ago / the oldest sessions until the
    // stored payloads and rows take at most maxBytes. Live sessions are kept. Returns how many
    // were deleted, or -1 on error.
    int deleteOlderThan(int days);
    int limitTotalSize(qint64 maxBytes);
    // "ok" when SQLite's integrity check passes, otherwise its findings (or the error).
    QString integrityCheck();
    // Writes every session with its records in one transaction (state Imported): all or none.
    // Returns the new ids, or an empty list with errorString().
    QList<qint64> importSessions(const std::vector<ImportedSession> &sessions);

Q_SIGNALS:
    void errorOccurred(const QString &message);
    void sessionCreated(int handle, qint64 id);

private:
    void setError(const QString &message);
    bool checkReadable();
    bool deleteSessions(const QList<qint64> &ids);

    QString m_path;
    QString m_readConnection;
    QThread *m_thread = nullptr;
    SessionStoreWorker *m_worker = nullptr;
    QString m_error;
    int m_nextHandle = 1;
    QList<int> m_liveHandles;
    bool m_open = false;
};

} // namespace Framewise
