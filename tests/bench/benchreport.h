// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Framewise {

// The figures of the benchmarks' tables as they print them, and which of N runs counts.
namespace BenchReport {

// 5370000 -> "5.37 M", 486200 -> "486.2 k", 950 -> "950.0".
QString formatRate(double value);
// KiB as "12.3 MiB", "-" when unknown (negative).
QString mib(qint64 kib);

// Best of N: the fastest verified run counts; a failed run is kept (for its error) only while
// none verified, and only the first one. Run has ok and error; time(run) is what "fastest" means.
template <typename Run, typename Time> void keepFastest(Run &best, const Run &run, Time time)
{
    if ((run.ok && (!best.ok || time(run) < time(best))) || (!best.ok && best.error.isEmpty()))
        best = run;
}

} // namespace BenchReport
} // namespace Framewise
