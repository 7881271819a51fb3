// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptprocess.h"

#include <QDeadlineTimer>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>

#ifndef FRAMEWISE_TESTS_DIR
#error "FRAMEWISE_TESTS_DIR must name the tests folder"
#endif

namespace Framewise {

ScriptProcess::ScriptProcess(
    Runtime runtime, const QString &script, const QStringList &arguments, const QString &description)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_PATH"), QStringLiteral("/usr/share/nodejs"));
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    m_process.setProcessEnvironment(env);
    const QString commandLine = program(runtime) + u' ' + script + u' ' + arguments.join(u' ');
    m_description = description.isEmpty() ? commandLine : description + QStringLiteral(" (") + commandLine + u')';
    m_process.start(program(runtime), QStringList { script } + arguments);
    if (!m_process.waitForStarted(StartTimeoutMs))
        m_error = QStringLiteral("%1 did not start: %2").arg(m_description, m_process.errorString());
}

ScriptProcess::~ScriptProcess()
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

QString ScriptProcess::testsFile(const QString &relativePath)
{
    return QStringLiteral(FRAMEWISE_TESTS_DIR) + u'/' + relativePath;
}

QString ScriptProcess::program(Runtime runtime)
{
    return runtime == Runtime::Python ? QStringLiteral("/usr/bin/python3") : QStringLiteral("node");
}

bool ScriptProcess::waitForPort()
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
    m_error = QStringLiteral("%1 printed no PORT line within %2 ms (state %3, exit code %4).\nstdout: %5\nstderr: %6")
                  .arg(m_description)
                  .arg(StartTimeoutMs)
                  .arg(int(m_process.state()))
                  .arg(m_process.exitCode())
                  .arg(m_output, m_errorOutput);
    return false;
}

QUrl ScriptProcess::url(const QString &pathAndQuery) const
{
    const QString tail = pathAndQuery.isEmpty() ? QStringLiteral("/") : pathAndQuery;
    return QUrl(QStringLiteral("ws://127.0.0.1:") + QString::number(m_port) + tail);
}

void ScriptProcess::collect()
{
    m_output += QString::fromUtf8(m_process.readAllStandardOutput());
    m_errorOutput += QString::fromUtf8(m_process.readAllStandardError());
}

QString ScriptProcess::output()
{
    collect();
    return m_output;
}

QString ScriptProcess::errorOutput()
{
    collect();
    return m_errorOutput;
}

void ScriptProcess::clearOutput()
{
    collect();
    m_output.clear();
}

bool ScriptProcess::waitForOutput(const QString &text, int ms)
{
    return QTest::qWaitFor([this, &text] { return output().contains(text); }, ms);
}

QStringList ScriptProcess::lines(const QString &prefix)
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

bool ScriptProcess::waitForLines(const QString &prefix, int count, int ms)
{
    return QTest::qWaitFor([&] { return lines(prefix).size() >= count; }, ms);
}

} // namespace Framewise
