// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Framewise {

// Which way an intercepted message travels between the app (that connected to Framewise) and
// the real server.
enum class InterceptDirection {
    ToServer, // app -> server ("to-server", also "up")
    ToApp, // server -> app ("to-app", also "down")
};

// The directions a rule applies to.
enum class InterceptDirectionFilter { ToServer, ToApp, Both };

// "to-server" or "to-app": the names files and the command line use (not translated).
QString interceptDirectionName(InterceptDirection direction);
// Accepts "to-server"/"up" and "to-app"/"down", in any letter case.
std::optional<InterceptDirection> parseInterceptDirection(QStringView name);

// "to-server", "to-app" or "both".
QString interceptDirectionFilterName(InterceptDirectionFilter filter);
// Accepts what parseInterceptDirection() accepts, and "both".
std::optional<InterceptDirectionFilter> parseInterceptDirectionFilter(QStringView name);

bool interceptDirectionMatches(InterceptDirectionFilter filter, InterceptDirection direction);

} // namespace Framewise
