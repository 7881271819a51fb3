// SPDX-License-Identifier: GPL-3.0-or-later
// The statistics pane with real sessions against a local QWebSocketServer: time labels that can be
// read (none shortened to "…"), every pong's round-trip time plotted (a manual ping's too), and the
// RTT probe measuring a chatty connection on which keepalive never pings.
#include "rttprobe.h"
#include "session.h"
#include "statspane.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLineSeries>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>

using namespace Framewise;

namespace {
// A local server; QWebSocket answers pings with pongs by itself. With chattyMs > 0 it sends every
// client a text message that often, so the connection is never silent.
class Server : public QObject {
public:
    explicit Server(int chattyMs = 0)
        : m_server(QStringLiteral("stats"), QWebSocketServer::NonSecureMode)
    {
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                m_clients.append(socket);
            }
        });
        if (chattyMs > 0) {
            connect(&m_chatter, &QTimer::timeout, this, [this] {
                for (QWebSocket *socket : std::as_const(m_clients))
                    socket->sendTextMessage(QStringLiteral("tick"));
            });
            m_chatter.start(chattyMs);
        }
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(m_server.serverPort())); }

private:
    QWebSocketServer m_server;
    QList<QWebSocket *> m_clients;
    QTimer m_chatter;
};

// Every text the chart shows (titles, axis labels, legend), as drawn.
QStringList shownTexts(QChartView *view)
{
    QStringList texts;
    const auto items = view->scene()->items();
    for (QGraphicsItem *item : items) {
        if (!item->isVisible())
            continue;
        if (const auto *text = dynamic_cast<QGraphicsTextItem *>(item))
            texts << text->toPlainText();
        else if (const auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            texts << simple->text();
    }
    return texts;
}

// FRAMEWISE_SCREENSHOT=dir/name.png saves the pane as dir/name<suffix>.png for a person to look at.
void saveShot(QWidget *widget, const QString &suffix)
{
    QString path = qEnvironmentVariable("FRAMEWISE_SCREENSHOT");
    if (path.isEmpty())
        return;
    path.replace(QStringLiteral(".png"), suffix + QStringLiteral(".png"));
    widget->grab().save(path);
}
// Opens session to server, waits until it is open, and shows pane following it at width x height
// (height 0: the pane's minimum height).
void showConnected(const Server &server, Session &session, StatsPane &pane, int width, int height)
{
    ConnectionSettings settings;
    settings.url = server.url();
    QCOMPARE(session.open(settings), ChannelError::None);
    QTRY_COMPARE(session.state(), WebSocketChannel::State::Open);
    pane.setSession(&session);
    pane.resize(width, height > 0 ? height : pane.minimumSizeHint().height());
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
}

} // namespace

class TestStatsPane : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void timeLabelsAndSteps();
    void axisLabelsAreNotShortened_data();
    void axisLabelsAreNotShortened();
    void manualPingRttIsPlotted();
    void rttProbePingsAChattyConnection();
};

void TestStatsPane::timeLabelsAndSteps()
{
    QCOMPARE(StatsPane::timeLabel(0), QStringLiteral("0 s"));
    QCOMPARE(StatsPane::timeLabel(30), QStringLiteral("30 s"));
    QCOMPARE(StatsPane::timeLabel(60), QStringLiteral("1 min"));
    QCOMPARE(StatsPane::timeLabel(90), QStringLiteral("1 min 30 s"));
    QCOMPARE(StatsPane::timeLabel(3600), QStringLiteral("1 h"));
    QCOMPARE(StatsPane::timeLabel(3900), QStringLiteral("1 h 5 min"));
    QCOMPARE(StatsPane::timeLabel(3905), QStringLiteral("1 h 5 min 5 s"));
    const QFontMetrics metrics(QFont {});
    // A wide plot gets a fine step, a narrow one a coarse step, and each label fits its slot.
    const qint64 wide = StatsPane::timeStep(0, 300, 2000, metrics);
    const qint64 narrow = StatsPane::timeStep(0, 300, 250, metrics);
    QVERIFY2(wide < narrow, qPrintable(QStringLiteral("%1 vs %2").arg(wide).arg(narrow)));
    QVERIFY(300 / narrow <= 4);
    QCOMPARE(StatsPane::timeStep(0, 10, 400, metrics) <= 5, true);
}

void TestStatsPane::axisLabelsAreNotShortened_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("seconds"); // how long the session has run
    QTest::newRow("side pane at 1024x600") << 380 << 4;
    QTest::newRow("side pane at 1280x800") << 620 << 4;
    QTest::newRow("narrow") << 260 << 4;
}

