// SPDX-License-Identifier: GPL-3.0-or-later
#include "proxysettings.h"

#include "hostpatternlist.h"

#include <QCoreApplication>

namespace Framewise {

QStringList ProxySettings::problems() const
{
    // Every request names its own server, so the intercept's upstream URL is checked as one that
    // is fine; the rest (listen address, rules, upstream options) as an intercept checks them.
    InterceptSettings checked = intercept;
    checked.upstream.url = QUrl(QStringLiteral("ws://proxy.invalid/"));
    QStringList found = checked.problems();
    QString error;
    if (!HostPatternList::parse(interceptHosts, &error))
        found.append(error);
    if (requestTimeoutMs <= 0)
        found.append(QCoreApplication::translate("Framewise::ProxySettings", "The request timeout must be positive."));
    return found;
}

} // namespace Framewise
