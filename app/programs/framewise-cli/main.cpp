// SPDX-License-Identifier: GPL-3.0-or-later
// framewise-cli: a headless WebSocket client on the Framewise channel.
#include "allocatorpolicy.h"
#include "cacommands.h"
#include "castore.h"
#include "cliprofile.h"
#include "clirunner.h"
#include "interceptclispec.h"
#include "interceptrunner.h"
#include "languageloader.h"
#include "privatefiles.h"
#include "profilestore.h"
#include "proxysettings.h"
#include "rttprobe.h"
#include "sessionstore.h"
#include "storecommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QTextStream>

#include <cstdio>
#include <limits>
#include <optional>

using namespace Framewise;

namespace {
// The translation context of this file's strings, one name for lupdate and the translators.
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(FramewiseCli)
};

// The options of a connection and of its recording (addOptions() lists the recording's first).
struct CliOptions {
    const QCommandLineOption header { QStringLiteral("header"),
        Cli::tr("Add a request header \"Name: value\" (repeatable)."), QStringLiteral("header") };
    const QCommandLineOption origin { QStringLiteral("origin"), Cli::tr("Origin header to send."),
        QStringLiteral("origin") };
    const QCommandLineOption protocol { QStringLiteral("protocol"), Cli::tr("Subprotocol to request (repeatable)."),
        QStringLiteral("name") };
    const QCommandLineOption pingInterval { QStringLiteral("ping-interval"),
        Cli::tr("Send a keepalive ping after this many silent seconds (0: never)."), QStringLiteral("seconds"),
        QStringLiteral("0") };
    const QCommandLineOption pingTimeout { QStringLiteral("ping-timeout"),
        Cli::tr("Give up when a ping gets no answer within this many seconds."), QStringLiteral("seconds"),
        QStringLiteral("10") };
    const QCommandLineOption rttProbe { QStringLiteral("rtt-probe"),
        Cli::tr("Send a ping every this many seconds however busy the connection is, and print each pong's "
                "round-trip time (1 to 3600). Keepalive pings only after a silence, so it never measures a chatty "
                "connection."),
        QStringLiteral("seconds") };
    const QCommandLineOption send { QStringLiteral("send"),
        Cli::tr("Send this text message once connected (repeatable, sent in order)."), QStringLiteral("text") };
    const QCommandLineOption sendFile { QStringLiteral("send-file"),
        Cli::tr("Send this file as one binary message (over 1 MiB: streamed from disk, recorded by name and size)."),
        QStringLiteral("path") };
    const QCommandLineOption echo { QStringLiteral("echo"),
        Cli::tr("Send every received message back with the same type, until the server closes.") };
    const QCommandLineOption count { QStringLiteral("count"),
        Cli::tr("Close normally after N received messages (0: right after sending)."), QStringLiteral("N") };
    const QCommandLineOption closeCode { QStringLiteral("close-code"),
        Cli::tr("Close code when the CLI closes: 1000-1003, 1007-1014, 3000-4999, or 0 for none."),
        QStringLiteral("code"), QStringLiteral("1000") };
    const QCommandLineOption closeReason { QStringLiteral("close-reason"),
        Cli::tr("Close reason when the CLI closes (at most 123 bytes of UTF-8)."), QStringLiteral("text") };
    const QCommandLineOption jsonl { QStringLiteral("jsonl"),
        Cli::tr("Print one compact JSON object per event (JSON Lines): time, event, direction, opcode, size, text or "
                "base64, code and reason, status.") };
    const QCommandLineOption quiet { QStringLiteral("quiet"),
        Cli::tr("Print only errors (with --jsonl: only \"error\" events).") };
    const QCommandLineOption localEcho { QStringLiteral("local-echo"),
        Cli::tr("Start a built-in echo server on 127.0.0.1 and connect to it instead of a URL.") };
    const QCommandLineOption openTimeout { QStringLiteral("timeout-open"),
        Cli::tr("Give up when the connection is not open after this many milliseconds."), QStringLiteral("ms"),
        QStringLiteral("20000") };
    const QCommandLineOption linger { QStringLiteral("linger"),
        Cli::tr("With --send/--send-file only: how long to wait for replies after the last send."),
        QStringLiteral("ms"), QStringLiteral("500") };
    const QCommandLineOption noCompression { QStringLiteral("no-compression"),
        Cli::tr("Do not offer permessage-deflate.") };
    const QCommandLineOption caFile { QStringLiteral("ca-file"),
        Cli::tr("Trust the CA certificates in this PEM/DER file for this connection (repeatable)."),
        QStringLiteral("path") };
    const QCommandLineOption pin { QStringLiteral("pin"),
        Cli::tr("Trust the server certificate with this SHA-256 fingerprint for the URL's host, even if it does not "
                "verify (repeatable)."),
        QStringLiteral("sha256") };
    const QCommandLineOption cert { QStringLiteral("cert"), Cli::tr("Client certificate (PEM) for mutual TLS."),
        QStringLiteral("path") };
    const QCommandLineOption key { QStringLiteral("key"),
        Cli::tr("Private key (PEM) of --cert; its passphrase comes from FRAMEWISE_KEY_PASSPHRASE."),
        QStringLiteral("path") };
    const QCommandLineOption pkcs12 { QStringLiteral("pkcs12"),
        Cli::tr("Client certificate and key as PKCS#12 (.p12/.pfx); passphrase from FRAMEWISE_KEY_PASSPHRASE."),
        QStringLiteral("path") };
    const QCommandLineOption proxy { QStringLiteral("proxy"),
        Cli::tr("Connect through this proxy: http://[user:password@]host:port (CONNECT) or socks5://…."),
        QStringLiteral("url") };
    const QCommandLineOption systemProxy { QStringLiteral("system-proxy"),
        Cli::tr("Use the system's proxy settings.") };
    const QCommandLineOption user { QStringLiteral("user"),
        Cli::tr("User name for HTTP authentication (Basic or Digest) when the server answers 401; the password comes "
                "from FRAMEWISE_PASSWORD."),
        QStringLiteral("name") };
    const QCommandLineOption lang { QStringLiteral("lang"),
        Cli::tr("Language of the messages: %1 (default: the system's, from LANGUAGE, LC_ALL, LC_MESSAGES or LANG).")
            .arg(LanguageLoader::available().join(QStringLiteral(", "))),
        QStringLiteral("code") };
    const QCommandLineOption record { QStringLiteral("record"),
        Cli::tr("Record the connection (handshake, every message, how it ended) in the session database; list and "
                "export recordings with the commands below.") };
    const QCommandLineOption database { QStringLiteral("db"),
        Cli::tr("The session database for --record (default: %1).").arg(SessionStore::defaultPath()),
        QStringLiteral("path") };
    const QCommandLineOption profile { QStringLiteral("profile"),
        Cli::tr("Connect with the saved profile NAME (made in the window): its URL, headers, variables, TLS, proxy "
                "and login, with secrets from the keychain. Options given here win over the profile's."),
        QStringLiteral("NAME") };
    const QCommandLineOption showSecrets { QStringLiteral("show-secrets"),
        Cli::tr("Print credentials as they were sent (Authorization, Cookie, Set-Cookie, the profile's secret headers "
                "and variables, the URL's password). Without it they are printed as [redacted] or ••••. A recording "
                "never keeps them.") };
};

