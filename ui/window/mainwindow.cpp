// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "cadetailsdialog.h"
#include "castore.h"
#include "interceptdialog.h"
#include "interceptserver.h"
#include "intercepttab.h"
#include "proxydialog.h"
#include "proxyserver.h"

#include "appsettings.h"
#include "composer.h"
#include "connectionpanel.h"
#include "errortext.h"
#include "exportdialog.h"
#include "historypanel.h"
#include "icons.h"
#include "importedsessionsource.h"
#include "languageloader.h"
#include "localechoserver.h"
#include "messagelogmodel.h"
#include "profilemanager.h"
#include "retentiondialog.h"
#include "session.h"
#include "sessionimporter.h"
#include "sessionlogsource.h"
#include "sessionrecorder.h"
#include "sessionstore.h"
#include "sessiontab.h"
#include "storedsession.h"
#include "tabstateicon.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <limits>

namespace Framewise {

MainWindow::MainWindow(AppSettings *settings, ProfileManager *profiles, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_ownProfiles(profiles ? nullptr : std::make_unique<ProfileManager>(settings->profilesPath()))
    , m_profiles(profiles ? profiles : m_ownProfiles.get())
    , m_tabs(new QTabWidget(this))
    , m_status(new QLabel(this))
    , m_serverStatus(new QLabel(this))
    , m_localServer(new LocalEchoServer(this))
    , m_store(new SessionStore(this))
    , m_recordingStatus(new QLabel(this))
    , m_exportStatus(new QLabel(this))
    , m_exportStatusTimer(new QTimer(this))
{
    setWindowTitle(tr("Framewise"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Connections"));
    auto *newTab = new QToolButton(this);
    newTab->setText(QStringLiteral("+"));
    newTab->setIcon(Icons::action(QStringLiteral("new-tab")));
    newTab->setToolTip(tr("New connection (Ctrl+T)"));
    newTab->setAccessibleName(tr("New connection"));
    m_tabs->setCornerWidget(newTab, Qt::TopRightCorner);
    setCentralWidget(m_tabs);
    statusBar()->addWidget(m_exportStatus);
    statusBar()->addWidget(m_status, 1);
    m_exportStatus->setAccessibleName(tr("Export result"));
    m_exportStatus->setTextFormat(Qt::RichText);
    m_exportStatus->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_exportStatus->setContentsMargins(0, 0, m_exportStatus->fontMetrics().averageCharWidth() * 3, 0);
    m_exportStatus->hide();
    connect(m_exportStatus, &QLabel::linkActivated, this,
        [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });
    m_exportStatusTimer->setSingleShot(true);
    m_exportStatusTimer->setInterval(60000);
    connect(m_exportStatusTimer, &QTimer::timeout, m_exportStatus, &QLabel::hide);
    statusBar()->addPermanentWidget(m_recordingStatus);
    statusBar()->addPermanentWidget(m_serverStatus);
    connect(newTab, &QToolButton::clicked, this, [this] { addTab(); });
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateStatus);
    openStore();
    createHistoryDock();
    createMenus();
    // A damaged or newer profiles file is left untouched and reported; the window still opens.
    if (m_profiles->load() != ProfileStore::Status::Ok)
        m_hint = m_profiles->store().errorString();

    resize(1280, 800);
    if (!m_settings->windowGeometry().isEmpty())
        restoreGeometry(m_settings->windowGeometry());
    if (!m_settings->windowState().isEmpty())
        restoreState(m_settings->windowState());
    offerLocalEcho();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // Tabs first: their recorders end their stored sessions while the store is still there.
    while (m_tabs->count() > 0) {
        QWidget *tab = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete tab;
    }
}

void MainWindow::openStore()
{
    ErrorText::mark(m_recordingStatus);
    connect(m_store, &SessionStore::errorOccurred, this, &MainWindow::onStoreError);
    if (!m_store->open(m_settings->sessionsPath()))
        return; // onStoreError has said why
    applyRetention();
}

void MainWindow::onStoreError(const QString &message)
{
    const QString text = m_store->isOpen()
        ? tr("Recording stopped: %1 The sessions go on in memory; File › Export session saves them.").arg(message)
        : tr("Sessions are not recorded: %1 They still work in memory; File › Export session saves them.").arg(message);
    m_recordingStatus->setText(tr("Not recording"));
    m_recordingStatus->setToolTip(text);
    if (m_history)
        m_history->setProblem(text);
    statusBar()->showMessage(text, 15000);
}

QString MainWindow::recordingProblem() const
{
    return m_recordingStatus->toolTip();
}

void MainWindow::createHistoryDock()
{
    m_history = new HistoryPanel(m_store, this);
    m_historyDock = new QDockWidget(tr("History"), this);
    m_historyDock->setObjectName(QStringLiteral("history")); // for saveState()
    m_historyDock->setWidget(m_history);
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    if (!m_recordingStatus->toolTip().isEmpty())
        m_history->setProblem(m_recordingStatus->toolTip());
    connect(m_historyDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible)
            return;
        m_history->refresh();
        // The first time it opens docked (also from a saved layout that left it a sliver), the
        // list gets room for HistoryPanel::RowsShown rows, as far as the connection tab can give.
        if (!m_historySized && !m_historyDock->isFloating()) {
            m_historySized = true;
            const int titleBar = m_historyDock->style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, m_historyDock);
            const int wanted = m_history->heightForRows(HistoryPanel::RowsShown) + titleBar;
            if (m_historyDock->height() < wanted)
                resizeDocks({ m_historyDock }, { wanted }, Qt::Vertical);
        }
    });
    connect(m_history, &HistoryPanel::openRequested, this, &MainWindow::openStoredSession);
    connect(m_history, &HistoryPanel::importRequested, this, &MainWindow::chooseImportFile);
    connect(m_history, &HistoryPanel::retentionRequested, this, &MainWindow::editRetention);
    connect(m_history, &HistoryPanel::exportRequested, this, [this](qint64 id) {
        if (std::unique_ptr<ExportDialog> dialog = exportDialogForStored(id))
            runExport(std::move(dialog));
    });
    connect(m_store, &SessionStore::sessionCreated, this, [this] {
        if (m_historyDock->isVisible())
            m_history->refresh();
    });
}

