// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "handshakeresponse.h"

#include <QByteArray>
#include <QString>

namespace Framewise {

// Incremental parser for the HTTP response to the upgrade request. Bytes may arrive one at a
// time; the header block is bounded (an endless header block is an error, not a memory leak).
class HandshakeResponseParser {
public:
    enum class State {
        Headers, // reading status line and headers
        Body, // non-101 answer: collecting up to maxBodySize bytes of body
        Done, // response complete (for 101: the rest of the input is WebSocket frames)
        Error,
    };

    static constexpr qsizetype DefaultMaxHeaderSize = qsizetype(64) * 1024;
    static constexpr qsizetype DefaultMaxBodySize = qsizetype(64) * 1024;

    explicit HandshakeResponseParser(
        qsizetype maxHeaderSize = DefaultMaxHeaderSize, qsizetype maxBodySize = DefaultMaxBodySize);

    // Consumes bytes; returns how many were used. Once the state is Done for a 101 answer, the
    // bytes after the header block are not consumed: they belong to the frame parser.
    qsizetype feed(const char *data, qsizetype size);
    // The peer closed the connection: a body without Content-Length ends here.
    void finishInput();

    State state() const { return m_state; }
    qint64 bytesConsumed() const { return m_bytesConsumed; } // every byte feed() used so far
    QString errorString() const { return m_error; }
    const HandshakeResponse &response() const { return m_response; }
    HandshakeResponse takeResponse() { return std::move(m_response); }

private:
    qsizetype consume(const char *data, qsizetype size);
    qsizetype scanChunked(const char *data, qsizetype size);
    bool parseHeaderBlock();
    void setError(const QString &error);

    QByteArray m_buffer;
    HandshakeResponse m_response;
    QString m_error;
    qsizetype m_maxHeaderSize;
    qsizetype m_maxBodySize;
    qint64 m_bodyRemaining = -1; // -1: until close (or the end of a chunked body)
    // Where a Transfer-Encoding: chunked body is in its framing, to see where it ends. Off: not
    // chunked, or the framing broke and the body lasts until close.
    enum class Chunked : quint8 { Off, Size, SizeEnd, Data, DataEnd, TrailerStart, Trailer };
    Chunked m_chunked = Chunked::Off;
    qint64 m_chunkRemaining = 0;
    int m_chunkDigits = 0;
    qint64 m_bytesConsumed = 0;
    State m_state = State::Headers;
};

} // namespace Framewise
