// SPDX-License-Identifier: GPL-3.0-or-later
#include "handshakeresponseparser.h"

#include "wallclock.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace Framewise {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Framewise::HandshakeResponseParser", text);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
} // namespace

HandshakeResponseParser::HandshakeResponseParser(qsizetype maxHeaderSize, qsizetype maxBodySize)
    : m_maxHeaderSize(maxHeaderSize)
    , m_maxBodySize(maxBodySize)
{
}

void HandshakeResponseParser::setError(const QString &error)
{
    m_error = error;
    m_state = State::Error;
    m_buffer.clear();
}

qsizetype HandshakeResponseParser::feed(const char *data, qsizetype size)
{
    const qsizetype used = consume(data, size);
    m_bytesConsumed += used;
    return used;
}

qsizetype HandshakeResponseParser::consume(const char *data, qsizetype size)
{
    if (m_state == State::Headers) {
        const qsizetype before = m_buffer.size();
        const qsizetype room = m_maxHeaderSize - before;
        const qsizetype take = std::min(size, room);
        m_buffer.append(data, take);
        // Search only where the terminator can newly appear.
        const qsizetype from = std::max<qsizetype>(0, before - 3);
        qsizetype end = m_buffer.indexOf("\r\n\r\n", from);
        qsizetype terminatorLength = 4;
        const qsizetype lfEnd = m_buffer.indexOf("\n\n", std::max<qsizetype>(0, before - 1));
        if (lfEnd >= 0 && (end < 0 || lfEnd < end)) {
            end = lfEnd;
            terminatorLength = 2;
        }
        if (end < 0) {
            if (m_buffer.size() >= m_maxHeaderSize) {
                setError(tr("The server's answer has a header block larger than %1 KiB.").arg(m_maxHeaderSize / 1024));
            }
            return take;
        }
        const qsizetype headerEnd = end + terminatorLength;
        m_buffer.truncate(end);
        const qsizetype consumed = headerEnd - before;
        if (!parseHeaderBlock())
            return consumed;
        m_buffer.clear();
        m_response.timeUs = WallClock::nowUs();
        if (m_response.statusCode == 101) {
            m_state = State::Done;
            return consumed;
        }
        m_state = State::Body;
        bool ok = false;
        const qint64 length = m_response.headers.value("Content-Length").trimmed().toLongLong(&ok);
        m_bodyRemaining = ok && length >= 0 ? length : -1;
        const QList<QByteArray> codings = m_response.headers.tokens("Transfer-Encoding");
        if (m_bodyRemaining < 0 && !codings.isEmpty() && codings.last().compare("chunked", Qt::CaseInsensitive) == 0)
            m_chunked = Chunked::Size;
        if (m_bodyRemaining == 0) {
            m_state = State::Done;
            return consumed;
        }
        return consumed + consume(data + consumed, size - consumed);
    }
    if (m_state == State::Body) {
        qsizetype take = size;
        if (m_bodyRemaining >= 0)
            take = qsizetype(std::min<qint64>(take, m_bodyRemaining));
        else if (m_chunked != Chunked::Off)
            take = scanChunked(data, size);
        const qsizetype room = m_maxBodySize - m_response.body.size();
        if (take > room)
            m_response.bodyTruncated = true;
        m_response.body.append(data, std::min(take, room));
        if (m_bodyRemaining >= 0) {
            m_bodyRemaining -= take;
            if (m_bodyRemaining == 0)
                m_state = State::Done;
        }
        return take;
    }
    return 0;
}

