// SPDX-License-Identifier: GPL-3.0-or-later
// Recording and history in the real window: every connection is recorded to the session
// database beside the test's settings; the History list finds it, opens it read-only with the
// same filters and hex view, exports it (whole, filtered, selected; with progress and cancel),
// imports HAR files (and refuses a broken one without leaving anything behind), deletes and
// applies retention; a database that cannot be used is reported and the session carries on.
#include "appsettings.h"
#include "composer.h"
#include "connectionpanel.h"
#include "detailpane.h"
#include "exportdialog.h"
#include "handshakepane.h"
#include "hexview.h"
#include "historymodel.h"
#include "historypanel.h"
#include "importedsessionsource.h"
#include "localechoserver.h"
#include "logfilterproxymodel.h"
#include "mainwindow.h"
#include "messagelogmodel.h"
#include "session.h"
#include "sessionstore.h"
#include "sessiontab.h"
#include "websocketwire.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDesktopServices>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Framewise;

// Stands in for the desktop's file manager: QDesktopServices hands it the URLs it would open.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

class TestHistory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void recordedSessionOpensReadOnly();
    void exportsWholeFilteredAndSelected();
    void cancelledExportLeavesNoFile();
    void importsChromeHarAndRefusesBrokenFiles();
    void importSaysWhatWasLeftOut();
    void deleteAndRetention();
    void unusableDatabaseKeepsTheSessionInMemory();
    void killedRecordingShowsInterruptedAfterRestart();
    void stateColumnSaysHowEachSessionEnded();
    void historyDockKeepsRoomAfterRestart();
    void lastFolderIsRememberedAndExportSaysWhere();

