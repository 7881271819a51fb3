// SPDX-License-Identifier: GPL-3.0-or-later
#include "interceptmessagesbox.h"

#include "interceptclispec.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace Framewise {

InterceptMessagesBox::InterceptMessagesBox(QWidget *parent)
    : QGroupBox(tr("Messages"), parent)
    , m_forwardPings(new QCheckBox(tr("Carry pings end to end"), this))
    , m_rules(new QPlainTextEdit(this))
    , m_autoRelease(new QSpinBox(this))
{
    m_forwardPings->setChecked(true);
    m_rules->setPlaceholderText(tr("One rule per line, applied in order, e.g.\n"
                                   "break to-server:text:\"order\"\n"
                                   "break to-server:json:/type=order\n"
                                   "rewrite to-app:price=\\d+:price=0\n"
                                   "drop to-app:^heartbeat$\n"
                                   "delay both:250\n"
                                   "delay to-app:size:>64K:500\n"
                                   "reply to-server:^ping$:pong"));
    m_rules->setTabChangesFocus(true);
    m_rules->setAccessibleName(tr("Rules"));
    m_autoRelease->setRange(0, 86400);
    m_autoRelease->setSuffix(tr(" s"));
    m_autoRelease->setSpecialValueText(tr("never"));
    m_autoRelease->setAccessibleName(tr("Release held messages after"));
    auto *form = new QFormLayout(this);
    form->addRow(QString(), m_forwardPings);
    form->addRow(tr("&Rules:"), m_rules);
    form->addRow(tr("Release held after:"), m_autoRelease);
}

void InterceptMessagesBox::setFrom(const InterceptSettings &settings, const QString &rulesText)
{
    m_forwardPings->setChecked(settings.forwardPings);
    m_rules->setPlainText(rulesText);
    m_autoRelease->setValue(settings.autoReleaseS);
}

void InterceptMessagesBox::applyTo(InterceptSettings *settings, QStringList *problems) const
{
    settings->forwardPings = m_forwardPings->isChecked();
    settings->rules = InterceptRuleSet(parseRules(m_rules->toPlainText(), problems));
    settings->autoReleaseS = m_autoRelease->value();
}

QList<InterceptRule> InterceptMessagesBox::parseRules(const QString &text, QStringList *problems)
{
    const struct {
        const char *name;
        InterceptRule::Action action;
    } kinds[] = { { "rewrite", InterceptRule::Action::Rewrite }, { "drop", InterceptRule::Action::Drop },
        { "delay", InterceptRule::Action::Delay }, { "break", InterceptRule::Action::Break },
        { "reply", InterceptRule::Action::Reply } };
    QList<InterceptRule> rules;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1String("--")))
            line = line.mid(2);
        const qsizetype space = line.indexOf(QLatin1Char(' '));
        const QString verb = line.left(space).toLower();
        bool known = false;
        for (const auto &kind : kinds) {
            if (verb != QLatin1String(kind.name))
                continue;
            known = true;
            QString error;
            const InterceptRule rule
                = InterceptCliSpec::parse(kind.action, space < 0 ? QString() : line.mid(space + 1).trimmed(), &error);
            if (error.isEmpty())
                rules.append(rule);
            else
                problems->append(tr("Rule line %1: %2").arg(i + 1).arg(error));
        }
        if (!known)
            problems->append(tr("Rule line %1: “%2” is not a rule; start with rewrite, drop, delay, break or reply.")
                                 .arg(i + 1)
                                 .arg(verb));
    }
    return rules;
}

} // namespace Framewise