// Says what is wrong and where to look; the usage error's exit code.
int usageError(QTextStream &err, const QString &message)
{
    err << Cli::tr("framewise-cli: %1").arg(message) << '\n'
        << Cli::tr("Try 'framewise-cli --help' for the options.") << '\n';
    err.flush();
    return CliRunner::ExitUsage;
}

struct HelpOptions {
    QCommandLineOption help;
    QCommandLineOption version;
};

// The description, --help, --version, the URL and the options of parser.
HelpOptions addOptions(QCommandLineParser *parser, const CliOptions &o)
{
    parser->setApplicationDescription(
        Cli::tr(
            "Connects to a WebSocket endpoint and prints every event: messages in (<) and out (>), pings, pongs and "
            "the closing handshake (*). Without --send, --send-file, --echo or --count it stays connected until the "
            "server closes or Ctrl+C (which closes normally). With --send alone it closes once every message was "
            "sent and no reply came for --linger milliseconds.\n\n")
        + CliRunner::exitCodeTable() + u'\n' + StoreCommands::helpText() + u'\n'
        + Cli::tr("Intercepting (a reverse proxy between an app and its server that prints and changes messages):\n"
                  "  framewise-cli intercept --upstream URL [--listen ADDRESS:PORT] [rules]   see its own --help\n"
                  "  framewise-cli proxy [--listen ADDRESS:PORT] [--intercept-host PATTERN]... [rules]   an HTTP "
                  "proxy for apps and browsers, TLS decrypted with the Framewise CA; see its own --help\n")
        + u'\n' + CaCommands::helpText());
    HelpOptions result { parser->addHelpOption(), parser->addVersionOption() };
    parser->addPositionalArgument(
        QStringLiteral("url"), Cli::tr("ws:// or wss:// address (not with --local-echo)."), QStringLiteral("[url]"));
    parser->addOptions({ o.record, o.database, o.profile, o.showSecrets });
    parser->addOptions({ o.header, o.origin, o.protocol, o.pingInterval, o.pingTimeout, o.rttProbe, o.send, o.sendFile,
        o.echo, o.count, o.closeCode, o.closeReason, o.jsonl, o.quiet, o.localEcho, o.openTimeout, o.linger,
        o.noCompression, o.caFile, o.pin, o.cert, o.key, o.pkcs12, o.proxy, o.systemProxy, o.user, o.lang });
    return result;
}

