// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificateauthority.h"

#include <QCryptographicHash>
#include <QHash>
#include <QHostAddress>
#include <QSysInfo>
#include <QUrl>
#include <QtEndian>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <array>
#include <optional>

namespace Framewise {

namespace {

template <auto Free> struct OpenSslFree {
    template <typename T> void operator()(T *object) const { Free(object); }
};
using BioPtr = std::unique_ptr<BIO, OpenSslFree<BIO_free_all>>;
using BignumPtr = std::unique_ptr<BIGNUM, OpenSslFree<BN_free>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, OpenSslFree<EVP_PKEY_free>>;
using KeyContextPtr = std::unique_ptr<EVP_PKEY_CTX, OpenSslFree<EVP_PKEY_CTX_free>>;
using CertPtr = std::unique_ptr<X509, OpenSslFree<X509_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, OpenSslFree<X509_EXTENSION_free>>;
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, OpenSslFree<GENERAL_NAMES_free>>;
using GeneralNamePtr = std::unique_ptr<GENERAL_NAME, OpenSslFree<GENERAL_NAME_free>>;
using OctetStringPtr = std::unique_ptr<ASN1_OCTET_STRING, OpenSslFree<ASN1_OCTET_STRING_free>>;
using Ia5StringPtr = std::unique_ptr<ASN1_IA5STRING, OpenSslFree<ASN1_IA5STRING_free>>;

constexpr qint64 ClockSkewS = 3600; // certificates start an hour back: clocks disagree
constexpr int CaValidityYears = 10;
constexpr int LeafValidityDays = 30;
constexpr int MaxCommonName = 64; // ub-common-name (RFC 5280): a longer CN makes OpenSSL fail

bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

// The newest OpenSSL error's reason, with the queue emptied so it cannot leak into a later call.
QString takeOpenSslError()
{
    const unsigned long code = ERR_peek_last_error();
    QString text;
    if (const char *reason = ERR_reason_error_string(code)) {
        text = QString::fromLatin1(reason);
    } else if (code != 0) {
        std::array<char, 256> buffer {};
        ERR_error_string_n(code, buffer.data(), buffer.size());
        text = QString::fromLatin1(buffer.data());
    }
    ERR_clear_error();
    return text.isEmpty() ? CertificateAuthority::tr("no reason given") : text;
}

// A host as a certificate names it: lower-case ACE for a name, canonical text for an address.
struct HostName {
    QString text;
    QByteArray address; // 4 or 16 bytes for an IP address, empty for a DNS name
};

bool isHostNameCharacter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.'
        || c == u'_';
}

std::optional<HostName> parseHost(const QString &input, QString *error)
{
    if (input.isEmpty()) {
        fail(error, CertificateAuthority::tr("The host name is empty."));
        return std::nullopt;
    }
    for (const QChar c : input) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            fail(error, CertificateAuthority::tr("The host name contains a control character."));
            return std::nullopt;
        }
        if (c.isSpace()) {
            fail(error, CertificateAuthority::tr("The host name “%1” contains a space.").arg(input));
            return std::nullopt;
        }
    }

    QString text = input;
    const bool bracketed = text.startsWith(u'[') && text.endsWith(u']');
    if (bracketed)
        text = text.mid(1, text.size() - 2);
    QHostAddress address;
    if (address.setAddress(text) && (!bracketed || address.protocol() == QAbstractSocket::IPv6Protocol)) {
        if (!address.scopeId().isEmpty()) {
            fail(error,
                CertificateAuthority::tr("The address “%1” has a zone (%2), which a certificate cannot name.")
                    .arg(input, address.scopeId()));
            return std::nullopt;
        }
        HostName host { address.toString(), {} };
        if (address.protocol() == QAbstractSocket::IPv4Protocol) {
            host.address.resize(4);
            qToBigEndian(address.toIPv4Address(), host.address.data());
        } else {
            const Q_IPV6ADDR bytes = address.toIPv6Address();
            host.address = QByteArray(reinterpret_cast<const char *>(bytes.c), sizeof bytes.c);
        }
        return host;
    }
    if (bracketed) {
        fail(error, CertificateAuthority::tr("“%1” is in brackets but is not an IPv6 address.").arg(input));
        return std::nullopt;
    }

    if (text.endsWith(u'.')) // the root's dot: "example.com." is "example.com"
        text.chop(1);
    bool ascii = true;
    for (const QChar c : std::as_const(text)) {
        if (c.unicode() >= 0x80) {
            ascii = false;
        } else if (!isHostNameCharacter(c.unicode())) {
            fail(error,
                CertificateAuthority::tr("The host name “%1” contains “%2”, which a host name cannot hold.")
                    .arg(input, QString(c)));
            return std::nullopt;
        }
    }
    if (!ascii) {
        // Empty also when the mapping gives what a host name cannot hold (a full-width "/" is "/").
        const QByteArray ace = QUrl::toAce(text);
        if (ace.isEmpty()) {
            fail(error, CertificateAuthority::tr("“%1” is not a valid internationalized host name.").arg(input));
            return std::nullopt;
        }
        text = QString::fromLatin1(ace);
    }
    text = text.toLower();
    if (text.size() > 253) {
        fail(error, CertificateAuthority::tr("The host name “%1” is longer than 253 characters.").arg(input));
        return std::nullopt;
    }
    const QStringList labels = text.split(u'.');
    for (const QString &label : labels) {
        if (label.isEmpty()) {
            fail(error,
                CertificateAuthority::tr("The host name “%1” has an empty label (a dot at the start or two in a row).")
                    .arg(input));
            return std::nullopt;
        }
        if (label.size() > 63) {
            fail(error,
                CertificateAuthority::tr("The host name “%1” has a label longer than 63 characters.").arg(input));
            return std::nullopt;
        }
    }
    return HostName { text, {} };
}

