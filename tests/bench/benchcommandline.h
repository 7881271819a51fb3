// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCommandLineOption;
class QCommandLineParser;
class QTextStream;

namespace Framewise {

// What the command lines of bench_intercept and bench_proxy have in common: their numbers, and
// the mitmdump they compare with.
namespace BenchCommandLine {

// Reads option's value into value; false, having told err ("--NAME needs a positive number"),
// when it is not a whole number of at least 1.
bool positiveNumber(
    const QCommandLineParser &parser, const QCommandLineOption &option, qint64 *value, QTextStream &err);

// mitmdump's path; empty when it is not installed, which out is told (the bench goes on without).
QString findMitmdump(QTextStream &out);

} // namespace BenchCommandLine
} // namespace Framewise
