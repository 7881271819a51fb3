// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Framewise {

// The parent process: for each scenario and each implementation starts a fresh blaster process
// and a fresh client process, collects the client's JSON line, keeps the best of the repeats
// and prints the comparison table.
class BenchRunner {
public:
    struct Options {
        QList<Scenario> scenarios;
        int repeat = 5;
        bool verbose = false;
    };

    explicit BenchRunner(const Options &options);
    int run(); // 0 when every run verified and every target was met, 1 for a miss, 2 for a failed run

private:
    std::optional<QJsonObject> runOnce(const Scenario &scenario, const QString &implementation, QString *error);

    Options m_options;
};

} // namespace Framewise
