// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordsource.h"

#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace Framewise {

// A session in the store as a RecordSource, read in pages of PageSize records through its own
// database connection (so an export may run on another thread than the store's reader).
// Record index i is the stored seq i.
//
// Reading front to back (exports, opening a past session) is pipelined: while the caller works
// through one page, a read-ahead thread with a connection of its own fetches the next, so SQLite's
// decoding and the caller's formatting run on two cores. Random access reads synchronously.
class StoredSession : public RecordSource {
public:
    static constexpr qsizetype PageSize = 4096;

    StoredSession(const QString &databasePath, qint64 sessionId);
    ~StoredSession() override;

    // False with errorString() when the database or the session cannot be read.
    bool open();

    SessionInfo info() const override { return m_info; }
    qsizetype count() const override { return qsizetype(m_info.messageCount); }
    bool read(qsizetype index, LogEntry *entry) override;
    QString errorString() const override { return m_error; }

private:
    struct Page {
        qsizetype first = -1;
        std::vector<LogEntry> entries; // payloads point into bytes
        QByteArray bytes;
        QString error;
        bool ok = false;
    };
    // Reads the page starting at first through the named connection (on the calling thread).
    bool fetch(const QString &connection, qsizetype first, Page *page) const;
    void requestAhead(qsizetype first);
    bool takeAhead(qsizetype first); // moves the read-ahead page into m_current when it is that one
    void readAheadLoop();
    void stopReadAhead();

    QString m_path;
    qint64 m_id;
    QString m_connection;
    SessionInfo m_info;
    QString m_error;
    Page m_current;

    std::thread m_pager;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    Page m_ahead; // guarded by m_mutex
    qsizetype m_requested = -1; // the page the read-ahead thread should fetch; -1 none
    bool m_aheadReady = false;
    bool m_stop = false;
};

} // namespace Framewise
