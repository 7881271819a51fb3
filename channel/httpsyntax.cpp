// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpsyntax.h"

#include <QByteArray>
#include <QString>

namespace Framewise {

namespace {
bool isTchar(char16_t c)
{
    if ((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'))
        return true;
    switch (c) {
    case u'!':
    case u'#':
    case u'$':
    case u'%':
    case u'&':
    case u'\'':
    case u'*':
    case u'+':
    case u'-':
    case u'.':
    case u'^':
    case u'_':
    case u'`':
    case u'|':
    case u'~':
        return true;
    default:
        return false;
    }
}

// Control characters other than horizontal tab; DEL too.
bool isForbiddenInValue(char16_t c)
{
    return (c < 0x20 && c != u'\t') || c == 0x7f;
}
} // namespace

bool HttpSyntax::isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTchar(char16_t(uchar(c))))
            return false;
    }
    return true;
}

bool HttpSyntax::isToken(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (!isTchar(c.unicode()))
            return false;
    }
    return true;
}

bool HttpSyntax::isFieldValue(QByteArrayView text)
{
    for (const char c : text) {
        if (isForbiddenInValue(char16_t(uchar(c))))
            return false;
    }
    return true;
}

bool HttpSyntax::isFieldValue(QStringView text)
{
    // Non-ASCII characters become UTF-8 bytes >= 0x80, which are allowed (obs-text);
    // U+2028/U+2029 are no line breaks to HTTP.
    for (const QChar c : text) {
        if (isForbiddenInValue(c.unicode()))
            return false;
    }
    return true;
}

bool HttpSyntax::isOwnedByChannel(QByteArrayView name)
{
    static const QByteArrayView owned[] = { "Upgrade", "Connection", "Sec-WebSocket-Key", "Sec-WebSocket-Version",
        "Sec-WebSocket-Extensions", "Sec-WebSocket-Protocol" };
    const QByteArrayView trimmed = name.trimmed();
    for (const QByteArrayView candidate : owned) {
        if (trimmed.compare(candidate, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace Framewise
