// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"

#include <QSignalSpy>

namespace Framewise {

QString CliResult::describe() const
{
    return QStringLiteral("exit %1 (%2)\n--- stdout:\n%3\n--- stderr:\n%4")
        .arg(exitCode)
        .arg(exitStatus == QProcess::NormalExit ? QStringLiteral("normal") : QStringLiteral("crash"))
        .arg(QString::fromUtf8(out.left(4000)), QString::fromUtf8(err.left(4000)));
}

std::unique_ptr<QProcess> startProgram(
    const QString &program, const QStringList &arguments, const QProcessEnvironment &environment)
{
    auto process = std::make_unique<QProcess>();
    if (!environment.isEmpty())
        process->setProcessEnvironment(environment);
    process->setProgram(program);
    process->setArguments(arguments);
    process->start();
    return process;
}

CliResult waitProgram(QProcess *process, int timeoutMs)
{
    CliResult result;
    if (process->state() != QProcess::NotRunning) {
        QSignalSpy finished(process, &QProcess::finished);
        if (!finished.wait(timeoutMs)) {
            process->kill();
            process->waitForFinished(5000);
        } else {
            result.finished = true;
        }
    } else {
        result.finished = true; // failed to start: exitCode stays -1
    }
    const bool started = process->error() != QProcess::FailedToStart;
    result.exitStatus = started ? process->exitStatus() : QProcess::CrashExit;
    if (started && result.exitStatus == QProcess::NormalExit)
        result.exitCode = process->exitCode();
    result.out = process->readAllStandardOutput();
    result.err = process->readAllStandardError();
    return result;
}

CliResult runProgram(
    const QString &program, const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs)
{
    const auto process = startProgram(program, arguments, environment);
    return waitProgram(process.get(), timeoutMs);
}

} // namespace Framewise
