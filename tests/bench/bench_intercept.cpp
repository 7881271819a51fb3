// SPDX-License-Identifier: GPL-3.0-or-later
// bench_intercept: `framewise-cli intercept --quiet` between a WebSocket client and server, side
// by side with a direct connection and with mitmproxy's `mitmdump --mode reverse:…`, every party
// a process of its own. See README.md ("bench_intercept").
//
//   bench_intercept [--case small|large|slow]... [--small-count N] [--large-count N]
//                   [--slow-count N] [--slow-size BYTES] [--pause-ms MS] [--repeat N]
//                   [--mitm-repeat N] [--no-mitmdump] [--offer-deflate]
//
// Internally it also runs as the client (the reader):
//   bench_intercept --reader PORT COUNT SIZE text|binary PAUSE_MS deflate|plain
#include "payload.h"
#include "processmemory.h"
#include "websocketchannel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <optional>
#include <unistd.h>

using namespace Framewise;

namespace {

constexpr int StartTimeoutMs = 20000;
constexpr int StopTimeoutMs = 5000;

// ---------------------------------------------------------------------------------------------
// The reader, the measured client: a WebSocketChannel (the fastest client here, so that the path
// between it and the server is what is measured) that receives COUNT messages and checks them:
// count, each size, and the first, a middle and the last message's content. With PAUSE_MS it
// reads nothing for that long first (the channel is suspended, so the bytes wait in the socket
// buffers and TCP flow control reaches back to whatever feeds them). It offers permessage-deflate
// only when told: the servers here decline it, and so should a proxy in between.

class Reader : public QObject {
public:
    struct Settings {
        quint16 port = 0;
        qint64 count = 0;
        qint64 size = 0;
        bool text = false;
        int pauseMs = 0;
        bool offerDeflate = false;
    };

    explicit Reader(const Settings &settings)
        : m_settings(settings)
        , m_expected { Payload::make(Payload::Position::First, settings.size, settings.text),
            Payload::make(Payload::Position::Middle, settings.size, settings.text),
            Payload::make(Payload::Position::Last, settings.size, settings.text) }
    {
        connect(&m_channel, &WebSocketChannel::started, this, [this] {
            if (m_settings.pauseMs <= 0) {
                m_resumedNs = m_clock.nsecsElapsed();
                return;
            }
            m_channel.suspend();
            QTimer::singleShot(m_settings.pauseMs, this, [this] {
                m_resumedNs = m_clock.nsecsElapsed();
                m_channel.resume();
            });
        });
        const auto onMessage = [this](const QByteArray &message) { received(message); };
        connect(&m_channel, &WebSocketChannel::binaryMessageAvailable, this, onMessage, Qt::DirectConnection);
        connect(&m_channel, &WebSocketChannel::messageAvailable, this, onMessage, Qt::DirectConnection);
        connect(&m_channel, &WebSocketChannel::stopped, this, [this](const StopStatus &status) {
            finish(QStringLiteral("the connection ended after %1 of %2 messages: %3")
                       .arg(m_received)
                       .arg(m_settings.count)
                       .arg(status.message()));
        });
        m_stall.setInterval(1000);
        connect(&m_stall, &QTimer::timeout, this, [this] {
            if (m_resumedNs < 0)
                return;
            if (m_received != m_lastReceived) {
                m_lastReceived = m_received;
                m_stalledS = 0;
            } else if (++m_stalledS >= StallLimitS) {
                finish(QStringLiteral("no message for %1 s (%2 of %3)")
                           .arg(StallLimitS)
                           .arg(m_received)
                           .arg(m_settings.count));
            }
        });
    }

    void start()
    {
        DeflateOptions deflate = m_channel.deflateOptions();
        deflate.enabled = m_settings.offerDeflate;
        m_channel.setDeflateOptions(deflate);
        m_clock.start();
        m_stall.start();
        const ChannelError error = m_channel.asyncOpen(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(m_settings.port)));
        if (error != ChannelError::None)
            finish(describeChannelError(error));
    }

private:
    static constexpr int StallLimitS = 30;

    void received(const QByteArray &message)
    {
        const qint64 index = m_received++;
        m_bytes += message.size();
        if (message.size() != m_settings.size && m_error.isEmpty())
            m_error = QStringLiteral("message %1 has %2 bytes").arg(index).arg(message.size());
        if (index == 0 || index == m_settings.count - 1 || index == Payload::sampledMiddleIndex(m_settings.count)) {
            const Payload::Position position = Payload::positionOf(index, m_settings.count);
            if (message != m_expected[int(position)] && m_error.isEmpty())
                m_error = QStringLiteral("message %1 has the wrong content").arg(index);
        }
        if (m_received == m_settings.count)
            finish({});
    }

