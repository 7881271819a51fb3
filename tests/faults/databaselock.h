// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Framewise {

// Another connection to an SQLite database that takes its write lock (BEGIN IMMEDIATE) and holds it
// until unlock(): the session store's writer then waits (its busy timeout), as behind a slow disk.
class DatabaseLock {
public:
    explicit DatabaseLock(const QString &path);
    ~DatabaseLock(); // unlocks
    DatabaseLock(const DatabaseLock &) = delete;
    DatabaseLock &operator=(const DatabaseLock &) = delete;

    bool lock();
    bool unlock();
    QString errorString() const { return m_error; }

private:
    QString m_connection;
    QString m_error;
    bool m_locked = false;
};

} // namespace Framewise
