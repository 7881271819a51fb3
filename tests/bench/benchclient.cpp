// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchclient.h"

#include "payload.h"
#include "processmemory.h"
#include "websocketchannel.h"

#include <QFile>
#include <QNetworkProxy>
#include <QWebSocket>

#include <sys/resource.h>

#include <type_traits>

namespace Framewise {

namespace {
constexpr qint64 SendBatch = 10000; // messages handed over per event loop iteration
constexpr qint64 MaxBacklog = 2 * SendBatch; // messages not yet written to the OS before sending pauses
constexpr int WatchdogMs = 120000;
constexpr int StallCheckMs = 1000;
constexpr int StallLimitMs = 10000; // no message received, sent or acknowledged for this long: give up

int slotOf(Payload::Position position)
{
    switch (position) {
    case Payload::Position::First:
        return 0;
    case Payload::Position::Middle:
        return 1;
    case Payload::Position::Last:
        return 2;
    }
    return 1;
}

qint64 maskedFrameLength(qint64 payload)
{
    return payload + 2 + 4 + (payload >= 65536 ? 8 : (payload >= 126 ? 2 : 0));
}
} // namespace

BenchClient::BenchClient(Implementation implementation, const Scenario &scenario, quint16 port, QObject *parent)
    : QObject(parent)
    , m_implementation(implementation)
    , m_scenario(scenario)
    , m_port(port)
{
    for (const auto position : { Payload::Position::First, Payload::Position::Middle, Payload::Position::Last }) {
        const int slot = slotOf(position);
        m_expectedBytes[slot] = Payload::make(position, scenario.size, scenario.text);
        if (scenario.text)
            m_expectedText[slot] = QString::fromUtf8(m_expectedBytes[slot]);
    }
    m_wireFrameLength = maskedFrameLength(scenario.size);
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        fail(QStringLiteral("no result within %1 s (received %2, sent %3)")
                 .arg(WatchdogMs / 1000)
                 .arg(m_received)
                 .arg(m_sent));
    });
    connect(&m_stallCheck, &QTimer::timeout, this, [this] {
        const qint64 progress = m_received + m_sent + m_acknowledged;
        if (progress != m_lastProgress) {
            m_lastProgress = progress;
            m_stalledMs = 0;
        } else if ((m_stalledMs += StallCheckMs) >= StallLimitMs) {
            fail(QStringLiteral("stalled for %1 s (received %2, sent %3)")
                     .arg(StallLimitMs / 1000)
                     .arg(m_received)
                     .arg(m_sent));
        }
    });
}

BenchClient::~BenchClient() = default;

std::optional<BenchClient::Implementation> BenchClient::implementationByName(const QString &name)
{
    if (name == QStringLiteral("framewise"))
        return Implementation::Framewise;
    if (name == QStringLiteral("qt"))
        return Implementation::Qt;
    return std::nullopt;
}

QString BenchClient::implementationName(Implementation implementation)
{
    return implementation == Implementation::Framewise ? QStringLiteral("framewise") : QStringLiteral("qt");
}

qint64 BenchClient::cpuNs()
{
    rusage usage {};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
    const auto ns = [](const timeval &t) { return qint64(t.tv_sec) * 1000000000 + qint64(t.tv_usec) * 1000; };
    return ns(usage.ru_utime) + ns(usage.ru_stime);
}

qint64 BenchClient::peakRssKiB()
{
    return ProcessMemory::statusKiB("VmHWM");
}

void BenchClient::start()
{
    m_cpuAtStartNs = cpuNs();
    m_watchdog.start(WatchdogMs);
    m_stallCheck.start(StallCheckMs);
    const QUrl url(QStringLiteral("ws://127.0.0.1:%1/").arg(m_port));
    if (m_implementation == Implementation::Framewise) {
        m_channel = new WebSocketChannel(this);
        startFramewise();
        if (m_scenario.isReceive())
            m_timer.start();
        const ChannelError error = m_channel->asyncOpen(url);
        if (error != ChannelError::None)
            fail(describeChannelError(error));
    } else {
        m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
        m_socket->setProxy(QNetworkProxy::NoProxy);
        startQt();
        if (m_scenario.isReceive())
            m_timer.start();
        m_socket->open(url);
    }
}

