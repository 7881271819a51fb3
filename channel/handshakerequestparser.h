// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "handshakerequest.h"

#include <QByteArray>
#include <QString>

namespace Framewise {

// Incremental parser for a client's opening handshake request (the server role), the counterpart
// of HandshakeResponseParser. Bytes may arrive one at a time; the header block is bounded in size
// and in lines. Stricter than the response parser where RFC 9112 asks a server to be: a bare CR,
// obsolete line folding, white space before a colon or a malformed request line are errors, since
// an intercepting proxy that read them loosely could be smuggled a request its upstream reads
// otherwise. A bare LF ends a line, as RFC 9112 section 2.2 allows.
class HandshakeRequestParser {
public:
    enum class State {
        Headers, // reading the request line and headers
        Done, // request complete; the rest of the input is the client's first frames
        Error,
    };

    static constexpr qsizetype DefaultMaxHeaderSize = qsizetype(64) * 1024;
    static constexpr int DefaultMaxHeaderCount = 100;

    explicit HandshakeRequestParser(
        qsizetype maxHeaderSize = DefaultMaxHeaderSize, int maxHeaderCount = DefaultMaxHeaderCount);

    // Consumes bytes; returns how many were used. Once the state is Done, the bytes after the
    // header block are not consumed: they belong to the frame parser.
    qsizetype feed(const char *data, qsizetype size);
    // The client closed the connection: a request still in progress is an error.
    void finishInput();

    State state() const { return m_state; }
    qint64 bytesConsumed() const { return m_bytesConsumed; } // every byte feed() used so far
    QString errorString() const { return m_error; }
    // The status that answers the error: 431 for a header block too large or too long, else 400.
    int errorStatusCode() const { return m_errorStatusCode; }
    const HandshakeRequest &request() const { return m_request; }
    HandshakeRequest takeRequest() { return std::move(m_request); }

private:
    qsizetype consume(const char *data, qsizetype size);
    bool parseHeaderBlock();
    void setError(int statusCode, const QString &error);

    QByteArray m_buffer;
    qsizetype m_blockStart = 0; // where the request line starts in m_buffer, after empty lines
    qsizetype m_lineStart = 0; // where the line being read starts in m_buffer
    int m_lines = 0; // lines read so far, the request line included
    HandshakeRequest m_request;
    QString m_error;
    int m_errorStatusCode = 0;
    qsizetype m_maxHeaderSize;
    int m_maxHeaderCount;
    qint64 m_bytesConsumed = 0;
    State m_state = State::Headers;
};

} // namespace Framewise
