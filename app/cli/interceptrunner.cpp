// SPDX-License-Identifier: GPL-3.0-or-later
#include "interceptrunner.h"

#include "clijson.h"
#include "closecode.h"
#include "logentry.h"
#include "session.h"
#include "sessioninfo.h"
#include "sessionrecorder.h"
#include "sessionstore.h"
#include "terminaltext.h"
#include "terminationsignals.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

namespace Framewise {

namespace {
using TerminalText::hexPreview;
using TerminalText::printable;

QString arrow(InterceptDirection direction)
{
    return direction == InterceptDirection::ToServer ? QStringLiteral("app → server") : QStringLiteral("server → app");
}

QString outcomeName(InterceptLane::Outcome outcome)
{
    switch (outcome) {
    case InterceptLane::Outcome::Forwarded:
        return QStringLiteral("forwarded");
    case InterceptLane::Outcome::Dropped:
        return QStringLiteral("dropped");
    case InterceptLane::Outcome::Replied:
        return QStringLiteral("replied");
    }
    return {};
}

QString peer(const QHostAddress &address, quint16 port)
{
    return address.toString() + QLatin1Char(':') + QString::number(port);
}

} // namespace

InterceptRunner::InterceptRunner(const Options &options, QTextStream *out, QTextStream *err, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_out(out)
    , m_err(err)
{
    if (options.proxy) {
        m_proxy = std::make_unique<ProxyServer>();
        m_server = m_proxy->interceptServer();
        connect(m_proxy.get(), &ProxyServer::proxyEvent, this, &InterceptRunner::onProxyEvent);
    }
    connect(m_server, &InterceptServer::connectionAdded, this, &InterceptRunner::onConnectionAdded);
    connect(m_server, &InterceptServer::connectionEnded, this, &InterceptRunner::onConnectionEnded);
    connect(m_server, &InterceptServer::handshakeFailed, this, &InterceptRunner::onHandshakeFailed);
}

InterceptRunner::~InterceptRunner()
{
    m_server->disconnect(this);
}

void InterceptRunner::start()
{
    QString error;
    InterceptSettings settings = m_options.settings;
    // Messages are printed from the lanes as they pass; only the recorder reads the logs.
    settings.keepMessages = m_options.record;
    if (!startServer(settings, &error)) {
        const bool listenProblem = m_proxy ? m_proxy->listenFailed() : m_server->listenFailed();
        *m_err << tr("framewise-cli %1: %2").arg(command(), error) << '\n';
        if (listenProblem && m_options.settings.listenPort != 0)
            *m_err << tr("Choose another port with --listen (port 0: any free one).") << '\n';
        m_err->flush();
        QMetaObject::invokeMethod(
            this, [this, listenProblem] { finish(listenProblem ? ExitListen : ExitUsage); }, Qt::QueuedConnection);
        return;
    }
    if (m_options.record) {
        m_store = std::make_unique<SessionStore>();
        if (!m_store->open(m_options.databasePath)) {
            *m_err << tr("framewise-cli %1: not recording: %2").arg(command(), m_store->errorString()) << '\n';
            m_err->flush();
            m_store.reset();
        }
    }
    m_signals = new TerminationSignals([this] { interrupt(); }, this);
    if (!m_options.settings.isLoopback()) {
        *m_err << tr("framewise-cli %1: warning: listening on %2, not only this machine: anyone who can "
                     "reach it can use the upstream through Framewise.")
                      .arg(command(), m_proxy ? m_proxy->address().toString() : m_server->address().toString())
               << '\n';
        m_err->flush();
    }
    if (m_proxy) {
        const QString hosts = m_options.interceptHosts.isEmpty() ? tr("every host")
                                                                 : m_options.interceptHosts.join(QStringLiteral(", "));
        const bool decrypting = m_options.decryptTls && !m_options.ca.isNull();
        QJsonObject fields { { QStringLiteral("listen"), m_proxy->listenUrl() },
            { QStringLiteral("intercept_hosts"), QJsonArray::fromStringList(m_options.interceptHosts) },
            { QStringLiteral("decrypt_tls"), decrypting } };
        const QString caUrl = m_proxy->listenUrl() + QStringLiteral("/framewise-ca.pem");
        if (decrypting) {
            fields.insert(QStringLiteral("ca_sha256"), QString::fromLatin1(m_options.ca.sha256Fingerprint()));
            fields.insert(QStringLiteral("ca_url"), caUrl);
        }
        emitEvent(QStringLiteral("listening"), fields,
            tr("* proxy listening on %1, intercepting %2; %3")
                .arg(m_proxy->listenUrl(), hosts,
                    decrypting ? tr("TLS decrypted with the Framewise CA (SHA-256 %1); apps must trust its "
                                    "certificate, %2")
                                     .arg(QString::fromLatin1(m_options.ca.sha256Fingerprint()), caUrl)
                               : tr("TLS tunnelled without decrypting")));
        return;
    }
    const QString upstream = shownUrl(m_options.settings.upstream.url);
    emitEvent(QStringLiteral("listening"),
        { { QStringLiteral("listen"), m_server->listenUrl() }, { QStringLiteral("upstream"), upstream } },
        tr("* listening on %1, forwarding to %2").arg(m_server->listenUrl(), upstream));
}

void InterceptRunner::onConnectionAdded(InterceptConnection *connection)
{
    const quint64 id = connection->id();
    Tracked &tracked = m_tracked[id];
    tracked.redactor = m_options.settings.upstream;
    for (const auto &[name, value] : connection->appRequest().headers.entries())
        tracked.redactor.headers.append(name, value);
    const QString client = peer(connection->clientAddress(), connection->clientPort());
    const QString requestLine = shown(QString::fromUtf8(connection->appRequest().requestLine), id);
    emitEvent(QStringLiteral("connection"),
        { { QStringLiteral("id"), qint64(id) }, { QStringLiteral("client"), client },
            { QStringLiteral("request_line"), requestLine },
            { QStringLiteral("headers"), CliJson::headers(shownHeaders(connection->appRequest().headers, id)) },
            { QStringLiteral("upstream"), shownUrl(connection->upstreamUrl()) } },
        m_proxy ? tr("[%1] app %2 connected: %3 → %4")
                      .arg(id)
                      .arg(client, printable(requestLine, 1024), shownUrl(connection->upstreamUrl()))
                : tr("[%1] app %2 connected: %3").arg(id).arg(client, printable(requestLine, 1024)));
    if (m_store && connection->session()) {
        auto *recorder = new SessionRecorder(connection->session(), m_store.get(), connection);
        recorder->setProfileName(
            m_proxy ? tr("proxy %1").arg(m_proxy->listenUrl()) : tr("intercept %1").arg(m_server->listenUrl()));
        recorder->setKind(SessionInfo::interceptKind());
        recorder->setSecretHeaders(m_options.settings.upstream.secretHeaders);
        connect(recorder, &SessionRecorder::recordingEnded, this,
            [this, id, recorder](qint64 sessionId) { onRecorded(id, sessionId, recorder->recordedCount()); });
        recorder->start();
    }
    if (Session *session = connection->session()) {
        // After the recorder's own slot (slots run in the order they were connected), so what the
        // log gained has been handed to the store before it is emptied.
        connect(session, &Session::logGrew, this, [session](qsizetype size) {
            if (size >= TrimLogRecords || session->log().payloadBytes() >= TrimLogBytes)
                session->clearLog();
        });
    }
    connect(
        connection, &InterceptConnection::handshakeAnswered, this, [this, connection] { reportHandshake(connection); });
    if (connection->appResponse().statusCode != 0)
        reportHandshake(connection); // refused while it started (settings that cannot be applied: a 502)
    if (m_options.quiet)
        return; // nothing of the messages is printed: no cost per message
    connect(connection, &InterceptConnection::messageHandled, this,
        [this, connection](
            const InterceptedItem &item, InterceptLane::Outcome outcome) { onMessage(connection, item, outcome); });
    if (!m_options.settings.rules.isEmpty())
        connect(
            connection, &InterceptConnection::heldChanged, this, [this, connection] { scheduleHeldCheck(connection); });
}

void InterceptRunner::reportHandshake(const InterceptConnection *connection)
{
    const quint64 id = connection->id();
    const HandshakeResponse &appResponse = connection->appResponse();
    if (m_options.jsonl) {
        const HandshakeRequest upstreamRequest = connection->upstreamRequest();
        const HandshakeResponse upstreamResponse = connection->upstreamResponse();
        QJsonObject fields { { QStringLiteral("id"), qint64(id) },
            { QStringLiteral("upstream_request_line"), shown(QString::fromUtf8(upstreamRequest.requestLine), id) },
            { QStringLiteral("upstream_request_headers"), CliJson::headers(shownHeaders(upstreamRequest.headers, id)) },
            { QStringLiteral("upstream_status"), upstreamResponse.statusCode },
            { QStringLiteral("upstream_response_headers"),
                CliJson::headers(shownHeaders(upstreamResponse.headers, id)) },
            { QStringLiteral("status"), appResponse.statusCode },
            { QStringLiteral("status_line"), QString::fromUtf8(appResponse.statusLine) },
            { QStringLiteral("headers"), CliJson::headers(shownHeaders(appResponse.headers, id)) } };
        if (!appResponse.body.isEmpty())
            fields.insert(QStringLiteral("body"), shown(QString::fromUtf8(appResponse.body), id));
        emitEvent(QStringLiteral("handshake"), fields, {});
        return;
    }
    QString human = tr("[%1] answered %2").arg(id).arg(printable(QString::fromUtf8(appResponse.statusLine), 200));
    if (appResponse.statusCode != 101 && !appResponse.body.isEmpty())
        human += QStringLiteral(": ") + printable(shown(QString::fromUtf8(appResponse.body).trimmed(), id), 1024);
    emitEvent(QStringLiteral("handshake"), {}, human);
}

void InterceptRunner::onMessage(
    const InterceptConnection *connection, const InterceptedItem &item, InterceptLane::Outcome outcome)
{
    const quint64 id = connection->id();
    if (item.kind == InterceptedItem::Kind::Close) {
        const QString reason = shown(item.closeReason, id);
        emitEvent(QStringLiteral("close"),
            { { QStringLiteral("id"), qint64(id) },
                { QStringLiteral("direction"), interceptDirectionName(item.direction) },
                { QStringLiteral("code"), item.closeCode }, { QStringLiteral("reason"), reason } },
            // As framewise-cli prints a Close: "close 1000", "close 1000: reason", "close (no code)".
            item.closeCode == 0    ? tr("[%1] %2 close (no code)").arg(id).arg(arrow(item.direction))
                : reason.isEmpty() ? tr("[%1] %2 close %3").arg(id).arg(arrow(item.direction)).arg(item.closeCode)
                                   : tr("[%1] %2 close %3: %4")
                                         .arg(id)
                                         .arg(arrow(item.direction))
                                         .arg(item.closeCode)
                                         .arg(printable(reason, 200)));
        return;
    }
    const QStringList marks = LogEntry::markNames(item.marks);
    if (m_options.jsonl) {
        QJsonObject fields { { QStringLiteral("id"), qint64(id) }, { QStringLiteral("message"), qint64(item.id) },
            { QStringLiteral("direction"), interceptDirectionName(item.direction) },
            { QStringLiteral("opcode"), item.binary ? QStringLiteral("binary") : QStringLiteral("text") },
            { QStringLiteral("outcome"), outcomeName(outcome) },
            { QStringLiteral("marks"), QJsonArray::fromStringList(marks) } };
        CliJson::insertPayload(fields, !item.binary, item.payload);
        if (item.marks & MessageRecord::Edited)
            fields.insert(QStringLiteral("original_base64"), QString::fromLatin1(item.originalPayload().toBase64()));
        if (!item.ruleName.isEmpty())
            fields.insert(QStringLiteral("rule"), item.ruleName);
        emitEvent(QStringLiteral("message"), fields, {});
        return;
    }
    QString human = tr("[%1] %2 %3 %4 B")
                        .arg(id)
                        .arg(arrow(item.direction), item.binary ? tr("binary") : tr("text"))
                        .arg(item.payload.size());
    if (!marks.isEmpty())
        human += QStringLiteral(" [") + marks.join(QStringLiteral(", ")) + QLatin1Char(']');
    if (item.binary)
        human += QStringLiteral(": ") + hexPreview(item.payload);
    else
        human += QStringLiteral(": ")
            + printable(QString::fromUtf8(item.payload.left(ShownTextChars * 4)), ShownTextChars);
    emitEvent(QStringLiteral("message"), {}, human);
}

void InterceptRunner::scheduleHeldCheck(const InterceptConnection *connection)
{
    // heldChanged() comes once per held message, and reading a lane's held messages costs their
    // number: looking once per pass keeps a flood into a breakpoint from costing its square.
    const auto tracked = m_tracked.find(connection->id());
    if (tracked == m_tracked.end() || tracked->heldCheckPending)
        return;
    tracked->heldCheckPending = true;
    QTimer::singleShot(0, this, [this, connection] { onHeldChanged(connection); });
}

void InterceptRunner::onHeldChanged(const InterceptConnection *connection)
{
    const auto tracked = m_tracked.find(connection->id());
    if (tracked == m_tracked.end())
        return;
    tracked->heldCheckPending = false;
    for (const InterceptDirection direction : { InterceptDirection::ToServer, InterceptDirection::ToApp }) {
        quint64 &lastReported = tracked->lastHeldReported[direction == InterceptDirection::ToServer ? 0 : 1];
        const QList<InterceptedItem> held = connection->lane(direction)->heldItems();
        for (const InterceptedItem &item : held) {
            if (item.id <= lastReported)
                continue;
            lastReported = item.id;
            const int releaseS = m_options.settings.autoReleaseS;
            if (m_options.jsonl) {
                QJsonObject fields { { QStringLiteral("id"), qint64(connection->id()) },
                    { QStringLiteral("message"), qint64(item.id) },
                    { QStringLiteral("direction"), interceptDirectionName(item.direction) },
                    { QStringLiteral("opcode"), item.binary ? QStringLiteral("binary") : QStringLiteral("text") },
                    { QStringLiteral("rule"), item.ruleName }, { QStringLiteral("release_after_s"), releaseS } };
                CliJson::insertPayload(fields, !item.binary, item.payload);
                emitEvent(QStringLiteral("held"), fields, {});
                continue;
            }
            const QString when = releaseS > 0
                ? tr("released in %n s", nullptr, releaseS)
                : tr("held until the connection ends; --auto-release SECONDS lets it go on");
            emitEvent(QStringLiteral("held"), {},
                tr("[%1] %2 %3 %4 B held by %5 (%6)%7")
                    .arg(connection->id())
                    .arg(arrow(item.direction), item.binary ? tr("binary") : tr("text"))
                    .arg(item.payload.size())
                    .arg(item.ruleName, when,
                        item.binary ? QString()
                                    : QStringLiteral(": ")
                                + printable(QString::fromUtf8(item.payload.left(ShownTextChars * 4)), ShownTextChars)));
        }
    }
}

void InterceptRunner::onHandshakeFailed(const HandshakeFailure &failure)
{
    const QString reason = shown(failure.reason);
    QJsonObject fields { { QStringLiteral("client"), peer(failure.peerAddress, failure.peerPort) },
        { QStringLiteral("reason"), reason } };
    if (failure.response.statusCode > 0)
        fields.insert(QStringLiteral("status"), failure.response.statusCode);
    emitEvent(QStringLiteral("refused"), fields,
        tr("* refused %1: %2%3")
            .arg(peer(failure.peerAddress, failure.peerPort))
            .arg(failure.response.statusCode > 0 ? QString::number(failure.response.statusCode) + QLatin1Char(' ')
                                                 : QString())
            .arg(printable(reason, 1024)));
}

void InterceptRunner::onProxyEvent(const ProxyEvent &event)
{
    const QString client = peer(event.clientAddress, event.clientPort);
    const QString server = event.host + QLatin1Char(':') + QString::number(event.port);
    const QString detail = shown(event.detail);
    QJsonObject fields { { QStringLiteral("client"), client }, { QStringLiteral("method"), event.method },
        { QStringLiteral("host"), event.host }, { QStringLiteral("port"), event.port } };
    if (!event.target.isEmpty())
        fields.insert(QStringLiteral("target"), shown(event.target));
    if (event.statusCode > 0)
        fields.insert(QStringLiteral("status"), event.statusCode);
    if (!detail.isEmpty())
        fields.insert(QStringLiteral("reason"), detail);
    switch (event.kind) {
    case ProxyEvent::Kind::Tunnel:
        emitEvent(QStringLiteral("tunnel"), fields,
            detail.isEmpty() ? tr("* tunnel %1 → %2").arg(client, server)
                             : tr("* tunnel %1 → %2 (%3)").arg(client, server, detail));
        return;
    case ProxyEvent::Kind::Forwarded:
        emitEvent(QStringLiteral("forwarded"), fields,
            tr("* forwarded %1 %2 to %3").arg(event.method, printable(shown(event.target), 300), server));
        return;
    case ProxyEvent::Kind::Refused:
        emitEvent(QStringLiteral("refused"), fields,
            tr("* refused %1: %2%3")
                .arg(client)
                .arg(event.statusCode > 0 ? QString::number(event.statusCode) + QLatin1Char(' ') : QString())
                .arg(printable(detail, 1024)));
        return;
    case ProxyEvent::Kind::TlsRejected:
        emitEvent(QStringLiteral("tls_rejected"), fields,
            tr("* TLS to %1 from %2 failed: %3").arg(server, client, printable(detail, 1024)));
        return;
    }
}

bool InterceptRunner::startServer(const InterceptSettings &settings, QString *error)
{
    if (!m_proxy)
        return m_server->start(settings, error);
    ProxySettings proxy;
    proxy.intercept = settings;
    proxy.interceptHosts = m_options.interceptHosts;
    proxy.decryptTls = m_options.decryptTls;
    return m_proxy->start(proxy, m_options.ca, error);
}

QString InterceptRunner::command() const
{
    return m_proxy ? QStringLiteral("proxy") : QStringLiteral("intercept");
}

void InterceptRunner::onRecorded(quint64 connectionId, qint64 sessionId, qint64 records)
{
    if (sessionId < 0 || !m_store)
        return;
    emitEvent(QStringLiteral("recorded"),
        { { QStringLiteral("id"), qint64(connectionId) }, { QStringLiteral("session"), sessionId },
            { QStringLiteral("records"), records }, { QStringLiteral("database"), m_store->path() } },
        tr("[%1] recorded as session %2 (%n records) in %3", nullptr, int(records))
            .arg(connectionId)
            .arg(sessionId)
            .arg(m_store->path()));
}

void InterceptRunner::onConnectionEnded(InterceptConnection *connection)
{
    const quint64 id = connection->id();
    const QString reason = shown(connection->endReason(), id);
    emitEvent(QStringLiteral("ended"), { { QStringLiteral("id"), qint64(id) }, { QStringLiteral("reason"), reason } },
        tr("[%1] ended: %2").arg(id).arg(printable(reason, 1024)));
    m_tracked.remove(id);
    ++m_ended;
    if (m_stopping ? m_server->liveCount() == 0 : (m_options.exitAfter > 0 && m_ended >= m_options.exitAfter)) {
        // Let the recorders take the last records (the session logs its end on stopped()).
        QTimer::singleShot(0, this, [this] { finish(ExitOk); });
    }
}

void InterceptRunner::interrupt()
{
    if (m_stopping) {
        finish(ExitOk); // a second Ctrl+C does not wait
        return;
    }
    m_stopping = true;
    if (m_proxy)
        m_proxy->stop(CloseCode::GoingAway, tr("Framewise proxy is shutting down"));
    else
        m_server->stop(CloseCode::GoingAway, tr("Framewise intercept is shutting down"));
    if (m_server->liveCount() == 0) {
        QTimer::singleShot(0, this, [this] { finish(ExitOk); });
        return;
    }
    QTimer::singleShot(ShutdownWaitMs, this, [this] { finish(ExitOk); });
}

void InterceptRunner::emitEvent(const QString &event, QJsonObject fields, const QString &human)
{
    // --quiet keeps the line that says where to point the app (with port 0 the only way to learn
    // it) and the refusals, which are problems.
    const bool kept = event == QLatin1String("listening") || event == QLatin1String("refused")
        || event == QLatin1String("tls_rejected");
    if (m_options.quiet && !kept)
        return;
    if (m_options.jsonl) {
        fields.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        fields.insert(QStringLiteral("event"), event);
        *m_out << QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)) << '\n';
        m_out->flush();
        return;
    }
    if (human.isEmpty())
        return;
    *m_out << human << '\n';
    m_out->flush();
}

