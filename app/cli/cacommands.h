// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Framewise {

// `framewise-cli ca`: the Framewise certificate authority that `framewise-cli proxy` and the
// window's proxy decrypt TLS with. Its key stays in the keychain; only the certificate leaves it.
//   framewise-cli ca --export PATH [--der]   the certificate, PEM (or DER), for apps to trust
//   framewise-cli ca --fingerprint           SHA-256 and SHA-1 fingerprints and validity
//   framewise-cli ca --regenerate            a new CA (apps must trust the new one)
class CaCommands {
    Q_DECLARE_TR_FUNCTIONS(Framewise::CaCommands)
public:
    static constexpr int ExitOk = 0;
    static constexpr int ExitFailed = 1;
    static constexpr int ExitUsage = 2;

    static bool isCommand(const QString &argument) { return argument == QLatin1String("ca"); }
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static QString helpText(); // the lines the main --help shows
};

} // namespace Framewise
