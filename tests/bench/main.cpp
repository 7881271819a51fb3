// SPDX-License-Identifier: GPL-3.0-or-later
// bench_channel: Framewise::WebSocketChannel against QWebSocket on 127.0.0.1. See README.md.
//
//   bench_channel [--scenario NAME] [--count N] [--size BYTES] [--repeat N] [--verbose]
//
// Internally the same executable also runs as the far end and as the measured client:
//   bench_channel --blaster text|binary|sink COUNT SIZE
//   bench_channel --blaster-tls CERT KEY text|binary|sink COUNT SIZE   (the same over TLS: wss://)
//   bench_channel --client framewise|qt SCENARIO PORT COUNT SIZE
#include "benchclient.h"
#include "benchrunner.h"
#include "blaster.h"
#include "scenario.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

using namespace Framewise;

namespace {

int runBlaster(const QStringList &args, const QString &certificatePath = {}, const QString &keyPath = {})
{
    // args: MODE COUNT SIZE
    const QString mode = args.value(0);
    bool countOk = false;
    bool sizeOk = false;
    const qint64 count = args.value(1).toLongLong(&countOk);
    const qint64 size = args.value(2).toLongLong(&sizeOk);
    if (args.size() != 3 || !countOk || !sizeOk || count < 1 || size < 1
        || (mode != QStringLiteral("text") && mode != QStringLiteral("binary") && mode != QStringLiteral("sink"))) {
        QTextStream(stderr) << "usage: bench_channel --blaster text|binary|sink COUNT SIZE\n";
        return 2;
    }
    Blaster blaster(mode, count, size);
    if (!certificatePath.isEmpty()) {
        if (const QString error = blaster.setTls(certificatePath, keyPath); !error.isEmpty()) {
            QTextStream(stderr) << "blaster: " << error << '\n';
            return 2;
        }
    }
    if (!blaster.listen())
        return 2;
    return QCoreApplication::exec();
}

int runClient(const QStringList &args)
{
    // args: IMPLEMENTATION SCENARIO PORT COUNT SIZE
    const std::optional<BenchClient::Implementation> implementation = BenchClient::implementationByName(args.value(0));
    std::optional<Scenario> scenario = Scenario::byName(args.value(1));
    const quint16 port = args.value(2).toUShort();
    if (args.size() != 5 || !implementation || !scenario || port == 0) {
        QTextStream(stderr) << "usage: bench_channel --client framewise|qt SCENARIO PORT COUNT SIZE\n";
        return 2;
    }
    scenario->count = args.value(3).toLongLong();
    scenario->size = args.value(4).toLongLong();
    BenchClient client(*implementation, *scenario, port);
    QObject::connect(&client, &BenchClient::finished, QCoreApplication::instance(), [] { QCoreApplication::exit(0); });
    client.start();
    QCoreApplication::exec();
    QTextStream out(stdout);
    out << "RESULT " << QString::fromUtf8(QJsonDocument(client.result()).toJson(QJsonDocument::Compact)) << '\n';
    out.flush();
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.value(0) == QStringLiteral("--blaster"))
        return runBlaster(args.mid(1));
    if (args.value(0) == QStringLiteral("--blaster-tls")) {
        if (args.size() < 3) {
            QTextStream(stderr) << "usage: bench_channel --blaster-tls CERT KEY text|binary|sink COUNT SIZE\n";
            return 2;
        }
        return runBlaster(args.mid(3), args.at(1), args.at(2));
    }
    if (args.value(0) == QStringLiteral("--client"))
        return runClient(args.mid(1));

    QStringList names;
    for (const Scenario &scenario : Scenario::defaults())
        names.append(scenario.name);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures Framewise::WebSocketChannel against QWebSocket on 127.0.0.1 (scenarios: %1).")
            .arg(names.join(QStringLiteral(", "))));
    parser.addHelpOption();
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"), QStringLiteral("Run only this scenario (repeatable)."), QStringLiteral("name"));
    const QCommandLineOption countOption(
        QStringLiteral("count"), QStringLiteral("Messages per run, instead of the scenario's."), QStringLiteral("n"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
        QStringLiteral("Payload bytes per message, instead of the scenario's."), QStringLiteral("bytes"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
        QStringLiteral("Run each case N times and report the best (default 5)."), QStringLiteral("n"),
        QStringLiteral("5"));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"), QStringLiteral("Print each client's JSON result."));
    parser.addOptions({ scenarioOption, countOption, sizeOption, repeatOption, verboseOption });
    parser.process(app);

    BenchRunner::Options options;
    const QStringList selected = parser.values(scenarioOption);
    for (const Scenario &scenario : Scenario::defaults()) {
        if (selected.isEmpty() || selected.contains(scenario.name))
            options.scenarios.append(scenario);
    }
    for (const QString &name : selected) {
        if (!names.contains(name)) {
            QTextStream(stderr) << "unknown scenario " << name << " (known: " << names.join(QStringLiteral(", "))
                                << ")\n";
            return 2;
        }
    }
    bool ok = true;
    if (parser.isSet(countOption)) {
        const qint64 count = parser.value(countOption).toLongLong(&ok);
        if (!ok || count < 1) {
            QTextStream(stderr) << "--count needs a positive number\n";
            return 2;
        }
        for (Scenario &scenario : options.scenarios)
            scenario.count = count;
    }
    if (parser.isSet(sizeOption)) {
        const qint64 size = parser.value(sizeOption).toLongLong(&ok);
        if (!ok || size < 1) {
            QTextStream(stderr) << "--size needs a positive number\n";
            return 2;
        }
        for (Scenario &scenario : options.scenarios)
            scenario.size = size;
    }
    options.repeat = parser.value(repeatOption).toInt(&ok);
    if (!ok || options.repeat < 1) {
        QTextStream(stderr) << "--repeat needs a positive number\n";
        return 2;
    }
    options.verbose = parser.isSet(verboseOption);

    QTextStream(stdout) << "bench_channel: Framewise::WebSocketChannel vs QWebSocket " << QT_VERSION_STR
                        << " on 127.0.0.1, each run in a fresh client process against a fresh blaster process\n";
    return BenchRunner(options).run();
}