// Follows the chunked framing (RFC 9112 section 7.1) just far enough to see where the body ends,
// wherever the reads split it: the body is kept as it came, chunk sizes and all. Returns how many
// bytes belong to the body and sets Done after the trailer section. When the framing breaks,
// tracking stops and the body lasts until the peer closes, as without Content-Length.
qsizetype HandshakeResponseParser::scanChunked(const char *data, qsizetype size)
{
    qsizetype i = 0;
    while (i < size && m_state == State::Body && m_chunked != Chunked::Off) {
        const char c = data[i];
        switch (m_chunked) {
        case Chunked::Data: {
            const auto n = qsizetype(std::min<qint64>(m_chunkRemaining, size - i));
            m_chunkRemaining -= n;
            i += n;
            if (m_chunkRemaining == 0)
                m_chunked = Chunked::DataEnd;
            continue;
        }
        case Chunked::Size: {
            const int digit = hexValue(c);
            if (digit >= 0 && m_chunkDigits < 15) {
                m_chunkRemaining = m_chunkRemaining * 16 + digit;
                ++m_chunkDigits;
                break;
            }
            if (digit >= 0 || m_chunkDigits == 0) {
                m_chunked = Chunked::Off; // no size, or one too large to be real
                break;
            }
            m_chunked = Chunked::SizeEnd; // chunk extensions, CR: skipped up to the LF
            [[fallthrough]];
        }
        case Chunked::SizeEnd:
            if (c == '\n') {
                m_chunked = m_chunkRemaining > 0 ? Chunked::Data : Chunked::TrailerStart;
                m_chunkDigits = 0;
            }
            break;
        case Chunked::DataEnd:
            if (c == '\n')
                m_chunked = Chunked::Size;
            break;
        case Chunked::TrailerStart:
            if (c == '\n')
                m_state = State::Done; // the empty line after the last chunk (and any trailers)
            else if (c != '\r')
                m_chunked = Chunked::Trailer;
            break;
        case Chunked::Trailer:
            if (c == '\n')
                m_chunked = Chunked::TrailerStart;
            break;
        case Chunked::Off:
            break;
        }
        ++i;
    }
    return m_chunked == Chunked::Off && m_state == State::Body ? size : i;
}

void HandshakeResponseParser::finishInput()
{
    if (m_state == State::Body)
        m_state = State::Done;
    else if (m_state == State::Headers)
        setError(m_buffer.isEmpty() ? tr("The server closed the connection without answering the handshake.")
                                    : tr("The server closed the connection in the middle of its handshake answer."));
}

bool HandshakeResponseParser::parseHeaderBlock()
{
    QList<QByteArray> lines = m_buffer.split('\n');
    for (auto &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    const QByteArray statusLine = lines.value(0);
    // "HTTP/1.1 101 Switching Protocols"
    const qsizetype firstSpace = statusLine.indexOf(' ');
    const QByteArray version = statusLine.left(firstSpace);
    const QByteArray rest = firstSpace < 0 ? QByteArray() : statusLine.mid(firstSpace + 1);
    const QByteArray code = rest.left(3);
    // Exactly three digits: toInt() alone would also take "-12", "+12" or " 12".
    const bool ok
        = code.size() == 3 && std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
    const int status = ok ? code.toInt() : 0;
    if (!version.startsWith("HTTP/") || !ok || (rest.size() > 3 && rest.at(3) != ' ')) {
        setError(tr("The server's answer does not start with an HTTP status line: “%1”.")
                     .arg(QString::fromLatin1(statusLine.left(80))));
        return false;
    }
    m_response.statusLine = statusLine;
    m_response.httpVersion = version;
    m_response.statusCode = status;
    m_response.reasonPhrase = rest.mid(4);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.isEmpty())
            continue;
        if ((line.at(0) == ' ' || line.at(0) == '\t') && !m_response.headers.isEmpty()) {
            // Obsolete line folding: continues the previous header's value.
            auto entries = m_response.headers.entries();
            HttpHeaders rebuilt;
            for (qsizetype e = 0; e + 1 < entries.size(); ++e)
                rebuilt.append(entries.at(e).first, entries.at(e).second);
            rebuilt.append(entries.last().first, entries.last().second + ' ' + line.trimmed());
            m_response.headers = rebuilt;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(std::max<qsizetype>(colon, 0)).trimmed();
        if (name.isEmpty()) { // no colon, or only white space (e.g. a stray CR) before it
            setError(
                tr("The server's answer has a malformed header line: “%1”.").arg(QString::fromLatin1(line.left(80))));
            return false;
        }
        m_response.headers.append(name, line.mid(colon + 1).trimmed());
    }
    return true;
}

} // namespace Framewise
