// SPDX-License-Identifier: GPL-3.0-or-later
#include "interceptdirection.h"

namespace Framewise {

QString interceptDirectionName(InterceptDirection direction)
{
    return direction == InterceptDirection::ToServer ? QStringLiteral("to-server") : QStringLiteral("to-app");
}

std::optional<InterceptDirection> parseInterceptDirection(QStringView name)
{
    const auto is = [name](QLatin1String word) { return name.compare(word, Qt::CaseInsensitive) == 0; };
    if (is(QLatin1String("to-server")) || is(QLatin1String("up")))
        return InterceptDirection::ToServer;
    if (is(QLatin1String("to-app")) || is(QLatin1String("down")))
        return InterceptDirection::ToApp;
    return std::nullopt;
}

QString interceptDirectionFilterName(InterceptDirectionFilter filter)
{
    switch (filter) {
    case InterceptDirectionFilter::ToServer:
        return interceptDirectionName(InterceptDirection::ToServer);
    case InterceptDirectionFilter::ToApp:
        return interceptDirectionName(InterceptDirection::ToApp);
    case InterceptDirectionFilter::Both:
        break;
    }
    return QStringLiteral("both");
}

std::optional<InterceptDirectionFilter> parseInterceptDirectionFilter(QStringView name)
{
    if (name.compare(QLatin1String("both"), Qt::CaseInsensitive) == 0)
        return InterceptDirectionFilter::Both;
    const std::optional<InterceptDirection> direction = parseInterceptDirection(name);
    if (!direction)
        return std::nullopt;
    return *direction == InterceptDirection::ToServer ? InterceptDirectionFilter::ToServer
                                                      : InterceptDirectionFilter::ToApp;
}

bool interceptDirectionMatches(InterceptDirectionFilter filter, InterceptDirection direction)
{
    switch (filter) {
    case InterceptDirectionFilter::ToServer:
        return direction == InterceptDirection::ToServer;
    case InterceptDirectionFilter::ToApp:
        return direction == InterceptDirection::ToApp;
    case InterceptDirectionFilter::Both:
        break;
    }
    return true;
}

} // namespace Framewise
