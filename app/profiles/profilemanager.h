// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profilestore.h"
#include "secretstore.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Framewise {

// Profiles with their secrets: the file (ProfileStore) keeps everything but secret values, the
// keychain (SecretStore) keeps those, keyed by profile id and field. Saving writes the secrets
// a profile has and deletes the ones it no longer has; duplicating copies them; deleting a
// profile deletes them. The window and the CLI both go through here.
class ProfileManager {
public:
    explicit ProfileManager(const QString &profilesPath = ProfileStore::defaultPath(),
        const QString &keychainService = QStringLiteral("Framewise"));

    ProfileStore &store() { return m_store; }
    SecretStore &secrets() { return m_secrets; }

    ProfileStore::Status load() { return m_store.load(); }

    // The stored profile with its secret values read from the keychain. Secret fields that have
    // no saved value are listed in *missing (the caller asks the user); *error gets keychain
    // failures.
    std::optional<Profile> withSecrets(const QString &id, QStringList *missing, QString *error);
    std::optional<Profile> withSecretsByName(const QString &name, QStringList *missing, QString *error);

    // Saves profile (by id, new or existing) and its secret values.
    bool save(const Profile &profile, QString *error);
    bool rename(const QString &id, const QString &newName, QString *error);
    // A copy with a new id and name, secrets included.
    std::optional<Profile> duplicate(const QString &id, const QString &newName, QString *error);
    bool remove(const QString &id, QString *error);

private:
    ProfileStore m_store;
    SecretStore m_secrets;
};

} // namespace Framewise
