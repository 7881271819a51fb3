// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchrunner.h"

#include "benchreport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QProcess>
#include <QTextStream>

namespace Framewise {

namespace {
constexpr int StartTimeoutMs = 10000;
constexpr int ClientTimeoutMs = 180000;
constexpr int BlasterExitTimeoutMs = 5000;

struct Measured {
    bool ok = false;
    QString error;
    qint64 elapsedNs = -1;
    qint64 cpuNs = -1;
    qint64 peakRssKiB = -1;
};

double seconds(const Measured &m)
{
    return double(m.elapsedNs) / 1e9;
}

void stopProcess(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    if (!process.waitForFinished(BlasterExitTimeoutMs)) {
        process.kill();
        process.waitForFinished(BlasterExitTimeoutMs);
    }
}
} // namespace

BenchRunner::BenchRunner(const Options &options)
    : m_options(options)
{
}

std::optional<QJsonObject> BenchRunner::runOnce(const Scenario &scenario, const QString &implementation, QString *error)
{
    const QString program = QCoreApplication::applicationFilePath();
    QProcess blaster;
    blaster.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    blaster.start(program,
        { QStringLiteral("--blaster"), scenario.blasterMode(), QString::number(scenario.count),
            QString::number(scenario.size) });
    if (!blaster.waitForStarted(StartTimeoutMs)) {
        *error = QStringLiteral("blaster did not start: ") + blaster.errorString();
        return std::nullopt;
    }
    while (!blaster.canReadLine() && blaster.waitForReadyRead(StartTimeoutMs)) { }
    const quint16 port = blaster.readLine().trimmed().toUShort();
    if (port == 0) {
        *error = QStringLiteral("blaster printed no port");
        blaster.kill();
        blaster.waitForFinished();
        return std::nullopt;
    }

    QProcess client;
    client.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    client.start(program,
        { QStringLiteral("--client"), implementation, scenario.name, QString::number(port),
            QString::number(scenario.count), QString::number(scenario.size) });
    if (!client.waitForFinished(ClientTimeoutMs)) {
        *error = QStringLiteral("client did not finish within %1 s").arg(ClientTimeoutMs / 1000);
        client.kill();
        client.waitForFinished();
        blaster.kill();
        blaster.waitForFinished();
        return std::nullopt;
    }
    stopProcess(blaster);

    const QList<QByteArray> lines = client.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith("RESULT "))
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line.mid(7), &parseError);
        if (!document.isObject()) {
            *error = QStringLiteral("unreadable client result: ") + parseError.errorString();
            return std::nullopt;
        }
        return document.object();
    }
    *error = QStringLiteral("client exited with %1 and no result").arg(client.exitCode());
    return std::nullopt;
}

