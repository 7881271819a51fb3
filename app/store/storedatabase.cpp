// SPDX-License-Identifier: GPL-3.0-or-later
#include "storedatabase.h"

#include "privatefiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <sqlite3.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <unistd.h>

namespace Framewise {

namespace {
const char *const schema[] = {
    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS sessions ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " url TEXT NOT NULL DEFAULT '',"
    " profile TEXT NOT NULL DEFAULT '',"
    " started_us INTEGER NOT NULL DEFAULT 0,"
    " ended_us INTEGER NOT NULL DEFAULT 0,"
    " handshake_request TEXT NOT NULL DEFAULT '',"
    " handshake_response TEXT NOT NULL DEFAULT '',"
    " request_headers_size INTEGER NOT NULL DEFAULT -1,"
    " response_headers_size INTEGER NOT NULL DEFAULT -1,"
    " handshake_ms REAL NOT NULL DEFAULT -1,"
    " subprotocol TEXT NOT NULL DEFAULT '',"
    " extensions TEXT NOT NULL DEFAULT '',"
    " tls_summary TEXT NOT NULL DEFAULT '',"
    " close_code INTEGER NOT NULL DEFAULT 0,"
    " close_reason TEXT NOT NULL DEFAULT '',"
    " stop_status TEXT NOT NULL DEFAULT '',"
    " state TEXT NOT NULL DEFAULT 'live',"
    " message_count INTEGER NOT NULL DEFAULT 0,"
    " payload_bytes INTEGER NOT NULL DEFAULT 0,"
    " source TEXT NOT NULL DEFAULT '',"
    " recorder_pid INTEGER NOT NULL DEFAULT 0,"
    " response_body TEXT NOT NULL DEFAULT '',"
    " har_extra TEXT NOT NULL DEFAULT '',"
    " stop_reason TEXT NOT NULL DEFAULT '',"
    " kind TEXT NOT NULL DEFAULT 'connection')",
    "CREATE TABLE IF NOT EXISTS messages ("
    " session_id INTEGER NOT NULL,"
    " seq INTEGER NOT NULL,"
    " time_us INTEGER NOT NULL,"
    " direction INTEGER NOT NULL,"
    " opcode INTEGER NOT NULL,"
    " payload_size INTEGER NOT NULL,"
    " wire_size INTEGER NOT NULL,"
    " flags INTEGER NOT NULL,"
    " close_code INTEGER NOT NULL,"
    " payload BLOB,"
    " marks INTEGER NOT NULL DEFAULT 0,"
    " PRIMARY KEY (session_id, seq)) WITHOUT ROWID",
    "CREATE INDEX IF NOT EXISTS sessions_by_start ON sessions (started_us)",
};

// Columns added after version 1, by the version that added them. A database of an older version
// gets them (with their defaults, so every old row reads as before) when it is opened.
struct AddedColumn {
    int version;
    const char *table;
    const char *name;
    const char *definition;
};
const AddedColumn addedColumns[] = {
    { 2, "sessions", "response_body", "TEXT NOT NULL DEFAULT ''" },
    { 2, "sessions", "har_extra", "TEXT NOT NULL DEFAULT ''" },
    { 2, "sessions", "stop_reason", "TEXT NOT NULL DEFAULT ''" },
    { 3, "sessions", "kind", "TEXT NOT NULL DEFAULT 'connection'" },
    { 3, "messages", "marks", "INTEGER NOT NULL DEFAULT 0" },
};
} // namespace

bool StoreDatabase::migrate(QSqlDatabase &db, const QString &path, QString *error)
{
    QSqlQuery query(db);
    if (!exec(query, QStringLiteral("SELECT max(version) FROM schema_version"), path, error) || !query.next())
        return false;
    if (query.value(0).toInt() >= SchemaVersion)
        return true;
    query.finish();
    // Under the write lock, and looked at again: another process may have migrated meanwhile.
    if (!begin(db, path, error))
        return false;
    bool ok = exec(query, QStringLiteral("SELECT max(version) FROM schema_version"), path, error) && query.next();
    const int version = ok ? query.value(0).toInt() : SchemaVersion;
    query.finish();
    QStringList existing; // "table.column"
    for (const char *table : { "sessions", "messages" }) {
        if (!ok || version >= SchemaVersion)
            break;
        ok = exec(query, QStringLiteral("PRAGMA table_info(%1)").arg(QLatin1String(table)), path, error);
        while (ok && query.next())
            existing.append(QLatin1String(table) + u'.' + query.value(1).toString());
        query.finish();
    }
    for (const AddedColumn &column : addedColumns) {
        if (!ok || version >= SchemaVersion)
            break;
        if (column.version <= version
            || existing.contains(QLatin1String(column.table) + u'.' + QLatin1String(column.name)))
            continue;
        ok = exec(query,
            QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                .arg(QLatin1String(column.table), QLatin1String(column.name), QLatin1String(column.definition)),
            path, error);
    }
    if (ok && version < SchemaVersion)
        ok = exec(
            query, QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(SchemaVersion), path, error);
    if (ok)
        return commit(db, path, error);
    rollback(db);
    return false;
}

QString StoreDatabase::uniqueConnectionName(const char *role)
{
    static std::atomic<int> counter { 0 };
    return QStringLiteral("framewise-store-%1-%2").arg(QLatin1String(role)).arg(++counter);
}

QString StoreDatabase::sessionColumns()
{
    return QStringLiteral(
        "id, url, profile, started_us, ended_us, handshake_request, handshake_response, request_headers_size, "
        "response_headers_size, handshake_ms, subprotocol, extensions, tls_summary, close_code, close_reason, "
        "stop_status, state, message_count, payload_bytes, source, response_body, har_extra, stop_reason, kind");
}

SessionInfo StoreDatabase::sessionFromQuery(const QSqlQuery &query)
{
    SessionInfo info;
    info.id = query.value(0).toLongLong();
    info.url = query.value(1).toString();
    info.profileName = query.value(2).toString();
    info.startedUs = query.value(3).toLongLong();
    info.endedUs = query.value(4).toLongLong();
    info.handshakeRequest = query.value(5).toString();
    info.handshakeResponse = query.value(6).toString();
    info.requestHeadersSize = query.value(7).toLongLong();
    info.responseHeadersSize = query.value(8).toLongLong();
    info.handshakeMs = query.value(9).toDouble();
    info.subprotocol = query.value(10).toString();
    info.extensions = query.value(11).toString();
    info.tlsSummary = query.value(12).toString();
    info.closeCode = query.value(13).toInt();
    info.closeReason = query.value(14).toString();
    info.stopStatus = query.value(15).toString();
    info.state = SessionInfo::stateFromName(query.value(16).toString()).value_or(SessionInfo::State::Ended);
    info.messageCount = query.value(17).toLongLong();
    info.payloadBytes = query.value(18).toLongLong();
    info.source = query.value(19).toString();
    info.responseBody = query.value(20).toString();
    info.harExtra = query.value(21).toString();
    info.stopReason = query.value(22).toString();
    info.kind = query.value(23).toString();
    if (info.kind.isEmpty())
        info.kind = SessionInfo::connectionKind();
    return info;
}

QString StoreDatabase::messageColumns()
{
    return QStringLiteral(
        "seq, time_us, direction, opcode, payload_size, wire_size, flags, close_code, payload, marks");
}

void StoreDatabase::entryFromQuery(const QSqlQuery &query, LogEntry *entry)
{
    entry->seq = query.value(0).toLongLong();
    entry->timeUs = query.value(1).toLongLong();
    const int direction = query.value(2).toInt();
    entry->direction = direction == 1 ? MessageRecord::Direction::Out
        : direction == 2              ? MessageRecord::Direction::Local
                                      : MessageRecord::Direction::In;
    entry->kind = LogEntry::kindOfOpcode(query.value(3).toInt()).value_or(MessageRecord::Kind::Binary);
    entry->payloadSize = query.value(4).toLongLong();
    entry->wireSize = query.value(5).toLongLong();
    const int flags = query.value(6).toInt();
    entry->compressed = (flags & Compressed) != 0;
    entry->payloadOmitted = (flags & PayloadOmitted) != 0;
    entry->closeCode = quint16(query.value(7).toUInt());
    entry->payload = query.value(8).toByteArray();
    entry->marks = quint8(query.value(9).toUInt() & MessageRecord::AllMarks);
}

sqlite3 *StoreDatabase::nativeHandle(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *native = *static_cast<sqlite3 *const *>(handle.constData());
    // A Qt built with its own copy of SQLite hands out handles of that copy; they must not meet
    // this library. Different versions tell the copies apart (asked once per process).
    static std::atomic<int> sameLibrary { -1 };
    if (sameLibrary.load() < 0) {
        QSqlQuery query(db);
        sameLibrary = query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next()
                && query.value(0).toString() == QLatin1String(sqlite3_libversion())
            ? 1
            : 0;
    }
    return sameLibrary.load() == 1 ? native : nullptr;
}

bool StoreDatabase::readMessages(const QSqlDatabase &db, const QString &path, qint64 sessionId, qint64 fromSeq,
    qint64 toSeq, std::vector<LogEntry> *entries, QByteArray *arena, QString *error)
{
    static const char sql[] = "SELECT seq, time_us, direction, opcode, payload_size, wire_size, flags, close_code, "
                              "payload, marks FROM messages WHERE session_id = ? AND seq >= ? AND seq < ? ORDER BY seq";
    const std::size_t first = entries->size();
    std::vector<std::pair<qsizetype, qsizetype>> slices; // into arena: offset, length
    if (arena)
        arena->resize(0);
    if (sqlite3 *handle = nativeHandle(db)) {
        sqlite3_stmt *statement = nullptr;
        int result = sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr);
        if (result == SQLITE_OK) {
            sqlite3_bind_int64(statement, 1, sessionId);
            sqlite3_bind_int64(statement, 2, fromSeq);
            sqlite3_bind_int64(statement, 3, toSeq);
            while ((result = sqlite3_step(statement)) == SQLITE_ROW) {
                LogEntry entry;
                entry.seq = sqlite3_column_int64(statement, 0);
                entry.timeUs = sqlite3_column_int64(statement, 1);
                const int direction = sqlite3_column_int(statement, 2);
                entry.direction = direction == 1 ? MessageRecord::Direction::Out
                    : direction == 2             ? MessageRecord::Direction::Local
                                                 : MessageRecord::Direction::In;
                entry.kind
                    = LogEntry::kindOfOpcode(sqlite3_column_int(statement, 3)).value_or(MessageRecord::Kind::Binary);
                entry.payloadSize = sqlite3_column_int64(statement, 4);
                entry.wireSize = sqlite3_column_int64(statement, 5);
                const int flags = sqlite3_column_int(statement, 6);
                entry.compressed = (flags & Compressed) != 0;
                entry.payloadOmitted = (flags & PayloadOmitted) != 0;
                entry.closeCode = quint16(sqlite3_column_int(statement, 7));
                entry.marks = quint8(sqlite3_column_int(statement, 9) & MessageRecord::AllMarks);
                const auto *blob = static_cast<const char *>(sqlite3_column_blob(statement, 8));
                const int size = sqlite3_column_bytes(statement, 8);
                if (arena) {
                    slices.emplace_back(arena->size(), size);
                    arena->append(blob, size);
                } else {
                    entry.payload = QByteArray(blob ? blob : "", size);
                }
                entries->push_back(std::move(entry));
            }
            if (result != SQLITE_DONE && error)
                *error = describeCode(result, QString::fromUtf8(sqlite3_errmsg(handle)), path);
        } else if (error) {
            *error = describeCode(result, QString::fromUtf8(sqlite3_errmsg(handle)), path);
        }
        sqlite3_finalize(statement);
        if (result != SQLITE_DONE)
            return false;
    } else {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QString::fromLatin1(sql));
        query.addBindValue(sessionId);
        query.addBindValue(fromSeq);
        query.addBindValue(toSeq);
        if (!exec(query, path, error))
            return false;
        while (query.next()) {
            LogEntry entry;
            entryFromQuery(query, &entry);
            if (arena) {
                slices.emplace_back(arena->size(), entry.payload.size());
                arena->append(entry.payload);
                entry.payload.clear();
            }
            entries->push_back(std::move(entry));
        }
    }
    if (arena) { // the arena does not move any more: point the payloads into it
        for (std::size_t i = 0; i < slices.size(); ++i)
            (*entries)[first + i].payload
                = QByteArray::fromRawData(arena->constData() + slices[i].first, slices[i].second);
    }
    return true;
}

