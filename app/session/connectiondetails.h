// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "handshakerequest.h"
#include "handshakeresponse.h"
#include "securityinfo.h"
#include "websocketchannel.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace Framewise {

// What the window shows of a session's current connection (the handshake and TLS panes), copied
// out of its channel so that views read a Session, never the channel behind it.
struct ConnectionDetails {
    bool started = false; // false until the first open(): everything below is empty
    WebSocketChannel::State state = WebSocketChannel::State::Idle;
    QUrl url; // where the connection went, after redirects
    QList<QUrl> redirectChain;
    HandshakeRequest request;
    HandshakeResponse response;
    QString protocol; // the subprotocol the server chose
    QString extensions; // the extensions the server accepted
    SecurityInfo security;
    // An intercepted connection (app/intercept): request and response above are the upstream leg's;
    // these are what the app sent and what it got back.
    bool intercepted = false;
    HandshakeRequest appRequest;
    HandshakeResponse appResponse;
};

} // namespace Framewise
