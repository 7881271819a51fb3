// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QStringView>

namespace Framewise {

// What may go into an opening handshake from the outside (headers, Origin, subprotocols, the
// user agent): RFC 9110's token and field-value rules. Everything the channel puts on the wire
// passes through these, so no value can end a header line early and inject another.
class HttpSyntax {
public:
    // An HTTP token (header names, subprotocol names): 1*tchar.
    static bool isToken(QByteArrayView text);
    static bool isToken(QStringView text);
    // A header value: visible ASCII, spaces, tabs and bytes >= 0x80; no CR, LF, NUL or other
    // control bytes.
    static bool isFieldValue(QByteArrayView text);
    static bool isFieldValue(QStringView text);
    // Headers the channel writes itself because the protocol depends on them (Upgrade,
    // Connection, Sec-WebSocket-Key, -Version, -Extensions, -Protocol). A caller may not set them
    // as extra headers: the subprotocols and compression have their own settings.
    static bool isOwnedByChannel(QByteArrayView name);
};

} // namespace Framewise