KeyPtr newP256Key()
{
    KeyContextPtr context(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    EVP_PKEY *key = nullptr;
    if (!context || EVP_PKEY_keygen_init(context.get()) <= 0 || EVP_PKEY_CTX_set_group_name(context.get(), "P-256") <= 0
        || EVP_PKEY_generate(context.get(), &key) <= 0)
        return {};
    return KeyPtr(key);
}

// 128 random bits with the top one set: positive, never zero, 17 DER octets (the limit is 20).
bool setRandomSerial(X509 *certificate)
{
    BignumPtr number(BN_new());
    return number && BN_rand(number.get(), 128, BN_RAND_TOP_ONE, BN_RAND_BOTTOM_ANY) == 1
        && BN_to_ASN1_INTEGER(number.get(), X509_get_serialNumber(certificate)) != nullptr;
}

bool setValidity(X509 *certificate, qint64 notBeforeS, qint64 notAfterS)
{
    return ASN1_TIME_set(X509_getm_notBefore(certificate), time_t(notBeforeS)) != nullptr
        && ASN1_TIME_set(X509_getm_notAfter(certificate), time_t(notAfterS)) != nullptr;
}

bool addNameEntry(X509_NAME *name, const char *field, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
               reinterpret_cast<const unsigned char *>(utf8.constData()), int(utf8.size()), -1, 0)
        == 1;
}

