// SPDX-License-Identifier: GPL-3.0-or-later
// The log models under QAbstractItemModelTester, fed by a real Session recording a real
// connection to a QWebSocketServer, plus the filter proxy, the composer's encoders, the close
// dialog's validation and the settings round trip.
#include "appsettings.h"
#include "closedialog.h"
#include "composer.h"
#include "detailpane.h"
#include "framelogmodel.h"
#include "historymodel.h"
#include "importedsession.h"
#include "importedsessionsource.h"
#include "logfilterproxymodel.h"
#include "messagelogmodel.h"
#include "session.h"
#include "sessionlog.h"
#include "statspane.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <optional>

using namespace Framewise;

namespace {
// A session's message log behind a LogFilterProxyModel, the proxy checked by QAbstractItemModelTester.
struct FilteredLog {
    FilteredLog()
    {
        filter.setSourceModel(&messages);
        tester.emplace(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    Session session;
    MessageLogModel messages { &session };
    LogFilterProxyModel filter;
    std::optional<QAbstractItemModelTester> tester;
};
} // namespace

class TestUiModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelsFollowARealSession();
    void timingColumnsMeasureFromPreviousAndConnect();
    void batchesInsertRowsNotOnePerMessage();
    void filterBySubstringDirectionTypeAndRegex();
    void filterByDirectionShowsOnlyThatDirection();
    void filterKeepsPersistentRows();
    void sessionLogPacksRecordsAndDerivesFrames();
    void preparedSessionLogKeepsEveryPayload();
    void composerEncodesAndPointsAtErrors_data();
    void composerEncodesAndPointsAtErrors();
    void closeDialogValidation();
    void detailPanePrettyPrintsJson();
    void marksAreShownAndFiltered();
    void historyShowsTheKind();
    void settingsRoundTrip();
    void settingsSurviveRestarts();

private:
    // Opens session to the echo server and waits until it is open.
    void openToEcho(Session &session) const;

    QWebSocketServer m_server { QStringLiteral("echo"), QWebSocketServer::NonSecureMode };
    QUrl m_url;
};

void TestUiModels::openToEcho(Session &session) const
{
    ConnectionSettings settings;
    settings.url = m_url;
    QCOMPARE(session.open(settings), ChannelError::None);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), WebSocketChannel::State::Open, 10000);
}

void TestUiModels::initTestCase()
{
    QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
    m_url = QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(m_server.serverPort()));
    connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QWebSocket::textMessageReceived, socket,
                [socket](const QString &t) { socket->sendTextMessage(t); });
            connect(socket, &QWebSocket::binaryMessageReceived, socket,
                [socket](const QByteArray &b) { socket->sendBinaryMessage(b); });
            connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

void TestUiModels::modelsFollowARealSession()
{
    Session session;
    MessageLogModel messages(&session);
    FrameLogModel frames(&session);
    LogFilterProxyModel filter;
    filter.setSourceModel(&messages);
    QAbstractItemModelTester t1(&messages, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&frames, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QSignalSpy state(&session, &Session::stateChanged);
    openToEcho(session);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(session.sendText(QStringLiteral("hello ünïcode")), ChannelError::None);
    QCOMPARE(session.sendBinary(QByteArray::fromHex("00ff10")), ChannelError::None);
    QCOMPARE(session.ping("rtt"), ChannelError::None);
    // event "connected", 2 sent, ping, 2 echoes, pong
    QTRY_COMPARE_WITH_TIMEOUT(messages.rowCount(), 7, 10000);
    QCOMPARE(messages.data(messages.index(0, MessageLogModel::TypeColumn)).toString(), QStringLiteral("event"));
    QCOMPARE(messages.data(messages.index(1, MessageLogModel::TypeColumn)).toString(), QStringLiteral("text"));
    QCOMPARE(messages.data(messages.index(1, MessageLogModel::DirectionColumn)).toString(), QStringLiteral("↑"));
    QCOMPARE(
        messages.data(messages.index(1, MessageLogModel::PreviewColumn)).toString(), QStringLiteral("hello ünïcode"));
    QCOMPARE(messages.data(messages.index(2, MessageLogModel::PreviewColumn)).toString(), QStringLiteral("00 ff 10"));
    QTRY_VERIFY(session.lastRttUs() >= 0);
    // Every received and sent frame is in the frames model, linked to its message.
    QVERIFY(frames.rowCount() >= 6);
    for (int row = 0; row < frames.rowCount(); ++row)
        QVERIFY(frames.data(frames.index(row, 0), FrameLogModel::MessageIndexRole).toInt() >= 0);
    QCOMPARE(session.log().payload(1), QStringLiteral("hello ünïcode").toUtf8());

    QCOMPARE(session.close(4001, QStringLiteral("done")), ChannelError::None);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), WebSocketChannel::State::Closed, 10000);
    QTRY_VERIFY(session.hasStopped());
    QCOMPARE(session.lastStopStatus().reason, StopReason::Ok);

    // The statistics pane plots what the session sampled (a sample is taken at the stop).
    StatsPane stats;
    stats.setSession(&session);
    QVERIFY(stats.messagesInSeries()->count() >= 1);
    double messagesIn = 0;
    double kibIn = 0;
    for (int i = 0; i < stats.messagesInSeries()->count(); ++i)
        messagesIn += stats.messagesInSeries()->at(i).y();
    for (int i = 0; i < stats.bytesInSeries()->count(); ++i)
        kibIn += stats.bytesInSeries()->at(i).y();
    QCOMPARE(messagesIn, 2.0); // the text and binary echoes
    QCOMPARE(kibIn, double(QStringLiteral("hello ünïcode").toUtf8().size() + 3) / 1024.0);
    QCOMPARE(stats.rttSeries()->count(), 1);
    QVERIFY(stats.totalsText().contains(QStringLiteral("Received 2 messages")));
    session.clearLog();
    QCOMPARE(messages.rowCount(), 0);
    QCOMPARE(frames.rowCount(), 0);
}

