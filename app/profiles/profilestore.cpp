// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilestore.h"

#include "privatefiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace Framewise {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Framewise::ProfileStore", text);
}

const QString FormatName = QStringLiteral("framewise-profiles");
} // namespace

ProfileStore::ProfileStore(const QString &path)
    : m_path(path)
{
}

QString ProfileStore::defaultPath()
{
    // Not AppConfigLocation: the window and framewise-cli have different application names and
    // must share one file.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/Framewise/profiles.json");
}

QByteArray ProfileStore::serialize(const QList<Profile> &profiles, bool exported)
{
    QJsonArray array;
    for (const Profile &profile : profiles)
        array.append(profile.toJson());
    QJsonObject root { { QStringLiteral("format"), FormatName }, { QStringLiteral("version"), FormatVersion },
        { QStringLiteral("profiles"), array } };
    if (exported)
        root.insert(QStringLiteral("exported"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QList<Profile> ProfileStore::parse(const QByteArray &data, Status *status, QString *error, const QString &path)
{
    *status = Status::Corrupt;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("%1 is not valid JSON (%2 at byte %3).")
                     .arg(QDir::toNativeSeparators(path), parseError.errorString())
                     .arg(parseError.offset);
        return {};
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != FormatName) {
        *error = tr("%1 is not a Framewise profiles file.").arg(QDir::toNativeSeparators(path));
        return {};
    }
    const int version = root.value(QStringLiteral("version")).toInt(-1);
    if (version > FormatVersion) {
        *status = Status::NewerVersion;
        *error = tr("%1 was written by a newer Framewise (format version %2; this one reads up to %3).")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(version)
                     .arg(FormatVersion);
        return {};
    }
    if (version < 1) {
        *error = tr("%1 has no valid format version.").arg(QDir::toNativeSeparators(path));
        return {};
    }
    QList<Profile> profiles;
    const QJsonArray array = root.value(QStringLiteral("profiles")).toArray();
    for (const QJsonValue value : array) {
        QString why;
        Profile profile = Profile::fromJson(value.toObject(), &why);
        if (!value.isObject() || !why.isEmpty()) {
            *error = tr("%1 is damaged: %2").arg(QDir::toNativeSeparators(path), why);
            return {};
        }
        profiles.append(profile);
    }
    *status = Status::Ok;
    error->clear();
    return profiles;
}

ProfileStore::Status ProfileStore::load()
{
    m_profiles.clear();
    m_error.clear();
    m_backupPath.clear();
    m_status = Status::Ok;
    QFile file(m_path);
    if (!file.exists())
        return m_status;
    if (!file.open(QIODevice::ReadOnly)) {
        m_status = Status::Unreadable;
        m_error = tr("Cannot read the profiles in %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        return m_status;
    }
    const QByteArray data = file.readAll();
    file.close();
    m_profiles = parse(data, &m_status, &m_error, m_path);
    if (m_status != Status::Ok) {
        keepBackup();
        m_error += u' '
            + tr("It was left as it is; profiles will not be saved until you choose to start over (a copy is kept "
                 "at %1).")
                  .arg(QDir::toNativeSeparators(m_backupPath));
    }
    return m_status;
}

void ProfileStore::keepBackup()
{
    // One backup per distinct damaged content, never overwritten: a file that stays damaged
    // across launches is copied once, and a second damaged version gets a copy of its own. The
    // name carries the content's hash, so "is it backed up already" is a directory lookup.
    m_backupPath.clear();
    QFile damaged(m_path);
    if (!damaged.open(QIODevice::ReadOnly))
        return;
    const QByteArray content = damaged.readAll();
    damaged.close();
    const QString hash
        = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex().left(12));
    const QFileInfo info(m_path);
    const QStringList existing = info.absoluteDir().entryList(
        { info.fileName() + QStringLiteral(".backup-*-") + hash }, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &name : existing) {
        QFile candidate(info.absoluteDir().filePath(name));
        if (candidate.open(QIODevice::ReadOnly) && candidate.readAll() == content) {
            m_backupPath = candidate.fileName();
            return;
        }
    }
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = m_path + QStringLiteral(".backup-") + stamp + u'-' + hash;
    for (int n = 2; QFileInfo::exists(path); ++n) // the same name for other content: never replace it
        path = m_path + QStringLiteral(".backup-") + stamp + u'.' + QString::number(n) + u'-' + hash;
    QSaveFile copy(path);
    if (!copy.open(QIODevice::WriteOnly))
        return;
    copy.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    copy.write(content);
    if (copy.commit())
        m_backupPath = path;
}

const Profile *ProfileStore::findByName(const QString &name) const
{
    for (const Profile &profile : m_profiles) {
        if (profile.name == name)
            return &profile;
    }
    return nullptr;
}

const Profile *ProfileStore::findById(const QString &id) const
{
    for (const Profile &profile : m_profiles) {
        if (profile.id == id)
            return &profile;
    }
    return nullptr;
}

QString ProfileStore::uniqueName(const QString &base) const
{
    if (!findByName(base))
        return base;
    for (int n = 2;; ++n) {
        QString candidate = QStringLiteral("%1 (%2)").arg(base).arg(n);
        if (!findByName(candidate))
            return candidate;
    }
}

bool ProfileStore::write(const QList<Profile> &profiles)
{
    if (!canSave())
        return false;
    const QString folder = QFileInfo(m_path).absolutePath();
    PrivateFiles::makeFolder(folder);
    if (QFileInfo(m_path).absoluteFilePath() == QFileInfo(defaultPath()).absoluteFilePath())
        PrivateFiles::restrictFolder(folder); // our own, which earlier versions made 0755
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("Cannot save the profiles to %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(serialize(profiles, false));
    if (m_beforeCommit)
        m_beforeCommit();
    if (!file.commit()) {
        m_error = tr("Cannot save the profiles to %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    m_error.clear();
    return true;
}

bool ProfileStore::upsert(const Profile &profile)
{
    QList<Profile> next = m_profiles;
    const auto found
        = std::find_if(next.begin(), next.end(), [&profile](const Profile &p) { return p.id == profile.id; });
    Profile stored = profile;
    stored.markCredentialHeadersSecret();
    stored.clearSecretValues();
    if (found != next.end())
        *found = stored;
    else
        next.append(stored);
    if (!write(next))
        return false;
    m_profiles = next;
    return true;
}

bool ProfileStore::remove(const QString &id)
{
    QList<Profile> next = m_profiles;
    next.removeIf([&id](const Profile &p) { return p.id == id; });
    if (!write(next))
        return false;
    m_profiles = next;
    return true;
}

bool ProfileStore::startOver()
{
    if (m_status != Status::Ok && m_backupPath.isEmpty()) {
        m_error = tr("The damaged profiles file could not be copied aside, so it is left as it is.");
        return false;
    }
    m_status = Status::Ok;
    m_profiles.clear();
    return write({});
}

bool ProfileStore::exportProfiles(const QList<Profile> &profiles, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (!QFileInfo::exists(path)) // a new file is private; one the user replaces keeps its mode
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QList<Profile> withoutSecrets = profiles;
    for (Profile &profile : withoutSecrets) {
        profile.markCredentialHeadersSecret();
        profile.clearSecretValues();
    }
    file.write(serialize(withoutSecrets, true));
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QList<Profile> ProfileStore::importProfiles(const QString &path, const ProfileStore &into, QString *error)
{
    error->clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    Status status = Status::Ok;
    QList<Profile> profiles = parse(file.readAll(), &status, error, path);
    if (status != Status::Ok)
        return {};
    QStringList taken;
    for (const Profile &existing : into.profiles())
        taken.append(existing.name);
    for (Profile &profile : profiles) {
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QString name = profile.name;
        for (int n = 2; taken.contains(name); ++n)
            name = QStringLiteral("%1 (%2)").arg(profile.name).arg(n);
        profile.name = name;
        taken.append(name);
    }
    return profiles;
}

} // namespace Framewise
