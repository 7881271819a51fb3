// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSignalSpy;

namespace Framewise {

struct StopStatus;

// A stop status in full, for a failure message: the reason, the close codes sent and received,
// the reason received and the detail ("Ok (sent 1000, received 1000 \"bye\"): ...").
QString stopDetails(const StopStatus &status);

// Why a channel stopped, for a QVERIFY2 message: the StopStatus message of the first stopped()
// signal a spy caught, or "(not stopped)".
QString stopText(const QSignalSpy &stopped);

} // namespace Framewise
