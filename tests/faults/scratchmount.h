// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace Framewise {

// A scratch folder for the store's disk faults. When this process may mount (root with
// CAP_SYS_ADMIN, as in CI's container), the folder is a tmpfs of a given size the test created: a
// real full disk and a real read-only file system, unmounted again when destroyed. Without that
// right it stays a plain temporary folder and says so (isMounted() false); the tests then use
// RLIMIT_FSIZE for a full disk and file modes for read-only (which root ignores).
class ScratchMount {
public:
    ScratchMount();
    ~ScratchMount();
    ScratchMount(const ScratchMount &) = delete;
    ScratchMount &operator=(const ScratchMount &) = delete;

    // Mounts a tmpfs of `bytes` on the folder; false (see errorString()) when not permitted.
    // FRAMEWISE_FAULTS_NO_MOUNT=1 refuses, to run the fallbacks where mounting works.
    bool mountTmpfs(qint64 bytes);
    bool isMounted() const { return m_mounted; }
    // Makes the folder read-only: remounts the tmpfs read-only (every file must be closed), or,
    // unmounted, takes the write bits off the folder and its files (meaningless for root).
    bool makeReadOnly();
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QString errorString() const { return m_error; }

private:
    QTemporaryDir m_dir;
    QString m_error;
    qint64 m_bytes = 0;
    bool m_mounted = false;
};

} // namespace Framewise
