// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Framewise {

// The one clock every record's time comes from: microseconds since the epoch, anchored once per
// process and advanced by a monotonic timer (a changed system clock does not reorder a log).
// The channel and the session each kept their own anchor in whole milliseconds, so a message
// could show up to 1 ms before the one it answered.
class WallClock {
public:
    static qint64 nowUs();
};

} // namespace Framewise
