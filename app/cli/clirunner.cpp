// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include "clijson.h"

#include "closecode.h"
#include "localechoserver.h"
#include "rttprobe.h"
#include "securityinfo.h"
#include "session.h"
#include "sessionrecorder.h"
#include "sessionstore.h"
#include "terminaltext.h"
#include "terminationsignals.h"
#include "utf8validator.h"
#include "websocketchannel.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace Framewise {

namespace {

constexpr qsizetype MaxCloseReasonBytes = 123;
constexpr qsizetype MaxShownBodyBytes = 1024; // of a refused handshake's body, in the human output

QString opcodeName(quint8 opcode)
{
    return QString::fromLatin1(Opcode::name(opcode));
}

} // namespace

int CliRunner::exitCodeFor(StopReason reason)
{
    switch (reason) {
    case StopReason::Ok:
        return ExitOk;
    case StopReason::ConnectionRefused:
        return 11;
    case StopReason::HostNotFound:
        return 12;
    case StopReason::OpenTimeout:
        return 13;
    case StopReason::HandshakeRejected:
        return 14;
    case StopReason::HandshakeInvalid:
        return 15;
    case StopReason::ProtocolError:
        return 16;
    case StopReason::InvalidPayload:
        return 17;
    case StopReason::MessageTooLarge:
        return 18;
    case StopReason::PingTimeout:
        return 19;
    case StopReason::CloseTimeout:
        return 20;
    case StopReason::ConnectionLost:
        return 21;
    case StopReason::TlsFailed:
        return 22;
    case StopReason::NetworkError:
        return 23;
    case StopReason::Aborted:
        return 24;
    case StopReason::RedirectFailed:
        return 25;
    }
    return ExitInternal;
}

QString CliRunner::exitCodeTable()
{
    const struct {
        StopReason reason;
        const char *text;
    } rows[] = {
        { StopReason::ConnectionRefused, QT_TR_NOOP("nothing listens on the port") },
        { StopReason::HostNotFound, QT_TR_NOOP("the host name could not be resolved") },
        { StopReason::OpenTimeout, QT_TR_NOOP("the connection was not open within --timeout-open") },
        { StopReason::HandshakeRejected,
            QT_TR_NOOP("the server answered the upgrade with an HTTP status other than 101") },
        { StopReason::HandshakeInvalid, QT_TR_NOOP("the server's 101 answer breaks RFC 6455") },
        { StopReason::ProtocolError, QT_TR_NOOP("the server broke the framing rules (1002 sent)") },
        { StopReason::InvalidPayload, QT_TR_NOOP("text or a close reason was not UTF-8 (1007 sent)") },
        { StopReason::MessageTooLarge, QT_TR_NOOP("a message exceeded the size limit (1009 sent)") },
        { StopReason::PingTimeout, QT_TR_NOOP("no answer to a keepalive ping within --ping-timeout") },
        { StopReason::CloseTimeout, QT_TR_NOOP("the server did not answer our Close in time") },
        { StopReason::ConnectionLost, QT_TR_NOOP("the connection ended without a Close frame (1006)") },
        { StopReason::TlsFailed, QT_TR_NOOP("the TLS handshake or certificate check failed") },
        { StopReason::NetworkError, QT_TR_NOOP("another network error") },
        { StopReason::Aborted, QT_TR_NOOP("interrupted before the connection was open, or twice") },
        { StopReason::RedirectFailed, QT_TR_NOOP("a handshake redirect could not be followed") },
    };
    QString table = tr("Exit status:") + u'\n';
    table += QStringLiteral("  %1  %2\n").arg(ExitOk, -2).arg(tr("the connection was closed cleanly"));
    table += QStringLiteral("  %1  %2\n")
                 .arg(ExitInternal, -2)
                 .arg(tr("internal error (the local echo server could not start)"));
    table += QStringLiteral("  %1  %2\n").arg(ExitUsage, -2).arg(tr("usage error: bad URL or option value"));
    table += QStringLiteral("  %1  %2\n")
                 .arg(ExitStore, -2)
                 .arg(tr("the session database or a file could not be used (sessions, export, import, --profile)"));
    for (const auto &row : rows) {
        table += QStringLiteral("  %1  %2: %3\n")
                     .arg(exitCodeFor(row.reason), -2)
                     .arg(StopStatus::reasonName(row.reason), tr(row.text));
    }
    return table;
}

