// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessioninfo.h"

#include <QCoreApplication>

namespace Framewise {

QString SessionInfo::stateName(State state)
{
    switch (state) {
    case State::Live:
        return QStringLiteral("live");
    case State::Ended:
        return QStringLiteral("ended");
    case State::Interrupted:
        return QStringLiteral("interrupted");
    case State::Imported:
        return QStringLiteral("imported");
    }
    return QStringLiteral("ended");
}

std::optional<SessionInfo::State> SessionInfo::stateFromName(const QString &name)
{
    for (const State state : { State::Live, State::Ended, State::Interrupted, State::Imported }) {
        if (name == stateName(state))
            return state;
    }
    return std::nullopt;
}

QString SessionInfo::displayStateName(State state)
{
    switch (state) {
    case State::Live:
        return QCoreApplication::translate("SessionInfo", "recording");
    case State::Ended:
        return QCoreApplication::translate("SessionInfo", "ended");
    case State::Interrupted:
        return QCoreApplication::translate("SessionInfo", "interrupted");
    case State::Imported:
        return QCoreApplication::translate("SessionInfo", "imported");
    }
    return {};
}

} // namespace Framewise