void BenchClient::startFramewise()
{
    connect(m_channel, &WebSocketChannel::started, this, &BenchClient::onOpen);
    connect(
        m_channel, &WebSocketChannel::messageAvailable, this,
        [this](const QByteArray &message) { onTextMessage(message, m_expectedBytes); }, Qt::DirectConnection);
    connect(m_channel, &WebSocketChannel::binaryMessageAvailable, this, &BenchClient::onBinaryMessage,
        Qt::DirectConnection);
    connect(
        m_channel, &WebSocketChannel::acknowledged, this,
        [this](qint64) {
            ++m_acknowledged;
            if (m_sent < m_scenario.count && backlog() <= SendBatch)
                schedulePump();
        },
        Qt::DirectConnection);
    connect(m_channel, &WebSocketChannel::stopped, this, [this](const StopStatus &status) {
        fail(QStringLiteral("channel stopped: %1 %2").arg(StopStatus::reasonName(status.reason), status.detail));
    });
}

void BenchClient::startQt()
{
    connect(m_socket, &QWebSocket::connected, this, &BenchClient::onOpen);
    connect(
        m_socket, &QWebSocket::textMessageReceived, this,
        [this](const QString &message) { onTextMessage(message, m_expectedText); }, Qt::DirectConnection);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &BenchClient::onBinaryMessage, Qt::DirectConnection);
    connect(
        m_socket, &QWebSocket::bytesWritten, this,
        [this](qint64) {
            if (m_sent < m_scenario.count && backlog() <= SendBatch)
                schedulePump();
        },
        Qt::DirectConnection);
    connect(m_socket, &QWebSocket::disconnected, this,
        [this] { fail(QStringLiteral("QWebSocket disconnected: %1").arg(m_socket->errorString())); });
}

void BenchClient::onOpen()
{
    if (m_scenario.isReceive())
        return;
    m_sending = true;
    m_timer.start(); // sending: from the first message until the sink confirmed the last
    pump();
}

template <typename Text> void BenchClient::onTextMessage(const Text &message, const Text *expected)
{
    if (m_scenario.isReceive() && m_scenario.text)
        received(message, expected);
    else if (!m_scenario.isReceive()) {
        if constexpr (std::is_same_v<Text, QString>)
            onDoneMessage(message.toUtf8());
        else
            onDoneMessage(message);
    } else
        fail(QStringLiteral("text message in a binary scenario"));
}

void BenchClient::onBinaryMessage(const QByteArray &message)
{
    if (m_scenario.isReceive() && !m_scenario.text)
        received(message, m_expectedBytes);
    else
        fail(QStringLiteral("unexpected binary message"));
}

template <typename Message> void BenchClient::received(const Message &message, const Message *expected)
{
    const qint64 index = m_received++;
    m_receivedBytes += message.size();
    if (message.size() != m_scenario.size)
        ++m_wrongSize;
    if (index == 0 || index == m_scenario.count - 1 || index == Payload::sampledMiddleIndex(m_scenario.count)) {
        if (message != expected[slotOf(Payload::positionOf(index, m_scenario.count))])
            fail(QStringLiteral("message %1 has the wrong content").arg(index));
    }
    if (m_received == m_scenario.count) {
        if (m_wrongSize > 0)
            fail(QStringLiteral("%1 messages had the wrong size").arg(m_wrongSize));
        else if (m_receivedBytes != m_scenario.count * m_scenario.size)
            fail(QStringLiteral("received %1 payload bytes").arg(m_receivedBytes));
        else
            complete();
    } else if (m_received > m_scenario.count) {
        fail(QStringLiteral("more messages than were sent"));
    }
}

