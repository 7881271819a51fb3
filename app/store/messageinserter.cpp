// SPDX-License-Identifier: GPL-3.0-or-later
#include "messageinserter.h"

#include "storedatabase.h"

#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace Framewise {

namespace {
const char insertSql[] = "INSERT INTO messages (session_id, seq, time_us, direction, opcode, payload_size, "
                         "wire_size, flags, close_code, payload, marks) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr int ColumnCount = 11;

int flagsOf(const LogEntry &entry)
{
    return (entry.compressed ? StoreDatabase::Compressed : 0)
        | (entry.payloadOmitted ? StoreDatabase::PayloadOmitted : 0);
}
} // namespace

MessageInserter::MessageInserter(const QSqlDatabase &db, const QString &path)
    : m_db(db)
    , m_path(path)
{
    if (sqlite3 *handle = StoreDatabase::nativeHandle(db)) {
        if (sqlite3_prepare_v3(handle, insertSql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK)
            m_statement = nullptr;
        QByteArray multi = insertSql;
        for (int row = 1; row < RowsPerStatement; ++row)
            multi += ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        if (m_statement
            && sqlite3_prepare_v3(
                   handle, multi.constData(), int(multi.size()), SQLITE_PREPARE_PERSISTENT, &m_multiStatement, nullptr)
                != SQLITE_OK)
            m_multiStatement = nullptr; // one row at a time then
    }
    if (!m_statement) {
        m_query = std::make_unique<QSqlQuery>(m_db);
        m_query->prepare(QString::fromLatin1(insertSql));
    }
}

MessageInserter::~MessageInserter()
{
    if (m_multiStatement)
        sqlite3_finalize(m_multiStatement);
    if (m_statement)
        sqlite3_finalize(m_statement); // before the connection closes: SQLite refuses to close otherwise
}

bool MessageInserter::bind(sqlite3_stmt *s, int row, qint64 sessionId, qint64 seq, const LogEntry &entry)
{
    const int k = row * ColumnCount;
    sqlite3_bind_int64(s, k + 1, sessionId);
    sqlite3_bind_int64(s, k + 2, seq);
    sqlite3_bind_int64(s, k + 3, entry.timeUs);
    sqlite3_bind_int(s, k + 4, int(entry.direction));
    sqlite3_bind_int(s, k + 5, LogEntry::opcodeOf(entry.kind));
    sqlite3_bind_int64(s, k + 6, entry.payloadSize);
    sqlite3_bind_int64(s, k + 7, entry.wireSize);
    sqlite3_bind_int(s, k + 8, flagsOf(entry));
    sqlite3_bind_int(s, k + 9, int(entry.closeCode));
    sqlite3_bind_int(s, k + 11, int(entry.marks));
    if (entry.payloadOmitted && entry.payload.isEmpty())
        return sqlite3_bind_null(s, k + 10) == SQLITE_OK;
    // A zero-length blob, not NULL, for an empty message.
    return sqlite3_bind_blob64(s, k + 10, entry.payload.isEmpty() ? "" : entry.payload.constData(),
               sqlite3_uint64(entry.payload.size()), SQLITE_STATIC)
        == SQLITE_OK;
}

bool MessageInserter::step(sqlite3_stmt *s, QString *error)
{
    const int result = sqlite3_step(s);
    sqlite3_reset(s);
    if (result == SQLITE_DONE)
        return true;
    if (error)
        *error = StoreDatabase::describeCode(result, QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(s))), m_path);
    return false;
}

bool MessageInserter::insert(qint64 sessionId, const RecordBatch &batch, qint64 firstSeq, bool keepSeq, QString *error)
{
    const qsizetype count = batch.size();
    qsizetype i = 0;
    if (m_multiStatement) {
        for (; i + RowsPerStatement <= count; i += RowsPerStatement) {
            for (int row = 0; row < RowsPerStatement; ++row) {
                const LogEntry entry = batch.at(i + row);
                bind(m_multiStatement, row, sessionId, keepSeq ? entry.seq : firstSeq + i + row, entry);
            }
            if (!step(m_multiStatement, error))
                return false;
        }
    }
    for (; i < count; ++i) {
        const LogEntry entry = batch.at(i);
        if (!insert(sessionId, keepSeq ? entry.seq : firstSeq + i, entry, error))
            return false;
    }
    return true;
}

bool MessageInserter::insert(qint64 sessionId, qint64 seq, const LogEntry &entry, QString *error)
{
    if (m_statement) {
        bind(m_statement, 0, sessionId, seq, entry);
        return step(m_statement, error);
    }
    QSqlQuery &q = *m_query;
    q.bindValue(0, sessionId);
    q.bindValue(1, seq);
    q.bindValue(2, entry.timeUs);
    q.bindValue(3, int(entry.direction));
    q.bindValue(4, LogEntry::opcodeOf(entry.kind));
    q.bindValue(5, entry.payloadSize);
    q.bindValue(6, entry.wireSize);
    q.bindValue(7, flagsOf(entry));
    q.bindValue(8, int(entry.closeCode));
    q.bindValue(9, entry.payloadOmitted && entry.payload.isEmpty() ? QVariant() : QVariant(entry.payload));
    q.bindValue(10, int(entry.marks));
    return StoreDatabase::exec(q, m_path, error);
}

void MessageInserter::reset()
{
    if (m_multiStatement)
        sqlite3_clear_bindings(m_multiStatement);
    if (m_statement)
        sqlite3_clear_bindings(m_statement);
    else
        m_query->bindValue(9, QVariant());
}

} // namespace Framewise
