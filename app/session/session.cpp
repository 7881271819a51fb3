// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "closecode.h"
#include "recordsource.h"
#include "wallclock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace Framewise {

namespace {
MessageRecord::Kind kindOf(quint8 opcode)
{
    switch (opcode) {
    case Opcode::Binary:
        return MessageRecord::Kind::Binary;
    case Opcode::Ping:
        return MessageRecord::Kind::Ping;
    case Opcode::Pong:
        return MessageRecord::Kind::Pong;
    case Opcode::Close:
        return MessageRecord::Kind::Close;
    default:
        return MessageRecord::Kind::Text;
    }
}
} // namespace

Session::Session(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    m_notifyTimer.setSingleShot(true);
    m_notifyTimer.setInterval(NotifyIntervalMs);
    connect(&m_notifyTimer, &QTimer::timeout, this, &Session::notifyGrowth);
    m_quietTimer.setInterval(QuietMs);
    connect(&m_quietTimer, &QTimer::timeout, this, &Session::checkQuiet);
    m_rateTimer.setInterval(1000);
    connect(&m_rateTimer, &QTimer::timeout, this, &Session::sampleRates);
}

Session::~Session()
{
    Q_EMIT destroying();
    if (m_channel) {
        m_channel->setObserver(nullptr);
        m_channel->abort();
    }
}

void Session::observeFrameReceived(const FrameInfo &frame)
{
    recordFrame(frame, false);
    if (m_onward)
        m_onward->observeFrameReceived(frame);
}

void Session::observeMessage(const QByteArray &payload, bool binary)
{
    record(MessageRecord::Direction::In, binary ? MessageRecord::Kind::Binary : MessageRecord::Kind::Text, payload);
    if (m_onward)
        m_onward->observeMessage(payload, binary);
}

qint64 Session::nowUs() const
{
    return WallClock::nowUs(); // the channel's clock too, so their times compare
}

ConnectionDetails Session::connectionDetails() const
{
    ConnectionDetails details;
    if (!m_channel)
        return details;
    details.started = true;
    details.state = m_channel->state();
    details.url = m_channel->URI();
    details.redirectChain = m_channel->redirectChain();
    details.request = m_channel->handshakeRequest();
    details.response = m_channel->handshakeResponse();
    details.protocol = m_channel->protocol();
    details.extensions = m_channel->extensions();
    details.security = m_channel->securityInfo();
    details.intercepted = m_intercepted;
    details.appRequest = m_appRequest;
    details.appResponse = m_appResponse;
    return details;
}

WebSocketChannel::State Session::state() const
{
    return m_channel ? m_channel->state() : WebSocketChannel::State::Idle;
}

ChannelError Session::checkCanConnect(QString *error) const
{
    if (m_readOnly) {
        if (error)
            *error = tr("A recorded session is read-only; open a new connection tab to connect.");
        return ChannelError::AlreadyOpened;
    }
    if (m_channel && m_channel->state() != WebSocketChannel::State::Closed)
        return ChannelError::AlreadyOpened;
    return ChannelError::None;
}

ChannelError Session::open(const ConnectionSettings &settings, QString *error)
{
    if (const ChannelError refused = checkCanConnect(error); refused != ChannelError::None)
        return refused;
    beginConnection();
    auto *channel = new WebSocketChannel(this);
    if (m_openTimeoutMs > 0)
        channel->setOpenTimeout(m_openTimeoutMs);
    QString why;
    if (!settings.applyTo(channel, &why)) {
        channel->deleteLater();
        if (error)
            *error = why;
        return ChannelError::InvalidArgument;
    }

    follow(channel, settings);
    if (m_keepMessages)
        m_log.prepare(); // the first log memory is faulted in on a worker while the handshake runs
    const ChannelError result = channel->asyncOpen(settings.url, settings.origin);
    if (result != ChannelError::None) {
        m_probe.stop();
        channel->deleteLater();
        m_channel = nullptr;
        if (error)
            *error = describeChannelError(result);
    }
    return result;
}

