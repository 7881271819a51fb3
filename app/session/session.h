// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectiondetails.h"
#include "connectionsettings.h"
#include "rttprobe.h"
#include "sessionlog.h"
#include "websocketchannel.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <vector>

namespace Framewise {

class RecordSource;

// One connection tab's worth of state without widgets: a channel (a new one per connect, as
// channels are single-use), the log it records into, and the figures the window shows.
class Session : public QObject, private ChannelObserver {
    Q_OBJECT
public:
    struct RateSample {
        qint64 timeMs; // since the session's clock started
        qint64 messagesIn;
        qint64 messagesOut;
        qint64 bytesIn;
        qint64 bytesOut;
    };
    struct RttSample {
        qint64 timeMs;
        qint64 rttUs;
    };
    static constexpr std::size_t MaxRttSamples = 10000; // rttSamples() keeps the latest ones
    struct Totals {
        qint64 messagesIn = 0;
        qint64 messagesOut = 0;
        qint64 bytesIn = 0;
        qint64 bytesOut = 0;
        qint64 wireBytesIn = 0;
    };

    static constexpr int NotifyIntervalMs = 25; // log growth reaches views at most this often
    // While a flood comes in (more than FloodRowsPerMs records a millisecond), growth is reported
    // every FloodNotifyIntervalMs instead: each report costs the views a repaint, and a person
    // cannot read 40 screens a second anyway. When the flood pauses for QuietMs, the rest is
    // reported at once, so the last rows are never late.
    static constexpr int FloodNotifyIntervalMs = 100;
    static constexpr int FloodRowsPerMs = 50;
    static constexpr int QuietMs = 10;

    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    // error, when given, receives the reason in words when the result is not None (e.g. a CA
    // file that cannot be read).
    ChannelError open(const ConnectionSettings &settings, QString *error = nullptr);
    // An intercepted connection's upstream leg (app/intercept), configured by its owner and not yet
    // opened: recorded as open() records its own channel (handshake, frames, what the server sends),
    // and the owner opens it. The session takes it as a child.
    ChannelError adopt(WebSocketChannel *channel, const ConnectionSettings &settings, QString *error = nullptr);
    // Sends what an intercepted app sent (or the user injected) on the current connection, recorded
    // as Out with marks (MessageRecord::Mark).
    // original: the payload before an edit (kept for originalPayload() when marks has Edited).
    ChannelError forward(bool binary, const QByteArray &payload, quint8 marks = 0, const QByteArray &original = {});
    // Records what the proxy did with a message that this connection's channel did not carry as it
    // came: one dropped before it was sent, one edited, delayed or dropped on its way to the app.
    // Not counted in totals() (the message is counted once, where it crossed the wire).
    void recordIntervention(MessageRecord::Direction direction, MessageRecord::Kind kind, const QByteArray &payload,
        quint8 marks, const QByteArray &original = {});
    // What an edited message was before the edit, for the detail pane's side-by-side view; null
    // when the record was not edited here (kept in memory only, like frames).
    QByteArray originalPayload(qsizetype index) const;
    void recordEvent(const QString &text); // a Local row, redacted like the session's own events
    // An intercepted connection's other leg: what the app asked and what it was answered (empty
    // until then). connectionDetails() carries them; detailsChanged() follows.
    void setAppHandshake(const HandshakeRequest &request, const HandshakeResponse &response);
    // A frame of an intercepted app's own connection, for the frames view (marked AppLeg; toward
    // the server when the app sent it). Its message is logged where it crosses the upstream leg.
    void recordAppLegFrame(const FrameInfo &frame, bool fromApp);
    // Gets each frame and message the channel receives right after this session has recorded it,
    // without a signal emission each (an intercept's lane toward the app). Not owned; unset it
    // before it goes.
    void setOnwardObserver(ChannelObserver *observer) { m_onward = observer; }
    ChannelError close(quint16 code, const QString &reason);
    void abort();
    // The tab or the window goes away, as a page unloads in a browser: an open connection is
    // closed with 1001 Going Away, one still connecting is aborted, and one whose server has not
    // answered the Close within waitMs is aborted then. True while such a close is under way
    // (stopped() follows, at the latest after waitMs); false when nothing is left to wait for.
    bool goAway(int waitMs);
    ChannelError sendText(const QString &text);
    ChannelError sendBinary(const QByteArray &data);
    // Sends a file as one binary message. Up to MaxKeptFileBytes it is read, sent and logged like
    // sendBinary(); a larger one is streamed (never loaded whole) and logged with payloadOmitted,
    // its size and, as the record's payload, the file's name.
    static constexpr qint64 MaxKeptFileBytes = qint64(1024) * 1024;
    ChannelError sendFile(const QString &path, QString *error = nullptr);
    ChannelError ping(const QByteArray &payload);
    // Stops reading from an open connection (the channel's suspend()): what the server sends waits
    // in the network buffers, TCP flow control holds the server back, keepalive pings pause, and
    // sending still works. Resuming delivers everything in order. Ends with the connection, and
    // close() resumes (the server's Close must be read). False when there is no open connection.
    bool setReceivingPaused(bool paused);
    bool isReceivingPaused() const { return m_receivingPaused; }
    // Pings sent by the RTT probe (settings().rttProbeIntervalS) on the current connection.
    quint64 rttProbesSent() const { return m_probe.sentCount(); }

    // A past session (from the store or an imported file) shown read-only: appends every record
    // of source to the log and counts them in totals(). open() is refused afterwards. False with
    // error when a record cannot be read; what was read before stays.
    bool loadRecords(RecordSource &source, QString *error = nullptr);
    bool isReadOnly() const { return m_readOnly; }

