// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deflateoptions.h"

#include <QString>
#include <QStringList>

namespace Framewise {

// The options of a connection that a profile saves as they are and a session uses as they are:
// keepalive, limits, compression, redirects, TLS, proxy and login. One definition with one set of
// defaults for both ConnectionSettings (what a session opens with) and Profile (what a user
// saves); each adds what it keeps in its own form (the URL, headers, secrets, variables).
struct ConnectionOptions {
    int pingIntervalS = 0;
    int pingTimeoutS = 10;
    // A ping this often whatever the traffic (RttProbe), as keepalive pings only after a silence;
    // 0: off. Session runs it; the channel knows nothing of it.
    int rttProbeIntervalS = 0;
    qint64 maxMessageSize = qint64(1) << 30;
    DeflateOptions deflate;
    bool followRedirects = true;
    // TLS; ConnectionSecurity::configure() applies it, with the proxy and login, to a channel.
    QStringList caFiles;
    QStringList pins; // SHA-256 fingerprints trusted for the URL's host
    QString clientCertificate; // PEM, with clientKey
    QString clientKey;
    QString pkcs12;
    QString proxy; // http://host:port or socks5://host:port, without credentials; empty: no proxy
    bool systemProxy = false;
    QString proxyUser;
    QString proxyPassword; // secret
    QString user; // HTTP authentication when the server answers 401
    QString password; // secret

    friend bool operator==(const ConnectionOptions &, const ConnectionOptions &) = default;
};

} // namespace Framewise
