// SPDX-License-Identifier: GPL-3.0-or-later
#include "scratchmount.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <sys/mount.h>

namespace Framewise {

ScratchMount::ScratchMount() = default;

ScratchMount::~ScratchMount()
{
    if (m_mounted) {
        // Lazy: a database connection a failed test left open must not keep the mount alive.
        ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    } else {
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QStringList files = QDir(m_dir.path()).entryList(QDir::Files);
        for (const QString &name : files)
            QFile::setPermissions(m_dir.filePath(name), QFile::ReadOwner | QFile::WriteOwner);
    }
}

bool ScratchMount::mountTmpfs(qint64 bytes)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder: ") + m_dir.errorString();
        return false;
    }
    if (qEnvironmentVariableIntValue("FRAMEWISE_FAULTS_NO_MOUNT") == 1) {
        m_error = QStringLiteral("mounting is switched off by FRAMEWISE_FAULTS_NO_MOUNT");
        return false;
    }
    const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0700";
    if (::mount("framewise-faults", QFile::encodeName(m_dir.path()).constData(), "tmpfs", MS_NOSUID | MS_NODEV,
            options.constData())
        != 0) {
        m_error = QStringLiteral("mount -t tmpfs on %1: %2").arg(m_dir.path(), QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    m_bytes = bytes;
    m_mounted = true;
    return true;
}

bool ScratchMount::makeReadOnly()
{
    if (m_mounted) {
        const QByteArray options = "size=" + QByteArray::number(m_bytes) + ",mode=0700";
        if (::mount(nullptr, QFile::encodeName(m_dir.path()).constData(), nullptr,
                MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV, options.constData())
            != 0) {
            m_error = QStringLiteral("remounting %1 read-only: %2")
                          .arg(m_dir.path(), QString::fromLocal8Bit(strerror(errno)));
            return false;
        }
        return true;
    }
    const QStringList files = QDir(m_dir.path()).entryList(QDir::Files);
    for (const QString &name : files)
        QFile::setPermissions(m_dir.filePath(name), QFile::ReadOwner);
    return QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::ExeOwner);
}

} // namespace Framewise
