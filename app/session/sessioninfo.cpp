// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessioninfo.h"

#include "closecode.h"
#include "stopstatus.h"

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

QString SessionInfo::displayKindName(const QString &kind)
{
    if (kind == connectionKind())
        return QCoreApplication::translate("SessionInfo", "Connection");
    if (kind == interceptKind())
        return QCoreApplication::translate("SessionInfo", "Intercept");
    return kind;
}

int SessionInfo::httpStatus() const
{
    // "HTTP/1.1 403 Forbidden\n…"
    const QString line = handshakeResponse.section(u'\n', 0, 0);
    if (!line.startsWith(QLatin1String("HTTP/")))
        return 0;
    return line.section(u' ', 1, 1).toInt();
}

QString SessionInfo::searchText() const
{
    QStringList parts { url, profileName, displayStateName(state), endingText(), stopStatus, source };
    // Not for a plain connection: "Connection" in every row would leave nothing to find with it.
    if (kind != connectionKind())
        parts.append(displayKindName(kind));
    return parts.join(u'\n');
}

QString SessionInfo::endingText() const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("SessionInfo", text); };
    if (state == State::Live)
        return tr("still open");
    if (state == State::Interrupted)
        return tr("interrupted");
    const auto closed = [this, &tr] {
        return closeCode == 0 || closeCode == CloseCode::NoStatus
            ? tr("closed (no code)")
            : tr("closed %1").arg(CloseCode::label(quint16(closeCode)));
    };
    QString ending;
    std::optional<StopReason> reason;
    for (int r = int(StopReason::Ok); r <= int(StopReason::RedirectFailed) && !stopReason.isEmpty(); ++r) {
        if (StopStatus::reasonName(StopReason(r)) == stopReason)
            reason = StopReason(r);
    }
    if (reason) {
        switch (*reason) {
        case StopReason::Ok:
            ending = closed();
            break;
        case StopReason::ConnectionRefused:
            ending = tr("connection refused");
            break;
        case StopReason::HostNotFound:
            ending = tr("host not found");
            break;
        case StopReason::OpenTimeout:
            ending = tr("no answer in time");
            break;
        case StopReason::HandshakeRejected:
            ending = tr("refused (%1)").arg(httpStatus());
            break;
        case StopReason::HandshakeInvalid:
            ending = tr("invalid handshake");
            break;
        case StopReason::ProtocolError:
            ending = tr("protocol error (1002)");
            break;
        case StopReason::InvalidPayload:
            ending = tr("invalid UTF-8 (1007)");
            break;
        case StopReason::MessageTooLarge:
            ending = tr("message too large (1009)");
            break;
        case StopReason::PingTimeout:
            ending = tr("ping timeout");
            break;
        case StopReason::CloseTimeout:
            ending = tr("no Close in time");
            break;
        case StopReason::ConnectionLost:
            ending = tr("connection lost");
            break;
        case StopReason::TlsFailed:
            ending = tr("TLS failed");
            break;
        case StopReason::NetworkError:
            ending = tr("network error");
            break;
        case StopReason::Aborted:
            ending = tr("cancelled");
            break;
        case StopReason::RedirectFailed:
            ending = tr("redirect failed");
            break;
        }
    } else {
        // Stored before the reason was kept, imported, or recorded while the connection was
        // still open: what the close code and the handshake answer tell.
        const int status = httpStatus();
        if (status != 0 && status != 101)
            ending = tr("refused (%1)").arg(status);
        else if (closeCode == CloseCode::Abnormal)
            ending = tr("connection lost");
        else if (closeCode != 0)
            ending = closed();
        else if (status == 101 && state == State::Ended)
            ending = tr("recording stopped while open");
    }
    if (state == State::Imported)
        return ending.isEmpty() ? displayStateName(state) : tr("imported, %1").arg(ending);
    return ending.isEmpty() ? displayStateName(state) : ending;
}

} // namespace Framewise
