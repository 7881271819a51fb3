// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionstore.h"

#include "messageinserter.h"
#include "privatefiles.h"
#include "sessionstoreworker.h"
#include "storedatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSemaphore>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <limits>
#include <memory>

namespace Framewise {

namespace {
// What one message row costs besides its payload (row header, integers, index entry), for the
// size limit; an estimate, SQLite does not say per row.
constexpr qint64 RowOverhead = 64;
} // namespace

SessionStore::SessionStore(QObject *parent)
    : QObject(parent)
{
}

SessionStore::~SessionStore()
{
    close();
}

QString SessionStore::defaultPath()
{
    // The window's AppDataLocation (organization "Framewise", application "framewise"), spelled
    // out so that framewise-cli, whose application name differs, finds the same database.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/Framewise/framewise/sessions.sqlite");
}

QString SessionStore::errorString() const
{
    return m_error;
}

void SessionStore::setError(const QString &message)
{
    if (message.isEmpty() || message == m_error)
        return;
    m_error = message;
    Q_EMIT errorOccurred(message);
}

bool SessionStore::canRecord() const
{
    return m_open && m_worker && !m_worker->hasFailed();
}

bool SessionStore::open(const QString &path)
{
    close();
    m_error.clear();
    m_path = QFileInfo(path.isEmpty() ? defaultPath() : path).absoluteFilePath();
    if (m_path == QFileInfo(defaultPath()).absoluteFilePath()) {
        // Our own folders, which earlier versions made readable by everyone.
        const QFileInfo folder(QFileInfo(m_path).absolutePath());
        PrivateFiles::restrictFolder(folder.absoluteFilePath());
        PrivateFiles::restrictFolder(folder.absolutePath());
    }
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("framewise-store"));
    m_worker = new SessionStoreWorker;
    m_worker->moveToThread(m_thread);
    connect(
        m_worker, &SessionStoreWorker::failed, this, [this](const QString &message) { setError(message); },
        Qt::QueuedConnection);
    connect(m_worker, &SessionStoreWorker::sessionCreated, this, &SessionStore::sessionCreated, Qt::QueuedConnection);
    m_thread->start();
    bool opened = false;
    SessionStoreWorker *worker = m_worker;
    const QString storePath = m_path;
    QMetaObject::invokeMethod(
        m_worker, [worker, storePath, &opened] { opened = worker->openDatabase(storePath); },
        Qt::BlockingQueuedConnection);
    QString error;
    if (!opened) {
        error = m_worker->errorString();
    } else {
        m_readConnection = StoreDatabase::uniqueConnectionName("reader");
        if (!StoreDatabase::open(m_path, m_readConnection, false, &error))
            m_readConnection.clear();
    }
    if (!error.isEmpty()) {
        close();
        setError(error);
        return false;
    }
    m_open = true;
    return true;
}

