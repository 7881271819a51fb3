// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace Framewise {

// An RFC 6901 JSON Pointer such as "/items/0/a~1b": a path to one value in a JSON document. In
// a token "~1" stands for "/" and "~0" for "~"; the empty pointer is the whole document.
class JsonPointer {
    Q_DECLARE_TR_FUNCTIONS(Framewise::JsonPointer)
public:
    JsonPointer() = default; // the whole document

    // Nothing, and *error in words (to follow a colon), when text is not a pointer: it neither is
    // empty nor starts with "/", or a "~" is not followed by 0 or 1.
    static std::optional<JsonPointer> parse(const QString &text, QString *error);
    static QString escapeToken(const QString &token);

    // The reference tokens, unescaped.
    const QStringList &tokens() const { return m_tokens; }
    QString toString() const;

    // The value the pointer refers to, or nothing: a missing member, an array index that is past
    // the end, "-" or not a number without leading zeros, or a step into a string or number.
    std::optional<QJsonValue> resolve(const QJsonValue &root) const;

    friend bool operator==(const JsonPointer &, const JsonPointer &) = default;

private:
    QStringList m_tokens;
};

} // namespace Framewise
