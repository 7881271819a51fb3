// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>

namespace Framewise {

// Reads JSON text (RFC 8259, any value at the top) token by token, in the order it was written,
// and checks the grammar as it goes. QJsonDocument sorts object keys and reports errors at
// offsets that vary by error (past the offending character, at it, or past a whole literal);
// the detail pane must keep the message's order and the composer must point at the exact
// character, so both read the text through this instead.
//
// Offsets and lengths are in bytes of the UTF-8 input (JsonSyntaxError turns them into lines and
// columns). The input is taken as valid UTF-8: text messages are checked by the channel and the
// composer's text comes from a QString.
class JsonScanner {
public:
    enum class Token {
        BeginObject,
        EndObject,
        BeginArray,
        EndArray,
        Key,
        String,
        Number,
        True,
        False,
        Null,
        End,
        Error
    };
    enum class Error {
        None,
        Empty, // only whitespace
        ExpectedValue, // something that starts no value where a value must be
        MissingCommaOrClose, // after a value in an array or object
        MissingColon, // after a key
        ExpectedKey, // where an object needs a key in double quotes
        TrailingComma, // a comma right before ']' or '}'
        UnterminatedString,
        InvalidEscape,
        ControlCharacter, // a raw line break, tab or other control character inside a string
        InvalidNumber,
        Unclosed, // the text ends inside an array or object (the offset is its opening bracket)
        TrailingText, // more after the one top-level value
        TooDeep,
    };
    // Where an error is: inside an array, inside an object, or at the top level.
    enum class Context { None, Array, Object };

    static constexpr int MaxDepth = 1024;

    explicit JsonScanner(QByteArrayView utf8)
        : m_text(utf8)
    {
    }

    // The next token; End once after the whole value, Error (for good) at the first error.
    Token next();

    QByteArrayView text() const { return m_text; }
    qsizetype tokenOffset() const { return m_tokenOffset; }
    qsizetype tokenLength() const { return m_tokenLength; }
    // Containers open after the last token (a BeginObject's own object counts).
    int depth() const { return int(m_stack.size()); }

    Error error() const { return m_error; }
    qsizetype errorOffset() const { return m_errorOffset; }
    qsizetype errorLength() const { return m_errorLength; } // 0 at the end of the text
    Context errorContext() const { return m_errorContext; }

    // True when utf8 is one complete JSON value with nothing after it but whitespace.
    static bool isValid(QByteArrayView utf8);
    // The value of a String or Key token (quotes included in token), escapes resolved.
    static QString decodeString(QByteArrayView token);

private:
    enum class Expect { Value, ValueOrClose, ValueAfterComma, KeyOrClose, KeyAfterComma, Colon, CommaOrClose, Done };
    struct Open {
        bool object;
        qsizetype offset;
    };

    Token fail(Error error, qsizetype offset, qsizetype length);
    Token fail(Error error, qsizetype offset); // length: the "word" (letters, digits, -+.) or one character
    Token scanValue(char c);
    Token scanString(Token kind);
    Token scanWord();
    Token close(bool object);
    void skipSpace();
    qsizetype wordEnd(qsizetype from) const;
    qsizetype characterLength(qsizetype offset) const;

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    qsizetype m_tokenOffset = 0;
    qsizetype m_tokenLength = 0;
    qsizetype m_lastComma = -1;
    Expect m_expect = Expect::Value;
    QVarLengthArray<Open, 32> m_stack;
    Error m_error = Error::None;
    qsizetype m_errorOffset = 0;
    qsizetype m_errorLength = 0;
    Context m_errorContext = Context::None;
};

} // namespace Framewise