void TestStatsPane::axisLabelsAreNotShortened()
{
    QFETCH(int, width);
    QFETCH(int, seconds);
    Server server;
    QVERIFY(server.listen());
    Session session;
    StatsPane pane;
    showConnected(server, session, pane, width, 0); // as low as the window's scroll area lets it get
    if (QTest::currentTestFailed())
        return;
    for (int i = 0; i < 20; ++i)
        QCOMPARE(session.sendText(QStringLiteral("hello")), ChannelError::None);
    QCOMPARE(session.ping("manual"), ChannelError::None);
    QTRY_VERIFY_WITH_TIMEOUT(session.rateSamples().size() >= size_t(seconds), 10000);
    QTRY_COMPARE(pane.rttSeries()->count(), 1);
    QCoreApplication::processEvents();
    saveShot(&pane, QStringLiteral("-%1").arg(width));

    static const QRegularExpression timeLabel(QStringLiteral("^\\d+ (s|min)$"));
    for (QChartView *view : { pane.rateView(), pane.bytesView(), pane.rttView() }) {
        const QStringList texts = shownTexts(view);
        for (const QString &text : texts) {
            QVERIFY2(!text.contains(u'…') && !text.contains(QLatin1String("...")),
                qPrintable(
                    QStringLiteral("“%1” shortened in “%2” at %3 px").arg(text, view->chart()->title()).arg(width)));
        }
        const qsizetype times = std::count_if(
            texts.cbegin(), texts.cend(), [](const QString &text) { return timeLabel.match(text).hasMatch(); });
        QVERIFY2(times >= 2,
            qPrintable(QStringLiteral("%1 time labels shown in “%2”: %3")
                           .arg(times)
                           .arg(view->chart()->title(), texts.join(QStringLiteral(" | ")))));
    }
    QVERIFY(pane.timeLabels().contains(QStringLiteral("0 s")));
}

void TestStatsPane::manualPingRttIsPlotted()
{
    Server server;
    QVERIFY(server.listen());
    Session session;
    StatsPane pane;
    showConnected(server, session, pane, 500, 600);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(session.ping("by hand"), ChannelError::None);
    QTRY_COMPARE(session.rttSamples().size(), size_t(1));
    QTRY_COMPARE(pane.rttSeries()->count(), 1);
    const QPointF point = pane.rttSeries()->at(0);
    QCOMPARE(point.y(), double(session.rttSamples().front().rttUs) / 1000.0);
    QVERIFY(pane.totalsText().contains(QStringLiteral("Last RTT: ")));
    QVERIFY(!pane.totalsText().contains(QStringLiteral("none yet")));

    // One pong is one point, and a point must be drawn: a line of one point draws nothing.
    QChart *chart = pane.rttView()->chart();
    const QPoint at = pane.rttView()->mapFromScene(chart->mapToPosition(point, pane.rttSeries()));
    const QImage image = pane.rttView()->grab().toImage();
    const QColor seriesColor = pane.rttSeries()->color();
    int matching = 0;
    for (int dy = -3; dy <= 3; ++dy) {
        for (int dx = -3; dx <= 3; ++dx) {
            const QPoint p = at * image.devicePixelRatio() + QPoint(dx, dy);
            if (!image.rect().contains(p))
                continue;
            const QColor c = image.pixelColor(p);
            if (std::abs(c.red() - seriesColor.red()) < 40 && std::abs(c.green() - seriesColor.green()) < 40
                && std::abs(c.blue() - seriesColor.blue()) < 40)
                ++matching;
        }
    }
    saveShot(pane.rttView(), QStringLiteral("-manual-ping"));
    QVERIFY2(matching >= 5, qPrintable(QStringLiteral("%1 pixels of the series colour at the point").arg(matching)));
}

void TestStatsPane::rttProbePingsAChattyConnection()
{
    Server server(50); // never 1 s without traffic
    QVERIFY(server.listen());
    Session session;
    ConnectionSettings settings;
    settings.url = server.url();
    settings.pingIntervalS = 1; // keepalive: pings only after 1 s of silence, so never here
    settings.rttProbeIntervalS = 1;
    QCOMPARE(session.open(settings), ChannelError::None);
    QTRY_COMPARE(session.state(), WebSocketChannel::State::Open);
    StatsPane pane;
    pane.setSession(&session);
    QTRY_VERIFY_WITH_TIMEOUT(session.rttSamples().size() >= 3, 10000);
    QVERIFY(session.totals().messagesIn >= 40); // it was chatty all along
    QVERIFY(session.rttProbesSent() >= 3);
    QTRY_COMPARE(pane.rttSeries()->count(), qsizetype(session.rttSamples().size()));
    // The pings in the log are the probe's, recognisable by their payload; keepalive sent none.
    int probes = 0;
    int others = 0;
    for (qsizetype i = 0; i < session.log().size(); ++i) {
        const MessageRecord &record = session.log().at(i);
        if (record.kind != MessageRecord::Kind::Ping || record.direction != MessageRecord::Direction::Out)
            continue;
        if (RttProbe::isProbePayload(session.log().payload(i)))
            ++probes;
        else
            ++others;
    }
    QVERIFY2(probes >= 3, qPrintable(QString::number(probes)));
    QCOMPARE(others, 0);

    // Without the probe the same chatty connection measures nothing.
    Session quiet;
    settings.rttProbeIntervalS = 0;
    QCOMPARE(quiet.open(settings), ChannelError::None);
    QTRY_COMPARE(quiet.state(), WebSocketChannel::State::Open);
    QTest::qWait(2500);
    QVERIFY(quiet.totals().messagesIn >= 20);
    QCOMPARE(quiet.rttSamples().size(), size_t(0));
    QCOMPARE(quiet.rttProbesSent(), quint64(0));
}

QTEST_MAIN(TestStatsPane)
#include "tst_statspane.moc"