// Issue 17 item 17: the timing columns give the time since the previous row and since connect.
void TestUiModels::timingColumnsMeasureFromPreviousAndConnect()
{
    Session session;
    MessageLogModel messages(&session);
    QAbstractItemModelTester tester(&messages, QAbstractItemModelTester::FailureReportingMode::QtTest);
    openToEcho(session);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(session.sendText(QStringLiteral("first")), ChannelError::None);
    QTRY_COMPARE_WITH_TIMEOUT(messages.rowCount(), 3, 10000); // connected, sent, echo
    QTest::qWait(150);
    QCOMPARE(session.sendText(QStringLiteral("second")), ChannelError::None);
    QTRY_COMPARE_WITH_TIMEOUT(messages.rowCount(), 5, 10000);
    const auto us = [&messages](int row, int column) {
        return messages.data(messages.index(row, column), MessageLogModel::DurationRole).toLongLong();
    };
    const SessionLog &log = session.log();
    QCOMPARE(us(0, MessageLogModel::SincePreviousColumn), 0);
    QCOMPARE(us(0, MessageLogModel::SinceStartColumn), 0);
    for (int row = 1; row < 5; ++row) {
        // The channel and the session read one clock: an echo is never stamped before the
        // message it answers (they had an anchor each, up to 1 ms apart).
        QVERIFY2(log.at(row).timeUs >= log.at(row - 1).timeUs, qPrintable(QString::number(row)));
        QCOMPARE(us(row, MessageLogModel::SincePreviousColumn),
            std::max<qint64>(0, log.at(row).timeUs - log.at(row - 1).timeUs));
        QCOMPARE(
            us(row, MessageLogModel::SinceStartColumn), std::max<qint64>(0, log.at(row).timeUs - log.at(0).timeUs));
    }
    QVERIFY(us(3, MessageLogModel::SincePreviousColumn) >= 150000); // "second" waited 150 ms
    QVERIFY(us(4, MessageLogModel::SincePreviousColumn) < 150000); // its echo did not
    QCOMPARE(messages.data(messages.index(3, MessageLogModel::SincePreviousColumn)).toString(),
        MessageLogModel::formatDuration(us(3, MessageLogModel::SincePreviousColumn)));
    QCOMPARE(MessageLogModel::formatDuration(250), QStringLiteral("+0.250 ms"));
    QCOMPARE(MessageLogModel::formatDuration(12345), QStringLiteral("+12.3 ms"));
    QCOMPARE(MessageLogModel::formatDuration(1234567), QStringLiteral("+1.235 s"));
    QCOMPARE(MessageLogModel::formatDuration(qint64(123500000)), QStringLiteral("+2 min 03.5 s"));
    QCOMPARE(messages.headerData(MessageLogModel::SincePreviousColumn, Qt::Horizontal).toString(),
        QStringLiteral("Since previous"));
}

void TestUiModels::batchesInsertRowsNotOnePerMessage()
{
    Session session;
    MessageLogModel messages(&session);
    QSignalSpy inserted(&messages, &QAbstractItemModel::rowsInserted);
    openToEcho(session);
    if (QTest::currentTestFailed())
        return;
    for (int i = 0; i < 2000; ++i)
        QCOMPARE(session.sendText(QStringLiteral("m%1").arg(i)), ChannelError::None);
    QTRY_COMPARE_WITH_TIMEOUT(messages.rowCount(), 1 + 4000, 20000);
    // Rows arrive in batches on a timer: far fewer insertions than rows.
    QVERIFY2(inserted.size() < 200, qPrintable(QString::number(inserted.size())));
    session.abort();
}

