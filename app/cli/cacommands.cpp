// SPDX-License-Identifier: GPL-3.0-or-later
#include "cacommands.h"

#include "castore.h"

#include <QCommandLineParser>
#include <QSaveFile>
#include <QTextStream>

namespace Framewise {

namespace {
int usage(QTextStream &err, const QString &message)
{
    err << CaCommands::tr("framewise-cli ca: %1").arg(message) << '\n'
        << CaCommands::tr("Try 'framewise-cli ca --help' for the options.") << '\n';
    err.flush();
    return CaCommands::ExitUsage;
}
} // namespace

QString CaCommands::helpText()
{
    return tr("The Framewise certificate authority (what the proxy decrypts TLS with; its key stays in the "
              "keychain):\n"
              "  framewise-cli ca --export PATH [--der]   write its certificate for apps and browsers to trust\n"
              "  framewise-cli ca --fingerprint           show its fingerprints and validity\n"
              "  framewise-cli ca --regenerate            replace it (apps must then trust the new one)\n");
}

int CaCommands::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The Framewise certificate authority that framewise-cli proxy (and the window's proxy) decrypts TLS with. "
           "It is made on first use; its private key lives in the system keychain and never in a file. Apps and "
           "browsers trust it once its certificate is imported (see the README).\n\n"
           "Exit status: 0 done, 1 failed (no keychain, a file that cannot be written), 2 usage error."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption exportTo { QStringLiteral("export"),
        tr("Write the CA's certificate to this file (PEM unless --der)."), QStringLiteral("path") };
    const QCommandLineOption der { QStringLiteral("der"), tr("With --export: DER instead of PEM.") };
    const QCommandLineOption fingerprint { QStringLiteral("fingerprint"),
        tr("Print the CA's SHA-256 and SHA-1 fingerprints, subject and validity.") };
    const QCommandLineOption regenerate { QStringLiteral("regenerate"),
        tr("Make a new CA in place of the old one. Apps that trusted the old one must be given the new one.") };
    parser.addOptions({ exportTo, der, fingerprint, regenerate });
    QStringList withoutCommand = arguments;
    withoutCommand.removeAt(1);
    if (!parser.parse(withoutCommand))
        return usage(err, parser.errorText());
    if (parser.isSet(help)) {
        out << parser.helpText().replace(QStringLiteral("[options]"), QStringLiteral("ca [options]"));
        out.flush();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(err,
            tr("ca takes no arguments besides options (got “%1”).").arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(exportTo) && !parser.isSet(fingerprint) && !parser.isSet(regenerate))
        return usage(err, tr("say what to do: --export PATH, --fingerprint or --regenerate."));
    if (parser.isSet(der) && !parser.isSet(exportTo))
        return usage(err, tr("--der is for --export."));

    CaStore store;
    QString error;
    const CertificateAuthority ca = parser.isSet(regenerate) ? store.regenerate(&error) : store.loadOrCreate(&error);
    if (ca.isNull()) {
        err << tr("framewise-cli ca: %1").arg(error) << '\n';
        err.flush();
        return ExitFailed;
    }
    if (store.sessionOnly()) {
        // A CA that dies with this process is of no use to export or regenerate.
        err << tr("framewise-cli ca: no keychain, so no Framewise CA is kept and there is nothing to %1. A running "
                  "framewise-cli proxy makes one for as long as it runs and hands out its certificate at "
                  "http://ADDRESS:PORT/framewise-ca.pem.")
                   .arg(parser.isSet(regenerate) ? tr("regenerate") : tr("show or export"))
            << '\n';
        err.flush();
        return ExitFailed;
    }
    if (parser.isSet(regenerate))
        out << tr("A new Framewise CA was made. Apps and browsers that trusted the old one must be given this one.")
            << '\n';
    if (parser.isSet(exportTo)) {
        QSaveFile file(parser.value(exportTo));
        const QByteArray bytes = parser.isSet(der) ? ca.certificateDer() : ca.certificatePem();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            err << tr("framewise-cli ca: cannot write %1: %2").arg(parser.value(exportTo), file.errorString()) << '\n';
            err.flush();
            return ExitFailed;
        }
        out << tr("Wrote the Framewise CA certificate (%1) to %2")
                   .arg(parser.isSet(der) ? QStringLiteral("DER") : QStringLiteral("PEM"), parser.value(exportTo))
            << '\n';
    }
    if (parser.isSet(fingerprint) || parser.isSet(regenerate)) {
        out << tr("Subject: %1").arg(ca.certificate().subjectDisplayName()) << '\n'
            << tr("SHA-256: %1").arg(QString::fromLatin1(ca.sha256Fingerprint())) << '\n'
            << tr("SHA-1: %1").arg(ca.sha1FingerprintText()) << '\n'
            << tr("Valid from %1 until %2")
                   .arg(ca.notBefore().toUTC().toString(Qt::ISODate), ca.notAfter().toUTC().toString(Qt::ISODate))
            << '\n';
    }
    out.flush();
    return ExitOk;
}

} // namespace Framewise
