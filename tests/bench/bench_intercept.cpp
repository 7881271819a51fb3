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
#include "benchcommandline.h"
#include "benchreader.h"
#include "benchreport.h"
#include "childprocess.h"
#include "processguard.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>

#include <csignal>

using namespace Framewise;

namespace {

using ChildProcess::StartTimeoutMs;

// The reader (BenchReader), the measured client: ws://127.0.0.1:PORT/, offering permessage-deflate
// only when told (the servers here decline it, and so should a proxy in between).
int runReader(const QStringList &args)
{
    BenchReader::Settings settings;
    bool ok[4] = {};
    const quint16 port = args.value(0).toUShort(&ok[0]);
    settings.url = QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port));
    settings.count = args.value(1).toLongLong(&ok[1]);
    settings.size = args.value(2).toLongLong(&ok[2]);
    settings.text = args.value(3) == QLatin1String("text");
    settings.pauseMs = args.value(4).toInt(&ok[3]);
    settings.offerDeflate = args.value(5) == QLatin1String("deflate");
    if (args.size() != 6 || !ok[0] || !ok[1] || !ok[2] || !ok[3] || settings.count < 1 || settings.size < 1) {
        QTextStream(stderr) << "usage: bench_intercept --reader PORT COUNT SIZE text|binary PAUSE_MS deflate|plain\n";
        return 2;
    }
    return BenchReader::run(settings);
}

// ---------------------------------------------------------------------------------------------
// The runner.

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
    ChildProcess::Figures proxy; // at the end of the run (peak RSS, CPU)
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
        const quint16 serverPort = ChildProcess::startServer(blaster, m_options.benchChannel,
            { QStringLiteral("--blaster"), c.text ? QStringLiteral("text") : QStringLiteral("binary"),
                QString::number(c.count), QString::number(c.size) });
        if (serverPort == 0) {
            result.error = QStringLiteral("the blaster did not start");
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
            port = quint16(listening.match(QString::fromUtf8(ChildProcess::firstLine(proxy))).captured(1).toUInt());
        } else if (path == Path::Mitmdump) {
            port = ProcessGuard::freePort();
            proxy.start(m_options.mitmdump,
                { QStringLiteral("--mode"), QStringLiteral("reverse:http://127.0.0.1:%1").arg(serverPort),
                    QStringLiteral("--listen-host"), QStringLiteral("127.0.0.1"), QStringLiteral("--listen-port"),
                    QString::number(port), QStringLiteral("-q") });
            QElapsedTimer waited;
            waited.start();
            while (!ChildProcess::isListening(port) && proxy.state() != QProcess::NotRunning
                && waited.elapsed() < StartTimeoutMs)
                proxy.waitForFinished(50);
            if (!ChildProcess::isListening(port))
                port = 0;
        }
        if (port == 0) {
            result.error = pathName(path) + QStringLiteral(" did not start listening");
            ChildProcess::stop(proxy, SIGKILL);
            ChildProcess::stop(blaster, SIGKILL);
            return result;
        }
        if (path != Path::Direct)
            result.proxyIdleRssKiB = ChildProcess::figuresOf(proxy.processId()).rssKiB;

        QProcess client;
        const BenchReader::Result reader = BenchReader::runProcess(client,
            { QString::number(port), QString::number(c.count), QString::number(c.size),
                c.text ? QStringLiteral("text") : QStringLiteral("binary"),
                QString::number(slow ? m_options.pauseMs : 0),
                m_options.offerDeflate ? QStringLiteral("deflate") : QStringLiteral("plain") },
            m_options.clientTimeoutS, 10000);
        if (path != Path::Direct)
            result.proxy = ChildProcess::figuresOf(proxy.processId()); // before it ends: its peak and its CPU time
        ChildProcess::stop(proxy, SIGINT);
        ChildProcess::stop(blaster);

        result.ok = reader.ok;
        result.error = reader.error;
        result.seconds = double(reader.elapsedNs) / 1e9;
        result.afterResumeS = double(reader.afterResumeNs) / 1e9;
        result.received = reader.received;
        result.bytes = reader.bytes;
        result.wireBytes = reader.wireBytes;
        result.deflate = reader.deflate;
        return result;
    }

private:
    Options m_options;
};

QString describe(const Case &c)
{
    return QStringLiteral("%1 x %2 B %3")
        .arg(c.count)
        .arg(c.size)
        .arg(c.text ? QStringLiteral("text") : QStringLiteral("binary"));
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
    qint64 numbers[7] = {};
    const QCommandLineOption *numbered[]
        = { &smallCount, &largeCount, &slowCount, &slowSize, &pause, &repeat, &mitmRepeat };
    for (int i = 0; i < 7; ++i) {
        if (!BenchCommandLine::positiveNumber(parser, *numbered[i], &numbers[i], err))
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
        options.mitmdump = BenchCommandLine::findMitmdump(out);
        if (!options.mitmdump.isEmpty())
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
                            << BenchReport::mib(run.proxy.peakRssKiB);
                    if (run.deflate)
                        out << ", the client's leg was compressed (" << run.wireBytes << " bytes on its wire)";
                } else {
                    out << "FAILED: " << run.error;
                }
                out << '\n';
                out.flush();
                BenchReport::keepFastest(row.best[int(path)], run, [](const Run &r) { return r.seconds; });
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
                           .arg(BenchReport::formatRate(double(row.c.count) / run.seconds), 10)
                           .arg(QString::number(bytes / run.seconds / (1024.0 * 1024.0), 'f', 1), 8)
                           .arg(path == Path::Direct ? QStringLiteral("-")
                                                     : QString::number(run.proxy.cpuS, 'f', 2) + QStringLiteral(" s"),
                               10)
                           .arg(path == Path::Direct ? QStringLiteral("-") : BenchReport::mib(run.proxy.peakRssKiB), 11)
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
                       .arg(BenchReport::mib(run.proxy.peakRssKiB), BenchReport::mib(run.proxyIdleRssKiB))
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
