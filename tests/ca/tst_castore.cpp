// SPDX-License-Identifier: GPL-3.0-or-later
// The CA in the keychain through the real QtKeychain code path. Run by with-keyring.sh: on a
// private D-Bus session with gnome-keyring's Secret Service (FRAMEWISE_TEST_KEYRING=1), or on one
// without any Secret Service (FRAMEWISE_TEST_KEYRING=0). Before anything runs, main() points HOME,
// the XDG folders and TMPDIR at fresh folders; at the end every file there, and in the scratch
// folders with-keyring.sh made (gnome-keyring's own, encrypted, files), is searched for every
// private key this run made: none may hold it as PEM, as DER or as the bare key.
#include "castore.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Framewise;

namespace {

const QString Id = CaStore::KeychainId.toString();
const QString CertificateField = CaStore::CertificateField.toString();
const QString KeyField = CaStore::PrivateKeyField.toString();

QStringList filesContaining(const QStringList &roots, const QByteArray &needle)
{
    QStringList hits;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                hits.append(path);
        }
    }
    return hits;
}

QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

// What of a PEM private key could reach a file: each line of its base64 body, its DER, and the
// bare 32-byte P-256 scalar (inside the PKCS#8 DER: ECPrivateKey's version 1, then OCTET STRING 32).
QList<QByteArray> needlesOf(const QByteArray &pem)
{
    QList<QByteArray> needles;
    QByteArray body;
    const QList<QByteArray> lines = pem.split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty() || line.startsWith("-----"))
            continue;
        needles.append(line);
        body += line;
    }
    const QByteArray der = QByteArray::fromBase64(body);
    needles.append(der);
    const qsizetype scalar = der.indexOf(QByteArray("\x02\x01\x01\x04\x20", 5));
    if (scalar >= 0 && der.size() >= scalar + 5 + 32)
        needles.append(der.mid(scalar + 5, 32));
    return needles;
}

} // namespace

class TestCaStore : public QObject {
    Q_OBJECT

public:
    TestCaStore(QStringList scratch, QStringList wrapperFolders)
        : m_scratch(std::move(scratch))
        , m_wrapperFolders(std::move(wrapperFolders))
    {
    }

private:
    QStringList m_scratch; // HOME, XDG_*, TMPDIR as main() set them
    QStringList m_wrapperFolders; // with-keyring.sh's HOME and XDG folders (the keyring's files)
    bool m_keyring = false;
    QString m_service;
    QList<QByteArray> m_keys; // every CA private key this run saw, as PEM

    void remember(const CertificateAuthority &ca)
    {
        if (!m_keys.contains(ca.privateKeyPem()))
            m_keys.append(ca.privateKeyPem());
    }

    // What the keychain holds, read past CaStore (empty without a keychain: nothing is kept there).
    QByteArray keychainValue(const QString &field)
    {
        SecretStore secrets(m_service);
        return secrets.read(Id, field).value_or(QString()).toLatin1();
    }

    void checkUsable(CertificateAuthority ca)
    {
        QVERIFY(!ca.isNull());
        QString error;
        const QSslCertificate leaf = ca.leafFor(QStringLiteral("localhost"), &error);
        QVERIFY2(!leaf.isNull(), qPrintable(error));
        QCOMPARE(
            leaf.issuerInfo(QSslCertificate::CommonName), ca.certificate().subjectInfo(QSslCertificate::CommonName));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("FRAMEWISE_TEST_KEYRING"), "run this test through with-keyring.sh");
        m_keyring = qEnvironmentVariableIntValue("FRAMEWISE_TEST_KEYRING") == 1;
        m_service = QStringLiteral("framewise-test-ca-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(m_scratch.size(), 5);
        QVERIFY(QDir::homePath() == m_scratch.first());
        QVERIFY(QDir::tempPath() == m_scratch.last());
    }

    void loadOrCreateKeepsOneCa()
    {
        CaStore store(m_service);
        QString error;
        const CertificateAuthority first = store.loadOrCreate(&error);
        QVERIFY2(!first.isNull(), qPrintable(error));
        remember(first);
        checkUsable(first);
        QCOMPARE(store.sessionOnly(), !m_keyring);
        if (m_keyring) {
            QVERIFY(store.unavailableReason().isEmpty());
        } else {
            QVERIFY2(store.unavailableReason().contains(QLatin1String("for this session only")),
                qPrintable(store.unavailableReason()));
            QVERIFY(store.unavailableReason().contains(QLatin1String("never written to disk")));
        }

        // The same store again, a second store (a new run, with a keychain), a copy held elsewhere.
        QCOMPARE(store.loadOrCreate(&error).sha256Fingerprint(), first.sha256Fingerprint());
        CaStore second(m_service);
        const CertificateAuthority again = second.loadOrCreate(&error);
        QVERIFY2(!again.isNull(), qPrintable(error));
        QCOMPARE(again.sha256Fingerprint(), first.sha256Fingerprint());
        QCOMPARE(again.privateKeyPem(), first.privateKeyPem());
        QCOMPARE(second.sessionOnly(), !m_keyring);
        checkUsable(again);

        // Where it is kept: the keychain, as PEM text, or (without one) nowhere outside this process.
        QCOMPARE(keychainValue(KeyField), m_keyring ? first.privateKeyPem() : QByteArray());
        QCOMPARE(keychainValue(CertificateField), m_keyring ? first.certificatePem() : QByteArray());
    }

