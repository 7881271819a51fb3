// SPDX-License-Identifier: GPL-3.0-or-later
// The local certificate authority: what it generates (read back by Qt and by the openssl tool),
// loading from PEM and the errors for what cannot be loaded, leaf certificates per host checked
// by OpenSSL's chain verification, and real TLS handshakes on 127.0.0.1 with a server configured
// by serverConfigurationFor(): trusted, untrusted, wrong name, and the ALPN it negotiates.
#include "certificateauthority.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificateExtension>
#include <QSslSocket>
#include <QSysInfo>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Framewise;

namespace {

QSslCertificateExtension extension(const QSslCertificate &certificate, const QString &name)
{
    const QList<QSslCertificateExtension> extensions = certificate.extensions();
    for (const QSslCertificateExtension &candidate : extensions) {
        if (candidate.name() == name)
            return candidate;
    }
    return {};
}

// openssl's own reading of a certificate (an independent parser from Qt's view of it).
QString opensslText(const QSslCertificate &certificate, const QStringList &options)
{
    QProcess openssl;
    openssl.start(
        QStringLiteral("openssl"), QStringList { QStringLiteral("x509"), QStringLiteral("-noout") } + options);
    openssl.write(certificate.toPem());
    openssl.closeWriteChannel();
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        return QStringLiteral("openssl failed: ") + QString::fromLocal8Bit(openssl.readAllStandardError());
    return QString::fromLatin1(openssl.readAllStandardOutput());
}

// QSslCertificate::verify trusts the default configuration's CAs: root is made the one there.
QList<QSslError> verifyWith(const QSslCertificate &leaf, const QSslCertificate &root, const QString &host)
{
    const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = saved;
    trusting.setCaCertificates({ root });
    QSslConfiguration::setDefaultConfiguration(trusting);
    QList<QSslError> errors = QSslCertificate::verify({ leaf, root }, host);
    QSslConfiguration::setDefaultConfiguration(saved);
    return errors;
}

QString describe(const QList<QSslError> &errors)
{
    QStringList texts;
    for (const QSslError &error : errors)
        texts.append(error.errorString());
    return texts.join(QStringLiteral("; "));
}

// A TLS server the way an intercepting proxy is one: a plain accepted socket that starts
// server-side encryption with the CA's configuration.
class TlsServer : public QTcpServer {
public:
    explicit TlsServer(const QSslConfiguration &configuration)
        : m_configuration(configuration)
    {
    }
    QSslSocket *accepted() const { return m_accepted; }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSslConfiguration(m_configuration);
        // Echo: the client reads back what it wrote through the encrypted session.
        connect(socket, &QSslSocket::readyRead, socket, [socket] { socket->write(socket->readAll()); });
        m_accepted = socket;
        socket->startServerEncryption();
    }

private:
    QSslConfiguration m_configuration;
    QSslSocket *m_accepted = nullptr;
};

} // namespace

class TestCertificateAuthority : public QObject {
    Q_OBJECT

private:
    CertificateAuthority m_ca;
    CertificateAuthority m_other; // a second CA that trusts nothing of the first
    QTemporaryDir m_dir;

