// SPDX-License-Identifier: GPL-3.0-or-later
#include "handshakerequest.h"

#include "wallclock.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>

namespace Framewise {

QByteArray HandshakeRequest::acceptKeyFor(const QByteArray &key)
{
    static const QByteArray guid = QByteArrayLiteral("258EAFA5-E914-47DA-95CA-C5AB0DC85B11");
    return QCryptographicHash::hash(QByteArray(key + guid), QCryptographicHash::Sha1).toBase64();
}

QByteArray HandshakeRequest::randomKey()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toBase64();
}

QByteArray HandshakeRequest::method() const
{
    return requestLine.split(' ').value(0);
}

QByteArray HandshakeRequest::target() const
{
    return requestLine.split(' ').value(1);
}

QByteArray HandshakeRequest::httpVersion() const
{
    return requestLine.split(' ').value(2);
}

QByteArray HandshakeRequest::toBytes() const
{
    QByteArray out = requestLine + "\r\n";
    for (const auto &[name, value] : headers.entries())
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    return out;
}

HandshakeRequest HandshakeRequest::build(const QUrl &url, const QString &origin, const QStringList &protocols,
    const QByteArray &extensionsOffer, const HttpHeaders &extraHeaders, const QByteArray &userAgent)
{
    HandshakeRequest request;
    request.key = randomKey();
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    request.requestLine = "GET " + target + " HTTP/1.1";

    const bool secure = url.scheme().compare(QLatin1String("wss"), Qt::CaseInsensitive) == 0;
    const int defaultPort = secure ? 443 : 80;
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']'; // IPv6 literal
    if (url.port(defaultPort) != defaultPort)
        host += ':' + QByteArray::number(url.port());

    // Generated headers first; the user's extra headers may replace any but the protocol-defining ones.
    HttpHeaders generated;
    generated.append("Host", host);
    generated.append("Upgrade", "websocket");
    generated.append("Connection", "Upgrade");
    generated.append("Sec-WebSocket-Key", request.key);
    generated.append("Sec-WebSocket-Version", "13");
    if (!origin.isEmpty())
        generated.append("Origin", origin.toUtf8());
    if (!protocols.isEmpty())
        generated.append("Sec-WebSocket-Protocol", protocols.join(QStringLiteral(", ")).toUtf8());
    if (!extensionsOffer.isEmpty())
        generated.append("Sec-WebSocket-Extensions", extensionsOffer);
    if (!userAgent.isEmpty())
        generated.append("User-Agent", userAgent);

    static const QList<QByteArray> fixed = { QByteArrayLiteral("Upgrade"), QByteArrayLiteral("Connection"),
        QByteArrayLiteral("Sec-WebSocket-Key"), QByteArrayLiteral("Sec-WebSocket-Version") };
    const auto isFixed = [](const QByteArray &name) {
        for (const auto &f : fixed) {
            if (f.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    for (const auto &[name, value] : extraHeaders.entries()) {
        if (!isFixed(name))
            generated.removeAll(name);
    }
    request.headers = generated;
    for (const auto &[name, value] : extraHeaders.entries()) {
        if (!isFixed(name))
            request.headers.append(name, value);
    }
    request.timeUs = WallClock::nowUs();
    return request;
}

} // namespace Framewise