void TestUiModels::filterBySubstringDirectionTypeAndRegex()
{
    FilteredLog log;
    openToEcho(log.session);
    if (QTest::currentTestFailed())
        return;
    log.session.sendText(QStringLiteral("{\"type\":\"Order\",\"id\":1}"));
    log.session.sendText(QStringLiteral("{\"type\":\"quote\",\"id\":2}"));
    log.session.sendBinary(QByteArray("ORDER-bin"));
    log.session.ping("p");
    QTRY_COMPARE_WITH_TIMEOUT(log.messages.rowCount(), 1 + 3 * 2 + 2, 10000);

    LogFilterProxyModel::Criteria c;
    c.text = QStringLiteral("order");
    log.filter.setCriteria(c);
    QCOMPARE(log.filter.rowCount(), 4); // case-insensitive, text and binary, both directions
    c.caseSensitive = true;
    log.filter.setCriteria(c);
    QCOMPARE(log.filter.rowCount(), 0);
    c.caseSensitive = false;
    c.direction = LogFilterProxyModel::DirectionFilter::Incoming;
    log.filter.setCriteria(c);
    QCOMPARE(log.filter.rowCount(), 2);
    c.types = LogFilterProxyModel::Binary;
    log.filter.setCriteria(c);
    QCOMPARE(log.filter.rowCount(), 1);
    c = {};
    c.regularExpression = true;
    c.text = QStringLiteral("\"id\":[12]}$");
    log.filter.setCriteria(c);
    QCOMPARE(log.filter.rowCount(), 4);
    c.text = QStringLiteral("([unclosed");
    log.filter.setCriteria(c);
    QVERIFY(!log.filter.criteriaError().isEmpty());
    c = {};
    c.hidePingPong = true;
    log.filter.setCriteria(c);
    QCOMPARE(log.filter.rowCount(), log.messages.rowCount() - 2);
    // New rows go through the same filter as they arrive.
    c = {};
    c.text = QStringLiteral("late");
    log.filter.setCriteria(c);
    QCOMPARE(log.filter.rowCount(), 0);
    log.session.sendText(QStringLiteral("late arrival"));
    QTRY_COMPARE_WITH_TIMEOUT(log.filter.rowCount(), 2, 10000);
    log.session.abort();
}

// An echo session has a twin of every sent message coming back, so a filter that swapped the two
// directions would show as many rows; here the directions differ in number and order.
void TestUiModels::filterByDirectionShowsOnlyThatDirection()
{
    using D = MessageRecord::Direction;
    using K = MessageRecord::Kind;
    struct Row {
        D direction;
        K kind;
        const char *payload;
    };
    // 3 sent and 5 received messages, a ping and its pong, and local events.
    const std::vector<Row> rows { { D::Local, K::Event, "connected" }, { D::Out, K::Text, "subscribe" },
        { D::In, K::Text, "welcome" }, { D::In, K::Text, "tick 1" }, { D::In, K::Binary, "\x01\x02" },
        { D::Out, K::Text, "ack" }, { D::In, K::Ping, "p" }, { D::Out, K::Pong, "p" }, { D::In, K::Text, "tick 2" },
        { D::Local, K::Event, "paused" }, { D::In, K::Text, "tick 3" }, { D::Out, K::Binary, "bye" } };
    const auto batchOf = [&rows](std::size_t from, std::size_t to) {
        ImportedSession imported;
        for (std::size_t i = from; i < to; ++i) {
            LogEntry entry;
            entry.seq = qint64(i);
            entry.timeUs = 1700000000000000 + qint64(i);
            entry.direction = rows[i].direction;
            entry.kind = rows[i].kind;
            entry.payload = QByteArray(rows[i].payload);
            entry.payloadSize = entry.wireSize = entry.payload.size();
            imported.records.append(entry);
        }
        return imported;
    };

    FilteredLog log;
    const ImportedSession first = batchOf(0, 7);
    ImportedSessionSource firstSource(first);
    QVERIFY(log.session.loadRecords(firstSource));
    QCOMPARE(log.messages.rowCount(), 7);

    // The shown rows, as source rows, and that each is of the filtered direction.
    const auto check = [&](D direction, const std::vector<int> &expected) {
        QCOMPARE(log.filter.rowCount(), int(expected.size()));
        for (int row = 0; row < log.filter.rowCount(); ++row) {
            const QModelIndex index = log.filter.index(row, MessageLogModel::DirectionColumn);
            QCOMPARE(log.filter.mapToSource(index).row(), expected[std::size_t(row)]);
            QCOMPARE(index.data(MessageLogModel::DirectionRole).toInt(), int(direction));
            QCOMPARE(log.session.log().at(expected[std::size_t(row)]).direction, direction);
        }
    };
    for (const D direction : { D::Out, D::In }) {
        const bool out = direction == D::Out;
        LogFilterProxyModel::Criteria c;
        c.direction
            = out ? LogFilterProxyModel::DirectionFilter::Outgoing : LogFilterProxyModel::DirectionFilter::Incoming;
        log.filter.setCriteria(c);
        check(direction, out ? std::vector<int> { 1, 5 } : std::vector<int> { 2, 3, 4, 6 });
        if (QTest::currentTestFailed())
            return;
        c.types = LogFilterProxyModel::Text | LogFilterProxyModel::Binary;
        log.filter.setCriteria(c);
        check(direction, out ? std::vector<int> { 1, 5 } : std::vector<int> { 2, 3, 4 });
        if (QTest::currentTestFailed())
            return;
        c.types = LogFilterProxyModel::AllTypes;
        log.filter.setCriteria(c);
    }

    // Rows that arrive while a direction is filtered go through the same check.
    const ImportedSession second = batchOf(7, rows.size());
    ImportedSessionSource secondSource(second);
    QVERIFY(log.session.loadRecords(secondSource));
    QCOMPARE(log.messages.rowCount(), int(rows.size()));
    check(D::In, { 2, 3, 4, 6, 8, 10 }); // 5 received messages and the ping
    if (QTest::currentTestFailed())
        return;
    LogFilterProxyModel::Criteria c;
    c.direction = LogFilterProxyModel::DirectionFilter::Outgoing;
    log.filter.setCriteria(c);
    check(D::Out, { 1, 5, 7, 11 }); // 3 sent messages and the pong
    if (QTest::currentTestFailed())
        return;
    c.types = LogFilterProxyModel::Text | LogFilterProxyModel::Binary;
    log.filter.setCriteria(c);
    check(D::Out, { 1, 5, 11 });
    if (QTest::currentTestFailed())
        return;
    c.direction = LogFilterProxyModel::DirectionFilter::Incoming;
    log.filter.setCriteria(c);
    check(D::In, { 2, 3, 4, 8, 10 });
    if (QTest::currentTestFailed())
        return;
    log.filter.setCriteria({});
    QCOMPARE(log.filter.rowCount(), int(rows.size())); // the events are only hidden by a direction
}

