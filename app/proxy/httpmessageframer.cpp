// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpmessageframer.h"

#include <QCoreApplication>

#include <limits>

namespace Framewise {

namespace {
constexpr qsizetype MaxLineBytes = 8192; // a chunk-size line or a trailer

QString tr(const char *text)
{
    return QCoreApplication::translate("Framewise::HttpMessageFramer", text);
}
} // namespace

HttpMessageFramer::HttpMessageFramer(Mode mode, qint64 length)
    : m_mode(mode)
    , m_state(mode == Mode::Empty || (mode == Mode::Length && length == 0) ? State::Done
              : mode == Mode::Chunked                                      ? State::ChunkSize
                                                                           : State::Body)
    , m_remaining(length)
{
}

HttpMessageFramer HttpMessageFramer::fromHeaders(const HttpHeaders &headers, Mode otherwise)
{
    // Transfer-Encoding wins over Content-Length (RFC 9112 section 6.3); a proxy that read them
    // the other way round than its server could be smuggled a request, so conflicts are errors.
    const QList<QByteArray> codings = headers.tokens("Transfer-Encoding");
    if (!codings.isEmpty()) {
        if (codings.constLast().compare("chunked", Qt::CaseInsensitive) != 0) {
            HttpMessageFramer framer(Mode::UntilClose);
            if (otherwise == Mode::Empty) // a request must be chunked last to be read at all
                framer.fail(tr("The request's Transfer-Encoding does not end in chunked."));
            return framer;
        }
        HttpMessageFramer framer(Mode::Chunked);
        if (headers.contains("Content-Length"))
            framer.fail(tr("The message has both Transfer-Encoding and Content-Length."));
        return framer;
    }
    const QList<QByteArray> lengths = headers.values("Content-Length");
    if (lengths.isEmpty())
        return HttpMessageFramer(otherwise);
    bool ok = false;
    const QByteArray first = lengths.constFirst().trimmed();
    const qint64 length = first.toLongLong(&ok);
    bool same = true;
    for (const QByteArray &value : lengths)
        same = same && value.trimmed() == first;
    HttpMessageFramer framer(Mode::Length, ok && length >= 0 ? length : 0);
    if (!ok || length < 0 || !same || first.startsWith('+'))
        framer.fail(
            tr("The message's Content-Length is not one number: “%1”.").arg(QString::fromLatin1(lengths.join(", "))));
    return framer;
}

HttpMessageFramer HttpMessageFramer::forRequest(const HttpHeaders &headers)
{
    return fromHeaders(headers, Mode::Empty);
}

HttpMessageFramer HttpMessageFramer::forResponse(
    int statusCode, const HttpHeaders &headers, const QByteArray &requestMethod)
{
    if (requestMethod == "HEAD" || (statusCode >= 100 && statusCode < 200) || statusCode == 204 || statusCode == 304)
        return HttpMessageFramer(Mode::Empty);
    if (requestMethod == "CONNECT" && statusCode >= 200 && statusCode < 300)
        return HttpMessageFramer(Mode::UntilClose);
    return fromHeaders(headers, Mode::UntilClose);
}

qint64 HttpMessageFramer::certainBytes() const
{
    if (m_state == State::Body)
        return m_mode == Mode::UntilClose ? std::numeric_limits<qint64>::max() : m_remaining;
    return m_state == State::ChunkData ? m_remaining : 0;
}

void HttpMessageFramer::fail(const QString &why)
{
    m_state = State::Error;
    m_error = why;
}

qsizetype HttpMessageFramer::feed(const char *data, qsizetype size)
{
    qsizetype used = 0;
    while (used < size && m_state != State::Done && m_state != State::Error) {
        switch (m_state) {
        case State::Body: {
            if (m_mode == Mode::UntilClose)
                return size;
            const qsizetype take = qsizetype(std::min<qint64>(m_remaining, size - used));
            used += take;
            m_remaining -= take;
            if (m_remaining == 0)
                m_state = State::Done;
            break;
        }
        case State::ChunkData: {
            const qsizetype take = qsizetype(std::min<qint64>(m_remaining, size - used));
            used += take;
            m_remaining -= take;
            if (m_remaining == 0)
                m_state = State::ChunkDataEnd;
            break;
        }
        case State::ChunkSize:
        case State::ChunkDataEnd:
        case State::Trailer: {
            const char c = data[used++];
            if (c != '\n') {
                m_line.append(c);
                if (m_line.size() > MaxLineBytes)
                    fail(tr("A chunked message has a line longer than %1 bytes.").arg(MaxLineBytes));
                break;
            }
            QByteArray line = std::exchange(m_line, {});
            if (line.endsWith('\r'))
                line.chop(1);
            if (m_state == State::ChunkDataEnd) {
                if (!line.isEmpty())
                    fail(tr("A chunk of a chunked message is longer than its size says."));
                else
                    m_state = State::ChunkSize;
            } else if (m_state == State::Trailer) {
                if (line.isEmpty())
                    m_state = State::Done;
            } else {
                const qsizetype extension = line.indexOf(';'); // chunk extensions are passed on, not read
                const QByteArray hex = (extension < 0 ? line : line.left(extension)).trimmed();
                bool ok = false;
                const qint64 chunk = hex.toLongLong(&ok, 16);
                if (!ok || chunk < 0 || hex.isEmpty() || hex.startsWith('+') || hex.startsWith('-')) {
                    fail(tr("A chunked message has a bad chunk size: “%1”.").arg(QString::fromLatin1(line.left(40))));
                } else if (chunk == 0) {
                    m_state = State::Trailer;
                } else {
                    m_remaining = chunk;
                    m_state = State::ChunkData;
                }
            }
            break;
        }
        case State::Done:
        case State::Error:
            break;
        }
    }
    return used;
}

} // namespace Framewise
