// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordsource.h"

#include <vector>

namespace Framewise {

// A session in the store as a RecordSource, read in pages of PageSize records through its own
// database connection (so an export may run on another thread than the store's reader).
// Record index i is the stored seq i.
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
    bool loadPage(qsizetype first);

    QString m_path;
    qint64 m_id;
    QString m_connection;
    SessionInfo m_info;
    QString m_error;
    std::vector<LogEntry> m_page; // payloads point into m_pageBytes
    QByteArray m_pageBytes;
    qsizetype m_pageFirst = -1;
};

} // namespace Framewise