    void finish(const QString &error)
    {
        if (m_done)
            return;
        m_done = true;
        const qint64 elapsedNs = m_clock.nsecsElapsed();
        if (m_error.isEmpty())
            m_error = error;
        const QJsonObject result { { QStringLiteral("ok"), m_error.isEmpty() && m_received == m_settings.count },
            { QStringLiteral("error"), m_error }, { QStringLiteral("received"), m_received },
            { QStringLiteral("bytes"), m_bytes }, { QStringLiteral("elapsedNs"), elapsedNs },
            { QStringLiteral("afterResumeNs"), m_resumedNs < 0 ? -1 : elapsedNs - m_resumedNs },
            { QStringLiteral("wireBytes"), m_channel.bytesReceived() },
            { QStringLiteral("deflate"), m_channel.isCompressionActive() } };
        QTextStream(stdout) << "RESULT " << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact))
                            << Qt::endl;
        m_channel.close(1000, {});
        QTimer::singleShot(500, qApp, [] { QCoreApplication::exit(0); });
    }

    Settings m_settings;
    QByteArray m_expected[3]; // by Payload::Position
    WebSocketChannel m_channel;
    QElapsedTimer m_clock;
    QTimer m_stall;
    qint64 m_resumedNs = -1;
    qint64 m_received = 0;
    qint64 m_lastReceived = 0;
    int m_stalledS = 0;
    qint64 m_bytes = 0;
    QString m_error;
    bool m_done = false;
};

int runReader(const QStringList &args)
{
    Reader::Settings settings;
    bool ok[4] = {};
    settings.port = args.value(0).toUShort(&ok[0]);
    settings.count = args.value(1).toLongLong(&ok[1]);
    settings.size = args.value(2).toLongLong(&ok[2]);
    settings.text = args.value(3) == QLatin1String("text");
    settings.pauseMs = args.value(4).toInt(&ok[3]);
    settings.offerDeflate = args.value(5) == QLatin1String("deflate");
    if (args.size() != 6 || !ok[0] || !ok[1] || !ok[2] || !ok[3] || settings.count < 1 || settings.size < 1) {
        QTextStream(stderr) << "usage: bench_intercept --reader PORT COUNT SIZE text|binary PAUSE_MS deflate|plain\n";
        return 2;
    }
    Reader reader(settings);
    reader.start();
    return QCoreApplication::exec();
}

// ---------------------------------------------------------------------------------------------
// The runner.

// Another process's CPU time and memory, from /proc.
struct ProcessFigures {
    double cpuS = -1;
    qint64 peakRssKiB = -1; // VmHWM
    qint64 rssKiB = -1; // VmRSS
};

ProcessFigures figuresOf(qint64 pid)
{
    ProcessFigures figures;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        // Fields after the command name (which may hold spaces), from field 3 on: utime is 14, stime 15.
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 12) {
            const double ticks = double(sysconf(_SC_CLK_TCK));
            figures.cpuS = double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / ticks;
        }
    }
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            const auto value
                = [&line] { return line.mid(line.indexOf(':') + 1).trimmed().split(' ').value(0).toLongLong(); };
            if (line.startsWith("VmHWM:"))
                figures.peakRssKiB = value();
            else if (line.startsWith("VmRSS:"))
                figures.rssKiB = value();
        }
    }
    return figures;
}

// True once something listens on 127.0.0.1:port (read from /proc/net/tcp, so that no probing
// connection reaches the proxy: mitmdump would open its upstream connection for it, and the
// blaster serves one connection only).
bool isListening(quint16 port)
{
    QFile tcp(QStringLiteral("/proc/net/tcp"));
    if (!tcp.open(QIODevice::ReadOnly))
        return false;
    const QByteArray local = QByteArray("0100007F:") + QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
    for (const QByteArray &line : tcp.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() > 3 && fields.at(1) == local && fields.at(3) == "0A")
            return true;
    }
    return false;
}

quint16 freePort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

void stop(QProcess &process, int signalNumber = SIGTERM)
{
    if (process.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(process.processId()), signalNumber);
    if (!process.waitForFinished(StopTimeoutMs)) {
        process.kill();
        process.waitForFinished(StopTimeoutMs);
    }
}