void TestUiModels::filterKeepsPersistentRows()
{
    FilteredLog log;
    openToEcho(log.session);
    if (QTest::currentTestFailed())
        return;
    for (const char *text : { "alpha", "beta", "alphabet" })
        QCOMPARE(log.session.sendText(QString::fromLatin1(text)), ChannelError::None);
    // event, 3 sent, 3 echoes; without criteria the rows map one to one
    QTRY_COMPARE_WITH_TIMEOUT(log.filter.rowCount(), 7, 10000);
    QCOMPARE(log.filter.mapToSource(log.filter.index(5, 2)), log.messages.index(5, 2));
    QCOMPARE(log.filter.mapFromSource(log.messages.index(6, 1)), log.filter.index(6, 1));

    // A filter is a layout change: an index on a row still shown follows it, one on a hidden row
    // goes away.
    const QPersistentModelIndex alphabet(log.filter.index(3, MessageLogModel::PreviewColumn)); // sent "alphabet"
    const QPersistentModelIndex beta(log.filter.index(2, 0));
    QSignalSpy reset(&log.filter, &QAbstractItemModel::modelReset);
    LogFilterProxyModel::Criteria c;
    c.text = QStringLiteral("alpha");
    log.filter.setCriteria(c);
    QCOMPARE(log.filter.rowCount(), 4);
    QCOMPARE(reset.size(), 0);
    QVERIFY(!beta.isValid());
    QVERIFY(alphabet.isValid());
    QCOMPARE(alphabet.row(), 1);
    QCOMPARE(alphabet.data().toString(), QStringLiteral("alphabet"));
    QCOMPARE(log.filter.mapToSource(alphabet).row(), 3);
    QVERIFY(!log.filter.mapFromSource(log.messages.index(2, 0)).isValid());
    QCOMPARE(log.filter.mapFromSource(log.messages.index(6, 0)), log.filter.index(3, 0));

    // Cleared: every row again, the index where it was.
    log.filter.setCriteria({});
    QCOMPARE(log.filter.rowCount(), 7);
    QCOMPARE(alphabet.row(), 3);
    log.session.clearLog();
    QCOMPARE(log.filter.rowCount(), 0);
    QVERIFY(!alphabet.isValid());
    log.session.abort();
}

void TestUiModels::preparedSessionLogKeepsEveryPayload()
{
    // A prepared log takes its chunks and record blocks from spares faulted in on worker threads:
    // across several of each (and a clear in between) every record and payload reads back.
    SessionLog log;
    for (int round = 0; round < 2; ++round) {
        log.prepare();
        constexpr qsizetype Count = 600000; // > 2 record blocks; sizes 1-200 bytes: > 10 payload chunks
        QByteArray payload;
        for (qsizetype i = 0; i < Count; ++i) {
            MessageRecord record;
            record.timeUs = 1700000000000000 + i;
            record.direction = MessageRecord::Direction::In;
            record.kind = MessageRecord::Kind::Binary;
            payload.fill(char('a' + (i + round) % 26), 1 + (i * 7) % 200);
            record.wireSize = payload.size();
            QCOMPARE(log.append(record, payload), i);
        }
        QCOMPARE(log.size(), Count);
        for (qsizetype i = 0; i < Count; ++i) {
            const QByteArrayView back = log.payloadView(i);
            if (back.size() != 1 + (i * 7) % 200 || back.front() != char('a' + (i + round) % 26)
                || back.back() != back.front() || log.at(i).timeUs != 1700000000000000 + i)
                QFAIL(qPrintable(QStringLiteral("record %1 of round %2 reads back wrong").arg(i).arg(round)));
        }
        log.clear();
        QCOMPARE(log.size(), 0);
        QCOMPARE(log.payloadBytes(), 0);
    }
}

