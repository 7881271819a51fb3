// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostpatternlist.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace Framewise {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Framewise::HostPatternList", text);
}

bool isHostName(const QString &name)
{
    if (name.isEmpty() || name.size() > 253)
        return false;
    const QStringList labels = name.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63)
            return false;
        for (const QChar c : label) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') && c != QLatin1Char('_'))
                return false;
        }
    }
    return true;
}
} // namespace

std::optional<HostPatternList> HostPatternList::parse(const QStringList &patterns, QString *error)
{
    HostPatternList list;
    for (const QString &given : patterns) {
        const QString text = given.trimmed();
        if (text.contains(QLatin1String("://")) || text.contains(QLatin1Char('/'))) {
            *error = tr("“%1” is an address, not a host pattern: give the host alone (example.com, *.example.com, "
                        "an IP address), optionally with :port.")
                         .arg(text);
            return std::nullopt;
        }
        Pattern pattern;
        pattern.text = text;
        QString host = text.toLower();
        // A port after the last colon, unless that colon is inside a bare IPv6 address.
        const qsizetype colon = host.lastIndexOf(QLatin1Char(':'));
        const bool bracketed = host.startsWith(QLatin1Char('['));
        if (colon > 0 && (bracketed || host.count(QLatin1Char(':')) == 1)) {
            bool ok = false;
            const uint port = host.mid(colon + 1).toUInt(&ok);
            if (!ok || port == 0 || port > 65535) {
                *error = tr("“%1” has no valid port after its colon (1 to 65535).").arg(text);
                return std::nullopt;
            }
            pattern.port = int(port);
            host = host.left(colon);
        }
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
        const QString name = host.startsWith(QLatin1String("*.")) ? host.mid(2) : host;
        const bool valid = host == QLatin1String("*") || !QHostAddress(host).isNull() || isHostName(name);
        if (!valid) {
            *error = tr("“%1” is not a host pattern: give a host name, *.domain, * or an IP address, "
                        "optionally with :port.")
                         .arg(text);
            return std::nullopt;
        }
        pattern.host = host;
        list.m_patterns.append(pattern);
    }
    return list;
}

bool HostPatternList::matches(const QString &host, quint16 port) const
{
    if (m_patterns.isEmpty())
        return true;
    QString name = host.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1); // "example.com." is example.com
    const QHostAddress address(name);
    for (const Pattern &pattern : m_patterns) {
        if (pattern.port >= 0 && pattern.port != port)
            continue;
        if (pattern.host == QLatin1String("*"))
            return true;
        if (pattern.host.startsWith(QLatin1String("*."))) {
            if (name.endsWith(pattern.host.mid(1)) && name.size() > pattern.host.size() - 1)
                return true;
            continue;
        }
        const QHostAddress patternAddress(pattern.host);
        if (!patternAddress.isNull() ? patternAddress.isEqual(address) : pattern.host == name)
            return true;
    }
    return false;
}

QStringList HostPatternList::patterns() const
{
    QStringList texts;
    for (const Pattern &pattern : m_patterns)
        texts.append(pattern.text);
    return texts;
}

} // namespace Framewise
