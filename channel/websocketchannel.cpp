// SPDX-License-Identifier: GPL-3.0-or-later
#include "websocketchannel.h"

#include "deflatecompressor.h"
#include "deflateinflater.h"
#include "frameencoder.h"
#include "frameparser.h"
#include "handshakeresponseparser.h"
#include "httpsyntax.h"
#include "maskkeysource.h"
#include "messageassembler.h"
#include "utf8validator.h"
#include "wallclock.h"

#include <QAuthenticator>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QIODevice>
#include <QMetaMethod>
#include <QPointer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <deque>
#include <utility>

namespace Framewise {

namespace {
constexpr qsizetype ReadChunkSize = qsizetype(256) * 1024;
constexpr qint64 SuspendedReadBufferSize = qint64(64) * 1024; // what the socket holds while suspended
constexpr qsizetype FlushThreshold = qsizetype(64) * 1024;
constexpr qint64 StreamHighWater = qint64(1024) * 1024; // bytes waiting in the socket before a stream pauses
constexpr int RejectedBodyGraceMs = 1000; // wait this long for more of a non-101 body without length
constexpr qsizetype MaxPendingPings = 64;

QString tr(const char *text)
{
    return QCoreApplication::translate("Framewise::WebSocketChannel", text);
}
} // namespace

class WebSocketChannelPrivate : public MessageAssembler::Sink {
public:
    explicit WebSocketChannelPrivate(WebSocketChannel *channel);

    using State = WebSocketChannel::State;

    // Set-up and teardown.
    void startConnect();
    void connectSocketSignals();
    void startAccepted(const QByteArray &leftover);
    void onConnected();
    void onEncrypted();
    void onReadyRead(bool evenIfSuspended = false);
    void setSuspendCount(int count);
    void onBytesWritten(qint64 bytes);
    void onSocketError(QAbstractSocket::SocketError error);
    void onSslErrors(const QList<QSslError> &errors);
    void onDisconnected();
    void processBytes(char *data, qsizetype size);
    void handshakeComplete();
    bool followRedirect(); // true when a new hop started (or the channel stopped trying)
    bool retryWithCredentials(); // true when a retry with Authorization started
    void dropSocket();
    bool readPayloadInPlace();
    void unbufferedReadEnded();
    void writeToSocket(const char *data, qint64 size);
    void afterParse(bool ok);
    void finish(StopReason reason, const QString &detail = {});
    void failConnection(StopReason reason, quint16 code, const QString &detail);
    void completeClose();
    void setState(State state);
    bool canConfigure() const { return !m_opened; }

    // Sending.
    ChannelError checkCanSend() const;
    void queueMessage(quint8 opcode, const QByteArray &payload);
    void writeFrame(
        quint8 opcode, bool fin, const char *payload, qint64 size, const QByteArray &control = {}, bool rsv1 = false);
    // One frame carrying all of payload: unmasked and large, it goes to the socket shared, not copied.
    void writeWholeFrame(quint8 opcode, const QByteArray &payload, bool rsv1);
    void noteFrameWritten(quint8 opcode, bool fin, std::optional<quint32> key, int headerLength, qint64 size,
        const QByteArray &control, bool rsv1);
    void writeMessage(quint8 opcode, const QByteArray &payload);
    void sendClose(quint16 code, const QByteArray &reason);
    void sendPing(const QByteArray &payload);
    void scheduleFlush();
    void flush();
    void startStream(QIODevice *stream, qint64 length);
    void pumpStream();
    void endStream();
    void stopStreaming();
    void abandonOutgoing(); // drops a stream in progress and queued messages (closing or stopped)
    void drainQueue();

    // Keepalive.
    void startKeepalive();
    void onKeepaliveTimer();

    static qint64 nowUs() { return WallClock::nowUs(); }
    qint64 nowMs() const { return m_clock.elapsed(); }

    // MessageAssembler::Sink
    bool frameReceived(const FrameInfo &frame) override;
    bool messageReceived(bool text, const QByteArray &payload) override;
    bool controlReceived(quint8 opcode, const QByteArray &payload) override;
    bool closeReceived(quint16 code, const QString &reason) override;

    WebSocketChannel *q;

    // Configuration.
    QUrl m_originalUri;
    QUrl m_uri;
    QString m_origin;
    QVariant m_context;
    QStringList m_requestedProtocols;
    HttpHeaders m_requestHeaders;
    QByteArray m_userAgent = QByteArrayLiteral("Framewise/" FRAMEWISE_VERSION);
    QSslConfiguration m_sslConfiguration = QSslConfiguration::defaultConfiguration();
    int m_pingIntervalS = 0;
    int m_pingTimeoutS = WebSocketChannel::DefaultPingTimeoutS;
    int m_openTimeoutMs = WebSocketChannel::DefaultOpenTimeoutMs;
    int m_closeTimeoutMs = WebSocketChannel::DefaultCloseTimeoutMs;
    qint64 m_streamFragmentSize = qint64(64) * 1024;
    bool m_autoReplyClose = true;
    bool m_autoReplyPing = true;
    bool m_server = false; // accepted by acceptConnection(): the server role
    DeflateOptions m_deflateOptions;
    bool m_followRedirects = true;
    int m_maxRedirects = 20;
    QList<QUrl> m_redirectChain;
    QList<CertificatePin> m_pins;
    QString m_user;
    QString m_password;
    QByteArray m_authorization; // Authorization value for the retry after a 401
    bool m_authTried = false;
    QNetworkProxy m_proxy { QNetworkProxy::NoProxy };
    bool m_unbuffered = false; // m_socket reads straight from the kernel
    qint64 m_writtenAtOnce = 0; // by an unbuffered socket, not yet reported
    bool m_tlsEstablished = false;

    // Connection.
    QAbstractSocket *m_socket = nullptr;
    State m_state = State::Idle;
    bool m_opened = false;
    bool m_finished = false;
    bool m_handshakeDone = false;
    bool m_closeSent = false;
    bool m_closeReceived = false;
    QString m_protocol;
    QString m_extensions;
    DeflateParameters m_deflate;
    std::unique_ptr<DeflateCompressor> m_compressor;
    std::unique_ptr<DeflateInflater> m_inflater;
    SecurityInfo m_securityInfo;
    QList<QSslError> m_sslErrors;
    HandshakeRequest m_request;
    HandshakeResponse m_response;
    HandshakeResponseParser m_responseParser;
    MessageAssembler m_assembler { this };
    FrameParser m_parser { &m_assembler };
    StopStatus m_status;
    std::unique_ptr<char[]> m_readBuffer;
    QElapsedTimer m_clock;
    QTimer m_openTimer;
    QTimer m_closeTimer;
    QTimer m_keepaliveTimer;
    QTimer m_bodyTimer;
    qint64 m_lastReceiveMs = 0;
    int m_suspendCount = 0; // suspend() calls not yet resumed; reading stops while > 0
    qint64 m_pingSentMs = -1; // keepalive ping waiting for any sign of life
    qint64 m_bytesAtPing = 0;
    quint64 m_keepaliveSequence = 0;
    struct PendingPing {
        QByteArray payload;
        qint64 sentUs;
    };
    QList<PendingPing> m_pendingPings;
    qint64 m_bytesReceived = 0;
    qint64 m_bytesSent = 0;

