// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channelerror.h"
#include "channelobserver.h"
#include "closecode.h"
#include "deflateoptions.h"
#include "frameinfo.h"
#include "handshakerequest.h"
#include "handshakeresponse.h"
#include "httpauthentication.h"
#include "httpheaders.h"
#include "securityinfo.h"
#include "serverhandshake.h"
#include "stopstatus.h"

#include <QNetworkProxy>
#include <QObject>
#include <QSslConfiguration>
#include <QStringList>
#include <QUrl>
#include <QVariant>

#include <memory>

class QAbstractSocket;
class QAuthenticator;
class QIODevice;

namespace Framewise {

class WebSocketChannelPrivate;

// An RFC 6455 connection in the client role (asyncOpen) or the server role (acceptConnection),
// shaped after Mozilla's nsIWebSocketChannel: the listener's
// events are signals, emitted on the thread that called asyncOpen and never from inside a call
// into the channel's public API (asyncOpen, send*, close, ping). Inspector signals about what
// such a call put on the wire (frameSent, stateChanged to Closing) are emitted during the call.
// After a successful asyncOpen, stopped() comes exactly once and is the last signal.
class WebSocketChannel : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Open, Closing, Closed };
    Q_ENUM(State)

    static constexpr int DefaultOpenTimeoutMs = 20000;
    static constexpr int DefaultCloseTimeoutMs = 20000;
    static constexpr int DefaultPingTimeoutS = 10;
    static constexpr qint64 DefaultMaxMessageSize = qint64(1) << 30; // 1 GiB

    explicit WebSocketChannel(QObject *parent = nullptr);
    ~WebSocketChannel() override;

    // Starts connecting. Returns AlreadyOpened on a second call, InvalidUri for anything that is
    // not an absolute ws:// or wss:// URL with a host, InvalidArgument for an origin with a line
    // break or another control character. context is kept and returned by context().
    ChannelError asyncOpen(const QUrl &uri, const QString &origin = {}, const QVariant &context = {});
    // Server role: takes over socket (connected; encrypted for wss), on which a WebSocketListener
    // read the client's request and which must get answer (an accepted ServerHandshake for that
    // request; its 101 is written here). leftover holds the bytes the client sent after its request
    // (its first frames). The channel reparents the socket and owns it from now on; the caller must
    // have disconnected its own connections to it. Client frames must be masked (else 1002), ours
    // are not, the agreed permessage-deflate runs with the server's parameters, and started()
    // follows from the event loop. Returns AlreadyOpened on a second call, InvalidArgument for a
    // socket that is not connected or an answer that is a refusal. The signals keep their names:
    // serverClosed() is then the client's Close, handshakeRequest() what the client sent and
    // handshakeResponse() our answer.
    ChannelError acceptConnection(QAbstractSocket *socket, const HandshakeRequest &request,
        const ServerHandshake &answer, const QByteArray &leftover = {}, const QVariant &context = {});
    bool isServerRole() const;
    // Starts the closing handshake. code 0 sends an empty Close payload (then reason must be
    // empty). Before the connection is up, nothing is sent and the channel stops (Aborted).
    ChannelError close(quint16 code = CloseCode::Normal, const QString &reason = {});
    // Drops the connection at once, without a closing handshake.
    void abort();

    ChannelError sendMsg(const QByteArray &utf8); // must be valid UTF-8
    ChannelError sendMsg(const QString &text);
    ChannelError sendBinaryMsg(const QByteArray &data);
    // Sends length bytes read from stream as one binary message, in fragments of
    // streamFragmentSize(), reading more only while little is waiting in the socket. The stream
    // must stay alive until acknowledged() for this message or stopped(); the channel does not own it.
    ChannelError sendBinaryStream(QIODevice *stream, qint64 length);
    // Sends a ping (payload at most 125 bytes); the matching pong reports its round-trip time.
    ChannelError ping(const QByteArray &payload = {});
    // Stops reading from the connection until the matching resume() (nsIRequest's suspend and
    // resume; calls nest). What the server sends meanwhile waits in the socket buffers, so TCP flow
    // control slows the server down and nothing is lost; keepalive does not count the silence as a
    // dead peer, and sending still works. close() resumes reading (it needs the server's Close).
    void suspend();
    void resume();
    bool isSuspended() const;
    // The one observer that gets every received frame and message as a virtual call (see
    // ChannelObserver), besides the signals. Not owned; it must outlive the channel or be unset.
    void setObserver(ChannelObserver *observer);

    // Attributes (nsIWebSocketChannel).
    QUrl originalURI() const;
    QUrl URI() const;
    QString protocol() const; // before opening: the requested list joined by ", "; after started(): the server's choice
    ChannelError setProtocols(const QStringList &protocols);
    QStringList requestedProtocols() const;
    QString extensions() const; // the server's Sec-WebSocket-Extensions value
    int pingInterval() const; // seconds, 0 = no keepalive
    ChannelError setPingInterval(int seconds);
    int pingTimeout() const; // seconds
    ChannelError setPingTimeout(int seconds);
    SecurityInfo securityInfo() const;
    QVariant context() const;
    State state() const;
    StopStatus stopStatus() const; // valid after stopped()

    // Request options; each returns InProgress after asyncOpen. Headers: InvalidArgument for a
    // name that is not an HTTP token, a value with a control character (CR, LF, NUL…) or a header
    // the channel owns (HttpSyntax::isOwnedByChannel); subprotocols must be tokens too.
    ChannelError setRequestHeaders(const HttpHeaders &headers);
    HttpHeaders requestHeaders() const;
    ChannelError setUserAgent(const QByteArray &userAgent);
    ChannelError setOpenTimeout(int ms);
    ChannelError setCloseTimeout(int ms);
    ChannelError setMaxMessageSize(qint64 bytes);
    qint64 maxMessageSize() const;
    ChannelError setMaxFrameSize(qint64 bytes);
    ChannelError setSslConfiguration(const QSslConfiguration &configuration);
    // Certificates the user trusts although they do not verify (never a blanket "ignore errors").
    ChannelError setCertificatePins(const QList<CertificatePin> &pins);
    // Credentials for HTTP authentication (401), used when the server asks; without them,
    // authenticationRequired() is emitted. One retry per connection.
    ChannelError setCredentials(const QString &user, const QString &password);
    // Proxy for the TCP connection (HTTP CONNECT or SOCKS5, with credentials in the proxy).
    // Default: no proxy. QNetworkProxy::DefaultProxy uses the application's proxy settings.
    ChannelError setProxy(const QNetworkProxy &proxy);
    // permessage-deflate offer (RFC 7692); offered by default. After started(), agreedDeflate()
    // tells whether it is in use and with which parameters.
    ChannelError setDeflateOptions(const DeflateOptions &options);
    DeflateOptions deflateOptions() const;
    bool isCompressionActive() const;
    DeflateParameters agreedDeflate() const;
    // Follow 301/302/303/307/308 answers to the handshake (default on, at most 20 hops). Each hop
    // is a fresh connection with a new key; http(s) targets map to ws(s); wss never goes to ws.
    ChannelError setFollowRedirects(bool follow, int maxHops = 20);
    QList<QUrl> redirectChain() const; // every URI tried, the original first
    // Reply to the server's Close automatically (after serverClosed() handlers ran). Default on.
    void setAutoReplyClose(bool enabled);
    // Answer the peer's pings with a pong automatically (default on). Off, pingReceived() is the
    // only answer and sendPong() sends one, so a proxy can carry pings end to end.
    void setAutoReplyPing(bool enabled);
    ChannelError sendPong(const QByteArray &payload); // at most 125 bytes
    // Bytes queued for the socket and not yet written to the network (for back-pressure).
    qint64 bytesToWrite() const;
    void setStreamFragmentSize(qint64 bytes); // default 64 KiB

    const HandshakeRequest &handshakeRequest() const;
    const HandshakeResponse &handshakeResponse() const;

    // Totals for status bars and benchmarks.
    qint64 bytesReceived() const;
    qint64 bytesSent() const;