// The URL or --local-echo; a usage problem, or nothing.
QString readAddress(const QCommandLineParser &parser, const CliOptions &o, CliRunner::Options *options)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return Cli::tr("Give one URL only (got %n arguments).", nullptr, int(positional.size()));
    options->localEcho = parser.isSet(o.localEcho);
    if (!positional.isEmpty()) {
        options->url = QUrl(positional.first(), QUrl::StrictMode);
        QString problem = CliRunner::checkUrl(options->url, positional.first());
        if (!problem.isEmpty())
            return problem;
        if (options->localEcho)
            return Cli::tr("Give either a URL or --local-echo, not both.");
    }
    return {};
}

// --header "Name: value" (repeatable); a usage problem, or nothing.
QString readHeaders(const QCommandLineParser &parser, const CliOptions &o, CliRunner::Options *options)
{
    const QStringList headers = parser.values(o.header);
    for (const QString &h : headers) {
        const qsizetype colon = h.indexOf(u':');
        if (colon <= 0 || h.left(colon).trimmed().isEmpty())
            return Cli::tr("--header “%1” must look like “Name: value”.").arg(h);
        options->headers.append(h.left(colon).trimmed().toUtf8(), h.mid(colon + 1).trimmed().toUtf8());
    }
    return {};
}

// The options that take a number, each checked against its range in the order of --help; a
// usage problem, or nothing.
QString readNumbers(const QCommandLineParser &parser, const CliOptions &o, CliRunner::Options *options)
{
    const auto number = [&parser](const QCommandLineOption &option, qint64 min, qint64 max, qint64 *value) {
        bool ok = false;
        *value = parser.value(option).trimmed().toLongLong(&ok);
        return ok && *value >= min && *value <= max;
    };
    qint64 value = 0;
    if (!number(o.pingInterval, 0, 86400, &value))
        return Cli::tr("--ping-interval must be a whole number of seconds from 0 to 86400.");
    options->pingInterval = int(value);
    if (!number(o.pingTimeout, 1, 86400, &value))
        return Cli::tr("--ping-timeout must be a whole number of seconds from 1 to 86400.");
    options->pingTimeout = int(value);
    if (parser.isSet(o.rttProbe)) {
        if (!number(o.rttProbe, RttProbe::MinIntervalS, RttProbe::MaxIntervalS, &value))
            return Cli::tr("--rtt-probe must be a whole number of seconds from %1 to %2.")
                .arg(RttProbe::MinIntervalS)
                .arg(RttProbe::MaxIntervalS);
        options->rttProbeInterval = int(value);
    }
    if (parser.isSet(o.count)) {
        if (!number(o.count, 0, std::numeric_limits<qint64>::max(), &value))
            return Cli::tr("--count must be a whole number, 0 or more.");
        options->count = value;
    }
    if (!number(o.closeCode, 0, 65535, &value))
        return Cli::tr("--close-code must be a number from 0 to 65535 (and one that may be sent).");
    options->closeCode = quint16(value);
    if (!number(o.openTimeout, 1, 3600000, &value))
        return Cli::tr("--timeout-open must be a whole number of milliseconds from 1 to 3600000.");
    options->openTimeoutMs = int(value);
    if (!number(o.linger, 0, 3600000, &value))
        return Cli::tr("--linger must be a whole number of milliseconds from 0 to 3600000.");
    options->lingerMs = int(value);
    return {};
}

