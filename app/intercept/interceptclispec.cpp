// SPDX-License-Identifier: GPL-3.0-or-later
#include "interceptclispec.h"

#include <QRegularExpression>

#include <optional>

namespace Framewise {

namespace {

// JSON numbers are doubles: sizes up to 2^53 bytes read back from a saved profile as written.
constexpr qint64 MaxSize = qint64(1) << 53;

constexpr const char *MatchPrefixes[] = { "re", "text", "itext", "json", "type", "size" };

// MATCH as typed: a prefix ("re", "text", …) and what follows its colon, or no prefix and the field.
struct MatchField {
    QString prefix;
    QString value;
};

bool isMatchPrefix(const QString &field)
{
    for (const char *prefix : MatchPrefixes) {
        if (field == QLatin1String(prefix))
            return true;
    }
    return false;
}

// The MATCH that starts at fields[index] (fields cut at every unescaped ':'): a prefix and the
// field after it, or that one field. The last field of the spec takes the rest. *next: the index
// of the field after it.
MatchField readMatch(const QStringList &fields, qsizetype index, bool last, qsizetype *next)
{
    MatchField match;
    if (index + 1 < fields.size() && isMatchPrefix(fields.at(index))) {
        match.prefix = fields.at(index);
        ++index;
    }
    match.value = last ? fields.mid(index).join(u':') : fields.at(index);
    *next = last ? fields.size() : index + 1;
    return match;
}

// A number of bytes: digits, then K (×1024) or M (×1024×1024) in either case, or nothing.
// *tooLarge when it is a number beyond MaxSize.
std::optional<qint64> parseByteCount(QStringView text, bool *tooLarge)
{
    text = text.trimmed();
    qint64 unit = 1;
    if (text.endsWith(u'k', Qt::CaseInsensitive))
        unit = 1024;
    else if (text.endsWith(u'm', Qt::CaseInsensitive))
        unit = qint64(1024) * 1024;
    if (unit != 1)
        text.chop(1);
    if (text.isEmpty())
        return std::nullopt;
    qint64 count = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        // Checked before it grows, so it never overflows.
        if (count > MaxSize / 10) {
            *tooLarge = true;
            return std::nullopt;
        }
        count = count * 10 + (c.unicode() - u'0');
    }
    if (count > MaxSize / unit) {
        *tooLarge = true;
        return std::nullopt;
    }
    return count * unit;
}

// Reads "N", "MIN-MAX", ">N", ">=N", "<N" or "<=N" into rule's size bounds; the problem in words.
QString readSize(const QString &text, InterceptRule *rule)
{
    QStringView rest(text);
    enum class Bound { Exact, Range, Above, AtLeast, Below, AtMost } bound = Bound::Exact;
    for (const auto &[op, kind] : { std::pair { u">=", Bound::AtLeast }, std::pair { u">", Bound::Above },
             std::pair { u"<=", Bound::AtMost }, std::pair { u"<", Bound::Below } }) {
        if (rest.startsWith(QStringView(op))) {
            bound = kind;
            rest = rest.mid(QStringView(op).size());
            break;
        }
    }
    QStringView first = rest;
    QStringView second;
    if (const qsizetype dash = rest.indexOf(u'-'); bound == Bound::Exact && dash >= 0) {
        bound = Bound::Range;
        first = rest.left(dash);
        second = rest.mid(dash + 1);
    }
    bool tooLarge = false;
    const std::optional<qint64> low = parseByteCount(first, &tooLarge);
    const std::optional<qint64> high = bound == Bound::Range ? parseByteCount(second, &tooLarge) : low;
    if (tooLarge)
        return InterceptCliSpec::tr("the size “%1” is too large (at most %2 bytes)").arg(text).arg(MaxSize);
    if (!low || !high)
        return InterceptCliSpec::tr("the size “%1” is not N, MIN-MAX, >N, >=N, <N or <=N bytes (a number may end "
                                    "in K or M)")
            .arg(text);
    switch (bound) {
    case Bound::Exact:
    case Bound::Range:
        rule->minSize = *low;
        rule->maxSize = *high;
        break;
    case Bound::Above:
        rule->minSize = *low + 1;
        break;
    case Bound::AtLeast:
        rule->minSize = *low;
        break;
    case Bound::Below:
        if (*low == 0)
            return InterceptCliSpec::tr("no message is smaller than 0 bytes (“%1”)").arg(text);
        rule->maxSize = *low - 1;
        break;
    case Bound::AtMost:
        rule->maxSize = *low;
        break;
    }
    return {};
}

// Sets rule's match from MATCH; the problem in words (the rule's own validate() checks the rest:
// regular expressions, JSON pointers, size ranges).
QString readMatchKind(const MatchField &field, InterceptRule *rule)
{
    const QString &prefix = field.prefix;
    if (prefix.isEmpty() && field.value == QLatin1String("any")) {
        rule->match = InterceptRule::Match::Any;
    } else if (prefix.isEmpty() || prefix == QLatin1String("re")) {
        rule->match = InterceptRule::Match::Regex;
        rule->pattern = field.value;
    } else if (prefix == QLatin1String("text") || prefix == QLatin1String("itext")) {
        if (field.value.isEmpty())
            return InterceptCliSpec::tr("the text to find is empty (to match every message, write any)");
        rule->match = InterceptRule::Match::Substring;
        rule->pattern = field.value;
        rule->caseSensitive = prefix == QLatin1String("text");
    } else if (prefix == QLatin1String("json")) {
        const qsizetype equals = field.value.indexOf(u'=');
        if (equals < 0)
            return InterceptCliSpec::tr("the JSON match “%1” has no “=”: write json:/POINTER=VALUE").arg(field.value);
        rule->match = InterceptRule::Match::JsonPointer;
        rule->pattern = field.value.left(equals);
        rule->expected = field.value.mid(equals + 1);
    } else if (prefix == QLatin1String("type")) {
        rule->match = InterceptRule::Match::Type;
        if (field.value == QLatin1String("text"))
            rule->messageType = InterceptRule::MessageType::Text;
        else if (field.value == QLatin1String("binary"))
            rule->messageType = InterceptRule::MessageType::Binary;
        else
            return InterceptCliSpec::tr("the message type “%1” is not text or binary").arg(field.value);
    } else {
        rule->match = InterceptRule::Match::Size;
        return readSize(field.value, rule);
    }
    return {};
}

} // namespace

