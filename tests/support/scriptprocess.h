// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Framewise {

// One Python or Node script of the test tree in its own process: the real peers (PeerProcess),
// the deflate servers and clients of tests/deflate, fault_server.py (FaultServer). A server script
// prints `PORT n` first; waitForPort() reads it. Destroying the object stops the script (stdin
// closes, then SIGTERM, then SIGKILL), so no test leaves a process behind.
class ScriptProcess {
public:
    enum class Runtime { Python, Node };
    static constexpr int StartTimeoutMs = 10000;

    // script: an absolute path (see testsFile()); description names it in errorString(), the
    // command line when empty.
    ScriptProcess(
        Runtime runtime, const QString &script, const QStringList &arguments, const QString &description = {});
    ~ScriptProcess();
    ScriptProcess(const ScriptProcess &) = delete;
    ScriptProcess &operator=(const ScriptProcess &) = delete;

    // The absolute path of a file below tests/, e.g. testsFile("deflate/deflate_echo.py").
    static QString testsFile(const QString &relativePath);
    // Debian's interpreter: the python3 first on PATH may be another one without `websockets`.
    static QString program(Runtime runtime);

    // Waits for the `PORT n` line; false (see errorString()) when the script died or was silent.
    bool waitForPort();
    bool isRunning() const { return m_port != 0 && m_process.state() == QProcess::Running; }
    quint16 port() const { return m_port; }
    // ws://127.0.0.1:port + pathAndQuery ("/" when empty).
    QUrl url(const QString &pathAndQuery = QStringLiteral("/")) const;
    // Why the script did not start, with everything it wrote to stderr.
    QString errorString() const { return m_error; }
    // stdout after the PORT line, and stderr, collected so far.
    QString output();
    QString errorOutput();
    // Drops the stdout collected so far, so a later waitForOutput() sees only new lines.
    void clearOutput();
    // Both run the event loop while they wait, so the channel under test keeps working meanwhile.
    // Until stdout contains text:
    bool waitForOutput(const QString &text, int ms = 10000);
    // Until stdout holds `count` lines starting with prefix:
    bool waitForLines(const QString &prefix, int count, int ms);
    QStringList lines(const QString &prefix);
    QProcess &process() { return m_process; }

private:
    void collect();

    QProcess m_process;
    QString m_output;
    QString m_errorOutput;
    QString m_error;
    QString m_description;
    quint16 m_port = 0;
};

} // namespace Framewise
