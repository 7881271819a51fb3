// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logentry.h"
#include "sessioninfo.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <vector>

class QSqlError;
class QSqlQuery;
struct sqlite3;

namespace Framewise {

// The session database's schema and the SQLite details every connection to it shares (the
// store's writer thread, its reader, a StoredSession an exporter reads): opening with WAL and
// synchronous=NORMAL, a busy timeout, and errors in words instead of SQLite codes.
//
// Schema (version 3):
//   schema_version(version)
//   sessions(id, url, profile, started_us, ended_us, handshake_request, handshake_response,
//            request_headers_size, response_headers_size, handshake_ms, subprotocol, extensions,
//            tls_summary, close_code, close_reason, stop_status, state, message_count,
//            payload_bytes, source, recorder_pid, response_body, har_extra, stop_reason, kind)
//   messages(session_id, seq, time_us, direction, opcode, payload_size, wire_size, flags,
//            close_code, payload, marks), PRIMARY KEY (session_id, seq) WITHOUT ROWID: the table is
//            its own index, so a session's messages are one range of one b-tree, written and read in order
// direction: 0 in, 1 out, 2 local event; opcode: 1 text, 2 binary, 8 close, 9 ping, 10 pong,
// 0 event; flags: 1 compressed, 2 payload not stored; state: live, ended, interrupted, imported;
// stop_reason: StopStatus::reasonName() ("PingTimeout"), '' when not known; kind: 'connection'
// or 'intercept' (SessionInfo::kind); marks: MessageRecord::Mark bits (what an intercepting proxy
// did to the message), 0 for none.
// Version 2 added response_body, har_extra and stop_reason; version 3 added sessions.kind and
// messages.marks. Opening an older database adds what it lacks (ALTER TABLE with defaults, so old
// rows read as plain connections with unmarked messages, in one transaction) and records the
// current version. Older programs refuse a newer database.
class StoreDatabase {
    Q_DECLARE_TR_FUNCTIONS(SessionStore)
public:
    static constexpr int SchemaVersion = 3;
    static constexpr int BusyTimeoutMs = 5000;
    enum Flag { Compressed = 1, PayloadOmitted = 2 };

    // Opens a connection named connectionName for the calling thread, creating the folder, the
    // file and the schema when create is true. False with the reason in words.
    static bool open(const QString &path, const QString &connectionName, bool create, QString *error);
    // Brings a database of an older schema version up to SchemaVersion (open() calls it).
    static bool migrate(QSqlDatabase &db, const QString &path, QString *error);
    // Closes and forgets the connection (every QSqlQuery on it must be gone).
    static void close(const QString &connectionName);
    // A connection name no other object uses.
    static QString uniqueConnectionName(const char *role);

    static QString describe(const QSqlError &error, const QString &path);
    static QString describeCode(int sqliteCode, const QString &detail, const QString &path);
    // Runs sql; false with describe()'s words in error.
    static bool exec(QSqlQuery &query, const QString &sql, const QString &path, QString *error);
    static bool exec(QSqlQuery &query, const QString &path, QString *error); // a prepared query
    // BEGIN IMMEDIATE: takes the write lock now, so a WAL reader never has to upgrade (which
    // fails at once instead of waiting when another connection wrote in between).
    static bool begin(QSqlDatabase &db, const QString &path, QString *error);
    static bool commit(QSqlDatabase &db, const QString &path, QString *error);
    static void rollback(QSqlDatabase &db);

    // "SELECT <sessionColumns> FROM sessions" rows to SessionInfo; the same for messages.
    static QString sessionColumns();
    static SessionInfo sessionFromQuery(const QSqlQuery &query);
    static QString messageColumns();
    static void entryFromQuery(const QSqlQuery &query, LogEntry *entry);
    // Messages of a session with fromSeq <= seq < toSeq, in seq order, appended to entries.
    // With arena, payloads point into it (one allocation per call, valid until arena changes);
    // without, each payload is its own array.
    static bool readMessages(const QSqlDatabase &db, const QString &path, qint64 sessionId, qint64 fromSeq,
        qint64 toSeq, std::vector<LogEntry> *entries, QByteArray *arena, QString *error);

    // The connection's sqlite3 handle for the hot paths, when QtSql's SQLite is the library this
    // program links (Debian's plugin uses the system libsqlite3); nullptr otherwise.
    static sqlite3 *nativeHandle(const QSqlDatabase &db);

    // QtSql binds a null QString as NULL; the text columns are NOT NULL.
    static QString text(const QString &value) { return value.isNull() ? QStringLiteral("") : value; }

    static qint64 nowUs();
    static bool isProcessAlive(qint64 pid);
};

} // namespace Framewise
