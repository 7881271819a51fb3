// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real window with QTest input: first launch offers the local echo server, type a
// URL, connect, send with Ctrl+Enter, see the rows, filter, select, see the hex view, close
// with a code through the close dialog.
#include "appsettings.h"
#include "closedialog.h"
#include "composer.h"
#include "connectionpanel.h"
#include "detailpane.h"
#include "errortext.h"
#include "framelogmodel.h"
#include "handshakepane.h"
#include "hexpane.h"
#include "hexview.h"
#include "localechoserver.h"
#include "logfilterproxymodel.h"
#include "mainwindow.h"
#include "messagelogmodel.h"
#include "profile.h"
#include "profilemanager.h"
#include "session.h"
#include "sessionstore.h"
#include "sessiontab.h"
#include "statspane.h"
#include "tabstateicon.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>

using namespace Framewise;

class TestWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void firstLaunchOffersLocalEcho();
    void connectSendFilterSelectAndClose();
    void badUrlDisablesConnect();
    void injectedHeaderDisablesConnect();
    void followTailTurnsOffWhenScrollingUp();
    void framesModeShowsEveryFrame();
    void pauseHoldsWhatTheServerSends();
    void geometryIsRestored();
    void closingGoesAwayCleanlyAndKeepsTheRecording();
    void destroyedTabKeepsItsRecording();
    void damagedProfilesAreNoFirstLaunch();
    void closingAskesAboutUnsavedProfileChanges();
    void tabsShowStateAndUniqueTitles();
    void urlReplacesTheUntouchedStartTab();
    void fitsA1024By600Screen();
    void reconnectingStartsAFreshLogUnlessPreserved();
    void tabMovesFromHeaderNameToValue();
    void tabFollowsReadingOrder();
    void headerMenuShowsTimingColumns();
    void connectionPanelOffersTheRttProbe();
    void ctrlFInTheDetailPaneFindsInTheHexView();
    void closeDialogSaysTheCodeOnce();
    void sentFileRowShowsNameAndSize();
    void rejectedHandshakeSaysStatusAndBody();

private:
    // FRAMEWISE_SCREENSHOT=dir/name.png saves the views worth a look as dir/name<suffix>.png;
    // empty when no picture is wanted.
    static QString screenshotPath(const QString &suffix = {});

    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

QString TestWindow::screenshotPath(const QString &suffix)
{
    QString path = qEnvironmentVariable("FRAMEWISE_SCREENSHOT");
    if (!path.isEmpty() && !suffix.isEmpty())
        path.replace(QStringLiteral(".png"), suffix + QStringLiteral(".png"));
    return path;
}

void TestWindow::init()
{
    m_settings = std::make_unique<AppSettings>(
        m_dir.filePath(QStringLiteral("settings-%1.ini").arg(QLatin1String(QTest::currentTestFunction()))));
    m_window = std::make_unique<MainWindow>(m_settings.get());
    m_window->show();
    m_window->activateWindow(); // shortcuts (Ctrl+Enter) need an active window, also under Xvfb
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
}

void TestWindow::firstLaunchOffersLocalEcho()
{
    QVERIFY(m_window->localServer()->isListening());
    QCOMPARE(m_window->tabs()->count(), 1);
    QCOMPARE(m_window->tabs()->tabText(0), QStringLiteral("Local echo"));
    SessionTab *tab = m_window->currentTab();
    QCOMPARE(tab->connectionPanel()->urlEdit()->text(), m_window->localServer()->url().toString());
    QVERIFY(tab->connectionPanel()->connectButton()->isEnabled());
    QVERIFY(m_settings->firstLaunchDone());
    // The second launch opens an empty tab instead.
    MainWindow second(m_settings.get());
    QCOMPARE(second.tabs()->count(), 1);
    QVERIFY(second.currentTab()->connectionPanel()->urlEdit()->text().isEmpty());
}

void TestWindow::connectSendFilterSelectAndClose()
{
    SessionTab *tab = m_window->currentTab();
    QTest::mouseClick(tab->connectionPanel()->connectButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), WebSocketChannel::State::Open, 10000);
    QVERIFY(tab->connectionPanel()->stateLabel()->text().contains(QStringLiteral("Open")));
    QCOMPARE(tab->connectionPanel()->connectButton()->text(), QStringLiteral("Disconnect"));

    // Send JSON text with Ctrl+Enter.
    Composer *composer = tab->composer();
    auto *editor = composer->findChild<QPlainTextEdit *>();
    QVERIFY(editor);
    editor->clear();
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("{\"kind\":\"greeting\",\"n\":1}"));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    // Send binary as hex.
    composer->setMode(Composer::Mode::Hex);
    editor->clear();
    QTest::keyClicks(editor, QStringLiteral("de ad be ef 00 01"));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    // A bad hex string is pointed at and nothing is sent.
    editor->clear();
    QTest::keyClicks(editor, QStringLiteral("de ax"));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!composer->errorText().isEmpty());

    MessageLogModel *model = tab->messageModel();
    // connected event + 2 sent + 2 echoed
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 5, 10000);
    QTest::qWait(100);
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(model->data(model->index(3, MessageLogModel::PreviewColumn)).toString(),
        QStringLiteral("{\"kind\":\"greeting\",\"n\":1}"));

    // Filter to the JSON rows by typing; the debounce applies it.
    QTest::keyClicks(tab->filterEdit(), QStringLiteral("greeting"));
    QTRY_COMPARE_WITH_TIMEOUT(tab->filterModel()->rowCount(), 2, 2000);

    // Select the received JSON: the detail pane pretty-prints it.
    QTableView *view = tab->messageView();
    const QModelIndex second = tab->filterModel()->index(1, 0);
    view->setCurrentIndex(second);
    QVERIFY(tab->detailPane()->isJson());
    QVERIFY(tab->detailPane()->shownText().contains(QStringLiteral("\"kind\": \"greeting\"")));

    // Clear the filter, select the echoed binary: the hex view holds its bytes.
    tab->filterEdit()->clear();
    tab->applyFilterNow();
    QCOMPARE(tab->filterModel()->rowCount(), 5);
    view->setCurrentIndex(tab->filterModel()->index(4, 0));
    QCOMPARE(tab->detailPane()->hexView()->data(), QByteArray::fromHex("deadbeef0001"));

    // Close with a code through the dialog.
    QTimer::singleShot(200, this, [] {
        auto *dialog = qobject_cast<CloseDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setCode(4002);
        dialog->setReason(QStringLiteral("test done"));
        dialog->accept();
    });
    tab->requestClose();
    QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), WebSocketChannel::State::Closed, 10000);
    QTRY_VERIFY(tab->session()->hasStopped());
    QCOMPARE(tab->session()->lastStopStatus().reason, StopReason::Ok);
    QCOMPARE(tab->session()->lastStopStatus().closeCodeSent, quint16(4002));
    QVERIFY(tab->connectionPanel()->stateLabel()->text().startsWith(QStringLiteral("Closed")));
    QCOMPARE(tab->connectionPanel()->connectButton()->text(), QStringLiteral("Connect"));
    QVERIFY(m_window->statusText().contains(QStringLiteral("↑ 2 msgs")));

    if (const QString path = screenshotPath(); !path.isEmpty()) {
        view->setCurrentIndex(tab->filterModel()->index(3, 0)); // the received JSON, pretty-printed
        QVERIFY(m_window->grab().save(path));
        tab->detailPane()->setView(DetailPane::View::Tree);
        QVERIFY(m_window->grab().save(screenshotPath(QStringLiteral("-tree"))));
        tab->detailPane()->setView(DetailPane::View::Pretty);
    }
}

