// SPDX-License-Identifier: GPL-3.0-or-later
#include "randombytes.h"

#include <QRandomGenerator>

namespace Framewise {

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = char(generator.bounded(256));
    return data;
}

} // namespace Framewise