QString CliRunner::checkUrl(const QUrl &url, const QString &asTyped)
{
    const QString shown = asTyped.isEmpty() ? url.toString() : asTyped;
    if (url.isEmpty() && asTyped.isEmpty())
        return tr("No URL given.");
    if (!url.isValid()) // QUrl's text is "what; source was ...; scheme = ...": the first part is the news
        return tr("“%1” is not a valid URL: %2.").arg(shown, url.errorString().section(u';', 0, 0));
    const QString scheme = url.scheme().toLower();
    if (scheme.isEmpty())
        return tr("“%1” has no scheme; write ws://host/ or wss://host/.").arg(shown);
    if (scheme != QLatin1String("ws") && scheme != QLatin1String("wss"))
        return tr("“%1” uses the scheme “%2”; only ws:// and wss:// are WebSocket URLs.").arg(shown, scheme);
    if (url.host().isEmpty())
        return tr("“%1” has no host.").arg(shown);
    if (url.hasFragment())
        return tr("“%1” has a fragment (#%2), which WebSocket URLs may not have.").arg(shown, url.fragment());
    return {};
}

QString CliRunner::validate(const Options &options)
{
    if (options.localEcho && !options.url.isEmpty())
        return tr("Give either a URL or --local-echo, not both.");
    if (!options.localEcho) {
        QString problem = checkUrl(options.url);
        if (!problem.isEmpty())
            return problem;
    }
    if (options.closeCode != CloseCode::None && !CloseCode::isSendable(options.closeCode))
        return tr("--close-code %1 may not be sent in a Close frame; use 1000-1003, 1007-1014 or 3000-4999 (or 0 for "
                  "none).")
            .arg(options.closeCode);
    const qsizetype reasonBytes = options.closeReason.toUtf8().size();
    if (reasonBytes > MaxCloseReasonBytes)
        return tr("--close-reason is %n bytes of UTF-8; at most %1 fit in a Close frame.", nullptr, int(reasonBytes))
            .arg(MaxCloseReasonBytes);
    if (options.closeCode == CloseCode::None && !options.closeReason.isEmpty())
        return tr("--close-reason needs a close code; --close-code 0 sends none.");
    if (options.count < -1)
        return tr("--count must be 0 or more.");
    // What would reach the wire: no line breaks or control bytes, no header the channel owns.
    if (const QStringList problems = connectionSettings(options).problems(); !problems.isEmpty())
        return problems.first();
    if (!options.sendFile.isEmpty()) {
        const QFileInfo info(options.sendFile);
        if (!info.exists())
            return tr("--send-file %1: no such file.").arg(options.sendFile);
        if (!info.isFile())
            return tr("--send-file %1: not a regular file (its length must be known before sending).")
                .arg(options.sendFile);
    }
    return {};
}

ConnectionSettings CliRunner::connectionSettings(const Options &options)
{
    ConnectionSettings settings;
    settings.url = options.url;
    settings.origin = options.origin;
    settings.protocols = options.protocols;
    settings.headers = options.headers;
    settings.pingIntervalS = options.pingInterval;
    settings.pingTimeoutS = options.pingTimeout;
    settings.rttProbeIntervalS = options.rttProbeInterval;
    settings.deflate.enabled = options.compression;
    settings.caFiles = options.caFiles;
    settings.pins = options.pins;
    settings.clientCertificate = options.clientCertificate;
    settings.clientKey = options.clientKey;
    settings.pkcs12 = options.pkcs12;
    settings.keyPassphrase = options.keyPassphrase;
    settings.proxy = options.proxy;
    settings.systemProxy = options.systemProxy;
    settings.user = options.user;
    settings.password = options.password;
    settings.secretHeaders = options.secretHeaders;
    settings.secretValues = options.secretValues;
    return settings;
}

QString CliRunner::shown(const QString &text) const
{
    return m_options.showSecrets ? text : m_settings.redact(text);
}

QString CliRunner::shownUrl(const QUrl &url) const
{
    return m_options.showSecrets ? url.toString() : m_settings.redactedUrl(url);
}

HttpHeaders CliRunner::shownHeaders(const HttpHeaders &headers) const
{
    return m_options.showSecrets ? headers : m_settings.redactedHeaders(headers);
}