qint64 StoreDatabase::nowUs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000;
}

bool StoreDatabase::isProcessAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

QString StoreDatabase::describe(const QSqlError &error, const QString &path)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    QString detail = error.databaseText();
    if (detail.isEmpty())
        detail = error.driverText();
    if (!ok)
        return tr("The session database %1 reported an error: %2").arg(path, error.text());
    return describeCode(code, detail, path);
}

QString StoreDatabase::describeCode(int sqliteCode, const QString &detail, const QString &path)
{
    switch (sqliteCode & 0xff) { // the primary code of an extended one
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return tr("The session database %1 is locked by another program (%2).").arg(path, detail);
    case 8: // SQLITE_READONLY
        return tr("The session database %1 cannot be written: it is read-only (%2).").arg(path, detail);
    case 10: // SQLITE_IOERR
        return tr("Reading or writing the session database %1 failed (%2).").arg(path, detail);
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return tr("The session database %1 is damaged or is not a Framewise session database (%2). Move it away "
                  "to start a new one.")
            .arg(path, detail);
    case 13: // SQLITE_FULL
        return tr("The disk that holds the session database %1 is full (%2).").arg(path, detail);
    case 14: // SQLITE_CANTOPEN
        return tr("The session database %1 cannot be opened (%2).").arg(path, detail);
    default:
        return tr("The session database %1 reported an error: %2").arg(path, detail);
    }
}

