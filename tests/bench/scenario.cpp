// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario.h"

namespace Framewise {

QString Scenario::blasterMode() const
{
    if (!isReceive())
        return QStringLiteral("sink");
    return text ? QStringLiteral("text") : QStringLiteral("binary");
}

QString Scenario::describe() const
{
    return QStringLiteral("%1 %2 x %3 B %4")
        .arg(isReceive() ? QStringLiteral("receive") : QStringLiteral("send"))
        .arg(count)
        .arg(size)
        .arg(text ? QStringLiteral("text") : QStringLiteral("binary"));
}

QList<Scenario> Scenario::defaults()
{
    return {
        { QStringLiteral("receive-small"), Direction::Receive, true, 1000000, 64, 2.0 },
        { QStringLiteral("receive-large"), Direction::Receive, false, 1024, 1024 * 1024, 1.0 },
        { QStringLiteral("send-small"), Direction::Send, true, 1000000, 64, 1.4 },
    };
}

std::optional<Scenario> Scenario::byName(const QString &name)
{
    for (const Scenario &scenario : defaults()) {
        if (scenario.name == name)
            return scenario;
    }
    return std::nullopt;
}

} // namespace Framewise