ChannelError Session::adopt(WebSocketChannel *channel, const ConnectionSettings &settings, QString *error)
{
    if (const ChannelError refused = checkCanConnect(error); refused != ChannelError::None)
        return refused;
    if (!channel || channel->state() != WebSocketChannel::State::Idle)
        return ChannelError::InvalidArgument;
    beginConnection();
    channel->setParent(this);
    follow(channel, settings);
    // No m_log.prepare(): an intercept carries many connections, most of them small, and two
    // faulted-in spare blocks each (20 MiB) would add up; this log faults its memory in as it fills.
    return ChannelError::None;
}

void Session::beginConnection()
{
    if (!m_preserveLog && (m_log.size() > 0 || m_totals.messagesIn + m_totals.messagesOut > 0)) {
        clearLog();
        m_totals = {};
        m_lastSampleTotals = {};
        m_rates.clear();
        m_rtts.clear();
        m_lastRttUs = -1;
        Q_EMIT statisticsReset();
    }
    if (m_rates.empty() && m_rtts.empty() && m_log.size() == 0) {
        // Nothing is timed yet: the plots' time axis starts at this connection ("0 s"), not when
        // the tab was opened.
        m_clock.restart();
    }
    m_connectionStarts.push_back(m_log.size()); // this connection's first row (Preserve log keeps earlier ones)
    if (m_channel) {
        m_channel->setObserver(nullptr);
        m_channel->deleteLater();
    }
}

void Session::follow(WebSocketChannel *channel, const ConnectionSettings &settings)
{
    connect(channel, &WebSocketChannel::stateChanged, this, &Session::stateChanged);
    connect(channel, &WebSocketChannel::started, this, [this, channel] {
        QString text = tr("Connected to %1").arg(m_settings.redactedUrl(channel->URI()));
        if (!channel->protocol().isEmpty())
            text += tr(" (subprotocol %1)").arg(channel->protocol());
        if (channel->isCompressionActive())
            text += tr(", compressed");
        record(MessageRecord::Direction::Local, MessageRecord::Kind::Event, text.toUtf8());
        m_rateTimer.start();
    });
    channel->setObserver(this); // received frames and messages
    connect(channel, &WebSocketChannel::frameSent, this, [this](const FrameInfo &f) { recordFrame(f, true); });
    connect(channel, &WebSocketChannel::pongReceived, this, [this](const QByteArray &, qint64 rttUs) {
        if (rttUs < 0)
            return;
        m_lastRttUs = rttUs;
        m_rtts.push_back({ m_clock.elapsed(), rttUs });
        if (m_rtts.size() > MaxRttSamples) // the plot's history; every pong stays in the log
            m_rtts.erase(m_rtts.begin(), m_rtts.begin() + MaxRttSamples / 10);
        Q_EMIT rttMeasured(rttUs);
    });
    connect(channel, &WebSocketChannel::handshakeRequestSent, this, [this] { Q_EMIT detailsChanged(); });
    connect(channel, &WebSocketChannel::handshakeResponseReceived, this, [this] { Q_EMIT detailsChanged(); });
    connect(channel, &WebSocketChannel::secured, this, [this] { Q_EMIT detailsChanged(); });
    connect(channel, &WebSocketChannel::redirected, this, [this](const QUrl &from, const QUrl &to, int status) {
        record(MessageRecord::Direction::Local, MessageRecord::Kind::Event,
            tr("Redirected (%1) from %2 to %3")
                .arg(status)
                .arg(m_settings.redactedUrl(from), m_settings.redactedUrl(to))
                .toUtf8());
        Q_EMIT detailsChanged();
    });
    connect(channel, &WebSocketChannel::stopped, this, [this](const StopStatus &status) {
        endReceivingPause();
        m_lastStop = status;
        m_hasStopped = true;
        m_rateTimer.stop();
        sampleRates();
        flushHeldFrame();
        record(
            MessageRecord::Direction::Local, MessageRecord::Kind::Event, m_settings.redact(status.message()).toUtf8());
        Q_EMIT detailsChanged();
        Q_EMIT stopped(status);
    });

    m_channel = channel;
    m_probe.start(channel, settings.rttProbeIntervalS); // its pongs come through pongReceived above
    m_settings = settings;
    m_hasStopped = false;
    m_pendingInFrames.clear();
    m_pendingOutFrames.clear();
    m_streamRecord = -1;
    m_pendingInTimeUs = 0;
    m_pendingInWire = 0;
    m_pendingInCompressed = false;
    m_hasHeldFrame = false;
}