const ConnectionSettings &InterceptRunner::redactorFor(quint64 connectionId) const
{
    const auto tracked = m_tracked.constFind(connectionId);
    return tracked == m_tracked.constEnd() ? m_options.settings.upstream : tracked->redactor;
}

QString InterceptRunner::shown(const QString &text, quint64 connectionId) const
{
    return m_options.showSecrets ? text : redactorFor(connectionId).redact(text);
}

QString InterceptRunner::shownUrl(const QUrl &url) const
{
    return m_options.showSecrets ? url.toString() : m_options.settings.upstream.redactedUrl(url);
}

HttpHeaders InterceptRunner::shownHeaders(const HttpHeaders &headers, quint64 connectionId) const
{
    return m_options.showSecrets ? headers : redactorFor(connectionId).redactedHeaders(headers);
}

void InterceptRunner::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    for (InterceptConnection *connection : m_server->connections())
        connection->abort();
    if (m_store) {
        // Recorders are children of their connections; they end their stored sessions first.
        for (InterceptConnection *connection : m_server->connections()) {
            const auto recorders = connection->findChildren<SessionRecorder *>();
            qDeleteAll(recorders);
        }
        m_store->flush();
    }
    delete m_signals;
    m_signals = nullptr;
    Q_EMIT finished(exitCode);
}

} // namespace Framewise
