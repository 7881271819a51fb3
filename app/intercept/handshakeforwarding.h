// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "handshakerequest.h"
#include "handshakeresponse.h"

#include <QStringList>

namespace Framewise {

// How an intercepting proxy carries an opening handshake across: which of the app's request
// headers go upstream and which of the server's answer go back. Hop-by-hop headers (RFC 9110
// section 7.6.1) and the ones each leg negotiates for itself (key, accept, version, extensions)
// stay on their own leg; everything else passes unchanged and in order.
namespace HandshakeForwarding {

// Whether name is hop-by-hop or belongs to one leg's WebSocket negotiation.
bool isPerLeg(const QByteArray &name);
// The app's headers for the upstream request: per-leg ones, Host (unless keepHost), Origin (the
// channel's own parameter) and Sec-WebSocket-Protocol (setProtocols) removed.
HttpHeaders requestHeadersForUpstream(const HandshakeRequest &request, bool keepHost);
QString originOf(const HandshakeRequest &request);
QStringList subprotocolsOffered(const HandshakeRequest &request);
// Headers of the server's 101 to repeat in ours (e.g. Set-Cookie), per-leg ones removed.
HttpHeaders responseHeadersForApp(const HandshakeResponse &response);
// The server's refusal as the app gets it: status, reason, headers and body as they came, with the
// framing (Content-Length, Transfer-Encoding, Connection) made to fit the body as it is sent.
HandshakeResponse refusalForApp(const HandshakeResponse &response);
// The upstream URL for a client's request target: base's path plus the target's path, base's query
// then the target's, or base alone when fixedPath.
QUrl upstreamUrl(const QUrl &base, const QByteArray &target, bool fixedPath);

} // namespace HandshakeForwarding

} // namespace Framewise
