// SPDX-License-Identifier: GPL-3.0-or-later
#include "storedsession.h"

#include "storedatabase.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace Framewise {

StoredSession::StoredSession(const QString &databasePath, qint64 sessionId)
    : m_path(databasePath)
    , m_id(sessionId)
{
}

StoredSession::~StoredSession()
{
    stopReadAhead();
    m_current = Page();
    if (!m_connection.isEmpty())
        StoreDatabase::close(m_connection);
}

bool StoredSession::open()
{
    if (!m_connection.isEmpty())
        return true;
    const QString name = StoreDatabase::uniqueConnectionName("session");
    if (!StoreDatabase::open(m_path, name, false, &m_error))
        return false;
    m_connection = name;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(
        QStringLiteral("SELECT ") + StoreDatabase::sessionColumns() + QStringLiteral(" FROM sessions WHERE id = ?"));
    query.addBindValue(m_id);
    if (!StoreDatabase::exec(query, m_path, &m_error))
        return false;
    if (!query.next()) {
        m_error = QCoreApplication::translate("SessionStore", "There is no session %1 in %2.").arg(m_id).arg(m_path);
        return false;
    }
    m_info = StoreDatabase::sessionFromQuery(query);
    return true;
}

bool StoredSession::fetch(const QString &connection, qsizetype first, Page *page) const
{
    page->first = first;
    page->entries.clear();
    page->entries.reserve(std::size_t(PageSize));
    page->error.clear();
    page->ok = StoreDatabase::readMessages(QSqlDatabase::database(connection, false), m_path, m_id, first,
        first + PageSize, &page->entries, &page->bytes, &page->error);
    const qsizetype expected = std::min<qsizetype>(PageSize, count() - first);
    for (std::size_t i = 0; page->ok && i < page->entries.size(); ++i) {
        if (page->entries[i].seq != first + qsizetype(i))
            page->ok = false;
    }
    if (page->ok && qsizetype(page->entries.size()) < expected)
        page->ok = false;
    if (!page->ok && page->error.isEmpty()) {
        page->error = QCoreApplication::translate("SessionStore", "Session %1 in %2 lacks record %3.")
                          .arg(m_id)
                          .arg(m_path)
                          .arg(first + qsizetype(page->entries.size()));
    }
    if (!page->ok)
        page->entries.clear();
    return page->ok;
}

void StoredSession::readAheadLoop()
{
    // QtSql connections belong to the thread that made them: this thread has its own.
    const QString connection = StoreDatabase::uniqueConnectionName("readahead");
    QString error;
    const bool opened = StoreDatabase::open(m_path, connection, false, &error);
    Page page;
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        m_wake.wait(lock, [this] { return m_stop || (m_requested >= 0 && !m_aheadReady); });
        if (m_stop)
            break;
        const qsizetype first = m_requested;
        lock.unlock();
        if (opened) {
            fetch(connection, first, &page);
        } else {
            page.first = first;
            page.ok = false;
            page.error = error;
        }
        lock.lock();
        if (m_requested == first) {
            std::swap(m_ahead, page);
            m_aheadReady = true;
            m_wake.notify_all();
        }
    }
    lock.unlock();
    page = Page();
    if (opened)
        StoreDatabase::close(connection);
}

void StoredSession::requestAhead(qsizetype first)
{
    if (first >= count())
        return;
    if (!m_pager.joinable())
        m_pager = std::thread([this] { readAheadLoop(); });
    std::lock_guard lock(m_mutex);
    m_requested = first;
    m_aheadReady = false;
    m_wake.notify_all();
}

bool StoredSession::takeAhead(qsizetype first)
{
    if (!m_pager.joinable())
        return false;
    std::unique_lock lock(m_mutex);
    if (m_requested != first)
        return false;
    m_wake.wait(lock, [this] { return m_aheadReady; });
    std::swap(m_current, m_ahead);
    m_requested = -1;
    m_aheadReady = false;
    return true;
}

void StoredSession::stopReadAhead()
{
    if (!m_pager.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_wake.notify_all();
    }
    m_pager.join();
    m_ahead = Page();
}

bool StoredSession::read(qsizetype index, LogEntry *entry)
{
    if (m_connection.isEmpty() || index < 0 || index >= count())
        return false;
    const qsizetype first = index - index % PageSize;
    if (m_current.first != first || !m_current.ok) {
        if (!takeAhead(first))
            fetch(m_connection, first, &m_current);
        if (!m_current.ok) {
            m_error = m_current.error;
            m_current.first = -1;
            return false;
        }
        // Front to back: fetch the next page while this one is used.
        requestAhead(first + PageSize);
    }
    *entry = m_current.entries[std::size_t(index - first)];
    return true;
}

} // namespace Framewise
