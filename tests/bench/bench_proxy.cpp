// SPDX-License-Identifier: GPL-3.0-or-later
// bench_proxy: `framewise-cli proxy --quiet` (the HTTP proxy, TLS decrypted with the Framewise CA)
// side by side with a direct connection and with mitmproxy's `mitmdump` in regular mode, the same
// client and server in the same run, every party a process of its own on 127.0.0.1. See README.md
// ("bench_proxy").
//
//   bench_proxy [--case messages|large|download]... [--count N] [--size BYTES] [--large-count N]
//               [--large-size BYTES] [--mitm-count N] [--download-mib N] [--mitm-download-mib N]
//               [--repeat N] [--mitm-repeat N] [--no-mitmdump] [--mitm-set OPTION=VALUE]...
//
// The Framewise CA's key lives in the OS keychain: without FRAMEWISE_TEST_KEYRING in the
// environment it starts itself again under tests/profiles/with-keyring.sh (a private gnome-keyring
// on a private D-Bus session, in a scratch HOME), so no real keychain is touched.
//
// Internally it also runs as the client (the reader):
//   bench_proxy --reader HOST PORT PROXY_PORT CA_FILE COUNT SIZE text|binary   (PROXY_PORT 0: direct)
#include "benchcommandline.h"
#include "benchreader.h"
#include "benchreport.h"
#include "certificateset.h"
#include "childprocess.h"
#include "processguard.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <csignal>
#include <unistd.h>
#include <utility>
#include <vector>

using namespace Framewise;

namespace {

using ChildProcess::StartTimeoutMs;

constexpr int ClientTimeoutS = 900;
constexpr qint64 MiB = qint64(1024) * 1024;

// The reader (BenchReader), the measured client: wss://HOST:PORT/ directly or through an HTTP
// proxy (CONNECT), trusting only CA_FILE, no compression offered. Its time runs from asyncOpen()
// (TCP, the proxy's CONNECT, both TLS handshakes, the WebSocket handshake) until the last message.
int runReader(const QStringList &args)
{
    BenchReader::Settings settings;
    bool ok[4] = {};
    const QString host = args.value(0);
    const quint16 port = args.value(1).toUShort(&ok[0]);
    settings.url = QUrl(QStringLiteral("wss://%1:%2/").arg(host).arg(port));
    settings.proxyPort = args.value(2).toUShort(&ok[1]);
    settings.caFile = args.value(3);
    settings.count = args.value(4).toLongLong(&ok[2]);
    settings.size = args.value(5).toLongLong(&ok[3]);
    settings.text = args.value(6) == QLatin1String("text");
    settings.exitDelayMs = 300;
    if (args.size() != 7 || !ok[0] || !ok[1] || !ok[2] || !ok[3] || settings.count < 1 || settings.size < 1) {
        QTextStream(stderr) << "usage: bench_proxy --reader HOST PORT PROXY_PORT CA_FILE COUNT SIZE text|binary "
                               "(PROXY_PORT 0: direct)\n";
        return 2;
    }
    return BenchReader::run(settings);
}

// ---------------------------------------------------------------------------------------------
// The runner.

// MitmdumpStream: mitmdump with --set stream_large_bodies=1m (download only): by default it holds
// a whole body in memory before it sends it on, in time that grows faster than the size.
enum class Path { Direct, Framewise, Mitmdump, MitmdumpStream };
constexpr int PathCount = 4;

QString pathName(Path path)
{
    switch (path) {
    case Path::Direct:
        return QStringLiteral("direct");
    case Path::Framewise:
        return QStringLiteral("framewise");
    case Path::Mitmdump:
        return QStringLiteral("mitmdump");
    case Path::MitmdumpStream:
        break;
    }
    return QStringLiteral("mitmdump stream");
}

bool isMitmdump(Path path)
{
    return path == Path::Mitmdump || path == Path::MitmdumpStream;
}

struct Case {
    QString name; // messages, large, download
    bool download = false;
    bool text = true;
    qint64 count = 0; // messages (or 1 for the download)
    qint64 size = 0; // bytes per message (or of the file)
};

struct Run {
    bool ok = false;
    QString error;
    qint64 count = 0; // messages this run moved (1 for a download)
    qint64 bytes = 0; // payload bytes it moved
    double seconds = -1; // the client's
    double startedS = -1; // messages: until the WebSocket was open (TCP, CONNECT, TLS, handshake)
    double clientCpuS = -1;
    double serverCpuS = -1;
    ChildProcess::Figures proxy; // CPU: over the run only (from the client's start); RSS: the peak since it started
};

struct Options {
    QString cli = QStringLiteral(FRAMEWISE_CLI_PATH);
    QString benchChannel = QStringLiteral(FRAMEWISE_BENCH_CHANNEL);
    QString mitmdump;
    QStringList mitmSets; // extra --set OPTION=VALUE for mitmdump
};

class Runner {
public:
    explicit Runner(Options options)
        : m_options(std::move(options))
    {
    }

