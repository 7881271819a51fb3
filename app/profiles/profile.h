// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionsettings.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Framewise {

// A request header as a profile keeps it; a secret one keeps its value in the keychain only.
struct ProfileHeader {
    QString name;
    QString value;
    bool secret = false;
    bool enabled = true;
    friend bool operator==(const ProfileHeader &, const ProfileHeader &) = default;
};

// {{name}} in the URL, headers and snippets is replaced by value before connecting.
struct ProfileVariable {
    QString name;
    QString value;
    bool secret = false;
    friend bool operator==(const ProfileVariable &, const ProfileVariable &) = default;
};

// A saved message, sent with one click.
struct Snippet {
    enum class Format { Text, Json, Hex, Base64 };
    QString name;
    QString body;
    Format format = Format::Text;
    friend bool operator==(const Snippet &, const Snippet &) = default;
};

// One saved connection. Secret values (marked headers and variables, passwords, the key
// passphrase) live in this struct only while the program runs: toJson() leaves them out, and
// ProfileManager moves them to and from the OS keychain keyed by id and secretFields().
// The options a profile shares with ConnectionSettings (keepalive, limits, compression, TLS, proxy,
// login) are its ConnectionOptions base; what follows is kept in a profile's own form.
struct Profile : ConnectionOptions {
    QString id; // a UUID, stable across renames
    QString name;
    QString url; // may hold {{variables}}
    QString origin;
    QStringList protocols;
    QList<ProfileHeader> headers;
    QString keyPassphrase; // secret
    QList<ProfileVariable> variables;
    QList<Snippet> snippets;
    // A profile saved from File › New intercept: the intercept's own settings (listen address,
    // rules, path and Host choices) as the window wrote them; its URL and options are the upstream's.
    // Kept as it is here (the profiles library knows nothing of intercepts); empty otherwise.
    QJsonObject intercept;

    friend bool operator==(const Profile &, const Profile &) = default;

    static Profile create(const QString &name); // a new id

    // Headers that are credentials by nature (Authorization, Proxy-Authorization, Cookie) are
    // secret whether or not the user ticked the box: their values go to the keychain, never to
    // the profiles file.
    void markCredentialHeadersSecret();

    // Field names of every secret this profile has, e.g. "password", "header:Authorization",
    // "variable:token". Keys in the keychain are "<id>/<field>".
    QStringList secretFields() const;
    QString secretValue(const QString &field) const;
    void setSecretValue(const QString &field, const QString &value);
    void clearSecretValues();

    // The profile without any secret value (their names and the secret flags are kept).
    QJsonObject toJson() const;
    // Reads what toJson() wrote; unknown keys are ignored, wrong types are errors in words.
    static Profile fromJson(const QJsonObject &object, QString *error);

    // The settings to connect with: variables expanded, disabled headers left out. Returns an
    // empty list and fills *settings when usable, otherwise every problem in words (undefined
    // variables, a bad URL, a bad header).
    QStringList resolve(ConnectionSettings *settings) const;
    // Expands {{name}} in text with this profile's variables; names not defined are appended
    // to *undefined (each once).
    QString expand(const QString &text, QStringList *undefined) const;
    bool usesSecretVariable(const QString &text) const;
};

} // namespace Framewise
