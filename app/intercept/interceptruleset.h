// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interceptdirection.h"
#include "interceptmessage.h"
#include "interceptrule.h"
#include "interceptverdict.h"
#include "jsonpointer.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace Framewise {

// An ordered list of intercept rules, compiled once (regular expressions, pointers, expected
// values) when it is set, and applied to each message. evaluate() is const and remembers nothing
// between messages, so one set serves both directions of an intercept pair.
class InterceptRuleSet {
    Q_DECLARE_TR_FUNCTIONS(Framewise::InterceptRuleSet)
public:
    InterceptRuleSet() = default;
    explicit InterceptRuleSet(const QList<InterceptRule> &rules);

    const QList<InterceptRule> &rules() const { return m_rules; }
    void setRules(const QList<InterceptRule> &rules);
    void append(const InterceptRule &rule);
    qsizetype size() const { return m_rules.size(); }
    bool isEmpty() const { return m_rules.isEmpty(); }

    // Every problem of every rule, one sentence each ("Intercept rule 2 (“strip”): the regular
    // expression is invalid: … at offset 9."); empty when all can be used. evaluate() skips a rule
    // that has a problem, as it skips a disabled one.
    QStringList validate() const;

    // Applies the enabled rules for direction in order to message. A Rewrite changes
    // message.payload and the next rules see the rewritten message; Break and Delay go on to the
    // next rule; Drop and Reply end the evaluation.
    InterceptVerdict evaluate(InterceptDirection direction, InterceptMessage &message) const;

    // {"rules": [rule, …]}.
    QJsonObject toJson() const;
    // Reads what toJson() wrote; a bad document is an error sentence that names the rule.
    static InterceptRuleSet fromJson(const QJsonObject &object, QString *error);

    friend bool operator==(const InterceptRuleSet &a, const InterceptRuleSet &b) { return a.m_rules == b.m_rules; }

private:
    // A rule's patterns in the forms evaluate() uses (see InterceptRule on binary messages).
    struct Compiled {
        bool usable = false;
        QRegularExpression textRegex;
        QRegularExpression binaryRegex;
        QByteArray binaryNeedle; // Substring in binary messages: UTF-8, ASCII lowered if case-insensitive
        JsonPointer pointer;
        std::optional<QJsonValue> expectedJson;
        QRegularExpression textRewrite;
        QRegularExpression binaryRewrite;
        QString binaryReplacement; // the replacement's UTF-8 bytes as Latin-1 characters
    };
    static Compiled compile(const InterceptRule &rule);
    static QString describe(qsizetype index, const InterceptRule &rule, const QString &problem);

    QList<InterceptRule> m_rules;
    QList<Compiled> m_compiled; // one per rule
};

} // namespace Framewise
