// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channelerror.h"
#include "channelobserver.h"
#include "connectionsettings.h"
#include "httpheaders.h"
#include "stopstatus.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <memory>

class QFile;
class QTextStream;

namespace Framewise {

class TerminationSignals;

class LocalEchoServer;
class RttProbe;
class Session;
class SessionRecorder;
class SessionStore;
class WebSocketChannel;
struct FrameInfo;
struct HandshakeRequest;
struct HandshakeResponse;
struct SecurityInfo;

// framewise-cli's session: one connection driven by command-line options, printing every event
// as a line for people or as JSON Lines for scripts, and ending with an exit code per outcome.
//
// Exit status (the same table is in --help and the README; the numbers are a stable interface,
// listed explicitly so that reordering StopReason cannot renumber them):
//    0  clean close (StopReason::Ok: the closing handshake completed, whichever side started it)
//    1  internal error (the local echo server could not start)
//    2  usage error (bad URL, bad option value, unreadable --send-file)
//    3  the session database or a file could not be used (the sessions, export, import commands,
//       a profiles file that cannot be read)
//   11  ConnectionRefused     12  HostNotFound       13  OpenTimeout      14  HandshakeRejected
//   15  HandshakeInvalid      16  ProtocolError      17  InvalidPayload   18  MessageTooLarge
//   19  PingTimeout           20  CloseTimeout       21  ConnectionLost   22  TlsFailed
//   23  NetworkError          24  Aborted            25  RedirectFailed
// It observes its channel (ChannelObserver; through the session when recording), so a flood's
// messages reach it by a direct call each, not a signal emission.
class CliRunner : public QObject, private ChannelObserver {
    Q_OBJECT
public:
    struct Options {
        QUrl url;
        bool localEcho = false; // start a LocalEchoServer and connect to it (then url stays empty)
        HttpHeaders headers;
        QString origin;
        QStringList protocols;
        int pingInterval = 0; // seconds, 0: no keepalive
        int pingTimeout = 10; // seconds
        int rttProbeInterval = 0; // --rtt-probe: a ping this often whatever the traffic; 0: off
        QStringList send; // text messages, sent in order once the connection is open
        QString sendFile; // sent as one binary message, streamed from the file
        bool echo = false; // send every received message back with the same type
        qint64 count = -1; // close after this many received messages; -1: no limit
        quint16 closeCode = 1000; // used whenever the CLI closes; 0: a Close frame without code
        QString closeReason;
        bool jsonl = false;
        bool quiet = false;
        int openTimeoutMs = 20000;
        int lingerMs = 500; // --send without --count/--echo: quiet time for replies before closing
        bool compression = true;
        // TLS, authentication and proxy (issue 3). Secrets come from the environment, not argv.
        QStringList caFiles;
        QStringList pins; // SHA-256 fingerprints trusted for the URL's host
        QString clientCertificate;
        QString clientKey;
        QString pkcs12;
        QByteArray keyPassphrase; // FRAMEWISE_KEY_PASSPHRASE
        QString proxy; // http://… or socks5://…
        bool systemProxy = false;
        QString user; // HTTP authentication; password from FRAMEWISE_PASSWORD
        QString password;
        // --record: the connection goes through a Session that a SessionRecorder writes to the
        // session database (databasePath, or SessionStore::defaultPath() when empty).
        bool record = false;
        QString databasePath;
        // From --profile: its name, the header names it marks secret and its secret values
        // (variables, passwords). Every line printed, the recording and its exports hide them as
        // the window does, and so they hide the URL's password and credential headers.
        QString profileName;
        QList<QByteArray> secretHeaders;
        QStringList secretValues;
        bool showSecrets = false; // --show-secrets: print them (the recording still hides them)
    };

    static constexpr int ExitOk = 0;
    static constexpr int ExitInternal = 1;
    static constexpr int ExitUsage = 2;
    static constexpr int ExitStore = 3; // StoreCommands' failures
    static int exitCodeFor(StopReason reason);
    static QString exitCodeTable(); // for --help and the README

