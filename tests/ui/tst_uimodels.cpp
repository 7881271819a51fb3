// SPDX-License-Identifier: GPL-3.0-or-later
// The log models under QAbstractItemModelTester, fed by a real Session recording a real
// connection to a QWebSocketServer, plus the filter proxy, the composer's encoders, the close
// dialog's validation and the settings round trip.
#include "appsettings.h"
#include "closedialog.h"
#include "composer.h"
#include "detailpane.h"
#include "framelogmodel.h"
#include "logfilterproxymodel.h"
#include "messagelogmodel.h"
#include "session.h"
#include "statspane.h"

#include <QAbstractItemModelTester>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Framewise;

class TestUiModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelsFollowARealSession();
    void batchesInsertRowsNotOnePerMessage();
    void filterBySubstringDirectionTypeAndRegex();
    void composerEncodesAndPointsAtErrors_data();
    void composerEncodesAndPointsAtErrors();
    void closeDialogValidation();
    void detailPanePrettyPrintsJson();
    void settingsRoundTrip();

private:
    QWebSocketServer m_server { QStringLiteral("echo"), QWebSocketServer::NonSecureMode };
    QUrl m_url;
};

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

    ConnectionSettings settings;
    settings.url = m_url;
    QSignalSpy state(&session, &Session::stateChanged);
    QCOMPARE(session.open(settings), ChannelError::None);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), WebSocketChannel::State::Open, 10000);
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

void TestUiModels::batchesInsertRowsNotOnePerMessage()
{
    Session session;
    MessageLogModel messages(&session);
    QSignalSpy inserted(&messages, &QAbstractItemModel::rowsInserted);
    ConnectionSettings settings;
    settings.url = m_url;
    QCOMPARE(session.open(settings), ChannelError::None);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), WebSocketChannel::State::Open, 10000);
    for (int i = 0; i < 2000; ++i)
        QCOMPARE(session.sendText(QStringLiteral("m%1").arg(i)), ChannelError::None);
    QTRY_COMPARE_WITH_TIMEOUT(messages.rowCount(), 1 + 4000, 20000);
    // Rows arrive in batches on a timer: far fewer insertions than rows.
    QVERIFY2(inserted.size() < 200, qPrintable(QString::number(inserted.size())));
    session.abort();
}

void TestUiModels::filterBySubstringDirectionTypeAndRegex()
{
    Session session;
    MessageLogModel messages(&session);
    LogFilterProxyModel filter;
    filter.setSourceModel(&messages);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ConnectionSettings settings;
    settings.url = m_url;
    QCOMPARE(session.open(settings), ChannelError::None);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), WebSocketChannel::State::Open, 10000);
    session.sendText(QStringLiteral("{\"type\":\"Order\",\"id\":1}"));
    session.sendText(QStringLiteral("{\"type\":\"quote\",\"id\":2}"));
    session.sendBinary(QByteArray("ORDER-bin"));
    session.ping("p");
    QTRY_COMPARE_WITH_TIMEOUT(messages.rowCount(), 1 + 3 * 2 + 2, 10000);

    LogFilterProxyModel::Criteria c;
    c.text = QStringLiteral("order");
    filter.setCriteria(c);
    QCOMPARE(filter.rowCount(), 4); // case-insensitive, text and binary, both directions
    c.caseSensitive = true;
    filter.setCriteria(c);
    QCOMPARE(filter.rowCount(), 0);
    c.caseSensitive = false;
    c.direction = LogFilterProxyModel::DirectionFilter::Incoming;
    filter.setCriteria(c);
    QCOMPARE(filter.rowCount(), 2);
    c.types = LogFilterProxyModel::Binary;
    filter.setCriteria(c);
    QCOMPARE(filter.rowCount(), 1);
    c = {};
    c.regularExpression = true;
    c.text = QStringLiteral("\"id\":[12]}$");
    filter.setCriteria(c);
    QCOMPARE(filter.rowCount(), 4);
    c.text = QStringLiteral("([unclosed");
    filter.setCriteria(c);
    QVERIFY(!filter.criteriaError().isEmpty());
    c = {};
    c.hidePingPong = true;
    filter.setCriteria(c);
    QCOMPARE(filter.rowCount(), messages.rowCount() - 2);
    // New rows go through the same filter as they arrive.
    c = {};
    c.text = QStringLiteral("late");
    filter.setCriteria(c);
    QCOMPARE(filter.rowCount(), 0);
    session.sendText(QStringLiteral("late arrival"));
    QTRY_COMPARE_WITH_TIMEOUT(filter.rowCount(), 2, 10000);
    session.abort();
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
    QCOMPARE(DetailPane::prettyJson("{\"a\":1}"), QStringLiteral("{\n    \"a\": 1\n}\n"));
    QVERIFY(DetailPane::prettyJson("not json").isEmpty());
    QVERIFY(DetailPane::prettyJson("{\"a\":").isEmpty());
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
}

QTEST_MAIN(TestUiModels)
#include "tst_uimodels.moc"
