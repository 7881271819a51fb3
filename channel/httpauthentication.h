// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace Framewise {

// One challenge from a WWW-Authenticate (or Proxy-Authenticate) header, e.g.
// `Digest realm="api", nonce="abc", qop="auth", algorithm=SHA-256`.
struct AuthChallenge {
    QByteArray scheme; // "Basic", "Digest", ... as sent
    QMap<QByteArray, QByteArray> params; // lower-case names, unquoted values

    QString realm() const { return QString::fromUtf8(params.value("realm")); }
    bool isBasic() const { return scheme.compare("basic", Qt::CaseInsensitive) == 0; }
    bool isDigest() const { return scheme.compare("digest", Qt::CaseInsensitive) == 0; }
    // Digest with an algorithm this client implements (MD5, SHA-256, with or without -sess).
    bool isSupported() const;

    // Parses every challenge in the given header values (a value may hold several).
    static QList<AuthChallenge> parse(const QList<QByteArray> &headerValues);
    // The strongest supported challenge (Digest SHA-256, Digest MD5, then Basic), or an empty one.
    static AuthChallenge strongest(const QList<AuthChallenge> &challenges);
};

// Builds Authorization header values (RFC 7617 Basic, RFC 7616 Digest with qop=auth).
class HttpAuthentication {
public:
    static QByteArray basic(const QString &user, const QString &password);
    // cnonce is random when empty (tests pass a fixed one to compare with RFC 7616's examples).
    static QByteArray digest(const AuthChallenge &challenge, const QByteArray &method, const QByteArray &uri,
        const QString &user, const QString &password, const QByteArray &cnonce = {}, int nonceCount = 1);
    static QByteArray authorization(const AuthChallenge &challenge, const QByteArray &method, const QByteArray &uri,
        const QString &user, const QString &password);
};

} // namespace Framewise

Q_DECLARE_METATYPE(Framewise::AuthChallenge)
