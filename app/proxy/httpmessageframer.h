// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpheaders.h"

#include <QByteArray>
#include <QString>

namespace Framewise {

// Where an HTTP/1.1 message body ends (RFC 9112 section 6.3), so that a proxy can pass bodies
// through as they stream and still keep the connection for the next request: a body of
// Content-Length bytes, a chunked one (sizes, data, trailers), none at all (a request without
// either header; a response to HEAD, a 1xx, 204 or 304) or, for a response, one that lasts until
// the server closes.
class HttpMessageFramer {
public:
    enum class Mode { Empty, Length, Chunked, UntilClose };

    static HttpMessageFramer forRequest(const HttpHeaders &headers);
    static HttpMessageFramer forResponse(int statusCode, const HttpHeaders &headers, const QByteArray &requestMethod);

    // Takes bytes that follow the head; returns how many of them belong to this message (the rest
    // is the next one). An error stops at the byte that is wrong.
    qsizetype feed(const char *data, qsizetype size);
    // How many of the next bytes surely belong to this body (the rest of a Content-Length body or
    // of a chunk's data; all of a body that lasts until the close), so that they can be read and
    // passed on without looking at them first. 0 when the next bytes must be read as framing.
    qint64 certainBytes() const;
    bool isDone() const { return m_state == State::Done; }
    bool hasError() const { return m_state == State::Error; }
    QString errorString() const { return m_error; }
    Mode mode() const { return m_mode; }

private:
    enum class State { Body, ChunkSize, ChunkData, ChunkDataEnd, Trailer, Done, Error };

    explicit HttpMessageFramer(Mode mode, qint64 length = 0);
    static HttpMessageFramer fromHeaders(const HttpHeaders &headers, Mode otherwise);
    void fail(const QString &why);

    Mode m_mode;
    State m_state;
    qint64 m_remaining = 0; // of the body (Length) or of the chunk (ChunkData)
    QByteArray m_line; // a chunk-size or trailer line being read
    QString m_error;
};

} // namespace Framewise
