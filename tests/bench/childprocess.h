// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <csignal>

namespace Framewise {

// The benchmarks' other parties (servers, proxies, clients) as child processes: starting them,
// the port one prints or listens on, its CPU time and memory from /proc, stopping it.
namespace ChildProcess {

constexpr int StartTimeoutMs = 20000;
constexpr int StopTimeoutMs = 5000;

// A process's CPU time and memory, from /proc/PID/stat and /proc/PID/status; -1 when unreadable.
struct Figures {
    double cpuS = -1; // user + system
    qint64 peakRssKiB = -1; // VmHWM
    qint64 rssKiB = -1; // VmRSS
};

Figures figuresOf(qint64 pid);

// For a process not started yet: it gets SIGKILL when this process dies, and no proxy settings
// from the environment (http_proxy and the like).
void prepare(QProcess &process);

// Starts a server that prints the port it listens on alone on its first line (bench_channel's
// blaster), its errors forwarded: that port, or 0 when it printed none (then it is killed).
quint16 startServer(QProcess &process, const QString &program, const QStringList &arguments);

// Its first line of output (a server's port, a proxy's "listening on ..."), empty when it did not
// start or printed none within StartTimeoutMs.
QByteArray firstLine(QProcess &process);

// Waits until it exits; after timeoutMs it gets SIGKILL and the answer is false.
bool finishWithin(QProcess &process, int timeoutMs);

// Sends signalNumber and waits; whatever has not exited after StopTimeoutMs gets SIGKILL.
void stop(QProcess &process, int signalNumber = SIGTERM);

// True once something listens on 127.0.0.1:port (read from /proc/net/tcp, so that no probing
// connection reaches the listener: a proxy would open its upstream connection for it, and the
// blaster serves one connection only).
bool isListening(quint16 port);

// The port pid listens on at 127.0.0.1 (its sockets' inodes matched in /proc/net/tcp), 0 if none,
// for a program that listens on port 0 and does not say which port it got (mitmdump).
quint16 listeningPortOf(qint64 pid);

} // namespace ChildProcess
} // namespace Framewise
