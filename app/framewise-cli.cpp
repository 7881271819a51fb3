// SPDX-License-Identifier: GPL-3.0-or-later
// framewise-cli: a headless WebSocket client on the Framewise channel.
#include "clirunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <limits>

using namespace Framewise;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("framewise-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FRAMEWISE_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto tr = [](const char *text) { return QCoreApplication::translate("framewise-cli", text); };
    const auto usageError = [&err, &tr](const QString &message) {
        err << tr("framewise-cli: %1").arg(message) << '\n'
            << tr("Try 'framewise-cli --help' for the options.") << '\n';
        err.flush();
        return CliRunner::ExitUsage;
    };

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Connects to a WebSocket endpoint and prints every event: messages in (<) and out (>), pings, pongs and "
           "the closing handshake (*). Without --send, --send-file, --echo or --count it stays connected until the "
           "server closes or Ctrl+C (which closes normally). With --send alone it closes once every message was "
           "sent and no reply came for --linger milliseconds.\n\n")
        + CliRunner::exitCodeTable());
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("url"), tr("ws:// or wss:// address (not with --local-echo)."), QStringLiteral("[url]"));
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
    const QCommandLineOption send(QStringLiteral("send"),
        tr("Send this text message once connected (repeatable, sent in order)."), QStringLiteral("text"));
    const QCommandLineOption sendFile(QStringLiteral("send-file"),
        tr("Send this file as one binary message, streamed from disk."), QStringLiteral("path"));
    const QCommandLineOption echo(
        QStringLiteral("echo"), tr("Send every received message back with the same type, until the server closes."));
    const QCommandLineOption count(QStringLiteral("count"),
        tr("Close normally after N received messages (0: right after sending)."), QStringLiteral("N"));
    const QCommandLineOption closeCode(QStringLiteral("close-code"),
        tr("Close code when the CLI closes: 1000-1003, 1007-1014, 3000-4999, or 0 for none."), QStringLiteral("code"),
        QStringLiteral("1000"));
    const QCommandLineOption closeReason(QStringLiteral("close-reason"),
        tr("Close reason when the CLI closes (at most 123 bytes of UTF-8)."), QStringLiteral("text"));
    const QCommandLineOption jsonl(QStringLiteral("jsonl"),
        tr("Print one compact JSON object per event (JSON Lines): time, event, direction, opcode, size, text or "
           "base64, code and reason, status."));
    const QCommandLineOption quiet(
        QStringLiteral("quiet"), tr("Print only errors (with --jsonl: only \"error\" events)."));
    const QCommandLineOption localEcho(QStringLiteral("local-echo"),
        tr("Start a built-in echo server on 127.0.0.1 and connect to it instead of a URL."));
    const QCommandLineOption openTimeout(QStringLiteral("timeout-open"),
        tr("Give up when the connection is not open after this many milliseconds."), QStringLiteral("ms"),
        QStringLiteral("20000"));
    const QCommandLineOption linger(QStringLiteral("linger"),
        tr("With --send/--send-file only: how long to wait for replies after the last send."), QStringLiteral("ms"),
        QStringLiteral("500"));
    const QCommandLineOption noCompression(QStringLiteral("no-compression"), tr("Do not offer permessage-deflate."));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
        tr("Trust the CA certificates in this PEM/DER file for this connection (repeatable)."), QStringLiteral("path"));
    const QCommandLineOption pin(QStringLiteral("pin"),
        tr("Trust the server certificate with this SHA-256 fingerprint for the URL's host, even if it does not "
           "verify (repeatable)."),
        QStringLiteral("sha256"));
    const QCommandLineOption cert(
        QStringLiteral("cert"), tr("Client certificate (PEM) for mutual TLS."), QStringLiteral("path"));
    const QCommandLineOption key(QStringLiteral("key"),
        tr("Private key (PEM) of --cert; its passphrase comes from FRAMEWISE_KEY_PASSPHRASE."), QStringLiteral("path"));
    const QCommandLineOption pkcs12(QStringLiteral("pkcs12"),
        tr("Client certificate and key as PKCS#12 (.p12/.pfx); passphrase from FRAMEWISE_KEY_PASSPHRASE."),
        QStringLiteral("path"));
    const QCommandLineOption proxy(QStringLiteral("proxy"),
        tr("Connect through this proxy: http://[user:password@]host:port (CONNECT) or socks5://…."),
        QStringLiteral("url"));
    const QCommandLineOption systemProxy(QStringLiteral("system-proxy"), tr("Use the system's proxy settings."));
    const QCommandLineOption user(QStringLiteral("user"),
        tr("User name for HTTP authentication (Basic or Digest) when the server answers 401; the password comes "
           "from FRAMEWISE_PASSWORD."),
        QStringLiteral("name"));
    parser.addOptions({ header, origin, protocol, pingInterval, pingTimeout, send, sendFile, echo, count, closeCode,
        closeReason, jsonl, quiet, localEcho, openTimeout, linger, noCompression, caFile, pin, cert, key, pkcs12, proxy,
        systemProxy, user });

    // parse(), not process(): an unknown option is a usage error (2), not a generic failure (1).
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(help))
        parser.showHelp(0);
    if (parser.isSet(version))
        parser.showVersion();

    CliRunner::Options options;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usageError(tr("Give one URL only (got %1 arguments).").arg(positional.size()));
    options.localEcho = parser.isSet(localEcho);
    if (!positional.isEmpty()) {
        options.url = QUrl(positional.first(), QUrl::StrictMode);
        const QString problem = CliRunner::checkUrl(options.url, positional.first());
        if (!problem.isEmpty())
            return usageError(problem);
        if (options.localEcho)
            return usageError(tr("Give either a URL or --local-echo, not both."));
    }

    const QStringList headers = parser.values(header);
    for (const QString &h : headers) {
        const qsizetype colon = h.indexOf(u':');
        if (colon <= 0 || h.left(colon).trimmed().isEmpty())
            return usageError(tr("--header “%1” must look like “Name: value”.").arg(h));
        options.headers.append(h.left(colon).trimmed().toUtf8(), h.mid(colon + 1).trimmed().toUtf8());
    }
    const auto number = [&parser](const QCommandLineOption &option, qint64 min, qint64 max, qint64 *value) {
        bool ok = false;
        *value = parser.value(option).trimmed().toLongLong(&ok);
        return ok && *value >= min && *value <= max;
    };
    qint64 value = 0;
    options.origin = parser.value(origin);
    options.protocols = parser.values(protocol);
    if (!number(pingInterval, 0, 86400, &value))
        return usageError(tr("--ping-interval must be a whole number of seconds from 0 to 86400."));
    options.pingInterval = int(value);
    if (!number(pingTimeout, 1, 86400, &value))
        return usageError(tr("--ping-timeout must be a whole number of seconds from 1 to 86400."));
    options.pingTimeout = int(value);
    options.send = parser.values(send);
    options.sendFile = parser.value(sendFile);
    options.echo = parser.isSet(echo);
    if (parser.isSet(count)) {
        if (!number(count, 0, std::numeric_limits<qint64>::max(), &value))
            return usageError(tr("--count must be a whole number, 0 or more."));
        options.count = value;
    }
    if (!number(closeCode, 0, 65535, &value))
        return usageError(tr("--close-code must be a number from 0 to 65535 (and one that may be sent)."));
    options.closeCode = quint16(value);
    options.closeReason = parser.value(closeReason);
    options.jsonl = parser.isSet(jsonl);
    options.quiet = parser.isSet(quiet);
    if (!number(openTimeout, 1, 3600000, &value))
        return usageError(tr("--timeout-open must be a whole number of milliseconds from 1 to 3600000."));
    options.openTimeoutMs = int(value);
    if (!number(linger, 0, 3600000, &value))
        return usageError(tr("--linger must be a whole number of milliseconds from 0 to 3600000."));
    options.lingerMs = int(value);
    options.compression = !parser.isSet(noCompression);
    options.caFiles = parser.values(caFile);
    options.pins = parser.values(pin);
    options.clientCertificate = parser.value(cert);
    options.clientKey = parser.value(key);
    options.pkcs12 = parser.value(pkcs12);
    options.keyPassphrase = qgetenv("FRAMEWISE_KEY_PASSPHRASE");
    options.proxy = parser.value(proxy);
    options.systemProxy = parser.isSet(systemProxy);
    options.user = parser.value(user);
    options.password = qEnvironmentVariable("FRAMEWISE_PASSWORD");

    CliRunner runner(options, &out, &err);
    QObject::connect(&runner, &CliRunner::finished, &app, [](int code) { QCoreApplication::exit(code); });
    runner.handleTerminationSignals(); // Ctrl+C and SIGTERM close normally instead of killing
    runner.start();
    return QCoreApplication::exec();
}
