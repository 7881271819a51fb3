// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Framewise {

// What the client offers for permessage-deflate (RFC 7692), and what was agreed.
struct DeflateOptions {
    bool enabled = true; // offered by default, as browsers do
    bool serverNoContextTakeover = false;
    bool clientNoContextTakeover = false;
    int serverMaxWindowBits = 0; // 0: not offered; 8..15: ask the server to use at most this
    int clientMaxWindowBits = -1; // -1: offer the parameter without a value; 0: do not offer; 8..15: offer it
    qint64 compressionThreshold = 64; // messages shorter than this go uncompressed
    int compressionLevel = 6; // zlib level, 1..9

    // The Sec-WebSocket-Extensions value to send, or empty when disabled.
    QByteArray offer() const;
    friend bool operator==(const DeflateOptions &, const DeflateOptions &) = default;
};

// The parameters both sides use after a successful negotiation.
struct DeflateParameters {
    bool serverNoContextTakeover = false;
    bool clientNoContextTakeover = false;
    int serverMaxWindowBits = 15;
    int clientMaxWindowBits = 15;

    // Checks the server's Sec-WebSocket-Extensions answer against the offer (RFC 7692 section 7).
    // Returns an empty string and fills *agreed on success, otherwise the broken rule.
    static QString negotiate(const QByteArray &response, const DeflateOptions &offered, DeflateParameters *agreed);
    // The server role: answers the first permessage-deflate offer in the client's
    // Sec-WebSocket-Extensions that policy can honour (RFC 7692 section 7); an offer with unknown or
    // invalid parameters is declined, not an error. policy is read from the server's side: enabled
    // (compress at all), the no-context-takeover flags (asked for even when not offered), and the
    // largest window each side may use (server 8..15, client 8..15 when the client allows a limit;
    // other values: no limit). Returns the value for the 101 answer and fills *agreed; returns
    // empty (compression declined) when no offer fits.
    static QByteArray accept(const QByteArray &offers, const DeflateOptions &policy, DeflateParameters *agreed);
};

} // namespace Framewise
