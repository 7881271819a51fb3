// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilemanager.h"

#include <QCoreApplication>
#include <QUuid>

namespace Framewise {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Framewise::ProfileManager", text);
}
} // namespace

ProfileManager::ProfileManager(const QString &profilesPath, const QString &keychainService)
    : m_store(profilesPath)
    , m_secrets(keychainService)
{
}

std::optional<Profile> ProfileManager::withSecrets(const QString &id, QStringList *missing, QString *error)
{
    const Profile *stored = m_store.findById(id);
    if (!stored) {
        if (error)
            *error = tr("There is no such profile.");
        return std::nullopt;
    }
    Profile profile = *stored;
    const QStringList fields = profile.secretFields();
    for (const QString &field : fields) {
        QString why;
        const std::optional<QString> value = m_secrets.read(profile.id, field, &why);
        if (value)
            profile.setSecretValue(field, *value);
        else if (missing)
            missing->append(field);
        if (!why.isEmpty() && error && error->isEmpty())
            *error = why;
    }
    return profile;
}

std::optional<Profile> ProfileManager::withSecretsByName(const QString &name, QStringList *missing, QString *error)
{
    const Profile *stored = m_store.findByName(name);
    if (!stored) {
        if (error)
            *error = tr("There is no profile named “%1”.").arg(name);
        return std::nullopt;
    }
    return withSecrets(stored->id, missing, error);
}

bool ProfileManager::save(const Profile &given, QString *error)
{
    Profile profile = given;
    profile.markCredentialHeadersSecret();
    const Profile *before = m_store.findById(profile.id);
    const QStringList oldFields = before ? before->secretFields() : QStringList();
    const QString name = profile.name.trimmed();
    if (name.isEmpty()) {
        *error = tr("A profile needs a name.");
        return false;
    }
    const Profile *sameName = m_store.findByName(name);
    if (sameName && sameName->id != profile.id) {
        *error = tr("A profile named “%1” exists already.").arg(name);
        return false;
    }
    // The file first: if it cannot be written, no secret changes either.
    Profile toStore = profile;
    toStore.name = name;
    if (!m_store.upsert(toStore)) {
        *error = m_store.errorString();
        return false;
    }
    const QStringList fields = profile.secretFields();
    for (const QString &field : fields) {
        const QString value = profile.secretValue(field);
        const bool ok = value.isEmpty() ? m_secrets.remove(profile.id, field, error)
                                        : m_secrets.write(profile.id, field, value, error);
        if (!ok)
            return false;
    }
    for (const QString &field : oldFields) {
        if (!fields.contains(field) && !m_secrets.remove(profile.id, field, error))
            return false;
    }
    return true;
}

bool ProfileManager::rename(const QString &id, const QString &newName, QString *error)
{
    const Profile *stored = m_store.findById(id);
    if (!stored) {
        *error = tr("There is no such profile.");
        return false;
    }
    const QString name = newName.trimmed();
    const Profile *sameName = m_store.findByName(name);
    if (name.isEmpty() || (sameName && sameName->id != id)) {
        *error = name.isEmpty() ? tr("A profile needs a name.") : tr("A profile named “%1” exists already.").arg(name);
        return false;
    }
    // Secrets are keyed by the id, which a rename keeps: they stay where they are.
    Profile renamed = *stored;
    renamed.name = name;
    if (!m_store.upsert(renamed)) {
        *error = m_store.errorString();
        return false;
    }
    return true;
}

std::optional<Profile> ProfileManager::duplicate(const QString &id, const QString &newName, QString *error)
{
    std::optional<Profile> copy = withSecrets(id, nullptr, error);
    if (!copy)
        return std::nullopt;
    copy->id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    copy->name = newName.trimmed().isEmpty() ? m_store.uniqueName(copy->name) : newName.trimmed();
    if (!save(*copy, error))
        return std::nullopt;
    return copy;
}

bool ProfileManager::remove(const QString &id, QString *error)
{
    const Profile *stored = m_store.findById(id);
    if (!stored) {
        *error = tr("There is no such profile.");
        return false;
    }
    const QStringList fields = stored->secretFields();
    if (!m_store.remove(id)) {
        *error = m_store.errorString();
        return false;
    }
    for (const QString &field : fields)
        m_secrets.remove(id, field, error);
    return true;
}

} // namespace Framewise
