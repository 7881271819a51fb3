// SPDX-License-Identifier: GPL-3.0-or-later
#include "stoptext.h"

#include "stopstatus.h"

#include <QSignalSpy>

namespace Framewise {

QString stopDetails(const StopStatus &status)
{
    return QStringLiteral("%1 (sent %2, received %3 \"%4\"): %5")
        .arg(StopStatus::reasonName(status.reason))
        .arg(status.closeCodeSent)
        .arg(status.closeCodeReceived)
        .arg(status.closeReasonReceived, status.detail);
}

QString stopText(const QSignalSpy &stopped)
{
    return stopped.isEmpty() ? QStringLiteral("(not stopped)") : stopped.first().first().value<StopStatus>().message();
}

} // namespace Framewise