void TestWindow::badUrlDisablesConnect()
{
    SessionTab *tab = m_window->addTab();
    QLineEdit *url = tab->connectionPanel()->urlEdit();
    QTest::keyClicks(url, QStringLiteral("http://example.com/socket"));
    QVERIFY(!tab->connectionPanel()->connectButton()->isEnabled());
    QVERIFY(tab->connectionPanel()->urlError().contains(QStringLiteral("ws://")));
    // The panel's message line says why, in the window's error red; a good URL takes both away.
    QLabel *message = nullptr;
    for (QLabel *label : tab->connectionPanel()->findChildren<QLabel *>())
        if (label->accessibleName() == QStringLiteral("Connection message"))
            message = label;
    QVERIFY(message);
    QCOMPARE(message->text(), tab->connectionPanel()->urlError());
    QCOMPARE(message->palette().color(QPalette::WindowText), ErrorText::color());
    if (const QString path = screenshotPath(QStringLiteral("-bad-url")); !path.isEmpty()) {
        QVERIFY(m_window->grab().save(path));
    }
    url->clear();
    QTest::keyClicks(url, QStringLiteral("ws://127.0.0.1:1/"));
    QVERIFY(tab->connectionPanel()->connectButton()->isEnabled());
    QVERIFY(tab->connectionPanel()->message().isEmpty());
    QCOMPARE(
        message->palette().color(QPalette::WindowText), tab->connectionPanel()->palette().color(QPalette::WindowText));
    // Connecting to a closed port ends with the reason in words.
    QTest::mouseClick(tab->connectionPanel()->connectButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(tab->session()->hasStopped(), 10000);
    QCOMPARE(tab->session()->lastStopStatus().reason, StopReason::ConnectionRefused);
    QVERIFY(tab->connectionPanel()->stateLabel()->text().contains(QStringLiteral("refused")));
}

// Issue 16 item 4: an Origin or header value with a line break (from a hand-edited or imported
// profile, or pasted into the table) is shown as an error and Connect stays disabled; a header
// the channel writes itself is refused in words, not dropped.
void TestWindow::injectedHeaderDisablesConnect()
{
    SessionTab *tab = m_window->addTab();
    ConnectionPanel *panel = tab->connectionPanel();
    Profile profile;
    profile.url = QStringLiteral("ws://127.0.0.1:1/");
    profile.origin = QStringLiteral("https://a\r\nInjected: 1");
    panel->setProfile(profile, false);
    QVERIFY(!panel->connectButton()->isEnabled());
    QVERIFY2(
        panel->message().contains(QStringLiteral("The Origin contains a line break")), qPrintable(panel->message()));

    profile.origin.clear();
    panel->setProfile(profile, false);
    QVERIFY(panel->connectButton()->isEnabled());
    QVERIFY(panel->message().isEmpty());

    // Typed into the header table: a value with a line feed, then a header Framewise owns.
    QTableWidget *headers = panel->headersTable();
    QPushButton *add = nullptr;
    for (QPushButton *button : panel->findChildren<QPushButton *>())
        if (button->text() == QStringLiteral("Add header"))
            add = button;
    QVERIFY(add);
    add->click();
    const int row = headers->rowCount() - 1;
    headers->item(row, 1)->setText(QStringLiteral("X-Note"));
    headers->item(row, 2)->setText(QStringLiteral("one\ntwo"));
    QVERIFY(!panel->connectButton()->isEnabled());
    QVERIFY2(
        panel->message().contains(QStringLiteral("“X-Note” contains a line break (LF)")), qPrintable(panel->message()));
    headers->item(row, 2)->setText(QStringLiteral("one two"));
    QVERIFY(panel->connectButton()->isEnabled());
    headers->item(row, 1)->setText(QStringLiteral("Sec-WebSocket-Protocol"));
    QVERIFY(!panel->connectButton()->isEnabled());
    QVERIFY2(
        panel->message().contains(QStringLiteral("set subprotocols in their own field")), qPrintable(panel->message()));
    if (const QString path = screenshotPath(QStringLiteral("-owned-header")); !path.isEmpty()) {
        QVERIFY(m_window->grab().save(path));
    }
    // A credential header is marked secret as soon as it is named.
    headers->item(row, 1)->setText(QStringLiteral("Authorization"));
    QCOMPARE(headers->item(row, 3)->checkState(), Qt::Checked);
    QVERIFY(panel->connectButton()->isEnabled());
}

void TestWindow::followTailTurnsOffWhenScrollingUp()
{
    SessionTab *tab = m_window->currentTab();
    QTest::mouseClick(tab->connectionPanel()->connectButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), WebSocketChannel::State::Open, 10000);
    for (int i = 0; i < 300; ++i)
        tab->session()->sendText(QStringLiteral("line %1").arg(i));
    QTRY_COMPARE_WITH_TIMEOUT(tab->messageModel()->rowCount(), 601, 10000);
    QScrollBar *bar = tab->messageView()->verticalScrollBar();
    QTRY_COMPARE(bar->value(), bar->maximum());
    QVERIFY(tab->followTail()->isChecked());
    bar->setValue(0); // the user scrolls up
    QVERIFY(!tab->followTail()->isChecked());
    tab->session()->sendText(QStringLiteral("more"));
    QTRY_COMPARE_WITH_TIMEOUT(tab->messageModel()->rowCount(), 603, 10000);
    QCOMPARE(bar->value(), 0); // stays where the user is
    tab->session()->abort();
}

