// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionstoreworker.h"

#include "messageinserter.h"
#include "storedatabase.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTimer>
#include <QVariant>

#include <fcntl.h>
#include <malloc.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace Framewise {

namespace {
// Binds what a session's handshake fills, in this order: url, profile, handshake_request,
// handshake_response, request_headers_size, response_headers_size, handshake_ms, subprotocol,
// extensions, tls_summary. The INSERT of a new session and the UPDATE of a running one both start
// with these columns.
void bindHandshakeColumns(QSqlQuery &query, const SessionInfo &info)
{
    query.addBindValue(StoreDatabase::text(info.url));
    query.addBindValue(StoreDatabase::text(info.profileName));
    query.addBindValue(StoreDatabase::text(info.handshakeRequest));
    query.addBindValue(StoreDatabase::text(info.handshakeResponse));
    query.addBindValue(info.requestHeadersSize);
    query.addBindValue(info.responseHeadersSize);
    query.addBindValue(info.handshakeMs);
    query.addBindValue(StoreDatabase::text(info.subprotocol));
    query.addBindValue(StoreDatabase::text(info.extensions));
    query.addBindValue(StoreDatabase::text(info.tlsSummary));
}
} // namespace

SessionStoreWorker::SessionStoreWorker()
    : m_connectionName(StoreDatabase::uniqueConnectionName("writer"))
{
    m_clock.start();
}

SessionStoreWorker::~SessionStoreWorker()
{
    closeDatabase();
}

void SessionStoreWorker::enqueue(Command command)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_failed)
            return;
        command.enqueuedMs = m_clock.elapsed();
        m_backlogBytes += command.records.memoryBytes();
        m_queue.push_back(std::move(command));
        if (m_writeScheduled)
            return;
        m_writeScheduled = true;
    }
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_timer && !m_timer->isActive())
                m_timer->start();
        },
        Qt::QueuedConnection);
}

qint64 SessionStoreWorker::sessionId(int handle) const
{
    QMutexLocker lock(&m_mutex);
    return m_ids.value(handle, -1);
}

StoreBacklog SessionStoreWorker::backlog() const
{
    QMutexLocker lock(&m_mutex);
    StoreBacklog backlog;
    backlog.bytes = m_backlogBytes;
    qint64 oldest = m_writingSinceMs;
    if (oldest < 0 && !m_queue.empty())
        oldest = m_queue.front().enqueuedMs;
    if (oldest >= 0)
        backlog.ageMs = m_clock.elapsed() - oldest;
    return backlog;
}

bool SessionStoreWorker::hasFailed() const
{
    QMutexLocker lock(&m_mutex);
    return m_failed;
}

QString SessionStoreWorker::errorString() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

void SessionStoreWorker::fail(const QString &message)
{
    {
        QMutexLocker lock(&m_mutex);
        m_failed = true;
        m_error = message;
        m_queue.clear();
        m_backlogBytes = 0;
        m_writingSinceMs = -1;
    }
    Q_EMIT failed(message);
}

bool SessionStoreWorker::openDatabase(const QString &path)
{
    m_path = path;
    // The live session comes first: when the CPU is short, the writer yields to the thread that
    // receives (it catches up when the flood ends; batches wait in memory meanwhile).
    ::setpriority(PRIO_PROCESS, id_t(::syscall(SYS_gettid)), ::getpriority(PRIO_PROCESS, 0) + WriterNice);
    QString error;
    if (!StoreDatabase::open(path, m_connectionName, true, &error)) {
        QMutexLocker lock(&m_mutex);
        m_failed = true;
        m_error = error;
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!markInterrupted(&error)) {
        StoreDatabase::close(m_connectionName);
        QMutexLocker lock(&m_mutex);
        m_failed = true;
        m_error = error;
        return false;
    }
    {
        // A batch's pages stay in memory until the commit: a cache smaller than a batch spills
        // pages to the WAL and writes them again when the next rows change them.
        QSqlQuery pragma(db);
        pragma.exec(QStringLiteral("PRAGMA cache_size = -32768"));
    }
    m_insertMessage = std::make_unique<MessageInserter>(db, m_path);
    m_addCounts = std::make_unique<QSqlQuery>(db);
    m_addCounts->prepare(QStringLiteral(
        "UPDATE sessions SET message_count = message_count + ?, payload_bytes = payload_bytes + ? WHERE id = ?"));
    // Zero: the next turn of this thread's event loop, so that commands enqueued together (several
    // recorders, an End right after the last records) go into one transaction.
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &SessionStoreWorker::writePending);
    if (const QByteArray trace = qgetenv("FRAMEWISE_STORE_TRACE"); !trace.isEmpty())
        m_traceFile = ::open(trace.constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    m_open = true;
    return true;
}