CliRunner::CliRunner(const Options &options, QTextStream *out, QTextStream *err, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_out(out)
    , m_err(err)
{
    m_linger.setSingleShot(true);
    connect(&m_linger, &QTimer::timeout, this, &CliRunner::closeNow);
}

CliRunner::~CliRunner()
{
    flushJsonLines(); // nothing printed is lost
    if (m_session)
        m_session->setOnwardObserver(nullptr);
    else if (m_channel)
        m_channel->setObserver(nullptr);
    if (m_session) {
        m_session->disconnect(this);
        delete m_recorder; // ends the stored session before the store closes
        delete m_session;
        m_channel = nullptr;
    }
    m_store.reset();
}

bool CliRunner::handleTerminationSignals()
{
    if (!m_signals)
        m_signals = new TerminationSignals([this] { interrupt(); }, this);
    return m_signals->isInstalled();
}

void CliRunner::writeError(const QString &message)
{
    *m_err << tr("framewise-cli: %1").arg(TerminalText::safe(message)) << '\n';
    m_err->flush();
}

void CliRunner::fail(int exitCode, const QString &message)
{
    writeError(message);
    if (exitCode == ExitUsage) {
        *m_err << tr("Try 'framewise-cli --help' for the options.") << '\n';
        m_err->flush();
    }
    finish(exitCode);
}

void CliRunner::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_linger.stop();
    flushJsonLines();
    QMetaObject::invokeMethod(
        this, [this, exitCode] { Q_EMIT finished(exitCode); }, Qt::QueuedConnection);
}

void CliRunner::start()
{
    const QString problem = validate(m_options);
    if (!problem.isEmpty())
        return fail(ExitUsage, problem);
    if (!m_options.sendFile.isEmpty()) {
        m_file = std::make_unique<QFile>(m_options.sendFile);
        if (!m_file->open(QIODevice::ReadOnly))
            return fail(ExitUsage, tr("--send-file %1: %2").arg(m_options.sendFile, m_file->errorString()));
    }
    if (m_options.localEcho) {
        m_server = std::make_unique<LocalEchoServer>();
        if (!m_server->start())
            return fail(ExitInternal, tr("The local echo server could not start: %1").arg(m_server->errorString()));
        m_options.url = m_server->url();
    }

    m_settings = connectionSettings(m_options);
    if (m_options.record)
        return startRecording();

    m_channel = new WebSocketChannel(this);
    if (m_channel->setOpenTimeout(m_options.openTimeoutMs) != ChannelError::None)
        return fail(ExitUsage, tr("--timeout-open must be 1 or more milliseconds."));
    QString why;
    if (!m_settings.applyTo(m_channel, &why))
        return fail(ExitUsage, why); // a CA file, key, pin or proxy that cannot be used
    connectChannel();
    if (m_settings.rttProbeIntervalS > 0) {
        m_probe = new RttProbe(this);
        m_probe->start(m_channel, m_settings.rttProbeIntervalS);
    }

    const ChannelError error = m_channel->asyncOpen(m_options.url, m_options.origin);
    if (error != ChannelError::None)
        return fail(ExitUsage, tr("Cannot open %1: %2").arg(shownUrl(m_options.url), describeChannelError(error)));
}

void CliRunner::startRecording()
{
    // A store that cannot be used is said once; the connection runs all the same.
    m_store = std::make_unique<SessionStore>();
    if (!m_store->open(m_options.databasePath))
        writeError(tr("Not recording: %1").arg(m_store->errorString()));
    connect(m_store.get(), &SessionStore::errorOccurred, this,
        [this](const QString &message) { writeError(tr("Recording stopped: %1").arg(message)); });
    m_session = new Session(this);
    m_session->setOpenTimeout(m_options.openTimeoutMs);
    // The same settings as the plain path, secrets and all: what the window hides, this hides.
    m_recorder = new SessionRecorder(m_session, m_store.get(), this);
    m_recorder->setProfileName(m_options.profileName);
    m_recorder->start();

    QString why;
    const ChannelError error = m_session->open(m_settings, &why);
    if (error == ChannelError::InvalidArgument && !why.isEmpty())
        return fail(ExitUsage, why); // a CA file, key, pin or proxy that cannot be used
    if (error != ChannelError::None)
        return fail(ExitUsage, tr("Cannot open %1: %2").arg(shownUrl(m_options.url), describeChannelError(error)));
    m_channel = m_session->channel();
    connectChannel();
}

