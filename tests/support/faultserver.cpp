// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultserver.h"

namespace Framewise {

FaultServer::FaultServer(const QStringList &arguments)
    : ScriptProcess(Runtime::Python, scriptPath(), arguments)
{
}

QString FaultServer::scriptPath()
{
    return testsFile(QStringLiteral("faults/fault_server.py"));
}

void FaultServer::kill()
{
    process().kill(); // QProcess::kill() is SIGKILL on Unix
    process().waitForFinished(2000);
}

qint64 FaultServer::value(const QString &prefix, int field)
{
    const QStringList found = lines(prefix + u' ');
    if (found.isEmpty())
        return -1;
    bool ok = false;
    const qint64 n = found.first().split(u' ').value(field).toLongLong(&ok);
    return ok ? n : -1;
}

} // namespace Framewise
