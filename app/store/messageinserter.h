// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logentry.h"
#include "recordbatch.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3_stmt;
class QSqlQuery;

namespace Framewise {

// Inserts message rows through prepared statements. A million rows through QSqlQuery cost
// several microseconds each (QVariant per value, a placeholder name built per bind), so when
// QtSql's SQLite is the library linked here the statements run on the connection's own sqlite3
// handle (StoreDatabase::nativeHandle), RowsPerStatement rows per INSERT (which halves SQLite's
// own cost per row); otherwise through QSqlQuery. Transactions stay with the caller. The
// connection must outlive this object.
class MessageInserter {
public:
    MessageInserter(const QSqlDatabase &db, const QString &path);
    ~MessageInserter();
    MessageInserter(const MessageInserter &) = delete;
    MessageInserter &operator=(const MessageInserter &) = delete;

    static constexpr int RowsPerStatement = 64;

    bool isNative() const { return m_statement != nullptr; }
    // Rows from..batch.size() of batch with seq firstSeq, firstSeq + 1, ... (keepSeq: their own).
    bool insert(qint64 sessionId, const RecordBatch &batch, qint64 firstSeq, bool keepSeq, QString *error);
    // False with the error in words. entry.payload is bound without a copy and must stay valid
    // until the next insert() or reset().
    bool insert(qint64 sessionId, qint64 seq, const LogEntry &entry, QString *error);
    void reset(); // lets go of the last bound payload

private:
    QSqlDatabase m_db;
    QString m_path;
    bool bind(sqlite3_stmt *statement, int row, qint64 sessionId, qint64 seq, const LogEntry &entry);
    bool step(sqlite3_stmt *statement, QString *error);

    sqlite3_stmt *m_statement = nullptr;
    sqlite3_stmt *m_multiStatement = nullptr; // RowsPerStatement rows
    std::unique_ptr<QSqlQuery> m_query; // the fallback
};

} // namespace Framewise
