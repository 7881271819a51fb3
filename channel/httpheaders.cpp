// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpheaders.h"

#include <algorithm>

namespace Framewise {

namespace {
bool sameName(const QByteArray &a, const QByteArray &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}
} // namespace

bool HttpHeaders::contains(const QByteArray &name) const
{
    for (const auto &entry : m_entries) {
        if (sameName(entry.first, name))
            return true;
    }
    return false;
}

QByteArray HttpHeaders::value(const QByteArray &name) const
{
    for (const auto &entry : m_entries) {
        if (sameName(entry.first, name))
            return entry.second;
    }
    return {};
}

QList<QByteArray> HttpHeaders::values(const QByteArray &name) const
{
    QList<QByteArray> result;
    for (const auto &entry : m_entries) {
        if (sameName(entry.first, name))
            result.append(entry.second);
    }
    return result;
}

bool HttpHeaders::hasToken(const QByteArray &name, const char *token) const
{
    const QList<QByteArray> present = tokens(name);
    return std::any_of(present.cbegin(), present.cend(),
        [token](const QByteArray &candidate) { return candidate.compare(token, Qt::CaseInsensitive) == 0; });
}

QList<QByteArray> HttpHeaders::tokens(const QByteArray &name) const
{
    QList<QByteArray> result;
    for (const auto &entry : m_entries) {
        if (!sameName(entry.first, name))
            continue;
        const auto parts = entry.second.split(',');
        for (const auto &part : parts) {
            const QByteArray token = part.trimmed();
            if (!token.isEmpty())
                result.append(token);
        }
    }
    return result;
}

void HttpHeaders::removeAll(const QByteArray &name)
{
    m_entries.removeIf([&name](const Entry &entry) { return sameName(entry.first, name); });
}

} // namespace Framewise