void MainWindow::setRecording(bool on)
{
    m_settings->setRecordSessions(on);
    if (m_recordAction)
        m_recordAction->setChecked(on);
    for (SessionTab *tab : sessionTabs())
        tab->setRecording(on);
    for (InterceptTab *tab : interceptTabs())
        tab->setRecording(on);
}

QList<SessionTab *> MainWindow::sessionTabs() const
{
    QList<SessionTab *> tabs;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *tab = qobject_cast<SessionTab *>(m_tabs->widget(i)))
            tabs.append(tab);
    }
    return tabs;
}

SessionTab *MainWindow::openStoredSession(qint64 id)
{
    StoredSession source(m_store->path(), id);
    if (!source.open()) {
        QMessageBox::warning(this, tr("History"), tr("The session cannot be opened: %1").arg(source.errorString()));
        return nullptr;
    }
    auto *tab = new SessionTab(m_tabs);
    QString why;
    if (!tab->showPastSession(source.info(), source, &why))
        statusBar()->showMessage(tr("Part of the session could not be read: %1").arg(why), 15000);
    addPastTab(tab);
    return tab;
}

void MainWindow::addPastTab(SessionTab *tab)
{
    m_tabs->setCurrentIndex(m_tabs->addTab(tab, tab->title()));
    connect(tab, &SessionTab::titleChanged, this, &MainWindow::updateTabLabels);
    updateTabLabels();
    connect(tab, &SessionTab::exportRequested, this, [this, tab] {
        if (std::unique_ptr<ExportDialog> dialog = exportDialogFor(tab))
            runExport(std::move(dialog));
    });
}

QList<SessionTab *> MainWindow::importFile(const QString &path, QString *error)
{
    constexpr qsizetype MaxTabs = 8;
    QList<SessionTab *> tabs;
    const std::unique_ptr<SessionImporter> importer = SessionImporter::forFile(path);
    if (!importer->read(path)) {
        *error = importer->errorString();
        return tabs;
    }
    std::vector<ImportedSession> &sessions = importer->sessions();
    if (sessions.empty()) {
        *error = tr("%1 holds no WebSocket connection.").arg(QFileInfo(path).fileName());
        return tabs;
    }
    if (m_store->canRecord()) {
        const QList<qint64> ids = m_store->importSessions(sessions);
        if (ids.isEmpty()) {
            *error = tr("The import could not be stored: %1").arg(m_store->errorString());
            return tabs;
        }
        for (qsizetype i = 0; i < ids.size() && i < MaxTabs; ++i) {
            if (SessionTab *tab = openStoredSession(ids.at(i)))
                tabs.append(tab);
        }
        m_history->refresh();
        applyRetention();
    } else {
        // Without the database the import still shows; it lasts as long as its tabs.
        for (std::size_t i = 0; i < sessions.size() && qsizetype(i) < MaxTabs; ++i) {
            ImportedSessionSource source(sessions[i]);
            auto *tab = new SessionTab(m_tabs);
            tab->showPastSession(sessions[i].info, source);
            addPastTab(tab);
            tabs.append(tab);
        }
    }
    QStringList status;
    if (qsizetype(sessions.size()) > MaxTabs)
        status.append(tr(
            "Imported %n sessions; the first few are open, the rest are in History.", nullptr, int(sessions.size())));
    if (importer->skippedMessages() > 0) // left out as Chrome's importer leaves them out
        status.append(tr("%n message(s) of %1 were left out: each lacked a time, a type, an opcode or its data, or "
                         "had one that could not be read.",
            nullptr, int(std::min<qsizetype>(importer->skippedMessages(), std::numeric_limits<int>::max())))
                          .arg(QFileInfo(path).fileName()));
    if (!status.isEmpty())
        statusBar()->showMessage(status.join(u' '), 15000);
    return tabs;
}

void MainWindow::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import session"), sessionFilesFolder(), tr("Session logs (*.har *.jsonl *.ndjson);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberSessionFilesFolder(path);
    QString why;
    if (importFile(path, &why).isEmpty())
        QMessageBox::warning(this, tr("Import session"), tr("Nothing was imported. %1").arg(why));
}

