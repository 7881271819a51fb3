// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonsyntaxerror.h"

#include <algorithm>

namespace Framewise {

JsonSyntaxError::Position JsonSyntaxError::locate(QByteArrayView utf8, qsizetype byteOffset)
{
    Position position;
    const qsizetype end = std::clamp<qsizetype>(byteOffset, 0, utf8.size());
    for (qsizetype i = 0; i < end; ++i) {
        const auto b = static_cast<unsigned char>(utf8[i]);
        if (b == '\n') {
            ++position.line;
            position.column = 1;
            ++position.utf16;
        } else if (b < 0x80) {
            ++position.column;
            ++position.utf16;
        } else if (b >= 0xc0) { // a lead byte starts a character; continuation bytes (10xxxxxx) add nothing
            ++position.column;
            position.utf16 += b >= 0xf0 ? 2 : 1; // four-byte sequences are outside the BMP: a surrogate pair
        }
    }
    return position;
}

std::optional<JsonSyntaxError> JsonSyntaxError::check(QByteArrayView utf8)
{
    JsonScanner scanner(utf8);
    for (;;) {
        const JsonScanner::Token token = scanner.next();
        if (token == JsonScanner::Token::End)
            return std::nullopt;
        if (token == JsonScanner::Token::Error)
            break;
    }
    JsonSyntaxError result;
    result.m_error = scanner.error();
    result.m_context = scanner.errorContext();
    result.m_byteOffset = scanner.errorOffset();
    result.m_position = locate(utf8, scanner.errorOffset());
    const QByteArrayView found = utf8.sliced(scanner.errorOffset(), scanner.errorLength());
    result.m_found = QString::fromUtf8(found);
    result.m_utf16Length = result.m_found.size();
    if (result.m_found.size() > 24)
        result.m_found = result.m_found.left(24) + QChar(0x2026);
    return result;
}

QString JsonSyntaxError::message() const
{
    using E = JsonScanner::Error;
    const bool array = m_context == JsonScanner::Context::Array;
    const bool object = m_context == JsonScanner::Context::Object;
    QString text;
    switch (m_error) {
    case E::None:
        return {};
    case E::Empty:
        return tr("No JSON value: the text is empty");
    case E::ExpectedValue:
        text = array ? tr("Expected a value in array at line %1, column %2, found “%3”")
            : object ? tr("Expected a value in object at line %1, column %2, found “%3”")
                     : tr("Expected a JSON value at line %1, column %2, found “%3”");
        break;
    case E::MissingCommaOrClose:
        text = object ? tr("Missing comma or '}' in object at line %1, column %2")
                      : tr("Missing comma or ']' in array at line %1, column %2");
        break;
    case E::MissingColon:
        text = tr("Missing ':' after the key in object at line %1, column %2");
        break;
    case E::ExpectedKey:
        text = tr("Expected a key in double quotes in object at line %1, column %2, found “%3”");
        break;
    case E::TrailingComma:
        text = object ? tr("Comma before '}' in object at line %1, column %2: remove it")
                      : tr("Comma before ']' in array at line %1, column %2: remove it");
        break;
    case E::UnterminatedString:
        text = array ? tr("String in array not closed: the quote at line %1, column %2 has no closing quote")
            : object ? tr("String in object not closed: the quote at line %1, column %2 has no closing quote")
                     : tr("String not closed: the quote at line %1, column %2 has no closing quote");
        break;
    case E::InvalidEscape:
        text = array ? tr("Invalid escape “%3” in a string in array at line %1, column %2")
            : object ? tr("Invalid escape “%3” in a string in object at line %1, column %2")
                     : tr("Invalid escape “%3” in a string at line %1, column %2");
        break;
    case E::ControlCharacter:
        text = array
            ? tr("Line break or control character in a string in array at line %1, column %2 (write \\n or \\t)")
            : object
            ? tr("Line break or control character in a string in object at line %1, column %2 (write \\n or \\t)")
            : tr("Line break or control character in a string at line %1, column %2 (write \\n or \\t)");
        break;
    case E::InvalidNumber:
        text = array ? tr("Invalid number “%3” in array at line %1, column %2")
            : object ? tr("Invalid number “%3” in object at line %1, column %2")
                     : tr("Invalid number “%3” at line %1, column %2");
        break;
    case E::Unclosed:
        text = object ? tr("Missing '}' to close the object opened at line %1, column %2")
                      : tr("Missing ']' to close the array opened at line %1, column %2");
        break;
    case E::TrailingText:
        text = tr("Unexpected text after the end of the JSON value at line %1, column %2");
        break;
    case E::TooDeep:
        return tr("Nested more than %3 levels deep at line %1, column %2")
            .arg(QString::number(m_position.line), QString::number(m_position.column),
                QString::number(JsonScanner::MaxDepth));
    }
    const QString line = QString::number(m_position.line);
    const QString column = QString::number(m_position.column);
    // One multi-argument call: a "%1" in the user's text must stay as typed.
    return text.contains(QLatin1String("%3")) ? text.arg(line, column, m_found) : text.arg(line, column);
}

} // namespace Framewise
