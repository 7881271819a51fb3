// SPDX-License-Identifier: GPL-3.0-or-later
#include "processguard.h"

#include <QDeadlineTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>

namespace Framewise {

ProcessGuard::~ProcessGuard()
{
    stop();
}

bool ProcessGuard::start(const QString &program, const QStringList &arguments, const QString &workingDirectory)
{
    stop();
    m_output.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    if (!workingDirectory.isEmpty())
        m_process->setWorkingDirectory(workingDirectory);
    // Never outlive the test process, even if it crashes or is killed by the CTest timeout.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process->start(program, arguments);
    return m_process->waitForStarted(10000);
}

bool ProcessGuard::waitForPort(quint16 port, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!isRunning())
            return false;
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        if (probe.waitForConnected(500)) {
            probe.abort();
            return true;
        }
        // An external process gives no signal when it starts listening: poll, boundedly.
        QThread::msleep(30);
    }
    return false;
}

bool ProcessGuard::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

void ProcessGuard::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_output += m_process->readAll();
    m_process.reset();
}

QByteArray ProcessGuard::output()
{
    if (m_process)
        m_output += m_process->readAll();
    return m_output;
}

quint16 ProcessGuard::freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

} // namespace Framewise
