// SPDX-License-Identifier: GPL-3.0-or-later
// The profiles file: every field round-trips, secrets never reach it, writes are atomic, and a
// corrupt or newer file is reported and left untouched.
#include "profilestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Framewise;

namespace {
// A profile with every field away from its default, secrets included.
Profile fullProfile()
{
    Profile p = Profile::create(QStringLiteral("Every field ✓"));
    p.url = QStringLiteral("wss://{{host}}:8443/feed?room={{room}}");
    p.origin = QStringLiteral("https://app.example");
    p.protocols = { QStringLiteral("graphql-ws"), QStringLiteral("v2.chat") };
    p.headers = { { QStringLiteral("Authorization"), QStringLiteral("Bearer SECRET-A"), true, true },
        { QStringLiteral("X-Trace"), QStringLiteral("{{room}}-1"), false, true },
        { QStringLiteral("X-Off"), QStringLiteral("x"), false, false } };
    p.pingIntervalS = 15;
    p.pingTimeoutS = 7;
    p.rttProbeIntervalS = 20;
    p.maxMessageSize = qint64(5) << 30;
    p.deflate.enabled = false;
    p.deflate.serverNoContextTakeover = true;
    p.deflate.clientNoContextTakeover = true;
    p.deflate.serverMaxWindowBits = 10;
    p.deflate.clientMaxWindowBits = 12;
    p.deflate.compressionThreshold = 1000;
    p.deflate.compressionLevel = 9;
    p.followRedirects = false;
    p.caFiles = { QStringLiteral("/etc/ca one.pem") };
    p.pins = { QStringLiteral("AB:CD") };
    p.clientCertificate = QStringLiteral("/c.pem");
    p.clientKey = QStringLiteral("/k.pem");
    p.pkcs12 = QStringLiteral("/b.p12");
    p.keyPassphrase = QStringLiteral("SECRET-B");
    p.proxy = QStringLiteral("http://127.0.0.1:3128");
    p.systemProxy = true;
    p.proxyUser = QStringLiteral("proxy-user");
    p.proxyPassword = QStringLiteral("SECRET-C");
    p.user = QStringLiteral("alice");
    p.password = QStringLiteral("SECRET-D");
    p.variables = { { QStringLiteral("host"), QStringLiteral("127.0.0.1"), false },
        { QStringLiteral("room"), QStringLiteral("lobby"), false },
        { QStringLiteral("token"), QStringLiteral("SECRET-E"), true } };
    p.snippets = { { QStringLiteral("hello"), QStringLiteral("{\"hi\": \"{{room}}\"}"), Snippet::Format::Json },
        { QStringLiteral("bytes"), QStringLiteral("00 ff"), Snippet::Format::Hex },
        { QStringLiteral("b64"), QStringLiteral("AAE="), Snippet::Format::Base64 },
        { QStringLiteral("plain"), QStringLiteral("ping"), Snippet::Format::Text } };
    return p;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(data);
}
} // namespace

class TestProfileStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTripEveryField()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/profiles.json"));
        ProfileStore store(path);
        QCOMPARE(store.load(), ProfileStore::Status::Ok); // no file yet is fine
        const Profile original = fullProfile();
        QVERIFY2(store.upsert(original), qPrintable(store.errorString()));

        const QByteArray onDisk = readFile(path);
        QVERIFY(!onDisk.isEmpty());
        QVERIFY2(!onDisk.contains("SECRET"), onDisk.constData());
        QVERIFY(onDisk.contains("\"version\": 1"));

        ProfileStore reread(path);
        QCOMPARE(reread.load(), ProfileStore::Status::Ok);
        QCOMPARE(reread.profiles().size(), 1);
        Profile expected = original;
        expected.clearSecretValues();
        QCOMPARE(reread.profiles().first(), expected);
        QCOMPARE(reread.profiles().first().secretFields(),
            QStringList({ QStringLiteral("header:Authorization"), QStringLiteral("variable:token"),
                QStringLiteral("password"), QStringLiteral("proxyPassword"), QStringLiteral("keyPassphrase") }));
        // Every secret put back by field gives the original profile.
        Profile restored = reread.profiles().first();
        for (const QString &field : original.secretFields())
            restored.setSecretValue(field, original.secretValue(field));
        QCOMPARE(restored, original);
    }

    void resolveExpandsVariables()
    {
        Profile p = fullProfile();
        ConnectionSettings settings;
        const QStringList problems = p.resolve(&settings);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(settings.url, QUrl(QStringLiteral("wss://127.0.0.1:8443/feed?room=lobby")));
        QCOMPARE(settings.headers.value("X-Trace"), QByteArray("lobby-1"));
        QVERIFY(!settings.headers.contains("X-Off")); // disabled rows are not sent
        QCOMPARE(settings.headers.value("Authorization"), QByteArray("Bearer SECRET-A"));
        QCOMPARE(settings.password, QStringLiteral("SECRET-D"));
        QCOMPARE(settings.keyPassphrase, QByteArray("SECRET-B"));
        QCOMPARE(settings.pingIntervalS, 15);
        QCOMPARE(settings.rttProbeIntervalS, 20);
        QVERIFY(!settings.deflate.enabled);
    }

    // Saved under "rttProbeInterval", off when absent (files written before it), 0 to 3600 s.
    void rttProbeIntervalIsSavedAndValidated_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("expected"); // -1: refused
        QTest::newRow("absent: off") << QJsonValue(QJsonValue::Undefined) << 0;
        QTest::newRow("off") << QJsonValue(0) << 0;
        QTest::newRow("one second") << QJsonValue(1) << 1;
        QTest::newRow("an hour") << QJsonValue(3600) << 3600;
        QTest::newRow("over an hour") << QJsonValue(3601) << -1;
        QTest::newRow("negative") << QJsonValue(-5) << -1;
        QTest::newRow("fraction") << QJsonValue(2.5) << -1;
        QTest::newRow("text") << QJsonValue(QStringLiteral("5")) << -1;
    }

    void rttProbeIntervalIsSavedAndValidated()
    {
        QFETCH(QJsonValue, value);
        QFETCH(int, expected);
        Profile p = Profile::create(QStringLiteral("probe"));
        QCOMPARE(p.rttProbeIntervalS, 0); // off unless asked for
        p.rttProbeIntervalS = 45;
        QJsonObject json = p.toJson();
        QCOMPARE(json.value(QStringLiteral("rttProbeInterval")).toInt(), 45);
        QString error;
        QCOMPARE(Profile::fromJson(json, &error).rttProbeIntervalS, 45);
        QVERIFY(error.isEmpty());
        if (value.isUndefined())
            json.remove(QStringLiteral("rttProbeInterval"));
        else
            json.insert(QStringLiteral("rttProbeInterval"), value);
        const Profile read = Profile::fromJson(json, &error);
        if (expected < 0) {
            QVERIFY2(error.contains(QStringLiteral("“rttProbeInterval” should be a whole number from 0 to 3600")),
                qPrintable(error));
        } else {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(read.rttProbeIntervalS, expected);
            ConnectionSettings settings;
            Profile usable = read;
            usable.url = QStringLiteral("ws://127.0.0.1:9/");
            QVERIFY(usable.resolve(&settings).isEmpty());
            QCOMPARE(settings.rttProbeIntervalS, expected);
        }
    }

    void undefinedVariableIsReportedNotSent()
    {
        Profile p = fullProfile();
        p.url = QStringLiteral("ws://127.0.0.1/{{missing}}/{{room}}");
        p.headers.append({ QStringLiteral("X-Other"), QStringLiteral("{{also_missing}} {{missing}}"), false, true });
        ConnectionSettings settings;
        settings.url = QUrl(QStringLiteral("ws://untouched"));
        const QStringList problems = p.resolve(&settings);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QLatin1String("missing, also_missing")), qPrintable(problems.first()));
        QCOMPARE(settings.url, QUrl(QStringLiteral("ws://untouched"))); // nothing filled in
        QStringList undefined;
        QCOMPARE(p.expand(QStringLiteral("{{ room }}{{nope}}"), &undefined), QStringLiteral("lobby{{nope}}"));
        QCOMPARE(undefined, QStringList { QStringLiteral("nope") });
    }

    void badHeaderIsReported()
    {
        Profile p = Profile::create(QStringLiteral("h"));
        p.url = QStringLiteral("ws://127.0.0.1:9/");
        p.headers = { { QStringLiteral("Bad Name"), QStringLiteral("v"), false, true },
            { QStringLiteral("X-Inject"), QStringLiteral("a\r\nEvil: 1"), false, true } };
        const QStringList problems = p.resolve(nullptr);
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.at(0).contains(QLatin1String("Bad Name")));
        QVERIFY(problems.at(1).contains(QLatin1String("line break")));
    }

    void crashBeforeRenameKeepsOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profiles.json"));
        ProfileStore store(path);
        store.load();
        Profile kept = Profile::create(QStringLiteral("Kept"));
        kept.url = QStringLiteral("ws://127.0.0.1:1/");
        QVERIFY(store.upsert(kept));
        const QByteArray before = readFile(path);

        QProcess crasher;
        crasher.start(QStringLiteral(FRAMEWISE_PROFILE_CRASHER), { path });
        QVERIFY(crasher.waitForFinished(20000));
        QCOMPARE(crasher.exitStatus(), QProcess::CrashExit); // it really died mid-save

        QCOMPARE(readFile(path), before);
        ProfileStore after(path);
        QCOMPARE(after.load(), ProfileStore::Status::Ok);
        QCOMPARE(after.profiles().size(), 1);
        QCOMPARE(after.profiles().first().name, QStringLiteral("Kept"));
    }

    void corruptFileIsReportedAndLeftUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated JSON") << QByteArray("{\"format\": \"framewise-profiles\", \"version\": 1, \"prof")
                                        << QStringLiteral("is not valid JSON");
        QTest::newRow("another file") << QByteArray("{\"hello\": 1}") << QStringLiteral("is not a Framewise profiles");
        QTest::newRow("wrong type") << QByteArray("{\"format\": \"framewise-profiles\", \"version\": 1, \"profiles\": "
                                                  "[{\"id\": \"x\", \"name\": \"n\", \"pingInterval\": \"soon\"}]}")
                                    << QStringLiteral("“pingInterval” should be a whole number");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage", 12) << QStringLiteral("is not valid JSON");
    }

    void corruptFileIsReportedAndLeftUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profiles.json"));
        writeFile(path, content);
        ProfileStore store(path);
        QCOMPARE(store.load(), ProfileStore::Status::Corrupt);
        QVERIFY2(store.errorString().contains(expected), qPrintable(store.errorString()));
        QVERIFY(store.errorString().contains(QLatin1String("left as it is")));
        QVERIFY(!store.backupPath().isEmpty());
        QCOMPARE(readFile(store.backupPath()), content);

        // Saving is refused; the damaged file stays byte for byte.
        QVERIFY(!store.canSave());
        QVERIFY(!store.upsert(Profile::create(QStringLiteral("new"))));
        QCOMPARE(readFile(path), content);
        QVERIFY(store.profiles().isEmpty());

        // Only starting over (the backup exists) replaces it.
        QVERIFY(store.startOver());
        QVERIFY(store.upsert(Profile::create(QStringLiteral("new"))));
        QCOMPARE(readFile(store.backupPath()), content);
        ProfileStore reread(path);
        QCOMPARE(reread.load(), ProfileStore::Status::Ok);
        QCOMPARE(reread.profiles().size(), 1);
    }

    // Issue 16 item 8: launching again and again with the same damaged file makes one backup, a
    // second damaged version gets its own, and no backup is ever overwritten (before, each launch
    // in the same second replaced the last one).
    void oneBackupPerDamagedContent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profiles.json"));
        const QByteArray first("{\"format\": \"framewise-profiles\", \"version\": 1, \"profiles\": [");
        const QByteArray second("[]");
        const auto backups = [&dir] {
            return QDir(dir.path()).entryList({ QStringLiteral("profiles.json.backup-*") }, QDir::Files, QDir::Name);
        };
        writeFile(path, first);
        QString firstBackup;
        for (int launch = 0; launch < 3; ++launch) {
            ProfileStore store(path);
            QCOMPARE(store.load(), ProfileStore::Status::Corrupt);
            if (firstBackup.isEmpty())
                firstBackup = store.backupPath();
            QCOMPARE(store.backupPath(), firstBackup); // the one copy of this content
            QVERIFY2(store.errorString().contains(QFileInfo(firstBackup).fileName()), qPrintable(store.errorString()));
        }
        QCOMPARE(backups().size(), 1);
        QCOMPARE(readFile(firstBackup), first);

        writeFile(path, second); // damaged differently, in the same second
        ProfileStore store(path);
        QCOMPARE(store.load(), ProfileStore::Status::Corrupt);
        QVERIFY(store.backupPath() != firstBackup);
        QCOMPARE(readFile(store.backupPath()), second);
        QCOMPARE(backups().size(), 2);
        QCOMPARE(readFile(firstBackup), first); // untouched

        // A file that happens to have the name the next backup would take is not replaced.
        writeFile(path, QByteArray("{ third"));
        ProfileStore probe(path);
        QCOMPARE(probe.load(), ProfileStore::Status::Corrupt);
        const QString taken = probe.backupPath();
        QFile::remove(taken);
        writeFile(taken, QByteArray("someone else's file"));
        ProfileStore again(path);
        QCOMPARE(again.load(), ProfileStore::Status::Corrupt);
        QVERIFY(again.backupPath() != taken);
        QCOMPARE(readFile(taken), QByteArray("someone else's file"));
        QCOMPARE(readFile(again.backupPath()), QByteArray("{ third"));
    }

    void newerVersionIsNotOverwritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profiles.json"));
        const QByteArray future = "{\"format\": \"framewise-profiles\", \"version\": 7, \"profiles\": [], \"new\": 1}";
        writeFile(path, future);
        ProfileStore store(path);
        QCOMPARE(store.load(), ProfileStore::Status::NewerVersion);
        QVERIFY2(store.errorString().contains(QLatin1String("newer Framewise (format version 7")),
            qPrintable(store.errorString()));
        QVERIFY(!store.upsert(Profile::create(QStringLiteral("x"))));
        QCOMPARE(readFile(path), future);
    }

    void exportImportWithoutSecrets()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(QStringLiteral("profiles.json")));
        store.load();
        const Profile original = fullProfile();
        QVERIFY(store.upsert(original));
        const QString exported = dir.filePath(QStringLiteral("shared.json"));
        QString error;
        QVERIFY2(ProfileStore::exportProfiles({ original }, exported, &error), qPrintable(error));
        const QByteArray text = readFile(exported);
        QVERIFY2(!text.contains("SECRET"), text.constData());
        QVERIFY(text.contains("\"Authorization\"")); // the secret's name is kept

        const QList<Profile> imported = ProfileStore::importProfiles(exported, store, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(imported.size(), 1);
        QVERIFY(imported.first().id != original.id);
        QCOMPARE(imported.first().name, QStringLiteral("Every field ✓ (2)")); // the name was taken
        QCOMPARE(imported.first().secretFields(), original.secretFields()); // the importer asks for these
        QVERIFY(imported.first().password.isEmpty());
        Profile comparable = imported.first();
        comparable.id = original.id;
        comparable.name = original.name;
        Profile expected = original;
        expected.clearSecretValues();
        QCOMPARE(comparable, expected);

        writeFile(exported, "[1, 2");
        QVERIFY(ProfileStore::importProfiles(exported, store, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("is not valid JSON")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