void TestWindow::framesModeShowsEveryFrame()
{
    SessionTab *tab = m_window->currentTab();
    QTest::mouseClick(tab->connectionPanel()->connectButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), WebSocketChannel::State::Open, 10000);
    tab->session()->sendText(QStringLiteral("first"));
    tab->session()->sendText(QStringLiteral("second"));
    QTRY_COMPARE_WITH_TIMEOUT(tab->messageModel()->rowCount(), 5, 10000); // connected + 2 sent + 2 echoed
    // Hidden, the frames view has no model: its header would grow by a row per frame.
    QVERIFY(!tab->frameView()->isVisible());
    QCOMPARE(tab->frameView()->model(), nullptr);

    QCheckBox *toggle = nullptr;
    for (QCheckBox *box : tab->findChildren<QCheckBox *>()) {
        if (box->text() == QStringLiteral("Frames"))
            toggle = box;
    }
    QVERIFY(toggle);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(tab->framesMode());
    QVERIFY(tab->frameView()->isVisible());
    QAbstractItemModel *frames = tab->frameView()->model();
    QVERIFY(frames);
    QCOMPARE(frames->rowCount(), 4);
    int masked = 0;
    for (int row = 0; row < frames->rowCount(); ++row) {
        QCOMPARE(frames->index(row, FrameLogModel::FinColumn).data().toString(), QStringLiteral("1"));
        const QString mask = frames->index(row, FrameLogModel::MaskColumn).data().toString();
        if (mask != QStringLiteral("none")) {
            QCOMPARE(mask.size(), 8); // our frames are masked, the server's are not
            ++masked;
        }
    }
    QCOMPARE(masked, 2);

    // Selecting a frame shows its message.
    const QModelIndex last = frames->index(3, 0);
    tab->frameView()->setCurrentIndex(last);
    const int message = last.data(FrameLogModel::MessageIndexRole).toInt();
    QVERIFY(message >= 0);
    QCOMPARE(tab->detailPane()->shownText(), QString::fromUtf8(tab->session()->log().payload(message)));

    // Frames that arrive while it is shown appear at once (in batches).
    tab->session()->sendText(QStringLiteral("third"));
    QTRY_COMPARE_WITH_TIMEOUT(frames->rowCount(), 6, 10000);

    // Back to messages the model is let go; shown again, the rows and the user's widths are back.
    tab->frameView()->setColumnWidth(FrameLogModel::OpcodeColumn, 222);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(!tab->framesMode());
    QVERIFY(tab->messageView()->isVisible());
    QCOMPARE(tab->frameView()->model(), nullptr);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(tab->framesMode());
    QVERIFY(tab->frameView()->model());
    QCOMPARE(tab->frameView()->model()->rowCount(), 6);
    QCOMPARE(tab->frameView()->columnWidth(FrameLogModel::OpcodeColumn), 222);
    if (const QString path = screenshotPath(QStringLiteral("-frames")); !path.isEmpty()) {
        tab->frameView()->setCurrentIndex(tab->frameView()->model()->index(3, 0));
        QVERIFY(m_window->grab().save(path));
    }
    tab->session()->abort();
}

void TestWindow::pauseHoldsWhatTheServerSends()
{
    SessionTab *tab = m_window->currentTab();
    ConnectionPanel *panel = tab->connectionPanel();
    QVERIFY(!panel->pauseButton()->isEnabled()); // nothing to pause before the connection is open
    QVERIFY(!tab->session()->setReceivingPaused(true));
    QTest::mouseClick(panel->connectButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), WebSocketChannel::State::Open, 10000);
    QVERIFY(panel->pauseButton()->isEnabled());

    QTest::mouseClick(panel->pauseButton(), Qt::LeftButton);
    QVERIFY(tab->session()->isReceivingPaused());
    QVERIFY(panel->pauseButton()->isChecked());
    QCOMPARE(panel->pauseButton()->text(), QStringLiteral("Resume"));
    QVERIFY(panel->stateLabel()->text().contains(QStringLiteral("paused")));
    MessageLogModel *model = tab->messageModel();
    const auto preview
        = [model](int row) { return model->data(model->index(row, MessageLogModel::PreviewColumn)).toString(); };
    QTRY_COMPARE(model->rowCount(), 2); // connected, paused
    QVERIFY(preview(1).startsWith(QStringLiteral("Receiving paused")));

    // Sending still works; the echoes wait in the network buffers, not in the log.
    for (int i = 0; i < 3; ++i)
        QCOMPARE(tab->session()->sendText(QStringLiteral("while paused %1").arg(i)), ChannelError::None);
    QTRY_COMPARE(model->rowCount(), 5);
    QTest::qWait(400);
    QCOMPARE(model->rowCount(), 5);
    QCOMPARE(tab->session()->totals().messagesIn, 0);

    // Ctrl+Shift+P resumes: every echo arrives, in order, after the resumed event.
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!tab->session()->isReceivingPaused()); // a shortcut clicks the button animated
    QVERIFY(!panel->pauseButton()->isChecked());
    QCOMPARE(panel->pauseButton()->text(), QStringLiteral("Pause"));
    QCOMPARE(panel->stateLabel()->text(), QStringLiteral("Open"));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 9, 10000);
    QCOMPARE(preview(5), QStringLiteral("Receiving resumed"));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(preview(6 + i), QStringLiteral("while paused %1").arg(i));

    // A paused connection still closes cleanly: closing reads again to get the server's Close.
    QTest::mouseClick(panel->pauseButton(), Qt::LeftButton);
    QVERIFY(tab->session()->isReceivingPaused());
    QCOMPARE(panel->stateLabel()->text(), QStringLiteral("Open · receiving paused"));
    QTRY_COMPARE(model->rowCount(), 10); // the second paused event; layouts settle meanwhile
    if (const QString path = screenshotPath(QStringLiteral("-paused")); !path.isEmpty()) {
        QVERIFY(m_window->grab().save(path));
    }
    // Ctrl+K (Disconnect) still works after the button's text changed from Connect.
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(!tab->session()->isReceivingPaused());
    QVERIFY(!panel->pauseButton()->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(tab->session()->hasStopped(), 10000);
    QCOMPARE(tab->session()->lastStopStatus().reason, StopReason::Ok);
    QVERIFY(!panel->pauseButton()->isEnabled());
    QCOMPARE(panel->pauseButton()->text(), QStringLiteral("Pause"));
    QVERIFY(panel->stateLabel()->text().startsWith(QStringLiteral("Closed: ")));
    QVERIFY(!panel->stateLabel()->text().contains(QStringLiteral("Closed: Closed")));
}

void TestWindow::geometryIsRestored()
{
    m_window->resize(900, 640);
    m_window->close();
    QVERIFY(!m_settings->windowGeometry().isEmpty());
    MainWindow again(m_settings.get());
    QCOMPARE(again.size(), QSize(900, 640));
}

