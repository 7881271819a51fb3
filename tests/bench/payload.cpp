// SPDX-License-Identifier: GPL-3.0-or-later
#include "payload.h"

namespace Framewise::Payload {

Position positionOf(qint64 index, qint64 count)
{
    if (index == 0)
        return Position::First;
    if (index == count - 1)
        return Position::Last;
    return Position::Middle;
}

QByteArray make(Position position, qint64 size, bool text)
{
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    char *out = bytes.data();
    for (qint64 i = 0; i < size; ++i)
        out[i] = text ? char('a' + i % 26) : char((i * 131 + 7) & 0xFF);
    if (size > 0) {
        switch (position) {
        case Position::First:
            out[0] = 'F';
            break;
        case Position::Middle:
            out[0] = 'M';
            break;
        case Position::Last:
            out[0] = 'L';
            break;
        }
    }
    return bytes;
}

} // namespace Framewise::Payload
