// SPDX-License-Identifier: GPL-3.0-or-later
#include "storedsession.h"

#include "storedatabase.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Framewise {

StoredSession::StoredSession(const QString &databasePath, qint64 sessionId)
    : m_path(databasePath)
    , m_id(sessionId)
{
}

StoredSession::~StoredSession()
{
    m_page.clear();
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

bool StoredSession::loadPage(qsizetype first)
{
    m_page.clear();
    m_pageFirst = -1;
    m_page.reserve(std::size_t(PageSize));
    if (!StoreDatabase::readMessages(QSqlDatabase::database(m_connection, false), m_path, m_id, first, first + PageSize,
            &m_page, &m_pageBytes, &m_error)) {
        m_page.clear();
        return false;
    }
    for (std::size_t i = 0; i < m_page.size(); ++i) {
        if (m_page[i].seq != first + qsizetype(i)) {
            m_error = QCoreApplication::translate("SessionStore", "Session %1 in %2 lacks record %3.")
                          .arg(m_id)
                          .arg(m_path)
                          .arg(first + qsizetype(i));
            m_page.clear();
            return false;
        }
    }
    m_pageFirst = first;
    return true;
}

bool StoredSession::read(qsizetype index, LogEntry *entry)
{
    if (m_connection.isEmpty() || index < 0 || index >= count())
        return false;
    if (m_pageFirst < 0 || index < m_pageFirst || index >= m_pageFirst + qsizetype(m_page.size())) {
        if (!loadPage(index - index % PageSize))
            return false;
        if (index >= m_pageFirst + qsizetype(m_page.size())) {
            m_error = QCoreApplication::translate("SessionStore", "Session %1 in %2 lacks record %3.")
                          .arg(m_id)
                          .arg(m_path)
                          .arg(index);
            return false;
        }
    }
    *entry = m_page[std::size_t(index - m_pageFirst)];
    return true;
}

} // namespace Framewise
