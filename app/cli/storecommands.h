// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Framewise {

// framewise-cli's commands over the session store:
//   framewise-cli sessions [--search TEXT] [--jsonl] [--db PATH]
//   framewise-cli export SESSION --format har|jsonl|csv|text [-o FILE] [--db PATH]
//   framewise-cli import FILE [--db PATH]
// Exit status: 0 done, 2 usage error, 3 the store or a file could not be used (cannot open,
// no such session, a malformed import, a failed write).
class StoreCommands {
    Q_DECLARE_TR_FUNCTIONS(StoreCommands)
public:
    static constexpr int ExitOk = 0;
    static constexpr int ExitUsage = 2;
    static constexpr int ExitStore = 3;

    static bool isCommand(const QString &argument);
    static QString helpText(); // the lines --help shows about the commands
    // arguments as QCoreApplication::arguments(): the program, the command, its arguments.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

private:
    static int listSessions(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int exportSession(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int importFile(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace Framewise
