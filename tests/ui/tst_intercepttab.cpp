// SPDX-License-Identifier: GPL-3.0-or-later
// The intercept tab in the real window: File › New intercept's dialog, a real QWebSocket app
// through the intercept to the window's own echo server, a message held at a breakpoint, edited
// in the held-message dialog and forwarded, injection both ways, and closing the tab.
#include "appsettings.h"
#include "detailpane.h"
#include "framelogmodel.h"
#include "heldmessagedialog.h"
#include "heldmessagesmodel.h"
#include "interceptdialog.h"
#include "interceptserver.h"
#include "intercepttab.h"
#include "localechoserver.h"
#include "logfilterproxymodel.h"
#include "mainwindow.h"
#include "messagelogmodel.h"
#include "profilemanager.h"
#include "session.h"
#include "sessiontab.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

using namespace Framewise;

class TestInterceptTab : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void dialogRefusesBadRulesAndAddresses();
    void breakEditAndForwardReachTheServerInOrder();
    void injectsBothWays();
    void closingTheTabClosesAppsWithGoingAway();
    void interceptIsSavedAsAProfileAndPickedAgain();

private:
    InterceptTab *startIntercept(const QString &rules);
    bool connectApp(InterceptTab *tab);

    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QWebSocket> m_app;
    QStringList m_received;
};

void TestInterceptTab::init()
{
    QVERIFY(m_dir.isValid());
    const QString name = QLatin1String(QTest::currentTestFunction());
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(name + QStringLiteral(".ini")));
    m_window = std::make_unique<MainWindow>(m_settings.get());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->startLocalServer());
    m_received.clear();
}

void TestInterceptTab::cleanup()
{
    m_app.reset();
    m_window.reset();
    m_settings.reset();
}

InterceptTab *TestInterceptTab::startIntercept(const QString &rules)
{
    InterceptDialog dialog;
    dialog.listenEdit()->setText(QStringLiteral("127.0.0.1:0"));
    dialog.upstreamEdit()->setText(m_window->localServer()->url().toString());
    dialog.rulesEdit()->setPlainText(rules);
    QStringList problems;
    const InterceptSettings settings = dialog.readSettings(&problems);
    if (!problems.isEmpty()) {
        qWarning() << problems;
        return nullptr;
    }
    QString error;
    InterceptTab *tab = m_window->addInterceptTab(settings, &error);
    if (!tab)
        qWarning() << error;
    return tab;
}

bool TestInterceptTab::connectApp(InterceptTab *tab)
{
    m_app = std::make_unique<QWebSocket>();
    connect(
        m_app.get(), &QWebSocket::textMessageReceived, this, [this](const QString &text) { m_received.append(text); });
    m_app->open(QUrl(tab->server()->listenUrl() + QStringLiteral("/app")));
    return QTest::qWaitFor([this] { return m_app->state() == QAbstractSocket::ConnectedState; }, 10000);
}