bool SessionStoreWorker::markInterrupted(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QList<qint64> stale;
    {
        QSqlQuery query(db);
        if (!StoreDatabase::exec(
                query, QStringLiteral("SELECT id, recorder_pid FROM sessions WHERE state = 'live'"), m_path, error))
            return false;
        while (query.next()) {
            if (!StoreDatabase::isProcessAlive(query.value(1).toLongLong()))
                stale.append(query.value(0).toLongLong());
        }
    }
    if (stale.isEmpty())
        return true;
    if (!StoreDatabase::begin(db, m_path, error))
        return false;
    QSqlQuery update(db);
    update.prepare(QStringLiteral(
        "UPDATE sessions SET state = 'interrupted', stop_status = ?, ended_us = max(started_us, coalesce((SELECT "
        "time_us FROM messages WHERE session_id = sessions.id ORDER BY seq DESC LIMIT 1), 0)) WHERE id = ?"));
    const QString status = QCoreApplication::translate("SessionStore",
        "The recording was interrupted: Framewise ended without closing the session (a crash, a kill or a power "
        "loss). Messages up to the last saved batch are kept.");
    for (const qint64 id : std::as_const(stale)) {
        update.bindValue(0, status);
        update.bindValue(1, id);
        if (!StoreDatabase::exec(update, m_path, error)) {
            StoreDatabase::rollback(db);
            return false;
        }
    }
    return StoreDatabase::commit(db, m_path, error);
}

void SessionStoreWorker::writePending()
{
    std::vector<Command> commands;
    {
        QMutexLocker lock(&m_mutex);
        commands.swap(m_queue);
        m_writeScheduled = false;
        if (m_failed)
            return;
        if (!commands.empty() && m_open)
            m_writingSinceMs = commands.front().enqueuedMs;
    }
    if (commands.empty() || !m_open)
        return;
    qint64 written = 0;
    for (const Command &command : commands) {
        m_bytesSinceTrim += command.records.payloadBytes();
        written += command.records.memoryBytes();
    }
    QString error;
    const qint64 startUs = StoreDatabase::nowUs();
    const bool ok = write(commands, &error);
    if (ok && m_traceFile >= 0)
        trace(commands, startUs);
    {
        QMutexLocker lock(&m_mutex);
        m_backlogBytes = std::max<qint64>(0, m_backlogBytes - written);
        m_writingSinceMs = -1;
    }
    if (!ok)
        fail(error);
#ifdef __GLIBC__
    // Batches are allocated on the session's thread and freed here, in bulk after a backlog (this
    // thread yields the CPU to the session). glibc keeps such freed heap, fragmented among the
    // session's live blocks, instead of returning it, so RSS ratchets up to the largest backlog ever
    // queued. Every TrimAfterBytes written, free pages go back to the system (a few ms here).
    if (m_bytesSinceTrim > TrimAfterBytes) {
        m_bytesSinceTrim = 0;
        commands.clear();
        ::malloc_trim(0);
    }
#endif
}

void SessionStoreWorker::trace(const std::vector<Command> &commands, qint64 startUs)
{
    qint64 newestUs = 0;
    qint64 records = 0;
    for (const Command &command : commands) {
        records += command.records.size();
        if (!command.records.isEmpty())
            newestUs = std::max(newestUs, command.records.at(command.records.size() - 1).timeUs);
    }
    const QByteArray line = "commit " + QByteArray::number(startUs) + ' ' + QByteArray::number(StoreDatabase::nowUs())
        + ' ' + QByteArray::number(newestUs) + ' ' + QByteArray::number(records) + '\n';
    [[maybe_unused]] const auto written = ::write(m_traceFile, line.constData(), std::size_t(line.size()));
}

