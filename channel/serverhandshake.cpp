// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverhandshake.h"

#include "httpsyntax.h"
#include "wallclock.h"

#include <QCoreApplication>

namespace Framewise {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Framewise::ServerHandshake", text);
}

// "HTTP/1.1" or later; HandshakeRequestParser has checked the form "HTTP/" DIGIT "." DIGIT.
bool isHttp11OrLater(const QByteArray &version)
{
    if (version.size() != 8 || !version.startsWith("HTTP/"))
        return false;
    const int major = version.at(5) - '0';
    const int minor = version.at(7) - '0';
    return major > 1 || (major == 1 && minor >= 1);
}

// Section 4.1: the key is a random 16-byte value in base64. Re-encoding must give the same text,
// so padding and spare bits are exact too.
bool isValidKey(const QByteArray &key)
{
    const auto decoded = QByteArray::fromBase64Encoding(key, QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.size() == 16 && decoded.decoded.toBase64() == key;
}

QString quoted(const QByteArray &value)
{
    return QString::fromLatin1(value.left(80));
}

// A caller's header goes into our answer only when it is valid HTTP: HandshakeResponse::toBytes()
// writes nothing at all for an answer with one bad header, which would leave the client waiting.
bool isWritable(const QByteArray &name, const QByteArray &value)
{
    return HttpSyntax::isToken(name) && HttpSyntax::isFieldValue(value);
}
} // namespace

QByteArray ServerHandshake::reasonPhraseFor(int statusCode)
{
    switch (statusCode) {
    case 101:
        return "Switching Protocols";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 426:
        return "Upgrade Required";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Error";
    }
}

ServerHandshake ServerHandshake::refuse(int statusCode, const QString &reason, const HttpHeaders &extraHeaders)
{
    ServerHandshake result;
    HandshakeResponse &response = result.m_response;
    response.httpVersion = "HTTP/1.1";
    response.statusCode = statusCode;
    response.reasonPhrase = reasonPhraseFor(statusCode);
    response.statusLine = response.httpVersion + ' ' + QByteArray::number(statusCode) + ' ' + response.reasonPhrase;
    response.body = reason.toUtf8() + '\n';
    for (const auto &[name, value] : extraHeaders.entries()) {
        // The body is ours, so is its length.
        if (isWritable(name, value) && name.compare("Content-Length", Qt::CaseInsensitive) != 0)
            response.headers.append(name, value);
    }
    response.headers.append("Content-Type", "text/plain; charset=utf-8");
    response.headers.append("Content-Length", QByteArray::number(response.body.size()));
    // The handshake failed; the connection carries nothing else.
    response.headers.append("Connection", "close");
    response.timeUs = WallClock::nowUs();
    result.m_refusalReason = reason;
    return result;
}

ServerHandshake ServerHandshake::answer(const HandshakeRequest &request, const Options &options)
{
    if (request.method() != "GET") {
        HttpHeaders allow;
        allow.append("Allow", "GET");
        return refuse(405,
            tr("The request uses method “%1”; a WebSocket handshake must use GET.").arg(quoted(request.method())),
            allow);
    }
    if (!isHttp11OrLater(request.httpVersion()))
        return refuse(400,
            tr("The request uses %1; a WebSocket handshake needs HTTP/1.1 or later.")
                .arg(quoted(request.httpVersion())));
    const HttpHeaders &headers = request.headers;
    const QList<QByteArray> hosts = headers.values("Host");
    if (hosts.isEmpty() || hosts.first().isEmpty())
        return refuse(400, tr("The request has no Host header."));
    if (hosts.size() > 1) // RFC 9112 section 3.2
        return refuse(400, tr("The request has more than one Host header."));
    if (!headers.hasToken("Upgrade", "websocket"))
        return refuse(400, tr("The request lacks the header “Upgrade: websocket”."));
    if (!headers.hasToken("Connection", "upgrade"))
        return refuse(400, tr("The request lacks the header “Connection: Upgrade”."));
    const QList<QByteArray> keys = headers.values("Sec-WebSocket-Key");
    if (keys.isEmpty())
        return refuse(400, tr("The request has no Sec-WebSocket-Key header."));
    const QByteArray key = keys.first().trimmed();
    if (keys.size() > 1 || !isValidKey(key))
        return refuse(
            400, tr("The request's Sec-WebSocket-Key “%1” is not the base64 encoding of 16 bytes.").arg(quoted(key)));
    const QList<QByteArray> versions = headers.tokens("Sec-WebSocket-Version");
    if (versions.size() != 1 || versions.first() != "13") {
        // Section 4.4: name the version this server speaks, so the client may retry with it.
        HttpHeaders supported;
        supported.append("Sec-WebSocket-Version", "13");
        return refuse(426,
            versions.isEmpty() ? tr("The request has no Sec-WebSocket-Version header; this server speaks version 13.")
                               : tr("The request asks for WebSocket version “%1”; this server speaks version 13.")
                                     .arg(quoted(headers.value("Sec-WebSocket-Version"))),
            supported);
    }

    ServerHandshake result;
    HandshakeResponse &response = result.m_response;
    response.httpVersion = "HTTP/1.1";
    response.statusCode = 101;
    response.reasonPhrase = reasonPhraseFor(101);
    response.statusLine = response.httpVersion + " 101 " + response.reasonPhrase;
    response.headers.append("Upgrade", "websocket");
    response.headers.append("Connection", "Upgrade");
    response.headers.append("Sec-WebSocket-Accept", HandshakeRequest::acceptKeyFor(key));

    // The server's preference decides among the protocols the client offered (section 4.2.2).
    const QList<QByteArray> offered = headers.tokens("Sec-WebSocket-Protocol");
    for (const QString &protocol : options.subprotocols) {
        if (offered.contains(protocol.toUtf8())) {
            result.m_subprotocol = protocol;
            response.headers.append("Sec-WebSocket-Protocol", protocol.toUtf8());
            break;
        }
    }
    const QByteArray extensions = DeflateParameters::accept(
        headers.values("Sec-WebSocket-Extensions").join(", "), options.deflate, &result.m_deflate);
    result.m_deflateAgreed = !extensions.isEmpty();
    if (result.m_deflateAgreed)
        response.headers.append("Sec-WebSocket-Extensions", extensions);
    for (const auto &[name, value] : options.extraHeaders.entries()) {
        const QByteArray trimmed = name.trimmed();
        if (!isWritable(name, value) || HttpSyntax::isOwnedByChannel(trimmed)
            || trimmed.compare("Sec-WebSocket-Accept", Qt::CaseInsensitive) == 0
            || trimmed.compare("Content-Length", Qt::CaseInsensitive) == 0)
            continue;
        response.headers.append(name, value);
    }
    response.timeUs = WallClock::nowUs();
    return result;
}

} // namespace Framewise
