// SPDX-License-Identifier: GPL-3.0-or-later
#include "stoptext.h"

#include "stopstatus.h"

#include <QSignalSpy>

namespace Framewise {

QString stopText(const QSignalSpy &stopped)
{
    return stopped.isEmpty() ? QStringLiteral("(not stopped)") : stopped.first().first().value<StopStatus>().message();
}

} // namespace Framewise
