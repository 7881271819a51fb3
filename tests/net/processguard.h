// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace Framewise {

// Owns one external server process (nginx, tinyproxy, microsocks) for a test: starts it, waits
// until its port accepts connections, and always stops it, also when a test fails early (the
// destructor) or the test process dies (the child gets SIGKILL through PR_SET_PDEATHSIG).
class ProcessGuard {
public:
    ProcessGuard() = default;
    ~ProcessGuard();
    ProcessGuard(const ProcessGuard &) = delete;
    ProcessGuard &operator=(const ProcessGuard &) = delete;

    bool start(const QString &program, const QStringList &arguments, const QString &workingDirectory = {});
    // Polls 127.0.0.1:port until a TCP connection succeeds; false when the process ended first
    // or timeoutMs passed.
    bool waitForPort(quint16 port, int timeoutMs = 10000);
    bool isRunning() const;
    void stop();
    // Everything the process wrote (stdout and stderr merged) until now, for diagnostics.
    QByteArray output();

    // A port that was free a moment ago (bound and released), for servers that cannot listen on 0.
    static quint16 freePort();

private:
    std::unique_ptr<QProcess> m_process;
    QByteArray m_output;
};

} // namespace Framewise
