// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonscanner.h"

#include <algorithm>
#include <cstring>

namespace Framewise {

namespace {
bool isWordByte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
        || c == '+' || c == '.';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// RFC 8259: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
bool isNumber(QByteArrayView word)
{
    qsizetype i = 0;
    const qsizetype n = word.size();
    if (i < n && word[i] == '-')
        ++i;
    if (i < n && word[i] == '0') {
        ++i;
    } else if (i < n && word[i] >= '1' && word[i] <= '9') {
        while (i < n && isDigit(word[i]))
            ++i;
    } else {
        return false;
    }
    if (i < n && word[i] == '.') {
        ++i;
        if (i >= n || !isDigit(word[i]))
            return false;
        while (i < n && isDigit(word[i]))
            ++i;
    }
    if (i < n && (word[i] == 'e' || word[i] == 'E')) {
        ++i;
        if (i < n && (word[i] == '+' || word[i] == '-'))
            ++i;
        if (i >= n || !isDigit(word[i]))
            return false;
        while (i < n && isDigit(word[i]))
            ++i;
    }
    return i == n;
}
} // namespace

void JsonScanner::skipSpace()
{
    const qsizetype size = m_text.size();
    while (m_pos < size) {
        const char c = m_text[m_pos];
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            break;
        ++m_pos;
    }
}

qsizetype JsonScanner::wordEnd(qsizetype from) const
{
    while (from < m_text.size() && isWordByte(m_text[from]))
        ++from;
    return from;
}

qsizetype JsonScanner::characterLength(qsizetype offset) const
{
    const auto lead = static_cast<unsigned char>(m_text[offset]);
    const qsizetype length = lead < 0xc0 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
    return std::min(length, m_text.size() - offset);
}

JsonScanner::Token JsonScanner::fail(Error error, qsizetype offset, qsizetype length)
{
    m_error = error;
    m_errorOffset = offset;
    m_errorLength = length;
    m_errorContext = m_stack.isEmpty() ? Context::None : m_stack.last().object ? Context::Object : Context::Array;
    m_tokenOffset = offset;
    m_tokenLength = 0;
    return Token::Error;
}

JsonScanner::Token JsonScanner::fail(Error error, qsizetype offset)
{
    if (offset >= m_text.size())
        return fail(error, m_text.size(), 0);
    const qsizetype end = wordEnd(offset);
    return fail(error, offset, end > offset ? end - offset : characterLength(offset));
}

JsonScanner::Token JsonScanner::next()
{
    if (m_error != Error::None)
        return Token::Error;
    for (;;) {
        skipSpace();
        m_tokenOffset = m_pos;
        m_tokenLength = 0;
        if (m_pos >= m_text.size()) {
            if (m_expect == Expect::Done)
                return Token::End;
            if (m_stack.isEmpty())
                return fail(Error::Empty, m_pos, 0);
            return fail(Error::Unclosed, m_stack.last().offset, 1);
        }
        const char c = m_text[m_pos];
        switch (m_expect) {
        case Expect::Done:
            return fail(Error::TrailingText, m_pos);
        case Expect::ValueOrClose:
            if (c == ']')
                return close(false);
            return scanValue(c);
        case Expect::ValueAfterComma:
            if (c == ']' || c == '}')
                return fail(Error::TrailingComma, m_lastComma, 1);
            return scanValue(c);
        case Expect::Value:
            return scanValue(c);
        case Expect::KeyOrClose:
        case Expect::KeyAfterComma:
            if (c == '}')
                return m_expect == Expect::KeyOrClose ? close(true) : fail(Error::TrailingComma, m_lastComma, 1);
            if (c != '"')
                return fail(Error::ExpectedKey, m_pos);
            if (scanString(Token::Key) == Token::Error)
                return Token::Error;
            m_expect = Expect::Colon;
            return Token::Key;
        case Expect::Colon:
            if (c != ':')
                return fail(Error::MissingColon, m_pos);
            ++m_pos;
            m_expect = Expect::Value;
            continue; // the colon is no token of its own
        case Expect::CommaOrClose: {
            const bool object = m_stack.last().object;
            if (c == ',') {
                m_lastComma = m_pos++;
                m_expect = object ? Expect::KeyAfterComma : Expect::ValueAfterComma;
                continue;
            }
            if (c == (object ? '}' : ']'))
                return close(object);
            return fail(Error::MissingCommaOrClose, m_pos);
        }
        }
    }
}

JsonScanner::Token JsonScanner::close(bool object)
{
    m_stack.removeLast();
    m_tokenLength = 1;
    ++m_pos;
    m_expect = m_stack.isEmpty() ? Expect::Done : Expect::CommaOrClose;
    return object ? Token::EndObject : Token::EndArray;
}

JsonScanner::Token JsonScanner::scanValue(char c)
{
    if (c == '{' || c == '[') {
        if (m_stack.size() >= MaxDepth)
            return fail(Error::TooDeep, m_pos, 1);
        const bool object = c == '{';
        m_stack.append(Open { object, m_pos });
        m_tokenLength = 1;
        ++m_pos;
        m_expect = object ? Expect::KeyOrClose : Expect::ValueOrClose;
        return object ? Token::BeginObject : Token::BeginArray;
    }
    Token token;
    if (c == '"')
        token = scanString(Token::String);
    else if (isWordByte(c))
        token = scanWord();
    else
        return fail(Error::ExpectedValue, m_pos);
    if (token != Token::Error)
        m_expect = m_stack.isEmpty() ? Expect::Done : Expect::CommaOrClose;
    return token;
}

JsonScanner::Token JsonScanner::scanWord()
{
    const qsizetype end = wordEnd(m_pos);
    const QByteArrayView word = m_text.sliced(m_pos, end - m_pos);
    Token token;
    if (word.front() == '-' || isDigit(word.front())) {
        if (!isNumber(word))
            return fail(Error::InvalidNumber, m_pos, word.size());
        token = Token::Number;
    } else if (word == "true") {
        token = Token::True;
    } else if (word == "false") {
        token = Token::False;
    } else if (word == "null") {
        token = Token::Null;
    } else {
        return fail(Error::ExpectedValue, m_pos, word.size());
    }
    m_tokenLength = word.size();
    m_pos = end;
    return token;
}

JsonScanner::Token JsonScanner::scanString(Token kind)
{
    const qsizetype start = m_pos;
    const qsizetype size = m_text.size();
    const char *data = m_text.data();
    qsizetype i = start + 1;
    while (i < size) {
        const auto b = static_cast<unsigned char>(data[i]);
        if (b == '"') {
            m_tokenLength = i + 1 - start;
            m_pos = i + 1;
            return kind;
        }
        if (b < 0x20)
            return fail(Error::ControlCharacter, i, 1);
        if (b != '\\') {
            ++i;
            continue;
        }
        if (i + 1 >= size)
            break;
        const char e = data[i + 1];
        if (e == 'u') {
            qsizetype hex = 0;
            while (hex < 4 && i + 2 + hex < size && isHexDigit(data[i + 2 + hex]))
                ++hex;
            if (hex < 4)
                return fail(Error::InvalidEscape, i, 2 + hex);
            i += 6;
        } else if (std::strchr("\"\\/bfnrt", e) && e != '\0') {
            i += 2;
        } else {
            return fail(Error::InvalidEscape, i, 1 + characterLength(i + 1));
        }
    }
    return fail(Error::UnterminatedString, start, 1);
}

bool JsonScanner::isValid(QByteArrayView utf8)
{
    JsonScanner scanner(utf8);
    for (;;) {
        const Token token = scanner.next();
        if (token == Token::End)
            return true;
        if (token == Token::Error)
            return false;
    }
}

QString JsonScanner::decodeString(QByteArrayView token)
{
    const QByteArrayView inner = token.sliced(1, token.size() - 2);
    if (!inner.contains('\\'))
        return QString::fromUtf8(inner);
    QString out;
    out.reserve(inner.size());
    qsizetype run = 0;
    for (qsizetype i = 0; i < inner.size(); ++i) {
        if (inner[i] != '\\')
            continue;
        out += QString::fromUtf8(inner.sliced(run, i - run));
        const char e = inner[i + 1];
        switch (e) {
        case 'b':
            out += u'\b';
            break;
        case 'f':
            out += u'\f';
            break;
        case 'n':
            out += u'\n';
            break;
        case 'r':
            out += u'\r';
            break;
        case 't':
            out += u'\t';
            break;
        case 'u':
            // A surrogate pair is two escapes, each one UTF-16 unit: appended in turn they make the pair.
            out += QChar(char16_t(inner.sliced(i + 2, 4).toUShort(nullptr, 16)));
            i += 4;
            break;
        default: // " \ /
            out += QLatin1Char(e);
        }
        ++i;
        run = i + 1;
    }
    out += QString::fromUtf8(inner.sliced(run));
    return out;
}

} // namespace Framewise
