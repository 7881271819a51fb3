// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonpointer.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace Framewise {

std::optional<JsonPointer> JsonPointer::parse(const QString &text, QString *error)
{
    JsonPointer pointer;
    if (text.isEmpty())
        return pointer;
    if (!text.startsWith(u'/')) {
        *error
            = tr("the JSON pointer “%1” does not start with “/” (the empty pointer is the whole document)").arg(text);
        return std::nullopt;
    }
    QString token;
    for (qsizetype i = 1; i <= text.size(); ++i) {
        if (i == text.size() || text.at(i) == u'/') {
            pointer.m_tokens.append(token);
            token.clear();
            continue;
        }
        const QChar c = text.at(i);
        if (c != u'~') {
            token.append(c);
            continue;
        }
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (next != u'0' && next != u'1') {
            *error = tr("the JSON pointer “%1” has a “~” at offset %2 that is not followed by 0 or 1 (write ~0 for "
                        "“~” and ~1 for “/”)")
                         .arg(text)
                         .arg(i);
            return std::nullopt;
        }
        // One pass, so "~01" is "~1" (RFC 6901 decodes ~1 before ~0 for the same reason).
        token.append(next == u'0' ? u'~' : u'/');
        ++i;
    }
    return pointer;
}

QString JsonPointer::escapeToken(const QString &token)
{
    QString escaped = token;
    escaped.replace(u'~', QStringLiteral("~0"));
    escaped.replace(u'/', QStringLiteral("~1"));
    return escaped;
}

QString JsonPointer::toString() const
{
    QString text;
    for (const QString &token : m_tokens)
        text += u'/' + escapeToken(token);
    return text;
}

std::optional<QJsonValue> JsonPointer::resolve(const QJsonValue &root) const
{
    QJsonValue value = root;
    for (const QString &token : m_tokens) {
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            const auto it = object.constFind(token);
            if (it == object.constEnd())
                return std::nullopt;
            value = it.value();
        } else if (value.isArray()) {
            // RFC 6901: an index is "0" or digits without a leading zero; "-" (past the end) and
            // anything else refer to nothing.
            const bool digits = !token.isEmpty()
                && std::all_of(token.cbegin(), token.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
            if (!digits || (token.size() > 1 && token.startsWith(u'0')))
                return std::nullopt;
            bool ok = false;
            const qsizetype index = token.toLongLong(&ok);
            const QJsonArray array = value.toArray();
            if (!ok || index >= array.size())
                return std::nullopt;
            value = array.at(index);
        } else {
            return std::nullopt;
        }
    }
    return value;
}

} // namespace Framewise