ChannelError Session::close(quint16 code, const QString &reason)
{
    if (!m_channel)
        return ChannelError::NotOpen;
    const ChannelError result = m_channel->close(code, reason);
    if (result == ChannelError::None)
        endReceivingPause(); // the channel reads again to get the server's Close
    return result;
}

bool Session::setReceivingPaused(bool paused)
{
    if (paused == m_receivingPaused)
        return true;
    if (!m_channel || m_channel->state() != WebSocketChannel::State::Open)
        return false;
    m_receivingPaused = paused;
    if (paused)
        m_channel->suspend();
    else
        m_channel->resume();
    record(MessageRecord::Direction::Local, MessageRecord::Kind::Event,
        (paused ? tr("Receiving paused: what the server sends waits in the network buffers") : tr("Receiving resumed"))
            .toUtf8());
    Q_EMIT receivingPausedChanged(paused);
    return true;
}

void Session::endReceivingPause()
{
    if (!m_receivingPaused)
        return;
    m_receivingPaused = false; // the channel has dropped its suspension (close) or is done
    Q_EMIT receivingPausedChanged(false);
}

void Session::abort()
{
    if (m_channel)
        m_channel->abort();
}

bool Session::goAway(int waitMs)
{
    if (!m_channel)
        return false;
    switch (m_channel->state()) {
    case WebSocketChannel::State::Idle:
    case WebSocketChannel::State::Closed:
        return false;
    case WebSocketChannel::State::Connecting:
        m_channel->abort();
        return false;
    case WebSocketChannel::State::Open:
        if (close(CloseCode::GoingAway, tr("Going away")) != ChannelError::None) {
            m_channel->abort();
            return false;
        }
        break;
    case WebSocketChannel::State::Closing:
        break;
    }
    // The server's Close normally comes within a round trip; a browser does not wait longer.
    QTimer::singleShot(waitMs, m_channel, [channel = m_channel] {
        if (channel)
            channel->abort();
    });
    return true;
}

ChannelError Session::sendText(const QString &text)
{
    if (!m_channel)
        return ChannelError::NotOpen;
    const QByteArray utf8 = text.toUtf8();
    const ChannelError error = m_channel->sendMsg(utf8);
    if (error == ChannelError::None)
        record(MessageRecord::Direction::Out, MessageRecord::Kind::Text, utf8);
    return error;
}

ChannelError Session::forward(bool binary, const QByteArray &payload, quint8 marks, const QByteArray &original)
{
    if (!m_channel)
        return ChannelError::NotOpen;
    const ChannelError error = binary ? m_channel->sendBinaryMsg(payload) : m_channel->sendMsg(payload);
    if (error == ChannelError::None) {
        record(MessageRecord::Direction::Out, binary ? MessageRecord::Kind::Binary : MessageRecord::Kind::Text, payload,
            0, marks);
        if (m_keepMessages)
            keepOriginal(m_log.size() - 1, marks, original); // the Out record is always the last one
    }
    return error;
}

void Session::recordIntervention(MessageRecord::Direction direction, MessageRecord::Kind kind,
    const QByteArray &payload, quint8 marks, const QByteArray &original)
{
    if (!m_keepMessages)
        return;
    MessageRecord message;
    message.direction = direction;
    message.kind = kind;
    message.marks = marks;
    message.timeUs = nowUs();
    keepOriginal(m_log.append(message, payload), marks, original);
    noteGrowth();
}

void Session::keepOriginal(qsizetype index, quint8 marks, const QByteArray &original)
{
    if ((marks & MessageRecord::Edited) && !original.isNull())
        m_originals.insert(index, original);
}

QByteArray Session::originalPayload(qsizetype index) const
{
    return m_originals.value(index);
}

void Session::setAppHandshake(const HandshakeRequest &request, const HandshakeResponse &response)
{
    m_intercepted = true;
    m_appRequest = request;
    m_appResponse = response;
    Q_EMIT detailsChanged();
}

void Session::recordEvent(const QString &text)
{
    record(MessageRecord::Direction::Local, MessageRecord::Kind::Event, m_settings.redact(text).toUtf8());
}