// Issue 16 item 6: closing a tab or the window closes each live connection with 1001 Going
// Away (the server sees a clean close, not a dropped socket), and the recording ends with what
// the session was: its URL, handshake and how it ended, not empty fields.
void TestWindow::closingGoesAwayCleanlyAndKeepsTheRecording()
{
    QWebSocketServer server(QStringLiteral("going away"), QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QList<int> closeCodes;
    connect(&server, &QWebSocketServer::newConnection, this, [&server, &closeCodes] {
        while (QWebSocket *socket = server.nextPendingConnection()) {
            socket->setParent(&server);
            connect(socket, &QWebSocket::textMessageReceived, socket,
                [socket](const QString &text) { socket->sendTextMessage(text); });
            connect(socket, &QWebSocket::disconnected, socket,
                [socket, &closeCodes] { closeCodes.append(int(socket->closeCode())); });
        }
    });
    const QString url = QStringLiteral("ws://127.0.0.1:%1/away").arg(server.serverPort());
    const auto open = [&](SessionTab *tab) {
        QTest::mouseClick(tab->connectionPanel()->connectButton(), Qt::LeftButton);
        QTRY_COMPARE(tab->session()->state(), WebSocketChannel::State::Open);
        QCOMPARE(tab->session()->sendText(QStringLiteral("kept")), ChannelError::None);
        QTRY_COMPARE(tab->session()->totals().messagesIn, qint64(1));
    };
    SessionTab *first = m_window->addTab(url);
    open(first);
    SessionTab *second = m_window->addTab(url);
    open(second);

    // Ctrl+W on the current (second) tab.
    m_window->tabs()->setCurrentWidget(second);
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
    QTRY_COMPARE(closeCodes, QList<int> { 1001 });
    // Quitting: the window waits for the first one's server too.
    QVERIFY(m_window->close());
    QCOMPARE(closeCodes, QList<int>({ 1001, 1001 }));
    m_window.reset();

    SessionStore store;
    QVERIFY2(store.open(m_settings->sessionsPath()), qPrintable(store.errorString()));
    const QList<SessionInfo> sessions = store.sessions(QStringLiteral("/away"));
    QCOMPARE(sessions.size(), 2);
    for (const SessionInfo &info : sessions) {
        QCOMPARE(info.state, SessionInfo::State::Ended);
        QCOMPARE(info.url, url);
        QVERIFY2(
            info.handshakeRequest.startsWith(QStringLiteral("GET /away HTTP/1.1")), qPrintable(info.handshakeRequest));
        QVERIFY(info.handshakeResponse.startsWith(QStringLiteral("HTTP/1.1 101")));
        QVERIFY2(info.stopStatus.contains(QStringLiteral("1001")), qPrintable(info.stopStatus));
        QCOMPARE(info.closeCode, 1001); // the server answered our Close with its own
        const std::vector<LogEntry> records = store.messages(info.id);
        const bool keptEcho = std::any_of(records.cbegin(), records.cend(), [](const LogEntry &entry) {
            return entry.direction == MessageRecord::Direction::In && entry.payload == "kept";
        });
        QVERIFY(keptEcho);
    }
}

// A tab destroyed while its connection is open (the window deleted without a close event): the
// stored session keeps its URL and handshake and says how it ended.
void TestWindow::destroyedTabKeepsItsRecording()
{
    LocalEchoServer server;
    QVERIFY(server.start());
    const QString url = server.url().toString() + QStringLiteral("destroyed");
    SessionTab *tab = m_window->addTab(url);
    QTest::mouseClick(tab->connectionPanel()->connectButton(), Qt::LeftButton);
    QTRY_COMPARE(tab->session()->state(), WebSocketChannel::State::Open);
    QCOMPARE(tab->session()->sendText(QStringLiteral("kept")), ChannelError::None);
    QTRY_COMPARE(tab->session()->totals().messagesIn, qint64(1));
    m_window.reset();

    SessionStore store;
    QVERIFY2(store.open(m_settings->sessionsPath()), qPrintable(store.errorString()));
    const QList<SessionInfo> sessions = store.sessions(QStringLiteral("destroyed"));
    QCOMPARE(sessions.size(), 1);
    const SessionInfo &info = sessions.first();
    QCOMPARE(info.state, SessionInfo::State::Ended);
    QCOMPARE(info.url, url);
    QVERIFY2(info.handshakeRequest.startsWith(QStringLiteral("GET /destroyed")), qPrintable(info.handshakeRequest));
    QVERIFY(info.handshakeResponse.startsWith(QStringLiteral("HTTP/1.1 101")));
    QVERIFY2(info.stopStatus.contains(QStringLiteral("still open")), qPrintable(info.stopStatus));
    QVERIFY(store.messages(info.id).size() >= 3); // connected, sent, echoed
}

// Issue 16 item 9: a profiles file that cannot be read is not a first launch; its report stays
// in the status bar instead of the Local echo offer.
void TestWindow::damagedProfilesAreNoFirstLaunch()
{
    m_window.reset();
    AppSettings settings(m_dir.filePath(QStringLiteral("damaged.ini")));
    QFile damaged(settings.profilesPath());
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("{ damaged");
    damaged.close();
    MainWindow window(&settings);
    window.show();
    QVERIFY2(window.statusText().contains(QStringLiteral("is not valid JSON")), qPrintable(window.statusText()));
    QVERIFY(window.tabs()->tabText(0) != QStringLiteral("Local echo"));
    QVERIFY(!settings.firstLaunchDone());
}

// Issue 17 item 6: Ctrl+W (and quitting) with unsaved profile changes asks: Cancel keeps the
// tab, Save stores the changes, Discard drops them.
void TestWindow::closingAskesAboutUnsavedProfileChanges()
{
    QStringList asked;
    MainWindow::UnsavedChoice answer = MainWindow::UnsavedChoice::Cancel;
    m_window->setUnsavedPrompt([&asked, &answer](const QStringList &names) {
        asked = names;
        return answer;
    });
    SessionTab *tab = m_window->addTab();
    ConnectionPanel *panel = tab->connectionPanel();
    QTest::keyClicks(panel->urlEdit(), QStringLiteral("ws://127.0.0.1:1/saved"));
    QVERIFY(panel->saveProfileAs(QStringLiteral("Saved one")));
    const int tabs = m_window->tabs()->count();
    // Unchanged: closes without asking.
    QVERIFY(m_window->closeTab(m_window->tabs()->indexOf(tab)));
    QVERIFY(asked.isEmpty());
    QCOMPARE(m_window->tabs()->count(), tabs - 1);

    tab = m_window->openProfile(QStringLiteral("Saved one"), false);
    QVERIFY(tab);
    panel = tab->connectionPanel();
    panel->urlEdit()->selectAll();
    QTest::keyClicks(panel->urlEdit(), QStringLiteral("ws://127.0.0.1:1/changed"));
    QVERIFY(panel->isModified());
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(asked, QStringList { QStringLiteral("Saved one") });
    QCOMPARE(m_window->tabs()->indexOf(tab) >= 0, true); // Cancel: still there
    // Quitting asks too, and Cancel keeps the window.
    asked.clear();
    QVERIFY(!m_window->close());
    QCOMPARE(asked, QStringList { QStringLiteral("Saved one") });
    QVERIFY(m_window->isVisible());

    answer = MainWindow::UnsavedChoice::Save;
    QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(m_window->tabs()->indexOf(tab), -1);
    const Profile *saved = m_window->profiles()->store().findByName(QStringLiteral("Saved one"));
    QVERIFY(saved);
    QCOMPARE(saved->url, QStringLiteral("ws://127.0.0.1:1/changed"));

    tab = m_window->openProfile(QStringLiteral("Saved one"), false);
    tab->connectionPanel()->urlEdit()->selectAll();
    QTest::keyClicks(tab->connectionPanel()->urlEdit(), QStringLiteral("ws://127.0.0.1:1/dropped"));
    answer = MainWindow::UnsavedChoice::Discard;
    QVERIFY(m_window->closeTab(m_window->tabs()->indexOf(tab)));
    QCOMPARE(m_window->profiles()->store().findByName(QStringLiteral("Saved one"))->url,
        QStringLiteral("ws://127.0.0.1:1/changed"));
}

// Issue 17 item 7: every tab shows its connection's state, and two tabs never read the same.
void TestWindow::tabsShowStateAndUniqueTitles()
{
    LocalEchoServer server;
    QVERIFY(server.start());
    const QString base = server.url().toString();
    SessionTab *feed = m_window->openUrl(base + QStringLiteral("feed"), false);
    SessionTab *chat = m_window->openUrl(base + QStringLiteral("chat"), false);
    SessionTab *again = m_window->openUrl(base + QStringLiteral("chat"), false);
    QTabWidget *tabs = m_window->tabs();
    const QString feedText = tabs->tabText(tabs->indexOf(feed));
    const QString chatText = tabs->tabText(tabs->indexOf(chat));
    const QString againText = tabs->tabText(tabs->indexOf(again));
    QVERIFY2(feedText.endsWith(QStringLiteral(" · /feed")), qPrintable(feedText));
    QVERIFY2(chatText != againText && chatText != feedText, qPrintable(chatText + u'|' + againText));
    QVERIFY2(againText.endsWith(QStringLiteral("(2)")), qPrintable(againText));
    QCOMPARE(TabStateIcon::kindOf(*feed), TabStateIcon::Kind::None);
    QVERIFY(tabs->tabIcon(tabs->indexOf(feed)).isNull());

    QTest::mouseClick(feed->connectionPanel()->connectButton(), Qt::LeftButton);
    QTRY_COMPARE(TabStateIcon::kindOf(*feed), TabStateIcon::Kind::Open);
    QVERIFY(!tabs->tabIcon(tabs->indexOf(feed)).isNull());
    QVERIFY2(tabs->tabToolTip(tabs->indexOf(feed)).contains(QStringLiteral("Open")),
        qPrintable(tabs->tabToolTip(tabs->indexOf(feed))));
    if (const QString path = screenshotPath(QStringLiteral("-tabs")); !path.isEmpty()) {
        QVERIFY(m_window->grab().save(path));
    }
    QTest::mouseClick(feed->connectionPanel()->connectButton(), Qt::LeftButton); // disconnect
    QTRY_COMPARE(TabStateIcon::kindOf(*feed), TabStateIcon::Kind::Closed);
    // A failure is red and says why.
    chat->connectionPanel()->urlEdit()->setText(QStringLiteral("ws://127.0.0.1:1/"));
    QTest::mouseClick(chat->connectionPanel()->connectButton(), Qt::LeftButton);
    QTRY_COMPARE(TabStateIcon::kindOf(*chat), TabStateIcon::Kind::Failed);
    QVERIFY(tabs->tabToolTip(tabs->indexOf(chat)).contains(QStringLiteral("refused")));
    QVERIFY(TabStateIcon::icon(TabStateIcon::Kind::Failed).pixmap(16).toImage()
        != TabStateIcon::icon(TabStateIcon::Kind::Closed).pixmap(16).toImage());
}

// Issue 17 item 2: the window works on a 1024×600 screen, with the options open or closed:
// it shrinks to that size, the filter box keeps room to type, and the log's columns up to Size
// are whole.
void TestWindow::fitsA1024By600Screen()
{
    SessionTab *tab = m_window->currentTab();
    for (const bool expanded : { false, true }) {
        tab->connectionPanel()->optionsToggle()->setChecked(expanded);
        m_window->resize(1024, 600);
        QTRY_COMPARE(m_window->size(), QSize(1024, 600));
        if (const QString path = screenshotPath(expanded ? QStringLiteral("-1024-options") : QStringLiteral("-1024"));
            !path.isEmpty()) {
            QVERIFY(m_window->grab().save(path));
        }
        QVERIFY2(m_window->minimumSizeHint().height() <= 600,
            qPrintable(QStringLiteral("minimum height %1").arg(m_window->minimumSizeHint().height())));
        const QLineEdit *filter = tab->filterEdit();
        QVERIFY2(filter->width() >= filter->fontMetrics().horizontalAdvance(filter->placeholderText()),
            qPrintable(QStringLiteral("filter box %1 px").arg(filter->width())));
        const QTableView *log = tab->messageView();
        const int sizeRight
            = log->columnViewportPosition(MessageLogModel::SizeColumn) + log->columnWidth(MessageLogModel::SizeColumn);
        QVERIFY2(sizeRight <= log->viewport()->width(),
            qPrintable(QStringLiteral("Size column ends at %1 of %2").arg(sizeRight).arg(log->viewport()->width())));
        QVERIFY(tab->composer()->isVisible());
        QVERIFY(tab->composer()->height() >= tab->composer()->minimumSizeHint().height());
    }
}

// Issue 17 item 5: each connection is a new recorded session, so it starts a fresh log (numbering
// from 1, no old "Connected" row) and fresh statistics; "Preserve log" keeps both, like DevTools.
void TestWindow::reconnectingStartsAFreshLogUnlessPreserved()
{
    LocalEchoServer server;
    QVERIFY(server.start());
    SessionTab *tab = m_window->openUrl(server.url().toString(), false);
    MessageLogModel *model = tab->messageModel();
    // First connection: connected row, sent, echoed.
    QTest::mouseClick(tab->connectionPanel()->connectButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), WebSocketChannel::State::Open, 10000);
    tab->session()->sendText(QStringLiteral("first"));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 10000);
    tab->messageView()->setCurrentIndex(tab->filterModel()->index(2, 0)); // the echo, shown in the pane
    QVERIFY(!tab->detailPane()->shownText().isEmpty());
    QTest::mouseClick(tab->connectionPanel()->connectButton(), Qt::LeftButton); // disconnect
    QTRY_VERIFY_WITH_TIMEOUT(tab->session()->hasStopped(), 10000);
    QVERIFY(model->rowCount() > 3); // the stop row

    // Reconnect: the old rows and figures are gone, numbering starts again.
    QTest::mouseClick(tab->connectionPanel()->connectButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), WebSocketChannel::State::Open, 10000);
    QCOMPARE(tab->session()->totals().messagesOut, qint64(0));
    QVERIFY2(tab->detailPane()->shownText().isEmpty(), qPrintable(tab->detailPane()->shownText())); // not the old echo
    tab->session()->sendText(QStringLiteral("second"));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 10000);
    QTest::qWait(50);
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->data(model->index(0, 0)).toString(), QStringLiteral("1"));
    QCOMPARE(model->data(model->index(1, MessageLogModel::PreviewColumn)).toString(), QStringLiteral("second"));
    QCOMPARE(tab->session()->totals().messagesOut, qint64(1));
    QCOMPARE(tab->session()->totals().messagesIn, qint64(1));
    QTRY_VERIFY2(tab->statsPane()->totalsText().contains(QStringLiteral("Received 1 "))
            && tab->statsPane()->totalsText().contains(QStringLiteral("sent 1 ")),
        qPrintable(tab->statsPane()->totalsText()));

    // With Preserve log, the next connection appends and the figures add up.
    tab->preserveLog()->setChecked(true);
    QTest::mouseClick(tab->connectionPanel()->connectButton(), Qt::LeftButton); // disconnect
    QTRY_VERIFY_WITH_TIMEOUT(tab->session()->hasStopped(), 10000);
    const int kept = model->rowCount();
    QTest::mouseClick(tab->connectionPanel()->connectButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), WebSocketChannel::State::Open, 10000);
    tab->session()->sendText(QStringLiteral("third"));
    QTRY_COMPARE_WITH_TIMEOUT(tab->session()->totals().messagesIn, qint64(2), 10000);
    QTRY_VERIFY(model->rowCount() >= kept + 3);
    QCOMPARE(model->data(model->index(1, MessageLogModel::PreviewColumn)).toString(), QStringLiteral("second"));
    QCOMPARE(tab->session()->totals().messagesOut, qint64(2));
    // Since connect counts from each connection's own start, also in a preserved log.
    const auto sinceConnect = [model](int row) {
        return model->data(model->index(row, MessageLogModel::SinceStartColumn), MessageLogModel::DurationRole)
            .toLongLong();
    };
    QCOMPARE(sinceConnect(kept), 0);
    QVERIFY(sinceConnect(kept - 1) > 0);
    QVERIFY(sinceConnect(kept + 1) < sinceConnect(kept - 1));
}