QString MainWindow::sessionFilesFolder() const
{
    QString last = m_settings->sessionFilesFolder();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

void MainWindow::rememberSessionFilesFolder(const QString &filePath)
{
    m_settings->setSessionFilesFolder(QFileInfo(filePath).absolutePath());
    m_settings->sync();
}

bool MainWindow::runExport(std::unique_ptr<ExportDialog> dialog)
{
    if (!dialog)
        return false;
    dialog->setFolder(sessionFilesFolder());
    if (dialog->exec() != QDialog::Accepted)
        return false;
    const QFileInfo file(dialog->path());
    rememberSessionFilesFolder(file.absoluteFilePath());
    showFileStatus(tr("Exported %n record(s) to %1", nullptr, int(dialog->recordsWritten())), file.absoluteFilePath());
    return true;
}

void MainWindow::showFileStatus(const QString &text, const QString &filePath)
{
    const QFileInfo file(filePath);
    // Where it went, and a way there: the file manager on its folder.
    // A long path is shortened in the middle (the whole one is the tooltip): the status bar must
    // not make the window wider.
    const QString shown = m_exportStatus->fontMetrics().elidedText(QDir::toNativeSeparators(file.absoluteFilePath()),
        Qt::ElideMiddle, m_exportStatus->fontMetrics().averageCharWidth() * 70);
    m_exportStatus->setText(text.arg(shown.toHtmlEscaped())
        + QStringLiteral(" · <a href=\"%1\">%2</a>")
              .arg(QUrl::fromLocalFile(file.absolutePath()).toString(QUrl::FullyEncoded).toHtmlEscaped(),
                  tr("Open folder")));
    m_exportStatus->setToolTip(QDir::toNativeSeparators(file.absoluteFilePath()));
    m_exportStatus->show();
    m_exportStatusTimer->start();
}

std::unique_ptr<ExportDialog> MainWindow::exportDialogFor(SessionTab *tab)
{
    if (!tab)
        return nullptr;
    const SessionInfo info = tab->exportInfo(true);
    QPointer<SessionTab> guard(tab);
    auto factory = [guard](bool includeSecrets, QString *error) -> std::unique_ptr<RecordSource> {
        if (!guard) {
            *error = tr("The tab was closed.");
            return nullptr;
        }
        return std::make_unique<SessionLogSource>(guard->session()->log(), guard->exportInfo(!includeSecrets));
    };
    return std::make_unique<ExportDialog>(factory, tab->session()->log().size(), tab->shownRecordIndexes(),
        tab->selectedRecordIndexes(), ExportDialog::suggestedBaseName(info), this);
}

std::unique_ptr<ExportDialog> MainWindow::exportDialogForStored(qint64 id)
{
    const std::optional<SessionInfo> info = m_store->session(id);
    if (!info) {
        QMessageBox::warning(this, tr("Export session"), tr("The session is gone: %1").arg(m_store->errorString()));
        return nullptr;
    }
    const QString path = m_store->path();
    auto factory = [path, id](bool, QString *error) -> std::unique_ptr<RecordSource> {
        auto source = std::make_unique<StoredSession>(path, id);
        if (!source->open()) {
            *error = source->errorString();
            return nullptr;
        }
        return source;
    };
    return std::make_unique<ExportDialog>(factory, info->messageCount, std::vector<qsizetype>(),
        std::vector<qsizetype>(), ExportDialog::suggestedBaseName(*info), this);
}

int MainWindow::applyRetention()
{
    if (!m_store->isOpen())
        return 0;
    int deleted = 0;
    if (m_settings->retentionDays() > 0)
        deleted += qMax(0, m_store->deleteOlderThan(m_settings->retentionDays()));
    if (m_settings->retentionMegabytes() > 0)
        deleted += qMax(0, m_store->limitTotalSize(qint64(m_settings->retentionMegabytes()) * 1024 * 1024));
    if (deleted > 0) {
        statusBar()->showMessage(
            tr("%n recorded session(s) deleted by the retention limits.", nullptr, deleted), 10000);
        if (m_history)
            m_history->refresh();
    }
    return deleted;
}

void MainWindow::editRetention()
{
    RetentionDialog dialog(m_settings->retentionDays(), m_settings->retentionMegabytes(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_settings->setRetentionDays(dialog.days());
    m_settings->setRetentionMegabytes(dialog.megabytes());
    m_settings->sync();
    applyRetention();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newTab = file->addAction(tr("&New connection"), this, [this] { addTab(); });
    QAction *newIntercept = file->addAction(tr("New &intercept…"), this, &MainWindow::chooseNewIntercept);
    newIntercept->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    newIntercept->setIcon(Icons::action(QStringLiteral("intercept")));
    QAction *newProxy = file->addAction(tr("New &proxy…"), this, &MainWindow::chooseNewProxy);
    newProxy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    newProxy->setIcon(Icons::action(QStringLiteral("proxy")));
    newProxy->setToolTip(tr("An HTTP proxy for apps and browsers: their WebSocket connections are intercepted"));
    newTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    newTab->setIcon(Icons::action(QStringLiteral("new-tab")));
    QAction *closeTabAction
        = file->addAction(tr("&Close connection tab"), this, [this] { closeTab(m_tabs->currentIndex()); });
    closeTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    closeTabAction->setIcon(Icons::action(QStringLiteral("close-tab")));
    file->addSeparator();
    QAction *exportAction = file->addAction(tr("&Export session…"), this, [this] {
        if (std::unique_ptr<ExportDialog> dialog = exportDialogFor(currentTab()))
            runExport(std::move(dialog));
    });
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setIcon(Icons::action(QStringLiteral("export")));
    QAction *importAction = file->addAction(tr("&Import session…"), this, &MainWindow::chooseImportFile);
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    importAction->setIcon(Icons::action(QStringLiteral("import")));
    QAction *exportCa = file->addAction(tr("Export C&A certificate…"), this, &MainWindow::chooseExportCaCertificate);
    exportCa->setIcon(Icons::action(QStringLiteral("export")));
    exportCa->setToolTip(tr("Write the Framewise CA's certificate (PEM or DER) for apps and browsers to trust"));
    m_recordAction = file->addAction(tr("&Record sessions"));
    m_recordAction->setCheckable(true);
    m_recordAction->setIcon(Icons::action(QStringLiteral("record")));
    m_recordAction->setChecked(m_settings->recordSessions());
    m_recordAction->setToolTip(tr("Record every connection to the session database as it happens"));
    connect(m_recordAction, &QAction::toggled, this, &MainWindow::setRecording);
    file->addAction(
        Icons::action(QStringLiteral("retention")), tr("Keep recorded sessions…"), this, &MainWindow::editRetention);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setIcon(Icons::action(QStringLiteral("quit")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Find in log"), this, [this] {
        if (SessionTab *tab = currentTab())
            tab->focusFilter();
    });
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    find->setIcon(Icons::action(QStringLiteral("find")));
    QAction *clear = view->addAction(tr("C&lear log"), this, [this] {
        if (SessionTab *tab = currentTab())
            tab->clearLog();
    });
    clear->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    clear->setIcon(Icons::action(QStringLiteral("clear")));
    QAction *frames = view->addAction(tr("Show &frames"), this, [this] {
        if (SessionTab *tab = currentTab())
            tab->setFramesMode(!tab->framesMode());
    });
    frames->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    frames->setIcon(Icons::action(QStringLiteral("frames")));
    QAction *next = view->addAction(tr("&Next tab"), this, [this] {
        if (m_tabs->count() > 0)
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + 1) % m_tabs->count());
    });
    next->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown) });
    next->setIcon(Icons::action(QStringLiteral("next-tab")));
    QAction *previous = view->addAction(tr("&Previous tab"), this, [this] {
        if (m_tabs->count() > 0)
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count());
    });
    previous->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageUp) });
    previous->setIcon(Icons::action(QStringLiteral("previous-tab")));
    view->addSeparator();
    QAction *history = m_historyDock->toggleViewAction();
    history->setText(tr("&History"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    history->setIcon(Icons::action(QStringLiteral("history")));
    view->addAction(history);
    view->addAction(Icons::action(QStringLiteral("certificate")), tr("CA &details…"), this, &MainWindow::showCaDetails);
    view->addSeparator();
    createLanguageMenu(view);

    QMenu *server = menuBar()->addMenu(tr("&Server"));
    m_serverAction = server->addAction(tr("&Run local echo server"));
    m_serverAction->setCheckable(true);
    m_serverAction->setIcon(Icons::action(QStringLiteral("server")));
    connect(m_serverAction, &QAction::triggered, this, [this](bool on) {
        if (on)
            startLocalServer();
        else
            stopLocalServer();
    });
    QAction *connectLocal = server->addAction(tr("&Connect to local server"), this, [this] {
        if (!m_localServer->isListening() && !startLocalServer())
            return;
        addTab(m_localServer->url().toString());
    });
    connectLocal->setIcon(Icons::action(QStringLiteral("connect")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Framewise"), this, [this] {
        QMessageBox::about(this, tr("About Framewise"),
            tr("<b>Framewise %1</b><p>An inspector for WebSocket endpoints: the handshake, every frame, "
               "pings with round-trip times, and why a connection ended.</p><p>GPL-3.0-or-later.</p>")
                .arg(QStringLiteral(FRAMEWISE_VERSION)));
    });
    about->setIcon(Icons::action(QStringLiteral("about")));
}

void MainWindow::restartApplication()
{
    if (!close())
        return;
    QProcess::startDetached(QCoreApplication::applicationFilePath(), {});
}

void MainWindow::offerRestart()
{
    // Every text of the window would have to be set again; a restart does that for all.
    QMessageBox box(QMessageBox::Information, tr("Language"), tr("Framewise shows the new language after a restart."),
        QMessageBox::NoButton, this);
    QPushButton *restart = box.addButton(tr("Restart now"), QMessageBox::AcceptRole);
    QPushButton *later = box.addButton(tr("Later"), QMessageBox::RejectRole);
    // Say what a restart costs: the tabs do not come back (their recordings stay in History).
    const QList<SessionTab *> tabs = sessionTabs();
    const auto live = int(std::count_if(tabs.cbegin(), tabs.cend(), [](const SessionTab *tab) {
        const WebSocketChannel::State state = tab->session()->state();
        return state != WebSocketChannel::State::Closed && state != WebSocketChannel::State::Idle;
    }));
    box.setInformativeText(live > 0
            ? tr("Restarting now closes every tab and its %n open connection(s) (Going Away); what they "
                 "recorded stays in History.",
                nullptr, live)
            : tr("Restarting now closes every tab; what they recorded stays in History."));
    box.setDefaultButton(live > 0 ? later : restart); // open connections: not by accident
    box.exec();
    if (box.clickedButton() == restart)
        restartApplication();
}

void MainWindow::createLanguageMenu(QMenu *parent)
{
    // The choice is saved and used from the next start on (--lang overrides it for one run).
    QMenu *menu = parent->addMenu(Icons::action(QStringLiteral("language")), tr("Lan&guage"));
    auto *group = new QActionGroup(menu);
    const auto addChoice = [this, menu, group](const QString &label, const QString &code) {
        QAction *action = menu->addAction(label);
        action->setCheckable(true);
        action->setChecked(m_settings->language() == code);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            if (m_settings->language() == code)
                return;
            m_settings->setLanguage(code);
            m_settings->sync();
            offerRestart();
        });
    };
    addChoice(tr("System language"), QString());
    menu->addSeparator();
    const QStringList codes = LanguageLoader::available();
    for (const QString &code : codes)
        addChoice(LanguageLoader::nativeName(code), code);
}

