// SPDX-License-Identifier: GPL-3.0-or-later
// bench_deflate: receiving permessage-deflate messages. A Node `ws` server
// (tests/deflate/bench_deflate_server.js) sends the same 1 KiB JSON text message 100,000 times,
// compressed; Framewise's WebSocketChannel and a Node `ws` client (bench_deflate_client.js) each
// receive them in the same run, and the throughputs are compared. Run on demand, never from CTest;
// build in Release for numbers that mean something.
//
//   bench_deflate [--count N] [--size BYTES] [--mode prebuilt|send|both]
//
// Modes (see bench_deflate_server.js): "prebuilt" writes one pre-compressed frame over and over
// (server_no_context_takeover), so the receiving client is the bottleneck; "send" calls ws.send()
// per message with context takeover, where `ws` compresses one message at a time on its thread
// pool and the server limits both clients. The verdict (target >= 1.0x) is printed for each mode.
#include "scriptprocess.h"
#include "websocketchannel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace Framewise;

namespace {

constexpr int RunTimeoutMs = 180000;

struct RunResult {
    bool ok = false;
    qint64 count = 0;
    double ms = 0;
    qint64 bad = 0; // messages that differ from the first
    bool firstOk = false; // the first message has the server's size and SHA-256
    QString extensions;
    qint64 wireBytes = 0; // Framewise only: bytes received on the socket
    QString error;

