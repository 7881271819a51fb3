// SPDX-License-Identifier: GPL-3.0-or-later
#include "interceptrunner.h"

#include "clijson.h"
#include "closecode.h"
#include "session.h"
#include "sessioninfo.h"
#include "sessionrecorder.h"
#include "sessionstore.h"
#include "terminationsignals.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

namespace Framewise {

namespace {
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

QStringList markNames(quint8 marks)
{
    static const struct {
        quint8 bit;
        const char *name;
    } names[] = { { MessageRecord::Held, "held" }, { MessageRecord::Edited, "edited" },
        { MessageRecord::Dropped, "dropped" }, { MessageRecord::Injected, "injected" },
        { MessageRecord::Delayed, "delayed" }, { MessageRecord::Replied, "replied" } };
    QStringList list;
    for (const auto &entry : names) {
        if (marks & entry.bit)
            list.append(QLatin1String(entry.name));
    }
    return list;
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
    connect(&m_server, &InterceptServer::connectionAdded, this, &InterceptRunner::onConnectionAdded);
    connect(&m_server, &InterceptServer::connectionEnded, this, &InterceptRunner::onConnectionEnded);
    connect(&m_server, &InterceptServer::handshakeFailed, this, &InterceptRunner::onHandshakeFailed);
}

InterceptRunner::~InterceptRunner()
{
    m_server.disconnect(this);
}

void InterceptRunner::start()
{
    QString error;
    if (!m_server.start(m_options.settings, &error)) {
        *m_err << tr("framewise-cli intercept: %1").arg(error) << '\n';
        m_err->flush();
        const bool listenProblem = m_options.settings.problems().isEmpty();
        QMetaObject::invokeMethod(
            this, [this, listenProblem] { finish(listenProblem ? ExitListen : ExitUsage); }, Qt::QueuedConnection);
        return;
    }
    if (m_options.record) {
        m_store = std::make_unique<SessionStore>();
        if (!m_store->open(m_options.databasePath)) {
            *m_err << tr("framewise-cli intercept: not recording: %1").arg(m_store->errorString()) << '\n';
            m_err->flush();
            m_store.reset();
        }
    }
    m_signals = new TerminationSignals([this] { interrupt(); }, this);
    if (!m_options.settings.isLoopback()) {
        *m_err << tr("framewise-cli intercept: warning: listening on %1, not only this machine: anyone who can "
                     "reach it can use the upstream through Framewise.")
                      .arg(m_server.address().toString())
               << '\n';
        m_err->flush();
    }
    emitEvent(QStringLiteral("listening"),
        { { QStringLiteral("listen"), m_server.listenUrl() },
            { QStringLiteral("upstream"),
                shown(m_options.settings.upstream.redactedUrl(m_options.settings.upstream.url)) } },
        tr("* listening on %1, forwarding to %2")
            .arg(m_server.listenUrl(), m_options.settings.upstream.redactedUrl(m_options.settings.upstream.url)));
}

void InterceptRunner::onConnectionAdded(InterceptConnection *connection)
{
    const quint64 id = connection->id();
    emitEvent(QStringLiteral("connection"),
        { { QStringLiteral("id"), qint64(id) },
            { QStringLiteral("client"), peer(connection->clientAddress(), connection->clientPort()) },
            { QStringLiteral("request_line"), QString::fromUtf8(connection->appRequest().requestLine) },
            { QStringLiteral("headers"), CliJson::headers(shownHeaders(connection->appRequest().headers)) },
            { QStringLiteral("upstream"), shown(connection->upstreamUrl().toString()) } },
        tr("[%1] app %2 connected: %3")
            .arg(id)
            .arg(peer(connection->clientAddress(), connection->clientPort()),
                QString::fromUtf8(connection->appRequest().requestLine)));
    if (m_store && connection->session()) {
        auto *recorder = new SessionRecorder(connection->session(), m_store.get(), connection);
        recorder->setProfileName(tr("intercept %1").arg(m_server.listenUrl()));
        recorder->setKind(SessionInfo::interceptKind());
        recorder->start();
    }
    connect(
        connection, &InterceptConnection::handshakeAnswered, this, [this, connection] { reportHandshake(connection); });
    connect(connection, &InterceptConnection::messageHandled, this,
        [this, connection](
            const InterceptedItem &item, InterceptLane::Outcome outcome) { onMessage(connection, item, outcome); });
}

void InterceptRunner::reportHandshake(const InterceptConnection *connection)
{
    const quint64 id = connection->id();
    const HandshakeRequest upstreamRequest = connection->upstreamRequest();
    const HandshakeResponse upstreamResponse = connection->upstreamResponse();
    const HandshakeResponse &appResponse = connection->appResponse();
    if (m_options.jsonl) {
        QJsonObject fields { { QStringLiteral("id"), qint64(id) },
            { QStringLiteral("upstream_request_line"), shown(QString::fromUtf8(upstreamRequest.requestLine)) },
            { QStringLiteral("upstream_request_headers"), CliJson::headers(shownHeaders(upstreamRequest.headers)) },
            { QStringLiteral("upstream_status"), upstreamResponse.statusCode },
            { QStringLiteral("upstream_response_headers"), CliJson::headers(shownHeaders(upstreamResponse.headers)) },
            { QStringLiteral("status"), appResponse.statusCode },
            { QStringLiteral("status_line"), QString::fromUtf8(appResponse.statusLine) },
            { QStringLiteral("headers"), CliJson::headers(shownHeaders(appResponse.headers)) } };
        if (!appResponse.body.isEmpty())
            fields.insert(QStringLiteral("body"), shown(QString::fromUtf8(appResponse.body)));
        emitEvent(QStringLiteral("handshake"), fields, {});
        return;
    }
    QString human = tr("[%1] answered %2").arg(id).arg(QString::fromUtf8(appResponse.statusLine));
    if (appResponse.statusCode != 101 && !appResponse.body.isEmpty())
        human += QStringLiteral(": ") + shown(QString::fromUtf8(appResponse.body.left(1024)).trimmed());
    emitEvent(QStringLiteral("handshake"), {}, human);
}

void InterceptRunner::onMessage(
    const InterceptConnection *connection, const InterceptedItem &item, InterceptLane::Outcome outcome)
{
    if (item.kind == InterceptedItem::Kind::Close) {
        emitEvent(QStringLiteral("close"),
            { { QStringLiteral("id"), qint64(connection->id()) },
                { QStringLiteral("direction"), interceptDirectionName(item.direction) },
                { QStringLiteral("code"), item.closeCode }, { QStringLiteral("reason"), item.closeReason } },
            tr("[%1] %2 close %3 %4")
                .arg(connection->id())
                .arg(arrow(item.direction))
                .arg(item.closeCode)
                .arg(item.closeReason));
        return;
    }
    if (m_options.jsonl) {
        if (m_options.quiet)
            return;
        QJsonObject fields { { QStringLiteral("id"), qint64(connection->id()) },
            { QStringLiteral("message"), qint64(item.id) },
            { QStringLiteral("direction"), interceptDirectionName(item.direction) },
            { QStringLiteral("opcode"), item.binary ? QStringLiteral("binary") : QStringLiteral("text") },
            { QStringLiteral("outcome"), outcomeName(outcome) } };
        CliJson::insertPayload(fields, !item.binary, item.payload);
        if (const QStringList marks = markNames(item.marks); !marks.isEmpty())
            fields.insert(QStringLiteral("marks"), QJsonArray::fromStringList(marks));
        if (item.marks & MessageRecord::Edited)
            fields.insert(QStringLiteral("original_base64"), QString::fromLatin1(item.original.toBase64()));
        if (!item.ruleName.isEmpty())
            fields.insert(QStringLiteral("rule"), item.ruleName);
        emitEvent(QStringLiteral("message"), fields, {});
        return;
    }
    QString human = tr("[%1] %2 %3 %4 B")
                        .arg(connection->id())
                        .arg(arrow(item.direction), item.binary ? tr("binary") : tr("text"))
                        .arg(item.payload.size());
    if (const QStringList marks = markNames(item.marks); !marks.isEmpty())
        human += QStringLiteral(" [") + marks.join(QStringLiteral(", ")) + QLatin1Char(']');
    if (!item.binary)
        human += QStringLiteral(": ") + QString::fromUtf8(item.payload.left(200));
    emitEvent(QStringLiteral("message"), {}, human);
}

void InterceptRunner::onHandshakeFailed(const HandshakeFailure &failure)
{
    QJsonObject fields { { QStringLiteral("client"), peer(failure.peerAddress, failure.peerPort) },
        { QStringLiteral("reason"), failure.reason } };
    if (failure.response.statusCode > 0)
        fields.insert(QStringLiteral("status"), failure.response.statusCode);
    emitEvent(QStringLiteral("refused"), fields,
        tr("* refused %1: %2%3")
            .arg(peer(failure.peerAddress, failure.peerPort))
            .arg(failure.response.statusCode > 0 ? QString::number(failure.response.statusCode) + QLatin1Char(' ')
                                                 : QString())
            .arg(failure.reason));
}

void InterceptRunner::onConnectionEnded(InterceptConnection *connection)
{
    emitEvent(QStringLiteral("ended"),
        { { QStringLiteral("id"), qint64(connection->id()) }, { QStringLiteral("reason"), connection->endReason() } },
        tr("[%1] ended: %2").arg(connection->id()).arg(connection->endReason()));
    ++m_ended;
    if (m_stopping ? m_server.liveCount() == 0 : (m_options.exitAfter > 0 && m_ended >= m_options.exitAfter)) {
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
    m_server.stop(CloseCode::GoingAway, tr("Framewise intercept is shutting down"));
    if (m_server.liveCount() == 0) {
        QTimer::singleShot(0, this, [this] { finish(ExitOk); });
        return;
    }
    QTimer::singleShot(ShutdownWaitMs, this, [this] { finish(ExitOk); });
}

void InterceptRunner::emitEvent(const QString &event, QJsonObject fields, const QString &human)
{
    if (m_options.jsonl) {
        if (m_options.quiet && event != QLatin1String("refused") && event != QLatin1String("listening"))
            return;
        fields.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        fields.insert(QStringLiteral("event"), event);
        *m_out << QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)) << '\n';
        m_out->flush();
        return;
    }
    if (human.isEmpty() || (m_options.quiet && event != QLatin1String("listening")))
        return;
    *m_out << human << '\n';
    m_out->flush();
}

QString InterceptRunner::shown(const QString &text) const
{
    return m_options.showSecrets ? text : m_options.settings.upstream.redact(text);
}

HttpHeaders InterceptRunner::shownHeaders(const HttpHeaders &headers) const
{
    return m_options.showSecrets ? headers : m_options.settings.upstream.redactedHeaders(headers);
}

void InterceptRunner::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    for (InterceptConnection *connection : m_server.connections())
        connection->abort();
    if (m_store) {
        // Recorders are children of their connections; they end their stored sessions first.
        for (InterceptConnection *connection : m_server.connections()) {
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
