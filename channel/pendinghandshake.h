// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "handshakerequest.h"
#include "handshakeresponse.h"
#include "serverhandshake.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QVariant>

class QAbstractSocket;

namespace Framewise {

class WebSocketChannel;

// A client's opening handshake that WebSocketListener has read and found valid, waiting for its
// answer: accept() (a 101 and a server-role WebSocketChannel), refuse() or respond(). It may wait
// as long as its owner needs (e.g. an intercepting proxy first opens its upstream leg); when the
// client goes away meanwhile, abandoned() comes and every answer is ignored. Frames the client
// sends meanwhile wait for the channel, at most 64 KiB of them in memory (TCP holds back the
// rest). It holds the socket until answered or abandoned and deletes itself afterwards
// (deleteLater), so keep a QPointer to it.
class PendingHandshake : public QObject {
    Q_OBJECT
public:
    const HandshakeRequest &request() const { return m_request; }
    QHostAddress peerAddress() const { return m_peerAddress; }
    quint16 peerPort() const { return m_peerPort; }
    bool isSecure() const { return m_secure; }
    bool isAnswered() const { return m_answered; }
    // What WebSocketListener::adoptConnection() was given with the connection (null otherwise).
    QVariant tag() const { return m_tag; }
    bool isAbandoned() const { return !m_socket; }
    // What was sent back (after an answer): the 101 or the refusal.
    const HandshakeResponse &response() const { return m_response; }

    // Answers 101 by ServerHandshake::answer(request(), options) and hands the connection to a new
    // server-role channel, whose parent is parent. Null when the client has gone, or when the
    // options turn the answer into a refusal (which is then sent).
    WebSocketChannel *accept(const ServerHandshake::Options &options, QObject *parent = nullptr);
    // The same into a channel the caller made and configured (limits, keepalive, compression level,
    // observer) before it opens; false as above, the channel then stays unused.
    bool accept(WebSocketChannel *channel, const ServerHandshake::Options &options);
    // Sends a refusal with a plain-text body giving reason, then ends the connection.
    void refuse(int statusCode, const QString &reason, const HttpHeaders &extraHeaders = {});
    // Sends response as it is (status line, headers, body), e.g. an upstream's own rejection, then
    // ends the connection. A 101 is not allowed here (use accept()); it becomes a 502.
    void respond(const HandshakeResponse &response);

Q_SIGNALS:
    void abandoned(); // the client closed or reset its connection before an answer

private:
    friend class WebSocketListenerPrivate;
    PendingHandshake(
        QAbstractSocket *socket, HandshakeRequest request, QByteArray leftover, QVariant tag, QObject *parent);
    void sendAndClose(const HandshakeResponse &response);
    void onClientGone();

    QPointer<QAbstractSocket> m_socket;
    HandshakeRequest m_request;
    HandshakeResponse m_response;
    QByteArray m_leftover;
    QVariant m_tag;
    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;
    bool m_secure = false;
    bool m_answered = false;
};

// What a listener tells about a connection that never became a PendingHandshake: a request it
// refused itself (statusCode and the response sent), a client that timed out or vanished
// mid-request, or a TLS handshake that failed (statusCode 0: nothing was sent).
struct HandshakeFailure {
    QHostAddress peerAddress;
    quint16 peerPort = 0;
    HandshakeRequest request; // as far as it was read (may be empty)
    HandshakeResponse response; // statusCode 0 when nothing was sent
    QString reason;
    QVariant tag; // see WebSocketListener::adoptConnection()
};

} // namespace Framewise

Q_DECLARE_METATYPE(Framewise::HandshakeFailure)