    // Outgoing: frames are encoded into m_out and handed to the socket in batches.
    MaskKeySource m_keys;
    QByteArray m_out;
    bool m_flushScheduled = false;
    ChannelObserver *m_observer = nullptr;
    bool m_frameSentConnected = false; // kept by connectNotify: skips building FrameInfo per frame
    // Kept by connectNotify too: a flood's per-message signals that nobody receives (an intercept
    // takes messages through its observer) cost no emission each.
    bool m_frameReceivedConnected = false;
    bool m_messageConnected = false;
    qint64 m_bytesQueued = 0; // every byte ever encoded
    qint64 m_bytesWritten = 0; // every byte the socket reported written to the OS
    struct Ack {
        qint64 endOffset;
        qint64 size;
    };
    std::deque<Ack> m_acks;
    struct QueuedMessage {
        quint8 opcode;
        QByteArray payload;
        QPointer<QIODevice> stream;
        qint64 length;
    };
    std::deque<QueuedMessage> m_queue; // data messages waiting for a stream in progress
    QPointer<QIODevice> m_stream;
    qint64 m_streamLength = 0;
    qint64 m_streamRemaining = 0;
    bool m_streaming = false;
    QByteArray m_streamBuffer;
    QMetaObject::Connection m_streamConnection;
};

WebSocketChannelPrivate::WebSocketChannelPrivate(WebSocketChannel *channel)
    : q(channel)
{
    m_clock.start();
    for (QTimer *timer : { &m_openTimer, &m_closeTimer, &m_keepaliveTimer, &m_bodyTimer })
        timer->setSingleShot(true);
    m_keepaliveTimer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&m_openTimer, &QTimer::timeout, q,
        [this] { finish(StopReason::OpenTimeout, tr("Nothing usable arrived within %1 ms.").arg(m_openTimeoutMs)); });
    QObject::connect(&m_closeTimer, &QTimer::timeout, q,
        [this] { finish(StopReason::CloseTimeout, tr("Waited %1 ms for the server's Close.").arg(m_closeTimeoutMs)); });
    QObject::connect(&m_keepaliveTimer, &QTimer::timeout, q, [this] { onKeepaliveTimer(); });
    QObject::connect(&m_bodyTimer, &QTimer::timeout, q, [this] {
        m_responseParser.finishInput();
        processBytes(nullptr, 0);
    });
}

void WebSocketChannelPrivate::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT q->stateChanged(state);
}

// ---------------------------------------------------------------------------------------------
// Connection set-up

void WebSocketChannelPrivate::startConnect()
{
    if (m_finished)
        return;
    if (m_redirectChain.size() == 1) // later hops are still the same connecting state
        Q_EMIT q->stateChanged(State::Connecting);
    const bool secure = m_uri.scheme().compare(QLatin1String("wss"), Qt::CaseInsensitive) == 0;
    if (secure) {
        auto *ssl = new QSslSocket(q);
        ssl->setSslConfiguration(m_sslConfiguration);
        QObject::connect(ssl, &QSslSocket::encrypted, q, [this] { onEncrypted(); });
        QObject::connect(ssl, &QSslSocket::sslErrors, q, [this](const QList<QSslError> &e) { onSslErrors(e); });
        m_socket = ssl;
    } else {
        m_socket = new QTcpSocket(q);
        QObject::connect(m_socket, &QAbstractSocket::connected, q, [this] { onConnected(); });
    }
    m_socket->setProxy(m_proxy);
    QObject::connect(m_socket, &QAbstractSocket::proxyAuthenticationRequired, q,
        [this](const QNetworkProxy &proxy, QAuthenticator *authenticator) {
            Q_EMIT q->proxyAuthenticationRequired(proxy, authenticator);
        });
    connectSocketSignals();
    m_openTimer.start(m_openTimeoutMs);
    const quint16 port = quint16(m_uri.port(secure ? 443 : 80));
    if (secure) {
        static_cast<QSslSocket *>(m_socket)->connectToHostEncrypted(m_uri.host(), port);
    } else {
        // Without a proxy, bytes go from the kernel straight into our buffers (or a large
        // message's own), not through QAbstractSocket's read buffer first: one copy less of every
        // byte received. Such a socket reports an end or error only through read(); see onReadyRead.
        m_unbuffered = m_proxy.type() == QNetworkProxy::NoProxy;
        m_socket->connectToHost(
            m_uri.host(), port, m_unbuffered ? QIODevice::ReadWrite | QIODevice::Unbuffered : QIODevice::ReadWrite);
    }
}

void WebSocketChannelPrivate::connectSocketSignals()
{
    if (m_suspendCount > 0)
        m_socket->setReadBufferSize(SuspendedReadBufferSize);
    QObject::connect(m_socket, &QIODevice::readyRead, q, [this] { onReadyRead(); });
    QObject::connect(m_socket, &QIODevice::bytesWritten, q, [this](qint64 n) { onBytesWritten(n); });
    QObject::connect(
        m_socket, &QAbstractSocket::errorOccurred, q, [this](QAbstractSocket::SocketError e) { onSocketError(e); });
    QObject::connect(m_socket, &QAbstractSocket::disconnected, q, [this] { onDisconnected(); });
}

// The server role, from the event loop after acceptConnection(): the 101 is on its way; the
// connection opens, then what the client sent with or after its request is read.
void WebSocketChannelPrivate::startAccepted(const QByteArray &leftover)
{
    if (m_finished)
        return;
    Q_EMIT q->stateChanged(State::Connecting);
    if (m_tlsEstablished)
        Q_EMIT q->secured(m_securityInfo);
    if (m_finished)
        return;
    connectSocketSignals();
    handshakeComplete();
    if (!leftover.isEmpty() && !m_finished) {
        QByteArray bytes = leftover; // the parser unmasks in place
        m_bytesReceived += bytes.size();
        processBytes(bytes.data(), bytes.size());
    }
    if (m_finished)
        return;
    onReadyRead();
    if (!m_finished && m_socket && m_socket->state() != QAbstractSocket::ConnectedState)
        onDisconnected();
}

void WebSocketChannelPrivate::onConnected()
{
    if (m_finished)
        return;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const QByteArray extensionsOffer = m_deflateOptions.offer();
    HttpHeaders headers = m_requestHeaders;
    if (!m_authorization.isEmpty()) {
        headers.removeAll("Authorization");
        headers.append("Authorization", m_authorization);
    }
    m_request = HandshakeRequest::build(m_uri, m_origin, m_requestedProtocols, extensionsOffer, headers, m_userAgent);
    m_request.timeUs = nowUs();
    const QByteArray bytes = m_request.toBytes();
    writeToSocket(bytes.constData(), bytes.size());
    m_bytesSent += bytes.size();
    Q_EMIT q->handshakeRequestSent(m_request);
}

void WebSocketChannelPrivate::onEncrypted()
{
    if (m_finished)
        return;
    const bool pinned = m_securityInfo.trustedByPin;
    m_tlsEstablished = true;
    m_securityInfo = SecurityInfo::fromSocket(*static_cast<QSslSocket *>(m_socket), m_sslErrors);
    m_securityInfo.trustedByPin = pinned;
    Q_EMIT q->secured(m_securityInfo);
    onConnected();
}

void WebSocketChannelPrivate::onSslErrors(const QList<QSslError> &errors)
{
    auto *ssl = static_cast<QSslSocket *>(m_socket);
    m_sslErrors = errors;
    m_securityInfo = SecurityInfo::fromSocket(*ssl, errors);
    const QSslCertificate leaf = ssl->peerCertificate();
    for (const auto &pin : std::as_const(m_pins)) {
        if (pin.matches(m_uri.host(), leaf)) {
            // Only these errors, for only this certificate: a different one still fails.
            m_securityInfo.trustedByPin = true;
            ssl->ignoreSslErrors(errors);
            return;
        }
    }
    // Not ignored: QSslSocket then fails the handshake and onSocketError reports TlsFailed.
}

