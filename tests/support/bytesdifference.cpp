// SPDX-License-Identifier: GPL-3.0-or-later
#include "bytesdifference.h"

#include <algorithm>

namespace Framewise {

QString firstDifference(const QByteArray &got, const QByteArray &expected)
{
    const qsizetype common = std::min(got.size(), expected.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (got.at(i) != expected.at(i))
            return QStringLiteral("sizes %1/%2, first difference at byte %3: 0x%4 instead of 0x%5")
                .arg(got.size())
                .arg(expected.size())
                .arg(i)
                .arg(quint8(got.at(i)), 2, 16, QLatin1Char('0'))
                .arg(quint8(expected.at(i)), 2, 16, QLatin1Char('0'));
    }
    return QStringLiteral("got %1 bytes, expected %2").arg(got.size()).arg(expected.size());
}

} // namespace Framewise
