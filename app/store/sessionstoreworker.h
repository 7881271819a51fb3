// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordbatch.h"
#include "sessioninfo.h"
#include "storebacklog.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>

#include <memory>
#include <vector>

class QSqlQuery;
class QTimer;

namespace Framewise {

class MessageInserter;

// The session store's writer. It lives in the store's own thread with its own database
// connection; other threads only enqueue() commands (under a mutex, no database work). What is
// queued is written as soon as this thread gets to it, in one transaction (the recorders hand
// over a batch every SessionRecorder::PullIntervalMs), so a crash loses at most what arrived
// since the last completed write began plus one pull interval, and never half a batch.
//
// FRAMEWISE_STORE_TRACE=path: one line per committed write is appended to path ("commit
// <start µs> <end µs> <newest record µs> <records>", epoch times), written straight to the file
// so that it survives a kill -9; the crash test measures the loss against it.
class SessionStoreWorker : public QObject {
    Q_OBJECT
public:
    static constexpr int WriterNice = 10; // added to the process's nice value for the writer thread
    // After this much payload written, free heap pages go back to the system (see writePending).
    static constexpr qint64 TrimAfterBytes = qint64(64) * 1024 * 1024;

    struct Command {
        enum class Type { Begin, Records, Update, End };
        Type type = Type::Records;
        int handle = 0;
        SessionInfo info;
        RecordBatch records;
        qint64 enqueuedMs = 0; // set by enqueue()
    };

    SessionStoreWorker();
    ~SessionStoreWorker() override;

    // Any thread.
    void enqueue(Command command);
    qint64 sessionId(int handle) const; // -1 until the Begin command was written
    bool hasFailed() const;
    StoreBacklog backlog() const;
    QString errorString() const;

    // The worker's thread.
    bool openDatabase(const QString &path); // marks sessions of dead recorders interrupted
    void writePending();
    void closeDatabase();

Q_SIGNALS:
    void failed(const QString &message);
    void sessionCreated(int handle, qint64 id);

private:
    bool write(std::vector<Command> &commands, QString *error);
    bool writeBegin(Command &command, QString *error);
    bool writeRecords(Command &command, QString *error);
    bool writeUpdate(Command &command, bool end, QString *error);
    bool markInterrupted(QString *error);
    void trace(const std::vector<Command> &commands, qint64 startUs);
    void fail(const QString &message);

    QString m_connectionName;
    QString m_path;
    QTimer *m_timer = nullptr; // made in the worker's thread
    int m_traceFile = -1; // FRAMEWISE_STORE_TRACE
    std::unique_ptr<MessageInserter> m_insertMessage;
    std::unique_ptr<QSqlQuery> m_addCounts;
    bool m_open = false;
    qint64 m_bytesSinceTrim = 0;

    mutable QMutex m_mutex; // guards everything below
    std::vector<Command> m_queue;
    bool m_writeScheduled = false;
    QHash<int, qint64> m_ids;
    bool m_failed = false;
    QString m_error;
    QElapsedTimer m_clock; // started at construction; enqueue times are on it
    qint64 m_backlogBytes = 0;
    qint64 m_writingSinceMs = -1; // enqueue time of the oldest command being written, -1 when idle
};

} // namespace Framewise
