// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpheaders.h"

#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

namespace Framewise {

struct HandshakeRequest;
struct HandshakeResponse;

// The opening handshake as text for the store and for exports ("GET /path HTTP/1.1" then one
// "Name: value" per line), with credentials replaced by "[redacted]": Authorization,
// Proxy-Authorization, Cookie, Set-Cookie and any header the user marked secret.
class HandshakeText {
public:
    using Header = QPair<QString, QString>;
    struct Parsed {
        QString firstLine;
        QList<Header> headers;
    };

    static QString redactedValue(); // "[redacted]"
    // The name=value pairs of a Cookie value ("a=1; b=2"), trimmed; parts without a name are left out.
    static QList<Header> cookiePairs(const QString &value);
    // Control characters in name do not count (compose() leaves them out).
    static bool isSecretHeader(QByteArrayView name, const QList<QByteArray> &extraSecrets = {});
    static HttpHeaders redacted(const HttpHeaders &headers, const QList<QByteArray> &extraSecrets = {});

    static QString requestText(
        const HandshakeRequest &request, const QList<QByteArray> &extraSecrets = {}, bool redact = true);
    static QString responseText(
        const HandshakeResponse &response, const QList<QByteArray> &extraSecrets = {}, bool redact = true);

    static Parsed parse(const QString &text);
    // Lines from parts that may come from a file: CR, LF, NUL and the other control characters
    // HTTP forbids in a field (HttpSyntax::isFieldValue; tab stays) are left out of the first
    // line, names and values, so no part can end its line early or add a stray CR that the next
    // parse() would take off.
    static QString compose(const QString &firstLine, const QList<Header> &headers);
    static QString withoutControls(const QString &text);
    // Redacts an already composed text again (e.g. with more secret names).
    static QString redactText(const QString &text, const QList<QByteArray> &extraSecrets = {});
};

} // namespace Framewise
