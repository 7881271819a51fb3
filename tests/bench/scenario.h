// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Framewise {

// One benchmark case: what flows in which direction, how much of it, and the throughput ratio
// (Framewise / QWebSocket) that Framewise is expected to reach.
struct Scenario {
    enum class Direction { Receive, Send };

    QString name; // receive-small, receive-large, send-small
    Direction direction = Direction::Receive;
    bool text = true;
    qint64 count = 0;
    qint64 size = 0; // payload bytes per message
    double target = 1.0;

    bool isReceive() const { return direction == Direction::Receive; }
    // What the blaster process does for this scenario: "text" or "binary" (it sends), "sink" (it receives).
    QString blasterMode() const;
    // "receive 1000000 x 64 B text"
    QString describe() const;

    static QList<Scenario> defaults();
    static std::optional<Scenario> byName(const QString &name);
};

} // namespace Framewise