// Issue 17 item 14: in the header table, Tab goes from the name being typed to its value, as in
// Postman; the typed value lands in the header.
void TestWindow::tabMovesFromHeaderNameToValue()
{
    SessionTab *tab = m_window->currentTab();
    ConnectionPanel *panel = tab->connectionPanel();
    panel->optionsToggle()->setChecked(true);
    QTableWidget *headers = panel->headersTable();
    for (QWidget *w = headers; w; w = w->parentWidget()) {
        if (auto *pages = qobject_cast<QTabWidget *>(w->parentWidget() ? w->parentWidget()->parentWidget() : nullptr))
            pages->setCurrentWidget(w);
    }
    QTRY_VERIFY(headers->isVisible());
    auto *add = panel->findChild<QPushButton *>(QStringLiteral("addHeaderButton"));
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    const int row = headers->rowCount() - 1;
    QTRY_VERIFY(QApplication::focusWidget() && headers->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("X-Trace"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(QApplication::focusWidget() && headers->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("abc"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(headers->item(row, 1)->text(), QStringLiteral("X-Trace"));
    QVERIFY(headers->item(row, 2));
    QTRY_COMPARE(headers->item(row, 2)->text(), QStringLiteral("abc")); // the delegate commits queued
}

// Issue 17 item 16: Tab walks the tab as it reads: URL, Connect, Options, filter, log, the detail
// tabs, the composer, Send; it never jumps back up on the way.
void TestWindow::tabFollowsReadingOrder()
{
    SessionTab *tab = m_window->currentTab();
    ConnectionPanel *panel = tab->connectionPanel();
    auto *editor = tab->composer()->findChild<QPlainTextEdit *>();
    QWidget *send = tab->composer()->focusOrder().value(1);
    QVERIFY(editor && send);
    const QList<QWidget *> landmarks { panel->urlEdit(), panel->connectButton(), panel->optionsToggle(),
        tab->filterEdit(), tab->messageView(), editor, send };
    QTest::mouseClick(panel->connectButton(), Qt::LeftButton); // Send is enabled while open
    QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), WebSocketChannel::State::Open, 10000);
    panel->urlEdit()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), panel->urlEdit());
    QList<QWidget *> visited { panel->urlEdit() };
    for (int i = 0; i < 60 && QApplication::focusWidget() != send; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited.append(QApplication::focusWidget());
    }
    QStringList names;
    for (QWidget *widget : visited)
        names.append(QString::fromLatin1(widget ? widget->metaObject()->className() : "none"));
    int last = -1;
    for (QWidget *landmark : landmarks) {
        const int at = int(visited.indexOf(landmark));
        QVERIFY2(at > last, qPrintable(names.join(QStringLiteral(" > "))));
        last = at;
    }
    // Connect is one Tab after the URL.
    QCOMPARE(visited.at(1), panel->connectButton());
    // Tabbing into the log does not pull the side tabs over to the message pane.
    QTRY_VERIFY(tab->filterModel()->rowCount() > 0); // a row for Tab to make current
    tab->messageView()->clearFocus();
    tab->messageView()->selectionModel()->clear();
    tab->sideTabs()->setCurrentIndex(1); // Handshake
    tab->filterEdit()->setFocus();
    QTRY_VERIFY(tab->filterEdit()->hasFocus());
    while (QApplication::focusWidget() != tab->messageView())
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(tab->sideTabs()->currentIndex(), 1);
    QTRY_VERIFY(tab->filterModel()->rowCount() > 0); // the "Connected" row reaches the view in a batch
    const QRect row = tab->messageView()->visualRect(tab->filterModel()->index(0, 1));
    QVERIFY(row.isValid());
    QTest::mouseClick(tab->messageView()->viewport(), Qt::LeftButton, {}, row.center()); // choosing a row shows it
    QCOMPARE(tab->sideTabs()->currentWidget(), static_cast<QWidget *>(tab->detailPane()));
    QCOMPARE(visited.indexOf(send), visited.indexOf(editor) + 1);
}