    // The test CA and server certificate, the Framewise CA's certificate, mitmproxy's folder.
    QString setUp()
    {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        QDir(m_dir.path()).mkpath(QStringLiteral("certificates"));
        if (QString error = m_certificates.generate(m_dir.filePath(QStringLiteral("certificates"))); !error.isEmpty())
            return error;
        m_framewiseCa = m_dir.filePath(QStringLiteral("framewise-ca.pem"));
        QProcess ca;
        ChildProcess::prepare(ca);
        ca.setProcessChannelMode(QProcess::MergedChannels);
        ca.start(m_options.cli, { QStringLiteral("ca"), QStringLiteral("--export"), m_framewiseCa });
        if (!ca.waitForFinished(StartTimeoutMs) || ca.exitCode() != 0 || !QFile::exists(m_framewiseCa))
            return QStringLiteral("framewise-cli ca --export failed (is there a keychain? run under "
                                  "tests/profiles/with-keyring.sh): %1")
                .arg(QString::fromLocal8Bit(ca.readAll()).trimmed());
        m_mitmConfdir = m_dir.filePath(QStringLiteral("mitmproxy"));
        QDir(m_dir.path()).mkpath(QStringLiteral("mitmproxy"));
        return {};
    }

    QString testCa() const { return m_certificates.ca.certificatePath; }

    Run runMessages(const Case &c, Path path, qint64 count)
    {
        Run result;
        result.count = count;
        result.bytes = count * c.size;
        QProcess blaster;
        ChildProcess::prepare(blaster);
        const quint16 serverPort = ChildProcess::startServer(blaster, m_options.benchChannel,
            { QStringLiteral("--blaster-tls"), m_certificates.server.certificatePath, m_certificates.server.keyPath,
                c.text ? QStringLiteral("text") : QStringLiteral("binary"), QString::number(count),
                QString::number(c.size) });
        if (serverPort == 0) {
            result.error = QStringLiteral("the blaster did not start");
            return result;
        }
        ProxyProcess proxy;
        if (!startProxy(proxy, path, &result.error)) {
            ChildProcess::stop(blaster, SIGKILL);
            return result;
        }

        QProcess client;
        ChildProcess::prepare(client);
        const BenchReader::Result reader = BenchReader::runProcess(client,
            { QStringLiteral("localhost"), QString::number(serverPort), QString::number(proxy.port), trustedBy(path),
                QString::number(count), QString::number(c.size),
                c.text ? QStringLiteral("text") : QStringLiteral("binary") },
            ClientTimeoutS);
        result.serverCpuS = ChildProcess::figuresOf(blaster.processId()).cpuS;
        result.proxy = stopProxy(proxy);
        ChildProcess::stop(blaster);

        result.ok = reader.ok;
        result.error = reader.error;
        result.seconds = double(reader.elapsedNs) / 1e9;
        result.startedS = double(reader.startedNs) / 1e9;
        result.clientCpuS = reader.cpuS;
        return result;
    }

