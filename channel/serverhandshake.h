// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deflateoptions.h"
#include "handshakerequest.h"
#include "handshakeresponse.h"

#include <QString>
#include <QStringList>

namespace Framewise {

// The server role's answer to a client's opening handshake (RFC 6455 section 4.2): either a 101
// with the Accept key, the chosen subprotocol and the agreed permessage-deflate, or a refusal
// (400, 405, 426, or a status of the caller's) whose plain-text body says the reason in words.
class ServerHandshake {
public:
    struct Options {
        QStringList subprotocols; // the server's, most preferred first
        DeflateOptions deflate; // the server's policy, see DeflateParameters::accept()
        // Added to a 101 (e.g. Set-Cookie from an upstream); the headers the handshake owns
        // (HttpSyntax::isOwnedByChannel, Sec-WebSocket-Accept), Content-Length, and any name that
        // is not a token or value with a control character (CR, LF, NUL...) are skipped.
        HttpHeaders extraHeaders;
    };

    // Checks request by section 4.2.1 and builds the answer.
    static ServerHandshake answer(const HandshakeRequest &request, const Options &options);
    // A refusal with the given status and reason (e.g. HandshakeRequestParser's 400 or 431).
    // extraHeaders are added but for Content-Length and those that are not valid HTTP.
    static ServerHandshake refuse(int statusCode, const QString &reason, const HttpHeaders &extraHeaders = {});
    // "Bad Request" for 400 and the other statuses the server role sends; "Error" otherwise.
    static QByteArray reasonPhraseFor(int statusCode);

    bool isAccepted() const { return m_response.statusCode == 101; }
    const HandshakeResponse &response() const { return m_response; }
    QString refusalReason() const { return m_refusalReason; } // empty when accepted
    QString subprotocol() const { return m_subprotocol; } // empty: none agreed
    bool isDeflateAgreed() const { return m_deflateAgreed; }
    // What the server's compressor (server_*) and inflater (client_*) use; meaningful when agreed.
    DeflateParameters deflate() const { return m_deflate; }

private:
    HandshakeResponse m_response;
    QString m_refusalReason;
    QString m_subprotocol;
    DeflateParameters m_deflate;
    bool m_deflateAgreed = false;
};

} // namespace Framewise