SessionTab *MainWindow::currentTab() const
{
    if (auto *intercept = qobject_cast<InterceptTab *>(m_tabs->currentWidget()))
        return intercept->currentSessionTab();
    return qobject_cast<SessionTab *>(m_tabs->currentWidget());
}

QList<InterceptTab *> MainWindow::interceptTabs() const
{
    QList<InterceptTab *> tabs;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *tab = qobject_cast<InterceptTab *>(m_tabs->widget(i)))
            tabs.append(tab);
    }
    return tabs;
}

QList<InterceptTab *> MainWindow::proxyTabs() const
{
    QList<InterceptTab *> tabs = interceptTabs();
    tabs.removeIf([](const InterceptTab *tab) { return tab->mode() != InterceptTab::Mode::Proxy; });
    return tabs;
}

void MainWindow::insertInterceptTab(InterceptTab *tab, const QString &toolTip)
{
    tab->setStore(m_store->isOpen() ? m_store : nullptr, m_settings->recordSessions());
    const int index = m_tabs->addTab(tab, tab->title());
    m_tabs->setTabToolTip(index, toolTip);
    m_tabs->setTabIcon(index, Icons::action(tab->proxy() ? QStringLiteral("proxy") : QStringLiteral("intercept")));
    m_tabs->setCurrentIndex(index);
    connect(tab, &InterceptTab::statusChanged, this, [this, tab] {
        if (m_tabs->currentWidget() == tab)
            updateStatus();
    });
    updateTabLabels();
}