void CliRunner::connectChannel()
{
    connect(m_channel, &WebSocketChannel::handshakeRequestSent, this, &CliRunner::onHandshakeRequest);
    connect(m_channel, &WebSocketChannel::handshakeResponseReceived, this, &CliRunner::onHandshakeResponse);
    connect(m_channel, &WebSocketChannel::secured, this, &CliRunner::onSecured);
    connect(m_channel, &WebSocketChannel::redirected, this, [this](const QUrl &from, const QUrl &to, int status) {
        emitEvent(QStringLiteral("redirect"),
            { { QStringLiteral("from"), shownUrl(from) }, { QStringLiteral("to"), shownUrl(to) },
                { QStringLiteral("http_status"), status } },
            tr("* redirected (%1) to %2").arg(status).arg(shownUrl(to)));
    });
    connect(m_channel, &WebSocketChannel::started, this, &CliRunner::onStarted);
    // Messages and frames received: observeMessage() and observeFrameReceived().
    if (m_session)
        m_session->setOnwardObserver(this); // the session records first, as it is the channel's observer
    else
        m_channel->setObserver(this);
    connect(m_channel, &WebSocketChannel::acknowledged, this, &CliRunner::onAcknowledged);
    connect(m_channel, &WebSocketChannel::frameSent, this, &CliRunner::onFrameSent);
    connect(m_channel, &WebSocketChannel::pingReceived, this, [this](const QByteArray &payload) {
        emitPayloadEvent(QStringLiteral("ping"), QStringLiteral("in"), QStringLiteral("ping"), payload,
            tr("< ping %1 B").arg(payload.size()));
    });
    connect(m_channel, &WebSocketChannel::pongReceived, this, [this](const QByteArray &payload, qint64 rttUs) {
        QJsonObject fields;
        QString human = tr("< pong %1 B").arg(payload.size());
        if (rttUs >= 0) {
            fields.insert(QStringLiteral("rtt_ms"), double(rttUs) / 1000.0);
            human += tr(", round trip %1 ms").arg(double(rttUs) / 1000.0, 0, 'f', 2);
        } else {
            fields.insert(QStringLiteral("unsolicited"), true);
            human += tr(" (unsolicited)");
        }
        emitPayloadEvent(QStringLiteral("pong"), QStringLiteral("in"), QStringLiteral("pong"), payload, human, fields);
    });
    // The server started the closing handshake: nothing more will arrive.
    connect(m_channel, &WebSocketChannel::serverClosed, this, [this] { m_linger.stop(); });
    connect(m_channel, &WebSocketChannel::errorOccurred, this, &CliRunner::onError);
    // Recording: the session's stopped() comes after it logged the end, so the recorder has it all.
    if (m_session)
        connect(m_session, &Session::stopped, this, &CliRunner::onStopped);
    else
        connect(m_channel, &WebSocketChannel::stopped, this, &CliRunner::onStopped);
}

ChannelError CliRunner::sendMessage(bool text, const QByteArray &payload)
{
    if (m_session) // recorded: the session logs what it sends
        return text ? m_session->sendText(QString::fromUtf8(payload)) : m_session->sendBinary(payload);
    return text ? m_channel->sendMsg(payload) : m_channel->sendBinaryMsg(payload);
}

void CliRunner::reportRecording()
{
    if (!m_store || !m_recorder)
        return;
    m_store->flush();
    const qint64 id = m_recorder->sessionId();
    if (id < 0 || !m_store->canRecord())
        return; // the reason was written when it happened
    emitEvent(QStringLiteral("recorded"),
        { { QStringLiteral("session"), id }, { QStringLiteral("records"), m_recorder->recordedCount() },
            { QStringLiteral("database"), m_store->path() } },
        tr("* recorded as session %1 (%n records) in %2", nullptr, int(m_recorder->recordedCount()))
            .arg(id)
            .arg(m_store->path()));
}

// Formatted once per millisecond, not once per event.
QByteArray CliRunner::eventTime()
{
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    if (ms != m_timeMs) {
        m_timeMs = ms;
        m_timeText = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
    }
    return m_timeText;
}

