// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaselock.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Framewise {

DatabaseLock::DatabaseLock(const QString &path)
{
    static int serial = 0;
    m_connection = QStringLiteral("framewise-test-lock-%1").arg(++serial);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open())
        m_error = db.lastError().text();
}

DatabaseLock::~DatabaseLock()
{
    unlock();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool DatabaseLock::lock()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    if (!db.isOpen() || !query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_error = db.isOpen() ? query.lastError().text() : m_error;
        return false;
    }
    m_locked = true;
    return true;
}

bool DatabaseLock::unlock()
{
    if (!m_locked)
        return true;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("COMMIT"))) {
        m_error = query.lastError().text();
        return false;
    }
    m_locked = false;
    return true;
}

} // namespace Framewise
