// SPDX-License-Identifier: GPL-3.0-or-later
#include "interceptclispec.h"

namespace Framewise {

QString InterceptCliSpec::optionName(InterceptRule::Action action)
{
    return QStringLiteral("--") + InterceptRule::actionName(action);
}

QString InterceptCliSpec::syntax(InterceptRule::Action action)
{
    switch (action) {
    case InterceptRule::Action::Rewrite:
        return QStringLiteral("DIR:REGEX:REPLACEMENT");
    case InterceptRule::Action::Drop:
    case InterceptRule::Action::Break:
        return QStringLiteral("DIR:REGEX");
    case InterceptRule::Action::Delay:
        return QStringLiteral("DIR:MS");
    case InterceptRule::Action::Reply:
        break;
    }
    return QStringLiteral("DIR:REGEX:TEXT");
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

    const qsizetype expectedFields = syntax(action).count(u':') + 1;
    const QStringList fields = splitFields(spec, expectedFields);
    if (fields.size() != expectedFields)
        return fail(tr("expected %1 (write \\: for a colon inside a field)").arg(syntax(action)));

    InterceptRule rule;
    rule.name = option + u' ' + spec;
    rule.action = action;
    const auto direction = parseInterceptDirectionFilter(fields.at(0));
    if (!direction)
        return fail(tr("the direction “%1” is not to-server, to-app or both").arg(fields.at(0)));
    rule.direction = *direction;

    switch (action) {
    case InterceptRule::Action::Delay: {
        bool ok = false;
        rule.delayMs = fields.at(1).toLongLong(&ok);
        if (!ok)
            return fail(tr("the delay “%1” is not a whole number of milliseconds").arg(fields.at(1)));
        break;
    }
    case InterceptRule::Action::Rewrite:
        rule.match = InterceptRule::Match::Regex;
        rule.pattern = fields.at(1);
        rule.rewritePattern = fields.at(1);
        rule.replacement = fields.at(2);
        break;
    case InterceptRule::Action::Reply:
        rule.match = InterceptRule::Match::Regex;
        rule.pattern = fields.at(1);
        rule.reply = { false, fields.at(2).toUtf8() };
        break;
    case InterceptRule::Action::Drop:
    case InterceptRule::Action::Break:
        rule.match = InterceptRule::Match::Regex;
        rule.pattern = fields.at(1);
        break;
    }
    if (const QString problem = rule.validate(); !problem.isEmpty())
        return fail(problem);
    return rule;
}

} // namespace Framewise
