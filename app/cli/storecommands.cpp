// SPDX-License-Identifier: GPL-3.0-or-later
#include "storecommands.h"

#include "jsontext.h"
#include "sessionexporter.h"
#include "sessionimporter.h"
#include "sessionstore.h"
#include "storedsession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <limits>

namespace Framewise {

namespace {
int usage(QTextStream &err, const QString &command, const QString &message)
{
    err << StoreCommands::tr("framewise-cli: %1").arg(message) << '\n'
        << StoreCommands::tr("Try 'framewise-cli %1 --help' for the options.").arg(command) << '\n';
    err.flush();
    return StoreCommands::ExitUsage;
}

int failure(QTextStream &err, const QString &message)
{
    err << StoreCommands::tr("framewise-cli: %1").arg(message) << '\n';
    err.flush();
    return StoreCommands::ExitStore;
}

QCommandLineOption databaseOption()
{
    return QCommandLineOption(QStringLiteral("db"),
        StoreCommands::tr("The session database (default: %1).").arg(SessionStore::defaultPath()),
        QStringLiteral("path"));
}

// Parses; on --help prints it and returns 0 in *exitCode; on a bad option a usage error.
bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &command, QTextStream &out,
    QTextStream &err, int *exitCode)
{
    const QCommandLineOption help = parser.addHelpOption();
    // Read before parsing (LanguageLoader::fromArguments); accepted here so it is no unknown option.
    parser.addOption(QCommandLineOption(
        QStringLiteral("lang"), StoreCommands::tr("Language of the messages."), QStringLiteral("code")));
    QStringList args = arguments;
    if (args.size() >= 2)
        args.removeAt(1); // the command itself
    if (!parser.parse(args)) {
        *exitCode = usage(err, command, parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        out << parser.helpText().replace(
            QStringLiteral("framewise-cli [options]"), QStringLiteral("framewise-cli %1 [options]").arg(command));
        out.flush();
        *exitCode = StoreCommands::ExitOk;
        return false;
    }
    return true;
}

QString humanSize(qint64 bytes)
{
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    if (bytes < qint64(1024) * 1024)
        return QStringLiteral("%1 KiB").arg(double(bytes) / 1024.0, 0, 'f', 1);
    return QStringLiteral("%1 MiB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}
} // namespace

bool StoreCommands::isCommand(const QString &argument)
{
    return argument == QLatin1String("sessions") || argument == QLatin1String("export")
        || argument == QLatin1String("import");
}

QString StoreCommands::helpText()
{
    return tr("Recorded sessions (--record keeps one in the session database):\n"
              "  framewise-cli sessions [--search TEXT] [--jsonl] [--db PATH]   list recorded sessions\n"
              "  framewise-cli export SESSION --format har|jsonl|csv|text [-o FILE] [--db PATH]\n"
              "  framewise-cli import FILE.har|FILE.jsonl [--db PATH]\n"
              "Each command has its own --help.\n");
}

int StoreCommands::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("sessions"))
        return listSessions(arguments, out, err);
    if (command == QLatin1String("export"))
        return exportSession(arguments, out, err);
    if (command == QLatin1String("import"))
        return importFile(arguments, out, err);
    return usage(err, QString(), tr("Unknown command “%1”.").arg(command));
}

int StoreCommands::listSessions(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the recorded sessions, newest first."));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption search(QStringLiteral("search"),
        tr("Only sessions whose URL, profile, state or ending contains this text (as the window's History "
           "search)."),
        QStringLiteral("text"));
    const QCommandLineOption jsonl(QStringLiteral("jsonl"), tr("One JSON object per session."));
    parser.addOptions({ db, search, jsonl });
    int exitCode = ExitOk;
    if (!parse(parser, arguments, QStringLiteral("sessions"), out, err, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return usage(err, QStringLiteral("sessions"),
            tr("Unexpected argument “%1”.").arg(parser.positionalArguments().constFirst()));
    SessionStore store;
    if (!store.open(parser.value(db)))
        return failure(err, store.errorString());
    QList<SessionInfo> sessions = store.sessions();
    if (!store.errorString().isEmpty())
        return failure(err, store.errorString());
    if (const QString text = parser.value(search); !text.isEmpty())
        sessions.removeIf(
            [&text](const SessionInfo &info) { return !info.searchText().contains(text, Qt::CaseInsensitive); });
    if (parser.isSet(jsonl)) {
        for (const SessionInfo &info : sessions) {
            const QJsonObject object { { QStringLiteral("id"), info.id }, { QStringLiteral("url"), info.url },
                { QStringLiteral("state"), SessionInfo::stateName(info.state) },
                { QStringLiteral("started"), JsonText::isoTime(info.startedUs, false) },
                { QStringLiteral("started_us"), info.startedUs }, { QStringLiteral("ended_us"), info.endedUs },
                { QStringLiteral("records"), info.messageCount },
                { QStringLiteral("payload_bytes"), info.payloadBytes }, { QStringLiteral("profile"), info.profileName },
                { QStringLiteral("stop_status"), info.stopStatus }, { QStringLiteral("source"), info.source },
                { QStringLiteral("kind"), info.kind } };
            out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
        }
        out.flush();
        return ExitOk;
    }
    if (sessions.isEmpty()) {
        out << tr("No recorded sessions in %1.").arg(store.path()) << '\n';
        out.flush();
        return ExitOk;
    }
    // The kind as History shows it: a connection of its own or an app's, through an intercept.
    qsizetype kindWidth = tr("KIND").size();
    for (const SessionInfo &info : sessions)
        kindWidth = std::max(kindWidth, SessionInfo::displayKindName(info.kind).size());
    out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
               .arg(tr("ID"), 5)
               .arg(tr("KIND"), -int(kindWidth))
               .arg(tr("STATE"), -11)
               .arg(tr("STARTED"), -19)
               .arg(tr("RECORDS"), 8)
               .arg(tr("SIZE"), 10)
               .arg(tr("URL"));
    for (const SessionInfo &info : sessions) {
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                   .arg(info.id, 5)
                   .arg(SessionInfo::displayKindName(info.kind), -int(kindWidth))
                   .arg(SessionInfo::stateName(info.state), -11)
                   .arg(QDateTime::fromMSecsSinceEpoch(info.startedUs / 1000)
                            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                       -19)
                   .arg(info.messageCount, 8)
                   .arg(humanSize(info.payloadBytes), 10)
                   .arg(info.url);
    }
    out.flush();
    return ExitOk;
}

int StoreCommands::exportSession(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Exports a recorded session (its id from 'framewise-cli sessions') as HAR (with Chrome's "
           "_webSocketMessages), JSON Lines, CSV or plain text."));
    parser.addPositionalArgument(QStringLiteral("session"), tr("The session's id."), QStringLiteral("SESSION"));
    const QCommandLineOption db = databaseOption();
    const QCommandLineOption format(QStringLiteral("format"), tr("har, jsonl, csv or text."), QStringLiteral("format"));
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") },
        tr("Write to this file instead of stdout."), QStringLiteral("file"));
    parser.addOptions({ db, format, output });
    int exitCode = ExitOk;
    if (!parse(parser, arguments, QStringLiteral("export"), out, err, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(err, QStringLiteral("export"), tr("Give exactly one session id."));
    bool ok = false;
    const qint64 id = positional.first().toLongLong(&ok);
    if (!ok || id <= 0)
        return usage(err, QStringLiteral("export"), tr("“%1” is not a session id.").arg(positional.first()));
    if (!parser.isSet(format))
        return usage(err, QStringLiteral("export"), tr("--format is required: har, jsonl, csv or text."));
    std::unique_ptr<SessionExporter> exporter = SessionExporter::create(parser.value(format));
    if (!exporter)
        return usage(err, QStringLiteral("export"),
            tr("--format “%1” is not one of har, jsonl, csv, text.").arg(parser.value(format)));

    SessionStore store;
    if (!store.open(parser.value(db)))
        return failure(err, store.errorString());
    StoredSession session(store.path(), id);
    if (!session.open())
        return failure(err, session.errorString());
    if (parser.isSet(output)) {
        if (!exporter->exportToFile(session, parser.value(output)))
            return failure(err, exporter->errorString());
        return ExitOk;
    }
    out.flush();
    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
        return failure(err, tr("Cannot write to stdout."));
    if (!exporter->exportToDevice(session, &stdoutFile))
        return failure(err, exporter->errorString());
    stdoutFile.flush();
    return ExitOk;
}

int StoreCommands::importFile(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports every WebSocket connection in a HAR file (from Chrome DevTools, Firefox or Framewise) or a "
           "Framewise JSON Lines export as read-only sessions. A HAR message that lacks a time, a type, an opcode or "
           "its data is left out and counted, as in Chrome; a file broken anywhere else imports nothing."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The .har or .jsonl file."), QStringLiteral("FILE"));
    const QCommandLineOption db = databaseOption();
    parser.addOption(db);
    int exitCode = ExitOk;
    if (!parse(parser, arguments, QStringLiteral("import"), out, err, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(err, QStringLiteral("import"), tr("Give exactly one file."));
    SessionStore store;
    if (!store.open(parser.value(db)))
        return failure(err, store.errorString());
    std::unique_ptr<SessionImporter> importer = SessionImporter::forFile(positional.first());
    if (!importer->read(positional.first()))
        return failure(err, importer->errorString());
    const QList<qint64> ids = store.importSessions(importer->sessions());
    if (ids.isEmpty()) // the file was read; the store refused it (a full disk, a locked database)
        return failure(err, QFileInfo(positional.first()).fileName() + QStringLiteral(": ") + store.errorString());
    const std::vector<ImportedSession> &sessions = importer->sessions();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const ImportedSession &session = sessions[std::size_t(i)];
        out << tr("Imported session %1: %2 (%n records)", nullptr, int(session.records.size()))
                   .arg(ids.at(i))
                   .arg(session.info.url)
            << '\n';
    }
    if (importer->skippedMessages() > 0) // left out as Chrome's importer leaves them out
        out << tr("Left out %n message(s): each lacked a time, a type, an opcode or its data, or had one that could "
                  "not be read.",
            nullptr, int(std::min<qsizetype>(importer->skippedMessages(), std::numeric_limits<int>::max())))
            << '\n';
    out.flush();
    return ExitOk;
}

} // namespace Framewise
