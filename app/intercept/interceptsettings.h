// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionsettings.h"
#include "interceptruleset.h"

#include <QHostAddress>
#include <QUrl>

namespace Framewise {

// What an intercept listens on, where it forwards, and what it does on the way.
struct InterceptSettings {
    static constexpr quint16 DefaultPort = 9001;

    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = DefaultPort; // 0: any free port
    // The app's leg over TLS (wss://): a PEM certificate and its key that the user gives.
    QString certificatePath;
    QString keyPath;
    // Where to forward: the upstream base URL, plus each client's path and query unless fixedPath.
    bool fixedPath = false;
    bool keepHost = false; // send the app's Host header upstream instead of the upstream's
    // Every option of a connection (TLS CA, pins, client certificate, proxy, login, headers added
    // or overridden, limits, compression, keepalive); its url is the upstream base.
    ConnectionSettings upstream;
    // Carry pings and pongs end to end (the default), so the app's keepalive measures the real
    // path; off, each leg answers its own pings.
    bool forwardPings = true;
    InterceptRuleSet rules;
    int autoReleaseS = 0; // held messages go on by themselves after this long; 0: never
    int handshakeTimeoutMs = 10000;
    // Each connection's session keeps its messages and frames in its log (the window shows them,
    // the recorder stores them). Off, they are only counted: a pass-through that neither shows
    // nor records them (framewise-cli intercept without --record) costs no memory per message.
    bool keepMessages = true;

    bool isLoopback() const { return listenAddress.isLoopback(); }
    // Reads "127.0.0.1:9001", "[::1]:9001", "localhost:9001", ":9001" or "9001" (the address kept)
    // into listenAddress and listenPort, as the CLI's --listen and the New intercept dialog take it.
    // False (nothing changed) when it is not an IP address and a port.
    bool setListen(const QString &text);
    // Problems in words, empty when the settings can be used.
    QStringList problems() const;
};

} // namespace Framewise