void WebSocketChannelPrivate::onReadyRead(bool evenIfSuspended)
{
    if (!m_readBuffer)
        m_readBuffer.reset(new char[ReadChunkSize]);
    while (!m_finished && m_socket && (m_suspendCount == 0 || evenIfSuspended)) {
        if (readPayloadInPlace())
            continue;
        if (m_finished || !m_socket)
            break;
        const qint64 n = m_socket->read(m_readBuffer.get(), ReadChunkSize);
        if (n < 0 && m_unbuffered) {
            unbufferedReadEnded();
            return;
        }
        if (n <= 0)
            break;
        m_bytesReceived += n;
        m_lastReceiveMs = nowMs();
        processBytes(m_readBuffer.get(), qsizetype(n));
        if (n < ReadChunkSize)
            break; // drained: the socket notifier tells when more comes, no read to find out
    }
}

// An unbuffered QTcpSocket that reads its end (or an error) resets itself without emitting
// disconnected() or errorOccurred(): the channel reports it as those signals would have.
void WebSocketChannelPrivate::unbufferedReadEnded()
{
    if (m_finished || !m_socket)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    if (error == QAbstractSocket::RemoteHostClosedError || error == QAbstractSocket::UnknownSocketError)
        onDisconnected();
    else
        onSocketError(error);
}

// The rest of a large uncompressed frame's payload goes from the socket straight into its message
// (MessageAssembler::payloadSpace) instead of through m_readBuffer: one copy less of each byte of
// a 1 MiB message. Frames, headers and small slices take the usual way.
bool WebSocketChannelPrivate::readPayloadInPlace()
{
    constexpr qint64 InPlaceMinBytes = qint64(64) * 1024;
    if (!m_handshakeDone || m_closeReceived || m_parser.payloadRemaining() < InPlaceMinBytes)
        return false;
    const qint64 want = std::min(m_parser.payloadRemaining(), m_socket->bytesAvailable());
    if (want < InPlaceMinBytes)
        return false;
    char *space = m_assembler.payloadSpace(qsizetype(want));
    if (!space)
        return false;
    const qint64 n = m_socket->read(space, want);
    m_assembler.takePayloadSpace(qsizetype(std::max<qint64>(n, 0))); // shrinking keeps space valid
    if (n < 0 && m_unbuffered) {
        unbufferedReadEnded();
        return false;
    }
    if (n <= 0)
        return false;
    m_bytesReceived += n;
    m_lastReceiveMs = nowMs();
    afterParse(m_parser.feedPayloadInPlace(space, qsizetype(n)));
    return true;
}

void WebSocketChannelPrivate::processBytes(char *data, qsizetype size)
{
    if (m_finished)
        return;
    if (!m_handshakeDone) {
        const qsizetype used = size > 0 ? m_responseParser.feed(data, size) : 0;
        data += used;
        size -= used;
        switch (m_responseParser.state()) {
        case HandshakeResponseParser::State::Headers:
            return;
        case HandshakeResponseParser::State::Error:
            m_response = m_responseParser.response();
            finish(StopReason::HandshakeInvalid, m_responseParser.errorString());
            return;
        case HandshakeResponseParser::State::Body:
            // A rejection without Content-Length: give the body a moment, then report what came.
            m_bodyTimer.start(RejectedBodyGraceMs);
            return;
        case HandshakeResponseParser::State::Done:
            break;
        }
        m_bodyTimer.stop();
        m_response = m_responseParser.takeResponse();
        m_response.timeUs = nowUs();
        Q_EMIT q->handshakeResponseReceived(m_response);
        if (m_finished)
            return;
        if (m_response.statusCode != 101 && (followRedirect() || retryWithCredentials()))
            return;
        if (m_response.statusCode != 101) {
            // The status line is in httpStatus and httpReason; the detail is what the body says.
            m_status.httpStatus = m_response.statusCode;
            m_status.httpReason = QString::fromLatin1(m_response.reasonPhrase).simplified();
            finish(StopReason::HandshakeRejected, m_response.refusalDetail());
            return;
        }
        QString problem = m_response.validate(m_request.key, m_requestedProtocols, m_deflateOptions.enabled);
        const QByteArray extensions = m_response.headers.tokens("Sec-WebSocket-Extensions").join(", ");
        if (problem.isEmpty() && !extensions.isEmpty())
            problem = DeflateParameters::negotiate(extensions, m_deflateOptions, &m_deflate);
        if (!problem.isEmpty()) {
            finish(StopReason::HandshakeInvalid, problem);
            return;
        }
        if (!extensions.isEmpty()) {
            m_compressor = std::make_unique<DeflateCompressor>(
                m_deflate.clientMaxWindowBits, m_deflate.clientNoContextTakeover, m_deflateOptions.compressionLevel);
            m_inflater = std::make_unique<DeflateInflater>(m_deflate.serverNoContextTakeover);
            m_parser.setRsv1Allowed(true);
            m_assembler.setInflater(m_inflater.get());
        }
        handshakeComplete();
        if (m_finished || size == 0)
            return;
    }
    if (m_closeReceived)
        return; // nothing the server sends after its Close is delivered
    m_parser.setTimestamp(nowUs());
    afterParse(m_parser.feed(data, size));
}

// A parse that stopped early failed the connection for the parser's or the assembler's reason.
void WebSocketChannelPrivate::afterParse(bool ok)
{
    if (ok || m_finished || m_closeReceived)
        return;
    if (m_parser.error() != FrameParser::Error::None) {
        const quint16 code = m_parser.errorCloseCode();
        failConnection(code == CloseCode::TooLarge ? StopReason::MessageTooLarge : StopReason::ProtocolError, code,
            m_parser.errorString());
    } else if (m_assembler.error() != MessageAssembler::Error::None) {
        const quint16 code = m_assembler.errorCloseCode();
        const StopReason reason = code == CloseCode::InvalidPayload ? StopReason::InvalidPayload
            : code == CloseCode::TooLarge                           ? StopReason::MessageTooLarge
                                                                    : StopReason::ProtocolError;
        failConnection(reason, code, m_assembler.errorString());
    }
}

void WebSocketChannelPrivate::dropSocket()
{
    if (!m_socket)
        return;
    QObject::disconnect(m_socket, nullptr, q, nullptr);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}

bool WebSocketChannelPrivate::followRedirect()
{
    const int status = m_response.statusCode;
    if (!m_followRedirects || !(status == 301 || status == 302 || status == 303 || status == 307 || status == 308))
        return false;
    const QByteArray location = m_response.headers.value("Location").trimmed();
    m_status.httpStatus = status;
    const auto fail = [this](const QString &why) {
        finish(StopReason::RedirectFailed, why);
        return true;
    };
    if (location.isEmpty())
        return fail(tr("HTTP %1 without a Location header.").arg(status));
    QUrl target = m_uri.resolved(QUrl::fromEncoded(location));
    const QString scheme = target.scheme().toLower();
    if (scheme == QLatin1String("http"))
        target.setScheme(QStringLiteral("ws"));
    else if (scheme == QLatin1String("https"))
        target.setScheme(QStringLiteral("wss"));
    else if (scheme != QLatin1String("ws") && scheme != QLatin1String("wss"))
        return fail(tr("The redirect goes to “%1”, which is not a WebSocket address.").arg(target.toString()));
    if (!target.isValid() || target.host().isEmpty())
        return fail(tr("The redirect target “%1” is not a valid address.").arg(QString::fromLatin1(location)));
    target.setFragment(QString());
    const bool secureNow = m_uri.scheme().compare(QLatin1String("wss"), Qt::CaseInsensitive) == 0;
    if (secureNow && target.scheme() == QLatin1String("ws"))
        return fail(
            tr("Refused to follow a redirect from a secure wss address to plain ws (%1).").arg(target.toString()));
    if (m_redirectChain.contains(target))
        return fail(tr("The redirects form a loop back to %1.").arg(target.toString()));
    if (m_redirectChain.size() > m_maxRedirects)
        return fail(tr("More than %1 redirects.").arg(m_maxRedirects));
    const QUrl from = m_uri;
    m_redirectChain.append(target);
    m_uri = target;
    dropSocket();
    m_responseParser = HandshakeResponseParser();
    m_sslErrors.clear();
    m_tlsEstablished = false;
    m_securityInfo = SecurityInfo();
    m_status.httpStatus = 0;
    m_authTried = false; // a new host may ask for credentials again
    m_authorization.clear();
    Q_EMIT q->redirected(from, target, status);
    if (!m_finished)
        QMetaObject::invokeMethod(
            q, [this] { startConnect(); }, Qt::QueuedConnection);
    return true;
}

