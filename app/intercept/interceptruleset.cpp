// SPDX-License-Identifier: GPL-3.0-or-later
#include "interceptruleset.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Framewise {

namespace {

// A binary payload as characters: byte 0xNN is U+00NN, so toLatin1() gives every byte back.
QString bytesAsLatin1(const QString &text)
{
    return QString::fromLatin1(text.toUtf8());
}

QRegularExpression compileRegex(const QString &pattern, bool caseSensitive)
{
    QRegularExpression regex(
        pattern, caseSensitive ? QRegularExpression::NoPatternOption : QRegularExpression::CaseInsensitiveOption);
    // Compiled (and JIT-optimized) now, not on the first message while both legs use it.
    regex.optimize();
    return regex;
}

// One JSON value of any kind, including the scalars QJsonDocument does not take as a document.
std::optional<QJsonValue> parseJsonValue(const QByteArray &utf8)
{
    const qsizetype start = std::find_if(utf8.cbegin(), utf8.cend(), [](char c) {
        return c != ' ' && c != '\t' && c != '\n' && c != '\r';
    }) - utf8.cbegin();
    QJsonParseError error {};
    if (start < utf8.size() && (utf8.at(start) == '{' || utf8.at(start) == '[')) {
        const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
        if (error.error != QJsonParseError::NoError)
            return std::nullopt;
        return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    }
    QByteArray array;
    array.reserve(utf8.size() + 2);
    array.append('[').append(utf8).append(']');
    const QJsonDocument wrapped = QJsonDocument::fromJson(array, &error);
    if (error.error != QJsonParseError::NoError || wrapped.array().size() != 1)
        return std::nullopt;
    return wrapped.array().at(0);
}

// The message as the rules read it, decoded at most once between two rewrites.
class MessageView {
public:
    explicit MessageView(const InterceptMessage &message)
        : m_message(message)
    {
    }

    // Text messages as UTF-8, binary ones as Latin-1 (see InterceptRule).
    const QString &text()
    {
        if (!m_text)
            m_text = m_message.binary ? QString::fromLatin1(m_message.payload) : QString::fromUtf8(m_message.payload);
        return *m_text;
    }
    const QByteArray &asciiLowered()
    {
        if (!m_lowered)
            m_lowered = m_message.payload.toLower();
        return *m_lowered;
    }
    const std::optional<QJsonValue> &json()
    {
        if (!m_jsonParsed) {
            m_json = parseJsonValue(m_message.payload);
            m_jsonParsed = true;
        }
        return m_json;
    }
    void payloadChanged()
    {
        m_text.reset();
        m_lowered.reset();
        m_json.reset();
        m_jsonParsed = false;
    }

private:
    const InterceptMessage &m_message;
    std::optional<QString> m_text;
    std::optional<QByteArray> m_lowered;
    std::optional<QJsonValue> m_json;
    bool m_jsonParsed = false;
};

} // namespace

InterceptRuleSet::InterceptRuleSet(const QList<InterceptRule> &rules)
{
    setRules(rules);
}

void InterceptRuleSet::setRules(const QList<InterceptRule> &rules)
{
    m_rules.clear();
    m_compiled.clear();
    for (const InterceptRule &rule : rules)
        append(rule);
}

void InterceptRuleSet::append(const InterceptRule &rule)
{
    m_rules.append(rule);
    m_compiled.append(compile(rule));
}

InterceptRuleSet::Compiled InterceptRuleSet::compile(const InterceptRule &rule)
{
    Compiled compiled;
    compiled.usable = rule.validate().isEmpty();
    if (!compiled.usable)
        return compiled;
    switch (rule.match) {
    case InterceptRule::Match::Any:
    case InterceptRule::Match::Type:
    case InterceptRule::Match::Size:
        break;
    case InterceptRule::Match::Substring:
        compiled.binaryNeedle = rule.caseSensitive ? rule.pattern.toUtf8() : rule.pattern.toUtf8().toLower();
        break;
    case InterceptRule::Match::Regex:
        compiled.textRegex = compileRegex(rule.pattern, rule.caseSensitive);
        compiled.binaryRegex = compileRegex(bytesAsLatin1(rule.pattern), rule.caseSensitive);
        break;
    case InterceptRule::Match::JsonPointer: {
        QString unused;
        compiled.pointer = JsonPointer::parse(rule.pattern, &unused).value_or(JsonPointer());
        compiled.expectedJson = parseJsonValue(rule.expected.toUtf8());
        break;
    }
    }
    if (rule.action == InterceptRule::Action::Rewrite && !rule.rewritePattern.isEmpty()) {
        compiled.textRewrite = compileRegex(rule.rewritePattern, rule.caseSensitive);
        compiled.binaryRewrite = compileRegex(bytesAsLatin1(rule.rewritePattern), rule.caseSensitive);
        compiled.binaryReplacement = bytesAsLatin1(rule.replacement);
    }
    return compiled;
}

