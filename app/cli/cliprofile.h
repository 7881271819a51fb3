// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clirunner.h"

#include <QString>

#include <functional>

namespace Framewise {

// framewise-cli --profile NAME: the saved profile (secrets from the keychain, variables expanded)
// becomes the CLI's options; options given on the command line win over the profile's.
class CliProfile {
public:
    // isSet("origin") tells whether the command line gave that option. Returns an empty string on
    // success, otherwise what is wrong in words (no such profile, a damaged profiles file, an
    // undefined variable, a secret with no saved value) and sets *exitCode: CliRunner::ExitStore
    // when the profiles file itself cannot be used, else CliRunner::ExitUsage.
    static QString apply(const QString &name, const QString &profilesPath,
        const std::function<bool(const QString &option)> &isSet, bool urlGiven, CliRunner::Options *options,
        int *exitCode);
};

} // namespace Framewise