void TestInterceptTab::dialogRefusesBadRulesAndAddresses()
{
    InterceptDialog dialog;
    dialog.listenEdit()->setText(QStringLiteral("not an address"));
    dialog.upstreamEdit()->setText(QStringLiteral("http://example.invalid"));
    dialog.rulesEdit()->setPlainText(QStringLiteral("rewrite to-server:(unclosed:x\nfrobnicate both:x"));
    QStringList problems;
    dialog.readSettings(&problems);
    const QString all = problems.join(u'\n');
    QVERIFY2(all.contains(QStringLiteral("127.0.0.1:9001")), qPrintable(all)); // says what a good address looks like
    QVERIFY2(all.contains(QStringLiteral("ws://")), qPrintable(all)); // http:// is not a WebSocket address
    QVERIFY2(all.contains(QStringLiteral("Rule line 1")), qPrintable(all));
    QVERIFY2(
        all.contains(QStringLiteral("Rule line 2")) && all.contains(QStringLiteral("frobnicate")), qPrintable(all));
    dialog.accept(); // refused: the dialog stays
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    dialog.listenEdit()->setText(QStringLiteral("0.0.0.0:0"));
    dialog.upstreamEdit()->setText(QStringLiteral("ws://127.0.0.1:1"));
    dialog.rulesEdit()->setPlainText(QStringLiteral("# a comment\n--drop to-app:^x$\nbreak both:order"));
    problems.clear();
    const InterceptSettings settings = dialog.readSettings(&problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(settings.rules.size(), 2);
    QVERIFY(!settings.isLoopback()); // the dialog warns about it (its warning label)
}

void TestInterceptTab::breakEditAndForwardReachTheServerInOrder()
{
    InterceptTab *tab = startIntercept(QStringLiteral("break to-server:\"order\""));
    QVERIFY(tab);
    QCOMPARE(m_window->tabs()->currentWidget(), tab);
    QVERIFY(connectApp(tab));
    m_app->sendTextMessage(QStringLiteral("hello"));
    QTRY_COMPARE_WITH_TIMEOUT(m_received, QStringList { QStringLiteral("hello") }, 10000);
    // The connection shows in the tab; the window's current session view is its log.
    QCOMPARE(tab->connectionsView()->model()->rowCount(), 1);
    QVERIFY(m_window->currentTab());
    QCOMPARE(m_window->currentTab()->session(), tab->server()->connections().constFirst()->session());

    m_app->sendTextMessage(QStringLiteral("{\"order\":1}"));
    m_app->sendTextMessage(QStringLiteral("later"));
    QTRY_COMPARE_WITH_TIMEOUT(tab->heldModel()->rowCount(), 1, 10000);
    QTest::qWait(300);
    QCOMPARE(m_received.size(), 1); // "later" waits behind the held message

    // Edit it in the dialog as a person would: the editor opens with the message, we change it.
    tab->heldView()->setFocus();
    tab->heldView()->setCurrentIndex(tab->heldModel()->index(0, 0));
    bool edited = false;
    QTimer::singleShot(0, this, [&edited] {
        auto *dialog = qobject_cast<HeldMessageDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QCOMPARE(dialog->editor()->toPlainText(), QStringLiteral("{\"order\":1}"));
        dialog->editor()->setPlainText(QStringLiteral("{\"order\":5}"));
        dialog->accept();
        edited = true;
    });
    QTest::keyClick(tab->heldView(), Qt::Key_F2);
    QVERIFY(edited);
    QCOMPARE(tab->heldModel()->rowAt(0).item.payload, QByteArray("{\"order\":5}"));
    if (qEnvironmentVariableIsSet("FRAMEWISE_SCREENSHOT")) {
        QTest::qWait(300);
        QVERIFY(m_window->grab().save(qEnvironmentVariable("FRAMEWISE_SCREENSHOT")));
    }
    m_window->activateWindow(); // the offscreen platform does not give it back after the dialog
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    tab->heldView()->setFocus();
    QTest::keyClick(tab->heldView(), Qt::Key_Return); // Forward
    QTRY_COMPARE_WITH_TIMEOUT(m_received,
        (QStringList { QStringLiteral("hello"), QStringLiteral("{\"order\":5}"), QStringLiteral("later") }), 10000);
    QCOMPARE(tab->heldModel()->rowCount(), 0);

    // The log marks what the intercept did: sent upstream held and edited.
    const SessionLog &log = tab->server()->connections().constFirst()->session()->log();
    bool marked = false;
    for (qsizetype i = 0; i < log.size(); ++i) {
        const MessageRecord &record = log.at(i);
        if (record.direction == MessageRecord::Direction::Out && log.payload(i) == QByteArray("{\"order\":5}"))
            marked = record.marks == (MessageRecord::Held | MessageRecord::Edited);
    }
    QVERIFY(marked);

    // Its detail pane shows the original beside the message as it went on.
    SessionTab *view = m_window->currentTab();
    QVERIFY(view);
    int editedRow = -1;
    for (int row = 0; row < view->filterModel()->rowCount(); ++row) {
        if (view->filterModel()->index(row, 0).data(MessageLogModel::MarksRole).toInt() & MessageRecord::Edited)
            editedRow = row;
    }
    QVERIFY(editedRow >= 0);
    view->messageView()->setCurrentIndex(view->filterModel()->index(editedRow, 0));
    QVERIFY(view->detailPane()->showsEdit());
    QCOMPARE(view->detailPane()->originalText()->toPlainText(), QStringLiteral("{\"order\":1}"));
    QCOMPARE(view->detailPane()->editedText()->toPlainText(), QStringLiteral("{\"order\":5}"));
    view->messageView()->setCurrentIndex(view->filterModel()->index(0, 0)); // an event: no such tab
    QVERIFY(!view->detailPane()->showsEdit());
}

void TestInterceptTab::injectsBothWays()
{
    InterceptTab *tab = startIntercept({});
    QVERIFY(tab);
    QVERIFY(connectApp(tab));
    QTRY_VERIFY_WITH_TIMEOUT(
        tab->server()->connections().constFirst()->state() == InterceptConnection::State::Open, 10000);
    tab->connectionsView()->setCurrentIndex(tab->connectionsView()->model()->index(0, 0));
    // To the server: the echo server answers it, so the app sees it come back.
    tab->injectDirection()->setCurrentIndex(0);
    tab->injectEdit()->setText(QStringLiteral("to-server"));
    QString error;
    QVERIFY2(tab->injectNow(&error), qPrintable(error));
    // To the app: only the app sees it.
    tab->injectDirection()->setCurrentIndex(1);
    tab->injectEdit()->setText(QStringLiteral("to-app"));
    QVERIFY2(tab->injectNow(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_received.contains(QStringLiteral("to-server")) && m_received.contains(QStringLiteral("to-app")), 10000);
    QTest::qWait(200);
    QCOMPARE(m_received.count(QStringLiteral("to-app")), 1);
    QVERIFY(tab->injectEdit()->text().isEmpty());

    // Frames mode shows the frames of both legs, with the leg they crossed.
    SessionTab *view = m_window->currentTab();
    QVERIFY(view);
    view->setFramesMode(true);
    QAbstractItemModel *frames = view->frameView()->model();
    QVERIFY(frames);
    QCOMPARE(frames->columnCount(), int(FrameLogModel::ColumnCount));
    QStringList legs;
    for (int row = 0; row < frames->rowCount(); ++row)
        legs.append(frames->index(row, FrameLogModel::LegColumn).data().toString());
    QVERIFY2(
        legs.contains(QStringLiteral("app")) && legs.contains(QStringLiteral("server")), qPrintable(legs.join(u',')));
}

void TestInterceptTab::closingTheTabClosesAppsWithGoingAway()
{
    InterceptTab *tab = startIntercept({});
    QVERIFY(tab);
    QVERIFY(connectApp(tab));
    QSignalSpy disconnected(m_app.get(), &QWebSocket::disconnected);
    QVERIFY(m_window->closeTab(m_window->tabs()->indexOf(tab)));
    QVERIFY(disconnected.wait(10000));
    QCOMPARE(m_app->closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
}

void TestInterceptTab::interceptIsSavedAsAProfileAndPickedAgain()
{
    InterceptDialog dialog(nullptr, m_window->profiles());
    dialog.listenEdit()->setText(QStringLiteral("127.0.0.1:9077"));
    dialog.upstreamEdit()->setText(QStringLiteral("ws://127.0.0.1:8081/feed"));
    dialog.rulesEdit()->setPlainText(QStringLiteral("drop to-app:^heartbeat$"));
    QString error;
    QVERIFY2(dialog.saveAsProfile(QStringLiteral("Shop intercept"), &error), qPrintable(error));

    // On disk, read back by a fresh manager: the upstream URL and the intercept's own fields.
    ProfileManager reread(m_settings->profilesPath());
    QCOMPARE(reread.load(), ProfileStore::Status::Ok);
    const Profile *saved = nullptr;
    for (const Profile &profile : reread.store().profiles()) {
        if (profile.name == QStringLiteral("Shop intercept"))
            saved = &profile;
    }
    QVERIFY(saved);
    QCOMPARE(saved->url, QStringLiteral("ws://127.0.0.1:8081/feed"));
    QCOMPARE(saved->intercept.value(QStringLiteral("rules")).toString(), QStringLiteral("drop to-app:^heartbeat$"));

    // Picked in a new dialog, it fills every field again.
    InterceptDialog again(nullptr, m_window->profiles());
    QVERIFY(again.profileBox()->findData(saved->id) > 0);
    QVERIFY2(again.useProfile(saved->id, &error), qPrintable(error));
    QCOMPARE(again.listenEdit()->text(), QStringLiteral("127.0.0.1:9077"));
    QCOMPARE(again.upstreamEdit()->text(), QStringLiteral("ws://127.0.0.1:8081/feed"));
    QCOMPARE(again.rulesEdit()->toPlainText(), QStringLiteral("drop to-app:^heartbeat$"));
    QStringList problems;
    const InterceptSettings settings = again.readSettings(&problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(settings.listenPort, quint16(9077));
    QCOMPARE(settings.rules.size(), 1);
}

QTEST_MAIN(TestInterceptTab)
#include "tst_intercepttab.moc"
