// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionsettings.h"

#include <QCoreApplication>

namespace Framewise {

QString ConnectionSettings::redact(QString text) const
{
    for (const QString &secret : secretValues) {
        if (secret.size() >= 3) // shorter values would blank out ordinary text
            text.replace(secret, QStringLiteral("••••"));
    }
    return text;
}

QString ConnectionSettings::validateUrl(const QString &text)
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("Framewise::ConnectionSettings", s); };
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter a ws:// or wss:// address.");
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return tr("This is not a valid address: %1").arg(url.errorString());
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return tr("Use %1:// instead of %2:// for WebSocket connections.")
            .arg(scheme == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"), scheme);
    if (scheme != QLatin1String("ws") && scheme != QLatin1String("wss"))
        return tr("The address must start with ws:// or wss://.");
    if (url.host().isEmpty())
        return tr("The address has no host name.");
    if (!url.fragment().isEmpty())
        return tr("WebSocket addresses cannot have a #fragment.");
    return {};
}

} // namespace Framewise