ChannelError Session::sendBinary(const QByteArray &data)
{
    if (!m_channel)
        return ChannelError::NotOpen;
    const ChannelError error = m_channel->sendBinaryMsg(data);
    if (error == ChannelError::None)
        record(MessageRecord::Direction::Out, MessageRecord::Kind::Binary, data);
    return error;
}

ChannelError Session::sendFile(const QString &path, QString *errorText)
{
    if (!m_channel)
        return ChannelError::NotOpen;
    auto *file = new QFile(path, this);
    if (!file->open(QIODevice::ReadOnly)) {
        if (errorText)
            *errorText = tr("Cannot read %1: %2").arg(path, file->errorString());
        delete file;
        return ChannelError::InvalidArgument;
    }
    const qint64 size = file->size();
    if (size <= MaxKeptFileBytes) {
        // Small enough to keep: sent and logged like a typed binary message, so views and exports
        // have its bytes.
        const QByteArray data = file->readAll();
        const bool complete = data.size() == size && file->error() == QFileDevice::NoError;
        if (!complete && errorText)
            *errorText = tr("Cannot read %1: %2").arg(path, file->errorString());
        delete file;
        return complete ? sendBinary(data) : ChannelError::InvalidArgument;
    }
    const ChannelError error = m_channel->sendBinaryStream(file, size);
    if (error != ChannelError::None) {
        delete file;
        return error;
    }
    // The file stays open until the message is out (or the channel stops).
    WebSocketChannel *channel = m_channel;
    connect(channel, &WebSocketChannel::stopped, file, &QObject::deleteLater);
    connect(channel, &WebSocketChannel::acknowledged, file, [file, size](qint64 acknowledged) {
        if (acknowledged == size && file->atEnd())
            file->deleteLater();
    });
    MessageRecord message;
    message.timeUs = nowUs();
    message.direction = MessageRecord::Direction::Out;
    message.kind = MessageRecord::Kind::Binary;
    message.payloadOmitted = true;
    message.payloadSize = size;
    message.wireSize = size;
    // Its bytes are not kept; its name is, so that the log and exports can say what went out. The
    // whole path is for this window's display only.
    m_streamRecord = m_log.append(message, QFileInfo(path).fileName().toUtf8());
    m_log.setSourceFile(m_streamRecord, QFileInfo(path).absoluteFilePath());
    ++m_totals.messagesOut;
    m_totals.bytesOut += size;
    noteGrowth();
    return ChannelError::None;
}

ChannelError Session::ping(const QByteArray &payload)
{
    return m_channel ? m_channel->ping(payload) : ChannelError::NotOpen;
}

bool Session::loadRecords(RecordSource &source, QString *error)
{
    m_readOnly = true;
    const qsizetype count = source.count();
    LogEntry entry;
    bool ok = true;
    for (qsizetype i = 0; i < count; ++i) {
        if (!source.read(i, &entry)) {
            if (error)
                *error = source.errorString();
            ok = false;
            break;
        }
        MessageRecord message;
        message.timeUs = entry.timeUs;
        message.direction = entry.direction;
        message.kind = entry.kind;
        message.closeCode = entry.closeCode;
        message.wireSize = entry.wireSize;
        message.compressed = entry.compressed;
        message.payloadOmitted = entry.payloadOmitted;
        message.marks = entry.marks;
        if (entry.payloadOmitted)
            message.payloadSize = entry.payloadSize;
        const bool data = entry.kind == MessageRecord::Kind::Text || entry.kind == MessageRecord::Kind::Binary;
        if (data && entry.direction == MessageRecord::Direction::In) {
            ++m_totals.messagesIn;
            m_totals.bytesIn += entry.payloadSize;
            m_totals.wireBytesIn += entry.wireSize;
        } else if (data && entry.direction == MessageRecord::Direction::Out) {
            ++m_totals.messagesOut;
            m_totals.bytesOut += entry.payloadSize;
        }
        // The source's payload may be a view into its page: append() copies small payloads into
        // the arena; large ones must own their bytes to be shared.
        const bool large = entry.payload.size() >= SessionLog::LargePayload;
        m_log.append(message, large ? QByteArray(entry.payload.constData(), entry.payload.size()) : entry.payload);
    }
    Q_EMIT logGrew(m_log.size());
    return ok;
}

