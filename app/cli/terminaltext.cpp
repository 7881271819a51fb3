// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminaltext.h"

#include <algorithm>

namespace Framewise::TerminalText {

namespace {
bool isControl(QChar c)
{
    return c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0);
}

QString escaped(QChar c)
{
    return QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
}
} // namespace

QString printable(QStringView text, qsizetype maxChars)
{
    QString result;
    result.reserve(std::min(text.size(), maxChars) + 8);
    qsizetype shown = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (shown >= maxChars) {
            result += QStringLiteral("…");
            break;
        }
        const QChar c = text.at(i);
        ++shown;
        if (c == u'\n')
            result += QStringLiteral("\\n");
        else if (c == u'\r')
            result += QStringLiteral("\\r");
        else if (c == u'\t')
            result += QStringLiteral("\\t");
        else if (isControl(c))
            result += escaped(c);
        else if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            result += text.mid(i++, 2);
        else
            result += c;
    }
    return result;
}

QString safe(QStringView text)
{
    if (std::none_of(text.begin(), text.end(), [](QChar c) { return isControl(c) && c != u'\n' && c != u'\t'; }))
        return text.toString();
    QString result;
    result.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (isControl(c) && c != u'\n' && c != u'\t')
            result += escaped(c);
        else
            result += c;
    }
    return result;
}

QString hexPreview(const QByteArray &payload)
{
    constexpr qsizetype Shown = 32;
    QString text = QString::fromLatin1(payload.left(Shown).toHex(' '));
    if (payload.size() > Shown)
        text += QStringLiteral(" …");
    return text;
}

} // namespace Framewise::TerminalText