InterceptTab *MainWindow::addInterceptTab(const InterceptSettings &settings, QString *error)
{
    auto *tab = new InterceptTab(m_tabs);
    if (!tab->start(settings, error)) {
        delete tab;
        return nullptr;
    }
    insertInterceptTab(tab, tab->server()->listenUrl());
    return tab;
}

InterceptTab *MainWindow::addProxyTab(const ProxySettings &settings, QString *error)
{
    CertificateAuthority ca;
    if (settings.decryptTls) {
        QString why;
        ca = certificateAuthority(&why);
        if (ca.isNull()) {
            *error = tr("There is no Framewise CA to decrypt TLS with: %1\nUntick “Decrypt TLS with the Framewise "
                        "CA” to tunnel TLS untouched, or regenerate the CA under View › CA details.")
                         .arg(why);
            return nullptr;
        }
    }
    auto *tab = new InterceptTab(InterceptTab::Mode::Proxy, m_tabs);
    if (!tab->start(settings, ca, error)) {
        delete tab;
        return nullptr;
    }
    insertInterceptTab(tab, tab->proxy()->listenUrl());
    return tab;
}

void MainWindow::chooseNewProxy()
{
    ProxyDialog dialog(this);
    if (m_lastProxy)
        dialog.setSettings(*m_lastProxy, m_lastProxyRules);
    while (dialog.exec() == QDialog::Accepted) {
        QString error;
        if (addProxyTab(dialog.settings(), &error)) {
            m_lastProxy = dialog.settings();
            m_lastProxyRules = dialog.rulesText();
            // Without a keychain the CA dies with this run: whatever is made to trust it now must
            // be given a new one next time. Said once.
            if (dialog.settings().decryptTls && m_caStore && m_caStore->sessionOnly() && !m_toldCaSessionOnly) {
                m_toldCaSessionOnly = true;
                QMessageBox::information(this, tr("New proxy"), m_caStore->unavailableReason());
            }
            return;
        }
        QMessageBox::warning(this, tr("New proxy"), error);
    }
}

CertificateAuthority MainWindow::certificateAuthority(QString *error)
{
    if (!m_ca.isNull())
        return m_ca;
    if (!m_caStore)
        m_caStore = std::make_unique<CaStore>();
    QString why;
    m_ca = m_caStore->loadOrCreate(&why);
    if (m_ca.isNull() && error)
        *error = why;
    return m_ca;
}

void MainWindow::setCertificateAuthority(const CertificateAuthority &ca)
{
    m_ca = ca;
}

bool MainWindow::regenerateCertificateAuthority(QString *error)
{
    if (!m_caStore)
        m_caStore = std::make_unique<CaStore>();
    QString why;
    const CertificateAuthority fresh = m_caStore->regenerate(&why);
    if (fresh.isNull()) {
        *error = why;
        return false;
    }
    m_ca = fresh; // proxy tabs hold their own handle to the old one
    return true;
}

