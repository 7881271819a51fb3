// SPDX-License-Identifier: GPL-3.0-or-later
#include "handshakeforwarding.h"

#include <QUrl>

namespace Framewise::HandshakeForwarding {

bool isPerLeg(const QByteArray &name)
{
    static const char *const perLeg[] = { "Connection", "Keep-Alive", "Proxy-Connection", "Proxy-Authenticate",
        "Proxy-Authorization", "TE", "Trailer", "Transfer-Encoding", "Upgrade", "Content-Length", "Sec-WebSocket-Key",
        "Sec-WebSocket-Accept", "Sec-WebSocket-Version", "Sec-WebSocket-Extensions" };
    const QByteArray trimmed = name.trimmed();
    for (const char *candidate : perLeg) {
        if (trimmed.compare(candidate, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

namespace {
bool isNamed(const QByteArray &name, const char *expected)
{
    return name.trimmed().compare(expected, Qt::CaseInsensitive) == 0;
}

// A chunked body (RFC 9112 section 7.1) without its framing: chunk sizes, chunk extensions and the
// trailer section go. A body cut off inside a chunk keeps what came of it.
QByteArray dechunked(const QByteArray &framed)
{
    QByteArray body;
    qsizetype at = 0;
    while (at < framed.size()) {
        const qsizetype lineEnd = framed.indexOf("\r\n", at);
        if (lineEnd < 0)
            break;
        QByteArray sizeText = framed.mid(at, lineEnd - at);
        if (const qsizetype extension = sizeText.indexOf(';'); extension >= 0)
            sizeText.truncate(extension);
        bool ok = false;
        const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size <= 0)
            break; // the last chunk (what follows is the trailer), or broken framing
        const qsizetype start = lineEnd + 2;
        if (size >= framed.size() - start) {
            body.append(framed.mid(start));
            break;
        }
        body.append(framed.mid(start, qsizetype(size)));
        at = start + qsizetype(size) + 2; // and the CRLF after the chunk
    }
    return body;
}

// Connection may name further hop-by-hop headers of this one message (RFC 9110 section 7.6.1).
QList<QByteArray> connectionOptions(const HttpHeaders &headers)
{
    QList<QByteArray> names;
    for (const QByteArray &token : headers.tokens("Connection"))
        names.append(token.toLower());
    return names;
}
} // namespace

HttpHeaders requestHeadersForUpstream(const HandshakeRequest &request, bool keepHost)
{
    const QList<QByteArray> named = connectionOptions(request.headers);
    HttpHeaders out;
    for (const auto &[name, value] : request.headers.entries()) {
        if (isPerLeg(name) || named.contains(name.trimmed().toLower()) || isNamed(name, "Origin")
            || isNamed(name, "Sec-WebSocket-Protocol") || (!keepHost && isNamed(name, "Host")))
            continue;
        out.append(name, value);
    }
    return out;
}

QString originOf(const HandshakeRequest &request)
{
    return QString::fromLatin1(request.headers.value("Origin").trimmed());
}

QStringList subprotocolsOffered(const HandshakeRequest &request)
{
    QStringList protocols;
    for (const QByteArray &token : request.headers.tokens("Sec-WebSocket-Protocol"))
        protocols.append(QString::fromLatin1(token));
    return protocols;
}

HttpHeaders responseHeadersForApp(const HandshakeResponse &response)
{
    const QList<QByteArray> named = connectionOptions(response.headers);
    HttpHeaders out;
    for (const auto &[name, value] : response.headers.entries()) {
        if (isPerLeg(name) || named.contains(name.trimmed().toLower()) || isNamed(name, "Sec-WebSocket-Protocol"))
            continue;
        out.append(name, value);
    }
    return out;
}

HandshakeResponse refusalForApp(const HandshakeResponse &response)
{
    HandshakeResponse out = response;
    out.headers = HttpHeaders();
    const QList<QByteArray> named = connectionOptions(response.headers);
    for (const auto &[name, value] : response.headers.entries()) {
        if (isPerLeg(name) || named.contains(name.trimmed().toLower()))
            continue;
        out.headers.append(name, value);
    }
    out.headers.append("Connection", "close");
    // Transfer-Encoding stays on the server's leg, so a chunked body goes to the app unframed (the
    // parser keeps it as it came, chunk sizes and all).
    const QList<QByteArray> codings = response.headers.tokens("Transfer-Encoding");
    if (!codings.isEmpty() && codings.last().compare("chunked", Qt::CaseInsensitive) == 0)
        out.body = dechunked(response.body);
    return out; // toBytes() adds the Content-Length of the body as it is
}

QUrl upstreamUrl(const QUrl &base, const QByteArray &target, bool fixedPath)
{
    if (fixedPath)
        return base;
    QUrl url = base;
    const QUrl relative = QUrl::fromEncoded(target.startsWith('/') ? target : QByteArray('/' + target));
    QString basePath = base.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + relative.path(QUrl::FullyEncoded), QUrl::StrictMode);
    // The upstream's own query (e.g. a token) first, then the app's.
    const QString baseQuery = base.query(QUrl::FullyEncoded);
    const QString appQuery = relative.query(QUrl::FullyEncoded);
    const QString query = baseQuery.isEmpty() ? appQuery
        : appQuery.isEmpty()                  ? baseQuery
                                              : baseQuery + QLatin1Char('&') + appQuery;
    if (query.isEmpty())
        url.setQuery(QString());
    else
        url.setQuery(query, QUrl::StrictMode);
    return url;
}

} // namespace Framewise::HandshakeForwarding