void TestUiModels::sessionLogPacksRecordsAndDerivesFrames()
{
    SessionLog log;
    using D = MessageRecord::Direction;
    using K = MessageRecord::Kind;

    // What does not fit the packed record (sizes beyond 32 bits, many frames, a close code) comes
    // back as it went in.
    MessageRecord huge;
    huge.timeUs = 1700000000000001;
    huge.direction = D::Out;
    huge.kind = K::Binary;
    huge.payloadOmitted = true;
    huge.payloadSize = qint64(5) << 30;
    huge.wireSize = (qint64(5) << 30) + 3;
    huge.frameCount = 70000;
    huge.marks = MessageRecord::AllMarks; // kept in the packed record, extended or not
    QCOMPARE(log.append(huge, QByteArray()), 0);
    MessageRecord close;
    close.timeUs = 1700000000000002;
    close.direction = D::In;
    close.kind = K::Close;
    close.closeCode = 4001;
    close.wireSize = 6;
    QCOMPARE(log.append(close,
                 QByteArray("\x0f\xa1"
                            "done",
                     6)),
        1);
    const MessageRecord hugeBack = log.at(0);
    QCOMPARE(hugeBack.timeUs, huge.timeUs);
    QCOMPARE(hugeBack.direction, D::Out);
    QCOMPARE(hugeBack.kind, K::Binary);
    QVERIFY(hugeBack.payloadOmitted);
    QCOMPARE(hugeBack.payloadSize, huge.payloadSize);
    QCOMPARE(hugeBack.wireSize, huge.wireSize);
    QCOMPARE(hugeBack.frameCount, 70000u);
    QCOMPARE(hugeBack.marks, MessageRecord::AllMarks);
    QCOMPARE(log.at(1).marks, quint8(0));
    QVERIFY(log.payloadView(0).isEmpty());
    QCOMPARE(log.at(1).closeCode, quint16(4001));
    QCOMPARE(log.at(1).payloadSize, 6);
    QCOMPARE(log.payload(1),
        QByteArray("\x0f\xa1"
                   "done",
            6));

    // A received one-frame message: its frame is derived, yet reads back exactly.
    MessageRecord text;
    text.timeUs = 1700000000000010;
    text.direction = D::In;
    text.kind = K::Text;
    text.compressed = true;
    text.wireSize = 300;
    FrameRecord frame;
    frame.timeUs = text.timeUs;
    frame.payloadLength = 300;
    frame.opcode = 0x1;
    frame.headerLength = 4;
    frame.flags = FrameRecord::Fin | FrameRecord::Rsv1;
    const QByteArray payload(700, 'a');
    QCOMPARE(log.appendWithFrame(text, payload, frame), 2);
    // A sent (masked) one is stored, between two derived ones.
    MessageRecord sent;
    sent.timeUs = 1700000000000011;
    sent.direction = D::Out;
    sent.kind = K::Binary;
    sent.wireSize = 3;
    FrameRecord masked;
    masked.timeUs = sent.timeUs;
    masked.payloadLength = 3;
    masked.maskKey = 0xa1b2c3d4;
    masked.opcode = 0x2;
    masked.headerLength = 6;
    masked.flags = FrameRecord::Fin | FrameRecord::Masked | FrameRecord::Outgoing;
    QCOMPARE(log.appendWithFrame(sent, QByteArray("\x01\x02\x03", 3), masked), 3);
    MessageRecord ping = text;
    ping.kind = K::Ping;
    ping.compressed = false;
    ping.wireSize = 2;
    FrameRecord pingFrame = frame;
    pingFrame.payloadLength = 2;
    pingFrame.opcode = 0x9;
    pingFrame.headerLength = 2;
    pingFrame.flags = FrameRecord::Fin;
    QCOMPARE(log.appendWithFrame(ping, QByteArray("hi"), pingFrame), 4);

    QCOMPARE(log.size(), 5);
    QCOMPARE(log.frameCount(), 3);
    const auto same = [](const FrameRecord &a, const FrameRecord &b) {
        return a.timeUs == b.timeUs && a.payloadLength == b.payloadLength && a.messageIndex == b.messageIndex
            && a.maskKey == b.maskKey && a.opcode == b.opcode && a.headerLength == b.headerLength && a.flags == b.flags;
    };
    frame.messageIndex = 2;
    masked.messageIndex = 3;
    pingFrame.messageIndex = 4;
    QVERIFY(same(log.frameAt(0), frame));
    QVERIFY(same(log.frameAt(1), masked));
    QVERIFY(same(log.frameAt(2), pingFrame));
    QCOMPARE(log.at(2).frameCount, 1u);
    QCOMPARE(log.payload(2), payload);

    // Frames that come before their message are stored and linked later.
    const qsizetype first = log.appendFrame(masked);
    QCOMPARE(first, 3);
    QCOMPARE(log.frameAt(first).messageIndex, 3); // as given
    log.linkFrame(first, 1);
    QCOMPARE(log.frameAt(first).messageIndex, 1);
    QCOMPARE(log.payloadBytes(), qint64(6 + 700 + 3 + 2));

    // More frames than the packed record counts (255, beside the marks' 6 bits): extended, and
    // the frame count and marks read back; one frame fewer stays packed and reads back the same.
    for (const quint32 frames : { 255u, 256u, 16383u }) {
        MessageRecord fragmented;
        fragmented.timeUs = 1700000000000020;
        fragmented.direction = D::In;
        fragmented.kind = K::Text;
        fragmented.wireSize = frames;
        fragmented.frameCount = frames;
        fragmented.marks = MessageRecord::Held | MessageRecord::Replied;
        const qsizetype row = log.append(fragmented, QByteArray(qsizetype(frames), 'f'));
        QCOMPARE(log.at(row).frameCount, frames);
        QCOMPARE(log.at(row).marks, quint8(MessageRecord::Held | MessageRecord::Replied));
        QCOMPARE(log.at(row).payloadSize, qint64(frames));
        QCOMPARE(log.payload(row), QByteArray(qsizetype(frames), 'f'));
    }

    log.clear();
    QCOMPARE(log.size(), 0);
    QCOMPARE(log.frameCount(), 0);
}