private:
    // Connects the current tab to the local echo server, sends texts and one binary message,
    // disconnects and waits until the recording is written. Returns the live tab.
    SessionTab *recordEchoSession(const QStringList &texts, const QByteArray &binary);
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestHistory::init()
{
    QVERIFY(m_dir.isValid());
    const QString name = QLatin1String(QTest::currentTestFunction());
    m_settings = std::make_unique<AppSettings>(path(QStringLiteral("settings-%1.ini").arg(name)));
    if (name == QLatin1String("unusableDatabaseKeepsTheSessionInMemory"))
        QVERIFY(QDir().mkpath(m_settings->sessionsPath())); // a folder where the database file should be
    m_window = std::make_unique<MainWindow>(m_settings.get());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestHistory::cleanup()
{
    m_window.reset();
    m_settings.reset();
}

SessionTab *TestHistory::recordEchoSession(const QStringList &texts, const QByteArray &binary)
{
    SessionTab *tab = m_window->currentTab();
    if (!m_window->localServer()->isListening() && !m_window->startLocalServer())
        return nullptr;
    ConnectionSettings settings = tab->connectionPanel()->settings();
    settings.url = m_window->localServer()->url();
    tab->connectionPanel()->setSettings(settings);
    QTest::mouseClick(tab->connectionPanel()->connectButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([tab] { return tab->session()->state() == WebSocketChannel::State::Open; }, 10000))
        return nullptr;
    for (const QString &text : texts)
        tab->session()->sendText(text);
    if (!binary.isEmpty())
        tab->session()->sendBinary(binary);
    const qsizetype expected = 2 * (texts.size() + (binary.isEmpty() ? 0 : 1));
    if (!QTest::qWaitFor([&] { return tab->session()->totals().messagesIn == expected / 2; }, 10000))
        return nullptr;
    QTest::mouseClick(tab->connectionPanel()->connectButton(), Qt::LeftButton); // Disconnect
    if (!QTest::qWaitFor([tab] { return tab->session()->hasStopped(); }, 10000))
        return nullptr;
    QTest::qWait(Session::NotifyIntervalMs * 3); // the last records reach the recorder
    m_window->store()->flush();
    return tab;
}

void TestHistory::recordedSessionOpensReadOnly()
{
    const QByteArray binary = QByteArray::fromHex("00ff10cafe");
    SessionTab *live = recordEchoSession(
        { QStringLiteral("hello-1"), QStringLiteral("{\"n\":2}"), QStringLiteral("hello-3") }, binary);
    QVERIFY(live);
    QVERIFY(m_window->recordingProblem().isEmpty());
    const qsizetype liveRecords = live->session()->log().size();
    QVERIFY(liveRecords >= 8); // events, 4 sent, 4 echoed, close frames

    // History lists it with the number of records the live log had.
    m_window->historyDock()->show();
    HistoryPanel *history = m_window->historyPanel();
    QAbstractItemModelTester tester(history->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    history->refresh();
    QCOMPARE(history->model()->rowCount(), 1);
    const SessionInfo stored = history->model()->sessionAt(0);
    QCOMPARE(stored.messageCount, qint64(liveRecords));
    QCOMPARE(stored.state, SessionInfo::State::Ended);
    QVERIFY(stored.url.startsWith(QStringLiteral("ws://127.0.0.1:")));

    // Search narrows the list, clearing it brings the session back.
    QTest::keyClicks(history->searchEdit(), QStringLiteral("no-such-host"));
    QCOMPARE(history->visibleCount(), 0);
    history->searchEdit()->clear();
    QTest::keyClicks(history->searchEdit(), QStringLiteral("127.0.0.1"));
    QCOMPARE(history->visibleCount(), 1);

    // Double-click (activate) opens it read-only in a new tab.
    const int tabsBefore = m_window->tabs()->count();
    history->view()->setCurrentIndex(history->proxy()->index(0, 0));
    emit history->view()->activated(history->proxy()->index(0, 0));
    QCOMPARE(m_window->tabs()->count(), tabsBefore + 1);
    SessionTab *past = m_window->currentTab();
    QVERIFY(past != live);
    QVERIFY(past->isPastSession());
    QVERIFY(past->session()->isReadOnly());
    QVERIFY(!past->connectionPanel()->isVisible());
    QVERIFY(!past->composer()->isVisible());
    QVERIFY(m_window->tabs()->tabText(m_window->tabs()->currentIndex()).contains(QStringLiteral("recorded")));
    QCOMPARE(past->messageModel()->rowCount(), int(liveRecords));
    for (qsizetype i = 0; i < liveRecords; ++i) {
        QCOMPARE(past->session()->log().at(i).kind, live->session()->log().at(i).kind);
        QCOMPARE(past->session()->log().payload(i), live->session()->log().payload(i));
    }
    QVERIFY(past->handshakePane()->text().contains(QStringLiteral("Sec-WebSocket-Accept")));
    // A read-only session refuses to connect.
    QString why;
    QCOMPARE(past->session()->open(ConnectionSettings {}, &why), ChannelError::AlreadyOpened);
    QVERIFY(why.contains(QStringLiteral("read-only")));

    // The same filters: text, then direction.
    past->filterEdit()->setText(QStringLiteral("hello-3"));
    past->applyFilterNow();
    QCOMPARE(past->filterModel()->rowCount(), 2); // sent and echoed
    past->filterEdit()->clear();
    past->applyFilterNow();

    // The same hex view: select the echoed binary message.
    int binaryRow = -1;
    for (int row = 0; row < past->filterModel()->rowCount(); ++row) {
        const QModelIndex index = past->filterModel()->index(row, 0);
        if (index.data(MessageLogModel::KindRole).toInt() == int(MessageRecord::Kind::Binary)
            && index.data(MessageLogModel::DirectionRole).toInt() == int(MessageRecord::Direction::In))
            binaryRow = row;
    }
    QVERIFY(binaryRow >= 0);
    past->messageView()->setCurrentIndex(past->filterModel()->index(binaryRow, 0));
    QCOMPARE(past->detailPane()->hexView()->data(), binary);

    if (qEnvironmentVariableIsSet("FRAMEWISE_SCREENSHOT")) {
        history->refresh();
        QTest::qWait(200);
        QVERIFY(m_window->grab().save(qEnvironmentVariable("FRAMEWISE_SCREENSHOT")));
    }
}

void TestHistory::exportsWholeFilteredAndSelected()
{
    SessionTab *live = recordEchoSession(
        { QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("alpha-2"), QStringLiteral("gamma") }, {});
    QVERIFY(live);
    m_window->historyPanel()->refresh();
    const qint64 id = m_window->historyPanel()->model()->sessionAt(0).id;
    SessionTab *past = m_window->openStoredSession(id);
    QVERIFY(past);

    // Filtered rows only, as JSON Lines.
    past->filterEdit()->setText(QStringLiteral("alpha"));
    past->applyFilterNow();
    QCOMPARE(past->filterModel()->rowCount(), 4);
    std::unique_ptr<ExportDialog> dialog = m_window->exportDialogFor(past);
    dialog->setFormat(QStringLiteral("jsonl"));
    dialog->setScope(ExportDialog::Scope::Filtered);
    QCOMPARE(dialog->scope(), ExportDialog::Scope::Filtered);
    dialog->setPath(path(QStringLiteral("filtered.jsonl")));
    QVERIFY2(dialog->exportNow(), qPrintable(dialog->errorString()));
    QCOMPARE(dialog->recordsWritten(), qint64(4));
    QFile filtered(path(QStringLiteral("filtered.jsonl")));
    QVERIFY(filtered.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = filtered.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 5); // the session line, then the records
    QCOMPARE(QJsonDocument::fromJson(lines.takeFirst()).object().value(QStringLiteral("record")).toString(),
        QStringLiteral("session"));
    for (const QByteArray &line : lines)
        QVERIFY2(QJsonDocument::fromJson(line)
                     .object()
                     .value(QStringLiteral("text"))
                     .toString()
                     .startsWith(QStringLiteral("alpha")),
            line.constData());

    // Two selected rows, as CSV (header + 2 lines).
    past->filterEdit()->clear();
    past->applyFilterNow();
    past->messageView()->selectRow(2);
    past->messageView()->selectionModel()->select(
        past->filterModel()->index(3, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    dialog = m_window->exportDialogFor(past);
    dialog->setFormat(QStringLiteral("csv"));
    dialog->setScope(ExportDialog::Scope::Selected);
    dialog->setPath(path(QStringLiteral("selected.csv")));
    QVERIFY2(dialog->exportNow(), qPrintable(dialog->errorString()));
    QCOMPARE(dialog->recordsWritten(), qint64(2));

    // The whole live session as HAR imports back with the same messages.
    dialog = m_window->exportDialogFor(live);
    dialog->setFormat(QStringLiteral("har"));
    QVERIFY(dialog->path().endsWith(QStringLiteral(".har")));
    dialog->setPath(path(QStringLiteral("whole.har")));
    QVERIFY2(dialog->exportNow(), qPrintable(dialog->errorString()));
    QString why;
    const QList<SessionTab *> imported = m_window->importFile(path(QStringLiteral("whole.har")), &why);
    QVERIFY2(imported.size() == 1, qPrintable(why));
    const auto dataMessages = [](const SessionLog &log) {
        QList<QByteArray> out;
        for (qsizetype i = 0; i < log.size(); ++i) {
            if (log.at(i).kind == MessageRecord::Kind::Text || log.at(i).kind == MessageRecord::Kind::Binary)
                out.append(log.payload(i));
        }
        return out;
    };
    QCOMPARE(dataMessages(imported.first()->session()->log()), dataMessages(live->session()->log()));
    QCOMPARE(dataMessages(live->session()->log()).size(), 8);

    // A format change follows in the file name; a folder is refused in words.
    dialog = m_window->exportDialogFor(live);
    dialog->setPath(path(QStringLiteral("x.har")));
    dialog->setFormat(QStringLiteral("text"));
    QVERIFY(dialog->path().endsWith(QStringLiteral("x.txt")));
    dialog->setPath(m_dir.path());
    QVERIFY(!dialog->exportNow());
    QVERIFY(dialog->errorString().contains(QStringLiteral("folder")));
}

void TestHistory::cancelledExportLeavesNoFile()
{
    // A large past session built in memory: 60,000 records.
    ImportedSession session;
    session.info.url = QStringLiteral("ws://example.invalid/big");
    session.info.state = SessionInfo::State::Imported;
    session.info.source = QStringLiteral("test");
    for (qint64 i = 0; i < 60000; ++i) {
        LogEntry entry;
        entry.seq = i;
        entry.timeUs = 1700000000000000 + i;
        entry.kind = MessageRecord::Kind::Text;
        entry.payload = QByteArray("message number ") + QByteArray::number(i);
        entry.payloadSize = entry.payload.size();
        entry.wireSize = entry.payloadSize;
        session.records.append(entry);
    }
    ImportedSessionSource source(session);
    SessionTab *tab = m_window->addTab();
    QVERIFY(tab->showPastSession(session.info, source));
    QCOMPARE(tab->messageModel()->rowCount(), 60000);

    std::unique_ptr<ExportDialog> dialog = m_window->exportDialogFor(tab);
    dialog->setFormat(QStringLiteral("har"));
    const QString file = path(QStringLiteral("cancelled.har"));
    dialog->setPath(file);
    qint64 calls = 0;
    dialog->setProgressObserver([&](qint64 done, qint64 total) {
        QCOMPARE(total, qint64(60000));
        QVERIFY(done <= total);
        if (++calls == 2)
            dialog->cancel();
    });
    QVERIFY(!dialog->exportNow());
    QVERIFY(dialog->wasCancelled());
    QVERIFY(dialog->errorString().contains(QStringLiteral("cancelled")));
    QVERIFY(dialog->recordsWritten() < 60000);
    QVERIFY(!QFile::exists(file));

    // Without cancelling, the same export finishes with every record.
    dialog->setProgressObserver({});
    QVERIFY2(dialog->exportNow(), qPrintable(dialog->errorString()));
    QCOMPARE(dialog->recordsWritten(), qint64(60000));
    QVERIFY(QFile::exists(file));
}

void TestHistory::importsChromeHarAndRefusesBrokenFiles()
{
    const QString fixture = QStringLiteral(FRAMEWISE_SOURCE_DIR "/tests/store/fixtures/chrome.har");
    QString why;
    const QList<SessionTab *> tabs = m_window->importFile(fixture, &why);
    QVERIFY2(!tabs.isEmpty(), qPrintable(why));
    SessionTab *tab = tabs.first();
    QVERIFY(tab->isPastSession());
    QVERIFY(tab->messageModel()->rowCount() > 0);
    m_window->historyPanel()->refresh();
    const int stored = m_window->historyPanel()->model()->rowCount();
    QCOMPARE(stored, int(tabs.size()));
    QCOMPARE(m_window->historyPanel()->model()->sessionAt(0).state, SessionInfo::State::Imported);

    // A HAR cut off half-way: said where it broke, nothing added.
    QFile source(fixture);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray whole = source.readAll();
    QFile broken(path(QStringLiteral("broken.har")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(whole.left(whole.size() * 2 / 3));
    broken.close();
    const int tabsBefore = m_window->tabs()->count();
    why.clear();
    QVERIFY(m_window->importFile(broken.fileName(), &why).isEmpty());
    QVERIFY2(why.contains(QStringLiteral("broken.har")), qPrintable(why));
    QVERIFY2(why.contains(QStringLiteral("line")), qPrintable(why));
    QCOMPARE(m_window->tabs()->count(), tabsBefore);
    m_window->historyPanel()->refresh();
    QCOMPARE(m_window->historyPanel()->model()->rowCount(), stored);
}

void TestHistory::importSaysWhatWasLeftOut()
{
    // A HAR with messages Chrome's importer would leave out (no time, no data): the rest is
    // imported and the status bar says how many were left out. A refused upgrade's body shows in
    // the handshake pane, and a streamed file's row names the file.
    QFile file(path(QStringLiteral("partly.har")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"log":{"entries":[{"startedDateTime":"2024-03-05T10:15:30.123Z","_resourceType":"websocket",)"
               R"("request":{"url":"wss://a.test/"},"response":{"status":403,"statusText":"Forbidden",)"
               R"("headers":[{"name":"Content-Type","value":"text/plain"}],)"
               R"("content":{"size":14,"mimeType":"text/plain","text":"token expired\n"}},)"
               R"("_webSocketMessages":[{"type":"send","time":1709633730.5,"opcode":1,"data":"kept"},)"
               R"({"type":"send","opcode":1,"data":"no time"},{"type":"receive","time":1709633731,"opcode":1},)"
               R"({"type":"send","time":1709633732,"opcode":1,"data":"a note","_opcode":2,"_omitted":true,)"
               R"("_size":3145728,"_file":"big.bin"}]}]}})");
    file.close();
    QString why;
    const QList<SessionTab *> tabs = m_window->importFile(file.fileName(), &why);
    QVERIFY2(!tabs.isEmpty(), qPrintable(why));
    const QString status = m_window->statusBar()->currentMessage();
    QVERIFY2(status.contains(QStringLiteral("2 message")) && status.contains(QStringLiteral("partly.har"))
            && status.contains(QStringLiteral("left out")),
        qPrintable(status));
    MessageLogModel *model = tabs.first()->messageModel();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, MessageLogModel::PreviewColumn).data().toString(), QStringLiteral("kept"));
    QCOMPARE(model->index(1, MessageLogModel::PreviewColumn).data().toString(),
        QStringLiteral("big.bin · 3.0 MiB (streamed from a file; not kept)"));
    const QString handshake = tabs.first()->handshakePane()->text();
    QVERIFY2(handshake.contains(QStringLiteral("HTTP/1.1 403 Forbidden\nContent-Type: text/plain\n\ntoken expired\n")),
        qPrintable(handshake));

    // A file with nothing left out says nothing of the kind.
    m_window->statusBar()->clearMessage();
    QVERIFY(
        !m_window->importFile(QStringLiteral(FRAMEWISE_SOURCE_DIR "/tests/store/fixtures/chrome.har"), &why).isEmpty());
    QVERIFY(!m_window->statusBar()->currentMessage().contains(QStringLiteral("left out")));
}

void TestHistory::deleteAndRetention()
{
    QVERIFY(recordEchoSession({ QStringLiteral("keep me") }, {}));
    QString why;
    QVERIFY2(
        !m_window->importFile(QStringLiteral(FRAMEWISE_SOURCE_DIR "/tests/store/fixtures/chrome.har"), &why).isEmpty(),
        qPrintable(why));
    HistoryPanel *history = m_window->historyPanel();
    history->refresh();
    const int all = history->model()->rowCount();
    QVERIFY(all >= 2);

    // The fixture's sessions are from 2024: keeping 30 days deletes them, not today's.
    m_settings->setRetentionDays(30);
    QCOMPARE(m_window->applyRetention(), all - 1);
    history->refresh();
    QCOMPARE(history->model()->rowCount(), 1);
    const SessionInfo kept = history->model()->sessionAt(0);
    QCOMPARE(kept.url, m_window->localServer()->url().toString());

    // Delete removes it from the list and from the database.
    history->selectId(kept.id);
    QCOMPARE(history->selectedIds(), QList<qint64> { kept.id });
    QVERIFY(history->deleteSessions(history->selectedIds()));
    QCOMPARE(history->model()->rowCount(), 0);
    QVERIFY(!m_window->store()->session(kept.id).has_value());
    QCOMPARE(m_window->store()->integrityCheck(), QStringLiteral("ok"));
}

void TestHistory::unusableDatabaseKeepsTheSessionInMemory()
{
    // init() put a folder where the database should be: the window says so and carries on.
    QVERIFY(!m_window->store()->isOpen());
    QVERIFY(m_window->recordingProblem().contains(QStringLiteral("not recorded")));
    QVERIFY(m_window->recordingProblem().contains(QStringLiteral("Export")));
    SessionTab *tab = recordEchoSession({ QStringLiteral("in memory") }, {});
    QVERIFY(tab);
    QVERIFY(tab->session()->totals().messagesIn == 1);
    std::unique_ptr<ExportDialog> dialog = m_window->exportDialogFor(tab);
    dialog->setFormat(QStringLiteral("jsonl"));
    dialog->setPath(path(QStringLiteral("memory.jsonl")));
    QVERIFY2(dialog->exportNow(), qPrintable(dialog->errorString()));
    QFile file(path(QStringLiteral("memory.jsonl")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("in memory"));
    // An import still opens, in memory.
    QString why;
    QVERIFY2(
        !m_window->importFile(QStringLiteral(FRAMEWISE_SOURCE_DIR "/tests/store/fixtures/chrome.har"), &why).isEmpty(),
        qPrintable(why));
}

void TestHistory::killedRecordingShowsInterruptedAfterRestart()
{
    // framewise-cli records into this window's database and is killed with SIGKILL mid-session.
    QVERIFY(m_window->startLocalServer());
    const QString url = m_window->localServer()->url().toString();
    QProcess cli;
    cli.setProgram(QStringLiteral(FRAMEWISE_CLI_PATH));
    cli.setArguments({ url, QStringLiteral("--record"), QStringLiteral("--db"), m_settings->sessionsPath(),
        QStringLiteral("--quiet") });
    cli.start();
    QVERIFY(cli.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            m_window->historyPanel()->refresh();
            return m_window->historyPanel()->model()->rowCount() == 1
                && m_window->historyPanel()->model()->sessionAt(0).messageCount >= 1;
        }(),
        10000);
    QCOMPARE(m_window->historyPanel()->model()->sessionAt(0).state, SessionInfo::State::Live);
    cli.kill();
    QVERIFY(cli.waitForFinished(10000));

    // The next start finds it interrupted, and it opens with what was written.
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_settings.get());
    HistoryPanel *history = m_window->historyPanel();
    history->refresh();
    QCOMPARE(history->model()->rowCount(), 1);
    const SessionInfo info = history->model()->sessionAt(0);
    QCOMPARE(info.state, SessionInfo::State::Interrupted);
    QCOMPARE(info.url, url);
    SessionTab *tab = m_window->openStoredSession(info.id);
    QVERIFY(tab);
    QCOMPARE(qint64(tab->messageModel()->rowCount()), info.messageCount);
    QCOMPARE(tab->session()->log().at(0).kind, MessageRecord::Kind::Event); // "Connected to ..."
}

// Issue 17 item 13: the History's State column says how each session ended, and the dock opens
// tall enough for at least eight sessions in a 1280×800 window. The endings are real: a raw
// server refuses /refused with 403, completes /lost and drops the connection, completes /ping and
// never answers a ping; the local echo server is closed normally (/normal) or left open (/open).
void TestHistory::stateColumnSaysHowEachSessionEnded()
{
    QTcpServer raw;
    QVERIFY(raw.listen(QHostAddress::LocalHost));
    connect(&raw, &QTcpServer::newConnection, this, [&raw] {
        QTcpSocket *socket = raw.nextPendingConnection();
        auto request = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, request] {
            if (request->contains("\r\n\r\n")) {
                socket->readAll(); // frames after the upgrade: pings go unanswered
                return;
            }
            request->append(socket->readAll());
            if (!request->contains("\r\n\r\n"))
                return;
            if (request->startsWith("GET /refused ")) {
                socket->write(
                    "HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\nContent-Length: 11\r\n\r\nno entry...");
                socket->disconnectFromHost();
                return;
            }
            socket->write(WebSocketWire::switchingProtocols(WebSocketWire::headerValue(*request, "Sec-WebSocket-Key")));
            if (request->startsWith("GET /lost "))
                QTimer::singleShot(100, socket, [socket] { socket->disconnectFromHost(); });
        });
    });
    QVERIFY(m_window->startLocalServer());
    const QString echo = m_window->localServer()->url().toString(); // ends with "/"
    const QString rawBase = QStringLiteral("ws://127.0.0.1:%1").arg(raw.serverPort());
    const auto connectTab = [this](const QString &url, int pingS) {
        SessionTab *tab = m_window->addTab(url);
        ConnectionSettings settings = tab->connectionPanel()->settings();
        settings.pingIntervalS = pingS;
        settings.pingTimeoutS = pingS > 0 ? 1 : settings.pingTimeoutS;
        tab->connectionPanel()->setSettings(settings);
        QTest::mouseClick(tab->connectionPanel()->connectButton(), Qt::LeftButton);
        return tab;
    };
    SessionTab *normal = connectTab(echo + QStringLiteral("normal"), 0);
    SessionTab *open = connectTab(echo + QStringLiteral("open"), 0);
    SessionTab *refused = connectTab(rawBase + QStringLiteral("/refused"), 0);
    SessionTab *lost = connectTab(rawBase + QStringLiteral("/lost"), 0);
    SessionTab *ping = connectTab(rawBase + QStringLiteral("/ping"), 1);
    SessionTab *nobody = connectTab(QStringLiteral("ws://127.0.0.1:1/nobody"), 0);
    QTRY_COMPARE_WITH_TIMEOUT(normal->session()->state(), WebSocketChannel::State::Open, 10000);
    QTest::mouseClick(normal->connectionPanel()->connectButton(), Qt::LeftButton); // Disconnect
    for (SessionTab *tab : { normal, refused, lost, ping, nobody })
        QTRY_VERIFY_WITH_TIMEOUT(tab->session()->hasStopped(), 10000);
    QCOMPARE(open->session()->state(), WebSocketChannel::State::Open);
    QCOMPARE(ping->session()->lastStopStatus().reason, StopReason::PingTimeout);
    QCOMPARE(lost->session()->lastStopStatus().reason, StopReason::ConnectionLost);
    QTest::qWait(Session::NotifyIntervalMs * 3); // the last records reach the recorders
    m_window->store()->flush();

    m_window->showNormal();
    m_window->resize(1280, 800);
    QTRY_COMPARE(m_window->size(), QSize(1280, 800));
    m_window->historyDock()->show();
    HistoryPanel *history = m_window->historyPanel();
    QTRY_COMPARE(history->model()->rowCount(), 6);
    QMap<QString, QString> states; // by the URL's path
    for (int row = 0; row < history->model()->rowCount(); ++row) {
        const QString url = history->model()->index(row, HistoryModel::Url).data().toString();
        states.insert(QUrl(url).path(), history->model()->index(row, HistoryModel::State).data().toString());
    }
    QCOMPARE(states.value(QStringLiteral("/normal")), QStringLiteral("closed 1000 — Normal closure"));
    QCOMPARE(states.value(QStringLiteral("/open")), QStringLiteral("still open"));
    QCOMPARE(states.value(QStringLiteral("/refused")), QStringLiteral("refused (403)"));
    QCOMPARE(states.value(QStringLiteral("/lost")), QStringLiteral("connection lost"));
    QCOMPARE(states.value(QStringLiteral("/ping")), QStringLiteral("ping timeout"));
    QCOMPARE(states.value(QStringLiteral("/nobody")), QStringLiteral("connection refused"));
    // The search finds sessions by how they ended.
    QTest::keyClicks(history->searchEdit(), QStringLiteral("ping timeout"));
    QCOMPARE(history->visibleCount(), 1);
    history->searchEdit()->clear();

    // Room for eight rows or more, and the six are all in view.
    QTableView *view = history->view();
    QTRY_VERIFY(view->isVisible());
    QTest::qWait(50);
    const int rowHeight = view->verticalHeader()->defaultSectionSize();
    const int fits = view->viewport()->height() / rowHeight;
    QVERIFY2(fits >= 8,
        qPrintable(QStringLiteral("%1 rows fit (list %2 px, dock %3 px)")
                       .arg(fits)
                       .arg(view->viewport()->height())
                       .arg(m_window->historyDock()->height())));
    QVERIFY(view->rowViewportPosition(5) + rowHeight <= view->viewport()->height());
    if (qEnvironmentVariableIsSet("FRAMEWISE_SCREENSHOT")) {
        QString shot = qEnvironmentVariable("FRAMEWISE_SCREENSHOT");
        QVERIFY(m_window->grab().save(shot.replace(QStringLiteral(".png"), QStringLiteral("-endings.png"))));
    }
    open->session()->abort();
}

// A layout saved while the dock was a sliver (as the old default left it) is given room for
// eight rows again when the window next opens it.
void TestHistory::historyDockKeepsRoomAfterRestart()
{
    const auto rowsThatFit = [this] {
        QTableView *view = m_window->historyPanel()->view();
        return view->viewport()->height() / view->verticalHeader()->defaultSectionSize();
    };
    m_window->resize(1280, 800);
    m_window->historyDock()->show();
    QTRY_VERIFY(m_window->historyPanel()->view()->isVisible());
    QTRY_VERIFY2(rowsThatFit() >= 8, qPrintable(QString::number(rowsThatFit())));
    m_window->resizeDocks({ m_window->historyDock() }, { 60 }, Qt::Vertical);
    QTRY_VERIFY2(rowsThatFit() < 3, qPrintable(QString::number(rowsThatFit()))); // the sliver
    QVERIFY(m_window->close()); // saves the layout
    m_window.reset();

    m_window = std::make_unique<MainWindow>(m_settings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->size(), QSize(1280, 800));
    QTRY_VERIFY(m_window->historyPanel()->view()->isVisible()); // the saved layout shows it
    QTRY_VERIFY2(rowsThatFit() >= 8, qPrintable(QString::number(rowsThatFit())));
}

// Issue 17 item 15: export and import start in the folder the last one used, also after a
// restart; a finished export says in the status bar where the file went, and its "Open folder"
// link opens that folder.
void TestHistory::lastFolderIsRememberedAndExportSaysWhere()
{
    m_window->resize(1280, 800); // on a 1280×800 screen the status bar is in view
    QVERIFY(recordEchoSession({ QStringLiteral("remember me") }, {}));
    const QString exports = path(QStringLiteral("exports"));
    const QString imports = path(QStringLiteral("imports"));
    QVERIFY(QDir().mkpath(exports) && QDir().mkpath(imports));
    QVERIFY(QFile::copy(QStringLiteral(FRAMEWISE_SOURCE_DIR "/tests/store/fixtures/chrome.har"),
        imports + QStringLiteral("/chrome.har")));
    const auto action = [this](QKeySequence shortcut) -> QAction * {
        for (QAction *candidate : m_window->findChildren<QAction *>())
            if (candidate->shortcut() == shortcut)
                return candidate;
        return nullptr;
    };
    // The first export starts in Documents (or home); the user picks a file in exports/.
    QString startedIn;
    QTimer::singleShot(200, this, [&] {
        auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        startedIn = QFileInfo(dialog->path()).absolutePath();
        dialog->setFormat(QStringLiteral("jsonl"));
        dialog->setPath(exports + QStringLiteral("/chosen.jsonl"));
        for (QPushButton *button : dialog->findChildren<QPushButton *>())
            if (button->text() == QStringLiteral("Export"))
                QTest::mouseClick(button, Qt::LeftButton);
    });
    action(QKeySequence(Qt::CTRL | Qt::Key_E))->trigger();
    QVERIFY(!startedIn.isEmpty());
    QVERIFY2(startedIn != exports, qPrintable(startedIn));
    QVERIFY(QFile::exists(exports + QStringLiteral("/chosen.jsonl")));
    QCOMPARE(m_settings->sessionFilesFolder(), exports);

    QLabel *status = m_window->exportStatus();
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().contains(QStringLiteral("chosen.jsonl"))
            && status->text().contains(QStringLiteral("Open folder")),
        qPrintable(status->text()));
    QCOMPARE(status->toolTip(), exports + QStringLiteral("/chosen.jsonl"));
    if (qEnvironmentVariableIsSet("FRAMEWISE_SCREENSHOT")) {
        QString shot = qEnvironmentVariable("FRAMEWISE_SCREENSHOT");
        QVERIFY(m_window->grab().save(shot.replace(QStringLiteral(".png"), QStringLiteral("-exported.png"))));
    }
    // "Open folder", clicked where the pointer turns into a hand, opens exports/.
    UrlCatcher files;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &files, "open");
    bool clicked = false;
    for (int x = status->width() - 2; x > 0 && !clicked; x -= 2) {
        const QPoint at(x, status->height() / 2);
        QTest::mouseMove(status, at);
        if (status->cursor().shape() == Qt::PointingHandCursor) {
            QTest::mouseClick(status, Qt::LeftButton, {}, at);
            clicked = true;
        }
    }
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QVERIFY(clicked);
    QCOMPARE(files.urls, QList<QUrl> { QUrl::fromLocalFile(exports) });

    // After a restart the export starts in exports/, and so does the import's file dialog.
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_settings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    startedIn.clear();
    QTimer::singleShot(200, this, [&] {
        auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        startedIn = QFileInfo(dialog->path()).absolutePath();
        dialog->reject();
    });
    action(QKeySequence(Qt::CTRL | Qt::Key_E))->trigger();
    QCOMPARE(startedIn, exports);
    startedIn.clear();
    QTimer::singleShot(200, this, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        startedIn = dialog->directory().absolutePath();
        // The user types a file of another folder and presses Enter.
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->setText(imports + QStringLiteral("/chrome.har"));
        QTest::keyClick(name, Qt::Key_Return);
        if (dialog->isVisible()) // never hang the test on a dialog that did not take it
            dialog->reject();
    });
    action(QKeySequence(Qt::CTRL | Qt::Key_O))->trigger();
    QCOMPARE(startedIn, exports);
    // An import is remembered as well.
    QCOMPARE(m_settings->sessionFilesFolder(), imports);
    QVERIFY(m_window->tabs()->count() >= 2); // it opened
}

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
