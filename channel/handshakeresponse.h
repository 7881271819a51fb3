// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpheaders.h"

#include <QByteArray>
#include <QMetaType>
#include <QStringList>

namespace Framewise {

// The server's answer to the opening handshake: everything an inspector shows.
struct HandshakeResponse {
    QByteArray statusLine; // "HTTP/1.1 101 Switching Protocols"
    QByteArray httpVersion; // "HTTP/1.1"
    int statusCode = 0;
    QByteArray reasonPhrase;
    HttpHeaders headers;
    QByteArray body; // for non-101 answers: up to 64 KiB of the body
    bool bodyTruncated = false;
    qint64 timeUs = 0;

    // The answer as the server role writes it: status line (from httpVersion, statusCode and
    // reasonPhrase), headers, empty line, body, with a Content-Length for the body when the headers
    // have none and the status allows one. Empty when the reason phrase or a header name or value
    // could end a line early (CR, LF, NUL...) or a Content-Length disagrees with the body: nothing a
    // rule or a peer put into a value can inject a header or a second response.
    QByteArray toBytes() const;
    // RFC 6455 section 4.1 checks of a 101 answer against what we asked for. Returns an empty
    // string when the answer is acceptable, otherwise a sentence that names the broken rule.
    QString validate(const QByteArray &key, const QStringList &offeredProtocols, bool extensionsOffered) const;
    // The start of the body as one line of at most maxChars characters (whitespace runs and
    // control characters become one space, an HTML page loses its tags), ending with "…" when
    // there is more; empty when the body has no text.
    QString bodyExcerpt(qsizetype maxChars = 200) const;
    // What a refusal's body says beyond its status: the excerpt, or nothing when it repeats the
    // status ("403 Forbidden") and adds no more than a word (a server's stock error page, such as
    // nginx's "403 Forbidden 403 Forbidden nginx", would only say the status line again).
    QString refusalDetail(qsizetype maxChars = 200) const;
};

} // namespace Framewise

Q_DECLARE_METATYPE(Framewise::HandshakeResponse)