QString MainWindow::certificateAuthorityKept() const
{
    if (!m_caStore)
        return tr("Given to this window for this run only; not stored.");
    if (m_caStore->sessionOnly())
        return tr("For this run only. %1").arg(m_caStore->unavailableReason());
    return tr("In the system keychain (its private key is never written to a file).");
}

bool MainWindow::wantsDer(const QString &path, bool derTypeChosen)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("der") || suffix == QLatin1String("cer"))
        return true;
    if (suffix == QLatin1String("pem"))
        return false;
    return derTypeChosen; // .crt and others are either; the chosen type decides
}

bool MainWindow::exportCaCertificate(const QString &path, bool der, QString *error)
{
    const CertificateAuthority ca = certificateAuthority(error);
    if (ca.isNull())
        return false;
    const QByteArray bytes = der ? ca.certificateDer() : ca.certificatePem();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void MainWindow::chooseExportCaCertificate()
{
    QString error;
    if (certificateAuthority(&error).isNull()) {
        QMessageBox::warning(this, tr("Export CA certificate"), tr("There is no Framewise CA: %1").arg(error));
        return;
    }
    const QString pemType = tr("PEM certificate (*.pem *.crt)");
    const QString derType = tr("DER certificate (*.der *.cer)");
    QFileDialog dialog(this, tr("Export CA certificate"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters({ pemType, derType });
    dialog.setDirectory(sessionFilesFolder());
    dialog.setDefaultSuffix(QStringLiteral("pem"));
    dialog.selectFile(QStringLiteral("framewise-ca.pem"));
    connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog, derType](const QString &type) {
        dialog.setDefaultSuffix(type == derType ? QStringLiteral("der") : QStringLiteral("pem"));
    });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    const bool der = wantsDer(path, dialog.selectedNameFilter() == derType);
    if (!exportCaCertificate(path, der, &error)) {
        QMessageBox::warning(this, tr("Export CA certificate"), error);
        return;
    }
    rememberSessionFilesFolder(path);
    QString text = der ? tr("Wrote the Framewise CA certificate (DER) to %1")
                       : tr("Wrote the Framewise CA certificate (PEM) to %1");
    if (m_caStore && m_caStore->sessionOnly())
        text += tr(" (this run's CA only: no keychain)");
    showFileStatus(text, path);
}

std::unique_ptr<CaDetailsDialog> MainWindow::caDetailsDialog()
{
    auto dialog = std::make_unique<CaDetailsDialog>(this);
    QString error;
    const CertificateAuthority ca = certificateAuthority(&error);
    dialog->setAuthority(ca, ca.isNull() ? QString() : certificateAuthorityKept(), error);
    CaDetailsDialog *shown = dialog.get();
    connect(shown, &CaDetailsDialog::regenerateRequested, this, [this, shown] {
        QString why;
        if (!regenerateCertificateAuthority(&why)) {
            QMessageBox::warning(shown, tr("Regenerate the Framewise CA"), why);
            return;
        }
        shown->setAuthority(m_ca, certificateAuthorityKept());
        shown->noteRegenerated(int(proxyTabs().size()));
    });
    connect(shown, &CaDetailsDialog::exportRequested, this, &MainWindow::chooseExportCaCertificate);
    return dialog;
}

void MainWindow::showCaDetails()
{
    caDetailsDialog()->exec();
}

void MainWindow::chooseNewIntercept()
{
    InterceptDialog dialog(this, m_profiles);
    if (!m_lastIntercept.upstream.url.isEmpty())
        dialog.setSettings(m_lastIntercept, m_lastInterceptRules);
    while (dialog.exec() == QDialog::Accepted) {
        QString error;
        if (addInterceptTab(dialog.settings(), &error)) {
            m_lastIntercept = dialog.settings();
            m_lastInterceptRules = dialog.rulesText();
            return;
        }
        QMessageBox::warning(this, tr("New intercept"), error);
    }
}

SessionTab *MainWindow::addTab(const QString &url)
{
    auto *tab = new SessionTab(m_tabs);
    tab->setStore(m_store->isOpen() ? m_store : nullptr, m_settings->recordSessions());
    connect(tab, &SessionTab::exportRequested, this, [this, tab] {
        if (std::unique_ptr<ExportDialog> dialog = exportDialogFor(tab))
            runExport(std::move(dialog));
    });
    tab->connectionPanel()->setProfileManager(m_profiles);
    // A profile saved, renamed or deleted in one tab shows in every tab's picker.
    connect(tab->connectionPanel(), &ConnectionPanel::profilesListChanged, this, [this, tab] {
        for (SessionTab *other : sessionTabs()) {
            if (other != tab)
                other->connectionPanel()->refreshProfiles();
        }
    });
    if (!url.isEmpty()) {
        ConnectionSettings settings = tab->connectionPanel()->settings();
        settings.url = QUrl(url);
        tab->connectionPanel()->setSettings(settings);
    }
    if (!m_settings->splitterState().isEmpty())
        tab->restoreSplitterState(m_settings->splitterState());
    const int index = m_tabs->addTab(tab, tab->title());
    m_tabs->setCurrentIndex(index);
    connect(tab, &SessionTab::titleChanged, this, &MainWindow::updateTabLabels);
    connect(tab, &SessionTab::statusChanged, this, [this, tab] {
        if (tab == currentTab())
            updateStatus();
    });
    connect(tab->session(), &Session::stateChanged, this, &MainWindow::updateTabLabels);
    connect(tab->session(), &Session::stopped, this, &MainWindow::updateTabLabels);
    tab->connectionPanel()->urlEdit()->setFocus();
    updateTabLabels();
    return tab;
}

SessionTab *MainWindow::openUrl(const QString &url, bool connectNow)
{
    // The empty tab a start opens is not wanted beside the URL's own.
    SessionTab *untouched = nullptr;
    if (m_tabs->count() == 1) {
        auto *only = qobject_cast<SessionTab *>(m_tabs->widget(0));
        if (only && !only->isPastSession() && only->connectionPanel()->urlEdit()->text().isEmpty()
            && only->session()->log().size() == 0 && only->session()->state() == WebSocketChannel::State::Idle)
            untouched = only;
    }
    SessionTab *tab = addTab(url);
    if (untouched) {
        m_tabs->removeTab(m_tabs->indexOf(untouched));
        untouched->deleteLater();
    }
    QPushButton *connectButton = tab->connectionPanel()->connectButton();
    if (connectNow && connectButton->isEnabled())
        connectButton->click();
    return tab;
}

void MainWindow::updateTabLabels()
{
    QList<SessionTab *> tabs;
    QStringList titles;
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *tab = qobject_cast<SessionTab *>(m_tabs->widget(i));
        tabs.append(tab);
        titles.append(tab ? tab->title() : m_tabs->tabText(i));
    }
    // Tabs that would read the same say what differs: the path, else a number.
    QStringList shown = titles;
    for (qsizetype i = 0; i < titles.size(); ++i) {
        if (titles.count(titles.at(i)) < 2 || !tabs.at(i))
            continue;
        QStringList paths;
        for (qsizetype j = 0; j < titles.size(); ++j) {
            if (titles.at(j) == titles.at(i) && tabs.at(j))
                paths.append(tabs.at(j)->url().path());
        }
        const QString path = tabs.at(i)->url().path();
        const bool showPath = paths.count(path) < paths.size() && !path.isEmpty() && path != QLatin1String("/");
        if (showPath)
            shown[i] = titles.at(i) + QStringLiteral(" · ") + path;
        if (paths.count(path) > 1) { // the same address twice: numbered in tab order
            int number = 1;
            for (qsizetype j = 0; j < i; ++j)
                number += titles.at(j) == titles.at(i) && tabs.at(j) && tabs.at(j)->url().path() == path ? 1 : 0;
            if (number > 1)
                shown[i] += QStringLiteral(" (%1)").arg(number);
        }
    }
    for (qsizetype i = 0; i < tabs.size(); ++i) {
        SessionTab *tab = tabs.at(i);
        if (!tab)
            continue;
        m_tabs->setTabText(int(i), shown.at(i));
        const TabStateIcon::Kind kind = TabStateIcon::kindOf(*tab);
        m_tabs->setTabIcon(int(i), TabStateIcon::icon(kind));
        m_tabs->setTabToolTip(int(i), TabStateIcon::describe(*tab));
    }
}