void CliRunner::queueJsonLine()
{
    constexpr qsizetype BatchBytes = qsizetype(64) * 1024;
    if (m_jsonLines.size() >= BatchBytes) {
        flushJsonLines();
        return;
    }
    if (m_jsonFlushScheduled)
        return;
    m_jsonFlushScheduled = true;
    QMetaObject::invokeMethod(
        this, [this] { flushJsonLines(); }, Qt::QueuedConnection);
}

void CliRunner::flushJsonLines()
{
    m_jsonFlushScheduled = false;
    if (m_jsonLines.isEmpty())
        return;
    m_out->flush();
    if (QIODevice *device = m_out->device()) {
        device->write(m_jsonLines);
        if (auto *file = qobject_cast<QFileDevice *>(device))
            file->flush();
    } else {
        *m_out << QString::fromUtf8(m_jsonLines);
        m_out->flush();
    }
    m_jsonLines.resize(0);
}

void CliRunner::emitEvent(const QString &event, QJsonObject fields, const QString &human)
{
    if (m_options.jsonl) {
        if (m_options.quiet && event != QLatin1String("error"))
            return;
        flushJsonLines();
        fields.insert(QStringLiteral("time"), QString::fromLatin1(eventTime()));
        fields.insert(QStringLiteral("event"), event);
        *m_out << QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)) << '\n';
        m_out->flush();
        return;
    }
    if (m_options.quiet || human.isEmpty())
        return;
    *m_out << TerminalText::safe(human) << '\n';
    m_out->flush();
}

void CliRunner::emitPayloadEvent(const QString &event, const QString &direction, const QString &opcode,
    const QByteArray &payload, const QString &human, QJsonObject fields)
{
    if (m_options.jsonl) {
        fields.insert(QStringLiteral("direction"), direction);
        fields.insert(QStringLiteral("opcode"), opcode);
        CliJson::insertPayload(fields, opcode == QLatin1String("text"), payload);
    }
    emitEvent(event, fields, human);
}

void CliRunner::onHandshakeRequest(const HandshakeRequest &request)
{
    if (!m_options.jsonl)
        return;
    emitEvent(QStringLiteral("handshake"),
        { { QStringLiteral("direction"), QStringLiteral("out") },
            { QStringLiteral("request_line"), shown(QString::fromUtf8(request.requestLine)) },
            { QStringLiteral("headers"), CliJson::headers(shownHeaders(request.headers)) } },
        {});
}

void CliRunner::onHandshakeResponse(const HandshakeResponse &response)
{
    const HttpHeaders headers = shownHeaders(response.headers);
    QJsonObject fields { { QStringLiteral("direction"), QStringLiteral("in") },
        { QStringLiteral("status_line"), QString::fromUtf8(response.statusLine) },
        { QStringLiteral("status"), response.statusCode }, { QStringLiteral("headers"), CliJson::headers(headers) } };
    // A body a script can read as it is: text when it is UTF-8, base64 otherwise.
    const bool textBody = Utf8Validator::isValid(response.body.constData(), response.body.size());
    // A server may echo a credential back in its refusal: secrets are dotted out here too.
    const QByteArray body = m_options.showSecrets ? response.body : m_settings.redactBytes(response.body);
    if (!body.isEmpty()) {
        if (textBody)
            fields.insert(QStringLiteral("body"), shown(QString::fromUtf8(body)));
        else
            fields.insert(QStringLiteral("body_base64"), QString::fromLatin1(body.toBase64()));
        fields.insert(QStringLiteral("body_truncated"), response.bodyTruncated);
    }
    // People see the answer, as curl -i shows it, only when it is not the upgrade; the error line
    // on stderr says why the connection ended.
    QString human;
    if (response.statusCode != 101) {
        QStringList lines { QStringLiteral("< ") + QString::fromUtf8(response.statusLine) };
        for (const auto &[name, value] : headers.entries())
            lines.append(QStringLiteral("< %1: %2").arg(QString::fromLatin1(name), QString::fromUtf8(value)));
        if (!body.isEmpty()) {
            lines.append(QStringLiteral("<"));
            lines.append(textBody ? shown(QString::fromUtf8(body.left(MaxShownBodyBytes))).trimmed()
                                  : tr("(%n bytes of binary data)", nullptr, int(response.body.size())));
            if (body.size() > MaxShownBodyBytes || response.bodyTruncated)
                lines.append(tr("(the body goes on: --jsonl has all of it that was read)"));
        }
        human = lines.join(u'\n');
    }
    emitEvent(QStringLiteral("handshake"), fields, human);
}