    // A certificate and key made by the openssl tool, for what generate() never makes.
    bool opensslCertificate(const QString &name, const QStringList &options, QByteArray *certificate, QByteArray *key)
    {
        QProcess openssl;
        openssl.setWorkingDirectory(m_dir.path());
        openssl.start(QStringLiteral("openssl"),
            QStringList { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-nodes"),
                QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                QStringLiteral("-out"), name + QStringLiteral(".pem") }
                + options);
        if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
            qWarning("openssl: %s", openssl.readAllStandardError().constData());
            return false;
        }
        QFile certificateFile(m_dir.filePath(name + QStringLiteral(".pem")));
        QFile keyFile(m_dir.filePath(name + QStringLiteral(".key")));
        if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return false;
        *certificate = certificateFile.readAll();
        *key = keyFile.readAll();
        return true;
    }

    // A P-256 CA with the given validity (yyyyMMddHHmmssZ), made with openssl ca: req cannot
    // backdate a certificate.
    bool opensslAuthority(const QDateTime &from, const QDateTime &until, QByteArray *certificate, QByteArray *key)
    {
        const QString folder = m_dir.filePath(QStringLiteral("ca-") + QString::number(from.toSecsSinceEpoch()));
        QDir().mkpath(folder);
        const auto writeFile = [&folder](const char *name, const QByteArray &content) {
            QFile file(folder + u'/' + QLatin1String(name));
            return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
        };
        if (!writeFile("ca.cnf",
                "[ca]\ndefault_ca = d\n[d]\ndatabase = index.txt\nnew_certs_dir = .\nserial = serial\n"
                "default_md = sha256\npolicy = p\nx509_extensions = ext\n[p]\ncommonName = supplied\n[ext]\n"
                "basicConstraints = critical,CA:TRUE\nkeyUsage = critical,keyCertSign,cRLSign\n")
            || !writeFile("index.txt", {}) || !writeFile("serial", "01\n"))
            return false;
        const auto run = [&folder](const QStringList &arguments) {
            QProcess openssl;
            openssl.setWorkingDirectory(folder);
            openssl.start(QStringLiteral("openssl"), arguments);
            if (openssl.waitForFinished(60000) && openssl.exitCode() == 0)
                return true;
            qWarning("openssl: %s", openssl.readAllStandardError().constData());
            return false;
        };
        const QString format = QStringLiteral("yyyyMMddHHmmss'Z'");
        if (!run({ QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-nodes"), QStringLiteral("-newkey"),
                QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.csr"),
                QStringLiteral("-subj"), QStringLiteral("/CN=Dated CA") })
            || !run({ QStringLiteral("ca"), QStringLiteral("-selfsign"), QStringLiteral("-batch"),
                QStringLiteral("-notext"), QStringLiteral("-config"), QStringLiteral("ca.cnf"),
                QStringLiteral("-keyfile"), QStringLiteral("ca.key"), QStringLiteral("-in"), QStringLiteral("ca.csr"),
                QStringLiteral("-startdate"), from.toUTC().toString(format), QStringLiteral("-enddate"),
                until.toUTC().toString(format), QStringLiteral("-out"), QStringLiteral("ca.pem") }))
            return false;
        QFile certificateFile(folder + QStringLiteral("/ca.pem"));
        QFile keyFile(folder + QStringLiteral("/ca.key"));
        if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return false;
        *certificate = certificateFile.readAll();
        *key = keyFile.readAll();
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_ca = CertificateAuthority::generate(&error);
        QVERIFY2(!m_ca.isNull(), qPrintable(error));
        m_other = CertificateAuthority::generate(&error);
        QVERIFY2(!m_other.isNull(), qPrintable(error));
    }

    void nullAuthority()
    {
        CertificateAuthority none;
        QVERIFY(none.isNull());
        QVERIFY(none.certificate().isNull());
        QVERIFY(none.privateKeyPem().isEmpty());
        QString error;
        QVERIFY(none.leafFor(QStringLiteral("localhost"), &error).isNull());
        QVERIFY(!error.isEmpty());
        QVERIFY(none.serverConfigurationFor(QStringLiteral("localhost")).localCertificate().isNull());
    }

    void generatedCertificate()
    {
        const QSslCertificate certificate = m_ca.certificate();
        QVERIFY(!certificate.isNull());
        QVERIFY(certificate.isSelfSigned());
        const QString host = QSysInfo::machineHostName();
        QVERIFY(!host.isEmpty() && host.size() < 40); // else the CN is shortened: compare that instead
        const QString commonName = QStringLiteral("Framewise CA (") + host + u')';
        QCOMPARE(certificate.subjectInfo(QSslCertificate::CommonName), QStringList { commonName });
        QCOMPARE(certificate.subjectInfo(QSslCertificate::Organization), QStringList { QStringLiteral("Framewise") });
        QCOMPARE(certificate.issuerInfo(QSslCertificate::CommonName), QStringList { commonName });
        QCOMPARE(certificate.publicKey().algorithm(), QSsl::Ec);
        QCOMPARE(certificate.publicKey().length(), 256);

        // 128 random bits with the top one set; a second CA has another.
        const QList<QByteArray> serial = certificate.serialNumber().split(':');
        QCOMPARE(serial.size(), 16);
        QVERIFY(serial.first().toInt(nullptr, 16) >= 0x80);
        QVERIFY(certificate.serialNumber() != m_other.certificate().serialNumber());

        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(qAbs(certificate.effectiveDate().secsTo(now.addSecs(-3600))) < 120);
        QVERIFY(qAbs(certificate.expiryDate().secsTo(now.addYears(10))) < 120);
        QCOMPARE(m_ca.notBefore(), certificate.effectiveDate());
        QCOMPARE(m_ca.notAfter(), certificate.expiryDate());

        const QSslCertificateExtension basic = extension(certificate, QStringLiteral("basicConstraints"));
        QVERIFY(basic.isCritical());
        QCOMPARE(basic.value().toMap().value(QStringLiteral("ca")), QVariant(true));
        QCOMPARE(basic.value().toMap().value(QStringLiteral("pathLenConstraint")), QVariant(0));
        const QSslCertificateExtension usage = extension(certificate, QStringLiteral("keyUsage"));
        QVERIFY(usage.isCritical());
        QCOMPARE(usage.value().toStringList(),
            QStringList({ QStringLiteral("Certificate Sign"), QStringLiteral("CRL Sign") }));
        QVERIFY(!extension(certificate, QStringLiteral("subjectKeyIdentifier")).value().toString().isEmpty());
        QVERIFY(extension(certificate, QStringLiteral("extendedKeyUsage")).name().isEmpty());

        // The same, as the openssl tool reads it.
        const QString text = opensslText(certificate, { QStringLiteral("-text") });
        QVERIFY2(text.contains(QLatin1String("Signature Algorithm: ecdsa-with-SHA256")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("ASN1 OID: prime256v1")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("X509v3 Basic Constraints: critical\n                CA:TRUE, pathlen:0")),
            qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("X509v3 Key Usage: critical\n                Certificate Sign, CRL Sign")),
            qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("X509v3 Subject Key Identifier")), qPrintable(text));

        QCOMPARE(opensslText(certificate, { QStringLiteral("-fingerprint"), QStringLiteral("-sha256") }).trimmed(),
            QStringLiteral("sha256 Fingerprint=") + QString::fromLatin1(m_ca.sha256Fingerprint()));
        QCOMPARE(opensslText(certificate, { QStringLiteral("-fingerprint"), QStringLiteral("-sha1") }).trimmed(),
            QStringLiteral("sha1 Fingerprint=") + m_ca.sha1FingerprintText());

        QVERIFY(m_ca.certificatePem().startsWith("-----BEGIN CERTIFICATE-----\n"));
        QCOMPARE(m_ca.certificateDer(), certificate.toDer());
        QVERIFY(m_ca.privateKeyPem().startsWith("-----BEGIN PRIVATE KEY-----\n"));
        QVERIFY(!QSslKey(m_ca.privateKeyPem(), QSsl::Ec).isNull());
        QVERIFY(m_ca.sha256Fingerprint() != m_other.sha256Fingerprint());
    }

    void pemRoundTrip()
    {
        QString error;
        CertificateAuthority loaded
            = CertificateAuthority::fromPem(m_ca.certificatePem(), m_ca.privateKeyPem(), &error);
        QVERIFY2(!loaded.isNull(), qPrintable(error));
        QCOMPARE(loaded.sha256Fingerprint(), m_ca.sha256Fingerprint());
        QCOMPARE(loaded.certificate(), m_ca.certificate());
        QCOMPARE(loaded.privateKeyPem(), m_ca.privateKeyPem());
        // Its leaves are signed by the same key: the original certificate verifies them.
        const QSslCertificate leaf = loaded.leafFor(QStringLiteral("localhost"), &error);
        QVERIFY2(!leaf.isNull(), qPrintable(error));
        const QList<QSslError> errors = verifyWith(leaf, m_ca.certificate(), QStringLiteral("localhost"));
        QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    }

    void rsaAuthorityFromOpenssl()
    {
        QByteArray certificate;
        QByteArray key;
        QVERIFY(opensslCertificate(QStringLiteral("rsa-ca"),
            { QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-subj"),
                QStringLiteral("/CN=RSA test CA") },
            &certificate, &key));
        QString error;
        CertificateAuthority rsa = CertificateAuthority::fromPem(certificate, key, &error);
        QVERIFY2(!rsa.isNull(), qPrintable(error));
        const QSslCertificate leaf = rsa.leafFor(QStringLiteral("example.test"), &error);
        QVERIFY2(!leaf.isNull(), qPrintable(error));
        const QList<QSslError> errors = verifyWith(leaf, rsa.certificate(), QStringLiteral("example.test"));
        QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    }

    void unusablePem_data()
    {
        QTest::addColumn<QByteArray>("certificate");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QString>("expected");

        const QByteArray certificate = m_ca.certificatePem();
        const QByteArray key = m_ca.privateKeyPem();
        const QString notCertificate = QStringLiteral("The CA certificate is not a PEM certificate");
        const QString notKey = QStringLiteral("The CA private key is not an unencrypted PEM private key");
        QTest::newRow("empty") << QByteArray() << QByteArray() << notCertificate;
        QTest::newRow("garbage certificate") << QByteArray("hello, world\n") << key << notCertificate;
        QTest::newRow("broken certificate body")
            << QByteArray("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n") << key << notCertificate;
        QTest::newRow("garbage key") << certificate
                                     << QByteArray("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")
                                     << notKey;
        QTest::newRow("key missing") << certificate << QByteArray() << notKey;
        QTest::newRow("certificate as key") << certificate << certificate << notKey;
        QTest::newRow("encrypted key") << certificate << QSslKey(key, QSsl::Ec).toPem("pass phrase") << notKey;
        QTest::newRow("another CA's key") << certificate << m_other.privateKeyPem()
                                          << QStringLiteral("The private key does not belong to the CA certificate.");
        CertificateAuthority ca = m_ca;
        const QSslCertificate leaf = ca.leafFor(QStringLiteral("leaf.example"));
        QTest::newRow("a leaf, not a CA")
            << leaf.toPem() << ca.leafKey().toPem()
            << QStringLiteral(
                   "The certificate “leaf.example” is not a certificate authority (its basic constraints do not "
                   "say CA:TRUE).");
    }

    void unusablePem()
    {
        QFETCH(QByteArray, certificate);
        QFETCH(QByteArray, key);
        QFETCH(QString, expected);
        QString error;
        const CertificateAuthority ca = CertificateAuthority::fromPem(certificate, key, &error);
        QVERIFY(ca.isNull());
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    }

    void caThatMayNotSign()
    {
        QByteArray certificate;
        QByteArray key;
        QVERIFY(opensslCertificate(QStringLiteral("no-cert-sign"),
            { QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-subj"),
                QStringLiteral("/CN=Signs nothing"), QStringLiteral("-addext"),
                QStringLiteral("keyUsage=critical,digitalSignature") },
            &certificate, &key));
        QString error;
        QVERIFY(CertificateAuthority::fromPem(certificate, key, &error).isNull());
        QCOMPARE(error,
            QStringLiteral(
                "The certificate “Signs nothing” may not sign certificates (its key usage lacks keyCertSign)."));
    }

    void ed25519AuthorityRefused()
    {
        QByteArray certificate;
        QByteArray key;
        QVERIFY(opensslCertificate(QStringLiteral("ed25519"),
            { QStringLiteral("-newkey"), QStringLiteral("ed25519"), QStringLiteral("-subj"),
                QStringLiteral("/CN=Ed CA") },
            &certificate, &key));
        QString error;
        QVERIFY(CertificateAuthority::fromPem(certificate, key, &error).isNull());
        QCOMPARE(
            error, QStringLiteral("The CA's key is neither an EC nor an RSA key, which Framewise cannot sign with."));
    }

    void expiredAuthority()
    {
        // It loads (the user sees it and can regenerate it) but signs nothing.
        QByteArray certificate;
        QByteArray key;
        const QDateTime from(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
        QVERIFY(opensslAuthority(from, from.addYears(1), &certificate, &key));
        QString error;
        CertificateAuthority expired = CertificateAuthority::fromPem(certificate, key, &error);
        QVERIFY2(!expired.isNull(), qPrintable(error));
        QCOMPARE(expired.notAfter(), from.addYears(1));
        QVERIFY(expired.leafFor(QStringLiteral("localhost"), &error).isNull());
        QCOMPARE(error, QStringLiteral("The certificate authority expired on 2021-01-01T00:00:00Z; regenerate it."));
    }

    void leafEndsWithItsAuthority()
    {
        QByteArray certificate;
        QByteArray key;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime until = now.addDays(5);
        QVERIFY(opensslAuthority(now.addDays(-1), until, &certificate, &key));
        QString error;
        CertificateAuthority ending = CertificateAuthority::fromPem(certificate, key, &error);
        QVERIFY2(!ending.isNull(), qPrintable(error));
        const QSslCertificate leaf = ending.leafFor(QStringLiteral("localhost"), &error);
        QVERIFY2(!leaf.isNull(), qPrintable(error));
        QCOMPARE(leaf.expiryDate(), ending.notAfter());
        const QList<QSslError> errors = verifyWith(leaf, ending.certificate(), QStringLiteral("localhost"));
        QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    }

    void leaf_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("name"); // as the certificate names it
        QTest::addColumn<bool>("address");

        QTest::newRow("localhost") << QStringLiteral("localhost") << QStringLiteral("localhost") << false;
        QTest::newRow("IPv4") << QStringLiteral("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
        QTest::newRow("IPv6") << QStringLiteral("::1") << QStringLiteral("::1") << true;
        QTest::newRow("IPv6 in brackets") << QStringLiteral("[2001:db8::7]") << QStringLiteral("2001:db8::7") << true;
        QTest::newRow("name") << QStringLiteral("api.example.com") << QStringLiteral("api.example.com") << false;
        QTest::newRow("upper case, root dot")
            << QStringLiteral("WWW.Example.COM.") << QStringLiteral("www.example.com") << false;
        QTest::newRow("underscore") << QStringLiteral("_dmarc.example.com") << QStringLiteral("_dmarc.example.com")
                                    << false;
        QTest::newRow("IDN") << QStringLiteral("bücher.example") << QStringLiteral("xn--bcher-kva.example") << false;
        QTest::newRow("full-width") << QStringLiteral("\uff45xample.com") << QStringLiteral("example.com") << false;
    }

    void leaf()
    {
        QFETCH(QString, host);
        QFETCH(QString, name);
        QFETCH(bool, address);

        QString error;
        const QSslCertificate leaf = m_ca.leafFor(host, &error);
        QVERIFY2(!leaf.isNull(), qPrintable(error));
        QVERIFY(error.isEmpty());

        const auto names = leaf.subjectAlternativeNames();
        QCOMPARE(names.size(), 1);
        QCOMPARE(names.value(address ? QSsl::IpAddressEntry : QSsl::DnsEntry), name);
        QCOMPARE(leaf.subjectInfo(QSslCertificate::CommonName), QStringList { name });
        QCOMPARE(
            leaf.issuerInfo(QSslCertificate::CommonName), m_ca.certificate().subjectInfo(QSslCertificate::CommonName));
        QCOMPARE(leaf.publicKey().algorithm(), QSsl::Ec);

        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(leaf.effectiveDate().daysTo(leaf.expiryDate()) <= 31);
        QVERIFY(qAbs(leaf.effectiveDate().secsTo(now.addSecs(-3600))) < 120);
        QVERIFY(qAbs(leaf.expiryDate().secsTo(now.addDays(30))) < 120);

        const QSslCertificateExtension basic = extension(leaf, QStringLiteral("basicConstraints"));
        QCOMPARE(basic.value().toMap().value(QStringLiteral("ca")), QVariant(false));
        QVERIFY(extension(leaf, QStringLiteral("keyUsage")).isCritical());
        QCOMPARE(extension(leaf, QStringLiteral("keyUsage")).value().toStringList(),
            QStringList { QStringLiteral("Digital Signature") });
        QCOMPARE(extension(leaf, QStringLiteral("extendedKeyUsage")).value().toStringList(),
            QStringList { QStringLiteral("TLS Web Server Authentication") });
        const QVariantMap authorityKey = extension(leaf, QStringLiteral("authorityKeyIdentifier")).value().toMap();
        const QString caKeyId
            = extension(m_ca.certificate(), QStringLiteral("subjectKeyIdentifier")).value().toString();
        QCOMPARE(caKeyId.size(), 59); // 20 bytes, colons between
        QCOMPARE(authorityKey.value(QStringLiteral("keyid")).toString(), caKeyId.toLower().remove(u':'));
        QVERIFY(!extension(leaf, QStringLiteral("subjectKeyIdentifier")).value().toString().isEmpty());

        // OpenSSL's chain verification, with the host: this CA vouches for it, another does not.
        QList<QSslError> errors = verifyWith(leaf, m_ca.certificate(), name);
        QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
        errors = verifyWith(leaf, m_other.certificate(), name);
        QVERIFY(!errors.isEmpty());
        errors = verifyWith(leaf, m_ca.certificate(), QStringLiteral("other.example"));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().error(), QSslError::HostNameMismatch);

        // Cached: the same certificate again, for this spelling and for the canonical one; the
        // shared leaf key matches it.
        QCOMPARE(m_ca.leafFor(host), leaf);
        QCOMPARE(m_ca.leafFor(name), leaf);
        CertificateAuthority copy = m_ca;
        QCOMPARE(copy.leafFor(host), leaf);
        const QSslCertificate another = m_ca.leafFor(QStringLiteral("another.example"));
        QVERIFY(another.serialNumber() != leaf.serialNumber());
        QCOMPARE(another.publicKey(), leaf.publicKey());
        QVERIFY(!m_ca.leafKey().isNull());
        QCOMPARE(m_ca.leafKey().algorithm(), QSsl::Ec);
    }

    void longNameHasNoCommonName()
    {
        // 4 × 63 + 3 dots: a valid name, too long for a CN (64 at most); the SAN names it.
        const QString label(63, u'a');
        const QString host = QStringList { label, label, label, label.left(61) }.join(u'.');
        QCOMPARE(host.size(), 253);
        QString error;
        const QSslCertificate leaf = m_ca.leafFor(host, &error);
        QVERIFY2(!leaf.isNull(), qPrintable(error));
        QVERIFY(leaf.subjectInfo(QSslCertificate::CommonName).isEmpty());
        QCOMPARE(leaf.subjectAlternativeNames().value(QSsl::DnsEntry), host);
        const QList<QSslError> errors = verifyWith(leaf, m_ca.certificate(), host);
        QVERIFY2(errors.isEmpty(), qPrintable(describe(errors)));
    }

    void invalidHost_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("expected");

        const QString label(64, u'a');
        QTest::newRow("empty") << QString() << QStringLiteral("The host name is empty.");
        QTest::newRow("space") << QStringLiteral("exa mple.com")
                               << QStringLiteral("The host name “exa mple.com” contains a space.");
        QTest::newRow("only a space") << QStringLiteral(" ") << QStringLiteral("The host name “ ” contains a space.");
        QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("The host name contains a control character.");
        QTest::newRow("newline") << QStringLiteral("example.com\nevil")
                                 << QStringLiteral("The host name contains a control character.");
        QTest::newRow("NUL") << QString::fromUtf16(u"a\0b", 3)
                             << QStringLiteral("The host name contains a control character.");
        QTest::newRow("zero-width space")
            << QStringLiteral("exa\u200bmple.com") << QStringLiteral("The host name contains a control character.");
        QTest::newRow("slash") << QStringLiteral("example.com/path")
                               << QStringLiteral(
                                      "The host name “example.com/path” contains “/”, which a host name cannot hold.");
        QTest::newRow("port") << QStringLiteral("example.com:443")
                              << QStringLiteral(
                                     "The host name “example.com:443” contains “:”, which a host name cannot hold.");
        QTest::newRow("comma")
            << QStringLiteral("a.example,DNS:b.example")
            << QStringLiteral("The host name “a.example,DNS:b.example” contains “,”, which a host name cannot hold.");
        QTest::newRow("wildcard") << QStringLiteral("*.example.com")
                                  << QStringLiteral(
                                         "The host name “*.example.com” contains “*”, which a host name cannot hold.");
        QTest::newRow("user") << QStringLiteral("me@example.com")
                              << QStringLiteral(
                                     "The host name “me@example.com” contains “@”, which a host name cannot hold.");
        QTest::newRow("two dots")
            << QStringLiteral("a..example")
            << QStringLiteral("The host name “a..example” has an empty label (a dot at the start or two in a row).");
        QTest::newRow("leading dot")
            << QStringLiteral(".example")
            << QStringLiteral("The host name “.example” has an empty label (a dot at the start or two in a row).");
        QTest::newRow("only a dot") << QStringLiteral(
            ".") << QStringLiteral("The host name “.” has an empty label (a dot at the start or two in a row).");
        QTest::newRow("long label")
            << label + QStringLiteral(".example")
            << QStringLiteral("The host name “%1.example” has a label longer than 63 characters.").arg(label);
        const QString tooLong = QStringList(5, QString(50, u'b')).join(u'.'); // 254
        QTest::newRow("too long") << tooLong
                                  << QStringLiteral("The host name “%1” is longer than 253 characters.").arg(tooLong);
        QTest::newRow("IPv4 in brackets") << QStringLiteral("[127.0.0.1]")
                                          << QStringLiteral("“[127.0.0.1]” is in brackets but is not an IPv6 address.");
        QTest::newRow("name in brackets") << QStringLiteral(
            "[example.com]") << QStringLiteral("“[example.com]” is in brackets but is not an IPv6 address.");
        QTest::newRow("full-width solidus") << QStringLiteral(
            "a\uff0fb.example") << QStringLiteral("“a\uff0fb.example” is not a valid internationalized host name.");
        QTest::newRow("zone") << QStringLiteral("fe80::1%eth0")
                              << QStringLiteral(
                                     "The address “fe80::1%eth0” has a zone (eth0), which a certificate cannot name.");
    }

    void invalidHost()
    {
        QFETCH(QString, host);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(m_ca.leafFor(host, &error).isNull());
        QCOMPARE(error, expected);
        error.clear();
        QVERIFY(m_ca.serverConfigurationFor(host, &error).localCertificate().isNull());
        QCOMPARE(error, expected);
    }

    void handshake_data()
    {
        QTest::addColumn<bool>("trustOther"); // the client trusts the other CA instead
        QTest::addColumn<QString>("peerName");
        QTest::addColumn<QList<QSslError::SslError>>("expectedErrors"); // any of these; none: must succeed

        QTest::newRow("trusted") << false << QStringLiteral("localhost") << QList<QSslError::SslError>();
        // The chain is leaf + this CA: a client that trusts another CA sees a self-signed root it
        // does not know.
        QTest::newRow("another CA trusted")
            << true << QStringLiteral("localhost")
            << QList<QSslError::SslError> { QSslError::SelfSignedCertificateInChain,
                   QSslError::UnableToGetLocalIssuerCertificate, QSslError::CertificateUntrusted };
        QTest::newRow("another name") << false << QStringLiteral("other.example")
                                      << QList<QSslError::SslError> { QSslError::HostNameMismatch };
    }

    void handshake()
    {
        QFETCH(bool, trustOther);
        QFETCH(QString, peerName);
        QFETCH(QList<QSslError::SslError>, expectedErrors);

        QString error;
        const QSslConfiguration serverConfiguration = m_ca.serverConfigurationFor(QStringLiteral("localhost"), &error);
        QVERIFY2(!serverConfiguration.localCertificate().isNull(), qPrintable(error));
        QCOMPARE(serverConfiguration.localCertificateChain().size(), 2);
        QCOMPARE(serverConfiguration.localCertificateChain().at(1), m_ca.certificate());
        QCOMPARE(serverConfiguration.peerVerifyMode(), QSslSocket::VerifyNone);
        QCOMPARE(serverConfiguration.allowedNextProtocols(), QList<QByteArray> { QByteArrayLiteral("http/1.1") });
        TlsServer server(serverConfiguration);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        QSslSocket client;
        QSslConfiguration clientConfiguration = QSslConfiguration::defaultConfiguration();
        clientConfiguration.setCaCertificates({ (trustOther ? m_other : m_ca).certificate() });
        clientConfiguration.setAllowedNextProtocols({ QByteArrayLiteral("h2"), QByteArrayLiteral("http/1.1") });
        client.setSslConfiguration(clientConfiguration);
        QSignalSpy encrypted(&client, &QSslSocket::encrypted);
        QSignalSpy sslErrors(&client, &QSslSocket::sslErrors);
        QSignalSpy failed(&client, &QSslSocket::errorOccurred);
        // To 127.0.0.1, checking the certificate for peerName (and sending it as SNI).
        client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort(), peerName);

        if (expectedErrors.isEmpty()) {
            QTRY_COMPARE(encrypted.size() + failed.size(), 1);
            QVERIFY2(sslErrors.isEmpty(), qPrintable(describe(sslErrors.value(0).value(0).value<QList<QSslError>>())));
            QCOMPARE(encrypted.size(), 1);
            QCOMPARE(client.peerCertificate(), m_ca.leafFor(QStringLiteral("localhost")));
            QCOMPARE(client.peerCertificateChain().size(), 2);
            // The client offered h2 first; the server allows only http/1.1.
            QCOMPARE(client.sslConfiguration().nextProtocolNegotiationStatus(),
                QSslConfiguration::NextProtocolNegotiationNegotiated);
            QCOMPARE(client.sslConfiguration().nextNegotiatedProtocol(), QByteArrayLiteral("http/1.1"));
            client.write("ping over TLS");
            QTRY_COMPARE(client.bytesAvailable(), qint64(13));
            QCOMPARE(client.readAll(), QByteArrayLiteral("ping over TLS"));
            QVERIFY(server.accepted());
            QCOMPARE(server.accepted()->sslConfiguration().nextNegotiatedProtocol(), QByteArrayLiteral("http/1.1"));
        } else {
            QTRY_COMPARE(failed.size(), 1);
            QCOMPARE(encrypted.size(), 0);
            QCOMPARE(sslErrors.size(), 1);
            const auto errors = sslErrors.first().first().value<QList<QSslError>>();
            QVERIFY(!errors.isEmpty());
            for (const QSslError &sslError : errors)
                QVERIFY2(expectedErrors.contains(sslError.error()), qPrintable(sslError.errorString()));
            QCOMPARE(
                failed.first().first().value<QAbstractSocket::SocketError>(), QAbstractSocket::SslHandshakeFailedError);
        }
    }
};

QTEST_GUILESS_MAIN(TestCertificateAuthority)
#include "tst_certificateauthority.moc"
