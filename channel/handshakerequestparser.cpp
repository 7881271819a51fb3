// SPDX-License-Identifier: GPL-3.0-or-later
#include "handshakerequestparser.h"

#include "httpsyntax.h"
#include "wallclock.h"

#include <QCoreApplication>

#include <algorithm>
#include <cctype>

namespace Framewise {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Framewise::HandshakeRequestParser", text);
}

// A line as the error message quotes it: short, and without control bytes that would garble a log.
QString quoted(const QByteArray &line)
{
    QByteArray shown = line.left(80);
    for (char &c : shown) {
        if (uchar(c) < 0x20 || c == 0x7f)
            c = ' ';
    }
    return QString::fromLatin1(shown);
}

// "HTTP/" DIGIT "." DIGIT (RFC 9112 section 2.3).
bool isHttpVersion(const QByteArray &text)
{
    return text.size() == 8 && text.startsWith("HTTP/") && std::isdigit(uchar(text.at(5))) && text.at(6) == '.'
        && std::isdigit(uchar(text.at(7)));
}
} // namespace

HandshakeRequestParser::HandshakeRequestParser(qsizetype maxHeaderSize, int maxHeaderCount)
    : m_maxHeaderSize(maxHeaderSize)
    , m_maxHeaderCount(maxHeaderCount)
{
}

void HandshakeRequestParser::setError(int statusCode, const QString &error)
{
    m_error = error;
    m_errorStatusCode = statusCode;
    m_state = State::Error;
    m_buffer.clear();
}

qsizetype HandshakeRequestParser::feed(const char *data, qsizetype size)
{
    const qsizetype used = consume(data, size);
    m_bytesConsumed += used;
    return used;
}

qsizetype HandshakeRequestParser::consume(const char *data, qsizetype size)
{
    if (m_state != State::Headers)
        return 0;
    const qsizetype before = m_buffer.size();
    const qsizetype take = std::min(size, m_maxHeaderSize - before);
    m_buffer.append(data, take);
    // Line by line from where the last read stopped, so a request fed byte by byte costs O(n).
    for (qsizetype newline = m_buffer.indexOf('\n', m_lineStart); newline >= 0;
         newline = m_buffer.indexOf('\n', m_lineStart)) {
        qsizetype end = newline;
        if (end > m_lineStart && m_buffer.at(end - 1) == '\r')
            --end;
        const bool empty = end == m_lineStart;
        if (empty && m_lines == 0) {
            // Empty lines before the request line are ignored (RFC 9112 section 2.2).
            m_blockStart = m_lineStart = newline + 1;
            continue;
        }
        if (empty) {
            const qsizetype consumed = newline + 1 - before;
            m_buffer = m_buffer.mid(m_blockStart, m_lineStart - m_blockStart);
            if (parseHeaderBlock()) {
                m_request.timeUs = WallClock::nowUs();
                m_state = State::Done;
            }
            m_buffer.clear();
            return consumed;
        }
        if (++m_lines > m_maxHeaderCount + 1) {
            setError(431, tr("The client's request has more than %1 header lines.").arg(m_maxHeaderCount));
            return take;
        }
        m_lineStart = newline + 1;
    }
    if (m_buffer.size() >= m_maxHeaderSize)
        setError(431, tr("The client's request has a header block larger than %1 KiB.").arg(m_maxHeaderSize / 1024));
    return take;
}

void HandshakeRequestParser::finishInput()
{
    if (m_state != State::Headers)
        return;
    setError(400,
        m_buffer.isEmpty() && m_lines == 0 ? tr("The client closed the connection without sending a request.")
                                           : tr("The client closed the connection in the middle of its request."));
}

bool HandshakeRequestParser::parseHeaderBlock()
{
    QList<QByteArray> lines = m_buffer.split('\n');
    lines.removeLast(); // what follows the last line's LF: nothing
    for (auto &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.contains('\r')) {
            setError(400, tr("The client's request has a carriage return inside a line: “%1”.").arg(quoted(line)));
            return false;
        }
    }
    // "GET /path?q HTTP/1.1": exactly one space between the three parts (RFC 9112 section 3).
    const QByteArray requestLine = lines.value(0);
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !HttpSyntax::isToken(parts.at(0)) || parts.at(1).isEmpty()
        || !HttpSyntax::isFieldValue(parts.at(1)) || !isHttpVersion(parts.at(2))) {
        setError(
            400, tr("The client's request does not start with an HTTP request line: “%1”.").arg(quoted(requestLine)));
        return false;
    }
    m_request.requestLine = requestLine;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.startsWith(' ') || line.startsWith('\t')) {
            // RFC 9112 section 5.2: a server rejects obsolete line folding or replaces it; a proxy rejects.
            setError(400, tr("The client's request continues a header on a second line: “%1”.").arg(quoted(line)));
            return false;
        }
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(std::max<qsizetype>(colon, 0));
        const QByteArray value = line.mid(colon + 1).trimmed();
        // No white space between name and colon (RFC 9112 section 5.1).
        if (!HttpSyntax::isToken(name) || !HttpSyntax::isFieldValue(value)) {
            setError(400, tr("The client's request has a malformed header line: “%1”.").arg(quoted(line)));
            return false;
        }
        m_request.headers.append(name, value);
    }
    m_request.key = m_request.headers.value("Sec-WebSocket-Key").trimmed();
    return true;
}

} // namespace Framewise
