// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interceptmessage.h"
#include "interceptrule.h"

#include <QList>
#include <QString>

#include <optional>

namespace Framewise {

// What the rules decided for one message (InterceptRuleSet::evaluate). Everything the rules that
// matched asked for is kept, also the hold and delay of rules before a drop or a reply; the proxy
// decides how they combine.
struct InterceptVerdict {
    // A rule that matched, as it was when it matched (the log marks the message with it).
    struct MatchedRule {
        int index = -1; // in the rule set, from 0
        QString name;
        InterceptRule::Action action = InterceptRule::Action::Break;
        friend bool operator==(const MatchedRule &, const MatchedRule &) = default;
    };

    bool hold = false; // a Break rule matched
    bool drop = false; // a Drop rule matched; nothing is forwarded
    std::optional<InterceptMessage> reply; // a Reply rule matched: send this back, forward nothing
    qint64 delayMs = 0; // the sum of the Delay rules that matched
    bool rewritten = false; // a Rewrite rule changed the payload
    QList<MatchedRule> matched; // in the order they matched

    bool forwards() const { return !drop && !reply; }

    friend bool operator==(const InterceptVerdict &, const InterceptVerdict &) = default;
};

} // namespace Framewise