bool WebSocketChannelPrivate::retryWithCredentials()
{
    if (m_response.statusCode != 401 || m_authTried)
        return false;
    const AuthChallenge challenge
        = AuthChallenge::strongest(AuthChallenge::parse(m_response.headers.values("WWW-Authenticate")));
    if (challenge.scheme.isEmpty())
        return false;
    QString user = m_user;
    QString password = m_password;
    if (user.isEmpty()) {
        QAuthenticator authenticator;
        authenticator.setRealm(challenge.realm());
        Q_EMIT q->authenticationRequired(challenge, &authenticator);
        if (m_finished)
            return true;
        user = authenticator.user();
        password = authenticator.password();
    }
    if (user.isEmpty())
        return false;
    const QList<QByteArray> requestLine = m_request.requestLine.split(' ');
    m_authorization = HttpAuthentication::authorization(challenge, "GET", requestLine.value(1), user, password);
    m_authTried = true;
    dropSocket();
    m_responseParser = HandshakeResponseParser();
    m_sslErrors.clear();
    m_tlsEstablished = false;
    QMetaObject::invokeMethod(
        q, [this] { startConnect(); }, Qt::QueuedConnection);
    return true;
}

void WebSocketChannelPrivate::handshakeComplete()
{
    m_handshakeDone = true;
    m_openTimer.stop();
    m_protocol = QString::fromUtf8(m_response.headers.value("Sec-WebSocket-Protocol").trimmed());
    m_extensions = QString::fromLatin1(m_response.headers.value("Sec-WebSocket-Extensions").trimmed());
    m_lastReceiveMs = nowMs();
    setState(State::Open);
    startKeepalive();
    Q_EMIT q->started();
}

void WebSocketChannelPrivate::onBytesWritten(qint64 bytes)
{
    m_bytesWritten += bytes;
    while (!m_acks.empty() && m_acks.front().endOffset <= m_bytesWritten) {
        const qint64 size = m_acks.front().size;
        m_acks.pop_front();
        if (!m_finished && !m_closeReceived)
            Q_EMIT q->acknowledged(size);
    }
    Q_EMIT q->bytesWritten(bytes);
    if (m_streaming)
        pumpStream();
}

void WebSocketChannelPrivate::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_finished)
        return;
    if (m_socket && m_socket->bytesAvailable() > 0)
        onReadyRead(true); // deliver what arrived before the error
    if (m_finished)
        return;
    const QString text = m_socket ? m_socket->errorString() : QString();
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        finish(StopReason::ConnectionRefused, text);
        return;
    case QAbstractSocket::HostNotFoundError:
        finish(StopReason::HostNotFound, text);
        return;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        m_status.tlsErrors.clear();
        for (const auto &e : std::as_const(m_sslErrors))
            m_status.tlsErrors.append(e.errorString());
        // The socket's error is the first certificate error again: said once, in the list.
        finish(StopReason::TlsFailed, m_status.tlsErrors.contains(text) ? QString() : text);
        return;
    case QAbstractSocket::RemoteHostClosedError:
        onDisconnected();
        return;
    default:
        finish(StopReason::NetworkError, text);
        return;
    }
}

void WebSocketChannelPrivate::onDisconnected()
{
    if (m_finished)
        return;
    if (m_socket && m_socket->bytesAvailable() > 0)
        onReadyRead(true);
    if (m_finished)
        return;
    if (!m_handshakeDone) {
        if (m_responseParser.state() == HandshakeResponseParser::State::Body) {
            m_responseParser.finishInput();
            processBytes(nullptr, 0);
            return;
        }
        const bool secure = qobject_cast<QSslSocket *>(m_socket) != nullptr;
        if (secure && !m_tlsEstablished && m_sslErrors.isEmpty()) {
            // E.g. a server that wants a client certificate just hangs up during TLS.
            finish(StopReason::TlsFailed, tr("The server ended the connection during the TLS handshake."));
        } else if (m_tlsEstablished || m_sslErrors.isEmpty()) {
            const bool nothingAnswered = m_responseParser.bytesConsumed() == 0;
            m_responseParser.finishInput();
            // No byte of an answer is a lost connection; a cut-off answer is an invalid one.
            finish(nothingAnswered ? StopReason::ConnectionLost : StopReason::HandshakeInvalid,
                m_responseParser.errorString());
        } else {
            for (const auto &e : std::as_const(m_sslErrors))
                m_status.tlsErrors.append(e.errorString());
            finish(StopReason::TlsFailed);
        }
        return;
    }
    if (m_closeReceived && (m_closeSent || !m_autoReplyClose)) {
        finish(StopReason::Ok);
        return;
    }
    m_status.closeCodeReceived = CloseCode::Abnormal;
    finish(
        StopReason::ConnectionLost, m_parser.atFrameBoundary() ? QString() : tr("It ended in the middle of a frame."));
}

// ---------------------------------------------------------------------------------------------
// Ending

void WebSocketChannelPrivate::failConnection(StopReason reason, quint16 code, const QString &detail)
{
    if (m_finished)
        return;
    if (!m_closeSent && m_handshakeDone)
        sendClose(code, QByteArray());
    finish(reason, detail);
}

void WebSocketChannelPrivate::completeClose()
{
    // Both Close frames are exchanged: the closing handshake is done.
    finish(StopReason::Ok);
}

void WebSocketChannelPrivate::finish(StopReason reason, const QString &detail)
{
    if (m_finished)
        return;
    m_finished = true;
    m_status.reason = reason;
    if (m_status.detail.isEmpty())
        m_status.detail = detail;
    if (!m_status.closeFrameReceived && m_handshakeDone && reason != StopReason::Ok)
        m_status.closeCodeReceived = CloseCode::Abnormal;
    for (QTimer *timer : { &m_openTimer, &m_closeTimer, &m_keepaliveTimer, &m_bodyTimer })
        timer->stop();
    abandonOutgoing();
    m_state = State::Closed;
    if (m_socket) {
        QAbstractSocket *socket = m_socket;
        m_socket = nullptr;
        QObject::disconnect(socket, nullptr, q, nullptr);
        if (!m_out.isEmpty()) {
            socket->write(m_out);
            m_out.clear();
        }
        const bool graceful = socket->state() == QAbstractSocket::ConnectedState
            && (reason == StopReason::Ok || reason == StopReason::ProtocolError || reason == StopReason::InvalidPayload
                || reason == StopReason::MessageTooLarge || reason == StopReason::HandshakeRejected
                || reason == StopReason::HandshakeInvalid);
        if (graceful) {
            // Let the Close frame (if any) reach the server, then end TCP; never linger long.
            socket->setParent(nullptr);
            QObject::connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
            QTimer::singleShot(2000, socket, [socket] {
                socket->abort();
                socket->deleteLater();
            });
            socket->disconnectFromHost();
        } else {
            socket->flush(); // a last Close (e.g. 1002 after a ping timeout) goes out if the socket takes it
            socket->abort();
            socket->deleteLater();
        }
    }
    // Stop is reported from the event loop, so it is never emitted inside a public call and always last.
    QMetaObject::invokeMethod(
        q,
        [this] {
            if (m_status.reason != StopReason::Ok)
                Q_EMIT q->errorOccurred(m_status);
            Q_EMIT q->stateChanged(State::Closed);
            Q_EMIT q->stopped(m_status);
        },
        Qt::QueuedConnection);
}

