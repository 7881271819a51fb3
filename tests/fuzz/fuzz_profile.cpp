// SPDX-License-Identifier: GPL-3.0-or-later
// Saved profiles as read from disk. Input: [config] [JSON bytes...].
//   config bit 0 clear: the bytes are a whole profiles.json, loaded by ProfileStore (from a file
//                       in a scratch folder), saved again and imported as a shared file
//          bit 0 set:   the bytes are one profile object for Profile::fromJson
// Checks: a refused file gives an error in words, no profiles, refuses to save and is never
// overwritten; an accepted one saves and loads back the same list, imports with fresh ids and
// names no profile has; every accepted profile survives toJson -> fromJson unchanged and resolves
// to settings or to problems in words.

#include "connectionsettings.h"
#include "fuzzsupport.h"
#include "profile.h"
#include "profilestore.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QString>
#include <QTemporaryDir>

#include <cstdint>

using namespace Framewise;

namespace {

void checkProfile(const Profile &profile)
{
    QString error = QStringLiteral("stale");
    const Profile again = Profile::fromJson(profile.toJson(), &error);
    FUZZ_CHECK(error.isEmpty());
    FUZZ_CHECK(again == profile);
    ConnectionSettings settings;
    const QStringList problems = profile.resolve(&settings);
    for (const QString &problem : problems)
        FUZZ_CHECK(!problem.trimmed().isEmpty());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    FUZZ_CHECK(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    FUZZ_CHECK(file.write(data) == data.size());
}

void fuzzObject(const QByteArray &data)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return;
    QString error = QStringLiteral("stale");
    const Profile profile = Profile::fromJson(document.object(), &error);
    if (error.isEmpty())
        checkProfile(profile);
}

void fuzzStore(const QByteArray &data)
{
    // On tmpfs when there is one: saving syncs the file (QSaveFile), which on a disk is most of the time.
    static QTemporaryDir dir(
        (QFileInfo(QStringLiteral("/dev/shm")).isWritable() ? QStringLiteral("/dev/shm") : QDir::tempPath())
        + QStringLiteral("/framewise-fuzz-profile-XXXXXX"));
    FUZZ_CHECK(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("profiles.json"));
    writeFile(path, data);

    ProfileStore store(path);
    const ProfileStore::Status status = store.load();
    FUZZ_CHECK(status == store.status());
    if (status != ProfileStore::Status::Ok) {
        FUZZ_CHECK(status == ProfileStore::Status::Corrupt || status == ProfileStore::Status::NewerVersion);
        FUZZ_CHECK(store.errorString().size() > path.size() + 10);
        FUZZ_CHECK(store.profiles().isEmpty());
        FUZZ_CHECK(!store.canSave());
        FUZZ_CHECK(!store.upsert(Profile::create(QStringLiteral("new"))));
        FUZZ_CHECK(!store.errorString().isEmpty());
        FUZZ_CHECK(readFile(path) == data); // a bad file is never overwritten
        if (!store.backupPath().isEmpty()) {
            FUZZ_CHECK(readFile(store.backupPath()) == data);
            QFile::remove(store.backupPath());
        }
        QString error;
        FUZZ_CHECK(ProfileStore::importProfiles(path, store, &error).isEmpty());
        FUZZ_CHECK(!error.isEmpty());
        return;
    }
    FUZZ_CHECK(store.errorString().isEmpty());
    FUZZ_CHECK(store.canSave());
    FUZZ_CHECK(store.backupPath().isEmpty());
    const QList<Profile> loaded = store.profiles();
    for (const Profile &profile : loaded)
        checkProfile(profile);

    // Saved (atomically, over the file) and loaded again: the same list.
    if (!loaded.isEmpty()) {
        FUZZ_CHECK(store.upsert(loaded.front()));
        FUZZ_CHECK(store.profiles() == loaded);
        ProfileStore again(path);
        FUZZ_CHECK(again.load() == ProfileStore::Status::Ok);
        FUZZ_CHECK(again.profiles() == loaded);
    }

    // Imported as a shared file into the same store: new ids, names nobody has.
    QString error = QStringLiteral("stale");
    const QList<Profile> imported = ProfileStore::importProfiles(path, store, &error);
    FUZZ_CHECK(error.isEmpty());
    FUZZ_CHECK(imported.size() == loaded.size());
    QSet<QString> names;
    QSet<QString> ids;
    for (const Profile &profile : loaded) {
        names.insert(profile.name);
        ids.insert(profile.id);
    }
    for (const Profile &profile : imported) {
        FUZZ_CHECK(!names.contains(profile.name));
        FUZZ_CHECK(!ids.contains(profile.id));
        names.insert(profile.name);
        ids.insert(profile.id);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *input, size_t inputSize)
{
    if (inputSize < 1)
        return 0;
    const QByteArray data(reinterpret_cast<const char *>(input + 1), qsizetype(inputSize - 1));
    if (input[0] & 1)
        fuzzObject(data);
    else
        fuzzStore(data);
    return 0;
}
