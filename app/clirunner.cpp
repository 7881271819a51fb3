// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include "closecode.h"
#include "localechoserver.h"
#include "websocketchannel.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

namespace Framewise {

int CliRunner::exitCodeFor(StopReason reason)
{
    return reason == StopReason::Ok ? ExitOk : 10 + int(reason);
}

QString CliRunner::exitCodeTable()
{
    QString table = tr("Exit status:\n  0   the connection was closed cleanly\n  1   internal error\n  2   usage error "
                       "(bad option or URL)\n");
    for (int r = int(StopReason::ConnectionRefused); r <= int(StopReason::RedirectFailed); ++r) {
        table += QStringLiteral("  %1  %2\n")
                     .arg(exitCodeFor(StopReason(r)), -2)
                     .arg(StopStatus::reasonName(StopReason(r)));
    }
    return table;
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

CliRunner::~CliRunner() = default;

QString CliRunner::start()
{
    if (m_options.closeCode != 0 && !CloseCode::isSendable(m_options.closeCode))
        return tr("--close-code %1 may not be sent; use 1000-1003, 1007-1014 or 3000-4999.").arg(m_options.closeCode);
    if (m_options.closeReason.toUtf8().size() > 123)
        return tr("--close-reason is %1 bytes of UTF-8; at most 123 are allowed.")
            .arg(m_options.closeReason.toUtf8().size());
    if (m_options.closeCode == 0 && !m_options.closeReason.isEmpty())
        return tr("--close-reason needs a --close-code.");
    if (!m_options.sendFile.isEmpty()) {
        m_file = std::make_unique<QFile>(m_options.sendFile);
        if (!m_file->open(QIODevice::ReadOnly))
            return tr("Cannot read %1: %2").arg(m_options.sendFile, m_file->errorString());
    }
    if (m_options.localEcho) {
        m_server = std::make_unique<LocalEchoServer>();
        if (!m_server->start())
            return tr("The local echo server could not start: %1").arg(m_server->errorString());
        if (m_options.url.isEmpty())
            m_options.url = m_server->url();
    }
    if (m_options.url.isEmpty())
        return tr("No URL given. Try --help.");

    m_channel = new WebSocketChannel(this);
    m_channel->setRequestHeaders(m_options.headers);
    if (m_channel->setProtocols(m_options.protocols) != ChannelError::None)
        return tr("A --protocol value is not a valid subprotocol name.");
    if (m_channel->setPingInterval(m_options.pingInterval) != ChannelError::None
        || m_channel->setPingTimeout(m_options.pingTimeout) != ChannelError::None)
        return tr("--ping-interval must be 0 or more and --ping-timeout more than 0.");
    m_channel->setOpenTimeout(m_options.openTimeoutMs);
    DeflateOptions deflate;
    deflate.enabled = m_options.compression;
    m_channel->setDeflateOptions(deflate);

    connect(m_channel, &WebSocketChannel::started, this, &CliRunner::onStarted);
    connect(m_channel, &WebSocketChannel::messageAvailable, this,
        [this](const QByteArray &payload) { onMessage(true, payload); });
    connect(m_channel, &WebSocketChannel::binaryMessageAvailable, this,
        [this](const QByteArray &payload) { onMessage(false, payload); });
    connect(m_channel, &WebSocketChannel::acknowledged, this, [this] {
        --m_pendingAcks;
        maybeFinishSending();
    });
    connect(m_channel, &WebSocketChannel::pingReceived, this, [this](const QByteArray &payload) {
        printEvent(QStringLiteral("ping"), QStringLiteral("in"), QStringLiteral("ping"), payload, tr("ping"));
    });
    connect(m_channel, &WebSocketChannel::pongReceived, this, [this](const QByteArray &payload, qint64 rttUs) {
        QJsonObject extra;
        if (rttUs >= 0)
            extra.insert(QStringLiteral("rtt_ms"), double(rttUs) / 1000.0);
        printEvent(QStringLiteral("pong"), QStringLiteral("in"), QStringLiteral("pong"), payload,
            rttUs >= 0 ? tr("pong, round trip %1 ms").arg(double(rttUs) / 1000.0, 0, 'f', 2) : tr("pong"), extra);
    });
    connect(m_channel, &WebSocketChannel::serverClosed, this, [this](quint16 code, const QString &reason) {
        QJsonObject extra { { QStringLiteral("code"), code }, { QStringLiteral("reason"), reason } };
        printEvent(QStringLiteral("close"), QStringLiteral("in"), QStringLiteral("close"), reason.toUtf8(),
            tr("server closed: %1 %2").arg(code).arg(reason), extra);
    });
    connect(m_channel, &WebSocketChannel::stopped, this, &CliRunner::onStopped);

    const ChannelError error = m_channel->asyncOpen(m_options.url, m_options.origin);
    if (error != ChannelError::None)
        return tr("Cannot open %1: %2").arg(m_options.url.toString(), describeChannelError(error));
    return {};
}

void CliRunner::printEvent(const QString &event, const QString &direction, const QString &opcode,
    const QByteArray &payload, const QString &human, const QJsonObject &extra)
{
    if (m_options.jsonl) {
        QJsonObject object = extra;
        object.insert(QStringLiteral("time"), double(QDateTime::currentMSecsSinceEpoch()) / 1000.0);
        object.insert(QStringLiteral("event"), event);
        if (!direction.isEmpty())
            object.insert(QStringLiteral("direction"), direction);
        if (!opcode.isEmpty())
            object.insert(QStringLiteral("opcode"), opcode);
        object.insert(QStringLiteral("size"), qint64(payload.size()));
        if (opcode == QLatin1String("text"))
            object.insert(QStringLiteral("text"), QString::fromUtf8(payload));
        else if (!payload.isEmpty() && opcode != QLatin1String("close"))
            object.insert(QStringLiteral("base64"), QString::fromLatin1(payload.toBase64()));
        *m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
        m_out->flush();
        return;
    }
    if (m_options.quiet)
        return;
    *m_out << human << '\n';
    m_out->flush();
}

void CliRunner::onStarted()
{
    QJsonObject extra { { QStringLiteral("url"), m_channel->URI().toString() },
        { QStringLiteral("protocol"), m_channel->protocol() },
        { QStringLiteral("extensions"), m_channel->extensions() } };
    QString human = tr("* connected to %1").arg(m_channel->URI().toString());
    if (!m_channel->protocol().isEmpty())
        human += tr(" (subprotocol %1)").arg(m_channel->protocol());
    if (!m_channel->extensions().isEmpty())
        human += tr(" [%1]").arg(m_channel->extensions());
    printEvent(QStringLiteral("open"), QString(), QString(), {}, human, extra);
    sendAll();
}

void CliRunner::sendAll()
{
    for (const QString &text : std::as_const(m_options.send)) {
        const QByteArray utf8 = text.toUtf8();
        if (m_channel->sendMsg(utf8) == ChannelError::None) {
            ++m_pendingAcks;
            printEvent(QStringLiteral("message"), QStringLiteral("out"), QStringLiteral("text"), utf8,
                tr("> text %1 B: %2").arg(utf8.size()).arg(text));
        }
    }
    if (m_file) {
        const qint64 size = m_file->size();
        if (m_channel->sendBinaryStream(m_file.get(), size) == ChannelError::None) {
            ++m_pendingAcks;
            QJsonObject extra { { QStringLiteral("file"), m_options.sendFile } };
            if (m_options.jsonl) {
                QJsonObject object = extra;
                object.insert(QStringLiteral("time"), double(QDateTime::currentMSecsSinceEpoch()) / 1000.0);
                object.insert(QStringLiteral("event"), QStringLiteral("message"));
                object.insert(QStringLiteral("direction"), QStringLiteral("out"));
                object.insert(QStringLiteral("opcode"), QStringLiteral("binary"));
                object.insert(QStringLiteral("size"), size);
                *m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
                m_out->flush();
            } else if (!m_options.quiet) {
                *m_out << tr("> binary %1 B from %2").arg(size).arg(m_options.sendFile) << '\n';
                m_out->flush();
            }
        }
    }
    maybeFinishSending();
}

void CliRunner::maybeFinishSending()
{
    if (m_sendingDone || m_pendingAcks > 0)
        return;
    m_sendingDone = true;
    // Only --send / --send-file: wait briefly for replies, then close.
    const bool sentSomething = !m_options.send.isEmpty() || m_file;
    if (sentSomething && !m_options.echo && m_options.count < 0)
        m_linger.start(m_options.lingerMs);
}

void CliRunner::onMessage(bool text, const QByteArray &payload)
{
    ++m_received;
    const QString opcode = text ? QStringLiteral("text") : QStringLiteral("binary");
    printEvent(QStringLiteral("message"), QStringLiteral("in"), opcode, payload,
        text ? tr("< text %1 B: %2").arg(payload.size()).arg(QString::fromUtf8(payload))
             : tr("< binary %1 B: %2").arg(payload.size()).arg(QString::fromLatin1(payload.left(32).toHex(' '))));
    if (m_linger.isActive())
        m_linger.start(m_options.lingerMs); // replies are still coming
    if (m_options.echo) {
        const ChannelError error = text ? m_channel->sendMsg(payload) : m_channel->sendBinaryMsg(payload);
        if (error == ChannelError::None)
            printEvent(QStringLiteral("message"), QStringLiteral("out"), opcode, payload,
                tr("> %1 %2 B (echo)").arg(opcode).arg(payload.size()));
    }
    if (m_options.count >= 0 && m_received >= m_options.count)
        closeNow();
}

void CliRunner::closeNow()
{
    m_linger.stop();
    if (m_channel && m_channel->state() != WebSocketChannel::State::Closed
        && m_channel->state() != WebSocketChannel::State::Closing)
        m_channel->close(m_options.closeCode, m_options.closeReason);
}

void CliRunner::interrupt()
{
    if (m_channel && m_channel->state() == WebSocketChannel::State::Connecting)
        m_channel->abort();
    else
        closeNow();
}

void CliRunner::onStopped(const StopStatus &status)
{
    QJsonObject extra { { QStringLiteral("status"), StopStatus::reasonName(status.reason) },
        { QStringLiteral("message"), status.message() } };
    if (status.closeFrameSent)
        extra.insert(QStringLiteral("code_sent"), status.closeCodeSent);
    if (status.closeFrameReceived || status.closeCodeReceived) {
        extra.insert(QStringLiteral("code"), status.closeCodeReceived);
        extra.insert(QStringLiteral("reason"), status.closeReasonReceived);
    }
    if (status.httpStatus)
        extra.insert(QStringLiteral("http_status"), status.httpStatus);
    if (status.reason == StopReason::Ok) {
        printEvent(QStringLiteral("stop"), QString(), QString(), {}, tr("* closed: %1").arg(status.message()), extra);
    } else if (m_options.jsonl) {
        printEvent(QStringLiteral("error"), QString(), QString(), {}, QString(), extra);
    }
    if (status.reason != StopReason::Ok) {
        *m_err << tr("framewise-cli: %1").arg(status.message()) << '\n';
        m_err->flush();
    }
    Q_EMIT finished(exitCodeFor(status.reason));
}

} // namespace Framewise
