// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificateset.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace Framewise {

namespace {

const QString OpenSsl = QStringLiteral("openssl");

// Runs openssl in directory; returns an empty string on success, else the command and its output.
QString runOpenSsl(const QString &directory, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(OpenSsl, arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(1000);
        return QStringLiteral("openssl %1: did not finish").arg(arguments.join(u' '));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("openssl %1 failed: %2")
            .arg(arguments.join(u' '), QString::fromLocal8Bit(process.readAll()));
    return {};
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

QString load(const QString &directory, const QString &name, CertificateSet::Entry *entry)
{
    entry->certificatePath = QDir(directory).filePath(name + QStringLiteral(".pem"));
    entry->keyPath = QDir(directory).filePath(name + QStringLiteral(".key"));
    QFile certificateFile(entry->certificatePath);
    if (!certificateFile.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1").arg(entry->certificatePath);
    entry->certificate = QSslCertificate(&certificateFile, QSsl::Pem);
    QFile keyFile(entry->keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1").arg(entry->keyPath);
    entry->key = QSslKey(&keyFile, QSsl::Ec, QSsl::Pem);
    if (entry->certificate.isNull() || entry->key.isNull())
        return QStringLiteral("%1: certificate or key did not load").arg(name);
    return {};
}

QStringList newKeyAndRequest(const QString &name, const QString &subject)
{
    return { QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("ec"),
        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
        QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"), name + QStringLiteral(".csr"),
        QStringLiteral("-subj"), subject };
}

QStringList signWithCa(const QString &name, const QString &extensionsFile, int serial)
{
    return { QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), name + QStringLiteral(".csr"),
        QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
        QStringLiteral("-set_serial"), QString::number(serial), QStringLiteral("-days"), QStringLiteral("2"),
        QStringLiteral("-sha256"), QStringLiteral("-extfile"), extensionsFile, QStringLiteral("-out"),
        name + QStringLiteral(".pem") };
}

} // namespace

QString CertificateSet::generate(const QString &directory)
{
    const QDir dir(directory);
    const auto file = [&dir](const char *name) { return dir.filePath(QString::fromLatin1(name)); };
    if (!writeFile(file("server.ext"),
            "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n"
            "keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n")
        || !writeFile(file("wronghost.ext"),
            "subjectAltName=DNS:example.invalid\nbasicConstraints=CA:FALSE\n"
            "keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n")
        || !writeFile(file("client.ext"),
            "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=clientAuth\n")
        // openssl 3.0's x509 cannot set a past notBefore; `openssl ca` can (-startdate/-enddate).
        || !writeFile(file("ca.cnf"),
            "[ca]\ndefault_ca = testca\n"
            "[testca]\ndatabase = index.txt\nserial = serial.txt\nnew_certs_dir = .\ndefault_md = sha256\n"
            "policy = anything\nunique_subject = no\ncopy_extensions = none\n"
            "[anything]\ncommonName = supplied\n"
            "[expired_ext]\nsubjectAltName = IP:127.0.0.1,DNS:localhost\nbasicConstraints = CA:FALSE\n"
            "keyUsage = critical,digitalSignature\nextendedKeyUsage = serverAuth\n")
        || !writeFile(file("index.txt"), QByteArray()) || !writeFile(file("serial.txt"), "1000\n"))
        return QStringLiteral("cannot write openssl input files in %1").arg(directory);

    const QList<QStringList> commands {
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
            QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem"),
            QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
            QStringLiteral("/CN=Framewise Net Test CA/O=Framewise Test"), QStringLiteral("-addext"),
            QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
            QStringLiteral("keyUsage=critical,keyCertSign,cRLSign") },
        newKeyAndRequest(QStringLiteral("server"), QStringLiteral("/CN=localhost/O=Framewise Test")),
        signWithCa(QStringLiteral("server"), QStringLiteral("server.ext"), 2),
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
            QStringLiteral("-keyout"), QStringLiteral("selfsigned.key"), QStringLiteral("-out"),
            QStringLiteral("selfsigned.pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
            QStringLiteral("/CN=Framewise Self-Signed/O=Framewise Test"), QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost") },
        newKeyAndRequest(QStringLiteral("expired"), QStringLiteral("/CN=localhost")),
        { QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"), QStringLiteral("ca.cnf"),
            QStringLiteral("-cert"), QStringLiteral("ca.pem"), QStringLiteral("-keyfile"), QStringLiteral("ca.key"),
            QStringLiteral("-in"), QStringLiteral("expired.csr"), QStringLiteral("-out"), QStringLiteral("expired.pem"),
            QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"),
            QStringLiteral("20200102000000Z"), QStringLiteral("-extensions"), QStringLiteral("expired_ext"),
            QStringLiteral("-notext") },
        newKeyAndRequest(QStringLiteral("wronghost"), QStringLiteral("/CN=example.invalid/O=Framewise Test")),
        signWithCa(QStringLiteral("wronghost"), QStringLiteral("wronghost.ext"), 3),
        newKeyAndRequest(QStringLiteral("client"), QStringLiteral("/CN=Framewise Test Client/O=Framewise Test")),
        signWithCa(QStringLiteral("client"), QStringLiteral("client.ext"), 4),
    };
    for (const QStringList &arguments : commands) {
        if (const QString error = runOpenSsl(directory, arguments); !error.isEmpty())
            return error;
    }
    const QList<QPair<QString, Entry *>> entries { { QStringLiteral("ca"), &ca }, { QStringLiteral("server"), &server },
        { QStringLiteral("selfsigned"), &selfSigned }, { QStringLiteral("expired"), &expired },
        { QStringLiteral("wronghost"), &wrongHost }, { QStringLiteral("client"), &client } };
    for (const auto &[name, entry] : entries) {
        if (const QString error = load(directory, name, entry); !error.isEmpty())
            return error;
    }
    return {};
}

QString CertificateSet::writeChain(const QString &path, const Entry &leaf, const Entry &ca)
{
    return writeFile(path, leaf.certificate.toPem() + ca.certificate.toPem()) ? path : QString();
}

} // namespace Framewise