Q_SIGNALS:
    // Listener events (nsIWebSocketListener).
    void started();
    void stopped(const Framewise::StopStatus &status);
    void messageAvailable(const QByteArray &utf8);
    void binaryMessageAvailable(const QByteArray &data);
    void acknowledged(qint64 size);
    void serverClosed(quint16 code, const QString &reason);
    void errorOccurred(const Framewise::StopStatus &status);

    // Inspector events.
    void stateChanged(Framewise::WebSocketChannel::State state);
    void handshakeRequestSent(const Framewise::HandshakeRequest &request);
    void handshakeResponseReceived(const Framewise::HandshakeResponse &response);
    void frameSent(const Framewise::FrameInfo &frame);
    void frameReceived(const Framewise::FrameInfo &frame);
    void pingReceived(const QByteArray &payload);
    // rttUs is -1 for a pong that answers no ping of ours (unsolicited).
    void pongReceived(const QByteArray &payload, qint64 rttUs);
    void secured(const Framewise::SecurityInfo &info);
    // The server wants HTTP authentication: fill in authenticator (user, password) in a directly
    // connected slot to retry once; leave it empty to give up (the 401 is then reported).
    void authenticationRequired(const Framewise::AuthChallenge &challenge, QAuthenticator *authenticator);
    void proxyAuthenticationRequired(const QNetworkProxy &proxy, QAuthenticator *authenticator);
    // The handshake was redirected; a new connection to `to` starts right after.
    void redirected(const QUrl &from, const QUrl &to, int httpStatus);
    // The socket handed bytes to the network: once per write the OS took, not once per message
    // like acknowledged(), so a relay can watch bytesToWrite() fall without a call per message.
    void bytesWritten(qint64 bytes);

protected:
    // Once frameSent has a receiver, frames are described for it (and frameReceived, messageAvailable
    // and binaryMessageAvailable are emitted only once they have one). No disconnectNotify: Qt may
    // call it with its connection lock held (from a receiver's destructor), so asking
    // isSignalConnected() there deadlocks; staying "connected" only costs a little work.
    void connectNotify(const QMetaMethod &signal) override;

private:
    friend class WebSocketChannelPrivate;
    std::unique_ptr<WebSocketChannelPrivate> d;
};

} // namespace Framewise
