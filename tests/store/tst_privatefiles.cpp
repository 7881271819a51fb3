// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16 item 5: what Framewise writes is the user's alone whatever the umask (here the common
// 022, which made everything world-readable before): the session database and its -wal and -shm
// files, profiles.json and its backups, the settings file and exports are 0600, the folders
// Framewise makes are 0700. An export that replaces a file the user made keeps that file's mode.
#include "appsettings.h"
#include "privatefiles.h"
#include "profilestore.h"
#include "recordbatch.h"
#include "sessionexporter.h"
#include "sessionlog.h"
#include "sessionlogsource.h"
#include "sessionstore.h"
#include "storetestdata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Framewise;

namespace {
int modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

QString octal(int mode)
{
    return QString::number(mode, 8);
}
} // namespace

class TestPrivateFiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        ::umask(022); // what most desktops set: files 0644 unless the program says otherwise
    }

    void sessionDatabaseAndItsWal()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("new/nested/sessions.sqlite"));
        SessionStore store;
        QVERIFY2(store.open(db), qPrintable(store.errorString()));
        SessionInfo info = StoreTestData::info();
        info.state = SessionInfo::State::Live;
        const int handle = store.beginSession(info);
        RecordBatch batch;
        LogEntry entry;
        entry.kind = MessageRecord::Kind::Text;
        entry.direction = MessageRecord::Direction::In;
        entry.payload = QByteArrayLiteral("hello");
        entry.payloadSize = entry.payload.size();
        batch.append(entry);
        store.appendRecords(handle, std::move(batch));
        store.flush();
        // While open, WAL mode keeps -wal and -shm beside the database: they hold its pages too.
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
            QVERIFY2(QFileInfo::exists(db + suffix), qPrintable(db + suffix));
            QVERIFY2(modeOf(db + suffix) == 0600, qPrintable(suffix + u' ' + octal(modeOf(db + suffix))));
        }
        QCOMPARE(octal(modeOf(dir.filePath(QStringLiteral("new/nested")))), octal(0700));
        QCOMPARE(octal(modeOf(dir.filePath(QStringLiteral("new")))), octal(0700));
        QCOMPARE(octal(modeOf(dir.path())), octal(0700)); // QTemporaryDir's own, untouched
    }

    void databaseOfAnOlderVersionIsMadePrivate()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("sessions.sqlite"));
        {
            SessionStore store;
            QVERIFY(store.open(db));
        }
        QVERIFY(::chmod(QFile::encodeName(db).constData(), 0644) == 0);
        SessionStore store;
        QVERIFY(store.open(db));
        QCOMPARE(octal(modeOf(db)), octal(0600));
    }

    void profilesAndTheirBackups()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config/Framewise/profiles.json"));
        ProfileStore store(path);
        QCOMPARE(store.load(), ProfileStore::Status::Ok);
        Profile profile = Profile::create(QStringLiteral("p"));
        profile.url = QStringLiteral("ws://127.0.0.1:1/");
        QVERIFY2(store.upsert(profile), qPrintable(store.errorString()));
        QCOMPARE(octal(modeOf(path)), octal(0600));
        QCOMPARE(octal(modeOf(QFileInfo(path).absolutePath())), octal(0700));
        // A damaged file's backup.
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ damaged");
        file.close();
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        ProfileStore damaged(path);
        QCOMPARE(damaged.load(), ProfileStore::Status::Corrupt);
        QVERIFY(!damaged.backupPath().isEmpty());
        QCOMPARE(octal(modeOf(damaged.backupPath())), octal(0600));
        // Exported profiles are a new file the user asked for: private too.
        const QString exported = dir.filePath(QStringLiteral("exported.json"));
        QString error;
        QVERIFY2(ProfileStore::exportProfiles({ profile }, exported, &error), qPrintable(error));
        QCOMPARE(octal(modeOf(exported)), octal(0600));
    }

    void settingsFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("framewise.conf"));
        {
            AppSettings settings(path);
            settings.addRecentUrl(QStringLiteral("ws://user@host.example/"));
            settings.sync();
            QCOMPARE(octal(modeOf(path)), octal(0600));
        }
        // Later saves keep it so.
        AppSettings settings(path);
        settings.setLanguage(QStringLiteral("fr"));
        settings.sync();
        QCOMPARE(octal(modeOf(path)), octal(0600));
    }

    void exports()
    {
        QTemporaryDir dir;
        SessionLog log;
        StoreTestData::fillLog(log);
        for (const QString &format : SessionExporter::formats()) {
            const QString path = dir.filePath(QStringLiteral("new.") + format);
            SessionLogSource source(log, StoreTestData::info());
            auto exporter = SessionExporter::create(format);
            QVERIFY2(exporter->exportToFile(source, path), qPrintable(exporter->errorString()));
            QCOMPARE(octal(modeOf(path)), octal(0600));
        }
        // A file the user made and chose to replace keeps its mode.
        const QString shared = dir.filePath(QStringLiteral("shared.har"));
        QFile file(shared);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(::chmod(QFile::encodeName(shared).constData(), 0644) == 0);
        SessionLogSource source(log, StoreTestData::info());
        auto exporter = SessionExporter::create(QStringLiteral("har"));
        QVERIFY(exporter->exportToFile(source, shared));
        QVERIFY(QFileInfo(shared).size() > 0);
        QCOMPARE(octal(modeOf(shared)), octal(0644));
    }

    void processUmask()
    {
        // Both programs call this first: whatever else they create is private from the start.
        PrivateFiles::restrictProcess();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plain"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QCOMPARE(octal(modeOf(path)), octal(0600));
        ::umask(022);
    }
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