SessionTab *MainWindow::openProfile(const QString &name, bool connectNow)
{
    const Profile *profile = m_profiles->store().findByName(name);
    if (!profile) {
        m_status->setText(tr("There is no profile named “%1”.").arg(name));
        return nullptr;
    }
    SessionTab *tab = addTab();
    if (tab->connectionPanel()->loadProfile(profile->id) && connectNow)
        tab->connectionPanel()->connectButton()->click();
    return tab;
}

bool MainWindow::settleUnsavedProfiles(const QList<SessionTab *> &tabs)
{
    QList<SessionTab *> modified;
    QStringList names;
    for (SessionTab *tab : tabs) {
        if (!tab->isPastSession() && tab->connectionPanel()->isModified()) {
            modified.append(tab);
            names.append(tab->connectionPanel()->profile().name);
        }
    }
    if (modified.isEmpty())
        return true;
    UnsavedChoice choice = UnsavedChoice::Cancel;
    if (m_unsavedPrompt) {
        choice = m_unsavedPrompt(names);
    } else {
        QMessageBox box(QMessageBox::Question, tr("Unsaved profile changes"),
            tr("The profile %1 has changes that are not saved.", nullptr, int(names.size()))
                .arg(QStringLiteral("“") + names.join(QStringLiteral("”, “")) + QStringLiteral("”")),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setInformativeText(tr("Save them before closing?"));
        box.setDefaultButton(QMessageBox::Save);
        const int answer = box.exec();
        choice = answer == QMessageBox::Save ? UnsavedChoice::Save
            : answer == QMessageBox::Discard ? UnsavedChoice::Discard
                                             : UnsavedChoice::Cancel;
    }
    if (choice == UnsavedChoice::Cancel)
        return false;
    if (choice == UnsavedChoice::Save) {
        for (SessionTab *tab : std::as_const(modified)) {
            if (!tab->connectionPanel()->saveProfile()) {
                m_tabs->setCurrentWidget(tab); // its panel says why
                return false;
            }
        }
    }
    return true;
}

bool MainWindow::closeTab(int index)
{
    if (auto *intercept = qobject_cast<InterceptTab *>(m_tabs->widget(index))) {
        m_tabs->removeTab(index);
        // Every app and its server get 1001 Going Away; the tab lives on unseen until they answered.
        if (intercept->goAway())
            QTimer::singleShot(GoAwayWaitMs, intercept, &QObject::deleteLater);
        else
            intercept->deleteLater();
        if (m_tabs->count() == 0)
            addTab();
        updateTabLabels();
        return true;
    }
    auto *tab = qobject_cast<SessionTab *>(m_tabs->widget(index));
    if (!tab)
        return false;
    if (!settleUnsavedProfiles({ tab }))
        return false;
    m_settings->setSplitterState(tab->saveSplitterState());
    m_tabs->removeTab(index);
    // Closed as a browser closes a page's sockets (1001 Going Away); the tab, its recording
    // included, lives on out of sight until the server has answered (or GoAwayWaitMs passed).
    if (tab->session()->goAway(GoAwayWaitMs))
        connect(tab->session(), &Session::stopped, tab, &QObject::deleteLater);
    else
        tab->deleteLater();
    if (m_tabs->count() == 0)
        addTab();
    updateTabLabels();
    return true;
}

bool MainWindow::startLocalServer()
{
    if (m_localServer->isListening())
        return true;
    const bool ok = m_localServer->start(quint16(m_settings->localServerPort()));
    if (!ok) {
        QMessageBox::warning(this, tr("Local server"),
            tr("The local echo server could not start: %1").arg(m_localServer->errorString()));
    }
    updateStatus();
    return ok;
}

void MainWindow::stopLocalServer()
{
    m_localServer->stop();
    updateStatus();
}

void MainWindow::offerLocalEcho()
{
    // First launch, nothing saved yet: a working session without any network.
    // A profiles file that could not be read is not a first launch: its report stays in view.
    const bool firstLaunch = !m_settings->firstLaunchDone() && m_profiles->store().status() == ProfileStore::Status::Ok
        && m_profiles->store().profiles().isEmpty();
    if (firstLaunch && startLocalServer()) {
        SessionTab *tab = addTab(m_localServer->url().toString());
        tab->setNamedAddress(m_localServer->url(), tr("Local echo"));
        tab->composer()->setText(QStringLiteral("{\"hello\": \"Framewise\"}"));
        m_hint = tr("A local echo server is running at %1 — press Connect to try it.")
                     .arg(m_localServer->url().toString());
        m_settings->setFirstLaunchDone(true);
        updateStatus();
        return;
    }
    addTab();
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

void MainWindow::updateStatus()
{
    if (m_serverAction)
        m_serverAction->setChecked(m_localServer->isListening());
    m_serverStatus->setText(
        m_localServer->isListening() ? tr("Local server: %1").arg(m_localServer->url().toString()) : QString());
    SessionTab *tab = currentTab();
    if (!tab) {
        m_status->clear();
        return;
    }
    const Session::Totals &totals = tab->session()->totals();
    if (!m_hint.isEmpty() && tab->session()->state() == WebSocketChannel::State::Idle) {
        m_status->setText(m_hint);
        return;
    }
    m_hint.clear(); // shown until the first connection
    QString text
        = tr("↓ %n msgs (%1)", nullptr, int(totals.messagesIn)).arg(MessageLogModel::formatSize(totals.bytesIn))
        + QStringLiteral("  ")
        + tr("↑ %n msgs (%1)", nullptr, int(totals.messagesOut)).arg(MessageLogModel::formatSize(totals.bytesOut));
    if (tab->session()->lastRttUs() >= 0)
        text += tr("  ·  RTT %1 ms").arg(double(tab->session()->lastRttUs()) / 1000.0, 0, 'f', 2);
    m_status->setText(text);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const QList<SessionTab *> tabs = sessionTabs();
    if (!settleUnsavedProfiles(tabs)) {
        event->ignore();
        return;
    }
    // Every live connection is closed with 1001 Going Away and gets a moment for the server's
    // Close, so that servers see a clean close and the recordings end with how they really ended.
    int leaving = 0;
    QEventLoop waiting;
    for (SessionTab *tab : tabs) {
        if (!tab->session()->goAway(GoAwayWaitMs))
            continue;
        ++leaving;
        connect(tab->session(), &Session::stopped, &waiting, [&leaving, &waiting] {
            if (--leaving == 0)
                waiting.quit();
        });
    }
    for (InterceptTab *intercept : interceptTabs()) {
        if (!intercept->goAway())
            continue;
        ++leaving;
        connect(intercept->server(), &InterceptServer::connectionEnded, &waiting, [&leaving, &waiting, intercept] {
            if (intercept->server()->liveCount() == 0 && --leaving == 0)
                waiting.quit();
        });
    }
    if (leaving > 0) {
        QTimer::singleShot(GoAwayWaitMs + 500, &waiting, &QEventLoop::quit); // goAway aborts by then
        waiting.exec(QEventLoop::ExcludeUserInputEvents);
    }
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    if (SessionTab *tab = currentTab())
        m_settings->setSplitterState(tab->saveSplitterState());
    m_settings->sync();
    event->accept();
}

} // namespace Framewise
