// SPDX-License-Identifier: GPL-3.0-or-later
#include "peerprocess.h"

#include <QDeadlineTimer>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>

#ifndef FRAMEWISE_PEERS_DIR
#error "FRAMEWISE_PEERS_DIR must name the folder of python_peer.py and node_peer.js"
#endif

namespace Framewise {

PeerProcess::PeerProcess(Kind kind, const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_PATH"), QStringLiteral("/usr/share/nodejs"));
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    m_process.setProcessEnvironment(env);
    const QString dir = QStringLiteral(FRAMEWISE_PEERS_DIR);
    // Debian's interpreter: the python3 on PATH may be another one without `websockets`.
    const QString program = kind == Kind::Python ? QStringLiteral("/usr/bin/python3") : QStringLiteral("node");
    const QString script
        = dir + (kind == Kind::Python ? QStringLiteral("/python_peer.py") : QStringLiteral("/node_peer.js"));
    m_process.start(program, QStringList { script } + arguments);
    if (!m_process.waitForStarted(StartTimeoutMs)) {
        m_error = QStringLiteral("%1 peer (%2 %3) did not start: %4")
                      .arg(kindName(kind), program, script, m_process.errorString());
        return;
    }
    static const QRegularExpression portLine(
        QStringLiteral("^PORT (\\d+)\\r?\\n"), QRegularExpression::MultilineOption);
    const QDeadlineTimer deadline(StartTimeoutMs);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(50);
        collect();
        const auto match = portLine.match(m_output);
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            m_output.remove(0, match.capturedEnd());
            return;
        }
    }
    m_process.waitForFinished(200);
    collect();
    m_error = QStringLiteral("%1 peer (%2 %3) printed no PORT line within %4 ms (state %5, exit code %6).\n"
                             "stdout: %7\nstderr: %8")
                  .arg(kindName(kind), program, script)
                  .arg(StartTimeoutMs)
                  .arg(int(m_process.state()))
                  .arg(m_process.exitCode())
                  .arg(m_output, m_errorOutput);
}

PeerProcess::~PeerProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel(); // the peers exit when stdin closes
    if (m_process.waitForFinished(3000))
        return;
    m_process.terminate();
    if (m_process.waitForFinished(2000))
        return;
    m_process.kill();
    m_process.waitForFinished(2000);
}

QString PeerProcess::kindName(Kind kind)
{
    return kind == Kind::Python ? QStringLiteral("Python websockets") : QStringLiteral("Node ws");
}

QUrl PeerProcess::url(const QString &pathAndQuery) const
{
    const QString tail = pathAndQuery.isEmpty() ? QStringLiteral("/") : pathAndQuery;
    return QUrl(QStringLiteral("ws://127.0.0.1:") + QString::number(m_port) + tail);
}

void PeerProcess::collect()
{
    m_output += QString::fromUtf8(m_process.readAllStandardOutput());
    m_errorOutput += QString::fromUtf8(m_process.readAllStandardError());
}

QString PeerProcess::output()
{
    collect();
    return m_output;
}

QString PeerProcess::errorOutput()
{
    collect();
    return m_errorOutput;
}

void PeerProcess::clearOutput()
{
    collect();
    m_output.clear();
}

bool PeerProcess::waitForOutput(const QString &text, int ms)
{
    // QTest::qWaitFor runs the event loop, so the channel under test keeps working meanwhile.
    return QTest::qWaitFor([this, &text] { return output().contains(text); }, ms);
}

} // namespace Framewise
