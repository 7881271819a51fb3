// SPDX-License-Identifier: GPL-3.0-or-later
#include "childprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QProcessEnvironment>
#include <QSet>

#include <algorithm>
#include <sys/prctl.h>
#include <unistd.h>

namespace Framewise::ChildProcess {

namespace {

struct Listener {
    quint16 port = 0;
    QByteArray inode;
};

// The sockets listening on 127.0.0.1, from /proc/net/tcp.
QList<Listener> loopbackListeners()
{
    QList<Listener> listeners;
    QFile tcp(QStringLiteral("/proc/net/tcp"));
    if (!tcp.open(QIODevice::ReadOnly))
        return listeners;
    for (const QByteArray &line : tcp.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode; st 0A: LISTEN
        if (fields.size() > 9 && fields.at(3) == "0A" && fields.at(1).startsWith("0100007F:"))
            listeners.append({ quint16(fields.at(1).mid(9).toUInt(nullptr, 16)), fields.at(9) });
    }
    return listeners;
}

} // namespace

Figures figuresOf(qint64 pid)
{
    Figures figures;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        // Fields after the command name (which may hold spaces), from field 3 on: utime is 14, stime 15.
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 12) {
            const auto ticks = double(sysconf(_SC_CLK_TCK));
            figures.cpuS = double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / ticks;
        }
    }
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            const auto value
                = [&line] { return line.mid(line.indexOf(':') + 1).trimmed().split(' ').value(0).toLongLong(); };
            if (line.startsWith("VmHWM:"))
                figures.peakRssKiB = value();
            else if (line.startsWith("VmRSS:"))
                figures.rssKiB = value();
        }
    }
    return figures;
}

void prepare(QProcess &process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name :
        { "http_proxy", "https_proxy", "all_proxy", "no_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY" })
        environment.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(environment);
}

quint16 startServer(QProcess &process, const QString &program, const QStringList &arguments)
{
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, arguments);
    const quint16 port = firstLine(process).trimmed().toUShort();
    if (port == 0)
        stop(process, SIGKILL);
    return port;
}

QByteArray firstLine(QProcess &process)
{
    if (!process.waitForStarted(StartTimeoutMs))
        return {};
    QElapsedTimer waited;
    waited.start();
    while (!process.canReadLine() && process.state() == QProcess::Running && waited.elapsed() < StartTimeoutMs)
        process.waitForReadyRead(100);
    return process.readLine();
}

bool finishWithin(QProcess &process, int timeoutMs)
{
    if (process.waitForFinished(timeoutMs))
        return true;
    stop(process, SIGKILL);
    return false;
}

void stop(QProcess &process, int signalNumber)
{
    if (process.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(process.processId()), signalNumber);
    if (!process.waitForFinished(StopTimeoutMs)) {
        process.kill();
        process.waitForFinished(StopTimeoutMs);
    }
}

bool isListening(quint16 port)
{
    const QList<Listener> listeners = loopbackListeners();
    return std::any_of(
        listeners.cbegin(), listeners.cend(), [port](const Listener &listener) { return listener.port == port; });
}

quint16 listeningPortOf(qint64 pid)
{
    QSet<QByteArray> inodes;
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QString &name : fds.entryList(QDir::System | QDir::NoDotAndDotDot)) {
        char target[128] = {};
        const QByteArray path = QFile::encodeName(fds.filePath(name));
        const ssize_t n = ::readlink(path.constData(), target, sizeof(target) - 1);
        const QByteArray link(target, n > 0 ? qsizetype(n) : 0);
        if (link.startsWith("socket:["))
            inodes.insert(link.mid(8).chopped(1));
    }
    if (inodes.isEmpty())
        return 0;
    for (const Listener &listener : loopbackListeners()) {
        if (inodes.contains(listener.inode))
            return listener.port;
    }
    return 0;
}

} // namespace Framewise::ChildProcess