void TestUiModels::composerEncodesAndPointsAtErrors_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("binary");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("errorContains");
    using M = Composer::Mode;
    QTest::newRow("text") << int(M::Text) << QStringLiteral("héllo") << true << false
                          << QStringLiteral("héllo").toUtf8() << QString();
    QTest::newRow("json ok") << int(M::Json) << QStringLiteral("{\"a\": [1, 2]}") << true << false
                             << QByteArray("{\"a\": [1, 2]}") << QString();
    QTest::newRow("json bad") << int(M::Json) << QStringLiteral("{\n  \"a\": [1, 2,]\n}") << false << false
                              << QByteArray() << QStringLiteral("line 2");
    QTest::newRow("hex ok") << int(M::Hex) << QStringLiteral("48 65 6c 6C 6f") << true << true << QByteArray("Hello")
                            << QString();
    QTest::newRow("hex bad digit") << int(M::Hex) << QStringLiteral("48 6g") << false << true << QByteArray()
                                   << QStringLiteral("position 5");
    QTest::newRow("hex odd") << int(M::Hex) << QStringLiteral("486") << false << true << QByteArray() << QString();
    QTest::newRow("base64 ok") << int(M::Base64) << QStringLiteral("SGVs bG8=") << true << true << QByteArray("Hello")
                               << QString();
    QTest::newRow("base64 bad") << int(M::Base64) << QStringLiteral("SGV*bG8=") << false << true << QByteArray()
                                << QStringLiteral("position 4");
}

void TestUiModels::composerEncodesAndPointsAtErrors()
{
    QFETCH(int, mode);
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(bool, binary);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, errorContains);
    QString error;
    const auto payload = Composer::encode(Composer::Mode(mode), input, &error);
    QCOMPARE(payload.has_value(), ok);
    if (ok) {
        QCOMPARE(payload->binary, binary);
        QCOMPARE(payload->bytes, bytes);
        QVERIFY(error.isEmpty());
    } else {
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(errorContains), qPrintable(error));
    }
}

void TestUiModels::closeDialogValidation()
{
    QVERIFY(CloseDialog::validate(1000, QStringLiteral("bye")).isEmpty());
    QVERIFY(CloseDialog::validate(4999, QString()).isEmpty());
    QVERIFY(CloseDialog::validate(0, QString()).isEmpty());
    QVERIFY(!CloseDialog::validate(1005, QString()).isEmpty());
    QVERIFY(!CloseDialog::validate(1006, QString()).isEmpty());
    QVERIFY(!CloseDialog::validate(2999, QString()).isEmpty());
    QVERIFY(!CloseDialog::validate(0, QStringLiteral("reason without code")).isEmpty());
    QVERIFY(CloseDialog::validate(1000, QString(123, u'a')).isEmpty());
    QVERIFY(!CloseDialog::validate(1000, QString(124, u'a')).isEmpty());
    QVERIFY(!CloseDialog::validate(1000, QString(62, QChar(0x00e9))).isEmpty()); // 124 bytes of UTF-8

    CloseDialog dialog;
    dialog.setCode(4001);
    dialog.setReason(QStringLiteral("done"));
    QCOMPARE(dialog.code(), quint16(4001));
    QCOMPARE(dialog.reason(), QStringLiteral("done"));
    dialog.setCode(1001);
    QCOMPARE(dialog.code(), quint16(1001));
}

void TestUiModels::detailPanePrettyPrintsJson()
{
    QCOMPARE(DetailPane::prettyJson("{\"a\":1}"), QStringLiteral("{\n    \"a\": 1\n}"));
    // The message's key order, not QJsonDocument's sorted one.
    QCOMPARE(DetailPane::prettyJson("{\"b\":1,\"a\":[]}"), QStringLiteral("{\n    \"b\": 1,\n    \"a\": []\n}"));
    QVERIFY(DetailPane::prettyJson("not json").isEmpty());
    QVERIFY(DetailPane::prettyJson("{\"a\":").isEmpty());
}

