// SPDX-License-Identifier: GPL-3.0-or-later
#include "closecode.h"

#include <QCoreApplication>

namespace Framewise::CloseCode {

bool isSendable(quint16 code)
{
    return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) || (code >= 3000 && code <= 4999);
}

bool isValidReceived(quint16 code)
{
    return isSendable(code);
}

QString constantName(quint16 code)
{
    switch (code) {
    case Normal:
        return QStringLiteral("CLOSE_NORMAL");
    case GoingAway:
        return QStringLiteral("CLOSE_GOING_AWAY");
    case ProtocolError:
        return QStringLiteral("CLOSE_PROTOCOL_ERROR");
    case UnsupportedDatatype:
        return QStringLiteral("CLOSE_UNSUPPORTED_DATATYPE");
    case NoStatus:
        return QStringLiteral("CLOSE_NO_STATUS");
    case Abnormal:
        return QStringLiteral("CLOSE_ABNORMAL");
    case InvalidPayload:
        return QStringLiteral("CLOSE_INVALID_PAYLOAD");
    case PolicyViolation:
        return QStringLiteral("CLOSE_POLICY_VIOLATION");
    case TooLarge:
        return QStringLiteral("CLOSE_TOO_LARGE");
    case ExtensionMissing:
        return QStringLiteral("CLOSE_EXTENSION_MISSING");
    case InternalError:
        return QStringLiteral("CLOSE_INTERNAL_ERROR");
    case ServiceRestart:
        return QStringLiteral("CLOSE_SERVICE_RESTART");
    case TryAgainLater:
        return QStringLiteral("CLOSE_TRY_AGAIN_LATER");
    case BadGateway:
        return QStringLiteral("CLOSE_BAD_GATEWAY");
    case TlsFailed:
        return QStringLiteral("CLOSE_TLS_FAILED");
    default:
        return {};
    }
}

QString describe(quint16 code)
{
    const char *text = nullptr;
    switch (code) {
    case None:
        text = QT_TRANSLATE_NOOP("Framewise::CloseCode", "No code");
        break;
    case Normal:
        text = QT_TRANSLATE_NOOP("Framewise::CloseCode", "Normal closure");
        break;
    case GoingAway:
        text = QT_TRANSLATE_NOOP("Framewise::CloseCode", "Going away");
        break;
    case ProtocolError:
        text = QT_TRANSLATE_NOOP("Framewise::CloseCode", "Protocol error");
        break;
    case UnsupportedDatatype:
        text = QT_TRANSLATE_NOOP("Framewise::CloseCode", "Unsupported data");
        break;
    case NoStatus:
        text = QT_TRANSLATE_NOOP("Framewise::CloseCode", "No status code");
        break;
    case Abnormal:
        text = QT_TRANSLATE_NOOP("Framewise::CloseCode", "Abnormal closure (no Close frame)");
        break;
    case InvalidPayload:
        text = QT_TRANSLATE_NOOP("Framewise::CloseCode", "Invalid payload data");
        break;
    case PolicyViolation:
        text = QT_TRANSLATE_NOOP("Framewise::CloseCode", "Policy violation");
        break;
    case TooLarge:
        text = QT_TRANSLATE_NOOP("Framewise::CloseCode", "Message too big");
        break;
    case ExtensionMissing:
        text = QT_TRANSLATE_NOOP("Framewise::CloseCode", "Mandatory extension missing");
        break;
    case InternalError:
        text = QT_TRANSLATE_NOOP("Framewise::CloseCode", "Internal server error");
        break;
    case ServiceRestart:
        text = QT_TRANSLATE_NOOP("Framewise::CloseCode", "Service restart");
        break;
    case TryAgainLater:
        text = QT_TRANSLATE_NOOP("Framewise::CloseCode", "Try again later");
        break;
    case BadGateway:
        text = QT_TRANSLATE_NOOP("Framewise::CloseCode", "Bad gateway");
        break;
    case TlsFailed:
        text = QT_TRANSLATE_NOOP("Framewise::CloseCode", "TLS handshake failed");
        break;
    default:
        break;
    }
    if (text)
        return QCoreApplication::translate("Framewise::CloseCode", text);
    if (code >= 3000 && code <= 3999)
        return QCoreApplication::translate("Framewise::CloseCode", "Registered code (%1)").arg(code);
    if (code >= 4000 && code <= 4999)
        return QCoreApplication::translate("Framewise::CloseCode", "Private use (%1)").arg(code);
    return QCoreApplication::translate("Framewise::CloseCode", "Reserved code (%1)").arg(code);
}

QString label(quint16 code)
{
    // describe() names a code of a range with its number; here the number leads, once.
    QString meaning;
    if (!constantName(code).isEmpty() || code == None)
        meaning = describe(code);
    else if (code >= 3000 && code <= 3999)
        meaning = QCoreApplication::translate("Framewise::CloseCode", "registered code");
    else if (code >= 4000 && code <= 4999)
        meaning = QCoreApplication::translate("Framewise::CloseCode", "private use");
    else
        meaning = QCoreApplication::translate("Framewise::CloseCode", "reserved code");
    return QCoreApplication::translate("Framewise::CloseCode", "%1 — %2", "close code and its meaning")
        .arg(code)
        .arg(meaning);
}

} // namespace Framewise::CloseCode
