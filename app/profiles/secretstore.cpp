// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace Framewise {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Framewise::SecretStore", text);
}

// QtKeychain jobs are asynchronous; the store's callers want an answer now. A job talks to a
// local D-Bus service, so waiting in a local loop is short.
void runJob(QKeychain::Job *job)
{
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

bool meansNoKeychain(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::AccessDenied || error == QKeychain::AccessDeniedByUser;
}
} // namespace

SecretStore::SecretStore(const QString &service)
    : m_service(service)
{
}

QString SecretStore::keyFor(const QString &profileId, const QString &field)
{
    return profileId + u'/' + field;
}

void SecretStore::noteMissing(const QString &why)
{
    m_checked = true;
    m_available = false;
    m_unavailableReason = tr("No keychain is available (%1), so secrets cannot be saved. Passwords and secret "
                             "values you type are used for this session only and are never written to disk.")
                              .arg(why);
}

bool SecretStore::available()
{
    if (m_checked)
        return m_available;
    QString value;
    QString error;
    const Outcome outcome = readKey(QStringLiteral("framewise-probe/none"), &value, &error);
    if (outcome == Outcome::Ok || outcome == Outcome::NotFound) {
        m_checked = true;
        m_available = true;
    } else {
        noteMissing(error);
    }
    return m_available;
}

SecretStore::Outcome SecretStore::readKey(const QString &key, QString *value, QString *error)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    runJob(&job);
    switch (job.error()) {
    case QKeychain::NoError:
        *value = job.textData();
        return Outcome::Ok;
    case QKeychain::EntryNotFound:
        return Outcome::NotFound;
    default:
        *error = job.errorString();
        return meansNoKeychain(job.error()) ? Outcome::NoKeychain : Outcome::Failed;
    }
}

SecretStore::Outcome SecretStore::writeKey(const QString &key, const QString &value, QString *error)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    job.setTextData(value);
    runJob(&job);
    if (job.error() == QKeychain::NoError)
        return Outcome::Ok;
    *error = job.errorString();
    return meansNoKeychain(job.error()) ? Outcome::NoKeychain : Outcome::Failed;
}

SecretStore::Outcome SecretStore::removeKey(const QString &key, QString *error)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    runJob(&job);
    if (job.error() == QKeychain::NoError)
        return Outcome::Ok;
    if (job.error() == QKeychain::EntryNotFound)
        return Outcome::NotFound;
    *error = job.errorString();
    return meansNoKeychain(job.error()) ? Outcome::NoKeychain : Outcome::Failed;
}

std::optional<QString> SecretStore::read(const QString &profileId, const QString &field, QString *error)
{
    const QString key = keyFor(profileId, field);
    if (!available()) {
        const auto found = m_memory.constFind(key);
        return found == m_memory.cend() ? std::nullopt : std::optional<QString>(*found);
    }
    QString value;
    QString why;
    switch (readKey(key, &value, &why)) {
    case Outcome::Ok:
        return value;
    case Outcome::NotFound:
        return std::nullopt;
    case Outcome::NoKeychain:
        noteMissing(why);
        break;
    case Outcome::Failed:
        break;
    }
    if (error)
        *error = tr("Cannot read the secret “%1” from the keychain: %2").arg(field, why);
    return std::nullopt;
}

bool SecretStore::write(const QString &profileId, const QString &field, const QString &value, QString *error)
{
    const QString key = keyFor(profileId, field);
    if (!available()) {
        m_memory.insert(key, value);
        return true;
    }
    QString why;
    switch (writeKey(key, value, &why)) {
    case Outcome::Ok:
    case Outcome::NotFound:
        return true;
    case Outcome::NoKeychain:
        noteMissing(why);
        m_memory.insert(key, value);
        return true;
    case Outcome::Failed:
        break;
    }
    if (error)
        *error = tr("Cannot save the secret “%1” in the keychain: %2").arg(field, why);
    return false;
}

bool SecretStore::remove(const QString &profileId, const QString &field, QString *error)
{
    const QString key = keyFor(profileId, field);
    m_memory.remove(key);
    if (!available())
        return true;
    QString why;
    switch (removeKey(key, &why)) {
    case Outcome::Ok:
    case Outcome::NotFound:
        return true;
    case Outcome::NoKeychain:
        noteMissing(why);
        return true;
    case Outcome::Failed:
        break;
    }
    if (error)
        *error = tr("Cannot delete the secret “%1” from the keychain: %2").arg(field, why);
    return false;
}

bool SecretStore::move(const QString &fromProfile, const QString &fromField, const QString &toProfile,
    const QString &toField, QString *error)
{
    if (fromProfile == toProfile && fromField == toField)
        return true;
    QString why;
    const std::optional<QString> value = read(fromProfile, fromField, &why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    if (!value)
        return true;
    return write(toProfile, toField, *value, error) && remove(fromProfile, fromField, error);
}

} // namespace Framewise
