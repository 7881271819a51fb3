// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include "privatefiles.h"
#include "profilestore.h"
#include "sessionstore.h"

#include <QFileInfo>

namespace Framewise {

namespace Key {
const QString Geometry = QStringLiteral("window/geometry");
const QString State = QStringLiteral("window/state");
const QString Splitter = QStringLiteral("window/splitter");
const QString RecentUrls = QStringLiteral("connection/recentUrls");
const QString LocalPort = QStringLiteral("localServer/port");
// Not "general/…": QSettings writes a group of that name (in any case) as [%General], reads it
// back as "General" and adds a new [%General] section at every save, so the values were lost.
const QString FirstLaunch = QStringLiteral("app/firstLaunchDone");
const QString Language = QStringLiteral("app/language");
const QString Record = QStringLiteral("history/record");
const QString RetentionDays = QStringLiteral("history/retentionDays");
const QString RetentionMegabytes = QStringLiteral("history/retentionMegabytes");
const QString SessionFilesFolder = QStringLiteral("history/sessionFilesFolder");
} // namespace Key

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{
    migrate();
}

AppSettings::AppSettings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
    migrate();
}

AppSettings::~AppSettings()
{
    sync();
}

void AppSettings::migrate()
{
    // Files written before the keys moved out of "general": their values read back as
    // "General/…" (one of the duplicated [%General] sections wins).
    const QString old[] = { QStringLiteral("General/firstLaunchDone"), QStringLiteral("General/language") };
    const QString now[] = { Key::FirstLaunch, Key::Language };
    bool changed = false;
    for (std::size_t i = 0; i < std::size(old); ++i) {
        if (!m_settings->contains(old[i]))
            continue;
        if (!m_settings->contains(now[i]))
            m_settings->setValue(now[i], m_settings->value(old[i]));
        m_settings->remove(old[i]);
        changed = true;
    }
    if (changed)
        m_settings->remove(QStringLiteral("General"));
}

QString AppSettings::profilesPath() const
{
    if (m_settings->format() == QSettings::IniFormat) {
        const QFileInfo ini(m_settings->fileName());
        return ini.absolutePath() + u'/' + ini.completeBaseName() + QStringLiteral("-profiles.json");
    }
    return ProfileStore::defaultPath();
}

QString AppSettings::sessionsPath() const
{
    if (m_settings->format() == QSettings::IniFormat) {
        const QFileInfo ini(m_settings->fileName());
        return ini.absolutePath() + u'/' + ini.completeBaseName() + QStringLiteral("-sessions.sqlite");
    }
    return SessionStore::defaultPath();
}

bool AppSettings::recordSessions() const
{
    return m_settings->value(Key::Record, true).toBool();
}

void AppSettings::setRecordSessions(bool on)
{
    m_settings->setValue(Key::Record, on);
}

int AppSettings::retentionDays() const
{
    return qMax(0, m_settings->value(Key::RetentionDays, 0).toInt());
}

void AppSettings::setRetentionDays(int days)
{
    m_settings->setValue(Key::RetentionDays, qMax(0, days));
}

int AppSettings::retentionMegabytes() const
{
    return qMax(0, m_settings->value(Key::RetentionMegabytes, 4096).toInt());
}

void AppSettings::setRetentionMegabytes(int megabytes)
{
    m_settings->setValue(Key::RetentionMegabytes, qMax(0, megabytes));
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(Key::Geometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &value)
{
    m_settings->setValue(Key::Geometry, value);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(Key::State).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &value)
{
    m_settings->setValue(Key::State, value);
}

QByteArray AppSettings::splitterState() const
{
    return m_settings->value(Key::Splitter).toByteArray();
}

void AppSettings::setSplitterState(const QByteArray &value)
{
    m_settings->setValue(Key::Splitter, value);
}

QStringList AppSettings::recentUrls() const
{
    return m_settings->value(Key::RecentUrls).toStringList();
}

void AppSettings::addRecentUrl(const QString &url)
{
    QStringList urls = recentUrls();
    urls.removeAll(url);
    urls.prepend(url);
    while (urls.size() > 20)
        urls.removeLast();
    m_settings->setValue(Key::RecentUrls, urls);
}

int AppSettings::localServerPort() const
{
    return m_settings->value(Key::LocalPort, 0).toInt();
}

void AppSettings::setLocalServerPort(int port)
{
    m_settings->setValue(Key::LocalPort, port);
}

bool AppSettings::firstLaunchDone() const
{
    return m_settings->value(Key::FirstLaunch, false).toBool();
}

void AppSettings::setFirstLaunchDone(bool done)
{
    m_settings->setValue(Key::FirstLaunch, done);
}

QString AppSettings::language() const
{
    return m_settings->value(Key::Language).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(Key::Language, language);
}

QString AppSettings::sessionFilesFolder() const
{
    return m_settings->value(Key::SessionFilesFolder).toString();
}

void AppSettings::setSessionFilesFolder(const QString &folder)
{
    m_settings->setValue(Key::SessionFilesFolder, folder);
}

void AppSettings::sync()
{
    m_settings->sync();
    // The recent URLs and the paths of the files a user worked on are theirs alone. QSettings
    // keeps a file's mode when it rewrites it, so this holds for later saves too.
    PrivateFiles::restrictFile(m_settings->fileName());
    if (m_settings->format() == QSettings::NativeFormat)
        PrivateFiles::restrictFolder(QFileInfo(m_settings->fileName()).absolutePath());
}

} // namespace Framewise