QString formatRate(double value)
{
    if (value >= 1e6)
        return QString::number(value / 1e6, 'f', 2) + QStringLiteral(" M");
    if (value >= 1e3)
        return QString::number(value / 1e3, 'f', 1) + QStringLiteral(" k");
    return QString::number(value, 'f', 1);
}

enum class Path { Direct, Intercept, Mitmdump };

QString pathName(Path path)
{
    switch (path) {
    case Path::Direct:
        return QStringLiteral("direct");
    case Path::Intercept:
        return QStringLiteral("intercept");
    case Path::Mitmdump:
        break;
    }
    return QStringLiteral("mitmdump");
}

struct Case {
    QString name; // small, large, slow
    bool text = true;
    qint64 count = 0;
    qint64 size = 0;
};

struct Run {
    bool ok = false;
    QString error;
    double seconds = -1; // the client's: from opening until the last message
    double afterResumeS = -1; // slow case: from the end of the pause until the last message
    qint64 received = 0;
    qint64 bytes = 0;
    qint64 wireBytes = 0; // what the client's socket got
    bool deflate = false; // the client's connection compressed
    ProcessFigures proxy; // at the end of the run (peak RSS, CPU)
    qint64 proxyIdleRssKiB = -1; // before the client connected
};

struct Options {
    QString cli = QStringLiteral(FRAMEWISE_CLI_PATH);
    QString benchChannel = QStringLiteral(FRAMEWISE_BENCH_CHANNEL);
    QString mitmdump;
    bool offerDeflate = false;
    int pauseMs = 10000;
    int clientTimeoutS = 900;
};

class Runner {
public:
    explicit Runner(const Options &options)
        : m_options(options)
    {
    }

    Run run(const Case &c, Path path, bool slow)
    {
        Run result;
        QProcess blaster;
        blaster.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        blaster.start(m_options.benchChannel,
            { QStringLiteral("--blaster"), c.text ? QStringLiteral("text") : QStringLiteral("binary"),
                QString::number(c.count), QString::number(c.size) });
        const quint16 serverPort = firstLine(blaster).trimmed().toUShort();
        if (serverPort == 0) {
            result.error = QStringLiteral("the blaster did not start");
            stop(blaster, SIGKILL);
            return result;
        }

        QProcess proxy;
        proxy.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        quint16 port = serverPort;
        if (path == Path::Intercept) {
            proxy.start(m_options.cli,
                { QStringLiteral("intercept"), QStringLiteral("--quiet"), QStringLiteral("--listen"),
                    QStringLiteral("127.0.0.1:0"), QStringLiteral("--upstream"),
                    QStringLiteral("ws://127.0.0.1:%1/").arg(serverPort) });
            static const QRegularExpression listening(QStringLiteral("ws://127\\.0\\.0\\.1:(\\d+)"));
            port = quint16(listening.match(QString::fromUtf8(firstLine(proxy))).captured(1).toUInt());
        } else if (path == Path::Mitmdump) {
            port = freePort();
            proxy.start(m_options.mitmdump,
                { QStringLiteral("--mode"), QStringLiteral("reverse:http://127.0.0.1:%1").arg(serverPort),
                    QStringLiteral("--listen-host"), QStringLiteral("127.0.0.1"), QStringLiteral("--listen-port"),
                    QString::number(port), QStringLiteral("-q") });
            QElapsedTimer waited;
            waited.start();
            while (!isListening(port) && proxy.state() != QProcess::NotRunning && waited.elapsed() < StartTimeoutMs)
                proxy.waitForFinished(50);
            if (!isListening(port))
                port = 0;
        }
        if (port == 0) {
            result.error = pathName(path) + QStringLiteral(" did not start listening");
            stop(proxy, SIGKILL);
            stop(blaster, SIGKILL);
            return result;
        }
        if (path != Path::Direct)
            result.proxyIdleRssKiB = figuresOf(proxy.processId()).rssKiB;

        QProcess client;
        client.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        client.start(QCoreApplication::applicationFilePath(),
            { QStringLiteral("--reader"), QString::number(port), QString::number(c.count), QString::number(c.size),
                c.text ? QStringLiteral("text") : QStringLiteral("binary"),
                QString::number(slow ? m_options.pauseMs : 0),
                m_options.offerDeflate ? QStringLiteral("deflate") : QStringLiteral("plain") });
        if (!client.waitForFinished(m_options.clientTimeoutS * 1000 + 10000)) {
            result.error = QStringLiteral("the client did not finish within %1 s").arg(m_options.clientTimeoutS);
            stop(client, SIGKILL);
        }
        if (path != Path::Direct)
            result.proxy = figuresOf(proxy.processId()); // before it ends: its peak and its CPU time
        stop(proxy, SIGINT);
        stop(blaster);

        for (const QByteArray &line : client.readAllStandardOutput().split('\n')) {
            if (!line.startsWith("RESULT "))
                continue;
            const QJsonObject object = QJsonDocument::fromJson(line.mid(7)).object();
            result.ok = object.value(QStringLiteral("ok")).toBool();
            if (result.error.isEmpty())
                result.error = object.value(QStringLiteral("error")).toString();
            result.seconds = object.value(QStringLiteral("elapsedNs")).toDouble() / 1e9;
            result.afterResumeS = object.value(QStringLiteral("afterResumeNs")).toDouble() / 1e9;
            result.received = qint64(object.value(QStringLiteral("received")).toDouble());
            result.bytes = qint64(object.value(QStringLiteral("bytes")).toDouble());
            result.wireBytes = qint64(object.value(QStringLiteral("wireBytes")).toDouble());
            result.deflate = object.value(QStringLiteral("deflate")).toBool();
        }
        if (!result.ok && result.error.isEmpty())
            result.error = QStringLiteral("the client exited with %1 and no result").arg(client.exitCode());
        return result;
    }

private:
    static QByteArray firstLine(QProcess &process)
    {
        if (!process.waitForStarted(StartTimeoutMs))
            return {};
        QElapsedTimer waited;
        waited.start();
        while (!process.canReadLine() && process.state() == QProcess::Running && waited.elapsed() < StartTimeoutMs)
            process.waitForReadyRead(100);
        return process.readLine();
    }

