// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSignalSpy;

namespace Framewise {

// Why a channel stopped, for a QVERIFY2 message: the StopStatus message of the first stopped()
// signal a spy caught, or "(not stopped)".
QString stopText(const QSignalSpy &stopped);

} // namespace Framewise
