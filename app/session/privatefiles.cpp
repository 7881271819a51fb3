// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Framewise {

bool PrivateFiles::makeFolder(const QString &path)
{
    // The missing folders, from the deepest up to the first that exists.
    QStringList missing;
    QString current = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    while (!QFileInfo::exists(current)) {
        missing.prepend(current);
        const QString parent = QFileInfo(current).absolutePath();
        if (parent == current)
            break;
        current = parent;
    }
    for (const QString &folder : std::as_const(missing)) {
        if (::mkdir(QFile::encodeName(folder).constData(), S_IRWXU) != 0 && errno != EEXIST)
            return false;
        ::chmod(QFile::encodeName(folder).constData(), S_IRWXU); // mkdir's mode passes through the umask
    }
    return QFileInfo(path).isDir();
}

void PrivateFiles::restrictFolder(const QString &path)
{
    if (QFileInfo(path).isDir())
        ::chmod(QFile::encodeName(path).constData(), S_IRWXU);
}

bool PrivateFiles::restrictFile(const QString &path)
{
    if (!QFileInfo::exists(path))
        return true;
    return ::chmod(QFile::encodeName(path).constData(), S_IRUSR | S_IWUSR) == 0;
}

bool PrivateFiles::createFile(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return false;
    const bool ok = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0;
    ::close(fd);
    return ok;
}

void PrivateFiles::restrictProcess()
{
    ::umask(S_IRWXG | S_IRWXO);
}

} // namespace Framewise