    Options m_options;
};

QString describe(const Case &c)
{
    return QStringLiteral("%1 x %2 B %3")
        .arg(c.count)
        .arg(c.size)
        .arg(c.text ? QStringLiteral("text") : QStringLiteral("binary"));
}

QString mib(qint64 kib)
{
    return kib < 0 ? QStringLiteral("-") : QString::number(double(kib) / 1024.0, 'f', 1) + QStringLiteral(" MiB");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    if (args.value(1) == QStringLiteral("--reader"))
        return runReader(args.mid(2));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures framewise-cli intercept --quiet against a direct connection and mitmdump (reverse mode), the "
        "server (bench_channel's blaster) and the client each in their own process, and a slow reader's flood."));
    parser.addHelpOption();
    const QCommandLineOption caseOption(QStringLiteral("case"),
        QStringLiteral("Run only this case (repeatable): small, large, slow."), QStringLiteral("name"));
    const QCommandLineOption smallCount(QStringLiteral("small-count"),
        QStringLiteral("Messages of the small case (default 1000000 x 64 B text)."), QStringLiteral("n"),
        QStringLiteral("1000000"));
    const QCommandLineOption largeCount(QStringLiteral("large-count"),
        QStringLiteral("Messages of the large case (default 1024 x 1 MiB binary)."), QStringLiteral("n"),
        QStringLiteral("1024"));
    const QCommandLineOption slowCount(QStringLiteral("slow-count"),
        QStringLiteral("Messages the server floods in the slow case (default 512)."), QStringLiteral("n"),
        QStringLiteral("512"));
    const QCommandLineOption slowSize(QStringLiteral("slow-size"),
        QStringLiteral("Bytes per message of the slow case (default 1048576)."), QStringLiteral("bytes"),
        QStringLiteral("1048576"));
    const QCommandLineOption pause(QStringLiteral("pause-ms"),
        QStringLiteral("How long the slow reader reads nothing (default 10000)."), QStringLiteral("ms"),
        QStringLiteral("10000"));
    const QCommandLineOption repeat(QStringLiteral("repeat"),
        QStringLiteral("Runs of each direct and intercept case; the fastest verified one counts (default 3)."),
        QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption mitmRepeat(QStringLiteral("mitm-repeat"),
        QStringLiteral("Runs of each mitmdump case (default 1: it is slow)."), QStringLiteral("n"),
        QStringLiteral("1"));
    const QCommandLineOption noMitm(QStringLiteral("no-mitmdump"), QStringLiteral("Leave mitmdump out."));
    const QCommandLineOption offerDeflate(QStringLiteral("offer-deflate"),
        QStringLiteral("The client offers permessage-deflate (the server declines it; a proxy that agrees to it "
                       "anyway compresses on the client's leg)."));
    parser.addOptions(
        { caseOption, smallCount, largeCount, slowCount, slowSize, pause, repeat, mitmRepeat, noMitm, offerDeflate });
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto positive = [&parser, &err](const QCommandLineOption &option, qint64 *value) {
        bool ok = false;
        *value = parser.value(option).toLongLong(&ok);
        if (!ok || *value < 1) {
            err << "--" << option.names().constFirst() << " needs a positive number\n";
            return false;
        }
        return true;
    };
    qint64 numbers[7] = {};
    const QCommandLineOption *numbered[]
        = { &smallCount, &largeCount, &slowCount, &slowSize, &pause, &repeat, &mitmRepeat };
    for (int i = 0; i < 7; ++i) {
        if (!positive(*numbered[i], &numbers[i]))
            return 2;
    }
    Options options;
    options.pauseMs = int(numbers[4]);
    options.offerDeflate = parser.isSet(offerDeflate);
    QStringList cases = parser.values(caseOption);
    if (cases.isEmpty())
        cases = { QStringLiteral("small"), QStringLiteral("large"), QStringLiteral("slow") };
    for (const QString &name : cases) {
        if (name != QStringLiteral("small") && name != QStringLiteral("large") && name != QStringLiteral("slow")) {
            err << "unknown case " << name << " (small, large, slow)\n";
            return 2;
        }
    }
    QList<Path> paths { Path::Direct, Path::Intercept };
    if (!parser.isSet(noMitm)) {
        options.mitmdump = QStandardPaths::findExecutable(QStringLiteral("mitmdump"));
        if (options.mitmdump.isEmpty())
            out << "mitmdump is not installed (packaging/install-deps.sh --bench installs Debian's mitmproxy); "
                   "measuring without it.\n";
        else
            paths.append(Path::Mitmdump);
    }

    out << "bench_intercept: server = bench_channel's blaster, client = a WebSocketChannel reader ("
        << (options.offerDeflate ? "offering" : "not offering")
        << " permessage-deflate), each its own process on 127.0.0.1; proxies: " << options.cli << " intercept --quiet";
    if (!options.mitmdump.isEmpty())
        out << ", mitmdump --mode reverse:http://127.0.0.1:PORT -q";
    out << "\n\n";
    out.flush();

    Runner runner(options);
    int exitCode = 0;
    struct Row {
        Case c;
        Run best[3]; // by Path
    };
    QList<Row> rows;
    for (const QString &name : std::as_const(cases)) {
        if (name == QStringLiteral("slow"))
            continue;
        const bool small = name == QStringLiteral("small");
        Row row { { name, small, small ? numbers[0] : numbers[1], small ? 64 : 1024 * 1024 }, {} };
        for (const Path path : std::as_const(paths)) {
            const qint64 runs = path == Path::Mitmdump ? numbers[6] : numbers[5];
            for (qint64 i = 1; i <= runs; ++i) {
                const Run run = runner.run(row.c, path, false);
                out << QStringLiteral("  %1 %2 %3 run %4/%5: ")
                           .arg(name, describe(row.c), pathName(path))
                           .arg(i)
                           .arg(runs);
                if (run.ok) {
                    out << QString::number(run.seconds, 'f', 3) << " s";
                    if (path != Path::Direct)
                        out << ", proxy CPU " << QString::number(run.proxy.cpuS, 'f', 2) << " s, proxy peak RSS "
                            << mib(run.proxy.peakRssKiB);
                    if (run.deflate)
                        out << ", the client's leg was compressed (" << run.wireBytes << " bytes on its wire)";
                } else {
                    out << "FAILED: " << run.error;
                }
                out << '\n';
                out.flush();
                Run &best = row.best[int(path)];
                if ((run.ok && (!best.ok || run.seconds < best.seconds)) || (!best.ok && best.error.isEmpty()))
                    best = run;
            }
        }
        rows.append(row);
    }

    if (!rows.isEmpty()) {
        out << '\n';
        const QString header = QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                                   .arg(QStringLiteral("case"), -32)
                                   .arg(QStringLiteral("path"), -10)
                                   .arg(QStringLiteral("time"), 10)
                                   .arg(QStringLiteral("msg/s"), 10)
                                   .arg(QStringLiteral("MiB/s"), 8)
                                   .arg(QStringLiteral("proxy CPU"), 10)
                                   .arg(QStringLiteral("proxy RSS"), 11)
                                   .arg(QStringLiteral("time / direct"), 14);
        out << header << '\n' << QString(header.size(), u'-') << '\n';
        for (const Row &row : std::as_const(rows)) {
            const Run direct = row.best[int(Path::Direct)];
            for (const Path path : std::as_const(paths)) {
                const Run run = row.best[int(path)];
                const QString label = path == paths.constFirst()
                    ? row.c.name + QStringLiteral(" (") + describe(row.c) + QLatin1Char(')')
                    : QString();
                if (!run.ok) {
                    exitCode = 2;
                    out << QStringLiteral("%1 %2 FAILED: %3\n").arg(label, -32).arg(pathName(path), -10).arg(run.error);
                    continue;
                }
                const double bytes = double(row.c.count) * double(row.c.size);
                out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                           .arg(label, -32)
                           .arg(pathName(path), -10)
                           .arg(QString::number(run.seconds, 'f', 3) + QStringLiteral(" s"), 10)
                           .arg(formatRate(double(row.c.count) / run.seconds), 10)
                           .arg(QString::number(bytes / run.seconds / (1024.0 * 1024.0), 'f', 1), 8)
                           .arg(path == Path::Direct ? QStringLiteral("-")
                                                     : QString::number(run.proxy.cpuS, 'f', 2) + QStringLiteral(" s"),
                               10)
                           .arg(path == Path::Direct ? QStringLiteral("-") : mib(run.proxy.peakRssKiB), 11)
                           .arg(direct.ok ? QString::number(run.seconds / direct.seconds, 'f', 2) + u'x'
                                          : QStringLiteral("-"),
                               14);
            }
        }
        out << "\nTargets (issue), printed, never asserted:\n";
        for (const Row &row : std::as_const(rows)) {
            const Run direct = row.best[int(Path::Direct)];
            const Run intercept = row.best[int(Path::Intercept)];
            const Run mitm = row.best[int(Path::Mitmdump)];
            const double limit = row.c.text ? 2.0 : 1.5;
            if (direct.ok && intercept.ok) {
                const double ratio = intercept.seconds / direct.seconds;
                out << QStringLiteral("  %1: intercept time / direct time = %2x (target <= %3x): %4\n")
                           .arg(row.c.name)
                           .arg(ratio, 0, 'f', 2)
                           .arg(limit, 0, 'f', 1)
                           .arg(ratio <= limit ? QStringLiteral("met") : QStringLiteral("missed"));
            }
            if (intercept.ok && mitm.ok) {
                const double ratio = mitm.seconds / intercept.seconds;
                out << QStringLiteral("  %1: intercept throughput / mitmdump throughput = %2x (target >= 10x): %3\n")
                           .arg(row.c.name)
                           .arg(ratio, 0, 'f', 1)
                           .arg(ratio >= 10 ? QStringLiteral("met") : QStringLiteral("missed"));
            }
        }
        out << "time: the client's, from opening the connection until the last message arrived and was checked "
               "(best of the runs); proxy CPU: user + system time of the proxy process over the run; proxy RSS: its "
               "peak (VmHWM).\n";
    }

    if (cases.contains(QStringLiteral("slow"))) {
        const Case c { QStringLiteral("slow"), false, numbers[2], numbers[3] };
        out << QStringLiteral("\nSlow reader: the server floods %1; the client reads nothing for %2 s, then "
                              "everything.\n")
                   .arg(describe(c))
                   .arg(double(options.pauseMs) / 1000.0, 0, 'f', 1);
        out.flush();
        for (const Path path : std::as_const(paths)) {
            if (path == Path::Direct)
                continue;
            const Run run = runner.run(c, path, true);
            const bool complete = run.received == c.count && run.bytes == c.count * c.size;
            out << QStringLiteral("  %1: peak RSS %2 (idle before the client: %3), CPU %4 s; then %5 of %6 messages, "
                                  "%7 of %8 bytes arrived%9%10\n")
                       .arg(pathName(path), -9)
                       .arg(mib(run.proxy.peakRssKiB), mib(run.proxyIdleRssKiB))
                       .arg(run.proxy.cpuS, 0, 'f', 2)
                       .arg(run.received)
                       .arg(c.count)
                       .arg(run.bytes)
                       .arg(c.count * c.size)
                       .arg(run.ok && complete ? QStringLiteral(", every byte, content checked (%1 s after the pause)")
                                                     .arg(run.afterResumeS, 0, 'f', 2)
                                               : QStringLiteral(": INCOMPLETE"))
                       .arg(run.error.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(run.error));
            out.flush();
            if (path == Path::Intercept && !(run.ok && complete))
                exitCode = 2;
        }
    }
    out.flush();
    return exitCode;
}
