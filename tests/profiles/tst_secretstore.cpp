// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets through the real QtKeychain code path. Run by with-keyring.sh: on a private D-Bus
// session with gnome-keyring's Secret Service (FRAMEWISE_TEST_KEYRING=1), or on one without any
// Secret Service (FRAMEWISE_TEST_KEYRING=0), in a scratch HOME.
#include "profilemanager.h"
#include "secretstore.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QTest>
#include <QUuid>

using namespace Framewise;

class TestSecretStore : public QObject {
    Q_OBJECT

private:
    bool m_keyring = false;
    QString m_service;

    static bool onlyInScratchHome() { return QDir::homePath().startsWith(QDir::tempPath()); }

    static QStringList filesContaining(const QString &root, const QByteArray &needle)
    {
        QStringList hits;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                hits.append(path);
        }
        return hits;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("FRAMEWISE_TEST_KEYRING"), "run this test through with-keyring.sh");
        QVERIFY2(onlyInScratchHome(), "HOME must be a scratch directory");
        m_keyring = qEnvironmentVariableIntValue("FRAMEWISE_TEST_KEYRING") == 1;
        m_service = QStringLiteral("framewise-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    void availability()
    {
        SecretStore store(m_service);
        QCOMPARE(store.available(), m_keyring);
        QCOMPARE(store.sessionOnly(), !m_keyring);
        if (m_keyring) {
            QVERIFY(store.unavailableReason().isEmpty());
        } else {
            QVERIFY2(store.unavailableReason().contains(QLatin1String("No keychain is available")),
                qPrintable(store.unavailableReason()));
            QVERIFY(store.unavailableReason().contains(QLatin1String("this session only")));
        }
    }

    void writeReadOverwriteRemove()
    {
        SecretStore store(m_service);
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QString error;
        QVERIFY(!store.read(id, QStringLiteral("password"), &error).has_value());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(store.write(id, QStringLiteral("password"), QStringLiteral("pä55 wörd"), &error), qPrintable(error));
        QCOMPARE(store.read(id, QStringLiteral("password")).value_or(QString()), QStringLiteral("pä55 wörd"));
        QVERIFY(store.write(id, QStringLiteral("password"), QStringLiteral("second"), &error));
        QCOMPARE(store.read(id, QStringLiteral("password")).value_or(QString()), QStringLiteral("second"));

        // Another client of the same keychain sees it only when there is a keychain.
        SecretStore other(m_service);
        QCOMPARE(other.read(id, QStringLiteral("password")).has_value(), m_keyring);

        QVERIFY(store.remove(id, QStringLiteral("password"), &error));
        QVERIFY(!store.read(id, QStringLiteral("password")).has_value());
        QVERIFY(!other.read(id, QStringLiteral("password")).has_value());
    }

    void move()
    {
        SecretStore store(m_service);
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(store.write(id, QStringLiteral("header:X-Token"), QStringLiteral("tok")));
        QVERIFY(store.move(id, QStringLiteral("header:X-Token"), id, QStringLiteral("header:X-Api-Key")));
        QVERIFY(!store.read(id, QStringLiteral("header:X-Token")).has_value());
        QCOMPARE(store.read(id, QStringLiteral("header:X-Api-Key")).value_or(QString()), QStringLiteral("tok"));
    }

    void profileLifecycle()
    {
        const QString path = ProfileStore::defaultPath(); // under the scratch XDG_CONFIG_HOME
        QFile::remove(path);
        ProfileManager manager(path, m_service);
        QCOMPARE(manager.load(), ProfileStore::Status::Ok);

        Profile profile = Profile::create(QStringLiteral("Staging"));
        profile.url = QStringLiteral("wss://example.test/{{room}}");
        profile.headers = { { QStringLiteral("Authorization"), QStringLiteral("Bearer S3CRET-header"), true, true },
            { QStringLiteral("X-Plain"), QStringLiteral("visible"), false, true } };
        profile.variables = { { QStringLiteral("room"), QStringLiteral("lobby"), false },
            { QStringLiteral("token"), QStringLiteral("S3CRET-variable"), true } };
        profile.user = QStringLiteral("alice");
        profile.password = QStringLiteral("S3CRET-password");
        QString error;
        QVERIFY2(manager.save(profile, &error), qPrintable(error));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray onDisk = file.readAll();
        QVERIFY(!onDisk.contains("S3CRET"));
        QVERIFY(onDisk.contains("visible"));

        // A fresh manager (a new run) gets the secrets back from the keychain, or asks for them.
        ProfileManager again(path, m_service);
        QCOMPARE(again.load(), ProfileStore::Status::Ok);
        QStringList missing;
        std::optional<Profile> loaded = again.withSecretsByName(QStringLiteral("Staging"), &missing, &error);
        QVERIFY(loaded.has_value());
        if (m_keyring) {
            QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u',')));
            QCOMPARE(*loaded, profile);
        } else {
            QCOMPARE(missing,
                QStringList({ QStringLiteral("header:Authorization"), QStringLiteral("variable:token"),
                    QStringLiteral("password") }));
            QVERIFY(loaded->password.isEmpty());
            return; // the rest is about what the keychain keeps
        }

        // Rename keeps the secrets (they are keyed by the id).
        QVERIFY2(again.rename(profile.id, QStringLiteral("Staging EU"), &error), qPrintable(error));
        loaded = again.withSecretsByName(QStringLiteral("Staging EU"), &missing, &error);
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->password, QStringLiteral("S3CRET-password"));

        // A renamed secret header moves its secret; the old key is gone from the keychain.
        loaded->headers[0].name = QStringLiteral("X-Auth");
        QVERIFY(again.save(*loaded, &error));
        QVERIFY(!again.secrets().read(profile.id, QStringLiteral("header:Authorization")).has_value());
        QCOMPARE(again.secrets().read(profile.id, QStringLiteral("header:X-Auth")).value_or(QString()),
            QStringLiteral("Bearer S3CRET-header"));

        // Duplicate copies secrets under the new id.
        const std::optional<Profile> copy = again.duplicate(profile.id, QString(), &error);
        QVERIFY2(copy.has_value(), qPrintable(error));
        QVERIFY(copy->id != profile.id);
        QCOMPARE(copy->name, QStringLiteral("Staging EU (2)"));
        QCOMPARE(again.secrets().read(copy->id, QStringLiteral("password")).value_or(QString()),
            QStringLiteral("S3CRET-password"));

        // Delete removes the profile's secrets and no one else's.
        QVERIFY2(again.remove(profile.id, &error), qPrintable(error));
        SecretStore fresh(m_service);
        for (const QString &field :
            { QStringLiteral("password"), QStringLiteral("variable:token"), QStringLiteral("header:X-Auth") })
            QVERIFY2(!fresh.read(profile.id, field).has_value(), qPrintable(field));
        QVERIFY(fresh.read(copy->id, QStringLiteral("password")).has_value());
        QVERIFY(again.remove(copy->id, &error));
        QVERIFY(!fresh.read(copy->id, QStringLiteral("password")).has_value());
    }

    void noSecretReachesDisk()
    {
        // Everything this run wrote under the scratch HOME (config, data, the keyring's own
        // files, which gnome-keyring encrypts) holds no secret in plain text.
        const QStringList hits = filesContaining(QDir::homePath() + QStringLiteral("/.."), "S3CRET");
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