// What a wss:// connection got, with the fields of the window's TLS pane, so that a script can
// check a server's certificate (its chain, leaf first, with SHA-256 fingerprints).
void CliRunner::onSecured(const SecurityInfo &info)
{
    QJsonArray chain;
    for (const QSslCertificate &certificate : info.peerChain) {
        chain.append(QJsonObject { { QStringLiteral("subject"), SecurityInfo::subjectLine(certificate) },
            { QStringLiteral("issuer"), SecurityInfo::issuerLine(certificate) },
            { QStringLiteral("valid_from"), certificate.effectiveDate().toUTC().toString(Qt::ISODate) },
            { QStringLiteral("valid_until"), certificate.expiryDate().toUTC().toString(Qt::ISODate) },
            { QStringLiteral("sha256"), SecurityInfo::sha256Fingerprint(certificate) } });
    }
    const QJsonObject fields { { QStringLiteral("protocol"), info.protocol }, { QStringLiteral("cipher"), info.cipher },
        { QStringLiteral("cipher_bits"), info.cipherBits }, { QStringLiteral("server_name"), info.serverName },
        { QStringLiteral("verified"), info.verified }, { QStringLiteral("trusted_by_pin"), info.trustedByPin },
        { QStringLiteral("verification_errors"), QJsonArray::fromStringList(info.verificationErrors) },
        { QStringLiteral("chain"), chain } };
    QStringList human { tr("* TLS: %1, %2 (%n bits)", nullptr, info.cipherBits).arg(info.protocol, info.cipher) };
    if (!info.peerChain.isEmpty()) {
        const QSslCertificate &leaf = info.peerChain.first();
        human.append(tr("* certificate: %1, issued by %2, valid until %3")
                         .arg(SecurityInfo::subjectLine(leaf), SecurityInfo::issuerLine(leaf),
                             leaf.expiryDate().toUTC().toString(Qt::ISODate)));
        human.append(tr("* SHA-256: %1").arg(SecurityInfo::sha256Fingerprint(leaf)));
    }
    human.append(info.verified ? tr("* verified")
            : info.trustedByPin
            ? tr("* not verified (%1); trusted by your pin").arg(info.verificationErrors.join(QStringLiteral("; ")))
            : tr("* not verified: %1").arg(info.verificationErrors.join(QStringLiteral("; "))));
    if (!info.verified && !info.trustedByPin && !info.peerChain.isEmpty()) {
        human.append(tr("* to trust this certificate anyway (and no other): --pin %1")
                         .arg(SecurityInfo::sha256Fingerprint(info.peerChain.first())));
    }
    emitEvent(QStringLiteral("tls"), fields, human.join(u'\n'));
}

void CliRunner::onStarted()
{
    const QString url = shownUrl(m_channel->URI());
    const QString protocol = m_channel->protocol();
    const QString extensions = m_channel->extensions();
    QStringList details;
    if (!protocol.isEmpty())
        details.append(tr("protocol: %1").arg(protocol));
    if (!extensions.isEmpty())
        details.append(tr("extensions: %1").arg(extensions));
    QString human = tr("* connected to %1").arg(url);
    if (!details.isEmpty())
        human += QStringLiteral(" (") + details.join(QStringLiteral("; ")) + u')';
    emitEvent(QStringLiteral("open"),
        { { QStringLiteral("url"), url }, { QStringLiteral("protocol"), protocol },
            { QStringLiteral("extensions"), extensions } },
        human);
    sendScripted();
}