void SessionStore::close()
{
    if (m_worker) {
        SessionStoreWorker *worker = m_worker;
        // closeDatabase() writes the commands still queued (the last ~30 ms) before it closes.
        QMetaObject::invokeMethod(
            m_worker, [worker] { worker->closeDatabase(); }, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
        delete m_worker;
        delete m_thread;
        m_worker = nullptr;
        m_thread = nullptr;
    }
    if (!m_readConnection.isEmpty()) {
        StoreDatabase::close(m_readConnection);
        m_readConnection.clear();
    }
    m_liveHandles.clear();
    m_open = false;
}

int SessionStore::beginSession(const SessionInfo &info)
{
    if (!canRecord())
        return 0;
    const int handle = m_nextHandle++;
    SessionStoreWorker::Command command;
    command.type = SessionStoreWorker::Command::Type::Begin;
    command.handle = handle;
    command.info = info;
    m_worker->enqueue(std::move(command));
    m_liveHandles.append(handle);
    return handle;
}

void SessionStore::appendRecords(int handle, RecordBatch records)
{
    if (handle <= 0 || records.isEmpty() || !canRecord())
        return;
    SessionStoreWorker::Command command;
    command.type = SessionStoreWorker::Command::Type::Records;
    command.handle = handle;
    command.records = std::move(records);
    m_worker->enqueue(std::move(command));
}

void SessionStore::updateSession(int handle, const SessionInfo &info)
{
    if (handle <= 0 || !canRecord())
        return;
    SessionStoreWorker::Command command;
    command.type = SessionStoreWorker::Command::Type::Update;
    command.handle = handle;
    command.info = info;
    m_worker->enqueue(std::move(command));
}

void SessionStore::endSession(int handle, const SessionInfo &info)
{
    m_liveHandles.removeAll(handle);
    if (handle <= 0 || !canRecord())
        return;
    SessionStoreWorker::Command command;
    command.type = SessionStoreWorker::Command::Type::End;
    command.handle = handle;
    command.info = info;
    if (command.info.state == SessionInfo::State::Live)
        command.info.state = SessionInfo::State::Ended;
    m_worker->enqueue(std::move(command));
}

qint64 SessionStore::sessionId(int handle) const
{
    return m_worker ? m_worker->sessionId(handle) : -1;
}

StoreBacklog SessionStore::backlog() const
{
    return m_worker ? m_worker->backlog() : StoreBacklog();
}

bool SessionStore::flush(int timeoutMs)
{
    if (!m_worker)
        return false;
    auto done = std::make_shared<QSemaphore>();
    SessionStoreWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [worker, done] {
            worker->writePending();
            done->release();
        },
        Qt::QueuedConnection);
    const bool written = done->tryAcquire(1, timeoutMs);
    if (m_worker->hasFailed()) {
        setError(m_worker->errorString());
        return false;
    }
    if (!written)
        setError(tr("Writing the session database %1 took longer than %2 ms.").arg(m_path).arg(timeoutMs));
    return written;
}

bool SessionStore::checkReadable()
{
    if (m_readConnection.isEmpty()) {
        setError(m_error.isEmpty() ? tr("The session database is not open.") : m_error);
        return false;
    }
    return true;
}

QList<SessionInfo> SessionStore::sessions(const QString &urlContains)
{
    QList<SessionInfo> result;
    if (!checkReadable())
        return result;
    QSqlQuery query(QSqlDatabase::database(m_readConnection, false));
    query.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT ") + StoreDatabase::sessionColumns() + QStringLiteral(" FROM sessions");
    if (!urlContains.isEmpty())
        sql += QStringLiteral(" WHERE instr(lower(url), ?) > 0");
    sql += QStringLiteral(" ORDER BY started_us DESC, id DESC");
    query.prepare(sql);
    if (!urlContains.isEmpty())
        query.addBindValue(urlContains.toLower());
    QString error;
    if (!StoreDatabase::exec(query, m_path, &error)) {
        setError(error);
        return result;
    }
    while (query.next())
        result.append(StoreDatabase::sessionFromQuery(query));
    return result;
}

std::optional<SessionInfo> SessionStore::session(qint64 id)
{
    if (!checkReadable())
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_readConnection, false));
    query.prepare(
        QStringLiteral("SELECT ") + StoreDatabase::sessionColumns() + QStringLiteral(" FROM sessions WHERE id = ?"));
    query.addBindValue(id);
    QString error;
    if (!StoreDatabase::exec(query, m_path, &error)) {
        setError(error);
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return StoreDatabase::sessionFromQuery(query);
}

std::vector<LogEntry> SessionStore::messages(qint64 id, qint64 fromSeq, qint64 count)
{
    std::vector<LogEntry> result;
    if (!checkReadable())
        return result;
    QString error;
    const qint64 toSeq = count < 0 ? std::numeric_limits<qint64>::max() : fromSeq + count;
    if (!StoreDatabase::readMessages(
            QSqlDatabase::database(m_readConnection, false), m_path, id, fromSeq, toSeq, &result, nullptr, &error)) {
        setError(error);
        result.clear();
    }
    return result;
}

