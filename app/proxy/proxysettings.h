// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interceptsettings.h"

#include <QStringList>

namespace Framewise {

// What an HTTP proxy listens on and what it does with what comes through it.
struct ProxySettings {
    static constexpr quint16 DefaultPort = 9080;

    // Listen address and port (loopback unless asked), what happens to WebSocket messages (rules,
    // pings, auto-release, keepMessages), and the upstream legs' options (extra CAs, pins, client
    // certificate, headers, limits, compression). Its upstream URL and app-leg certificate are not
    // used: each request names its own server, and TLS to the app uses the Framewise CA.
    InterceptSettings intercept;
    // Hosts whose traffic is looked into (HostPatternList); empty: every host. A CONNECT to any
    // other host is a blind tunnel.
    QStringList interceptHosts;
    // Decrypt TLS to intercepted hosts with leaf certificates from the Framewise CA. Off (or with
    // no CA), TLS is tunnelled blind and only plain ws:// and http:// are looked into.
    bool decryptTls = true;
    // How long a client may take to send a request head.
    int requestTimeoutMs = 10000;

    ProxySettings() { intercept.listenPort = DefaultPort; }
    bool isLoopback() const { return intercept.isLoopback(); }
    // Problems in words, empty when the settings can be used.
    QStringList problems() const;
};

} // namespace Framewise