// Issue 17 item 17: the timing columns start hidden and the header's context menu shows them.
void TestWindow::headerMenuShowsTimingColumns()
{
    SessionTab *tab = m_window->currentTab();
    QTableView *view = tab->messageView();
    QVERIFY(view->isColumnHidden(MessageLogModel::SincePreviousColumn));
    QVERIFY(!view->isColumnHidden(MessageLogModel::SizeColumn));
    QMenu *menu = tab->columnMenu();
    QAction *since = nullptr;
    for (QAction *action : menu->actions()) {
        QCOMPARE(action->isChecked(),
            action->text() != QStringLiteral("Since previous") && action->text() != QStringLiteral("Since connect"));
        if (action->text() == QStringLiteral("Since previous"))
            since = action;
    }
    QVERIFY(since);
    since->trigger();
    QVERIFY(!view->isColumnHidden(MessageLogModel::SincePreviousColumn));
    QVERIFY(view->columnWidth(MessageLogModel::SincePreviousColumn) > 0);
    delete menu;
    if (const QString path = screenshotPath(QStringLiteral("-timing")); !path.isEmpty()) {
        QTest::mouseClick(tab->connectionPanel()->connectButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), WebSocketChannel::State::Open, 10000);
        for (const char *text : { "one", "two", "three" }) {
            tab->session()->sendText(QString::fromLatin1(text));
            QTest::qWait(120);
        }
        QTRY_VERIFY(tab->messageModel()->rowCount() >= 7);
        QVERIFY(m_window->grab().save(path));
    }
    QMenu *again = tab->columnMenu();
    QVERIFY(again->actions().at(MessageLogModel::SincePreviousColumn)->isChecked());
    again->actions().at(MessageLogModel::SizeColumn)->trigger();
    QVERIFY(view->isColumnHidden(MessageLogModel::SizeColumn));
    delete again;
}