QString InterceptRuleSet::describe(qsizetype index, const InterceptRule &rule, const QString &problem)
{
    if (rule.name.isEmpty())
        return tr("Intercept rule %1: %2.").arg(index + 1).arg(problem);
    return tr("Intercept rule %1 (“%2”): %3.").arg(index + 1).arg(rule.name, problem);
}

QStringList InterceptRuleSet::validate() const
{
    QStringList problems;
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        if (const QString problem = m_rules.at(i).validate(); !problem.isEmpty())
            problems.append(describe(i, m_rules.at(i), problem));
    }
    return problems;
}

InterceptVerdict InterceptRuleSet::evaluate(InterceptDirection direction, InterceptMessage &message) const
{
    InterceptVerdict verdict;
    MessageView view(message);
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        const InterceptRule &rule = m_rules.at(i);
        const Compiled &compiled = m_compiled.at(i);
        if (!rule.enabled || !compiled.usable || !interceptDirectionMatches(rule.direction, direction))
            continue;

        bool matches = false;
        switch (rule.match) {
        case InterceptRule::Match::Any:
            matches = true;
            break;
        case InterceptRule::Match::Substring:
            if (!message.binary)
                matches
                    = view.text().contains(rule.pattern, rule.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive);
            else
                matches = (rule.caseSensitive ? message.payload : view.asciiLowered()).contains(compiled.binaryNeedle);
            break;
        case InterceptRule::Match::Regex:
            matches = (message.binary ? compiled.binaryRegex : compiled.textRegex).match(view.text()).hasMatch();
            break;
        case InterceptRule::Match::JsonPointer:
            if (const std::optional<QJsonValue> &json = view.json()) {
                const std::optional<QJsonValue> value = compiled.pointer.resolve(*json);
                // A string is compared as it reads, without quotes; any other value as JSON.
                matches = value
                    && (value->isString() ? value->toString() == rule.expected
                                          : compiled.expectedJson && *value == *compiled.expectedJson);
            }
            break;
        case InterceptRule::Match::Type:
            matches = message.binary == (rule.messageType == InterceptRule::MessageType::Binary);
            break;
        case InterceptRule::Match::Size:
            matches = message.payload.size() >= rule.minSize
                && (rule.maxSize < 0 || message.payload.size() <= rule.maxSize);
            break;
        }
        if (!matches)
            continue;

        verdict.matched.append({ int(i), rule.name, rule.action });
        switch (rule.action) {
        case InterceptRule::Action::Break:
            verdict.hold = true;
            break;
        case InterceptRule::Action::Delay:
            verdict.delayMs += rule.delayMs;
            break;
        case InterceptRule::Action::Drop:
            verdict.drop = true;
            return verdict;
        case InterceptRule::Action::Reply:
            verdict.reply = rule.reply;
            return verdict;
        case InterceptRule::Action::Rewrite: {
            QByteArray payload;
            if (rule.rewritePattern.isEmpty()) {
                payload = rule.replacement.toUtf8();
            } else {
                const QRegularExpression &regex = message.binary ? compiled.binaryRewrite : compiled.textRewrite;
                // Nothing to replace leaves the bytes as they came, even ones that are not UTF-8.
                if (!regex.match(view.text()).hasMatch())
                    break;
                QString text = view.text();
                if (message.binary)
                    payload = text.replace(regex, compiled.binaryReplacement).toLatin1();
                else
                    payload = text.replace(regex, rule.replacement).toUtf8();
            }
            if (payload != message.payload) {
                message.payload = payload;
                verdict.rewritten = true;
                view.payloadChanged();
            }
            break;
        }
        }
    }
    return verdict;
}

QJsonObject InterceptRuleSet::toJson() const
{
    QJsonArray rules;
    for (const InterceptRule &rule : m_rules)
        rules.append(rule.toJson());
    return { { QStringLiteral("rules"), rules } };
}

InterceptRuleSet InterceptRuleSet::fromJson(const QJsonObject &object, QString *error)
{
    error->clear();
    const QJsonValue rules = object.value(QStringLiteral("rules"));
    if (!rules.isUndefined() && !rules.isArray()) {
        *error = tr("The intercept rules: “rules” should be a list.");
        return {};
    }
    InterceptRuleSet set;
    const QJsonArray array = rules.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue value = array.at(i);
        if (!value.isObject()) {
            *error = tr("Intercept rule %1 should be an object.").arg(i + 1);
            return {};
        }
        QString problem;
        const InterceptRule rule = InterceptRule::fromJson(value.toObject(), &problem);
        if (!problem.isEmpty()) {
            *error = describe(i, rule, problem);
            return {};
        }
        set.append(rule);
    }
    return set;
}

} // namespace Framewise
