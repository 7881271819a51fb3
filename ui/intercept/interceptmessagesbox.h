// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interceptrule.h"
#include "interceptsettings.h"

#include <QGroupBox>

class QCheckBox;
class QPlainTextEdit;
class QSpinBox;

namespace Framewise {

// What an intercept or a proxy does with the messages it carries: pings end to end, the rules (one
// per line, in the form of framewise-cli intercept's options: "drop to-app:^heartbeat$") and when
// held messages go on by themselves. Shared by File › New intercept and File › New proxy.
class InterceptMessagesBox : public QGroupBox {
    Q_OBJECT
public:
    explicit InterceptMessagesBox(QWidget *parent = nullptr);

    QCheckBox *forwardPingsBox() const { return m_forwardPings; }
    QPlainTextEdit *rulesEdit() const { return m_rules; }
    QSpinBox *autoReleaseBox() const { return m_autoRelease; }

    void setFrom(const InterceptSettings &settings, const QString &rulesText);
    // Writes the fields into settings; a rule that does not parse adds a problem in words.
    void applyTo(InterceptSettings *settings, QStringList *problems) const;

    // One rule per line: "rewrite to-server:a:b", "--drop to-app:x", … Empty lines and # comments
    // are skipped; each line that is no rule adds a problem naming its line.
    static QList<InterceptRule> parseRules(const QString &text, QStringList *problems);

private:
    QCheckBox *m_forwardPings;
    QPlainTextEdit *m_rules;
    QSpinBox *m_autoRelease;
};

} // namespace Framewise
