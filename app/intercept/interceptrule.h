// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interceptdirection.h"
#include "interceptmessage.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Framewise {

// One intercept rule: which messages it matches and what it does with them. Plain data that a
// form edits and a profile saves; InterceptRuleSet compiles and applies a list of them.
//
// Text messages are matched as their UTF-8 text. Binary messages are matched on their bytes:
// the payload is read as Latin-1 (byte 0xNN is the character U+00NN) and the rule's own texts
// (substring, patterns, replacement) are turned into bytes as UTF-8 first. So a word typed in a
// rule matches that word inside a binary payload (MessagePack, CBOR and protobuf keep text as
// UTF-8), \xNN in a pattern matches the byte 0xNN, and a rewrite keeps every byte it does not
// replace. Caveats: a non-ASCII character inside a character class ([é]) stands for each of its
// UTF-8 bytes; ignoring case, Substring folds only ASCII letters in binary messages while Regex
// also folds the bytes that are Latin-1 letters (0xC0-0xFE).
struct InterceptRule {
    Q_DECLARE_TR_FUNCTIONS(Framewise::InterceptRule)
public:
    enum class Match {
        Any, // every message
        Substring, // pattern occurs in the message
        Regex, // the regular expression pattern matches somewhere in the message
        JsonPointer, // the payload (text or binary) is JSON and its value at pattern (RFC 6901) equals expected
        Type, // the message is text or binary (messageType)
        Size, // the payload has minSize to maxSize bytes
    };
    enum class Action {
        Break, // hold the message for the user
        Rewrite, // change the payload and go on with the next rule
        Drop, // forward nothing; ends the evaluation
        Delay, // forward it delayMs later; delays of several rules add up
        Reply, // send reply back to the sender instead of forwarding; ends the evaluation
    };
    enum class MessageType { Text, Binary };

    // The longest delay one rule may add: a day (longer is surely a typing error).
    static constexpr qint64 MaxDelayMs = qint64(24) * 60 * 60 * 1000;

    bool enabled = true;
    QString name; // optional, shown in the log's marks
    InterceptDirectionFilter direction = InterceptDirectionFilter::Both;

    Match match = Match::Any;
    // Substring: the text to find; Regex: the regular expression; JsonPointer: the pointer.
    QString pattern;
    // Substring, Regex and the Rewrite pattern.
    bool caseSensitive = true;
    // JsonPointer: a string value equals it as it is (no quotes); any other value equals it when it
    // parses as that JSON value: numbers by value (100 = 1e2 = 100.0), true, false, null, and
    // objects or arrays as JSON text (key order and spaces do not matter).
    QString expected;
    MessageType messageType = MessageType::Text;
    qint64 minSize = 0; // bytes, inclusive
    qint64 maxSize = -1; // bytes, inclusive; -1: no upper bound

    Action action = Action::Break;
    // Rewrite: a regular expression whose every match is replaced by replacement, where \1 … \99
    // insert its captures (as QString::replace does; there is no \0, put the whole pattern in a
    // group). An empty rewritePattern replaces the whole payload with replacement as it is. The
    // message keeps its type; a text message stays valid UTF-8.
    QString rewritePattern;
    QString replacement;
    qint64 delayMs = 0; // Delay
    InterceptMessage reply; // Reply: text (valid UTF-8) or binary

    friend bool operator==(const InterceptRule &, const InterceptRule &) = default;

    // What is wrong with this rule in words, to follow a colon ("the regular expression is
    // invalid: missing closing parenthesis at offset 9"); empty when it can be used.
    QString validate() const;

    // Only the fields of its match and action kinds are written.
    QJsonObject toJson() const;
    // Reads what toJson() wrote; unknown keys are ignored. A wrong type or an unknown kind is an
    // error in words (to follow a colon). Structure only: validate() says whether the patterns,
    // pointer and numbers make sense, so a rule with a bad pattern still loads and can be fixed.
    static InterceptRule fromJson(const QJsonObject &object, QString *error);

    // "any", "substring", "regex", "json-pointer", "type", "size" (files, not translated).
    static QString matchName(Match match);
    // "break", "rewrite", "drop", "delay", "reply".
    static QString actionName(Action action);
};

} // namespace Framewise