// ---------------------------------------------------------------------------------------------
// Receiving (MessageAssembler::Sink)

bool WebSocketChannelPrivate::frameReceived(const FrameInfo &frame)
{
    if (m_observer)
        m_observer->observeFrameReceived(frame);
    if (m_frameReceivedConnected)
        Q_EMIT q->frameReceived(frame);
    return !m_finished;
}

bool WebSocketChannelPrivate::messageReceived(bool text, const QByteArray &payload)
{
    if (m_observer)
        m_observer->observeMessage(payload, !text);
    if (!m_messageConnected)
        return !m_finished;
    if (text)
        Q_EMIT q->messageAvailable(payload);
    else
        Q_EMIT q->binaryMessageAvailable(payload);
    return !m_finished;
}

bool WebSocketChannelPrivate::controlReceived(quint8 opcode, const QByteArray &payload)
{
    if (opcode == Opcode::Ping) {
        Q_EMIT q->pingReceived(payload);
        if (!m_finished && !m_closeSent && m_autoReplyPing) {
            writeFrame(Opcode::Pong, true, payload.constData(), payload.size(), payload);
            scheduleFlush();
        }
    } else if (opcode == Opcode::Pong) {
        qint64 rtt = -1;
        for (qsizetype i = 0; i < m_pendingPings.size(); ++i) {
            if (m_pendingPings.at(i).payload == payload) {
                rtt = nowUs() - m_pendingPings.at(i).sentUs;
                m_pendingPings.remove(0, i + 1);
                break;
            }
        }
        Q_EMIT q->pongReceived(payload, rtt);
    }
    return !m_finished;
}

