// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Framewise {

// Runs one of the scripts in tests/deflate (a Python `websockets` or Node `ws` server, or a Node
// client), reads its `PORT n` line when it is a server, and stops it when destroyed (stdin closes,
// then SIGTERM, then SIGKILL).
class ScriptServer {
public:
    enum class Runtime { Python, Node };
    static constexpr int StartTimeoutMs = 10000;

    ScriptServer(Runtime runtime, const QString &script, const QStringList &arguments);
    ~ScriptServer();
    ScriptServer(const ScriptServer &) = delete;
    ScriptServer &operator=(const ScriptServer &) = delete;

    // The absolute path of a file in tests/deflate.
    static QString scriptPath(const QString &name);
    static QString program(Runtime runtime);

    // Waits for the `PORT n` line; false (see errorString()) when the script died or was silent.
    bool waitForPort();
    bool isRunning() const { return m_port != 0 && m_process.state() == QProcess::Running; }
    quint16 port() const { return m_port; }
    QUrl url() const;
    QString errorString() const { return m_error; }
    // stdout after the PORT line, and stderr, collected so far.
    QString output();
    QString errorOutput();
    // Runs the event loop until stdout holds `count` lines starting with prefix (or ms pass).
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