void BenchClient::onDoneMessage(const QByteArray &text)
{
    if (m_sent != m_scenario.count) {
        fail(QStringLiteral("the sink answered after %1 of %2 messages").arg(m_sent).arg(m_scenario.count));
        return;
    }
    m_sinkReport = QString::fromUtf8(text);
    const QString expected
        = QStringLiteral("done %1 %2 ok").arg(m_scenario.count).arg(m_scenario.count * m_scenario.size);
    if (m_sinkReport != expected)
        fail(QStringLiteral("sink reported \"%1\"").arg(m_sinkReport));
    else
        complete();
}

qint64 BenchClient::backlog() const
{
    if (m_implementation == Implementation::Framewise)
        return m_sent - m_acknowledged;
    return (m_socket->bytesToWrite() + m_wireFrameLength - 1) / m_wireFrameLength;
}

void BenchClient::schedulePump()
{
    if (m_pumpScheduled || m_done || !m_sending)
        return;
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(this, &BenchClient::pump, Qt::QueuedConnection);
}

void BenchClient::pump()
{
    m_pumpScheduled = false;
    if (m_done || !m_sending)
        return;
    qint64 batch = 0;
    while (m_sent < m_scenario.count && batch < SendBatch && backlog() < MaxBacklog) {
        const int slot = slotOf(Payload::positionOf(m_sent, m_scenario.count));
        if (m_implementation == Implementation::Framewise) {
            const ChannelError error = m_channel->sendMsg(m_expectedBytes[slot]);
            if (error != ChannelError::None) {
                fail(QStringLiteral("sendMsg: %1").arg(describeChannelError(error)));
                return;
            }
        } else {
            if (m_socket->sendTextMessage(m_expectedText[slot]) <= 0) {
                fail(QStringLiteral("sendTextMessage failed"));
                return;
            }
        }
        ++m_sent;
        ++batch;
    }
    // Give the event loop a turn (the socket writes there); continue now if there is room,
    // otherwise when acknowledged()/bytesWritten() report progress.
    if (m_sent < m_scenario.count && backlog() < MaxBacklog)
        schedulePump();
}

void BenchClient::fail(const QString &why)
{
    if (m_done)
        return;
    m_error = why;
    complete();
}

void BenchClient::complete()
{
    if (m_done)
        return;
    m_done = true;
    m_elapsedNs = m_timer.isValid() ? m_timer.nsecsElapsed() : -1;
    m_cpuUsedNs = cpuNs() - m_cpuAtStartNs;
    m_watchdog.stop();
    m_stallCheck.stop();
    Q_EMIT finished();
}

QJsonObject BenchClient::result() const
{
    QJsonObject object;
    object.insert(QStringLiteral("implementation"), implementationName(m_implementation));
    object.insert(QStringLiteral("scenario"), m_scenario.name);
    object.insert(QStringLiteral("count"), m_scenario.count);
    object.insert(QStringLiteral("size"), m_scenario.size);
    object.insert(QStringLiteral("ok"), m_error.isEmpty() && m_done);
    object.insert(QStringLiteral("error"), m_error);
    object.insert(QStringLiteral("elapsedNs"), m_elapsedNs);
    object.insert(QStringLiteral("cpuNs"), m_cpuUsedNs);
    object.insert(QStringLiteral("received"), m_received);
    object.insert(QStringLiteral("sent"), m_sent);
    object.insert(QStringLiteral("sink"), m_sinkReport);
    object.insert(QStringLiteral("peakRssKiB"), peakRssKiB());
    if (m_channel) {
        object.insert(QStringLiteral("wireBytesReceived"), m_channel->bytesReceived());
        object.insert(QStringLiteral("wireBytesSent"), m_channel->bytesSent());
    }
    return object;
}

} // namespace Framewise