    // The file server for the download case, started once: nginx serving sparse files (name, bytes).
    QString startFileServer(const QList<QPair<QString, qint64>> &files)
    {
        const QString root = m_dir.filePath(QStringLiteral("www"));
        const QString prefix = m_dir.filePath(QStringLiteral("nginx"));
        QDir(m_dir.path()).mkpath(QStringLiteral("www"));
        QDir(m_dir.path()).mkpath(QStringLiteral("nginx"));
        for (const auto &[name, size] : files) {
            QFile file(QDir(root).filePath(name));
            if (!file.open(QIODevice::ReadWrite) || !file.resize(size)) // sparse: nothing on the disk
                return QStringLiteral("cannot make %1 bytes in %2").arg(size).arg(file.fileName());
            // Read once: the first read of a hole fills the page cache with zeroed pages (seconds for
            // 1 GiB on this VM), which would otherwise be charged to whichever path runs first.
            QByteArray buffer(qsizetype(MiB), Qt::Uninitialized);
            while (file.read(buffer.data(), buffer.size()) > 0) { }
        }
        m_fileServerPort = ProcessGuard::freePort();
        const QString config = QStringLiteral(R"(master_process off;
worker_processes 1;
events { worker_connections 64; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    default_type application/octet-stream;
    client_body_temp_path %1/body;
    proxy_temp_path %1/proxy;
    fastcgi_temp_path %1/fastcgi;
    uwsgi_temp_path %1/uwsgi;
    scgi_temp_path %1/scgi;
    server {
        listen 127.0.0.1:%2;
        root %3;
    }
}
)")
                                   .arg(prefix)
                                   .arg(m_fileServerPort)
                                   .arg(root);
        QFile configFile(QDir(prefix).filePath(QStringLiteral("nginx.conf")));
        if (!configFile.open(QIODevice::WriteOnly) || configFile.write(config.toUtf8()) != config.toUtf8().size())
            return QStringLiteral("cannot write %1").arg(configFile.fileName());
        configFile.close();
        if (!m_nginx.start(QStringLiteral("nginx"),
                { QStringLiteral("-e"), QStringLiteral("stderr"), QStringLiteral("-p"), prefix, QStringLiteral("-c"),
                    configFile.fileName(), QStringLiteral("-g"),
                    QStringLiteral("daemon off; pid %1/nginx.pid; error_log stderr;").arg(prefix) })
            || !m_nginx.waitForPort(m_fileServerPort))
            return QStringLiteral("nginx did not start: %1").arg(QString::fromLocal8Bit(m_nginx.output()));
        return {};
    }

