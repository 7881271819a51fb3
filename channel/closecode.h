// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace Framewise {

// RFC 6455 section 7.4 close codes, named as nsIWebSocketChannel names them.
namespace CloseCode {
constexpr quint16 None = 0; // "no code": an empty Close payload
constexpr quint16 Normal = 1000;
constexpr quint16 GoingAway = 1001;
constexpr quint16 ProtocolError = 1002;
constexpr quint16 UnsupportedDatatype = 1003;
constexpr quint16 NoStatus = 1005; // never on the wire: the Close frame had no code
constexpr quint16 Abnormal = 1006; // never on the wire: the connection ended without a Close frame
constexpr quint16 InvalidPayload = 1007;
constexpr quint16 PolicyViolation = 1008;
constexpr quint16 TooLarge = 1009;
constexpr quint16 ExtensionMissing = 1010;
constexpr quint16 InternalError = 1011;
constexpr quint16 ServiceRestart = 1012;
constexpr quint16 TryAgainLater = 1013;
constexpr quint16 BadGateway = 1014;
constexpr quint16 TlsFailed = 1015; // never on the wire

// May a client put this code in a Close frame? (1000-1003, 1007-1014, 3000-4999)
bool isSendable(quint16 code);
// Is this code acceptable in a received Close frame? The same set as sendable, 1010 included:
// RFC 6455 (7.4.1) meant it for clients, but a server that sends it breaks no rule a receiver
// must enforce, and browsers (Firefox) and ws answer it like any other code instead of failing
// the connection. A server role receives it from clients, which are the ones meant to send it.
bool isValidReceived(quint16 code);
// "CLOSE_NORMAL"-style constant name, or an empty string for unnamed codes.
QString constantName(quint16 code);
// Short human description, e.g. "Normal closure", "Private use (4000)".
QString describe(quint16 code);
// The code and what it means, saying the number once: "1000 — Normal closure", "4321 — private use".
QString label(quint16 code);

} // namespace CloseCode
} // namespace Framewise
