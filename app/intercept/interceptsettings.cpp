// SPDX-License-Identifier: GPL-3.0-or-later
#include "interceptsettings.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Framewise {

bool InterceptSettings::setListen(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype colon = trimmed.lastIndexOf(QLatin1Char(':'));
    QString host = colon >= 0 ? trimmed.left(colon) : QString();
    bool ok = false;
    const uint port = trimmed.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return false;
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    QHostAddress address = listenAddress;
    if (host == QLatin1String("localhost"))
        address = QHostAddress::LocalHost;
    else if (!host.isEmpty() && !address.setAddress(host))
        return false;
    listenAddress = address;
    listenPort = quint16(port);
    return true;
}

QStringList InterceptSettings::problems() const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Framewise::InterceptSettings", text); };
    QStringList found;
    if (listenAddress.isNull())
        found.append(tr("The listen address is not a valid IP address."));
    const QString urlProblem = ConnectionSettings::validateUrl(upstream.url.toString());
    if (!urlProblem.isEmpty())
        found.append(tr("Upstream: %1").arg(urlProblem));
    if (certificatePath.isEmpty() != keyPath.isEmpty())
        found.append(tr("To accept wss:// from the app, give both a certificate and its private key."));
    for (const QString &path : { certificatePath, keyPath }) {
        if (!path.isEmpty() && !QFileInfo(path).isReadable())
            found.append(tr("Cannot read %1.").arg(path));
    }
    found += upstream.problems();
    found += rules.validate();
    if (autoReleaseS < 0)
        found.append(tr("The auto-release time cannot be negative."));
    return found;
}

} // namespace Framewise
