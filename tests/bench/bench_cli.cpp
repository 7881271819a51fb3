// SPDX-License-Identifier: GPL-3.0-or-later
// bench_cli: what a user runs, start to exit. `framewise-cli --quiet` and `framewise-cli --jsonl`
// (to /dev/null) receiving a flood from bench_channel's blaster, side by side in the same run with
// a minimal QWebSocket client that counts the messages (bench_channel --client qt) and a raw TCP
// reader of the same bytes (the floor: no WebSocket parsing at all). See README.md ("bench_cli").
//
//   bench_cli [--case small|large]... [--repeat N] [--small-count N] [--large-count N]
//
// Internally it also runs as the floor:
//   bench_cli --raw-reader PORT WIRE_BYTES
#include "blasterprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <optional>
#include <vector>

namespace {

constexpr int RunTimeoutMs = 300000;

// The floor: a blocking POSIX socket that sends the opening handshake and reads until the
// response and wireBytes more have arrived. Exit 0 when they did.
int runRawReader(const QStringList &args)
{
    const quint16 port = args.value(0).toUShort();
    const qint64 wireBytes = args.value(1).toLongLong();
    if (port == 0 || wireBytes <= 0)
        return 2;
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd < 0 || ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0)
        return 3;
    const QByteArray request
        = QByteArrayLiteral("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                            "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                            "Sec-WebSocket-Version: 13\r\n\r\n");
    if (::send(fd, request.constData(), size_t(request.size()), 0) != request.size())
        return 3;
    std::vector<char> buffer(std::size_t(256) * 1024);
    QByteArray head;
    qint64 body = -1; // bytes after the response's empty line
    while (body < wireBytes) {
        const ssize_t n = ::recv(fd, buffer.data(), buffer.size(), 0);
        if (n <= 0)
            break;
        if (body >= 0) {
            body += n;
            continue;
        }
        head.append(buffer.data(), qsizetype(n));
        const qsizetype end = head.indexOf("\r\n\r\n");
        if (end >= 0)
            body = head.size() - (end + 4);
    }
    ::close(fd);
    return body >= wireBytes ? 0 : 4;
}

struct Case {
    QString name;
    bool text = true;
    qint64 count = 0;
    qint64 size = 0;
    QString scenario; // bench_channel's
};

qint64 wireBytesOf(const Case &c)
{
    const qint64 header = c.size < 126 ? 2 : (c.size < 65536 ? 4 : 10);
    return c.count * (header + c.size);
}

enum class Client { CliQuiet, CliJsonl, QWebSocket, RawTcp };

QString clientName(Client client)
{
    switch (client) {
    case Client::CliQuiet:
        return QStringLiteral("framewise-cli --quiet");
    case Client::CliJsonl:
        return QStringLiteral("framewise-cli --jsonl >/dev/null");
    case Client::QWebSocket:
        return QStringLiteral("QWebSocket client");
    case Client::RawTcp:
        return QStringLiteral("raw TCP reader (floor)");
    }
    return {};
}

struct Run {
    std::optional<double> seconds; // empty when the run did not verify
    QString error;
};

