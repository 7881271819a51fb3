// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"

#include "symboliciconengine.h"

#include <QDir>

namespace Framewise {

namespace {
const QString ActionDirectory = QStringLiteral(":/icons/actions");
}

QIcon Icons::action(const QString &name)
{
    return QIcon(new SymbolicIconEngine(ActionDirectory + u'/' + name + QStringLiteral(".svg")));
}

QStringList Icons::actionNames()
{
    QStringList names;
    const QStringList files = QDir(ActionDirectory).entryList({ QStringLiteral("*.svg") }, QDir::Files, QDir::Name);
    for (const QString &file : files)
        names.append(file.chopped(4));
    return names;
}

QIcon Icons::application()
{
    QIcon embedded;
    for (const int size : { 16, 22, 24, 32, 48, 64, 128, 256 }) {
        embedded.addFile(
            QStringLiteral(":/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(applicationId()), QSize(size, size));
    }
    return QIcon::fromTheme(applicationId(), embedded);
}

} // namespace Framewise
