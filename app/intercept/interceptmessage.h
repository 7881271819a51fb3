// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Framewise {

// One whole WebSocket message as the intercept rules see it. A text message's payload is UTF-8.
struct InterceptMessage {
    bool binary = false;
    QByteArray payload;

    friend bool operator==(const InterceptMessage &, const InterceptMessage &) = default;
};

} // namespace Framewise