bool StoreDatabase::exec(QSqlQuery &query, const QString &sql, const QString &path, QString *error)
{
    if (query.exec(sql))
        return true;
    if (error)
        *error = describe(query.lastError(), path);
    return false;
}

bool StoreDatabase::exec(QSqlQuery &query, const QString &path, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = describe(query.lastError(), path);
    return false;
}

bool StoreDatabase::begin(QSqlDatabase &db, const QString &path, QString *error)
{
    QSqlQuery query(db);
    return exec(query, QStringLiteral("BEGIN IMMEDIATE"), path, error);
}

bool StoreDatabase::commit(QSqlDatabase &db, const QString &path, QString *error)
{
    QSqlQuery query(db);
    return exec(query, QStringLiteral("COMMIT"), path, error);
}

void StoreDatabase::rollback(QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("ROLLBACK"));
}

bool StoreDatabase::open(const QString &path, const QString &connectionName, bool create, QString *error)
{
    const QFileInfo info(path);
    if (create) {
        if (!PrivateFiles::makeFolder(info.absolutePath())) {
            *error = tr("Cannot create the folder %1 for the session database.").arg(info.absolutePath());
            return false;
        }
    } else if (!info.exists()) {
        *error = tr("There is no session database at %1.").arg(path);
        return false;
    }
    if (info.exists() && !info.isFile()) {
        *error = tr("The session database %1 cannot be opened: it is not a file.").arg(path);
        return false;
    }
    // The writer needs the folder too (WAL mode creates the -wal and -shm files beside the database);
    // in a read-only folder SQLite only says "unable to open database file". access() also sees a
    // read-only mount, which root's permission checks would not.
    if (create && ::access(QFile::encodeName(info.absolutePath()).constData(), W_OK) != 0) {
        const QString why = QString::fromLocal8Bit(strerror(errno));
        *error = describeCode(SQLITE_READONLY, info.absolutePath() + QStringLiteral(": ") + why, path);
        return false;
    }
    // Made private before SQLite writes into it: its -wal and -shm files take the database's mode.
    if (create && !info.exists())
        PrivateFiles::createFile(path);
    if (create) {
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            PrivateFiles::restrictFile(path + suffix);
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        *error = tr("Qt's SQLite driver (QSQLITE, Debian package libqt6sql6-sqlite) is not installed.");
        return false;
    }
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        ok = db.open();
        if (!ok) {
            *error = describe(db.lastError(), path);
        } else {
            QSqlQuery query(db);
            // The first statement reads the header: a file that is not SQLite fails here.
            bool hasSchema = false;
            ok = exec(query,
                QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='schema_version'"), path,
                error);
            if (ok && query.next())
                hasSchema = query.value(0).toInt() > 0;
            // auto_vacuum takes effect only before the first table exists and before WAL mode.
            if (ok && !hasSchema && create)
                ok = exec(query, QStringLiteral("PRAGMA auto_vacuum=INCREMENTAL"), path, error);
            ok = ok && exec(query, QStringLiteral("PRAGMA journal_mode=WAL"), path, error)
                && exec(query, QStringLiteral("PRAGMA synchronous=NORMAL"), path, error);
            if (ok) {
                if (!hasSchema && !create) {
                    *error = tr("%1 is not a Framewise session database.").arg(path);
                    ok = false;
                } else if (!hasSchema) {
                    ok = begin(db, path, error);
                    for (const char *statement : schema) {
                        if (!ok)
                            break;
                        ok = exec(query, QString::fromLatin1(statement), path, error);
                    }
                    if (ok) {
                        ok = exec(query, QStringLiteral("SELECT count(*) FROM schema_version"), path, error)
                            && query.next();
                        if (ok && query.value(0).toInt() == 0)
                            ok = exec(query,
                                QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(SchemaVersion),
                                path, error);
                    }
                    if (ok)
                        ok = commit(db, path, error);
                    else
                        rollback(db);
                }
                if (ok) {
                    ok = exec(query, QStringLiteral("SELECT max(version) FROM schema_version"), path, error)
                        && query.next();
                    if (ok && query.value(0).toInt() > SchemaVersion) {
                        *error = tr("The session database %1 was written by a newer version of Framewise (schema %2; "
                                    "this version reads %3).")
                                     .arg(path)
                                     .arg(query.value(0).toInt())
                                     .arg(SchemaVersion);
                        ok = false;
                    }
                }
                query.finish();
                if (ok)
                    ok = migrate(db, path, error);
            }
            query.finish();
        }
        if (!ok)
            db.close();
    }
    if (!ok)
        QSqlDatabase::removeDatabase(connectionName);
    return ok;
}

void StoreDatabase::close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

} // namespace Framewise
