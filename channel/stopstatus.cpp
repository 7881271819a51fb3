// SPDX-License-Identifier: GPL-3.0-or-later
#include "stopstatus.h"

#include "closecode.h"

#include <QCoreApplication>

namespace Framewise {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Framewise::StopStatus", text);
}

QString codeText(quint16 code)
{
    return CloseCode::label(code);
}
} // namespace

QString StopStatus::reasonName(StopReason reason)
{
    switch (reason) {
    case StopReason::Ok:
        return QStringLiteral("Ok");
    case StopReason::ConnectionRefused:
        return QStringLiteral("ConnectionRefused");
    case StopReason::HostNotFound:
        return QStringLiteral("HostNotFound");
    case StopReason::OpenTimeout:
        return QStringLiteral("OpenTimeout");
    case StopReason::HandshakeRejected:
        return QStringLiteral("HandshakeRejected");
    case StopReason::HandshakeInvalid:
        return QStringLiteral("HandshakeInvalid");
    case StopReason::ProtocolError:
        return QStringLiteral("ProtocolError");
    case StopReason::InvalidPayload:
        return QStringLiteral("InvalidPayload");
    case StopReason::MessageTooLarge:
        return QStringLiteral("MessageTooLarge");
    case StopReason::PingTimeout:
        return QStringLiteral("PingTimeout");
    case StopReason::CloseTimeout:
        return QStringLiteral("CloseTimeout");
    case StopReason::ConnectionLost:
        return QStringLiteral("ConnectionLost");
    case StopReason::TlsFailed:
        return QStringLiteral("TlsFailed");
    case StopReason::NetworkError:
        return QStringLiteral("NetworkError");
    case StopReason::Aborted:
        return QStringLiteral("Aborted");
    case StopReason::RedirectFailed:
        return QStringLiteral("RedirectFailed");
    }
    return {};
}

QString StopStatus::message() const
{
    QString text;
    switch (reason) {
    case StopReason::Ok:
        if (closeFrameReceived && closeCodeReceived != CloseCode::NoStatus) {
            text = closeReasonReceived.isEmpty()
                ? tr("The connection was closed (%1).").arg(codeText(closeCodeReceived))
                : tr("The connection was closed (%1): “%2”.").arg(codeText(closeCodeReceived), closeReasonReceived);
        } else {
            text = tr("The connection was closed.");
        }
        break;
    case StopReason::ConnectionRefused:
        text = tr("The server refused the connection: nothing is listening on that port.");
        break;
    case StopReason::HostNotFound:
        text = tr("The server's name could not be found.");
        break;
    case StopReason::OpenTimeout:
        text = tr("The server did not complete the opening handshake in time.");
        break;
    case StopReason::HandshakeRejected:
        // The status once and early (a log row's column is narrow), then what the server said in
        // its body (detail), quoted.
        text = httpReason.isEmpty() ? tr("Upgrade refused with HTTP status %1.").arg(httpStatus)
                                    : tr("Upgrade refused with HTTP %1 %2.").arg(httpStatus).arg(httpReason);
        if (!detail.isEmpty())
            text += u' ' + tr("Body: “%1”.").arg(detail);
        return text;
    case StopReason::HandshakeInvalid:
        text = tr("The server's handshake answer is not a valid WebSocket upgrade.");
        break;
    case StopReason::ProtocolError:
        text = tr("The server broke the WebSocket protocol; the connection was closed with 1002.");
        break;
    case StopReason::InvalidPayload:
        text = tr("The server sent text that is not valid UTF-8; the connection was closed with 1007.");
        break;
    case StopReason::MessageTooLarge:
        text = tr("The server sent a message larger than the limit; the connection was closed with 1009.");
        break;
    case StopReason::PingTimeout:
        text = tr("The server did not answer a keepalive ping in time; the connection is considered broken.");
        break;
    case StopReason::CloseTimeout:
        text = tr("The server did not answer our Close in time; the connection was dropped.");
        break;
    case StopReason::ConnectionLost:
        text = tr("The connection ended without a closing handshake (1006 Abnormal closure).");
        break;
    case StopReason::TlsFailed:
        text = tr("The secure (TLS) connection could not be established.");
        break;
    case StopReason::NetworkError:
        text = tr("A network error ended the connection.");
        break;
    case StopReason::Aborted:
        text = tr("The connection was cancelled.");
        break;
    case StopReason::RedirectFailed:
        text = tr("The server's redirect could not be followed.");
        break;
    }
    // Details and certificate errors come from Qt and the OS without a final stop: each gets one.
    const auto sentence = [](QString part) {
        const QChar last = part.isEmpty() ? QChar() : part.back();
        if (!part.isEmpty() && !QStringLiteral(".!?…”\")").contains(last))
            part += u'.';
        return part;
    };
    if (!detail.isEmpty())
        text += u' ' + sentence(detail);
    if (!tlsErrors.isEmpty())
        text += u' ' + sentence(tlsErrors.join(QStringLiteral("; ")));
    return text;
}

} // namespace Framewise