// What an intercepting proxy did to a message: symbols before the type, the words in the tooltip
// and the detail pane (which side a dropped or injected message concerned, from its direction),
// dropped data struck through, a role to read the bits, and a filter on them.
void TestUiModels::marksAreShownAndFiltered()
{
    using D = MessageRecord::Direction;
    using K = MessageRecord::Kind;
    FilteredLog log;
    const auto add = [&log](D direction, K kind, const QByteArray &payload, quint8 marks) {
        MessageRecord record;
        record.timeUs = 1700000000000000 + log.session.log().size();
        record.direction = direction;
        record.kind = kind;
        record.wireSize = payload.size();
        record.marks = marks;
        return int(log.session.log().append(record, payload));
    };
    const int plain = add(D::Out, K::Text, "plain", 0);
    const int heldEdited = add(D::Out, K::Text, "{\"a\":1}", MessageRecord::Held | MessageRecord::Edited);
    const int droppedOut = add(D::Out, K::Binary, "\x01\x02", MessageRecord::Dropped);
    const int droppedIn = add(D::In, K::Text, "never reached the app", MessageRecord::Dropped);
    const int injected = add(D::In, K::Text, "typed", MessageRecord::Injected);
    const int delayedReplied = add(D::In, K::Ping, "p", MessageRecord::Delayed | MessageRecord::Replied);
    Q_EMIT log.session.logGrew(log.session.log().size()); // as the session reports what it appended
    QTRY_COMPARE(log.messages.rowCount(), 6);
    QCOMPARE(log.filter.rowCount(), 6);

    const auto cell = [&log](int row, int column, int role = Qt::DisplayRole) {
        return log.messages.data(log.messages.index(row, column), role);
    };
    QCOMPARE(cell(plain, MessageLogModel::TypeColumn).toString(), QStringLiteral("text"));
    QCOMPARE(cell(heldEdited, MessageLogModel::TypeColumn).toString(), QStringLiteral("‖ ✎ text"));
    QCOMPARE(cell(droppedOut, MessageLogModel::TypeColumn).toString(), QStringLiteral("✕ binary"));
    QCOMPARE(cell(injected, MessageLogModel::TypeColumn).toString(), QStringLiteral("✚ text"));
    QCOMPARE(cell(delayedReplied, MessageLogModel::TypeColumn).toString(), QStringLiteral("◷ ↩ ping"));
    QVERIFY(cell(plain, MessageLogModel::TypeColumn, Qt::ToolTipRole).isNull());
    QCOMPARE(cell(heldEdited, MessageLogModel::TypeColumn, Qt::ToolTipRole).toString(),
        QStringLiteral("‖ Held at a breakpoint\n✎ Edited: its data was changed by a rule or by hand"));
    // Out is app -> server, In server -> app: the words name the side the message did not reach.
    QCOMPARE(cell(droppedOut, MessageLogModel::TypeColumn, Qt::ToolTipRole).toString(),
        QStringLiteral("✕ Dropped: not forwarded to the server"));
    QCOMPARE(cell(droppedIn, MessageLogModel::TypeColumn, Qt::ToolTipRole).toString(),
        QStringLiteral("✕ Dropped: not forwarded to the app"));
    QCOMPARE(cell(injected, MessageLogModel::TypeColumn, Qt::ToolTipRole).toString(),
        QStringLiteral("✚ Injected: sent to the app by you, not by the server"));
    QCOMPARE(cell(delayedReplied, MessageLogModel::TypeColumn, Qt::ToolTipRole).toString(),
        QStringLiteral("◷ Delayed: forwarded late by a delay rule\n↩ Replied: answered by a reply rule instead of "
                       "forwarded"));
    QCOMPARE(cell(heldEdited, MessageLogModel::TypeColumn, MessageLogModel::MarksRole).toInt(),
        int(MessageRecord::Held | MessageRecord::Edited));
    QCOMPARE(cell(plain, MessageLogModel::PreviewColumn, MessageLogModel::MarksRole).toInt(), 0);
    QVERIFY(cell(droppedIn, MessageLogModel::PreviewColumn, Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(cell(droppedOut, MessageLogModel::PreviewColumn, Qt::FontRole).value<QFont>().strikeOut()); // monospace too
    QVERIFY(!cell(heldEdited, MessageLogModel::PreviewColumn, Qt::FontRole).value<QFont>().strikeOut());

    LogFilterProxyModel::Criteria criteria;
    criteria.marks = MessageRecord::Dropped;
    log.filter.setCriteria(criteria);
    QCOMPARE(log.filter.rowCount(), 2);
    QCOMPARE(log.filter.mapToSource(log.filter.index(0, 0)).row(), droppedOut);
    QCOMPARE(log.filter.mapToSource(log.filter.index(1, 0)).row(), droppedIn);
    criteria.marks = MessageRecord::AllMarks; // every row the proxy acted on
    log.filter.setCriteria(criteria);
    QCOMPARE(log.filter.rowCount(), 5);
    criteria.marks = MessageRecord::Held | MessageRecord::Replied;
    criteria.direction = LogFilterProxyModel::DirectionFilter::Incoming;
    log.filter.setCriteria(criteria);
    QCOMPARE(log.filter.rowCount(), 1);
    QCOMPARE(log.filter.mapToSource(log.filter.index(0, 0)).row(), delayedReplied);
    log.filter.setCriteria({});
    QCOMPARE(log.filter.rowCount(), 6);

    // The detail pane says it in words, under the summary.
    DetailPane pane;
    const auto summary = [&pane] {
        QStringList texts;
        for (const QLabel *label : pane.findChildren<QLabel *>())
            texts.append(label->text());
        return texts.join(u'\n');
    };
    pane.showRecord(&log.session, heldEdited);
    QVERIFY2(summary().contains(QStringLiteral("\n‖ Held at a breakpoint · ✎ Edited: its data was changed by a rule "
                                               "or by hand")),
        qPrintable(summary()));
    pane.showRecord(&log.session, droppedOut);
    QVERIFY2(summary().contains(QStringLiteral("✕ Dropped: not forwarded to the server")), qPrintable(summary()));
    pane.showRecord(&log.session, plain);
    QVERIFY2(!summary().contains(QStringLiteral("‖")) && !summary().contains(QStringLiteral("Dropped")),
        qPrintable(summary()));
}

// History tells a tab's own connections from intercepted ones: a Kind column, a tooltip line
// and the search.
void TestUiModels::historyShowsTheKind()
{
    HistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SessionInfo connection;
    connection.id = 1;
    connection.url = QStringLiteral("wss://example.test/a");
    connection.state = SessionInfo::State::Ended;
    SessionInfo intercepted = connection;
    intercepted.id = 2;
    intercepted.url = QStringLiteral("ws://127.0.0.1:9000/b");
    intercepted.kind = SessionInfo::interceptKind();
    model.setSessions({ connection, intercepted });
    QCOMPARE(model.headerData(HistoryModel::Kind, Qt::Horizontal).toString(), QStringLiteral("Kind"));
    QCOMPARE(model.index(0, HistoryModel::Kind).data().toString(), QStringLiteral("Connection"));
    QCOMPARE(model.index(1, HistoryModel::Kind).data().toString(), QStringLiteral("Intercept"));
    QCOMPARE(model.index(1, HistoryModel::Url).data().toString(), intercepted.url); // the URL stays as it is
    QVERIFY(model.index(1, HistoryModel::Url).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Intercepted")));
    QVERIFY(!model.index(0, HistoryModel::Url).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Intercept")));
    QVERIFY(model.index(1, 0).data(HistoryModel::SearchRole).toString().contains(QStringLiteral("Intercept")));
    QVERIFY(!model.index(0, 0).data(HistoryModel::SearchRole).toString().contains(QStringLiteral("Intercept")));
}

void TestUiModels::settingsRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("framewise.ini"));
    {
        AppSettings settings(path);
        settings.setWindowGeometry("geometry-bytes");
        settings.setWindowState("state-bytes");
        settings.setSplitterState("splitter-bytes");
        settings.addRecentUrl(QStringLiteral("ws://a/"));
        settings.addRecentUrl(QStringLiteral("ws://b/"));
        settings.addRecentUrl(QStringLiteral("ws://a/"));
        settings.setLocalServerPort(12345);
        settings.setFirstLaunchDone(true);
        settings.setLanguage(QStringLiteral("de"));
        settings.setSessionFilesFolder(QStringLiteral("/home/someone/exports"));
        settings.sync();
    }
    AppSettings settings(path);
    QCOMPARE(settings.windowGeometry(), QByteArray("geometry-bytes"));
    QCOMPARE(settings.windowState(), QByteArray("state-bytes"));
    QCOMPARE(settings.splitterState(), QByteArray("splitter-bytes"));
    QCOMPARE(settings.recentUrls(), QStringList({ QStringLiteral("ws://a/"), QStringLiteral("ws://b/") }));
    QCOMPARE(settings.localServerPort(), 12345);
    QVERIFY(settings.firstLaunchDone());
    QCOMPARE(settings.language(), QStringLiteral("de"));
    QCOMPARE(settings.sessionFilesFolder(), QStringLiteral("/home/someone/exports"));
}

// Issue 16 item 9: the settings a launch saves are there at the next launch. Keys under
// "general/" were written as a new [%General] section at every save and read back under another
// name, so the first-launch offer came back every time and the language was lost. A copy of the
// file is read (QSettings caches what this process wrote under the original name).
void TestUiModels::settingsSurviveRestarts()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("framewise.conf"));
    for (int launch = 0; launch < 3; ++launch) {
        AppSettings settings(path);
        settings.setFirstLaunchDone(true);
        settings.setLanguage(QStringLiteral("de"));
        settings.sync();
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY2(!text.contains("General"), text.constData());
    const QString copy = dir.filePath(QStringLiteral("copy.conf"));
    QVERIFY(QFile::copy(path, copy));
    {
        AppSettings settings(copy);
        QVERIFY(settings.firstLaunchDone());
        QCOMPARE(settings.language(), QStringLiteral("de"));
    }

    // A file an earlier version wrote: its values are taken over and the broken group goes.
    const QString old = dir.filePath(QStringLiteral("old.conf"));
    QFile oldFile(old);
    QVERIFY(oldFile.open(QIODevice::WriteOnly));
    oldFile.write("[%General]\nfirstLaunchDone=true\n\n[%General]\nlanguage=fr\n\n[window]\ngeometry=@ByteArray(g)\n");
    oldFile.close();
    {
        AppSettings settings(old);
        QVERIFY(settings.firstLaunchDone());
        QCOMPARE(settings.language(), QStringLiteral("fr"));
        QCOMPARE(settings.windowGeometry(), QByteArray("g"));
        settings.sync();
    }
    QVERIFY(oldFile.open(QIODevice::ReadOnly));
    QVERIFY2(!oldFile.readAll().contains("General"), "the old group is gone");
}

QTEST_MAIN(TestUiModels)
#include "tst_uimodels.moc"