void CliRunner::sendScripted()
{
    for (const QString &text : std::as_const(m_options.send)) {
        const QByteArray utf8 = text.toUtf8();
        const ChannelError error = sendMessage(true, utf8);
        if (error != ChannelError::None) {
            writeError(tr("Cannot send “%1”: %2").arg(text, describeChannelError(error)));
            continue;
        }
        ++m_scriptedSends;
        emitPayloadEvent(QStringLiteral("message"), QStringLiteral("out"), QStringLiteral("text"), utf8,
            tr("> text %1 B: %2").arg(utf8.size()).arg(text));
    }
    if (m_file) {
        const qint64 size = m_file->size();
        QString why;
        const ChannelError error = m_session ? m_session->sendFile(m_options.sendFile, &why)
                                             : m_channel->sendBinaryStream(m_file.get(), size);
        if (error != ChannelError::None) {
            writeError(
                why.isEmpty() ? tr("Cannot send %1: %2").arg(m_options.sendFile, describeChannelError(error)) : why);
        } else {
            ++m_scriptedSends;
            emitEvent(QStringLiteral("message"),
                { { QStringLiteral("direction"), QStringLiteral("out") },
                    { QStringLiteral("opcode"), QStringLiteral("binary") }, { QStringLiteral("size"), size },
                    { QStringLiteral("file"), m_options.sendFile } },
                tr("> binary %1 B from %2").arg(size).arg(m_options.sendFile));
        }
    }
    maybeFinishSending();
}

void CliRunner::onAcknowledged()
{
    // Acknowledgements come in send order, and the scripted messages are sent before any echo.
    ++m_acknowledged;
    maybeFinishSending();
}

void CliRunner::maybeFinishSending()
{
    if (m_sendingDone || m_acknowledged < m_scriptedSends)
        return;
    m_sendingDone = true;
    m_file.reset(); // acknowledged: the channel no longer reads it
    if (m_options.count == 0) {
        closeNow();
        return;
    }
    // Only --send / --send-file: give replies a quiet moment to arrive, then close.
    if (m_scriptedSends > 0 && !m_options.echo && m_options.count < 0)
        m_linger.start(m_options.lingerMs);
}

void CliRunner::observeFrameReceived(const FrameInfo &frame)
{
    if (frame.opcode == Opcode::Close)
        reportClose(QStringLiteral("in"), frame.controlPayload);
}

void CliRunner::onMessage(bool text, const QByteArray &payload)
{
    ++m_received;
    // Under --quiet nothing of a message is printed, so nothing of it is formatted either; the
    // human line is made only for people, not for --jsonl.
    const bool printed = !m_options.quiet;
    const bool human = printed && !m_options.jsonl;
    const QString opcode = text ? QStringLiteral("text") : QStringLiteral("binary");
    if (printed && m_options.jsonl) {
        CliJson::appendMessageLine(m_jsonLines, eventTime(), text, payload);
        queueJsonLine();
    } else if (printed) {
        emitPayloadEvent(QStringLiteral("message"), QStringLiteral("in"), opcode, payload,
            !human     ? QString()
                : text ? tr("< text %1 B: %2").arg(payload.size()).arg(QString::fromUtf8(payload))
                       : tr("< binary %1 B: %2").arg(payload.size()).arg(TerminalText::hexPreview(payload)));
    }
    if (m_linger.isActive())
        m_linger.start(m_options.lingerMs); // replies are still coming
    if (m_options.echo) {
        const ChannelError error = sendMessage(text, payload);
        if (error == ChannelError::None) {
            if (printed) {
                emitPayloadEvent(QStringLiteral("message"), QStringLiteral("out"), opcode, payload,
                    !human     ? QString()
                        : text ? tr("> text %1 B: %2 (echo)").arg(payload.size()).arg(QString::fromUtf8(payload))
                               : tr("> binary %1 B (echo)").arg(payload.size()),
                    { { QStringLiteral("echo"), true } });
            }
        } else {
            writeError(tr("Cannot echo a message: %1").arg(describeChannelError(error)));
        }
    }
    if (m_options.count >= 0 && m_received >= m_options.count)
        closeNow();
}

void CliRunner::onFrameSent(const FrameInfo &frame)
{
    // Messages are reported when they are handed to the channel; control frames when they leave.
    if (frame.opcode == Opcode::Ping || frame.opcode == Opcode::Pong) {
        const QString name = opcodeName(frame.opcode);
        emitPayloadEvent(name, QStringLiteral("out"), name, frame.controlPayload,
            tr("> %1 %2 B").arg(name).arg(frame.controlPayload.size()));
    } else if (frame.opcode == Opcode::Close) {
        reportClose(QStringLiteral("out"), frame.controlPayload);
    }
}

