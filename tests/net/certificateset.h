// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace Framewise {

// Certificates made with the openssl command at test time (EC P-256 keys, nothing stored in the
// repository): a private CA and, signed by it, a server certificate for 127.0.0.1/localhost, an
// expired one, one for another host and a client certificate; plus a self-signed server one.
struct CertificateSet {
    struct Entry {
        QSslCertificate certificate;
        QSslKey key;
        QString certificatePath; // PEM
        QString keyPath; // PEM, unencrypted
    };

    Entry ca; // CN=Framewise Net Test CA, CA:TRUE
    Entry server; // CN=localhost, SAN IP:127.0.0.1 DNS:localhost, signed by ca, valid now
    Entry selfSigned; // CN=Framewise Self-Signed, same SAN, its own issuer
    Entry expired; // CN=localhost, same SAN, signed by ca, valid only on 1 January 2020
    Entry wrongHost; // CN=example.invalid, SAN DNS:example.invalid only, signed by ca
    Entry client; // CN=Framewise Test Client, clientAuth, signed by ca

    // Creates every certificate in directory. Returns an empty string, or what went wrong.
    QString generate(const QString &directory);
    // Writes leaf + CA into one PEM file (for servers that send the chain) and returns its path.
    static QString writeChain(const QString &path, const Entry &leaf, const Entry &ca);
};

} // namespace Framewise
