// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Framewise {

// The messages every benchmark run moves. The first, the last and all others differ in their
// first byte ('F', 'L', 'M'), so a receiver that checks the first and last message it got knows
// that nothing was lost, duplicated or reordered at the ends; the rest is a fixed pattern
// (printable ASCII for text, all byte values for binary).
namespace Payload {

enum class Position { First, Middle, Last };

Position positionOf(qint64 index, qint64 count);
QByteArray make(Position position, qint64 size, bool text);
// The index of the one middle message whose content is checked as well (besides first and last).
inline qint64 sampledMiddleIndex(qint64 count)
{
    return count / 2;
}

} // namespace Payload
} // namespace Framewise
