// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace Framewise {

class SessionTab;

// The mark a connection tab carries, so the state of every connection shows at a glance: a ring
// while connecting or closing, a green dot while open, grey once closed normally, red when the
// connection failed or ended with an error, the history symbol for a recorded session.
class TabStateIcon {
public:
    enum class Kind { None, Connecting, Open, Closed, Failed, Past };
    static Kind kindOf(const SessionTab &tab);
    static QIcon icon(Kind kind);
    // The tab's tooltip: its address and state in words.
    static QString describe(const SessionTab &tab);
};

} // namespace Framewise
