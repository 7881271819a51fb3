// SPDX-License-Identifier: GPL-3.0-or-later
#include "handshaketext.h"

#include "handshakerequest.h"
#include "handshakeresponse.h"
#include "httpsyntax.h"

namespace Framewise {

namespace {
QString headerBlock(const QByteArray &firstLine, const HttpHeaders &headers)
{
    QString text = QString::fromUtf8(firstLine);
    for (const HttpHeaders::Entry &entry : headers.entries())
        text += u'\n' + QString::fromUtf8(entry.first) + QStringLiteral(": ") + QString::fromUtf8(entry.second);
    return text;
}
} // namespace

QString HandshakeText::redactedValue()
{
    return QStringLiteral("[redacted]");
}

QList<HandshakeText::Header> HandshakeText::cookiePairs(const QString &value)
{
    QList<Header> pairs;
    const QStringList parts = value.split(u';', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (const qsizetype equals = part.indexOf(u'='); equals > 0)
            pairs.append({ part.left(equals).trimmed(), part.mid(equals + 1).trimmed() });
    }
    return pairs;
}

bool HandshakeText::isSecretHeader(QByteArrayView name, const QList<QByteArray> &extraSecrets)
{
    static const QByteArrayView always[] = { "authorization", "proxy-authorization", "cookie", "set-cookie" };
    // Judged as compose() will write it: "Author\0ization" from a file becomes "Authorization".
    QByteArray composed;
    if (!HttpSyntax::isFieldValue(name)) {
        for (const char c : name) {
            if ((uchar(c) >= 0x20 && uchar(c) != 0x7f) || c == '\t')
                composed.append(c);
        }
        name = composed;
    }
    const QByteArrayView trimmed = name.trimmed();
    for (const QByteArrayView secret : always) {
        if (trimmed.compare(secret, Qt::CaseInsensitive) == 0)
            return true;
    }
    for (const QByteArray &secret : extraSecrets) {
        if (trimmed.compare(QByteArrayView(secret).trimmed(), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

HttpHeaders HandshakeText::redacted(const HttpHeaders &headers, const QList<QByteArray> &extraSecrets)
{
    HttpHeaders result;
    const QByteArray hidden = redactedValue().toUtf8();
    for (const HttpHeaders::Entry &entry : headers.entries())
        result.append(entry.first, isSecretHeader(entry.first, extraSecrets) ? hidden : entry.second);
    return result;
}

QString HandshakeText::requestText(const HandshakeRequest &request, const QList<QByteArray> &extraSecrets, bool redact)
{
    if (request.requestLine.isEmpty())
        return {};
    return headerBlock(request.requestLine, redact ? redacted(request.headers, extraSecrets) : request.headers);
}

QString HandshakeText::responseText(
    const HandshakeResponse &response, const QList<QByteArray> &extraSecrets, bool redact)
{
    if (response.statusLine.isEmpty())
        return {};
    return headerBlock(response.statusLine, redact ? redacted(response.headers, extraSecrets) : response.headers);
}

HandshakeText::Parsed HandshakeText::parse(const QString &text)
{
    Parsed parsed;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (i == 0) {
            parsed.firstLine = line;
            continue;
        }
        if (line.isEmpty())
            continue;
        // From the second character: HTTP/2 pseudo-headers (":authority: host", in Chrome's HAR
        // files) begin with a colon that is part of the name. ": value" is what compose() makes of
        // an empty name.
        if (line.startsWith(u':') && (line.size() == 1 || line.at(1).isSpace())) {
            parsed.headers.append({ QString(), line.mid(1).trimmed() });
            continue;
        }
        const qsizetype colon = line.indexOf(u':', 1);
        if (colon <= 0) {
            parsed.headers.append({ line.trimmed(), QString() });
            continue;
        }
        parsed.headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
    }
    return parsed;
}

QString HandshakeText::withoutControls(const QString &text)
{
    if (HttpSyntax::isFieldValue(text))
        return text;
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x20 && u != 0x7f) || u == u'\t')
            clean.append(c);
    }
    return clean;
}

QString HandshakeText::compose(const QString &firstLine, const QList<Header> &headers)
{
    QString text = withoutControls(firstLine);
    // Trimmed, as parse() reads them back.
    for (const Header &header : headers)
        text += u'\n' + withoutControls(header.first).trimmed() + QStringLiteral(": ")
            + withoutControls(header.second).trimmed();
    return text;
}

QString HandshakeText::redactText(const QString &text, const QList<QByteArray> &extraSecrets)
{
    if (text.isEmpty())
        return text;
    Parsed parsed = parse(text);
    for (Header &header : parsed.headers) {
        if (isSecretHeader(header.first.toUtf8(), extraSecrets))
            header.second = redactedValue();
    }
    return compose(parsed.firstLine, parsed.headers);
}

} // namespace Framewise
