// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonhighlighter.h"

namespace Framewise {

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_token(QStringLiteral(R"(("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b)"))
{
    m_key.setForeground(QColor(0x3b, 0x82, 0xc4));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(QColor(0x2e, 0x9d, 0x5b));
    m_number.setForeground(QColor(0xc0, 0x7a, 0x1c));
    m_literal.setForeground(QColor(0xa8, 0x4f, 0xc9));
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    auto it = m_token.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength(1) > 0)
            setFormat(int(match.capturedStart(1)), int(match.capturedLength(1)),
                match.capturedLength(2) > 0 ? m_key : m_string);
        else if (match.capturedLength(3) > 0)
            setFormat(int(match.capturedStart(3)), int(match.capturedLength(3)), m_number);
        else if (match.capturedLength(4) > 0)
            setFormat(int(match.capturedStart(4)), int(match.capturedLength(4)), m_literal);
    }
}

} // namespace Framewise