// The options of the connection itself (texts, paths, switches) and the secrets from the
// environment: what the client mode and the intercept's upstream leg share.
void readConnectionOptions(const QCommandLineParser &parser, const CliOptions &o, CliRunner::Options *options)
{
    options->origin = parser.value(o.origin);
    options->protocols = parser.values(o.protocol);
    options->jsonl = parser.isSet(o.jsonl);
    options->quiet = parser.isSet(o.quiet);
    options->compression = !parser.isSet(o.noCompression);
    options->caFiles = parser.values(o.caFile);
    options->pins = parser.values(o.pin);
    options->clientCertificate = parser.value(o.cert);
    options->clientKey = parser.value(o.key);
    options->pkcs12 = parser.value(o.pkcs12);
    options->keyPassphrase = qgetenv("FRAMEWISE_KEY_PASSPHRASE");
    options->proxy = parser.value(o.proxy);
    options->systemProxy = parser.isSet(o.systemProxy);
    options->user = parser.value(o.user);
    options->password = qEnvironmentVariable("FRAMEWISE_PASSWORD");
    options->record = parser.isSet(o.record);
    options->showSecrets = parser.isSet(o.showSecrets);
    options->databasePath = parser.value(o.database);
}

// The client mode's options that are taken as they are.
void readPlainOptions(const QCommandLineParser &parser, const CliOptions &o, CliRunner::Options *options)
{
    readConnectionOptions(parser, o, options);
    options->send = parser.values(o.send);
    options->sendFile = parser.value(o.sendFile);
    options->echo = parser.isSet(o.echo);
    options->closeReason = parser.value(o.closeReason);
}

// CliRunner's options from the command line; the first usage problem, or nothing.
QString readOptions(const QCommandLineParser &parser, const CliOptions &o, CliRunner::Options *options)
{
    QString problem = readAddress(parser, o, options);
    if (problem.isEmpty())
        problem = readHeaders(parser, o, options);
    if (problem.isEmpty())
        problem = readNumbers(parser, o, options);
    if (!problem.isEmpty())
        return problem;
    readPlainOptions(parser, o, options);
    if (parser.isSet(o.database) && !options->record)
        return Cli::tr("--db is for --record (and the sessions, export and import commands).");
    return {};
}

// --profile NAME under the options given here; the exit code when that failed, else nothing.
std::optional<int> applyProfile(
    const QCommandLineParser &parser, const CliOptions &o, CliRunner::Options *options, QTextStream &err)
{
    if (!parser.isSet(o.profile))
        return std::nullopt;
    int exitCode = CliRunner::ExitUsage;
    const QString problem = CliProfile::apply(
        parser.value(o.profile), ProfileStore::defaultPath(),
        [&parser](const QString &option) { return parser.isSet(option); }, !parser.positionalArguments().isEmpty(),
        options, &exitCode);
    if (!problem.isEmpty() && exitCode != CliRunner::ExitUsage) {
        err << Cli::tr("framewise-cli: %1").arg(problem) << '\n';
        err.flush();
        return exitCode;
    }
    if (!problem.isEmpty())
        return usageError(err, problem);
    return std::nullopt;
}

