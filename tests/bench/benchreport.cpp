// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchreport.h"

namespace Framewise::BenchReport {

QString formatRate(double value)
{
    if (value >= 1e6)
        return QString::number(value / 1e6, 'f', 2) + QStringLiteral(" M");
    if (value >= 1e3)
        return QString::number(value / 1e3, 'f', 1) + QStringLiteral(" k");
    return QString::number(value, 'f', 1);
}

QString mib(qint64 kib)
{
    return kib < 0 ? QStringLiteral("-") : QString::number(double(kib) / 1024.0, 'f', 1) + QStringLiteral(" MiB");
}

} // namespace Framewise::BenchReport
