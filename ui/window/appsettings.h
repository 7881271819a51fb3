// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

namespace Framewise {

// Every persistent user setting of the window, typed, in one place over QSettings. Secrets
// never go here (they belong to the keychain).
class AppSettings {
public:
    AppSettings(); // the application's default QSettings location
    explicit AppSettings(const QString &iniPath); // a specific file (tests)
    ~AppSettings(); // saves, and keeps the file private (0600)

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &value);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &value);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &value);
    QStringList recentUrls() const; // newest first, at most 20
    void addRecentUrl(const QString &url);
    int localServerPort() const; // 0: any free port
    void setLocalServerPort(int port);
    bool firstLaunchDone() const;
    void setFirstLaunchDone(bool done);
    QString language() const; // empty: the system's
    void setLanguage(const QString &language);
    // The folder of the last session file exported or imported: where the next export and import
    // start. Empty until there was one.
    QString sessionFilesFolder() const;
    void setSessionFilesFolder(const QString &folder);

    // The profiles file: the XDG config location for the application's settings, or beside the
    // ini file given to the constructor (tests).
    QString profilesPath() const;
    // The session database: SessionStore::defaultPath(), or beside the ini file (tests).
    QString sessionsPath() const;

    bool recordSessions() const; // default on
    void setRecordSessions(bool on);
    // Retention of recorded sessions; 0 means no limit. Defaults: no age limit, 4096 MB.
    int retentionDays() const;
    void setRetentionDays(int days);
    int retentionMegabytes() const;
    void setRetentionMegabytes(int megabytes);

    // Writes the settings now and makes the file (and, for the default location, its folder)
    // private to the user.
    void sync();

private:
    void migrate();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace Framewise