    // Why url cannot be used (names the problem), or an empty string when it is a ws/wss URL with a host.
    // asTyped: the text the user gave, quoted in the message (an invalid QUrl forgets it).
    static QString checkUrl(const QUrl &url, const QString &asTyped = {});
    // Everything that can be checked before connecting; an empty string when the options are usable.
    static QString validate(const Options &options);
    // The connection the options describe, as the window's sessions get it from a profile.
    static ConnectionSettings connectionSettings(const Options &options);

    CliRunner(const Options &options, QTextStream *out, QTextStream *err, QObject *parent = nullptr);
    ~CliRunner() override;

    // Validates the options and connects. Always ends with finished(exitCode), never emitted from
    // inside start(): a usage problem is printed to err and finishes with ExitUsage.
    void start();
    // Ctrl+C / SIGTERM: closes normally when open; aborts while connecting or on a second call.
    void interrupt();
    // Routes SIGINT and SIGTERM to interrupt() through a socket pair watched by the event loop.
    // One runner per process may do this; the default handlers come back when it is destroyed.
    bool handleTerminationSignals();

    QUrl url() const { return m_options.url; } // with --local-echo, the server's URL after start()
    qint64 receivedCount() const { return m_received; }

Q_SIGNALS:
    void finished(int exitCode);

private:
    void fail(int exitCode, const QString &message);
    void finish(int exitCode);
    void onStarted();
    void onMessage(bool text, const QByteArray &payload);
    void onAcknowledged();
    void onFrameSent(const FrameInfo &frame);
    void onHandshakeRequest(const HandshakeRequest &request);
    void onHandshakeResponse(const HandshakeResponse &response);
    void observeFrameReceived(const FrameInfo &frame) override;
    void observeMessage(const QByteArray &payload, bool binary) override { onMessage(!binary, payload); }
    void onSecured(const SecurityInfo &info);
    QByteArray eventTime();
    void queueJsonLine();
    void flushJsonLines();
    void onError(const StopStatus &status);
    void onStopped(const StopStatus &status);
    void startRecording();
    void connectChannel();
    ChannelError sendMessage(bool text, const QByteArray &payload);
    void reportRecording();
    void sendScripted();
    void maybeFinishSending();
    void reportClose(const QString &direction, const QByteArray &payload);
    void closeNow();
    // One event: a JSON object in --jsonl mode (time and event added here), else the human line.
    void emitEvent(const QString &event, QJsonObject fields, const QString &human);
    void emitPayloadEvent(const QString &event, const QString &direction, const QString &opcode,
        const QByteArray &payload, const QString &human, QJsonObject fields = {});
    void writeError(const QString &message);

    // Texts and headers as printed: redacted unless --show-secrets.
    QString shown(const QString &text) const;
    QString shownUrl(const QUrl &url) const;
    HttpHeaders shownHeaders(const HttpHeaders &headers) const;

    Options m_options;
    ConnectionSettings m_settings; // from m_options once start() knows the URL
    QTextStream *m_out;
    QTextStream *m_err;
    std::unique_ptr<LocalEchoServer> m_server;
    WebSocketChannel *m_channel = nullptr;
    RttProbe *m_probe = nullptr; // --rtt-probe without --record (a recorded Session probes itself)
    std::unique_ptr<SessionStore> m_store; // --record
    Session *m_session = nullptr;
    SessionRecorder *m_recorder = nullptr;
    std::unique_ptr<QFile> m_file;
    TerminationSignals *m_signals = nullptr;
    QTimer m_linger;
    qint64 m_received = 0;
    qint64 m_scriptedSends = 0; // --send and --send-file messages handed to the channel
    qint64 m_acknowledged = 0;
    bool m_sendingDone = false;
    bool m_errorReported = false;
    bool m_finished = false;
    // --jsonl message lines, written in batches (once the event loop is idle, or every 64 KiB)
    // instead of one write and flush each; any other output flushes them first, keeping the order.
    QByteArray m_jsonLines;
    bool m_jsonFlushScheduled = false;
    qint64 m_timeMs = -1; // the millisecond m_timeText says
    QByteArray m_timeText;
};

} // namespace Framewise