// Issue 17 item 17: the close dialog, the state line and the log say a close code once
// ("4321 — private use"), not "4321 Private use (4321)".
void TestWindow::closeDialogSaysTheCodeOnce()
{
    SessionTab *tab = m_window->currentTab();
    QTest::mouseClick(tab->connectionPanel()->connectButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), WebSocketChannel::State::Open, 10000);
    QString shown;
    QTimer::singleShot(200, this, [&shown] {
        auto *dialog = qobject_cast<CloseDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setCode(4321);
        shown = dialog->resultText();
        dialog->setReason(QStringLiteral("bye"));
        if (const QString path = screenshotPath(QStringLiteral("-close-dialog")); !path.isEmpty())
            QVERIFY(dialog->grab().save(path));
        dialog->accept();
    });
    tab->requestClose();
    QCOMPARE(shown, QStringLiteral("4321 — private use"));
    QTRY_VERIFY_WITH_TIMEOUT(tab->session()->hasStopped(), 10000);
    QCOMPARE(tab->session()->lastStopStatus().closeCodeReceived, quint16(4321));
    const QString state = tab->connectionPanel()->stateLabel()->text();
    QVERIFY2(state.contains(QStringLiteral("(4321 — private use)")), qPrintable(state));
    QVERIFY2(state.count(QStringLiteral("4321")) == 1, qPrintable(state));
    MessageLogModel *model = tab->messageModel();
    QTRY_VERIFY(model->rowCount() > 0);
    const QString lastRow = model->index(model->rowCount() - 1, MessageLogModel::PreviewColumn).data().toString();
    QVERIFY2(lastRow.contains(QStringLiteral("(4321 — private use)")) && lastRow.count(QStringLiteral("4321")) == 1,
        qPrintable(lastRow));
}

