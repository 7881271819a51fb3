// SPDX-License-Identifier: GPL-3.0-or-later
#include "handshakeresponse.h"

#include "handshakerequest.h"
#include "httpsyntax.h"
#include "utf8validator.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Framewise {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Framewise::HandshakeResponse", text);
}
} // namespace

QByteArray HandshakeResponse::toBytes() const
{
    const QByteArray version = httpVersion.isEmpty() ? QByteArrayLiteral("HTTP/1.1") : httpVersion;
    if (!HttpSyntax::isFieldValue(version) || version.contains(' ') || statusCode < 100 || statusCode > 999
        || !HttpSyntax::isFieldValue(reasonPhrase))
        return {};
    // RFC 9110 section 8.6: no Content-Length (and no body) with 1xx and 204; 304 is not ours to send.
    const bool bodyAllowed = statusCode >= 200 && statusCode != 204 && statusCode != 304;
    if (!bodyAllowed && !body.isEmpty())
        return {};
    QByteArray out = version + ' ' + QByteArray::number(statusCode) + ' ' + reasonPhrase + "\r\n";
    for (const auto &[name, value] : headers.entries()) {
        if (!HttpSyntax::isToken(name) || !HttpSyntax::isFieldValue(value))
            return {};
        out += name + ": " + value + "\r\n";
    }
    const QList<QByteArray> lengths = headers.values("Content-Length");
    if (!lengths.isEmpty()) {
        if (!bodyAllowed || lengths.size() != 1 || lengths.first().trimmed() != QByteArray::number(body.size()))
            return {};
    } else if (bodyAllowed) {
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    out += "\r\n";
    out += body;
    return out;
}

QString HandshakeResponse::bodyExcerpt(qsizetype maxChars) const
{
    // Enough bytes for maxChars characters of UTF-8 and some markup; the rest is never decoded.
    const qsizetype window = maxChars * 8;
    QString text = QString::fromUtf8(body.left(window));
    if (headers.value("Content-Type").toLower().contains("html")) {
        static const QRegularExpression markup(QStringLiteral("<(script|style)\\b.*?</\\1\\s*>|<!--.*?-->|<[^>]*>"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
        text.replace(markup, QStringLiteral(" "));
        text.replace(QLatin1String("&nbsp;"), QLatin1String(" "))
            .replace(QLatin1String("&lt;"), QLatin1String("<"))
            .replace(QLatin1String("&gt;"), QLatin1String(">"))
            .replace(QLatin1String("&quot;"), QLatin1String("\""))
            .replace(QLatin1String("&amp;"), QLatin1String("&"));
    }
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = u' ';
    }
    text = text.simplified();
    bool more = bodyTruncated || body.size() > window;
    if (text.size() > maxChars) {
        qsizetype cut = maxChars;
        if (text.at(cut - 1).isHighSurrogate())
            --cut;
        text.truncate(cut);
        text = text.trimmed();
        more = true;
    }
    if (more && !text.isEmpty())
        text += u'…';
    return text;
}

QString HandshakeResponse::refusalDetail(qsizetype maxChars) const
{
    if (!Utf8Validator::isValid(body.constData(), body.size()))
        return {}; // bytes that are not text say nothing in a sentence
    QString text = bodyExcerpt(maxChars);
    const QString status
        = QStringLiteral("%1 %2").arg(statusCode).arg(QString::fromLatin1(reasonPhrase).simplified()).trimmed();
    if (!text.contains(status, Qt::CaseInsensitive))
        return text;
    QString rest = text;
    rest.replace(status, QString(), Qt::CaseInsensitive);
    rest.remove(u'…');
    rest = rest.simplified();
    return rest.contains(u' ') ? text : QString();
}

QString HandshakeResponse::validate(
    const QByteArray &key, const QStringList &offeredProtocols, bool extensionsOffered) const
{
    if (statusCode != 101)
        return tr("The server answered with HTTP status %1 instead of 101 Switching Protocols.").arg(statusCode);
    if (!headers.hasToken("Upgrade", "websocket"))
        return tr("The answer lacks the header “Upgrade: websocket”.");
    if (!headers.hasToken("Connection", "upgrade"))
        return tr("The answer lacks the header “Connection: Upgrade”.");
    const QList<QByteArray> accepts = headers.values("Sec-WebSocket-Accept");
    if (accepts.isEmpty())
        return tr("The answer lacks the Sec-WebSocket-Accept header.");
    const QByteArray expected = HandshakeRequest::acceptKeyFor(key);
    if (accepts.size() != 1 || accepts.first().trimmed() != expected) {
        return tr("Sec-WebSocket-Accept is “%1” but should be “%2”.")
            .arg(QString::fromLatin1(accepts.first()), QString::fromLatin1(expected));
    }
    const QList<QByteArray> protocols = headers.tokens("Sec-WebSocket-Protocol");
    if (protocols.size() > 1)
        return tr("The server chose more than one subprotocol.");
    if (protocols.size() == 1) {
        const QString chosen = QString::fromUtf8(protocols.first());
        if (!offeredProtocols.contains(chosen))
            return tr("The server chose subprotocol “%1”, which was not offered.").arg(chosen);
    }
    if (!extensionsOffered && !headers.tokens("Sec-WebSocket-Extensions").isEmpty()) {
        return tr("The server accepted extensions “%1” that were not offered.")
            .arg(QString::fromLatin1(headers.value("Sec-WebSocket-Extensions")));
    }
    return {};
}

} // namespace Framewise