int BenchRunner::run()
{
    QTextStream out(stdout);
    struct Row {
        Scenario scenario;
        Measured framewise;
        Measured qt;
    };
    QList<Row> rows;
    const QStringList implementations { QStringLiteral("framewise"), QStringLiteral("qt") };

    for (const Scenario &scenario : std::as_const(m_options.scenarios)) {
        Row row { scenario, {}, {} };
        for (int attempt = 1; attempt <= m_options.repeat; ++attempt) {
            for (const QString &implementation : implementations) {
                Measured &best = implementation == implementations.first() ? row.framewise : row.qt;
                QString error;
                const std::optional<QJsonObject> result = runOnce(scenario, implementation, &error);
                Measured m;
                if (result) {
                    m.ok = result->value(QStringLiteral("ok")).toBool();
                    m.error = result->value(QStringLiteral("error")).toString();
                    m.elapsedNs = qint64(result->value(QStringLiteral("elapsedNs")).toDouble());
                    m.peakRssKiB = qint64(result->value(QStringLiteral("peakRssKiB")).toDouble());
                    m.cpuNs = qint64(result->value(QStringLiteral("cpuNs")).toDouble());
                } else {
                    m.error = error;
                }
                out << QStringLiteral("  %1 %2 run %3/%4: ")
                           .arg(scenario.name, implementation)
                           .arg(attempt)
                           .arg(m_options.repeat);
                if (m.ok)
                    out << QString::number(seconds(m), 'f', 3) << " s (client CPU "
                        << QString::number(double(m.cpuNs) / 1e9, 'f', 3) << " s), peak RSS " << m.peakRssKiB / 1024
                        << " MiB";
                else
                    out << "FAILED: " << m.error;
                if (m_options.verbose && result)
                    out << "\n    " << QString::fromUtf8(QJsonDocument(*result).toJson(QJsonDocument::Compact));
                out << '\n';
                out.flush();
                BenchReport::keepFastest(best, m, [](const Measured &run) { return run.elapsedNs; });
            }
        }
        rows.append(row);
    }

    out << '\n';
    const QString header = QStringLiteral("%1 | %2 %3 %4 %5 | %6 %7 %8 %9 | %10 %11 %12")
                               .arg(QStringLiteral("scenario"), -33)
                               .arg(QStringLiteral("FW time"), 9)
                               .arg(QStringLiteral("FW msg/s"), 10)
                               .arg(QStringLiteral("FW MiB/s"), 9)
                               .arg(QStringLiteral("FW RSS"), 8)
                               .arg(QStringLiteral("Qt time"), 9)
                               .arg(QStringLiteral("Qt msg/s"), 10)
                               .arg(QStringLiteral("Qt MiB/s"), 9)
                               .arg(QStringLiteral("Qt RSS"), 8)
                               .arg(QStringLiteral("ratio"), 6)
                               .arg(QStringLiteral("target"), 7)
                               .arg(QStringLiteral("result"), -6);
    out << header << '\n' << QString(header.size(), QLatin1Char('-')) << '\n';

    int exitCode = 0;
    for (const Row &row : std::as_const(rows)) {
        const double bytes = double(row.scenario.count) * double(row.scenario.size);
        auto cells = [&](const Measured &m) {
            if (!m.ok)
                return QStringLiteral("%1 %2 %3 %4")
                    .arg(QStringLiteral("FAILED"), 9)
                    .arg(QString(), 10)
                    .arg(QString(), 9)
                    .arg(QString(), 8);
            const double s = seconds(m);
            return QStringLiteral("%1 %2 %3 %4")
                .arg(QString::number(s, 'f', 3) + QStringLiteral(" s"), 9)
                .arg(BenchReport::formatRate(double(row.scenario.count) / s), 10)
                .arg(QString::number(bytes / s / (1024.0 * 1024.0), 'f', 1), 9)
                .arg(QString::number(m.peakRssKiB / 1024) + QStringLiteral(" MiB"), 8);
        };
        QString ratio = QStringLiteral("-");
        QString verdict = QStringLiteral("FAIL");
        if (row.framewise.ok && row.qt.ok) {
            // Same amount of work on both sides: the throughput ratio is the inverse time ratio.
            const double r = double(row.qt.elapsedNs) / double(row.framewise.elapsedNs);
            ratio = QString::number(r, 'f', 2) + QLatin1Char('x');
            verdict = r >= row.scenario.target ? QStringLiteral("PASS") : QStringLiteral("MISS");
            if (r < row.scenario.target)
                exitCode = std::max(exitCode, 1);
        } else {
            exitCode = 2;
        }
        out << QStringLiteral("%1 | %2 | %3 | %4 %5 %6")
                   .arg(QStringLiteral("%1 (%2 x %3 B)")
                            .arg(row.scenario.name)
                            .arg(row.scenario.count)
                            .arg(row.scenario.size),
                       -33)
                   .arg(cells(row.framewise), cells(row.qt))
                   .arg(ratio, 6)
                   .arg(QStringLiteral(">=") + QString::number(row.scenario.target, 'f', 1) + QLatin1Char('x'), 7)
                   .arg(verdict, -6)
            << '\n';
    }
    for (const Row &row : std::as_const(rows)) {
        if (!row.framewise.ok)
            out << row.scenario.name << " framewise: " << row.framewise.error << '\n';
        if (!row.qt.ok)
            out << row.scenario.name << " qt: " << row.qt.error << '\n';
    }
    out << "\nratio = Framewise throughput / QWebSocket throughput (best of " << m_options.repeat
        << "); MiB/s counts payload bytes; RSS is the client process's peak (VmHWM).\n";
    out.flush();
    return exitCode;
}

} // namespace Framewise