// `framewise-cli intercept`: the options of its own, besides the upstream's (CliOptions).
struct InterceptOptions {
    const QCommandLineOption listen { QStringLiteral("listen"),
        Cli::tr("Listen on this address and port (default 127.0.0.1:%1; port 0: any free port). An address other than "
                "loopback lets other machines in: a warning says so.")
            .arg(InterceptSettings::DefaultPort),
        QStringLiteral("address:port") };
    const QCommandLineOption proxyListen { QStringLiteral("listen"),
        Cli::tr("Listen on this address and port (default 127.0.0.1:%1; port 0: any free port). An address other than "
                "loopback makes an open proxy for other machines: a warning says so.")
            .arg(ProxySettings::DefaultPort),
        QStringLiteral("address:port") };
    const QCommandLineOption upstream { QStringLiteral("upstream"),
        Cli::tr("The real server: ws:// or wss:// base URL; each app's path and query are appended."),
        QStringLiteral("url") };
    const QCommandLineOption fixedPath { QStringLiteral("fixed-path"),
        Cli::tr("Forward every app to the upstream URL as it is, ignoring the app's path and query.") };
    const QCommandLineOption keepHost { QStringLiteral("keep-host"),
        Cli::tr("Send the app's Host header upstream instead of the upstream's own.") };
    const QCommandLineOption listenCert { QStringLiteral("listen-cert"),
        Cli::tr("Accept wss:// from apps with this PEM certificate (with --listen-key)."), QStringLiteral("path") };
    const QCommandLineOption listenKey { QStringLiteral("listen-key"), Cli::tr("The PEM private key of --listen-cert."),
        QStringLiteral("path") };
    const QCommandLineOption rewrite { QStringLiteral("rewrite"),
        Cli::tr("DIR:MATCH:REPLACEMENT — change messages going DIR (to-server, to-app or both) that MATCH: REGEX or "
                "re:REGEX (replace its matches; \\1 for captures), text:TEXT or itext:TEXT (ignoring case; replace "
                "each occurrence), json:/POINTER=VALUE, type:text|binary, size:N|MIN-MAX|>N|<N (bytes; K, M) or any "
                "(replace the whole message). \\: for a colon. Rules apply in the order given."),
        QStringLiteral("rule") };
    const QCommandLineOption drop { QStringLiteral("drop"),
        Cli::tr("DIR:MATCH — do not forward messages that match (MATCH as for --rewrite)."), QStringLiteral("rule") };
    const QCommandLineOption delay { QStringLiteral("delay"),
        Cli::tr("DIR:MS or DIR:MATCH:MS — forward messages going DIR (all, or those that MATCH) this many "
                "milliseconds late (order is kept)."),
        QStringLiteral("rule") };
    const QCommandLineOption breakpoint { QStringLiteral("break"),
        Cli::tr("DIR:MATCH — hold matching messages, and every later one going DIR behind them, until "
                "--auto-release lets them go on (without it, until the connection ends)."),
        QStringLiteral("rule") };
    const QCommandLineOption reply { QStringLiteral("reply"),
        Cli::tr("DIR:MATCH:TEXT — answer matching messages with TEXT instead of forwarding them."),
        QStringLiteral("rule") };
    const QCommandLineOption autoRelease { QStringLiteral("auto-release"),
        Cli::tr("Release held messages after this many seconds (0: never)."), QStringLiteral("seconds"),
        QStringLiteral("0") };
    const QCommandLineOption noForwardPings { QStringLiteral("no-forward-pings"),
        Cli::tr("Answer pings on each leg instead of carrying them end to end.") };
    const QCommandLineOption exitAfter { QStringLiteral("exit-after"),
        Cli::tr("Exit once this many connections have ended (for scripts; default: run until Ctrl+C)."),
        QStringLiteral("N") };
    // Same names as the client mode's, said for what the intercept prints.
    const QCommandLineOption jsonl { QStringLiteral("jsonl"),
        Cli::tr("Print one compact JSON object per event (JSON Lines): listening, connection, handshake, message, "
                "held, close, ended, recorded, refused (and for proxy: tunnel, forwarded, tls_rejected); each with "
                "its time and, when it concerns a connection, its \"id\". Messages have direction (to-server, "
                "to-app), opcode, size, text or base64, marks and outcome.") };
    const QCommandLineOption quiet { QStringLiteral("quiet"),
        Cli::tr("Print only where it listens, refused clients and errors (fastest).") };
    // `proxy` only.
    const QCommandLineOption interceptHost { QStringLiteral("intercept-host"),
        Cli::tr("Look into traffic to hosts matching PATTERN only (repeatable): example.com, *.example.com (its "
                "subdomains), an IP address, each optionally :PORT; default: every host. A CONNECT to any other host "
                "is tunnelled blind."),
        QStringLiteral("pattern") };
    const QCommandLineOption noDecrypt { QStringLiteral("no-decrypt"),
        Cli::tr("Tunnel TLS blind instead of decrypting it with the Framewise CA (only ws:// and http:// are looked "
                "into).") };
};

// The options whose value is the next argument, so that readRules() does not take a value that
// happens to look like a rule option ("--origin --drop") for one.
QStringList optionsWithValues(const QList<const QCommandLineOption *> &options)
{
    QStringList names;
    for (const QCommandLineOption *option : options) {
        if (!option->valueName().isEmpty())
            names.append(QStringLiteral("--") + option->names().constFirst());
    }
    return names;
}

