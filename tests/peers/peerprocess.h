// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Framewise {

// Starts a real WebSocket server for a test (python_peer.py with Debian's Python `websockets`, or
// node_peer.js with Debian's Node `ws`), waits for its `PORT n` line and stops it when destroyed.
// The peers print `CLOSED code reason` for every connection that ends; output() collects those lines.
class PeerProcess {
public:
    enum class Kind { Python, Node };
    static constexpr int StartTimeoutMs = 10000;

    explicit PeerProcess(Kind kind, const QStringList &arguments = {});
    ~PeerProcess();
    PeerProcess(const PeerProcess &) = delete;
    PeerProcess &operator=(const PeerProcess &) = delete;

    static QString kindName(Kind kind);

    bool isRunning() const { return m_port != 0 && m_process.state() == QProcess::Running; }
    // Why the peer did not start, with everything it wrote to stderr.
    QString errorString() const { return m_error; }
    quint16 port() const { return m_port; }
    // ws://127.0.0.1:port + pathAndQuery ("/" when empty).
    QUrl url(const QString &pathAndQuery = QStringLiteral("/")) const;
    // Everything the peer printed on stdout (after the PORT line) and on stderr so far.
    QString output();
    QString errorOutput();
    // Drops the stdout collected so far, so a later waitForOutput() sees only new lines.
    void clearOutput();
    // Waits (running the event loop) until stdout contains text.
    bool waitForOutput(const QString &text, int ms = 10000);

private:
    void collect();

    QProcess m_process;
    QString m_output;
    QString m_errorOutput;
    QString m_error;
    quint16 m_port = 0;
};

} // namespace Framewise
