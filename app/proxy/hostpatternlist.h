// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Framewise {

// Which hosts an HTTP proxy intercepts: "example.com" (that host), "*.example.com" (its
// subdomains, not itself), "*" (every host), an IP address, each optionally with ":PORT" (only
// that port). Names match without case. An empty list matches every host.
class HostPatternList {
public:
    // nullopt with *error naming the first pattern that is not one of the forms above.
    static std::optional<HostPatternList> parse(const QStringList &patterns, QString *error);

    bool matches(const QString &host, quint16 port) const;
    bool matchesEveryHost() const { return m_patterns.isEmpty(); }
    QStringList patterns() const;

private:
    struct Pattern {
        QString host; // lower case; "*" every host; a leading "*." its subdomains
        int port = -1; // -1: any port
        QString text; // as given
    };
    QList<Pattern> m_patterns;
};

} // namespace Framewise
