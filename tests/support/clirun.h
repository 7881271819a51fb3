// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

namespace Framewise {

// Running framewise-cli (or another program) from a test while the test's own servers keep
// serving: every wait here runs this process's event loop, so a CLI that talks to a server living
// in the test does not deadlock against it. One copy for tst_cli, tst_cli_security, tst_store_cli
// and tst_cliprofile, which had four slightly different ones.

// How one run ended and what it printed.
struct CliResult {
    bool finished = false; // it ended (or failed to start) before the time ran out; else it was killed
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    int exitCode = -1; // -1 unless it started and exited normally: a crash never reads as "exit 0"
    QByteArray out;
    QByteArray err;

    bool exitedNormally() const { return finished && exitStatus == QProcess::NormalExit; }
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QStringList outLines() const { return outText().split(u'\n', Qt::SkipEmptyParts); }
    // Exit code, normal or crash, and the first 4000 bytes of stdout and stderr, for QVERIFY2.
    QString describe() const;
};

constexpr int CliTimeoutMs = 30000;

// Starts program with arguments; environment replaces this process's when it is not empty.
std::unique_ptr<QProcess> startProgram(
    const QString &program, const QStringList &arguments, const QProcessEnvironment &environment = {});
// Waits (running the event loop) until the process ends, killing it after timeoutMs.
CliResult waitProgram(QProcess *process, int timeoutMs = CliTimeoutMs);
CliResult runProgram(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment = {},
    int timeoutMs = CliTimeoutMs);

// The CLI the test target names with FRAMEWISE_CLI_PATH (its CMake target defines it).
#ifdef FRAMEWISE_CLI_PATH
inline std::unique_ptr<QProcess> startCli(const QStringList &arguments, const QProcessEnvironment &environment = {})
{
    return startProgram(QStringLiteral(FRAMEWISE_CLI_PATH), arguments, environment);
}
inline CliResult waitCli(QProcess *process, int timeoutMs = CliTimeoutMs)
{
    return waitProgram(process, timeoutMs);
}
inline CliResult runCli(const QStringList &arguments, int timeoutMs = CliTimeoutMs)
{
    return runProgram(QStringLiteral(FRAMEWISE_CLI_PATH), arguments, {}, timeoutMs);
}
inline CliResult runCli(
    const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs = CliTimeoutMs)
{
    return runProgram(QStringLiteral(FRAMEWISE_CLI_PATH), arguments, environment, timeoutMs);
}
#endif

} // namespace Framewise
