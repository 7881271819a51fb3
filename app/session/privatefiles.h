// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Framewise {

// What Framewise writes is the user's alone, whatever the umask: folders 0700, files 0600. The
// session database holds what servers sent, profiles name hosts and users, settings keep recent
// URLs, and exports hold all of it.
class PrivateFiles {
public:
    // Creates path and each missing folder above it with mode 0700; folders that exist keep
    // their mode. False when a folder cannot be made.
    static bool makeFolder(const QString &path);
    // Framewise's own folders (the data and config folders an older version made 0755) go to
    // 0700. Never used on a folder the user named.
    static void restrictFolder(const QString &path);
    // Mode 0600 on path when it exists; false when that fails.
    static bool restrictFile(const QString &path);
    // An empty file with mode 0600 when path does not exist, so that what is written into it
    // (and SQLite's -wal and -shm files, which take the database's mode) is never readable by
    // others, not even for a moment. An existing file gets 0600.
    static bool createFile(const QString &path);
    // umask 077 for this process, so that every file it creates is private from the start,
    // including those Qt writes for it (QSettings, QSaveFile's temporary files). Both programs
    // call this first thing in main().
    static void restrictProcess();
};

} // namespace Framewise
