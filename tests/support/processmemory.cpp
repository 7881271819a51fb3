// SPDX-License-Identifier: GPL-3.0-or-later
#include "processmemory.h"

#include <QByteArray>
#include <QFile>

#include <malloc.h>

namespace Framewise {

namespace {
qint64 bytesOf(qint64 kib)
{
    return kib < 0 ? -1 : kib * 1024;
}
} // namespace

qint64 ProcessMemory::statusKiB(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray name = QByteArray(field) + ':';
    // The file is generated on read: atEnd() is unreliable, so read until readLine() is empty.
    for (QByteArray line = file.readLine(); !line.isEmpty(); line = file.readLine()) {
        if (!line.startsWith(name))
            continue;
        const QByteArray value = line.mid(name.size()).trimmed(); // "12345 kB"
        bool ok = false;
        const qint64 kib = value.left(value.indexOf(' ')).toLongLong(&ok);
        return ok ? kib : -1;
    }
    return -1;
}

qint64 ProcessMemory::rssBytes()
{
    return bytesOf(statusKiB("VmRSS"));
}

qint64 ProcessMemory::peakRssBytes()
{
    return bytesOf(statusKiB("VmHWM"));
}

bool ProcessMemory::resetPeak()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    return file.open(QIODevice::WriteOnly) && file.write("5") == 1;
}

} // namespace Framewise

namespace Framewise {

qint64 ProcessMemory::heapInUseBytes()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks) + qint64(info.hblkhd);
}

} // namespace Framewise
