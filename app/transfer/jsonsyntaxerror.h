// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonscanner.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Framewise {

// The first error in JSON text, where it is (line and column as a person counts them, and the
// index into the QString an editor holds) and what is wrong in words that say whether it is
// inside an array or an object. The composer checks its JSON with this as the user types.
class JsonSyntaxError {
    Q_DECLARE_TR_FUNCTIONS(JsonSyntaxError)
public:
    struct Position {
        qsizetype line = 1; // from 1
        qsizetype column = 1; // from 1, in characters (code points): "é" and "😀" are one each
        qsizetype utf16 = 0; // index into the text as a QString (a QTextDocument position)
    };

    // Where a byte offset into UTF-8 text falls, e.g. QJsonParseError::offset or a JsonScanner
    // offset. An offset past the end is the end.
    static Position locate(QByteArrayView utf8, qsizetype byteOffset);

    // The first error in utf8, or nothing when it is one valid JSON value.
    static std::optional<JsonSyntaxError> check(QByteArrayView utf8);

    JsonScanner::Error error() const { return m_error; }
    JsonScanner::Context context() const { return m_context; }
    qsizetype byteOffset() const { return m_byteOffset; }
    Position position() const { return m_position; }
    // The text to mark, from position().utf16: 0 at the end of the text.
    qsizetype utf16Length() const { return m_utf16Length; }
    // The offending text (a word or one character), for the message.
    QString found() const { return m_found; }

    // E.g. "Missing comma or ']' in array at line 2, column 19".
    QString message() const;

private:
    JsonScanner::Error m_error = JsonScanner::Error::None;
    JsonScanner::Context m_context = JsonScanner::Context::None;
    qsizetype m_byteOffset = 0;
    Position m_position;
    qsizetype m_utf16Length = 0;
    QString m_found;
};

} // namespace Framewise