// Fixed extensions in OpenSSL's configuration syntax; nothing from outside goes into these strings.
bool addExtension(X509 *certificate, X509V3_CTX *context, int nid, const char *value)
{
    const ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

// Built as a structure, not a configuration string, so no host text can add a name of its own.
bool addSubjectAltName(X509 *certificate, const HostName &host)
{
    const GeneralNamesPtr names(GENERAL_NAMES_new());
    GeneralNamePtr name(GENERAL_NAME_new());
    if (!names || !name)
        return false;
    if (host.address.isEmpty()) {
        Ia5StringPtr dns(ASN1_IA5STRING_new());
        const QByteArray ascii = host.text.toLatin1();
        if (!dns || ASN1_STRING_set(dns.get(), ascii.constData(), int(ascii.size())) != 1)
            return false;
        GENERAL_NAME_set0_value(name.get(), GEN_DNS, dns.release());
    } else {
        OctetStringPtr ip(ASN1_OCTET_STRING_new());
        if (!ip
            || ASN1_OCTET_STRING_set(ip.get(), reinterpret_cast<const unsigned char *>(host.address.constData()),
                   int(host.address.size()))
                != 1)
            return false;
        GENERAL_NAME_set0_value(name.get(), GEN_IPADD, ip.release());
    }
    if (sk_GENERAL_NAME_push(names.get(), name.get()) <= 0)
        return false;
    static_cast<void>(name.release()); // the stack owns it now
    return X509_add1_ext_i2d(certificate, NID_subject_alt_name, names.get(), 0, X509V3_ADD_DEFAULT) == 1;
}

QByteArray toDer(X509 *certificate)
{
    const int size = i2d_X509(certificate, nullptr);
    if (size <= 0)
        return {};
    QByteArray der(size, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_X509(certificate, &out) != size)
        return {};
    return der;
}

// A secure-memory BIO: OpenSSL wipes the key's text when it frees the buffer.
QByteArray toPem(EVP_PKEY *key)
{
    const BioPtr bio(BIO_new(BIO_s_secmem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return size > 0 ? QByteArray(data, qsizetype(size)) : QByteArray();
}

// PEM_read_bio_PrivateKey would ask on the terminal for an encrypted key's pass phrase.
int refusePassPhrase(char * /*buffer*/, int /*size*/, int /*writing*/, void * /*data*/)
{
    return -1;
}

QString caCommonName()
{
    QString prefix = QStringLiteral("Framewise CA");
    const QString host = QSysInfo::machineHostName();
    if (host.isEmpty())
        return prefix;
    const qsizetype room = MaxCommonName - prefix.size() - 3; // " (" and ")"
    return prefix + QStringLiteral(" (") + host.left(room) + u')';
}

} // namespace

struct CertificateAuthority::Private {
    KeyPtr key;
    CertPtr certificate;
    QSslCertificate qtCertificate;
    KeyPtr leafKey;
    QSslKey qtLeafKey;
    QHash<QString, QSslCertificate> leaves;

    // Null when the certificate or a leaf key cannot be made into their Qt forms.
    static std::shared_ptr<Private> create(KeyPtr key, CertPtr certificate, QString *why)
    {
        auto d = std::make_shared<Private>();
        d->key = std::move(key);
        d->certificate = std::move(certificate);
        d->qtCertificate = QSslCertificate(toDer(d->certificate.get()), QSsl::Der);
        d->leafKey = newP256Key();
        if (d->qtCertificate.isNull() || !d->leafKey) {
            *why = takeOpenSslError();
            return {};
        }
        d->qtLeafKey = QSslKey(toPem(d->leafKey.get()), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
        if (d->qtLeafKey.isNull()) {
            *why = takeOpenSslError();
            return {};
        }
        return d;
    }

    CertPtr makeLeaf(const HostName &host, qint64 notBeforeS, qint64 notAfterS) const
    {
        CertPtr leaf(X509_new());
        if (!leaf)
            return {};
        X509_NAME *subject = X509_get_subject_name(leaf.get());
        // The SAN is what clients check; a name too long for a CN simply has none.
        const bool named = host.text.size() > MaxCommonName || addNameEntry(subject, "CN", host.text);
        X509V3_CTX context {};
        X509V3_set_ctx(&context, certificate.get(), leaf.get(), nullptr, nullptr, 0);
        const bool ok = named && X509_set_version(leaf.get(), X509_VERSION_3) == 1 && setRandomSerial(leaf.get())
            && setValidity(leaf.get(), notBeforeS, notAfterS)
            && X509_set_issuer_name(leaf.get(), X509_get_subject_name(certificate.get())) == 1
            && X509_set_pubkey(leaf.get(), leafKey.get()) == 1
            && addExtension(leaf.get(), &context, NID_basic_constraints, "critical,CA:FALSE")
            && addExtension(leaf.get(), &context, NID_key_usage, "critical,digitalSignature")
            && addExtension(leaf.get(), &context, NID_ext_key_usage, "serverAuth")
            && addExtension(leaf.get(), &context, NID_subject_key_identifier, "hash")
            && addExtension(leaf.get(), &context, NID_authority_key_identifier, "keyid:always")
            && addSubjectAltName(leaf.get(), host) && X509_sign(leaf.get(), key.get(), EVP_sha256()) > 0;
        return ok ? std::move(leaf) : CertPtr();
    }
};

CertificateAuthority::CertificateAuthority(std::shared_ptr<Private> data)
    : d(std::move(data))
{
}

CertificateAuthority CertificateAuthority::generate(QString *error)
{
    KeyPtr key = newP256Key();
    CertPtr certificate(X509_new());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool ok = key && certificate;
    if (ok) {
        X509_NAME *subject = X509_get_subject_name(certificate.get());
        X509V3_CTX context {};
        X509V3_set_ctx(&context, certificate.get(), certificate.get(), nullptr, nullptr, 0);
        ok = X509_set_version(certificate.get(), X509_VERSION_3) == 1 && setRandomSerial(certificate.get())
            && setValidity(certificate.get(), now.toSecsSinceEpoch() - ClockSkewS,
                now.addYears(CaValidityYears).toSecsSinceEpoch())
            && addNameEntry(subject, "CN", caCommonName()) && addNameEntry(subject, "O", QStringLiteral("Framewise"))
            && X509_set_issuer_name(certificate.get(), subject) == 1
            && X509_set_pubkey(certificate.get(), key.get()) == 1
            && addExtension(certificate.get(), &context, NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
            && addExtension(certificate.get(), &context, NID_key_usage, "critical,keyCertSign,cRLSign")
            && addExtension(certificate.get(), &context, NID_subject_key_identifier, "hash")
            && X509_sign(certificate.get(), key.get(), EVP_sha256()) > 0;
    }
    QString why;
    std::shared_ptr<Private> d = ok ? Private::create(std::move(key), std::move(certificate), &why) : nullptr;
    if (!d) {
        fail(error, tr("Cannot make the certificate authority: %1").arg(ok ? why : takeOpenSslError()));
        return {};
    }
    return CertificateAuthority(std::move(d));
}

CertificateAuthority CertificateAuthority::fromPem(
    const QByteArray &certificatePem, const QByteArray &privateKeyPem, QString *error)
{
    const BioPtr certificateBio(BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size())));
    CertPtr certificate(
        certificateBio ? PEM_read_bio_X509(certificateBio.get(), nullptr, refusePassPhrase, nullptr) : nullptr);
    if (!certificate) {
        fail(error, tr("The CA certificate is not a PEM certificate (%1).").arg(takeOpenSslError()));
        return {};
    }
    const BioPtr keyBio(BIO_new_mem_buf(privateKeyPem.constData(), int(privateKeyPem.size())));
    KeyPtr key(keyBio ? PEM_read_bio_PrivateKey(keyBio.get(), nullptr, refusePassPhrase, nullptr) : nullptr);
    if (!key) {
        fail(error, tr("The CA private key is not an unencrypted PEM private key (%1).").arg(takeOpenSslError()));
        return {};
    }
    if (X509_check_private_key(certificate.get(), key.get()) != 1) {
        ERR_clear_error();
        fail(error, tr("The private key does not belong to the CA certificate."));
        return {};
    }
    const int type = EVP_PKEY_get_base_id(key.get());
    if (type != EVP_PKEY_EC && type != EVP_PKEY_RSA) {
        fail(error, tr("The CA's key is neither an EC nor an RSA key, which Framewise cannot sign with."));
        return {};
    }
    const uint32_t flags = X509_get_extension_flags(certificate.get());
    const QString subject = QSslCertificate(toDer(certificate.get()), QSsl::Der).subjectDisplayName();
    if ((flags & EXFLAG_CA) == 0) {
        fail(error,
            tr("The certificate “%1” is not a certificate authority (its basic constraints do not say CA:TRUE).")
                .arg(subject));
        return {};
    }
    if ((flags & EXFLAG_KUSAGE) != 0 && (X509_get_key_usage(certificate.get()) & KU_KEY_CERT_SIGN) == 0) {
        fail(error,
            tr("The certificate “%1” may not sign certificates (its key usage lacks keyCertSign).").arg(subject));
        return {};
    }
    QString why;
    std::shared_ptr<Private> d = Private::create(std::move(key), std::move(certificate), &why);
    if (!d) {
        fail(error, tr("Cannot load the certificate authority: %1").arg(why));
        return {};
    }
    return CertificateAuthority(std::move(d));
}

QSslCertificate CertificateAuthority::certificate() const
{
    return d ? d->qtCertificate : QSslCertificate();
}

QByteArray CertificateAuthority::certificatePem() const
{
    return d ? d->qtCertificate.toPem() : QByteArray();
}

QByteArray CertificateAuthority::certificateDer() const
{
    return d ? d->qtCertificate.toDer() : QByteArray();
}

QByteArray CertificateAuthority::privateKeyPem() const
{
    return d ? toPem(d->key.get()) : QByteArray();
}

QByteArray CertificateAuthority::sha256Fingerprint() const
{
    return d ? QCryptographicHash::hash(certificateDer(), QCryptographicHash::Sha256).toHex(':').toUpper()
             : QByteArray();
}

QString CertificateAuthority::sha1FingerprintText() const
{
    return d
        ? QString::fromLatin1(QCryptographicHash::hash(certificateDer(), QCryptographicHash::Sha1).toHex(':').toUpper())
        : QString();
}

QDateTime CertificateAuthority::notBefore() const
{
    return d ? d->qtCertificate.effectiveDate() : QDateTime();
}

QDateTime CertificateAuthority::notAfter() const
{
    return d ? d->qtCertificate.expiryDate() : QDateTime();
}

QSslKey CertificateAuthority::leafKey() const
{
    return d ? d->qtLeafKey : QSslKey();
}

QSslCertificate CertificateAuthority::leafFor(const QString &host, QString *error)
{
    if (!d) {
        fail(error, tr("There is no certificate authority to sign with."));
        return QSslCertificate();
    }
    const std::optional<HostName> name = parseHost(host, error);
    if (!name)
        return QSslCertificate();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // A cached leaf is kept while it has a day left, so a proxy running for weeks renews it.
    const auto cached = d->leaves.constFind(name->text);
    if (cached != d->leaves.cend() && cached->expiryDate() > now.addDays(1))
        return *cached;
    if (notAfter() <= now) {
        fail(
            error, tr("The certificate authority expired on %1; regenerate it.").arg(notAfter().toString(Qt::ISODate)));
        return QSslCertificate();
    }
    const qint64 until = std::min(now.addDays(LeafValidityDays).toSecsSinceEpoch(), notAfter().toSecsSinceEpoch());
    const CertPtr leaf = d->makeLeaf(*name, now.toSecsSinceEpoch() - ClockSkewS, until);
    const QSslCertificate certificate = leaf ? QSslCertificate(toDer(leaf.get()), QSsl::Der) : QSslCertificate();
    if (certificate.isNull()) {
        fail(error, tr("Cannot make a certificate for “%1”: %2").arg(name->text, takeOpenSslError()));
        return QSslCertificate();
    }
    d->leaves.insert(name->text, certificate);
    return certificate;
}

QSslConfiguration CertificateAuthority::serverConfigurationFor(const QString &host, QString *error)
{
    const QSslCertificate leaf = leafFor(host, error);
    if (leaf.isNull())
        return {};
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain({ leaf, d->qtCertificate });
    configuration.setPrivateKey(d->qtLeafKey);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    // HTTP/1.1 only: the proxy speaks nothing else, so a client must not be told h2 is fine.
    configuration.setAllowedNextProtocols({ QSslConfiguration::NextProtocolHttp1_1 });
    return configuration;
}

} // namespace Framewise