qsizetype Session::connectionStartOf(qsizetype row) const
{
    const auto after = std::upper_bound(m_connectionStarts.begin(), m_connectionStarts.end(), row);
    return after == m_connectionStarts.begin() ? 0 : *(after - 1);
}

void Session::clearLog()
{
    m_log.clear();
    m_originals.clear();
    m_connectionStarts.clear();
    m_pendingInFrames.clear();
    m_pendingOutFrames.clear();
    m_hasHeldFrame = false;
    m_notifiedSize = 0;
    Q_EMIT logCleared();
}

void Session::record(MessageRecord::Direction direction, MessageRecord::Kind kind, const QByteArray &payload,
    quint16 closeCode, quint8 marks)
{
    if (!m_keepMessages && (kind == MessageRecord::Kind::Text || kind == MessageRecord::Kind::Binary)) {
        countOnly(direction, payload.size());
        return;
    }
    MessageRecord message;
    message.direction = direction;
    message.kind = kind;
    message.closeCode = closeCode;
    message.marks = marks;
    std::vector<qsizetype> *frames = nullptr;
    if (direction == MessageRecord::Direction::In
        && (kind == MessageRecord::Kind::Text || kind == MessageRecord::Kind::Binary)) {
        // Its frames were just parsed: their time is the message's (no clock read per message).
        message.timeUs = m_pendingInTimeUs > 0 ? m_pendingInTimeUs : nowUs();
        frames = &m_pendingInFrames;
        message.wireSize = m_pendingInWire;
        message.compressed = m_pendingInCompressed;
        m_pendingInTimeUs = 0;
        m_pendingInWire = 0;
        m_pendingInCompressed = false;
        ++m_totals.messagesIn;
        m_totals.bytesIn += payload.size();
        m_totals.wireBytesIn += message.wireSize;
        if (m_hasHeldFrame && frames->empty()) {
            m_hasHeldFrame = false;
            m_log.appendWithFrame(message, payload, m_heldFrame);
            noteGrowth();
            return;
        }
    } else if (direction == MessageRecord::Direction::Out) {
        message.timeUs = nowUs();
        frames = &m_pendingOutFrames;
        message.wireSize = 0;
        for (const qsizetype f : m_pendingOutFrames) {
            const FrameRecord frame = m_log.frameAt(f);
            message.wireSize += frame.payloadLength;
            message.compressed = message.compressed || frame.has(FrameRecord::Rsv1);
        }
        if (kind == MessageRecord::Kind::Text || kind == MessageRecord::Kind::Binary) {
            ++m_totals.messagesOut;
            m_totals.bytesOut += payload.size();
        }
    } else {
        message.timeUs = nowUs();
        message.wireSize = payload.size();
    }
    if (frames)
        message.frameCount = quint32(std::max<std::size_t>(frames->size(), 1));
    const qsizetype index = m_log.append(message, payload);
    if (frames) {
        for (const qsizetype f : *frames)
            m_log.linkFrame(f, index);
        frames->clear();
    }
    noteGrowth();
}

// A message that is not kept: its figures, and nothing of what was gathered for its record.
void Session::countOnly(MessageRecord::Direction direction, qsizetype size)
{
    if (direction == MessageRecord::Direction::In) {
        ++m_totals.messagesIn;
        m_totals.bytesIn += size;
        m_totals.wireBytesIn += m_pendingInWire;
        m_pendingInTimeUs = 0;
        m_pendingInWire = 0;
        m_pendingInCompressed = false;
    } else if (direction == MessageRecord::Direction::Out) {
        ++m_totals.messagesOut;
        m_totals.bytesOut += size;
    }
}

void Session::flushHeldFrame()
{
    // Its message never came (e.g. invalid UTF-8 ended the connection): the frame is shown alone.
    if (!m_hasHeldFrame)
        return;
    m_hasHeldFrame = false;
    m_log.appendFrame(m_heldFrame);
}

