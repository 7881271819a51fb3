// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchcommandline.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStandardPaths>
#include <QTextStream>

namespace Framewise::BenchCommandLine {

bool positiveNumber(const QCommandLineParser &parser, const QCommandLineOption &option, qint64 *value, QTextStream &err)
{
    bool ok = false;
    *value = parser.value(option).toLongLong(&ok);
    if (!ok || *value < 1) {
        err << "--" << option.names().constFirst() << " needs a positive number\n";
        return false;
    }
    return true;
}

QString findMitmdump(QTextStream &out)
{
    QString path = QStandardPaths::findExecutable(QStringLiteral("mitmdump"));
    if (path.isEmpty())
        out << "mitmdump is not installed (packaging/install-deps.sh --bench installs Debian's mitmproxy); "
               "measuring without it.\n";
    return path;
}

} // namespace Framewise::BenchCommandLine
