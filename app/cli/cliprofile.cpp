// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliprofile.h"

#include "profilemanager.h"

#include <QCoreApplication>

namespace Framewise {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Framewise::CliProfile", text);
}
} // namespace

QString CliProfile::apply(const QString &name, const QString &profilesPath,
    const std::function<bool(const QString &option)> &isSet, bool urlGiven, CliRunner::Options *options, int *exitCode)
{
    *exitCode = CliRunner::ExitUsage;
    ProfileManager manager(profilesPath);
    if (manager.load() != ProfileStore::Status::Ok) {
        *exitCode = CliRunner::ExitStore; // a file that cannot be used, not a wrong option
        return manager.store().errorString();
    }
    QStringList missing;
    QString error;
    std::optional<Profile> profile = manager.withSecretsByName(name, &missing, &error);
    if (!profile)
        return error;
    if (!missing.isEmpty()) {
        // The environment may supply the passwords, as without a profile.
        const QString password = qEnvironmentVariable("FRAMEWISE_PASSWORD");
        const QString passphrase = qEnvironmentVariable("FRAMEWISE_KEY_PASSPHRASE");
        QStringList stillMissing;
        for (const QString &field : std::as_const(missing)) {
            if (field == QLatin1String("password") && !password.isEmpty())
                profile->password = password;
            else if (field == QLatin1String("keyPassphrase") && !passphrase.isEmpty())
                profile->keyPassphrase = passphrase;
            else
                stillMissing.append(field);
        }
        if (!stillMissing.isEmpty()) {
            const QString why = manager.secrets().sessionOnly() ? manager.secrets().unavailableReason() : error;
            return tr("The profile “%1” needs secrets that have no saved value: %2. %3")
                .arg(name, stillMissing.join(QStringLiteral(", ")), why)
                .trimmed();
        }
    }
    if (urlGiven || options->localEcho)
        profile->url = urlGiven ? options->url.toString() : QStringLiteral("ws://127.0.0.1/");
    ConnectionSettings settings;
    const QStringList problems = profile->resolve(&settings);
    if (!problems.isEmpty())
        return tr("Profile “%1”: %2").arg(name, problems.join(u' '));

    if (!urlGiven && !options->localEcho)
        options->url = settings.url;
    // What the window would hide, the CLI hides: in its output, the recording and exports.
    options->profileName = profile->name;
    options->secretHeaders = settings.secretHeaders;
    options->secretValues = settings.secretValues;
    HttpHeaders headers = settings.headers;
    for (const auto &[header, value] : options->headers.entries())
        headers.append(header, value);
    options->headers = headers;
    if (!isSet(QStringLiteral("origin")))
        options->origin = settings.origin;
    if (!isSet(QStringLiteral("protocol")))
        options->protocols = settings.protocols;
    if (!isSet(QStringLiteral("ping-interval")))
        options->pingInterval = settings.pingIntervalS;
    if (!isSet(QStringLiteral("ping-timeout")))
        options->pingTimeout = settings.pingTimeoutS;
    if (!isSet(QStringLiteral("rtt-probe")))
        options->rttProbeInterval = settings.rttProbeIntervalS;
    if (!isSet(QStringLiteral("no-compression")))
        options->compression = settings.deflate.enabled;
    if (!isSet(QStringLiteral("ca-file")))
        options->caFiles = settings.caFiles;
    if (!isSet(QStringLiteral("pin")))
        options->pins = settings.pins;
    if (!isSet(QStringLiteral("cert")) && !isSet(QStringLiteral("pkcs12"))) {
        options->clientCertificate = settings.clientCertificate;
        options->clientKey = settings.clientKey;
        options->pkcs12 = settings.pkcs12;
        if (!settings.keyPassphrase.isEmpty())
            options->keyPassphrase = settings.keyPassphrase;
    }
    if (!isSet(QStringLiteral("proxy")) && !isSet(QStringLiteral("system-proxy"))) {
        QUrl proxy(settings.proxy);
        if (!settings.proxyUser.isEmpty()) {
            proxy.setUserName(settings.proxyUser);
            proxy.setPassword(settings.proxyPassword);
        }
        options->proxy = settings.proxy.isEmpty() ? QString() : proxy.toString();
        options->systemProxy = settings.systemProxy;
    }
    if (!isSet(QStringLiteral("user")) && !settings.user.isEmpty()) {
        options->user = settings.user;
        options->password = settings.password;
    }
    return {};
}

} // namespace Framewise
