// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallclock.h"

#include <QDateTime>
#include <QElapsedTimer>

namespace Framewise {

namespace {
struct Anchor {
    Anchor()
        : epochUs(QDateTime::currentMSecsSinceEpoch() * 1000)
    {
        elapsed.start();
    }
    qint64 epochUs;
    QElapsedTimer elapsed;
};
} // namespace

qint64 WallClock::nowUs()
{
    static const Anchor anchor; // thread-safe initialisation
    return anchor.epochUs + anchor.elapsed.nsecsElapsed() / 1000;
}

} // namespace Framewise