QString InterceptCliSpec::optionName(InterceptRule::Action action)
{
    return QStringLiteral("--") + InterceptRule::actionName(action);
}

QString InterceptCliSpec::syntax(InterceptRule::Action action)
{
    switch (action) {
    case InterceptRule::Action::Rewrite:
        return QStringLiteral("DIR:MATCH:REPLACEMENT");
    case InterceptRule::Action::Drop:
    case InterceptRule::Action::Break:
        return QStringLiteral("DIR:MATCH");
    case InterceptRule::Action::Delay:
        return QStringLiteral("DIR:[MATCH:]MS");
    case InterceptRule::Action::Reply:
        break;
    }
    return QStringLiteral("DIR:MATCH:TEXT");
}

QStringList InterceptCliSpec::splitFields(const QString &spec, qsizetype maxFields)
{
    QStringList fields;
    QString field;
    for (qsizetype i = 0; i < spec.size(); ++i) {
        const QChar c = spec.at(i);
        if (c == u'\\' && i + 1 < spec.size()) {
            // A pair other than "\:" is kept whole, so the character after a backslash never separates.
            const QChar next = spec.at(i + 1);
            if (next != u':')
                field.append(c);
            field.append(next);
            ++i;
        } else if (c == u':' && (maxFields <= 0 || fields.size() + 1 < maxFields)) {
            fields.append(field);
            field.clear();
        } else {
            field.append(c);
        }
    }
    fields.append(field);
    return fields;
}

InterceptRule InterceptCliSpec::parse(InterceptRule::Action action, const QString &spec, QString *error)
{
    error->clear();
    const QString option = optionName(action);
    const auto fail = [&](const QString &problem) {
        *error = tr("%1 %2: %3").arg(option, spec, problem);
        return InterceptRule();
    };

    const auto unexpected
        = [&] { return fail(tr("expected %1 (write \\: for a colon inside a field)").arg(syntax(action))); };

    const QStringList fields = splitFields(spec, 0);
    if (fields.size() < 2)
        return unexpected();
    // --delay DIR:MS delays every message.
    MatchField match { QString(), QStringLiteral("any") };
    QString last; // REPLACEMENT, TEXT or MS: the rest after MATCH
    qsizetype next = 0;
    switch (action) {
    case InterceptRule::Action::Drop:
    case InterceptRule::Action::Break:
        match = readMatch(fields, 1, true, &next);
        break;
    case InterceptRule::Action::Delay:
        if (fields.size() == 2) {
            last = fields.at(1);
            break;
        }
        [[fallthrough]];
    case InterceptRule::Action::Rewrite:
    case InterceptRule::Action::Reply:
        match = readMatch(fields, 1, false, &next);
        if (next >= fields.size())
            return unexpected();
        last = fields.mid(next).join(u':');
        break;
    }

    InterceptRule rule;
    rule.name = option + u' ' + spec;
    rule.action = action;
    const auto direction = parseInterceptDirectionFilter(fields.at(0));
    if (!direction)
        return fail(tr("the direction “%1” is not to-server, to-app or both").arg(fields.at(0)));
    rule.direction = *direction;
    if (const QString problem = readMatchKind(match, &rule); !problem.isEmpty())
        return fail(problem);

    switch (action) {
    case InterceptRule::Action::Delay: {
        bool ok = false;
        rule.delayMs = last.toLongLong(&ok);
        if (!ok)
            return fail(tr("the delay “%1” is not a whole number of milliseconds").arg(last));
        break;
    }
    case InterceptRule::Action::Rewrite:
        // A regular expression replaces its matches, a text its occurrences, any other match the payload.
        if (rule.match == InterceptRule::Match::Regex)
            rule.rewritePattern = rule.pattern;
        else if (rule.match == InterceptRule::Match::Substring)
            rule.rewritePattern = QRegularExpression::escape(rule.pattern);
        rule.replacement = last;
        break;
    case InterceptRule::Action::Reply:
        rule.reply = { false, last.toUtf8() };
        break;
    case InterceptRule::Action::Drop:
    case InterceptRule::Action::Break:
        break;
    }
    if (const QString problem = rule.validate(); !problem.isEmpty())
        return fail(problem);
    return rule;
}

} // namespace Framewise