    Run runDownload(const QString &name, qint64 size, Path path)
    {
        Run result;
        result.count = 1;
        result.bytes = size;
        ProxyProcess proxy;
        if (!startProxy(proxy, path, &result.error))
            return result;
        QProcess curl;
        ChildProcess::prepare(curl);
        curl.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList arguments { QStringLiteral("-sS"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
            QStringLiteral("-w"), QStringLiteral("%{http_code} %{size_download} %{time_total}") };
        if (path != Path::Direct)
            arguments << QStringLiteral("--proxy") << QStringLiteral("http://127.0.0.1:%1").arg(proxy.port);
        arguments << QStringLiteral("http://127.0.0.1:%1/%2").arg(m_fileServerPort).arg(name);
        curl.start(QStringLiteral("curl"), arguments);
        if (!ChildProcess::finishWithin(curl, ClientTimeoutS * 1000))
            result.error = QStringLiteral("curl did not finish within %1 s").arg(ClientTimeoutS);
        result.proxy = stopProxy(proxy);
        const QList<QByteArray> fields = curl.readAllStandardOutput().trimmed().split(' ');
        const int status = fields.value(0).toInt();
        const qint64 bytes = fields.value(1).toLongLong();
        result.seconds = fields.value(2).toDouble();
        result.ok = curl.exitStatus() == QProcess::NormalExit && curl.exitCode() == 0 && status == 200 && bytes == size
            && result.seconds > 0;
        if (!result.ok && result.error.isEmpty())
            result.error = QStringLiteral("curl exited with %1: HTTP status %2, %3 of %4 bytes")
                               .arg(curl.exitCode())
                               .arg(status)
                               .arg(bytes)
                               .arg(size);
        return result;
    }

private:
    // The proxy of one run (none for Direct): its port, and its CPU time before the client started.
    struct ProxyProcess {
        QProcess process;
        Path path = Path::Direct;
        quint16 port = 0;
        double idleCpuS = 0;
    };

    // Starts the proxy of path (none for Direct) with its stdout in a file; false when it did not
    // start listening (then it is killed, and error says so).
    bool startProxy(ProxyProcess &started, Path path, QString *error)
    {
        started.path = path;
        if (path == Path::Direct)
            return true;
        QProcess &proxy = started.process;
        ChildProcess::prepare(proxy);
        proxy.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // A file, not a pipe: nothing here reads the proxy's output while a client runs.
        const QString output = m_dir.filePath(QStringLiteral("proxy-%1.out").arg(++m_proxyRuns));
        proxy.setStandardOutputFile(output);
        QElapsedTimer waited;
        waited.start();
        quint16 port = 0;
        if (path == Path::Framewise) {
            proxy.start(m_options.cli,
                { QStringLiteral("proxy"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                    QStringLiteral("--quiet"), QStringLiteral("--ca-file"), m_certificates.ca.certificatePath });
            // Its first line: "* proxy listening on http://127.0.0.1:PORT, …".
            static const QRegularExpression listening(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)"));
            QFile file(output);
            while (port == 0 && proxy.state() != QProcess::NotRunning && waited.elapsed() < StartTimeoutMs) {
                proxy.waitForFinished(20);
                if (file.isOpen() || file.open(QIODevice::ReadOnly)) {
                    file.seek(0);
                    const QByteArray text = file.readAll();
                    if (text.contains('\n'))
                        port = quint16(listening.match(QString::fromUtf8(text)).captured(1).toUInt());
                }
            }
        } else {
            QStringList arguments { QStringLiteral("--listen-host"), QStringLiteral("127.0.0.1"),
                QStringLiteral("--listen-port"), QStringLiteral("0"), QStringLiteral("--set"),
                QStringLiteral("confdir=") + m_mitmConfdir, QStringLiteral("-q"), QStringLiteral("--set"),
                QStringLiteral("ssl_verify_upstream_trusted_ca=") + m_certificates.ca.certificatePath };
            for (const QString &set : std::as_const(m_options.mitmSets))
                arguments << QStringLiteral("--set") << set;
            if (path == Path::MitmdumpStream)
                arguments << QStringLiteral("--set") << QStringLiteral("stream_large_bodies=1m");
            proxy.start(m_options.mitmdump, arguments);
            // It makes its CA (first start) before it listens.
            while (port == 0 && proxy.state() != QProcess::NotRunning && waited.elapsed() < StartTimeoutMs) {
                proxy.waitForFinished(20);
                port = ChildProcess::listeningPortOf(proxy.processId());
            }
            if (!QFile::exists(mitmCa()))
                port = 0;
        }
        if (port == 0) {
            *error = pathName(path) + QStringLiteral(" did not start listening");
            ChildProcess::stop(proxy, SIGKILL);
            return false;
        }
        started.port = port;
        started.idleCpuS = ChildProcess::figuresOf(proxy.processId()).cpuS;
        return true;
    }

    // Stops the proxy; its figures from just before: its CPU time since the client started and its
    // peak RSS since it started (none for Direct).
    static ChildProcess::Figures stopProxy(ProxyProcess &proxy)
    {
        ChildProcess::Figures figures;
        if (proxy.path != Path::Direct) {
            figures = ChildProcess::figuresOf(proxy.process.processId());
            figures.cpuS -= proxy.idleCpuS;
        }
        ChildProcess::stop(proxy.process);
        return figures;
    }

    QString mitmCa() const { return QDir(m_mitmConfdir).filePath(QStringLiteral("mitmproxy-ca-cert.pem")); }

    // The CA the client trusts: the server's own, or the proxy's that makes the certificates it sees.
    QString trustedBy(Path path) const
    {
        switch (path) {
        case Path::Direct:
            return m_certificates.ca.certificatePath;
        case Path::Framewise:
            return m_framewiseCa;
        case Path::Mitmdump:
        case Path::MitmdumpStream:
            break;
        }
        return mitmCa();
    }

    Options m_options;
    QTemporaryDir m_dir;
    CertificateSet m_certificates;
    QString m_framewiseCa;
    QString m_mitmConfdir;
    ProcessGuard m_nginx;
    quint16 m_fileServerPort = 0;
    int m_proxyRuns = 0;
};

QString describe(const Case &c)
{
    if (c.download)
        return QStringLiteral("%1 MiB over http://").arg(c.size / MiB);
    return QStringLiteral("%1 x %2 B %3")
        .arg(c.count)
        .arg(c.size)
        .arg(c.text ? QStringLiteral("text") : QStringLiteral("binary"));
}

double messageRate(const Run &run)
{
    return double(run.count) / run.seconds;
}

double byteRate(const Run &run)
{
    return double(run.bytes) / run.seconds / double(MiB);
}

// Without FRAMEWISE_TEST_KEYRING: this program again, under with-keyring.sh (a private keychain).
void reexecUnderKeyring(int argc, char *argv[])
{
    const QByteArray script = FRAMEWISE_WITH_KEYRING;
    const QByteArray self = QFile::encodeName(QCoreApplication::applicationFilePath());
    std::vector<char *> arguments;
    const char *bash = "bash";
    arguments.push_back(const_cast<char *>(bash));
    arguments.push_back(const_cast<char *>(script.constData()));
    arguments.push_back(const_cast<char *>(self.constData()));
    for (int i = 1; i < argc; ++i)
        arguments.push_back(argv[i]);
    arguments.push_back(nullptr);
    QTextStream(stderr) << "bench_proxy: starting again under " << script
                        << " (a private gnome-keyring for the Framewise CA)\n";
    ::execvp("bash", arguments.data());
    QTextStream(stderr) << "bench_proxy: cannot run bash: " << qt_error_string(errno) << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.value(1) == QStringLiteral("--reader"))
        return runReader(args.mid(2));
    const bool help = args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"));
    if (!qEnvironmentVariableIsSet("FRAMEWISE_TEST_KEYRING") && !help) {
        reexecUnderKeyring(argc, argv);
        return 2;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures framewise-cli proxy --quiet against a direct connection and mitmdump (regular mode): WebSocket "
        "messages over TLS on both legs (server: bench_channel --blaster-tls; client: a WebSocketChannel), and a "
        "plain http:// download (nginx, curl). Every party is a process of its own on 127.0.0.1. Runs itself under "
        "tests/profiles/with-keyring.sh unless FRAMEWISE_TEST_KEYRING is set."));
    parser.addHelpOption();
    const QCommandLineOption caseOption(QStringLiteral("case"),
        QStringLiteral("Run only this case (repeatable): messages, large, download."), QStringLiteral("name"));
    const QCommandLineOption count(QStringLiteral("count"),
        QStringLiteral("Messages of the messages case (default 100000)."), QStringLiteral("n"),
        QStringLiteral("100000"));
    const QCommandLineOption size(QStringLiteral("size"),
        QStringLiteral("Bytes per text message of the messages case (default 64)."), QStringLiteral("bytes"),
        QStringLiteral("64"));
    const QCommandLineOption largeCount(QStringLiteral("large-count"),
        QStringLiteral("Messages of the large case (default 256)."), QStringLiteral("n"), QStringLiteral("256"));
    const QCommandLineOption largeSize(QStringLiteral("large-size"),
        QStringLiteral("Bytes per binary message of the large case (default 1048576)."), QStringLiteral("bytes"),
        QStringLiteral("1048576"));
    const QCommandLineOption mitmCount(QStringLiteral("mitm-count"),
        QStringLiteral("Messages mitmdump gets in the messages case (default: --count); rates are compared."),
        QStringLiteral("n"));
    const QCommandLineOption downloadMib(QStringLiteral("download-mib"),
        QStringLiteral("Size of the downloaded file in MiB (default 1024)."), QStringLiteral("n"),
        QStringLiteral("1024"));
    const QCommandLineOption mitmDownloadMib(QStringLiteral("mitm-download-mib"),
        QStringLiteral("Size of the file mitmdump with its default settings downloads, in MiB (default 32: it "
                       "holds the whole body and slows down faster than the size grows); mitmdump with "
                       "stream_large_bodies=1m gets the full --download-mib."),
        QStringLiteral("n"), QStringLiteral("32"));
    const QCommandLineOption repeat(QStringLiteral("repeat"),
        QStringLiteral("Runs of each direct and framewise case; the fastest verified one counts (default 3)."),
        QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption mitmRepeat(QStringLiteral("mitm-repeat"),
        QStringLiteral("Runs of each mitmdump case (default 1: it is slow)."), QStringLiteral("n"),
        QStringLiteral("1"));
    const QCommandLineOption noMitm(QStringLiteral("no-mitmdump"), QStringLiteral("Leave mitmdump out."));
    const QCommandLineOption mitmSet(QStringLiteral("mitm-set"),
        QStringLiteral("Pass --set OPTION=VALUE to every mitmdump as well (repeatable)."),
        QStringLiteral("option=value"));
    parser.addOptions({ caseOption, count, size, largeCount, largeSize, mitmCount, downloadMib, mitmDownloadMib, repeat,
        mitmRepeat, noMitm, mitmSet });
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    enum { Count, Size, LargeCount, LargeSize, DownloadMib, MitmDownloadMib, Repeat, MitmRepeat, MitmCount, Numbers };
    qint64 numbers[Numbers] = {};
    const QCommandLineOption *numbered[Numbers]
        = { &count, &size, &largeCount, &largeSize, &downloadMib, &mitmDownloadMib, &repeat, &mitmRepeat, &mitmCount };
    for (int i = 0; i < Numbers; ++i) {
        if (i == MitmCount && !parser.isSet(mitmCount)) {
            numbers[i] = numbers[Count];
            continue;
        }
        if (!BenchCommandLine::positiveNumber(parser, *numbered[i], &numbers[i], err))
            return 2;
    }
    QStringList caseNames = parser.values(caseOption);
    if (caseNames.isEmpty())
        caseNames = { QStringLiteral("messages"), QStringLiteral("large"), QStringLiteral("download") };
    QList<Case> cases;
    for (const QString &name : std::as_const(caseNames)) {
        if (name == QStringLiteral("messages"))
            cases.append({ name, false, true, numbers[Count], numbers[Size] });
        else if (name == QStringLiteral("large"))
            cases.append({ name, false, false, numbers[LargeCount], numbers[LargeSize] });
        else if (name == QStringLiteral("download"))
            cases.append({ name, true, false, 1, numbers[DownloadMib] * MiB });
        else {
            err << "unknown case " << name << " (messages, large, download)\n";
            return 2;
        }
    }

    Options options;
    options.mitmSets = parser.values(mitmSet);
    if (!parser.isSet(noMitm))
        options.mitmdump = BenchCommandLine::findMitmdump(out);
    const bool withMitmdump = !options.mitmdump.isEmpty();
    if (qEnvironmentVariable("FRAMEWISE_TEST_KEYRING") != QLatin1String("1"))
        out << "warning: FRAMEWISE_TEST_KEYRING is not 1: without a keychain the Framewise CA cannot be exported.\n";

    out << "bench_proxy: servers bench_channel --blaster-tls (wss://localhost, test CA) and nginx (http://), clients a "
           "WebSocketChannel reader trusting only the CA in its path and curl, each its own process on 127.0.0.1.\n"
           "proxies: "
        << options.cli << " proxy --listen 127.0.0.1:0 --quiet --ca-file TEST_CA";
    if (withMitmdump) {
        out << "; mitmdump --listen-host 127.0.0.1 --listen-port 0 --set confdir=DIR -q --set "
               "ssl_verify_upstream_trusted_ca=TEST_CA";
        for (const QString &set : std::as_const(options.mitmSets))
            out << " --set " << set;
        if (std::any_of(cases.cbegin(), cases.cend(), [](const Case &c) { return c.download; }))
            out << " (\"mitmdump stream\": the same with --set stream_large_bodies=1m)";
    }
    out << "\n\n";
    out.flush();

    Runner runner(options);
    if (const QString error = runner.setUp(); !error.isEmpty()) {
        err << "bench_proxy: " << error << '\n';
        return 2;
    }

    struct Row {
        Case c;
        QList<Path> paths;
        Run best[PathCount]; // by Path
    };
    const QString bigFile = QStringLiteral("big.bin");
    const QString mitmFile = QStringLiteral("mitm.bin");
    const qint64 mitmFileSize = numbers[MitmDownloadMib] * MiB;
    QList<Row> rows;
    int exitCode = 0;
    for (const Case &c : std::as_const(cases)) {
        Row row { c, { Path::Direct, Path::Framewise }, {} };
        if (withMitmdump)
            row.paths.append(Path::Mitmdump);
        if (c.download) {
            if (withMitmdump)
                row.paths.append(Path::MitmdumpStream);
            QList<QPair<QString, qint64>> files { { bigFile, c.size } };
            if (withMitmdump)
                files.append({ mitmFile, mitmFileSize });
            if (const QString error = runner.startFileServer(files); !error.isEmpty()) {
                err << "bench_proxy: " << error << '\n';
                return 2;
            }
        }
        for (const Path path : std::as_const(row.paths)) {
            const qint64 runs = isMitmdump(path) ? numbers[MitmRepeat] : numbers[Repeat];
            const qint64 messages
                = path == Path::Mitmdump && c.name == QStringLiteral("messages") ? numbers[MitmCount] : c.count;
            for (qint64 i = 1; i <= runs; ++i) {
                const Run run = !c.download  ? runner.runMessages(c, path, messages)
                    : path == Path::Mitmdump ? runner.runDownload(mitmFile, mitmFileSize, path)
                                             : runner.runDownload(bigFile, c.size, path);
                out << QStringLiteral("  %1 %2 run %3/%4: ").arg(c.name, pathName(path)).arg(i).arg(runs);
                if (run.ok) {
                    out << QString::number(run.seconds, 'f', 3) << " s";
                    if (c.download)
                        out << " (" << run.bytes / MiB << " MiB)";
                    else
                        out << " (" << run.count << " messages; open in "
                            << QString::number(run.startedS * 1000, 'f', 1) << " ms; client CPU "
                            << QString::number(run.clientCpuS, 'f', 2) << " s, server CPU "
                            << QString::number(run.serverCpuS, 'f', 2) << " s)";
                    if (path != Path::Direct)
                        out << ", proxy CPU " << QString::number(run.proxy.cpuS, 'f', 2) << " s, proxy peak RSS "
                            << BenchReport::mib(run.proxy.peakRssKiB);
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

    out << '\n';
    const QString header = QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                               .arg(QStringLiteral("case"), -32)
                               .arg(QStringLiteral("path"), -16)
                               .arg(QStringLiteral("time"), 10)
                               .arg(QStringLiteral("open"), 8)
                               .arg(QStringLiteral("msg/s"), 9)
                               .arg(QStringLiteral("MiB/s"), 8)
                               .arg(QStringLiteral("proxy CPU"), 10)
                               .arg(QStringLiteral("proxy RSS"), 11)
                               .arg(QStringLiteral("rate/direct"), 11);
    out << header << '\n' << QString(header.size(), u'-') << '\n';
    QStringList notes;
    for (const Row &row : std::as_const(rows)) {
        const Run &direct = row.best[int(Path::Direct)];
        const qint64 expectedBytes = row.c.count * row.c.size;
        for (const Path path : std::as_const(row.paths)) {
            const Run &run = row.best[int(path)];
            const QString label = path == row.paths.constFirst()
                ? row.c.name + QStringLiteral(" (") + describe(row.c) + QLatin1Char(')')
                : QString();
            if (!run.ok) {
                exitCode = 2;
                out << QStringLiteral("%1 %2 FAILED: %3\n").arg(label, -32).arg(pathName(path), -16).arg(run.error);
                continue;
            }
            const bool partial = run.bytes != expectedBytes;
            if (partial)
                notes << (row.c.download ? QStringLiteral("%1: %2 downloaded %3 MiB, not %4 MiB; rates are compared")
                                               .arg(row.c.name, pathName(path))
                                               .arg(run.bytes / MiB)
                                               .arg(expectedBytes / MiB)
                                         : QStringLiteral("%1: %2 got %3 messages, not %4; rates are compared")
                                               .arg(row.c.name, pathName(path))
                                               .arg(run.count)
                                               .arg(row.c.count));
            out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                       .arg(label, -32)
                       .arg(pathName(path) + (partial ? QStringLiteral("*") : QString()), -16)
                       .arg(QString::number(run.seconds, 'f', 3) + QStringLiteral(" s"), 10)
                       .arg(row.c.download ? QStringLiteral("-")
                                           : QString::number(run.startedS * 1000, 'f', 0) + QStringLiteral(" ms"),
                           8)
                       .arg(row.c.download ? QStringLiteral("-") : BenchReport::formatRate(messageRate(run)), 9)
                       .arg(QString::number(byteRate(run), 'f', 1), 8)
                       .arg(path == Path::Direct ? QStringLiteral("-")
                                                 : QString::number(run.proxy.cpuS, 'f', 2) + QStringLiteral(" s"),
                           10)
                       .arg(path == Path::Direct ? QStringLiteral("-") : BenchReport::mib(run.proxy.peakRssKiB), 11)
                       .arg(direct.ok ? QString::number(byteRate(run) / byteRate(direct), 'f', 2) + u'x'
                                      : QStringLiteral("-"),
                           11);
        }
    }
    for (const QString &note : std::as_const(notes))
        out << "* " << note << '\n';

    out << "\nTargets (issue), printed, never asserted:\n";
    for (const Row &row : std::as_const(rows)) {
        const Run &framewise = row.best[int(Path::Framewise)];
        const double target = row.c.download ? 2.0 : 10.0;
        // Against every mitmdump variant; the fastest one decides.
        double worst = -1;
        for (const Path path : { Path::Mitmdump, Path::MitmdumpStream }) {
            const Run &mitm = row.best[int(path)];
            if (!framewise.ok || !mitm.ok || !row.paths.contains(path))
                continue;
            const double ratio = byteRate(framewise) / byteRate(mitm);
            worst = worst < 0 ? ratio : std::min(worst, ratio);
            out << QStringLiteral("  %1: framewise / %2 %3 = %4x\n")
                       .arg(row.c.name, pathName(path),
                           row.c.download ? QStringLiteral("MiB/s") : QStringLiteral("msg/s"))
                       .arg(ratio, 0, 'f', 1);
        }
        if (worst >= 0)
            out << QStringLiteral("  %1: target >= %2x%3: %4\n")
                       .arg(row.c.name)
                       .arg(target, 0, 'f', 0)
                       .arg(row.c.download ? QStringLiteral(" (against the faster mitmdump)") : QString())
                       .arg(worst >= target ? QStringLiteral("met") : QStringLiteral("missed"));
        if (row.c.download && framewise.ok)
            out << QStringLiteral("  %1: framewise proxy peak RSS %2, under 100 MiB: %3\n")
                       .arg(row.c.name, BenchReport::mib(framewise.proxy.peakRssKiB),
                           framewise.proxy.peakRssKiB >= 0 && framewise.proxy.peakRssKiB < qint64(100) * 1024
                               ? QStringLiteral("yes")
                               : QStringLiteral("no"));
    }
    out << "time: the client's, best of the runs (messages: from opening wss://localhost:PORT/ until the last message "
           "arrived and was checked; download: curl's time_total); open: of that time, until the WebSocket was open "
           "(TCP, "
           "CONNECT, TLS on both legs, the handshake); MiB/s: payload bytes; proxy CPU: user + system "
           "time of the proxy process from the client's start to its end; proxy RSS: its peak (VmHWM) since it "
           "started.\n";
    out.flush();
    return exitCode;
}
