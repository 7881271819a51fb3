// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile.h"

#include <QList>
#include <QString>

#include <functional>

namespace Framewise {

// The profiles file: JSON with a format version in the XDG config location, written atomically
// (QSaveFile). A file that cannot be read, is corrupt or comes from a newer Framewise is never
// overwritten: it is copied to a backup, the store refuses to save, and errorString() says why,
// until the user chooses startOver(). Secret values never reach the file (Profile::toJson).
class ProfileStore {
public:
    static constexpr int FormatVersion = 1;

    enum class Status {
        Ok, // loaded, or no file yet
        Unreadable, // exists but cannot be opened
        Corrupt, // not JSON, or not a profiles file
        NewerVersion, // written by a newer Framewise
    };

    explicit ProfileStore(const QString &path = defaultPath());
    static QString defaultPath(); // $XDG_CONFIG_HOME/Framewise/profiles.json, shared by the window and the CLI

    QString path() const { return m_path; }
    Status load();
    Status status() const { return m_status; }
    bool canSave() const { return m_status == Status::Ok; }
    QString errorString() const { return m_error; }
    QString backupPath() const { return m_backupPath; } // where a bad file was copied, if it was

    const QList<Profile> &profiles() const { return m_profiles; }
    const Profile *findByName(const QString &name) const;
    const Profile *findById(const QString &id) const;
    // A name no profile has yet: base, or "base (2)", "base (3)", …
    QString uniqueName(const QString &base) const;

    // Each of these changes the list and saves; false with errorString() when it could not
    // (the list in memory is then unchanged).
    bool upsert(const Profile &profile); // by id
    bool remove(const QString &id);
    // Sets the list aside the bad file (already backed up) and starts with no profiles.
    bool startOver();

    // Profiles for sharing: the same JSON without secret values. Import gives each profile a new
    // id and a name not taken yet; the caller stores them and asks for their secrets.
    static bool exportProfiles(const QList<Profile> &profiles, const QString &path, QString *error);
    static QList<Profile> importProfiles(const QString &path, const ProfileStore &into, QString *error);

    // Fault injection for the atomic-write test: runs after the data is written and before the
    // rename that replaces the old file.
    void setBeforeCommitHook(std::function<void()> hook) { m_beforeCommit = std::move(hook); }

private:
    bool write(const QList<Profile> &profiles);
    static QByteArray serialize(const QList<Profile> &profiles, bool exported);
    // Parses a profiles file; sets *status and *error when it is not usable.
    static QList<Profile> parse(const QByteArray &data, Status *status, QString *error, const QString &path);
    void keepBackup();

    QString m_path;
    Status m_status = Status::Ok;
    QString m_error;
    QString m_backupPath;
    QList<Profile> m_profiles;
    std::function<void()> m_beforeCommit;
};

} // namespace Framewise