// Issue 17 item 12: a file sent from the composer is streamed and not kept; its row says which
// file and how big, and the detail pane where it came from.
void TestWindow::sentFileRowShowsNameAndSize()
{
    const QString path = m_dir.filePath(QStringLiteral("report.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(QByteArray(1258291, 'r')) == 1258291); // 1.2 MiB
    file.close();
    SessionTab *tab = m_window->currentTab();
    QTest::mouseClick(tab->connectionPanel()->connectButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), WebSocketChannel::State::Open, 10000);
    Q_EMIT tab->composer()->sendFile(path); // what "Send file…" does once a file is chosen
    QTRY_COMPARE_WITH_TIMEOUT(tab->session()->totals().messagesIn, qint64(1), 10000); // the echo
    MessageLogModel *model = tab->messageModel();
    QTRY_COMPARE(model->rowCount(), 3); // connected, sent, echoed
    const QModelIndex sent = model->index(1, MessageLogModel::PreviewColumn);
    QCOMPARE(sent.data().toString(), QStringLiteral("report.bin · 1.2 MiB (streamed from a file; not kept)"));
    tab->messageView()->setCurrentIndex(tab->filterModel()->mapFromSource(sent));
    const QString detail = tab->detailPane()->shownText();
    QVERIFY2(detail.startsWith(QFileInfo(path).absoluteFilePath() + QStringLiteral(" (1.2 MiB)")), qPrintable(detail));
    if (const QString shot = screenshotPath(QStringLiteral("-sent-file")); !shot.isEmpty())
        QVERIFY(m_window->grab().save(shot));
    // A new connection starts a fresh log: no name is left over for another record.
    tab->session()->abort();
    tab->clearLog();
    QVERIFY(tab->session()->log().sourceFile(1).isEmpty());
}

// Issue 17 item 11: a server that refuses the upgrade with 403 and a body. The log row and the
// state line say the status once and how the body begins, on one line; the state line's
// "Show handshake" link (clicked with the mouse) brings up the Handshake tab with the whole body.
void TestWindow::rejectedHandshakeSaysStatusAndBody()
{
    const QByteArray body
        = "{\n  \"error\": \"token expired\",\n  \"hint\": \"log in again at https://example.com/login\",\n"
          "  \"trace\": \""
        + QByteArray(300, 'x') + "\"\n}\n";
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::newConnection, this, [&server, &body] {
        QTcpSocket *socket = server.nextPendingConnection();
        auto request = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, request, &body] {
            request->append(socket->readAll());
            if (!request->contains("\r\n\r\n"))
                return;
            socket->write("HTTP/1.1 403 Forbidden\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    });
    SessionTab *tab = m_window->addTab(QStringLiteral("ws://127.0.0.1:%1/feed").arg(server.serverPort()));
    QTest::mouseClick(tab->connectionPanel()->connectButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(tab->session()->hasStopped(), 10000);
    QCOMPARE(tab->session()->lastStopStatus().reason, StopReason::HandshakeRejected);

    const QString expected = QStringLiteral("Upgrade refused with HTTP 403 Forbidden. Body: “{ "
                                            "\"error\": \"token expired\", \"hint\": \"log in again at "
                                            "https://example.com/login\", \"trace\": \"xxx");
    MessageLogModel *model = tab->messageModel();
    QTRY_COMPARE(model->rowCount(), 1);
    const QString row = model->index(0, MessageLogModel::PreviewColumn).data().toString();
    QVERIFY2(row.startsWith(expected), qPrintable(row));
    QVERIFY2(row.count(QStringLiteral("403")) == 1, qPrintable(row));
    // The whole sentence, as the detail pane shows the row: the body's first 200 characters on
    // one line, cut with "…".
    tab->messageView()->setCurrentIndex(tab->filterModel()->index(0, 0));
    const QString sentence = tab->detailPane()->shownText();
    QVERIFY2(sentence.startsWith(expected) && sentence.endsWith(QStringLiteral("xxx…”.")), qPrintable(sentence));
    QVERIFY2(!sentence.contains(u'\n'), qPrintable(sentence));
    const QString fromBody = sentence.mid(sentence.indexOf(u'“') + 1);
    QVERIFY2(fromBody.size() == 200 + 3, qPrintable(fromBody)); // and …”.

    QLabel *state = tab->connectionPanel()->stateLabel();
    QCOMPARE(state->toolTip(), QStringLiteral("Closed: ") + sentence);
    QVERIFY2(state->text().contains(QStringLiteral("Show handshake</a>")), qPrintable(state->text()));
    QVERIFY2(state->text().contains(QStringLiteral("&quot;token expired&quot;")), qPrintable(state->text()));
    // The long line wraps in the window; it does not make the window wider.
    QVERIFY2(m_window->minimumSizeHint().width() <= 1024,
        qPrintable(QStringLiteral("minimum width %1").arg(m_window->minimumSizeHint().width())));
    QVERIFY(state->width() <= m_window->width());
    if (const QString path = screenshotPath(QStringLiteral("-rejected")); !path.isEmpty())
        QVERIFY(m_window->grab().save(path));

    // Find the link as a user does (the pointer turns into a hand over it) and click it.
    QCOMPARE(tab->sideTabs()->currentWidget(), static_cast<QWidget *>(tab->detailPane()));
    bool clicked = false;
    for (int y = 2; y < state->height() && !clicked; y += 3) {
        for (int x = state->width() - 2; x > 0 && !clicked; x -= 3) {
            QTest::mouseMove(state, QPoint(x, y));
            if (state->cursor().shape() == Qt::PointingHandCursor) {
                QTest::mouseClick(state, Qt::LeftButton, {}, QPoint(x, y));
                clicked = true;
            }
        }
    }
    QVERIFY(clicked);
    QCOMPARE(tab->sideTabs()->currentWidget(), static_cast<QWidget *>(tab->handshakePane()));
    const QString handshake = tab->handshakePane()->text();
    QVERIFY2(handshake.contains(QStringLiteral("HTTP/1.1 403 Forbidden")), qPrintable(handshake));
    QVERIFY2(handshake.contains(QString::fromUtf8(body.trimmed())), qPrintable(handshake));
    QVERIFY2(handshake.contains(QStringLiteral("Stopped: Upgrade refused with HTTP 403 Forbidden.\n")),
        qPrintable(handshake)); // the body once, above
    if (const QString path = screenshotPath(QStringLiteral("-rejected-handshake")); !path.isEmpty())
        QVERIFY(m_window->grab().save(path));
}

// Keepalive pings only after a silence, which the panel says beside it; the RTT probe setting
// (a profile field, off by default) pings a busy connection anyway and its RTTs are plotted.
void TestWindow::connectionPanelOffersTheRttProbe()
{
    SessionTab *tab = m_window->currentTab();
    ConnectionPanel *panel = tab->connectionPanel();
    panel->optionsToggle()->setChecked(true);
    QSpinBox *probe = panel->rttProbeBox();
    QCOMPARE(probe->value(), 0);
    QCOMPARE(probe->specialValueText(), QStringLiteral("off"));
    QCOMPARE(probe->maximum(), 3600);
    QCOMPARE(panel->keepaliveHint()->parentWidget(), probe->parentWidget()); // on the Connection page
    QVERIFY2(panel->keepaliveHint()->text().contains(QStringLiteral("only after this much silence"))
            && panel->keepaliveHint()->text().contains(QStringLiteral("RTT probe")),
        qPrintable(panel->keepaliveHint()->text()));
    Profile loaded = panel->profile();
    loaded.rttProbeIntervalS = 12;
    panel->setProfile(loaded, false);
    QCOMPARE(probe->value(), 12);
    probe->setValue(1);
    QCOMPARE(panel->profile().rttProbeIntervalS, 1);
    QCOMPARE(panel->settings().rttProbeIntervalS, 1);

    QWebSocketServer server(QStringLiteral("busy"), QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QTimer chatter;
    QList<QWebSocket *> clients;
    connect(&server, &QWebSocketServer::newConnection, this, [&] {
        while (QWebSocket *socket = server.nextPendingConnection()) {
            socket->setParent(&server);
            clients.append(socket);
        }
    });
    connect(&chatter, &QTimer::timeout, this, [&] {
        for (QWebSocket *socket : std::as_const(clients))
            socket->sendTextMessage(QStringLiteral("busy"));
    });
    chatter.start(50);
    panel->urlEdit()->setText(QStringLiteral("ws://127.0.0.1:%1/").arg(server.serverPort()));
    QTest::mouseClick(panel->connectButton(), Qt::LeftButton);
    QTRY_COMPARE(tab->session()->state(), WebSocketChannel::State::Open);
    QTRY_VERIFY_WITH_TIMEOUT(tab->statsPane()->rttSeries()->count() >= 2, 10000);
    QVERIFY(tab->session()->rttProbesSent() >= 2);
    if (const QString path = screenshotPath(QStringLiteral("-rtt-probe")); !path.isEmpty()) {
        // The options tab that holds the probe (its page may sit in a scroll area).
        for (QWidget *page = probe; page && page->parentWidget(); page = page->parentWidget()) {
            if (auto *options = qobject_cast<QTabWidget *>(page->parentWidget()->parentWidget());
                options && options->indexOf(page) >= 0) {
                options->setCurrentWidget(page);
                break;
            }
        }
        tab->sideTabs()->setCurrentIndex(tab->sideTabs()->count() - 1); // Statistics
        QTest::qWait(1500);
        QVERIFY(m_window->grab().save(path));
    }
}

// Ctrl+F is the window's "Find in log"; with the focus in the detail pane it opens the hex view's
// find bar instead, and F3 finds the next match. Elsewhere Ctrl+F still goes to the log filter.
void TestWindow::ctrlFInTheDetailPaneFindsInTheHexView()
{
    SessionTab *tab = m_window->currentTab();
    QTest::mouseClick(tab->connectionPanel()->connectButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tab->session()->state(), WebSocketChannel::State::Open, 10000);
    QByteArray payload = QByteArray::fromHex("0001020304");
    for (int i = 0; i < 40; ++i)
        payload += QByteArray::fromHex("00112233445566778899aabbccddeeff");
    payload += QByteArray::fromHex("deadbeef");
    payload += QByteArray(300, 'x');
    payload += QByteArray::fromHex("deadbeef");
    QCOMPARE(tab->session()->sendBinary(payload), ChannelError::None);
    QTRY_COMPARE_WITH_TIMEOUT(tab->session()->totals().messagesIn, qint64(1), 10000);
    QTRY_COMPARE(tab->filterModel()->rowCount(), 3); // connected, sent, echoed
    tab->messageView()->setCurrentIndex(tab->filterModel()->index(2, 0));
    HexPane *hex = tab->detailPane()->hexPane();
    QCOMPARE(hex->view()->data(), payload);

    hex->view()->setFocus();
    QTest::keyClick(hex->view(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(hex->findBar()->isVisible());
    QCOMPARE(QApplication::focusWidget(), hex->findEdit());
    QVERIFY(!tab->filterEdit()->hasFocus());
    QTest::keyClicks(hex->findEdit(), QStringLiteral("de ad be ef"));
    QTest::keyClick(hex->findEdit(), Qt::Key_Return);
    const qint64 first = 5 + 40 * 16;
    QCOMPARE(hex->view()->selectionStart(), first);
    QCOMPARE(hex->view()->selectionLength(), 4);
    QTest::keyClick(hex->findEdit(), Qt::Key_F3);
    QCOMPARE(hex->view()->selectionStart(), first + 4 + 300);
    QCOMPARE(hex->readoutText(), QStringLiteral("Offset 0x3b8 (952) · Selection 4 bytes (0x4) from 0x3b5 (949)"));
    if (const QString path = screenshotPath(QStringLiteral("-hex-find")); !path.isEmpty())
        QVERIFY(m_window->grab().save(path));

    // Outside the detail pane, Ctrl+F is the log filter's, as before.
    tab->messageView()->setFocus();
    QTest::keyClick(tab->messageView(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(tab->filterEdit()->hasFocus());
}

// A URL opened at start takes the place of the empty tab a start opens (a new user found both).
void TestWindow::urlReplacesTheUntouchedStartTab()
{
    QVERIFY(m_settings->firstLaunchDone());
    MainWindow second(m_settings.get());
    QCOMPARE(second.tabs()->count(), 1);
    SessionTab *opened = second.openUrl(QStringLiteral("ws://127.0.0.1:1/a"), false);
    QCOMPARE(second.tabs()->count(), 1);
    QCOMPARE(second.tabs()->widget(0), static_cast<QWidget *>(opened));
    // A tab someone typed into stays.
    second.openUrl(QStringLiteral("ws://127.0.0.1:1/b"), false);
    QCOMPARE(second.tabs()->count(), 2);
}

QTEST_MAIN(TestWindow)
#include "tst_window.moc"