    void regenerateReplaces()
    {
        CaStore store(m_service);
        QString error;
        const CertificateAuthority old = store.loadOrCreate(&error);
        QVERIFY2(!old.isNull(), qPrintable(error));
        const CertificateAuthority fresh = store.regenerate(&error);
        QVERIFY2(!fresh.isNull(), qPrintable(error));
        remember(fresh);
        checkUsable(fresh);
        QVERIFY(fresh.sha256Fingerprint() != old.sha256Fingerprint());
        QCOMPARE(store.loadOrCreate(&error).sha256Fingerprint(), fresh.sha256Fingerprint());
        QCOMPARE(CaStore(m_service).loadOrCreate(&error).sha256Fingerprint(), fresh.sha256Fingerprint());
        QCOMPARE(keychainValue(KeyField), m_keyring ? fresh.privateKeyPem() : QByteArray());
    }

    void removeForgets()
    {
        CaStore store(m_service);
        QString error;
        const CertificateAuthority old = store.loadOrCreate(&error);
        QVERIFY2(!old.isNull(), qPrintable(error));
        QVERIFY2(store.remove(&error), qPrintable(error));
        QVERIFY(keychainValue(KeyField).isEmpty());
        QVERIFY(keychainValue(CertificateField).isEmpty());
        QVERIFY(store.remove(&error)); // nothing left to remove is no error

        // Gone for every store: the next one makes a new CA.
        const CertificateAuthority next = CaStore(m_service).loadOrCreate(&error);
        QVERIFY2(!next.isNull(), qPrintable(error));
        remember(next);
        QVERIFY(next.sha256Fingerprint() != old.sha256Fingerprint());
        QCOMPARE(store.loadOrCreate(&error).sha256Fingerprint(), next.sha256Fingerprint());
    }

    void damagedEntryIsReportedNotReplaced()
    {
        if (!m_keyring)
            QSKIP("only a keychain can hold a damaged CA");
        SecretStore secrets(m_service);
        QVERIFY(secrets.write(Id, CertificateField, QStringLiteral("-----BEGIN CERTIFICATE-----\nAAAA\n")));
        CaStore store(m_service);
        QString error;
        QVERIFY(store.loadOrCreate(&error).isNull());
        QVERIFY2(error.startsWith(QLatin1String("The certificate authority in the keychain cannot be used: The CA "
                                                "certificate is not a PEM certificate")),
            qPrintable(error));
        QVERIFY2(error.endsWith(QLatin1String("Regenerate it to replace it.")), qPrintable(error));
        // Still there for the user to decide about; regenerate() replaces it.
        QVERIFY(keychainValue(CertificateField).startsWith("-----BEGIN CERTIFICATE-----\nAAAA"));
        const CertificateAuthority fresh = store.regenerate(&error);
        QVERIFY2(!fresh.isNull(), qPrintable(error));
        remember(fresh);
        QCOMPARE(store.loadOrCreate(&error).sha256Fingerprint(), fresh.sha256Fingerprint());
    }

    void noKeyReachesDisk()
    {
        QVERIFY(m_keys.size() >= 3);
        QStringList roots = m_scratch + m_wrapperFolders;
        if (m_keyring) {
            // gnome-keyring did write its (encrypted) file where this search looks.
            const QStringList keyrings
                = filesUnder(qEnvironmentVariable("FRAMEWISE_TEST_WRAPPER_DATA_HOME") + QStringLiteral("/keyrings"));
            QVERIFY2(!keyrings.isEmpty(), "gnome-keyring wrote no file under the wrapper's XDG_DATA_HOME");
        }
        // The search finds what is there (a planted copy, removed before the real search).
        {
            QTemporaryDir canary;
            QVERIFY(canary.isValid());
            QFile planted(canary.filePath(QStringLiteral("planted")));
            QVERIFY(planted.open(QIODevice::WriteOnly));
            planted.write("xx" + needlesOf(m_keys.first()).last() + "yy");
            planted.close();
            QCOMPARE(filesContaining({ canary.path() }, needlesOf(m_keys.first()).last()).size(), 1);
        }
        for (const QByteArray &key : std::as_const(m_keys)) {
            const QList<QByteArray> needles = needlesOf(key);
            QVERIFY(needles.size() >= 5); // body lines, DER, scalar
            QCOMPARE(needles.last().size(), 32);
            for (const QByteArray &needle : needles) {
                const QStringList hits = filesContaining(roots, needle);
                QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
            }
        }
        // Nothing at all was written to the folders of this process.
        for (const QString &folder : std::as_const(m_scratch)) {
            const QStringList files = filesUnder(folder);
            QVERIFY2(files.isEmpty(), qPrintable(files.join(u'\n')));
        }
    }
};

int main(int argc, char *argv[])
{
    // Before anything runs: with-keyring.sh's folders are kept for the search (gnome-keyring writes
    // there), and this process gets fresh ones of its own.
    static const char *const Folders[] = { "HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "TMPDIR" };
    QStringList wrapperFolders;
    for (const char *name : { "HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME" }) {
        if (qEnvironmentVariableIsSet(name))
            wrapperFolders.append(qEnvironmentVariable(name));
    }
    qputenv("FRAMEWISE_TEST_WRAPPER_DATA_HOME", qgetenv("XDG_DATA_HOME"));
    QTemporaryDir root;
    if (!root.isValid())
        return 2;
    QStringList scratch;
    for (const char *name : Folders) {
        const QString folder = root.filePath(QString::fromLatin1(name).toLower());
        if (!QDir().mkpath(folder))
            return 2;
        qputenv(name, QFile::encodeName(folder));
        scratch.append(folder);
    }

    QCoreApplication app(argc, argv);
    TestCaStore test(scratch, wrapperFolders);
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_castore.moc"
