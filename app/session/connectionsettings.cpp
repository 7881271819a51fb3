// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionsettings.h"

#include "connectionsecurity.h"
#include "handshaketext.h"
#include "httpsyntax.h"
#include "websocketchannel.h"

#include <QCoreApplication>

namespace Framewise {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Framewise::ConnectionSettings", text);
}

// Shorter values would blank out ordinary text.
constexpr qsizetype MinSecretLength = 3;

// A control character shown as people name it, e.g. "a line break (CR)".
QString describeControl(QStringView text)
{
    for (const QChar c : text) {
        if (c == u'\r')
            return tr("a line break (CR)");
        if (c == u'\n')
            return tr("a line break (LF)");
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return tr("the control character U+%1")
                .arg(QStringLiteral("%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper());
    }
    return {};
}
} // namespace

QStringList ConnectionSettings::allSecretValues() const
{
    QStringList values = secretValues;
    const QString passwords[]
        = { url.password(), password, proxyPassword, QString::fromUtf8(keyPassphrase), QUrl(proxy).password() };
    for (const QString &value : passwords) {
        if (!value.isEmpty() && !values.contains(value))
            values.append(value);
    }
    // A credential header's value (Authorization, Cookie, a header marked secret) is searched for
    // in free text too: a server may echo it in a header, a body or a close reason. The credential
    // after an auth scheme ("Bearer <token>") and each cookie's value count on their own.
    for (const auto &[name, value] : headers.entries()) {
        if (!HandshakeText::isSecretHeader(name, secretHeaders))
            continue;
        QStringList parts { QString::fromUtf8(value).trimmed() };
        if (const qsizetype space = parts.first().indexOf(u' '); space > 0)
            parts.append(parts.first().mid(space + 1).trimmed());
        for (const HandshakeText::Header &cookie : HandshakeText::cookiePairs(parts.first()))
            parts.append(cookie.second);
        for (const QString &part : std::as_const(parts)) {
            if (part.size() >= MinSecretLength && !values.contains(part))
                values.append(part);
        }
    }
    return values;
}

QString ConnectionSettings::redact(QString text) const
{
    const QString dots = QStringLiteral("••••");
    const QStringList secrets = allSecretValues();
    for (const QString &secret : secrets) {
        if (secret.size() < MinSecretLength)
            continue;
        text.replace(secret, dots);
        // As it appears in a URL's query or user info: every byte but unreserved ones encoded,
        // or the delimiters left as they were typed (QUrl keeps those).
        const QByteArray utf8 = secret.toUtf8();
        const QByteArray strict = QUrl::toPercentEncoding(secret);
        const QByteArray lenient = QUrl::toPercentEncoding(secret, "!$&'()*+,;=:@/?");
        for (const QByteArray &encoded : { strict, lenient }) {
            if (encoded != utf8)
                text.replace(QString::fromLatin1(encoded), dots, Qt::CaseInsensitive);
        }
    }
    return text;
}

QByteArray ConnectionSettings::redactBytes(QByteArray bytes) const
{
    const QByteArray dots = QStringLiteral("••••").toUtf8();
    const QStringList secrets = allSecretValues();
    for (const QString &secret : secrets) {
        if (secret.size() >= MinSecretLength)
            bytes.replace(secret.toUtf8(), dots);
    }
    return bytes;
}

QString ConnectionSettings::redactedUrl(const QUrl &address) const
{
    return redact(address.toString(QUrl::FullyEncoded | QUrl::RemovePassword));
}

HttpHeaders ConnectionSettings::redactedHeaders(const HttpHeaders &headers) const
{
    HttpHeaders result;
    const HttpHeaders hidden = HandshakeText::redacted(headers, secretHeaders);
    for (const HttpHeaders::Entry &entry : hidden.entries())
        result.append(entry.first, redact(QString::fromUtf8(entry.second)).toUtf8());
    return result;
}

QString ConnectionSettings::originProblem(const QString &origin)
{
    if (HttpSyntax::isFieldValue(origin))
        return {};
    return tr("The Origin contains %1; it would end the header line and add text of its own to the request.")
        .arg(describeControl(origin));
}

QString ConnectionSettings::headerProblem(const QByteArray &name, const QByteArray &value)
{
    const QString shown = QString::fromUtf8(name);
    if (!HttpSyntax::isToken(name)) {
        const QString control = describeControl(shown);
        if (!control.isEmpty())
            return tr("A header name contains %1.").arg(control);
        return tr("The header name “%1” is not a valid HTTP token (letters, digits and !#$%&'*+-.^_`|~ only).")
            .arg(shown);
    }
    if (HttpSyntax::isOwnedByChannel(name)) {
        if (name.compare("Sec-WebSocket-Protocol", Qt::CaseInsensitive) == 0)
            return tr("The header “%1” is written by Framewise; set subprotocols in their own field (framewise-cli: "
                      "--protocol).")
                .arg(shown);
        if (name.compare("Sec-WebSocket-Extensions", Qt::CaseInsensitive) == 0)
            return tr("The header “%1” is written by Framewise; compression is its own option (framewise-cli: "
                      "--no-compression to turn it off).")
                .arg(shown);
        return tr("The header “%1” is written by Framewise as the WebSocket protocol requires; it cannot be set.")
            .arg(shown);
    }
    if (!HttpSyntax::isFieldValue(value))
        return tr("The value of header “%1” contains %2.").arg(shown, describeControl(QString::fromUtf8(value)));
    return {};
}

QString ConnectionSettings::protocolProblem(const QString &protocol)
{
    if (HttpSyntax::isToken(protocol))
        return {};
    const QString control = describeControl(protocol);
    if (!control.isEmpty())
        return tr("A subprotocol contains %1.").arg(control);
    if (protocol.isEmpty())
        return tr("A subprotocol name is empty.");
    return tr("The subprotocol “%1” is not a valid name (an HTTP token: no spaces, commas or quotes).").arg(protocol);
}

QStringList ConnectionSettings::problems() const
{
    QStringList found;
    if (const QString problem = originProblem(origin); !problem.isEmpty())
        found.append(problem);
    for (const auto &[name, value] : headers.entries()) {
        if (const QString problem = headerProblem(name, value); !problem.isEmpty())
            found.append(problem);
    }
    for (const QString &protocol : protocols) {
        if (const QString problem = protocolProblem(protocol); !problem.isEmpty())
            found.append(problem);
    }
    return found;
}

bool ConnectionSettings::applyTo(WebSocketChannel *channel, QString *error) const
{
    if (const QStringList found = problems(); !found.isEmpty()) {
        *error = found.first();
        return false;
    }
    if (channel->setRequestHeaders(headers) != ChannelError::None
        || channel->setProtocols(protocols) != ChannelError::None) {
        *error = tr("The connection is already open; its headers cannot change.");
        return false;
    }
    channel->setPingInterval(pingIntervalS);
    if (pingTimeoutS > 0)
        channel->setPingTimeout(pingTimeoutS);
    if (maxMessageSize > 0)
        channel->setMaxMessageSize(maxMessageSize);
    channel->setDeflateOptions(deflate);
    channel->setFollowRedirects(followRedirects);
    return ConnectionSecurity::configure(channel, *this, error);
}

QString ConnectionSettings::validateUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter a ws:// or wss:// address.");
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return tr("This is not a valid address: %1").arg(url.errorString());
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return tr("Use %1:// instead of %2:// for WebSocket connections.")
            .arg(scheme == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"), scheme);
    if (scheme != QLatin1String("ws") && scheme != QLatin1String("wss"))
        return tr("The address must start with ws:// or wss://.");
    if (url.host().isEmpty())
        return tr("The address has no host name.");
    if (!url.fragment().isEmpty())
        return tr("WebSocket addresses cannot have a #fragment.");
    return {};
}

} // namespace Framewise