    const ConnectionSettings &settings() const { return m_settings; }
    // The channel of the current connection, for what drives or records it (framewise-cli, the
    // recorder) and for tests; views read connectionDetails() instead.
    WebSocketChannel *channel() const { return m_channel; }
    ConnectionDetails connectionDetails() const;
    WebSocketChannel::State state() const;
    const SessionLog &log() const { return m_log; }
    SessionLog &log() { return m_log; }
    void clearLog();
    // Off (the default): each open() starts a fresh log and fresh statistics, as each connection
    // is a session of its own. On: the log and the figures carry on across connections, as
    // DevTools' "Preserve log".
    void setPreserveLog(bool preserve) { m_preserveLog = preserve; }
    bool preservesLog() const { return m_preserveLog; }
    // The first log row of the connection that row belongs to (0 before any), so that a preserved
    // log still times each connection from its own start.
    qsizetype connectionStartOf(qsizetype row) const;
    bool recordFrames() const { return m_recordFrames; }
    // Applied to the channel of every later open(); 0 keeps the channel's default (framewise-cli's
    // --timeout-open when it records through a Session).
    void setOpenTimeout(int ms) { m_openTimeoutMs = ms; }
    void setRecordFrames(bool on) { m_recordFrames = on; }
    // Off: text and binary messages are counted in totals() but not kept in the log (nor their
    // frames), so that a pass-through which neither shows nor records them (framewise-cli
    // intercept without --record) spends no memory and no copy on each. Events, control frames
    // and closes are still logged. On by default.
    void setKeepMessages(bool keep) { m_keepMessages = keep; }
    bool keepsMessages() const { return m_keepMessages; }

    StopStatus lastStopStatus() const { return m_lastStop; }
    bool hasStopped() const { return m_hasStopped; }
    qint64 lastRttUs() const { return m_lastRttUs; }
    const Totals &totals() const { return m_totals; }
    const std::vector<RateSample> &rateSamples() const { return m_rates; }
    const std::vector<RttSample> &rttSamples() const { return m_rtts; }

Q_SIGNALS:
    void stateChanged(Framewise::WebSocketChannel::State state);
    // The log has grown to size records (batched: every NotifyIntervalMs at most; see above).
    void logGrew(qsizetype size);
    void logCleared();
    void stopped(const Framewise::StopStatus &status);
    void detailsChanged(); // handshake, TLS or redirect details of the current channel changed
    void rttMeasured(qint64 rttUs);
    void ratesSampled();
    void statisticsReset(); // a new connection starts its figures from zero
    void receivingPausedChanged(bool paused);
    // First thing in the destructor, while the log is still there (the recorder takes the rest).
    void destroying();

private:
    ChannelError checkCanConnect(QString *error) const;
    void keepOriginal(qsizetype index, quint8 marks, const QByteArray &original);
    void beginConnection();
    void follow(WebSocketChannel *channel, const ConnectionSettings &settings);
    void record(MessageRecord::Direction direction, MessageRecord::Kind kind, const QByteArray &payload,
        quint16 closeCode = 0, quint8 marks = 0);
    void countOnly(MessageRecord::Direction direction, qsizetype size);
    void recordFrame(const FrameInfo &frame, bool outgoing);
    bool keepsDataFrames() const { return m_recordFrames && m_keepMessages; }
    static FrameRecord frameRecordOf(const FrameInfo &frame, bool outgoing);
    // ChannelObserver: received frames and messages without a signal emission each.
    void observeFrameReceived(const FrameInfo &frame) override;
    void observeMessage(const QByteArray &payload, bool binary) override;
    void flushHeldFrame();
    void endReceivingPause();
    void noteGrowth();
    void notifyGrowth();
    void checkQuiet();
    void sampleRates();
    qint64 nowUs() const;

    ConnectionSettings m_settings;
    QPointer<WebSocketChannel> m_channel;
    bool m_intercepted = false;
    QHash<qsizetype, QByteArray> m_originals; // log row -> payload before an intercept edit
    HandshakeRequest m_appRequest;
    HandshakeResponse m_appResponse;
    SessionLog m_log;
    QTimer m_notifyTimer;
    QTimer m_quietTimer; // runs while a flood's report is pending
    qsizetype m_notifiedSize = 0; // the log's size at the last logGrew
    qsizetype m_quietSize = 0; // the log's size at the last quiet check
    bool m_flooding = false;
    QTimer m_rateTimer;
    RttProbe m_probe;
    QElapsedTimer m_clock;
    StopStatus m_lastStop;
    bool m_hasStopped = false;
    bool m_receivingPaused = false; // by setReceivingPaused, on m_channel
    bool m_recordFrames = true;
    bool m_keepMessages = true;
    ChannelObserver *m_onward = nullptr;
    bool m_readOnly = false;
    bool m_preserveLog = false;
    std::vector<qsizetype> m_connectionStarts; // log rows where each open() began, ascending
    int m_openTimeoutMs = 0;
    qint64 m_lastRttUs = -1;
    Totals m_totals;
    Totals m_lastSampleTotals;
    std::vector<RateSample> m_rates;
    std::vector<RttSample> m_rtts;
    std::vector<qsizetype> m_pendingInFrames; // frames of the incoming message in progress
    std::vector<qsizetype> m_pendingOutFrames;
    qsizetype m_streamRecord = -1; // the log record of a file being streamed out
    qint64 m_pendingInTimeUs = 0; // of the last frame of the incoming message in progress
    qint64 m_pendingInWire = 0;
    bool m_pendingInCompressed = false;
    FrameRecord m_heldFrame; // the frame of a one-frame incoming message, until the message is in
    bool m_hasHeldFrame = false;
};

} // namespace Framewise
