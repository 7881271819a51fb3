// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interceptserver.h"
#include "proxyserver.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <memory>

class QTextStream;

namespace Framewise {

class SessionStore;
class TerminationSignals;

// `framewise-cli intercept` and `framewise-cli proxy`: runs an InterceptServer (or a ProxyServer,
// whose WebSocket connections are its InterceptServer's) and prints every event, one line each (or
// JSON Lines with a connection id), records each connection as a session when asked, and on
// SIGINT/SIGTERM closes both legs of every connection with 1001 and exits 0.
class InterceptRunner : public QObject {
    Q_OBJECT
public:
    static constexpr int ExitOk = 0;
    static constexpr int ExitUsage = 2;
    static constexpr int ExitListen = 4; // the port is in use or the address cannot be had
    static constexpr int ShutdownWaitMs = 3000; // for both legs' closing handshakes on Ctrl+C
    // A human line shows at most this many characters of a text message (JSON Lines: all of it).
    static constexpr qsizetype ShownTextChars = 200;
    // Nothing reads a connection's log once its messages were printed (and handed to the recorder),
    // so it is emptied when it grows past these, and a long-running intercept stays small.
    static constexpr qsizetype TrimLogRecords = 16384;
    static constexpr qint64 TrimLogBytes = qint64(8) * 1024 * 1024;

    struct Options {
        InterceptSettings settings;
        bool jsonl = false;
        bool quiet = false;
        bool record = false;
        QString databasePath; // empty: SessionStore::defaultPath()
        bool showSecrets = false;
        // Stop after this many connections have ended (0: run until interrupted); for tests and scripts.
        int exitAfter = 0;
        // `framewise-cli proxy`: an HTTP proxy instead of a reverse proxy; settings are then its
        // intercept part (listen address, rules, upstream options), and settings.upstream.url unused.
        bool proxy = false;
        QStringList interceptHosts;
        bool decryptTls = true;
        CertificateAuthority ca; // null: TLS is tunnelled blind
    };

    InterceptRunner(const Options &options, QTextStream *out, QTextStream *err, QObject *parent = nullptr);
    ~InterceptRunner() override;

    // Starts listening (finished() follows on failure) and installs the signal handlers.
    void start();
    // Closes every connection and exits (what SIGINT does).
    void interrupt();

Q_SIGNALS:
    void finished(int exitCode);

private:
    // What the runner keeps per live connection.
    struct Tracked {
        // The user's settings plus the app's own credentials (its Authorization, Cookie, …), so
        // that a server that echoes them in a close reason does not get them printed.
        ConnectionSettings redactor;
        // The last message reported as held, by direction (a lane holds in arrival order, and
        // message numbers grow with arrival).
        quint64 lastHeldReported[2] = { 0, 0 };
        bool heldCheckPending = false; // one look at the lanes per event loop pass, however many holds
    };

    void onConnectionAdded(InterceptConnection *connection);
    void onConnectionEnded(InterceptConnection *connection);
    void onMessage(const InterceptConnection *connection, const InterceptedItem &item, InterceptLane::Outcome outcome);
    void scheduleHeldCheck(const InterceptConnection *connection);
    void onHeldChanged(const InterceptConnection *connection);
    void onHandshakeFailed(const HandshakeFailure &failure);
    void onProxyEvent(const ProxyEvent &event);
    QString command() const;
    bool startServer(const InterceptSettings &settings, QString *error);
    void onRecorded(quint64 connectionId, qint64 sessionId, qint64 records);
    void reportHandshake(const InterceptConnection *connection);
    void emitEvent(const QString &event, QJsonObject fields, const QString &human);
    // Texts, URLs and headers as printed: redacted unless --show-secrets (connectionId 0: only
    // the user's secrets).
    QString shown(const QString &text, quint64 connectionId = 0) const;
    QString shownUrl(const QUrl &url) const;
    HttpHeaders shownHeaders(const HttpHeaders &headers, quint64 connectionId = 0) const;
    const ConnectionSettings &redactorFor(quint64 connectionId) const;
    void finish(int exitCode);

    Options m_options;
    QTextStream *m_out;
    QTextStream *m_err;
    InterceptServer m_ownServer; // the reverse proxy's
    std::unique_ptr<ProxyServer> m_proxy; // `proxy` only
    InterceptServer *m_server = &m_ownServer; // whichever runs the WebSocket connections
    std::unique_ptr<SessionStore> m_store;
    TerminationSignals *m_signals = nullptr;
    QHash<quint64, Tracked> m_tracked;
    int m_ended = 0;
    bool m_stopping = false;
    bool m_finished = false;
};

} // namespace Framewise