    double rate() const { return ms > 0 ? count * 1000.0 / ms : 0; }
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

RunResult runFramewise(const QUrl &url, qint64 count, qint64 size, const QByteArray &sha)
{
    RunResult result;
    WebSocketChannel channel;
    QEventLoop loop;
    QElapsedTimer timer;
    QByteArray first;
    QObject::connect(&channel, &WebSocketChannel::started, &loop, [&] {
        result.extensions = channel.extensions();
        timer.start();
        channel.sendMsg(QByteArrayLiteral("start"));
    });
    QObject::connect(&channel, &WebSocketChannel::messageAvailable, &loop, [&](const QByteArray &message) {
        if (result.count == 0) {
            first = message;
            result.firstOk = message.size() == size
                && QCryptographicHash::hash(message, QCryptographicHash::Sha256).toHex() == sha;
        } else if (message != first) {
            ++result.bad;
        }
        if (++result.count == count) {
            result.ms = double(timer.nsecsElapsed()) / 1e6;
            result.wireBytes = channel.bytesReceived();
            channel.close(1000);
        }
    });
    QObject::connect(&channel, &WebSocketChannel::binaryMessageAvailable, &loop, [&] { ++result.bad; });
    QObject::connect(&channel, &WebSocketChannel::stopped, &loop, [&](const StopStatus &status) {
        if (!status.isClean())
            result.error = StopStatus::reasonName(status.reason) + u": " + status.detail;
        loop.quit();
    });
    QTimer::singleShot(RunTimeoutMs, &loop, [&] {
        result.error = QStringLiteral("timed out after %1 messages").arg(result.count);
        loop.quit();
    });
    if (channel.asyncOpen(url) != ChannelError::None) {
        result.error = QStringLiteral("asyncOpen failed");
        return result;
    }
    loop.exec();
    if (!channel.isCompressionActive() && result.error.isEmpty())
        result.error = QStringLiteral("permessage-deflate was not negotiated");
    result.ok = result.error.isEmpty() && result.count == count && result.bad == 0 && result.firstOk;
    return result;
}

RunResult runWs(const QUrl &url, qint64 count, const QByteArray &sha)
{
    RunResult result;
    ScriptProcess client(ScriptProcess::Runtime::Node,
        ScriptProcess::testsFile(QStringLiteral("deflate/bench_deflate_client.js")),
        { url.toString(), QString::number(count), QString::fromLatin1(sha) });
    if (!client.errorString().isEmpty()) {
        result.error = client.errorString();
        return result;
    }
    if (!client.process().waitForFinished(RunTimeoutMs)) {
        result.error = QStringLiteral("the ws client did not finish");
        return result;
    }
    static const QRegularExpression line(
        QStringLiteral("RESULT count=(\\d+) ms=([0-9.]+) bad=(\\d+) first=(ok|bad) extensions=(.*)"));
    const auto match = line.match(client.output());
    if (!match.hasMatch()) {
        result.error
            = QStringLiteral("no RESULT line; stdout: %1 stderr: %2").arg(client.output(), client.errorOutput());
        return result;
    }
    result.count = match.captured(1).toLongLong();
    result.ms = match.captured(2).toDouble();
    result.bad = match.captured(3).toLongLong();
    result.firstOk = match.captured(4) == u"ok";
    result.extensions = match.captured(5).trimmed();
    result.ok = result.count == count && result.bad == 0 && result.firstOk;
    return result;
}

QString describe(const RunResult &r)
{
    if (!r.error.isEmpty())
        return QStringLiteral("FAILED: ") + r.error;
    return QStringLiteral("%1 ms, %2 msgs/s (%3 messages, %4 differing, first message %5)")
        .arg(r.ms, 0, 'f', 1)
        .arg(qint64(r.rate() + 0.5))
        .arg(r.count)
        .arg(r.bad)
        .arg(r.firstOk ? QStringLiteral("verified") : QStringLiteral("WRONG"));
}

// Returns 0 (PASS), 1 (a run failed or delivered wrong data) or 3 (MISS).
int runMode(const QString &mode, qint64 count, qint64 size)
{
    ScriptProcess server(ScriptProcess::Runtime::Node,
        ScriptProcess::testsFile(QStringLiteral("deflate/bench_deflate_server.js")),
        { QStringLiteral("--mode"), mode, QStringLiteral("--count"), QString::number(count), QStringLiteral("--size"),
            QString::number(size) });
    if (!server.waitForPort()) {
        out() << "server did not start: " << server.errorString() << '\n';
        return 1;
    }
    if (!server.waitForLines(QStringLiteral("MESSAGE "), 1, 5000)) {
        out() << "server printed no MESSAGE line\n";
        return 1;
    }
    const QStringList message = server.lines(QStringLiteral("MESSAGE ")).first().split(u' ');
    const qint64 messageSize = message.value(1).toLongLong();
    const QByteArray sha = message.value(2).toLatin1();

    out() << "mode " << mode << ": " << count << " text messages of " << messageSize
          << " bytes (JSON), permessage-deflate, Node ws server on 127.0.0.1\n";
    out().flush();
    const RunResult framewise = runFramewise(server.url(), count, messageSize, sha);
    out() << "  Framewise WebSocketChannel: " << describe(framewise) << '\n';
    if (framewise.error.isEmpty())
        out() << "    extensions: " << framewise.extensions << "; " << framewise.wireBytes
              << " bytes received on the socket (" << QString::number(double(framewise.wireBytes) / count, 'f', 1)
              << " per message)\n";
    out().flush();
    const RunResult ws = runWs(server.url(), count, sha);
    out() << "  Node ws client:             " << describe(ws) << '\n';
    if (ws.error.isEmpty())
        out() << "    extensions: " << ws.extensions << '\n';
    if (!framewise.ok || !ws.ok) {
        out() << "  verdict: FAILED (a run did not receive every message intact)\n";
        out().flush();
        return 1;
    }
    const double ratio = framewise.rate() / ws.rate();
    const bool pass = ratio >= 1.0;
    out() << "  ratio Framewise / ws: " << QString::number(ratio, 'f', 2)
          << "x; target >= 1.0x: " << (pass ? "PASS" : "MISS") << '\n';
    out().flush();
    return pass ? 0 : 3;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Receive compressed messages with WebSocketChannel and with Node ws from the same server."));
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("Messages per run (100000)."),
        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("Message size in bytes (1024)."),
        QStringLiteral("BYTES"), QStringLiteral("1024"));
    const QCommandLineOption modeOption(QStringLiteral("mode"), QStringLiteral("prebuilt, send or both (both)."),
        QStringLiteral("MODE"), QStringLiteral("both"));
    parser.addOption(countOption);
    parser.addOption(sizeOption);
    parser.addOption(modeOption);
    parser.process(app);
    const qint64 count = parser.value(countOption).toLongLong();
    const qint64 size = parser.value(sizeOption).toLongLong();
    const QString mode = parser.value(modeOption);
    if (count < 1 || size < 300 || (mode != u"prebuilt" && mode != u"send" && mode != u"both")) {
        out() << "bad arguments: --count >= 1, --size >= 300, --mode prebuilt|send|both\n";
        return 2;
    }
    int status = 0; // 0: PASS everywhere, 1: a run failed, 3: a MISS
    for (const QString &m : { QStringLiteral("prebuilt"), QStringLiteral("send") }) {
        if (mode != u"both" && mode != m)
            continue;
        const int result = runMode(m, count, size);
        if (result == 1 || status == 0)
            status = result == 1 ? 1 : std::max(status, result);
    }
    return status;
}