// The rule options in the order they were typed (QCommandLineParser keeps each option's values
// apart, and the order of rules matters).
QList<InterceptRule> readRules(
    const QStringList &arguments, const InterceptOptions &io, const QStringList &takeValues, QString *problem)
{
    const struct {
        const QCommandLineOption *option;
        InterceptRule::Action action;
    } kinds[] = { { &io.rewrite, InterceptRule::Action::Rewrite }, { &io.drop, InterceptRule::Action::Drop },
        { &io.delay, InterceptRule::Action::Delay }, { &io.breakpoint, InterceptRule::Action::Break },
        { &io.reply, InterceptRule::Action::Reply } };
    QList<InterceptRule> rules;
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        bool isRule = false;
        for (const auto &kind : kinds) {
            const QString name = QStringLiteral("--") + kind.option->names().constFirst();
            QString value;
            if (argument == name && i + 1 < arguments.size())
                value = arguments.at(++i);
            else if (argument.startsWith(name + QLatin1Char('=')))
                value = argument.mid(name.size() + 1);
            else
                continue;
            isRule = true;
            QString error;
            const InterceptRule rule = InterceptCliSpec::parse(kind.action, value, &error);
            if (!error.isEmpty()) {
                *problem = error;
                return {};
            }
            rules.append(rule);
            break;
        }
        if (!isRule && takeValues.contains(argument))
            ++i; // its value, whatever it looks like
    }
    return rules;
}

// A usage error of the intercept or proxy command: the message and where its options are explained.
int interceptUsageError(QTextStream &err, const QString &message, const QString &command = QStringLiteral("intercept"))
{
    err << Cli::tr("framewise-cli %1: %2").arg(command, message) << '\n'
        << Cli::tr("Try 'framewise-cli %1 --help' for the options.").arg(command) << '\n';
    err.flush();
    return InterceptRunner::ExitUsage;
}

// The intercept's own numbers; a usage problem, or nothing.
QString readInterceptNumbers(const QCommandLineParser &parser, const CliOptions &o, const InterceptOptions &io,
    CliRunner::Options *client, InterceptRunner::Options *options)
{
    const auto number = [&parser](const QCommandLineOption &option, int min, int max, int *value) {
        bool ok = false;
        *value = parser.value(option).trimmed().toInt(&ok);
        return ok && *value >= min && *value <= max;
    };
    if (!number(o.pingInterval, 0, 86400, &client->pingInterval))
        return Cli::tr("--ping-interval must be a whole number of seconds from 0 to 86400.");
    if (!number(o.pingTimeout, 1, 86400, &client->pingTimeout))
        return Cli::tr("--ping-timeout must be a whole number of seconds from 1 to 86400.");
    if (!number(io.autoRelease, 0, 86400, &options->settings.autoReleaseS))
        return Cli::tr("--auto-release must be a whole number of seconds from 0 to 86400.");
    if (parser.isSet(io.exitAfter) && !number(io.exitAfter, 1, std::numeric_limits<int>::max(), &options->exitAfter))
        return Cli::tr("--exit-after must be a whole number, 1 or more.");
    return {};
}

