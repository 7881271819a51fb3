// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interceptdirection.h"
#include "messagerecord.h"

#include <QByteArray>
#include <QString>

namespace Framewise {

// One message on its way through an intercept lane: what the sending leg delivered, what will be
// forwarded (after rewrites and edits) and what happened to it so far.
struct InterceptedItem {
    enum class Kind : quint8 { Message, Close };

    quint64 id = 0; // unique within its connection, in arrival order over both lanes
    InterceptDirection direction = InterceptDirection::ToServer;
    Kind kind = Kind::Message;
    bool binary = false;
    QByteArray payload; // as it will be forwarded
    // As the sender sent it, when that differs from payload (rewritten or edited); null otherwise,
    // which saves a flood's messages a reference count each way.
    QByteArray original;
    quint8 marks = 0; // MessageRecord::Mark
    bool held = false; // waiting at a breakpoint
    qint64 dueMs = 0; // monotonic time before which a delayed item must not go
    qint64 releaseAtMs = 0; // monotonic time a held item goes on by itself (0: only when released)
    quint16 closeCode = 0; // Kind::Close: the code to forward (0: none)
    QString closeReason;
    QString ruleName; // the rule that held, rewrote, dropped or answered it, if any

    qint64 size() const { return payload.size(); }
    const QByteArray &originalPayload() const { return original.isNull() ? payload : original; }
};

} // namespace Framewise