FrameRecord Session::frameRecordOf(const FrameInfo &frame, bool outgoing)
{
    FrameRecord f;
    f.timeUs = frame.timeUs;
    f.payloadLength = frame.payloadLength;
    f.maskKey = frame.maskKey;
    f.opcode = frame.opcode;
    f.headerLength = frame.headerLength;
    f.flags = quint8((frame.fin ? FrameRecord::Fin : 0) | (frame.rsv1 ? FrameRecord::Rsv1 : 0)
        | (frame.rsv2 ? FrameRecord::Rsv2 : 0) | (frame.rsv3 ? FrameRecord::Rsv3 : 0)
        | (frame.masked ? FrameRecord::Masked : 0) | (outgoing ? FrameRecord::Outgoing : 0));
    return f;
}

void Session::recordAppLegFrame(const FrameInfo &frame, bool fromApp)
{
    if (!keepsDataFrames())
        return;
    FrameRecord f = frameRecordOf(frame, fromApp);
    f.flags |= FrameRecord::AppLeg;
    m_log.appendFrame(f);
    noteGrowth();
}

void Session::recordFrame(const FrameInfo &frame, bool outgoing)
{
    const bool control = Opcode::isControl(frame.opcode);
    if (!outgoing && !control) {
        m_pendingInTimeUs = frame.timeUs;
        m_pendingInWire += frame.payloadLength;
        m_pendingInCompressed = m_pendingInCompressed || frame.rsv1;
    }
    if (!keepsDataFrames() && !control)
        return;
    flushHeldFrame();
    const FrameRecord f = frameRecordOf(frame, outgoing);
    if (control) {
        MessageRecord message;
        message.timeUs = frame.timeUs;
        message.direction = outgoing ? MessageRecord::Direction::Out : MessageRecord::Direction::In;
        message.kind = kindOf(frame.opcode);
        message.wireSize = frame.payloadLength;
        if (frame.opcode == Opcode::Close && frame.controlPayload.size() >= 2) {
            const auto *p = reinterpret_cast<const uchar *>(frame.controlPayload.constData());
            message.closeCode = quint16((p[0] << 8) | p[1]);
        }
        m_log.appendWithFrame(message, frame.controlPayload, f);
        noteGrowth();
        return;
    }
    if (!outgoing && frame.fin && m_pendingInFrames.empty()) {
        // A whole message in one frame: kept aside until the message is recorded, so that the
        // log can derive the frame from the message instead of storing it.
        m_heldFrame = f;
        m_hasHeldFrame = true;
        return;
    }
    const qsizetype frameIndex = m_log.appendFrame(f);
    if (outgoing && m_streamRecord >= 0) {
        m_log.linkFrame(frameIndex, m_streamRecord);
        if (frame.fin)
            m_streamRecord = -1;
    } else if (outgoing) {
        m_pendingOutFrames.push_back(frameIndex);
    } else {
        m_pendingInFrames.push_back(frameIndex);
    }
}

void Session::noteGrowth()
{
    // Once per message: no more than a check of the timer.
    if (m_notifyTimer.isActive())
        return;
    m_notifyTimer.start(m_flooding ? FloodNotifyIntervalMs : NotifyIntervalMs);
    if (m_flooding) {
        m_quietSize = m_log.size();
        m_quietTimer.start();
    }
}

void Session::notifyGrowth()
{
    const int interval = m_notifyTimer.interval();
    m_notifyTimer.stop();
    m_quietTimer.stop();
    const qsizetype size = m_log.size();
    m_flooding = size - m_notifiedSize >= qsizetype(FloodRowsPerMs) * interval;
    m_notifiedSize = size;
    Q_EMIT logGrew(size);
}

void Session::checkQuiet()
{
    const qsizetype size = m_log.size();
    if (size == m_quietSize)
        notifyGrowth(); // the flood paused (or ended): report the rest now
    else
        m_quietSize = size;
}

void Session::sampleRates()
{
    RateSample sample { m_clock.elapsed(), m_totals.messagesIn - m_lastSampleTotals.messagesIn,
        m_totals.messagesOut - m_lastSampleTotals.messagesOut, m_totals.bytesIn - m_lastSampleTotals.bytesIn,
        m_totals.bytesOut - m_lastSampleTotals.bytesOut };
    m_lastSampleTotals = m_totals;
    m_rates.push_back(sample);
    if (m_rates.size() > 3600)
        m_rates.erase(m_rates.begin(), m_rates.begin() + 600);
    Q_EMIT ratesSampled();
}

} // namespace Framewise