void CliRunner::reportClose(const QString &direction, const QByteArray &payload)
{
    QJsonObject fields { { QStringLiteral("direction"), direction },
        { QStringLiteral("opcode"), QStringLiteral("close") } };
    const QString arrow = direction == QLatin1String("in") ? QStringLiteral("<") : QStringLiteral(">");
    QString human = tr("%1 close (no code)").arg(arrow);
    if (payload.size() >= 2) {
        const quint16 code = quint16((quint8(payload.at(0)) << 8) | quint8(payload.at(1)));
        // A reason is how the connection ended, like the stop message: secrets in it are hidden
        // (a server may echo a token it refuses). Message payloads are shown as they were.
        const QString reason = shown(QString::fromUtf8(payload.mid(2)));
        fields.insert(QStringLiteral("code"), code);
        fields.insert(QStringLiteral("reason"), reason);
        human = reason.isEmpty() ? tr("%1 close %2").arg(arrow).arg(code)
                                 : tr("%1 close %2: %3").arg(arrow).arg(code).arg(reason);
    } else {
        fields.insert(QStringLiteral("code"), CloseCode::NoStatus); // what a Close without code means
        fields.insert(QStringLiteral("reason"), QString());
    }
    emitEvent(QStringLiteral("close"), fields, human);
}

void CliRunner::closeNow()
{
    m_linger.stop();
    if (!m_channel)
        return;
    const WebSocketChannel::State state = m_channel->state();
    if (state != WebSocketChannel::State::Open)
        return;
    if (m_channel->close(m_options.closeCode, m_options.closeReason) != ChannelError::None)
        m_channel->abort(); // validated before; nothing else can be done
}

void CliRunner::interrupt()
{
    if (!m_channel || m_finished)
        return;
    switch (m_channel->state()) {
    case WebSocketChannel::State::Open:
        closeNow();
        break;
    case WebSocketChannel::State::Idle:
    case WebSocketChannel::State::Connecting:
    case WebSocketChannel::State::Closing: // a second Ctrl+C does not wait for the server
        m_channel->abort();
        break;
    case WebSocketChannel::State::Closed:
        break;
    }
}

void CliRunner::onError(const StopStatus &status)
{
    if (m_errorReported)
        return;
    m_errorReported = true;
    emitEvent(QStringLiteral("error"),
        { { QStringLiteral("status"), StopStatus::reasonName(status.reason) },
            { QStringLiteral("message"), shown(status.message()) } },
        {});
}

void CliRunner::onStopped(const StopStatus &status)
{
    m_linger.stop();
    if (status.reason == StopReason::TlsFailed && m_channel && !m_channel->securityInfo().peerChain.isEmpty()) {
        // The certificate that failed, so that the user can see what the server showed (and pin it).
        onSecured(m_channel->securityInfo());
    }
    if (!status.isClean())
        onError(status); // not every failure is preceded by errorOccurred (e.g. before the connection is up)
    reportRecording();
    QJsonObject fields { { QStringLiteral("status"), StopStatus::reasonName(status.reason) },
        { QStringLiteral("message"), shown(status.message()) },
        { QStringLiteral("exit_code"), exitCodeFor(status.reason) } };
    if (status.closeFrameSent)
        fields.insert(QStringLiteral("code_sent"), status.closeCodeSent);
    if (status.closeFrameReceived || status.closeCodeReceived != 0) {
        fields.insert(QStringLiteral("code"), status.closeCodeReceived);
        fields.insert(QStringLiteral("reason"), shown(status.closeReasonReceived));
    }
    if (status.httpStatus != 0)
        fields.insert(QStringLiteral("http_status"), status.httpStatus);
    if (!status.detail.isEmpty())
        fields.insert(QStringLiteral("detail"), shown(status.detail));
    if (!status.tlsErrors.isEmpty())
        fields.insert(QStringLiteral("tls_errors"), QJsonArray::fromStringList(status.tlsErrors));
    // The clean end is news for stdout; a failure is said once, on stderr.
    emitEvent(
        QStringLiteral("stop"), fields, status.isClean() ? tr("* closed: %1").arg(shown(status.message())) : QString());
    if (!status.isClean())
        writeError(shown(status.message()));
    m_file.reset();
    finish(exitCodeFor(status.reason));
}

} // namespace Framewise