bool SessionStoreWorker::write(std::vector<Command> &commands, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!StoreDatabase::begin(db, m_path, error))
        return false;
    QList<int> created;
    for (Command &command : commands) {
        bool ok = true;
        switch (command.type) {
        case Command::Type::Begin:
            ok = writeBegin(command, error);
            if (ok)
                created.append(command.handle);
            break;
        case Command::Type::Records:
            ok = writeRecords(command, error);
            break;
        case Command::Type::Update:
            ok = writeUpdate(command, false, error);
            break;
        case Command::Type::End:
            ok = writeUpdate(command, true, error);
            break;
        }
        if (!ok) {
            m_insertMessage->reset();
            StoreDatabase::rollback(db);
            return false;
        }
    }
    m_insertMessage->reset(); // the bound payload points into a batch about to go
    if (!StoreDatabase::commit(db, m_path, error)) {
        StoreDatabase::rollback(db);
        return false;
    }
    for (const int handle : std::as_const(created))
        Q_EMIT sessionCreated(handle, sessionId(handle));
    return true;
}

bool SessionStoreWorker::writeBegin(Command &command, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const SessionInfo &info = command.info;
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO sessions (url, profile, handshake_request, handshake_response, request_headers_size, "
        "response_headers_size, handshake_ms, subprotocol, extensions, tls_summary, started_us, ended_us, "
        "close_code, close_reason, stop_status, state, source, recorder_pid, response_body, kind) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, '', '', 'live', '', ?, ?, ?)"));
    bindHandshakeColumns(query, info);
    query.addBindValue(info.startedUs);
    query.addBindValue(qint64(::getpid()));
    query.addBindValue(StoreDatabase::text(info.responseBody));
    query.addBindValue(info.kind.isEmpty() ? SessionInfo::connectionKind() : info.kind);
    if (!StoreDatabase::exec(query, m_path, error))
        return false;
    const qint64 id = query.lastInsertId().toLongLong();
    QMutexLocker lock(&m_mutex);
    m_ids.insert(command.handle, id);
    return true;
}

bool SessionStoreWorker::writeRecords(Command &command, QString *error)
{
    const qint64 id = sessionId(command.handle);
    if (id < 0 || command.records.isEmpty())
        return true;
    const RecordBatch &batch = command.records;
    const qsizetype count = batch.size();
    if (!m_insertMessage->insert(id, batch, 0, true, error))
        return false;
    m_addCounts->bindValue(0, qint64(count));
    m_addCounts->bindValue(1, batch.payloadBytes());
    m_addCounts->bindValue(2, id);
    return StoreDatabase::exec(*m_addCounts, m_path, error);
}

bool SessionStoreWorker::writeUpdate(Command &command, bool end, QString *error)
{
    const qint64 id = sessionId(command.handle);
    if (id < 0)
        return true;
    const SessionInfo &info = command.info;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral(
        "UPDATE sessions SET url = ?, profile = ?, handshake_request = ?, handshake_response = ?, "
        "request_headers_size = ?, response_headers_size = ?, handshake_ms = ?, subprotocol = ?, extensions = ?, "
        "tls_summary = ?, close_code = ?, close_reason = ?, stop_status = ?, stop_reason = ?, ended_us = ?, "
        "state = ?, response_body = ? WHERE id = ?"));
    bindHandshakeColumns(query, info);
    query.addBindValue(info.closeCode);
    query.addBindValue(StoreDatabase::text(info.closeReason));
    query.addBindValue(StoreDatabase::text(info.stopStatus));
    query.addBindValue(StoreDatabase::text(info.stopReason));
    query.addBindValue(end ? info.endedUs : qint64(0));
    query.addBindValue(SessionInfo::stateName(end ? info.state : SessionInfo::State::Live));
    query.addBindValue(StoreDatabase::text(info.responseBody));
    query.addBindValue(id);
    return StoreDatabase::exec(query, m_path, error);
}

void SessionStoreWorker::closeDatabase()
{
    if (!m_open)
        return;
    writePending();
    m_open = false;
    m_insertMessage.reset();
    m_addCounts.reset();
    delete m_timer;
    m_timer = nullptr;
    if (m_traceFile >= 0) {
        ::close(m_traceFile);
        m_traceFile = -1;
    }
    StoreDatabase::close(m_connectionName);
}

} // namespace Framewise
