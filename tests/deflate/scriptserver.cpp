// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptserver.h"

#include <QDeadlineTimer>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>

#ifndef FRAMEWISE_DEFLATE_TESTS_DIR
#error "FRAMEWISE_DEFLATE_TESTS_DIR must name tests/deflate"
#endif

namespace Framewise {

ScriptServer::ScriptServer(Runtime runtime, const QString &script, const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_PATH"), QStringLiteral("/usr/share/nodejs"));
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    m_process.setProcessEnvironment(env);
    const QString path = scriptPath(script);
    m_description = program(runtime) + u' ' + path + u' ' + arguments.join(u' ');
    m_process.start(program(runtime), QStringList { path } + arguments);
    if (!m_process.waitForStarted(StartTimeoutMs))
        m_error = QStringLiteral("%1 did not start: %2").arg(m_description, m_process.errorString());
}

ScriptServer::~ScriptServer()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel(); // the scripts exit when stdin closes
    if (m_process.waitForFinished(3000))
        return;
    m_process.terminate();
    if (m_process.waitForFinished(2000))
        return;
    m_process.kill();
    m_process.waitForFinished(2000);
}

QString ScriptServer::scriptPath(const QString &name)
{
    return QStringLiteral(FRAMEWISE_DEFLATE_TESTS_DIR) + u'/' + name;
}

QString ScriptServer::program(Runtime runtime)
{
    // Debian's interpreter: the python3 first on PATH may be another one without `websockets`.
    return runtime == Runtime::Python ? QStringLiteral("/usr/bin/python3") : QStringLiteral("node");
}

bool ScriptServer::waitForPort()
{
    if (m_port != 0)
        return true;
    if (!m_error.isEmpty())
        return false;
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
            return true;
        }
    }
    m_process.waitForFinished(200);
    collect();
    m_error = QStringLiteral("%1 printed no PORT line within %2 ms (exit code %3).\nstdout: %4\nstderr: %5")
                  .arg(m_description)
                  .arg(StartTimeoutMs)
                  .arg(m_process.exitCode())
                  .arg(m_output, m_errorOutput);
    return false;
}

QUrl ScriptServer::url() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:") + QString::number(m_port) + u'/');
}

void ScriptServer::collect()
{
    m_output += QString::fromUtf8(m_process.readAllStandardOutput());
    m_errorOutput += QString::fromUtf8(m_process.readAllStandardError());
}

QString ScriptServer::output()
{
    collect();
    return m_output;
}

QString ScriptServer::errorOutput()
{
    collect();
    return m_errorOutput;
}

QStringList ScriptServer::lines(const QString &prefix)
{
    collect();
    QStringList result;
    const QStringList all = m_output.split(u'\n');
    for (const QString &line : all) {
        if (line.startsWith(prefix))
            result.append(line.trimmed());
    }
    return result;
}

bool ScriptServer::waitForLines(const QString &prefix, int count, int ms)
{
    return QTest::qWaitFor([&] { return lines(prefix).size() >= count; }, ms);
}

} // namespace Framewise