Run runOnce(const Case &c, Client client)
{
    Run run;
    const Framewise::BlasterProcess blaster(c.count, c.text, c.size); // killed when the run is over
    const quint16 port = blaster.port();
    if (port == 0) {
        run.error = QStringLiteral("the blaster did not start");
        return run;
    }
    const QString url = blaster.url().toString();
    QString program;
    QStringList arguments;
    switch (client) {
    case Client::CliQuiet:
    case Client::CliJsonl:
        program = QStringLiteral(FRAMEWISE_CLI_PATH);
        arguments = { url, client == Client::CliQuiet ? QStringLiteral("--quiet") : QStringLiteral("--jsonl"),
            QStringLiteral("--count"), QString::number(c.count), QStringLiteral("--no-compression") };
        break;
    case Client::QWebSocket:
        program = QStringLiteral(FRAMEWISE_BENCH_CHANNEL);
        arguments = { QStringLiteral("--client"), QStringLiteral("qt"), c.scenario, QString::number(port),
            QString::number(c.count), QString::number(c.size) };
        break;
    case Client::RawTcp:
        program = QCoreApplication::applicationFilePath();
        arguments = { QStringLiteral("--raw-reader"), QString::number(port), QString::number(wireBytesOf(c)) };
        break;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    if (client == Client::CliJsonl)
        process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    const bool finished = process.waitForFinished(RunTimeoutMs);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!finished) {
        run.error = QStringLiteral("did not finish in time");
        process.kill();
        process.waitForFinished();
    } else if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        run.error = QStringLiteral("exited with %1: %2")
                        .arg(process.exitCode())
                        .arg(QString::fromUtf8(process.readAllStandardError()).trimmed().left(300));
    } else if (client == Client::QWebSocket) {
        // Its own check of count, sizes and content.
        for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
            if (line.startsWith("RESULT ")) {
                const QJsonObject result = QJsonDocument::fromJson(line.mid(7)).object();
                if (result.value(QStringLiteral("ok")).toBool())
                    run.seconds = seconds;
                else
                    run.error = result.value(QStringLiteral("error")).toString();
            }
        }
        if (!run.seconds && run.error.isEmpty())
            run.error = QStringLiteral("no result");
    } else {
        // framewise-cli exits 0 only after --count messages and a clean close; the raw reader only
        // when every byte arrived.
        run.seconds = seconds;
    }
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.value(1) == QStringLiteral("--raw-reader"))
        return runRawReader(args.mid(2));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures framewise-cli receiving a flood, whole process from start to exit, beside a "
                       "QWebSocket client and a raw TCP reader in the same run."));
    parser.addHelpOption();
    const QCommandLineOption caseOption(QStringLiteral("case"),
        QStringLiteral("Run only this case (repeatable): small, large."), QStringLiteral("name"));
    const QCommandLineOption repeat(QStringLiteral("repeat"),
        QStringLiteral("Runs of each client per case; the median counts (default 5)."), QStringLiteral("n"),
        QStringLiteral("5"));
    const QCommandLineOption smallCount(QStringLiteral("small-count"),
        QStringLiteral("Messages of the small case (default 1000000 x 64 B text)."), QStringLiteral("n"),
        QStringLiteral("1000000"));
    const QCommandLineOption largeCount(QStringLiteral("large-count"),
        QStringLiteral("Messages of the large case (default 1024 x 1 MiB binary)."), QStringLiteral("n"),
        QStringLiteral("1024"));
    parser.addOptions({ caseOption, repeat, smallCount, largeCount });
    parser.process(app);

    std::vector<Case> cases;
    const QStringList wanted = parser.values(caseOption);
    if (wanted.isEmpty() || wanted.contains(QStringLiteral("small")))
        cases.push_back({ QStringLiteral("small"), true, parser.value(smallCount).toLongLong(), 64,
            QStringLiteral("receive-small") });
    if (wanted.isEmpty() || wanted.contains(QStringLiteral("large")))
        cases.push_back({ QStringLiteral("large"), false, parser.value(largeCount).toLongLong(), qint64(1024) * 1024,
            QStringLiteral("receive-large") });
    const int repeats = std::max(1, parser.value(repeat).toInt());

    QTextStream out(stdout);
    out << "bench_cli: each client its own process against a fresh bench_channel blaster on 127.0.0.1; time = "
           "process start to exit; median of "
        << repeats << " runs\n\n";
    bool allVerified = true;
    QStringList targets;
    for (const Case &c : cases) {
        std::vector<Client> clients { Client::CliQuiet, Client::QWebSocket, Client::RawTcp };
        if (c.name == QLatin1String("small"))
            clients.insert(clients.begin() + 1, Client::CliJsonl);
        QHash<int, double> median;
        for (const Client client : clients) {
            std::vector<double> times;
            for (int i = 0; i < repeats; ++i) {
                const Run run = runOnce(c, client);
                if (run.seconds) {
                    times.push_back(*run.seconds);
                    out << QStringLiteral("  %1 %2: %3 s\n")
                               .arg(c.name, clientName(client))
                               .arg(*run.seconds, 0, 'f', 3);
                } else {
                    allVerified = false;
                    out << QStringLiteral("  %1 %2: FAILED (%3)\n").arg(c.name, clientName(client), run.error);
                }
                out.flush();
            }
            if (!times.empty()) {
                std::sort(times.begin(), times.end());
                median.insert(int(client), times.at(times.size() / 2));
            }
        }
        out << QStringLiteral("\n%1: %2 x %3 B %4\n")
                   .arg(c.name)
                   .arg(c.count)
                   .arg(c.size)
                   .arg(c.text ? QStringLiteral("text") : QStringLiteral("binary"));
        const double reference = median.value(int(Client::QWebSocket), 0);
        for (const Client client : clients) {
            if (!median.contains(int(client)))
                continue;
            const double t = median.value(int(client));
            out << QStringLiteral("  %1 %2 s").arg(clientName(client), -34).arg(t, 7, 'f', 3);
            if (reference > 0)
                out << QStringLiteral("   %1x the QWebSocket client").arg(t / reference, 0, 'f', 2);
            out << '\n';
        }
        out << '\n';
        const auto ratio = [&median](Client a, Client b) -> std::optional<double> {
            if (!median.contains(int(a)) || !median.contains(int(b)) || median.value(int(b)) <= 0)
                return std::nullopt;
            return median.value(int(a)) / median.value(int(b));
        };
        const auto target = [&targets](const QString &what, std::optional<double> value, double limit) {
            targets.append(value ? QStringLiteral("  %1 = %2x (target <= %3x): %4")
                                       .arg(what)
                                       .arg(*value, 0, 'f', 2)
                                       .arg(limit)
                                       .arg(*value <= limit ? QStringLiteral("met") : QStringLiteral("missed"))
                                 : QStringLiteral("  %1: not measured").arg(what));
        };
        if (c.name == QLatin1String("small")) {
            target(
                QStringLiteral("small: --quiet / QWebSocket client"), ratio(Client::CliQuiet, Client::QWebSocket), 0.5);
            target(QStringLiteral("small: --jsonl / --quiet"), ratio(Client::CliJsonl, Client::CliQuiet), 2.0);
        } else {
            target(
                QStringLiteral("large: --quiet / QWebSocket client"), ratio(Client::CliQuiet, Client::QWebSocket), 0.8);
        }
    }
    out << "Targets (issue 21), printed, never asserted:\n" << targets.join(u'\n') << '\n';
    return allVerified ? 0 : 2;
}