int runIntercept(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const bool proxyMode = arguments.value(1) == QLatin1String("proxy");
    const QString command = proxyMode ? QStringLiteral("proxy") : QStringLiteral("intercept");
    const auto refuse = [&err, &command](const QString &message) { return interceptUsageError(err, message, command); };
    QCommandLineParser parser;
    parser.setApplicationDescription(proxyMode
            ? Cli::tr("An HTTP proxy (CONNECT and http:// requests) for apps and browsers: point them at it "
                      "(default 127.0.0.1:%1). WebSocket connections to intercepted hosts (--intercept-host; default "
                      "every host) are intercepted as by framewise-cli intercept, TLS decrypted with leaf "
                      "certificates from the Framewise CA (its key kept in the keychain; export its certificate with "
                      "framewise-cli ca --export and trust it in the app); other requests are forwarded or tunnelled "
                      "untouched and printed one line each. Rules apply as for intercept. Ctrl+C or SIGTERM closes "
                      "every WebSocket with 1001 and exits 0.\n\n"
                      "Exit status: 0 done, 2 usage error, 4 cannot listen (e.g. the port is in use).")
                  .arg(ProxySettings::DefaultPort)
            : Cli::tr("Listens for WebSocket apps (a reverse proxy) and forwards each to the upstream (--upstream, "
                      "required), printing every message with its direction (app → server, server → app) and what "
                      "the rules did to it. Rules (--rewrite, --drop, --delay, --break, --reply) apply in the order "
                      "typed. Ctrl+C or SIGTERM closes both legs of every connection with 1001 and exits 0.\n\n"
                      "Exit status: 0 done, 2 usage error, 4 cannot listen (e.g. the port is in use)."));
    const QCommandLineOption help = parser.addHelpOption();
    const CliOptions o;
    const InterceptOptions io;
    QList<const QCommandLineOption *> options { proxyMode ? &io.proxyListen : &io.listen, &io.rewrite, &io.drop,
        &io.delay, &io.breakpoint, &io.reply, &io.autoRelease, &io.noForwardPings, &io.exitAfter, &io.jsonl, &io.quiet,
        &o.record, &o.database, &o.showSecrets, &o.header, &o.origin, &o.protocol, &o.pingInterval, &o.pingTimeout,
        &o.noCompression, &o.caFile, &o.pin, &o.cert, &o.key, &o.pkcs12, &o.proxy, &o.systemProxy, &o.user, &o.lang };
    if (proxyMode)
        options << &io.interceptHost << &io.noDecrypt;
    else
        options << &io.upstream << &io.fixedPath << &io.keepHost << &io.listenCert << &io.listenKey;
    for (const QCommandLineOption *option : options)
        parser.addOption(*option);
    QStringList withoutCommand = arguments;
    withoutCommand.removeAt(1);
    if (!parser.parse(withoutCommand))
        return refuse(parser.errorText());
    if (parser.isSet(help)) {
        out << parser.helpText().replace(
            QStringLiteral("framewise-cli [options]"), QStringLiteral("framewise-cli %1 [options]").arg(command));
        out.flush();
        return InterceptRunner::ExitOk;
    }
    if (parser.isSet(o.lang) && !LanguageLoader::isAvailable(parser.value(o.lang))) {
        err << Cli::tr("framewise-cli: no translation for “%1”; messages stay in English.").arg(parser.value(o.lang))
            << '\n';
        err.flush();
    }
    if (!parser.positionalArguments().isEmpty())
        return refuse(Cli::tr("%1 takes no arguments besides options (got “%2”).")
                          .arg(command, parser.positionalArguments().constFirst()));
    if (!proxyMode && !parser.isSet(io.upstream))
        return refuse(Cli::tr("--upstream is missing: give the real server, e.g. --upstream "
                              "ws://127.0.0.1:8080 (ws:// or wss://)."));
    InterceptRunner::Options runnerOptions;
    InterceptSettings &settings = runnerOptions.settings;
    CliRunner::Options client;
    QString problem = readHeaders(parser, o, &client);
    if (problem.isEmpty())
        problem = readInterceptNumbers(parser, o, io, &client, &runnerOptions);
    if (!problem.isEmpty())
        return refuse(problem);
    readConnectionOptions(parser, o, &client);
    if (parser.isSet(o.database) && !client.record)
        return refuse(Cli::tr("--db is for --record."));
    if (!proxyMode) {
        client.url = QUrl(parser.value(io.upstream), QUrl::StrictMode);
        if (const QString urlProblem = CliRunner::checkUrl(client.url, parser.value(io.upstream));
            !urlProblem.isEmpty())
            return refuse(Cli::tr("--upstream: %1").arg(urlProblem));
    }
    if (proxyMode)
        settings.listenPort = ProxySettings::DefaultPort;
    if (parser.isSet(io.listen) && !settings.setListen(parser.value(io.listen)))
        return refuse(Cli::tr("--listen “%1” must look like 127.0.0.1:%2 (an IP address and a port).")
                          .arg(parser.value(io.listen))
                          .arg(proxyMode ? ProxySettings::DefaultPort : InterceptSettings::DefaultPort));
    settings.upstream = CliRunner::connectionSettings(client);
    if (!proxyMode) {
        settings.fixedPath = parser.isSet(io.fixedPath);
        settings.keepHost = parser.isSet(io.keepHost);
        settings.certificatePath = parser.value(io.listenCert);
        settings.keyPath = parser.value(io.listenKey);
    }
    settings.forwardPings = !parser.isSet(io.noForwardPings);
    settings.rules = InterceptRuleSet(readRules(arguments, io, optionsWithValues(options), &problem));
    if (!problem.isEmpty())
        return refuse(problem);
    ProxySettings proxySettings;
    proxySettings.intercept = settings;
    if (proxyMode) {
        proxySettings.interceptHosts = parser.values(io.interceptHost);
        proxySettings.decryptTls = !parser.isSet(io.noDecrypt);
    }
    if (const QStringList problems = proxyMode ? proxySettings.problems() : settings.problems(); !problems.isEmpty())
        return refuse(problems.join(QLatin1Char('\n')));
    if (parser.isSet(io.breakpoint) && settings.autoReleaseS == 0) {
        err << Cli::tr("framewise-cli %1: warning: --break without --auto-release holds matching messages "
                       "(and every later one in their direction) until the connection ends.")
                   .arg(command)
            << '\n';
        err.flush();
    }
    runnerOptions.jsonl = client.jsonl;
    runnerOptions.quiet = client.quiet;
    runnerOptions.record = client.record;
    runnerOptions.databasePath = client.databasePath;
    runnerOptions.showSecrets = client.showSecrets;
    runnerOptions.proxy = proxyMode;
    runnerOptions.interceptHosts = proxySettings.interceptHosts;
    runnerOptions.decryptTls = proxySettings.decryptTls;
    if (proxyMode && proxySettings.decryptTls) {
        // The CA lives in the keychain; without one it lasts for this run, and apps must trust it anew.
        CaStore store;
        QString caError;
        runnerOptions.ca = store.loadOrCreate(&caError);
        if (runnerOptions.ca.isNull())
            err << Cli::tr("framewise-cli proxy: warning: no Framewise CA (%1); TLS is tunnelled without decrypting.")
                       .arg(caError)
                << '\n';
        else if (store.sessionOnly())
            err << Cli::tr("framewise-cli proxy: warning: %1").arg(store.unavailableReason()) << '\n';
        err.flush();
    }

    InterceptRunner runner(runnerOptions, &out, &err);
    QObject::connect(&runner, &InterceptRunner::finished, qApp, [](int code) { QCoreApplication::exit(code); });
    runner.start();
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    AllocatorPolicy::applyForStreaming(); // large buffers reused, not faulted in anew each time
    PrivateFiles::restrictProcess(); // every file this process creates is the user's alone
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("framewise-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FRAMEWISE_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    // --lang beats the system's languages; read before the parser so that --help is translated too.
    LanguageLoader::install(LanguageLoader::fromArguments(QCoreApplication::arguments()));
    // "framewise-cli sessions|export|import ...": the session database's commands, with their own options.
    if (QCoreApplication::arguments().size() >= 2 && StoreCommands::isCommand(QCoreApplication::arguments().at(1)))
        return StoreCommands::run(QCoreApplication::arguments(), out, err);
    const QString command = QCoreApplication::arguments().value(1);
    if (command == QLatin1String("intercept") || command == QLatin1String("proxy"))
        return runIntercept(QCoreApplication::arguments(), out, err);
    if (CaCommands::isCommand(command))
        return CaCommands::run(QCoreApplication::arguments(), out, err);

    QCommandLineParser parser;
    const CliOptions o;
    const HelpOptions helpOptions = addOptions(&parser, o);
    // parse(), not process(): an unknown option is a usage error (2), not a generic failure (1).
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(err, parser.errorText());
    if (parser.isSet(helpOptions.help))
        parser.showHelp(0);
    if (parser.isSet(helpOptions.version))
        parser.showVersion();
    if (parser.isSet(o.lang) && !LanguageLoader::isAvailable(parser.value(o.lang))) {
        err << Cli::tr("framewise-cli: no translation for “%1”; messages stay in English.").arg(parser.value(o.lang))
            << '\n';
        err.flush();
    }

    CliRunner::Options options;
    if (const QString problem = readOptions(parser, o, &options); !problem.isEmpty())
        return usageError(err, problem);
    if (const std::optional<int> exitCode = applyProfile(parser, o, &options, err))
        return *exitCode;

    CliRunner runner(options, &out, &err);
    QObject::connect(&runner, &CliRunner::finished, &app, [](int code) { QCoreApplication::exit(code); });
    runner.handleTerminationSignals(); // Ctrl+C and SIGTERM close normally instead of killing
    runner.start();
    return QCoreApplication::exec();
}
