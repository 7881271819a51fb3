// SPDX-License-Identifier: GPL-3.0-or-later
// framewise-cli: a headless WebSocket client on the Framewise channel.
#include "clirunner.h"
#include "closecode.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Framewise;

namespace {
int signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

int usageError(QTextStream &err, const QString &message)
{
    err << QCoreApplication::translate("main", "framewise-cli: %1").arg(message) << '\n'
        << QCoreApplication::translate("main", "Try 'framewise-cli --help' for the options.") << '\n';
    err.flush();
    return CliRunner::ExitUsage;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("framewise-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FRAMEWISE_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto tr = [](const char *text) { return QCoreApplication::translate("main", text); };

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Connects to a WebSocket endpoint and shows every message, or sends and "
                                        "echoes them.\n\n")
        + CliRunner::exitCodeTable());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("url"), tr("ws:// or wss:// address (optional with --local-echo)."));
    const QCommandLineOption header(
        QStringLiteral("header"), tr("Add a request header \"Name: value\" (repeatable)."), QStringLiteral("header"));
    const QCommandLineOption origin(QStringLiteral("origin"), tr("Origin header to send."), QStringLiteral("origin"));
    const QCommandLineOption protocol(
        QStringLiteral("protocol"), tr("Subprotocol to request (repeatable)."), QStringLiteral("name"));
    const QCommandLineOption pingInterval(QStringLiteral("ping-interval"),
        tr("Send a keepalive ping after this many silent seconds (0: never)."), QStringLiteral("seconds"),
        QStringLiteral("0"));
    const QCommandLineOption pingTimeout(QStringLiteral("ping-timeout"),
        tr("Give up when a ping gets no answer within this many seconds."), QStringLiteral("seconds"),
        QStringLiteral("10"));
    const QCommandLineOption send(
        QStringLiteral("send"), tr("Send this text message (repeatable, in order)."), QStringLiteral("text"));
    const QCommandLineOption sendFile(
        QStringLiteral("send-file"), tr("Send this file as one binary message, streamed."), QStringLiteral("path"));
    const QCommandLineOption echo(
        QStringLiteral("echo"), tr("Send every received message back with the same type, until the server closes."));
    const QCommandLineOption count(
        QStringLiteral("count"), tr("Close normally after N received messages."), QStringLiteral("N"));
    const QCommandLineOption closeCode(QStringLiteral("close-code"),
        tr("Close code to use when closing (default 1000; 0 for none)."), QStringLiteral("code"),
        QStringLiteral("1000"));
    const QCommandLineOption closeReason(
        QStringLiteral("close-reason"), tr("Close reason (at most 123 bytes)."), QStringLiteral("text"));
    const QCommandLineOption jsonl(QStringLiteral("jsonl"), tr("Print one JSON object per event (JSON Lines)."));
    const QCommandLineOption quiet(QStringLiteral("quiet"), tr("Print only errors."));
    const QCommandLineOption localEcho(
        QStringLiteral("local-echo"), tr("Start a built-in echo server on 127.0.0.1 and connect to it."));
    const QCommandLineOption openTimeout(QStringLiteral("timeout-open"),
        tr("Give up when the connection is not open after this many milliseconds."), QStringLiteral("ms"),
        QStringLiteral("20000"));
    const QCommandLineOption linger(QStringLiteral("linger"),
        tr("With --send only: wait this long for replies after the last send (ms)."), QStringLiteral("ms"),
        QStringLiteral("500"));
    const QCommandLineOption noCompression(QStringLiteral("no-compression"), tr("Do not offer permessage-deflate."));
    parser.addOptions({ header, origin, protocol, pingInterval, pingTimeout, send, sendFile, echo, count, closeCode,
        closeReason, jsonl, quiet, localEcho, openTimeout, linger, noCompression });
    parser.process(app);

    CliRunner::Options options;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usageError(err, tr("Give one URL only."));
    if (!positional.isEmpty()) {
        const QUrl url(positional.first(), QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != QLatin1String("ws") && scheme != QLatin1String("wss")) || url.host().isEmpty())
            return usageError(err, tr("“%1” is not a ws:// or wss:// URL with a host.").arg(positional.first()));
        options.url = url;
    } else if (!parser.isSet(localEcho)) {
        return usageError(err, tr("No URL given."));
    }
    const QStringList headers = parser.values(header);
    for (const QString &h : headers) {
        const qsizetype colon = h.indexOf(u':');
        if (colon <= 0)
            return usageError(err, tr("--header “%1” must look like “Name: value”.").arg(h));
        options.headers.append(h.left(colon).trimmed().toUtf8(), h.mid(colon + 1).trimmed().toUtf8());
    }
    const auto number = [&parser](const QCommandLineOption &option, qint64 min, qint64 max, bool *ok) {
        const qint64 value = parser.value(option).toLongLong(ok);
        *ok = *ok && value >= min && value <= max;
        return value;
    };
    bool ok = true;
    options.origin = parser.value(origin);
    options.protocols = parser.values(protocol);
    options.pingInterval = int(number(pingInterval, 0, 86400, &ok));
    if (!ok)
        return usageError(err, tr("--ping-interval must be a number of seconds from 0 to 86400."));
    options.pingTimeout = int(number(pingTimeout, 1, 86400, &ok));
    if (!ok)
        return usageError(err, tr("--ping-timeout must be a number of seconds from 1 to 86400."));
    options.send = parser.values(send);
    options.sendFile = parser.value(sendFile);
    options.echo = parser.isSet(echo);
    if (parser.isSet(count)) {
        options.count = number(count, 0, std::numeric_limits<qint64>::max(), &ok);
        if (!ok)
            return usageError(err, tr("--count must be a whole number, 0 or more."));
    }
    options.closeCode = quint16(number(closeCode, 0, 65535, &ok));
    if (!ok)
        return usageError(err, tr("--close-code must be a number from 0 to 65535."));
    options.closeReason = parser.value(closeReason);
    options.jsonl = parser.isSet(jsonl);
    options.quiet = parser.isSet(quiet);
    options.localEcho = parser.isSet(localEcho);
    options.openTimeoutMs = int(number(openTimeout, 1, 3600000, &ok));
    if (!ok)
        return usageError(err, tr("--timeout-open must be a number of milliseconds from 1 to 3600000."));
    options.lingerMs = int(number(linger, 0, 3600000, &ok));
    if (!ok)
        return usageError(err, tr("--linger must be a number of milliseconds from 0 to 3600000."));
    options.compression = !parser.isSet(noCompression);

    CliRunner runner(options, &out, &err);
    QObject::connect(&runner, &CliRunner::finished, &app, [](int code) { QCoreApplication::exit(code); });
    const QString problem = runner.start();
    if (!problem.isEmpty())
        return usageError(err, problem);

    // Ctrl+C and SIGTERM close the connection normally instead of killing it.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &runner, [&runner] {
            char byte;
            [[maybe_unused]] const auto n = ::read(signalPipe[0], &byte, 1);
            runner.interrupt();
        });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
    return app.exec();
}