bool SessionStore::deleteSessions(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_readConnection, false);
    QString error;
    if (!StoreDatabase::begin(db, m_path, &error)) {
        setError(error);
        return false;
    }
    {
        QSqlQuery messages(db);
        messages.prepare(QStringLiteral("DELETE FROM messages WHERE session_id = ?"));
        QSqlQuery sessions(db);
        sessions.prepare(QStringLiteral("DELETE FROM sessions WHERE id = ?"));
        for (const qint64 id : ids) {
            messages.bindValue(0, id);
            sessions.bindValue(0, id);
            if (!StoreDatabase::exec(messages, m_path, &error) || !StoreDatabase::exec(sessions, m_path, &error)) {
                StoreDatabase::rollback(db);
                setError(error);
                return false;
            }
        }
    }
    if (!StoreDatabase::commit(db, m_path, &error)) {
        StoreDatabase::rollback(db);
        setError(error);
        return false;
    }
    QSqlQuery vacuum(db); // gives the freed pages back to the file system (auto_vacuum=INCREMENTAL)
    vacuum.exec(QStringLiteral("PRAGMA incremental_vacuum"));
    while (vacuum.next()) { }
    return true;
}

bool SessionStore::deleteSession(qint64 id)
{
    if (!checkReadable())
        return false;
    QSqlQuery query(QSqlDatabase::database(m_readConnection, false));
    query.prepare(QStringLiteral("SELECT state, recorder_pid FROM sessions WHERE id = ?"));
    query.addBindValue(id);
    QString error;
    if (!StoreDatabase::exec(query, m_path, &error)) {
        setError(error);
        return false;
    }
    if (!query.next()) {
        setError(tr("There is no session %1 in %2.").arg(id).arg(m_path));
        return false;
    }
    if (query.value(0).toString() == SessionInfo::stateName(SessionInfo::State::Live)
        && StoreDatabase::isProcessAlive(query.value(1).toLongLong())) {
        setError(tr("Session %1 is still being recorded; stop it before deleting it.").arg(id));
        return false;
    }
    query.finish();
    return deleteSessions({ id });
}