bool WebSocketChannelPrivate::closeReceived(quint16 code, const QString &reason)
{
    m_closeReceived = true;
    m_status.closeFrameReceived = true;
    m_status.closeCodeReceived = code;
    m_status.closeReasonReceived = reason;
    if (m_closeSent) {
        completeClose();
        return false;
    }
    Q_EMIT q->serverClosed(code, reason);
    if (m_finished || m_closeSent) // a serverClosed handler called close() or abort()
        return false;
    if (m_autoReplyClose) {
        // Echo the server's code (RFC 6455 section 5.5.1); no code when it sent none.
        sendClose(code == CloseCode::NoStatus ? CloseCode::None : code, QByteArray());
        completeClose();
    } else {
        setState(State::Closing);
        m_closeTimer.start(m_closeTimeoutMs);
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// Sending

ChannelError WebSocketChannelPrivate::checkCanSend() const
{
    if (m_finished || m_closeSent)
        return ChannelError::Closing;
    if (!m_handshakeDone)
        return ChannelError::NotOpen;
    return ChannelError::None;
}

void WebSocketChannelPrivate::writeFrame(
    quint8 opcode, bool fin, const char *payload, qint64 size, const QByteArray &control, bool rsv1)
{
    const std::optional<quint32> key = m_server ? std::nullopt : std::optional<quint32>(m_keys.next());
    const int headerLength = FrameEncoder::appendFrame(m_out, opcode, fin, rsv1, key, payload, size);
    noteFrameWritten(opcode, fin, key, headerLength, size, control, rsv1);
    if (m_out.size() >= FlushThreshold)
        flush();
}

void WebSocketChannelPrivate::noteFrameWritten(quint8 opcode, bool fin, std::optional<quint32> key, int headerLength,
    qint64 size, const QByteArray &control, bool rsv1)
{
    m_bytesQueued += headerLength + size;
    m_bytesSent += headerLength + size;
    if (m_frameSentConnected) {
        FrameInfo info;
        info.timeUs = nowUs();
        info.payloadLength = size;
        info.maskKey = key.value_or(0);
        info.opcode = opcode;
        info.headerLength = quint8(headerLength);
        info.fin = fin;
        info.rsv1 = rsv1;
        info.masked = key.has_value();
        info.controlPayload = control;
        Q_EMIT q->frameSent(info);
    }
}

// The server role sends payloads as they are (unmasked), so a large one need not be copied into
// m_out and again into the socket's buffer: QIODevice::write(const QByteArray &) keeps a reference
// to it instead. A proxy forwarding 1 MiB messages spent a third of its time in these copies and
// in faulting in the socket buffer's fresh memory for them.
void WebSocketChannelPrivate::writeWholeFrame(quint8 opcode, const QByteArray &payload, bool rsv1)
{
    if (!m_server || payload.size() < FlushThreshold || !m_socket) {
        writeFrame(opcode, true, payload.constData(), payload.size(), {}, rsv1);
        return;
    }
    char header[FrameEncoder::MaxHeaderSize];
    const int headerLength = FrameEncoder::writeHeader(header, opcode, true, rsv1, std::nullopt, payload.size());
    m_out.append(header, headerLength);
    flush(); // what came before, then this frame's header
    m_socket->write(payload);
    noteFrameWritten(opcode, true, std::nullopt, headerLength, payload.size(), {}, rsv1);
}

void WebSocketChannelPrivate::scheduleFlush()
{
    if (m_flushScheduled || m_out.isEmpty())
        return;
    m_flushScheduled = true;
    QMetaObject::invokeMethod(
        q, [this] { flush(); }, Qt::QueuedConnection);
}

void WebSocketChannelPrivate::flush()
{
    m_flushScheduled = false;
    if (!m_socket || m_out.isEmpty())
        return;
    // Copy out (rather than share) so m_out keeps its capacity for the next batch.
    writeToSocket(m_out.constData(), m_out.size());
    m_out.resize(0);
}

// An unbuffered socket hands what the kernel takes at once straight over and keeps only the rest,
// and emits bytesWritten() for that rest alone. The bytes written at once are reported from the
// event loop, as a buffered socket would, so acknowledged() and back-pressure see every byte.
void WebSocketChannelPrivate::writeToSocket(const char *data, qint64 size)
{
    if (!m_unbuffered) {
        m_socket->write(data, size);
        return;
    }
    const qint64 queuedBefore = m_socket->bytesToWrite();
    const qint64 accepted = m_socket->write(data, size);
    const qint64 atOnce = accepted - (m_socket->bytesToWrite() - queuedBefore);
    if (accepted <= 0 || atOnce <= 0)
        return;
    const bool reportPending = m_writtenAtOnce > 0;
    m_writtenAtOnce += atOnce;
    if (reportPending)
        return;
    QMetaObject::invokeMethod(
        q,
        [this] {
            const qint64 bytes = std::exchange(m_writtenAtOnce, 0);
            if (bytes > 0)
                onBytesWritten(bytes);
        },
        Qt::QueuedConnection);
}

void WebSocketChannelPrivate::writeMessage(quint8 opcode, const QByteArray &payload)
{
    if (m_compressor && payload.size() >= m_deflateOptions.compressionThreshold) {
        writeWholeFrame(opcode, m_compressor->compress(payload.constData(), payload.size()), true);
    } else {
        writeWholeFrame(opcode, payload, false);
    }
    // Acknowledged with the original size, as nsIWebSocketListener::onAcknowledge reports it.
    m_acks.push_back({ m_bytesQueued, payload.size() });
}

void WebSocketChannelPrivate::queueMessage(quint8 opcode, const QByteArray &payload)
{
    if (m_streaming) {
        m_queue.push_back({ opcode, payload, nullptr, 0 });
        return;
    }
    writeMessage(opcode, payload);
    scheduleFlush();
}

void WebSocketChannelPrivate::sendClose(quint16 code, const QByteArray &reason)
{
    QByteArray payload;
    if (code != CloseCode::None) {
        payload.append(char(code >> 8));
        payload.append(char(code & 0xFF));
        payload.append(reason);
    }
    writeFrame(Opcode::Close, true, payload.constData(), payload.size(), payload);
    m_closeSent = true;
    m_status.closeFrameSent = true;
    m_status.closeCodeSent = code;
    abandonOutgoing(); // data after our Close may not be sent
    flush();
}

void WebSocketChannelPrivate::sendPing(const QByteArray &payload)
{
    if (m_pendingPings.size() >= MaxPendingPings)
        m_pendingPings.removeFirst();
    m_pendingPings.append({ payload, nowUs() });
    writeFrame(Opcode::Ping, true, payload.constData(), payload.size(), payload);
    flush();
}

void WebSocketChannelPrivate::startStream(QIODevice *stream, qint64 length)
{
    m_stream = stream;
    m_streamLength = length;
    m_streamRemaining = length;
    m_streaming = true;
    m_streamBuffer.resize(qsizetype(std::min(m_streamFragmentSize, std::max<qint64>(length, 1))));
    if (stream->isSequential())
        m_streamConnection = QObject::connect(stream, &QIODevice::readyRead, q, [this] { pumpStream(); });
    QMetaObject::invokeMethod(
        q, [this] { pumpStream(); }, Qt::QueuedConnection);
}

void WebSocketChannelPrivate::pumpStream()
{
    if (!m_streaming || m_finished || !m_socket)
        return;
    if (!m_stream) {
        failConnection(StopReason::Aborted, CloseCode::InternalError,
            tr("The stream being sent was deleted after %1 of %2 bytes.")
                .arg(m_streamLength - m_streamRemaining)
                .arg(m_streamLength));
        return;
    }
    bool first = m_streamRemaining == m_streamLength;
    if (m_streamLength == 0) {
        writeFrame(Opcode::Binary, true, nullptr, 0);
        endStream();
        return;
    }
    while (m_streamRemaining > 0 && m_socket->bytesToWrite() + m_out.size() < StreamHighWater) {
        const qint64 want = std::min<qint64>(m_streamBuffer.size(), m_streamRemaining);
        const qint64 got = m_stream->read(m_streamBuffer.data(), want);
        if (got < 0 || (got == 0 && (!m_stream->isSequential() || m_stream->atEnd()))) {
            failConnection(StopReason::Aborted, CloseCode::InternalError,
                tr("The stream being sent ended after %1 of %2 bytes.")
                    .arg(m_streamLength - m_streamRemaining)
                    .arg(m_streamLength));
            return;
        }
        if (got == 0)
            return; // a sequential device: wait for readyRead
        m_streamRemaining -= got;
        writeFrame(
            first ? Opcode::Binary : Opcode::Continuation, m_streamRemaining == 0, m_streamBuffer.constData(), got);
        first = false;
        flush();
    }
    if (m_streamRemaining == 0)
        endStream();
}

void WebSocketChannelPrivate::stopStreaming()
{
    m_streaming = false;
    if (m_streamConnection)
        QObject::disconnect(m_streamConnection);
}

void WebSocketChannelPrivate::abandonOutgoing()
{
    stopStreaming();
    m_queue.clear();
}

void WebSocketChannelPrivate::endStream()
{
    stopStreaming();
    m_stream = nullptr;
    m_acks.push_back({ m_bytesQueued, m_streamLength });
    flush();
    drainQueue();
}

void WebSocketChannelPrivate::drainQueue()
{
    while (!m_queue.empty() && !m_streaming && !m_closeSent) {
        QueuedMessage message = std::move(m_queue.front());
        m_queue.pop_front();
        if (message.stream) {
            startStream(message.stream, message.length);
        } else {
            writeMessage(message.opcode, message.payload);
        }
    }
    scheduleFlush();
}

// ---------------------------------------------------------------------------------------------
// Keepalive: any received byte is a sign of life; silence for pingInterval sends a ping, and
// silence for pingTimeout after it ends the connection.

void WebSocketChannelPrivate::startKeepalive()
{
    if (m_pingIntervalS > 0)
        m_keepaliveTimer.start(m_pingIntervalS * 1000);
}

void WebSocketChannelPrivate::onKeepaliveTimer()
{
    if (m_finished || !m_socket || m_suspendCount > 0) // resume() starts it again
        return;
    const qint64 now = nowMs();
    if (m_pingSentMs >= 0) {
        if (m_bytesReceived > m_bytesAtPing) { // any byte since the ping counts as life
            m_pingSentMs = -1; // alive; fall through to schedule the next check
        } else if (now - m_pingSentMs < qint64(m_pingTimeoutS) * 1000) {
            m_keepaliveTimer.start(int(qint64(m_pingTimeoutS) * 1000 - (now - m_pingSentMs)));
            return;
        } else {
            m_status.detail = tr("No answer for %1 s after a ping.").arg(m_pingTimeoutS);
            failConnection(StopReason::PingTimeout, CloseCode::ProtocolError, m_status.detail);
            return;
        }
    }
    const qint64 intervalMs = qint64(m_pingIntervalS) * 1000;
    const qint64 idle = now - m_lastReceiveMs;
    if (idle >= intervalMs) {
        if (m_closeSent)
            return;
        sendPing(QByteArrayLiteral("keepalive-") + QByteArray::number(++m_keepaliveSequence));
        m_pingSentMs = now;
        m_bytesAtPing = m_bytesReceived;
        // Check again after the shorter of both: a prompt pong keeps the interval's rhythm.
        m_keepaliveTimer.start(int(std::min<qint64>(intervalMs, qint64(m_pingTimeoutS) * 1000)));
    } else {
        m_keepaliveTimer.start(int(intervalMs - idle));
    }
}

// Suspension: with a bounded read buffer the socket stops taking bytes from the OS once it holds
// SuspendedReadBufferSize, so the kernel's receive window fills and the server is held back.
void WebSocketChannelPrivate::setSuspendCount(int count)
{
    const bool wasSuspended = m_suspendCount > 0;
    m_suspendCount = std::max(0, count);
    const bool suspended = m_suspendCount > 0;
    if (suspended == wasSuspended || m_finished)
        return;
    if (m_socket)
        m_socket->setReadBufferSize(suspended ? SuspendedReadBufferSize : 0);
    if (suspended) {
        m_keepaliveTimer.stop();
        return;
    }
    // The silence was ours: keepalive starts over, and a ping sent before is not held against the
    // server (its pong may be among the bytes not read yet).
    m_lastReceiveMs = nowMs();
    m_pingSentMs = -1;
    if (m_handshakeDone && !m_closeReceived)
        startKeepalive();
    // Bytes that arrived while suspended raise no new readyRead. An unbuffered socket has even
    // stopped watching for them (and for the peer's close): one read starts it again.
    QMetaObject::invokeMethod(
        q,
        [this] {
            if (m_suspendCount == 0 && m_socket && (m_unbuffered || m_socket->bytesAvailable() > 0))
                onReadyRead();
        },
        Qt::QueuedConnection);
}

// ---------------------------------------------------------------------------------------------
// Public API

WebSocketChannel::WebSocketChannel(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<WebSocketChannelPrivate>(this))
{
    qRegisterMetaType<Framewise::StopStatus>();
    qRegisterMetaType<Framewise::FrameInfo>();
    qRegisterMetaType<Framewise::HandshakeRequest>();
    qRegisterMetaType<Framewise::HandshakeResponse>();
    qRegisterMetaType<Framewise::SecurityInfo>();
}

WebSocketChannel::~WebSocketChannel()
{
    if (d->m_socket) {
        QObject::disconnect(d->m_socket, nullptr, this, nullptr);
        d->m_socket->abort();
    }
}

void WebSocketChannel::connectNotify(const QMetaMethod &signal)
{
    if (signal == QMetaMethod::fromSignal(&WebSocketChannel::frameSent))
        d->m_frameSentConnected = true;
    else if (signal == QMetaMethod::fromSignal(&WebSocketChannel::frameReceived))
        d->m_frameReceivedConnected = true;
    else if (signal == QMetaMethod::fromSignal(&WebSocketChannel::messageAvailable)
        || signal == QMetaMethod::fromSignal(&WebSocketChannel::binaryMessageAvailable))
        d->m_messageConnected = true;
}

ChannelError WebSocketChannel::asyncOpen(const QUrl &uri, const QString &origin, const QVariant &context)
{
    if (d->m_opened)
        return ChannelError::AlreadyOpened;
    const QString scheme = uri.scheme().toLower();
    if (!uri.isValid() || (scheme != QLatin1String("ws") && scheme != QLatin1String("wss")) || uri.host().isEmpty()
        || !uri.fragment().isEmpty())
        return ChannelError::InvalidUri;
    if (!HttpSyntax::isFieldValue(origin)) // it becomes the Origin header
        return ChannelError::InvalidArgument;
    d->m_opened = true;
    d->m_originalUri = uri;
    d->m_uri = uri;
    d->m_origin = origin;
    d->m_context = context;
    d->m_redirectChain = { uri };
    d->m_state = State::Connecting;
    QMetaObject::invokeMethod(
        this, [this] { d->startConnect(); }, Qt::QueuedConnection);
    return ChannelError::None;
}

ChannelError WebSocketChannel::acceptConnection(QAbstractSocket *socket, const HandshakeRequest &request,
    const ServerHandshake &answer, const QByteArray &leftover, const QVariant &context)
{
    if (d->m_opened)
        return ChannelError::AlreadyOpened;
    if (!socket || socket->state() != QAbstractSocket::ConnectedState || !answer.isAccepted())
        return ChannelError::InvalidArgument;
    d->m_opened = true;
    d->m_server = true;
    d->m_context = context;
    d->m_request = request;
    d->m_response = answer.response();
    d->m_response.timeUs = WallClock::nowUs();
    auto *ssl = qobject_cast<QSslSocket *>(socket);
    const bool secure = ssl && ssl->isEncrypted();
    if (secure) {
        d->m_tlsEstablished = true;
        d->m_securityInfo = SecurityInfo::fromSocket(*ssl, {});
    }
    // The URL the client asked for, as far as the request tells it.
    const QString host = QString::fromLatin1(request.headers.value("Host").trimmed());
    d->m_uri = QUrl(QLatin1String(secure ? "wss://" : "ws://") + host + QString::fromLatin1(request.target()));
    d->m_originalUri = d->m_uri;
    d->m_redirectChain = { d->m_uri };
    d->m_protocol = answer.subprotocol();
    d->m_extensions = QString::fromLatin1(answer.response().headers.value("Sec-WebSocket-Extensions").trimmed());
    d->m_parser.setExpectMasked(true);
    if (answer.isDeflateAgreed()) {
        d->m_deflate = answer.deflate();
        d->m_compressor = std::make_unique<DeflateCompressor>(d->m_deflate.serverMaxWindowBits,
            d->m_deflate.serverNoContextTakeover, d->m_deflateOptions.compressionLevel);
        d->m_inflater = std::make_unique<DeflateInflater>(d->m_deflate.clientNoContextTakeover);
        d->m_parser.setRsv1Allowed(true);
        d->m_assembler.setInflater(d->m_inflater.get());
    }
    socket->setParent(this);
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    d->m_socket = socket;
    d->m_state = State::Connecting;
    const QByteArray bytes = d->m_response.toBytes();
    socket->write(bytes);
    d->m_bytesSent += bytes.size();
    QMetaObject::invokeMethod(
        this, [this, leftover] { d->startAccepted(leftover); }, Qt::QueuedConnection);
    return ChannelError::None;
}

bool WebSocketChannel::isServerRole() const
{
    return d->m_server;
}

ChannelError WebSocketChannel::close(quint16 code, const QString &reason)
{
    const QByteArray reasonUtf8 = reason.toUtf8();
    if (code != CloseCode::None && !CloseCode::isSendable(code))
        return ChannelError::InvalidCloseCode;
    if (code == CloseCode::None && !reasonUtf8.isEmpty())
        return ChannelError::InvalidCloseCode;
    if (reasonUtf8.size() > 123)
        return ChannelError::ReasonTooLong;
    if (!d->m_opened)
        return ChannelError::NotOpen;
    if (d->m_finished || d->m_closeSent)
        return ChannelError::Closing;
    if (!d->m_handshakeDone) {
        d->finish(StopReason::Aborted, tr("Closed before the connection was established."));
        return ChannelError::None;
    }
    d->setSuspendCount(0); // the server's Close must be read
    d->sendClose(code, reasonUtf8);
    if (d->m_closeReceived) {
        d->completeClose();
        return ChannelError::None;
    }
    d->setState(State::Closing);
    d->m_closeTimer.start(d->m_closeTimeoutMs);
    return ChannelError::None;
}

void WebSocketChannel::suspend()
{
    d->setSuspendCount(d->m_suspendCount + 1);
}

void WebSocketChannel::resume()
{
    d->setSuspendCount(d->m_suspendCount - 1);
}

bool WebSocketChannel::isSuspended() const
{
    return d->m_suspendCount > 0;
}

void WebSocketChannel::setObserver(ChannelObserver *observer)
{
    d->m_observer = observer;
}

void WebSocketChannel::abort()
{
    if (d->m_opened && !d->m_finished)
        d->finish(StopReason::Aborted, tr("The connection was aborted."));
}

ChannelError WebSocketChannel::sendMsg(const QByteArray &utf8)
{
    if (const ChannelError error = d->checkCanSend(); error != ChannelError::None)
        return error;
    if (!Utf8Validator::isValid(utf8.constData(), utf8.size()))
        return ChannelError::InvalidArgument;
    d->queueMessage(Opcode::Text, utf8);
    return ChannelError::None;
}

ChannelError WebSocketChannel::sendMsg(const QString &text)
{
    if (const ChannelError error = d->checkCanSend(); error != ChannelError::None)
        return error;
    d->queueMessage(Opcode::Text, text.toUtf8());
    return ChannelError::None;
}

ChannelError WebSocketChannel::sendBinaryMsg(const QByteArray &data)
{
    if (const ChannelError error = d->checkCanSend(); error != ChannelError::None)
        return error;
    d->queueMessage(Opcode::Binary, data);
    return ChannelError::None;
}

ChannelError WebSocketChannel::sendBinaryStream(QIODevice *stream, qint64 length)
{
    if (const ChannelError error = d->checkCanSend(); error != ChannelError::None)
        return error;
    if (!stream || !stream->isReadable() || length < 0)
        return ChannelError::InvalidArgument;
    if (d->m_streaming)
        d->m_queue.push_back({ Opcode::Binary, QByteArray(), stream, length });
    else
        d->startStream(stream, length);
    return ChannelError::None;
}

ChannelError WebSocketChannel::ping(const QByteArray &payload)
{
    if (payload.size() > 125)
        return ChannelError::InvalidArgument;
    if (const ChannelError error = d->checkCanSend(); error != ChannelError::None)
        return error;
    d->sendPing(payload);
    return ChannelError::None;
}

QUrl WebSocketChannel::originalURI() const
{
    return d->m_originalUri;
}

QUrl WebSocketChannel::URI() const
{
    return d->m_uri;
}

QString WebSocketChannel::protocol() const
{
    if (d->m_handshakeDone)
        return d->m_protocol;
    return d->m_requestedProtocols.join(QStringLiteral(", "));
}

ChannelError WebSocketChannel::setProtocols(const QStringList &protocols)
{
    if (!d->canConfigure())
        return ChannelError::InProgress;
    for (const auto &protocol : protocols) {
        // RFC 6455: subprotocol names are HTTP tokens.
        if (!HttpSyntax::isToken(protocol))
            return ChannelError::InvalidArgument;
    }
    d->m_requestedProtocols = protocols;
    return ChannelError::None;
}

QStringList WebSocketChannel::requestedProtocols() const
{
    return d->m_requestedProtocols;
}

QString WebSocketChannel::extensions() const
{
    return d->m_extensions;
}

int WebSocketChannel::pingInterval() const
{
    return d->m_pingIntervalS;
}

ChannelError WebSocketChannel::setPingInterval(int seconds)
{
    if (!d->canConfigure())
        return ChannelError::InProgress;
    if (seconds < 0)
        return ChannelError::InvalidArgument;
    d->m_pingIntervalS = seconds;
    return ChannelError::None;
}

int WebSocketChannel::pingTimeout() const
{
    return d->m_pingTimeoutS;
}

ChannelError WebSocketChannel::setPingTimeout(int seconds)
{
    if (!d->canConfigure())
        return ChannelError::InProgress;
    if (seconds <= 0)
        return ChannelError::InvalidArgument;
    d->m_pingTimeoutS = seconds;
    return ChannelError::None;
}

SecurityInfo WebSocketChannel::securityInfo() const
{
    return d->m_securityInfo;
}

QVariant WebSocketChannel::context() const
{
    return d->m_context;
}

WebSocketChannel::State WebSocketChannel::state() const
{
    return d->m_state;
}

StopStatus WebSocketChannel::stopStatus() const
{
    return d->m_status;
}

ChannelError WebSocketChannel::setRequestHeaders(const HttpHeaders &headers)
{
    if (!d->canConfigure())
        return ChannelError::InProgress;
    for (const auto &[name, value] : headers.entries()) {
        // A header name is an HTTP token; values may not break the request into new lines; the
        // protocol's own headers come from the channel's settings.
        if (!HttpSyntax::isToken(name) || !HttpSyntax::isFieldValue(value) || HttpSyntax::isOwnedByChannel(name))
            return ChannelError::InvalidArgument;
    }
    d->m_requestHeaders = headers;
    return ChannelError::None;
}

HttpHeaders WebSocketChannel::requestHeaders() const
{
    return d->m_requestHeaders;
}

ChannelError WebSocketChannel::setUserAgent(const QByteArray &userAgent)
{
    if (!d->canConfigure())
        return ChannelError::InProgress;
    if (!HttpSyntax::isFieldValue(userAgent))
        return ChannelError::InvalidArgument;
    d->m_userAgent = userAgent;
    return ChannelError::None;
}

ChannelError WebSocketChannel::setOpenTimeout(int ms)
{
    if (!d->canConfigure())
        return ChannelError::InProgress;
    if (ms <= 0)
        return ChannelError::InvalidArgument;
    d->m_openTimeoutMs = ms;
    return ChannelError::None;
}

ChannelError WebSocketChannel::setCloseTimeout(int ms)
{
    if (!d->canConfigure())
        return ChannelError::InProgress;
    if (ms <= 0)
        return ChannelError::InvalidArgument;
    d->m_closeTimeoutMs = ms;
    return ChannelError::None;
}

ChannelError WebSocketChannel::setMaxMessageSize(qint64 bytes)
{
    if (!d->canConfigure())
        return ChannelError::InProgress;
    if (bytes <= 0)
        return ChannelError::InvalidArgument;
    d->m_assembler.setMaxMessageSize(bytes);
    return ChannelError::None;
}

qint64 WebSocketChannel::maxMessageSize() const
{
    return d->m_assembler.maxMessageSize();
}

ChannelError WebSocketChannel::setMaxFrameSize(qint64 bytes)
{
    if (!d->canConfigure())
        return ChannelError::InProgress;
    if (bytes <= 0)
        return ChannelError::InvalidArgument;
    d->m_parser.setMaxFrameSize(bytes);
    return ChannelError::None;
}

ChannelError WebSocketChannel::setSslConfiguration(const QSslConfiguration &configuration)
{
    if (!d->canConfigure())
        return ChannelError::InProgress;
    d->m_sslConfiguration = configuration;
    return ChannelError::None;
}

ChannelError WebSocketChannel::setCertificatePins(const QList<CertificatePin> &pins)
{
    if (!d->canConfigure())
        return ChannelError::InProgress;
    d->m_pins = pins;
    return ChannelError::None;
}

ChannelError WebSocketChannel::setCredentials(const QString &user, const QString &password)
{
    if (!d->canConfigure())
        return ChannelError::InProgress;
    d->m_user = user;
    d->m_password = password;
    return ChannelError::None;
}

ChannelError WebSocketChannel::setProxy(const QNetworkProxy &proxy)
{
    if (!d->canConfigure())
        return ChannelError::InProgress;
    d->m_proxy = proxy;
    return ChannelError::None;
}

ChannelError WebSocketChannel::setFollowRedirects(bool follow, int maxHops)
{
    if (!d->canConfigure())
        return ChannelError::InProgress;
    if (maxHops < 0)
        return ChannelError::InvalidArgument;
    d->m_followRedirects = follow;
    d->m_maxRedirects = maxHops;
    return ChannelError::None;
}

QList<QUrl> WebSocketChannel::redirectChain() const
{
    return d->m_redirectChain;
}

ChannelError WebSocketChannel::setDeflateOptions(const DeflateOptions &options)
{
    if (!d->canConfigure())
        return ChannelError::InProgress;
    const auto bitsOk = [](int bits, int low) { return bits == low || (bits >= 8 && bits <= 15); };
    if (!bitsOk(options.serverMaxWindowBits, 0)
        || !(options.clientMaxWindowBits == -1 || bitsOk(options.clientMaxWindowBits, 0))
        || options.compressionThreshold < 0)
        return ChannelError::InvalidArgument;
    d->m_deflateOptions = options;
    return ChannelError::None;
}

DeflateOptions WebSocketChannel::deflateOptions() const
{
    return d->m_deflateOptions;
}

bool WebSocketChannel::isCompressionActive() const
{
    return d->m_compressor != nullptr;
}

DeflateParameters WebSocketChannel::agreedDeflate() const
{
    return d->m_deflate;
}

void WebSocketChannel::setAutoReplyClose(bool enabled)
{
    d->m_autoReplyClose = enabled;
}

void WebSocketChannel::setAutoReplyPing(bool enabled)
{
    d->m_autoReplyPing = enabled;
}

ChannelError WebSocketChannel::sendPong(const QByteArray &payload)
{
    if (payload.size() > 125)
        return ChannelError::InvalidArgument;
    if (const ChannelError error = d->checkCanSend(); error != ChannelError::None)
        return error;
    d->writeFrame(Opcode::Pong, true, payload.constData(), payload.size(), payload);
    d->scheduleFlush();
    return ChannelError::None;
}

qint64 WebSocketChannel::bytesToWrite() const
{
    return d->m_out.size() + (d->m_socket ? d->m_socket->bytesToWrite() : 0);
}

void WebSocketChannel::setStreamFragmentSize(qint64 bytes)
{
    if (bytes > 0)
        d->m_streamFragmentSize = bytes;
}

const HandshakeRequest &WebSocketChannel::handshakeRequest() const
{
    return d->m_request;
}

const HandshakeResponse &WebSocketChannel::handshakeResponse() const
{
    return d->m_response;
}

qint64 WebSocketChannel::bytesReceived() const
{
    return d->m_bytesReceived;
}

qint64 WebSocketChannel::bytesSent() const
{
    return d->m_bytesSent;
}

} // namespace Framewise