int SessionStore::deleteOlderThan(int days)
{
    if (!checkReadable())
        return -1;
    const qint64 limitUs = StoreDatabase::nowUs() - qint64(days) * 24 * 3600 * 1000000;
    QList<qint64> ids;
    {
        QSqlQuery query(QSqlDatabase::database(m_readConnection, false));
        query.prepare(QStringLiteral("SELECT id FROM sessions WHERE started_us < ? AND state != 'live'"));
        query.addBindValue(limitUs);
        QString error;
        if (!StoreDatabase::exec(query, m_path, &error)) {
            setError(error);
            return -1;
        }
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    return deleteSessions(ids) ? int(ids.size()) : -1;
}

int SessionStore::limitTotalSize(qint64 maxBytes)
{
    if (!checkReadable())
        return -1;
    struct Row {
        qint64 id;
        qint64 bytes;
        bool live;
    };
    QList<Row> rows;
    qint64 total = 0;
    {
        QSqlQuery query(QSqlDatabase::database(m_readConnection, false));
        query.prepare(QStringLiteral(
            "SELECT id, payload_bytes + message_count * ?, state FROM sessions ORDER BY started_us ASC, id ASC"));
        query.addBindValue(RowOverhead);
        QString error;
        if (!StoreDatabase::exec(query, m_path, &error)) {
            setError(error);
            return -1;
        }
        while (query.next()) {
            const Row row { query.value(0).toLongLong(), query.value(1).toLongLong(),
                query.value(2).toString() == SessionInfo::stateName(SessionInfo::State::Live) };
            total += row.bytes;
            rows.append(row);
        }
    }
    QList<qint64> ids;
    for (const Row &row : std::as_const(rows)) {
        if (total <= maxBytes)
            break;
        if (row.live)
            continue;
        ids.append(row.id);
        total -= row.bytes;
    }
    return deleteSessions(ids) ? int(ids.size()) : -1;
}

QString SessionStore::integrityCheck()
{
    if (!checkReadable())
        return m_error;
    QSqlQuery query(QSqlDatabase::database(m_readConnection, false));
    QString error;
    if (!StoreDatabase::exec(query, QStringLiteral("PRAGMA integrity_check"), m_path, &error)) {
        setError(error);
        return error;
    }
    QStringList findings;
    while (query.next())
        findings.append(query.value(0).toString());
    return findings.join(u'\n');
}

QList<qint64> SessionStore::importSessions(const std::vector<ImportedSession> &sessions)
{
    QList<qint64> ids;
    if (!checkReadable())
        return ids;
    QSqlDatabase db = QSqlDatabase::database(m_readConnection, false);
    QString error;
    if (!StoreDatabase::begin(db, m_path, &error)) {
        setError(error);
        return ids;
    }
    bool ok = true;
    {
        QSqlQuery insertSession(db);
        insertSession.prepare(QStringLiteral(
            "INSERT INTO sessions (url, profile, started_us, ended_us, handshake_request, handshake_response, "
            "request_headers_size, response_headers_size, handshake_ms, subprotocol, extensions, tls_summary, "
            "close_code, close_reason, stop_status, state, message_count, payload_bytes, source, recorder_pid, "
            "response_body, har_extra, stop_reason, kind) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'imported', ?, ?, ?, 0, ?, ?, ?, ?)"));
        MessageInserter insertMessage(db, m_path);
        for (const ImportedSession &session : sessions) {
            const SessionInfo &info = session.info;
            insertSession.bindValue(0, StoreDatabase::text(info.url));
            insertSession.bindValue(1, StoreDatabase::text(info.profileName));
            insertSession.bindValue(2, info.startedUs);
            insertSession.bindValue(3, info.endedUs);
            insertSession.bindValue(4, StoreDatabase::text(info.handshakeRequest));
            insertSession.bindValue(5, StoreDatabase::text(info.handshakeResponse));
            insertSession.bindValue(6, info.requestHeadersSize);
            insertSession.bindValue(7, info.responseHeadersSize);
            insertSession.bindValue(8, info.handshakeMs);
            insertSession.bindValue(9, StoreDatabase::text(info.subprotocol));
            insertSession.bindValue(10, StoreDatabase::text(info.extensions));
            insertSession.bindValue(11, StoreDatabase::text(info.tlsSummary));
            insertSession.bindValue(12, info.closeCode);
            insertSession.bindValue(13, StoreDatabase::text(info.closeReason));
            insertSession.bindValue(14, StoreDatabase::text(info.stopStatus));
            insertSession.bindValue(15, qint64(session.records.size()));
            insertSession.bindValue(16, session.records.payloadBytes());
            insertSession.bindValue(17, StoreDatabase::text(info.source));
            insertSession.bindValue(18, StoreDatabase::text(info.responseBody));
            insertSession.bindValue(19, StoreDatabase::text(info.harExtra));
            insertSession.bindValue(20, StoreDatabase::text(info.stopReason));
            insertSession.bindValue(21, info.kind.isEmpty() ? SessionInfo::connectionKind() : info.kind);
            ok = StoreDatabase::exec(insertSession, m_path, &error);
            if (!ok)
                break;
            const qint64 id = insertSession.lastInsertId().toLongLong();
            const RecordBatch &records = session.records;
            ok = insertMessage.insert(id, records, 0, false, &error); // seq from 0 whatever the file said
            insertMessage.reset();
            if (!ok)
                break;
            ids.append(id);
        }
    }
    if (ok)
        ok = StoreDatabase::commit(db, m_path, &error);
    if (!ok) {
        StoreDatabase::rollback(db);
        setError(error);
        ids.clear();
    }
    return ids;
}

} // namespace Framewise
