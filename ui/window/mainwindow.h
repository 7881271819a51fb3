// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interceptsettings.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;
class QTimer;

namespace Framewise {

class AppSettings;
class ExportDialog;
class HistoryPanel;
class LocalEchoServer;
class ProfileManager;
class SessionStore;
class InterceptTab;
class SessionTab;

// Connections as tabs, each a SessionTab; the built-in local echo server; shortcuts for connect
// (Ctrl+K), send (Ctrl+Enter), clear (Ctrl+L), find (Ctrl+F), next tab (Ctrl+Tab); geometry and
// splitters restored from the last run.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // profiles: shared by every tab; when null the window keeps its own at settings->profilesPath().
    explicit MainWindow(AppSettings *settings, ProfileManager *profiles = nullptr, QWidget *parent = nullptr);
    // How long closing a tab or the window waits for each server's answer to its 1001 Close.
    static constexpr int GoAwayWaitMs = 1500;
    ~MainWindow() override;

    // The current tab's session view: a connection tab, or the selected connection of an intercept.
    SessionTab *currentTab() const;
    SessionTab *addTab(const QString &url = {});
    // File › New intercept: a tab that listens and forwards apps to settings' upstream. Null with
    // error (in words) when it cannot listen.
    InterceptTab *addInterceptTab(const InterceptSettings &settings, QString *error);
    QList<InterceptTab *> interceptTabs() const;
    // A new tab with the saved profile called name, connected at once when connectNow.
    SessionTab *openProfile(const QString &name, bool connectNow);
    QTabWidget *tabs() const { return m_tabs; }
    LocalEchoServer *localServer() const { return m_localServer; }
    bool startLocalServer(); // returns false and tells the user why when it cannot listen
    void stopLocalServer();
    QString statusText() const;
    ProfileManager *profiles() const { return m_profiles; }

    // Recording and history. The store is opened at settings->sessionsPath(); when it cannot be
    // used the window says why and every session still runs in memory (export still works).
    SessionStore *store() const { return m_store; }
    HistoryPanel *historyPanel() const { return m_history; }
    QDockWidget *historyDock() const { return m_historyDock; }
    QString recordingProblem() const;
    void setRecording(bool on);
    // A recorded session in a new read-only tab; nullptr (and a message) when it cannot be read.
    SessionTab *openStoredSession(qint64 id);
    // Imports a HAR or JSON Lines file into the store (or, without a store, straight into tabs)
    // and opens what it holds (the first few sessions). Empty with error when the file is broken:
    // then nothing was imported.
    QList<SessionTab *> importFile(const QString &path, QString *error);
    // The export dialog for a tab (live or past) or for a stored session; the caller execs it.
    std::unique_ptr<ExportDialog> exportDialogFor(SessionTab *tab);
    std::unique_ptr<ExportDialog> exportDialogForStored(qint64 id);
    // Runs an export dialog as the menus do: it starts in the folder of the last export or
    // import, and a finished export is remembered there and reported in the status bar with an
    // "Open folder" link. Returns whether the export was written.
    bool runExport(std::unique_ptr<ExportDialog> dialog);
    // Where the next export or import starts: the last one's folder, else Documents (or home).
    QString sessionFilesFolder() const;
    QLabel *exportStatus() const { return m_exportStatus; }
    // Deletes sessions beyond the retention limits; returns how many went.
    int applyRetention();

    // A tab for url (a URL given on the command line), connected at once when connectNow.
    SessionTab *openUrl(const QString &url, bool connectNow);

    // Asked before a tab (or the window) with unsaved profile changes closes: names are the
    // profiles concerned. Save stores them, Discard drops the changes, Cancel keeps the tab open.
    // The default asks with a message box; tests set their own.
    enum class UnsavedChoice { Save, Discard, Cancel };
    using UnsavedPrompt = std::function<UnsavedChoice(const QStringList &names)>;
    void setUnsavedPrompt(UnsavedPrompt prompt) { m_unsavedPrompt = std::move(prompt); }
    // Closes tab index as Ctrl+W does (asking about unsaved profile changes first). False when
    // the user chose to keep it.
    bool closeTab(int index);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void chooseNewIntercept();
    void createMenus();
    void createLanguageMenu(QMenu *parent);
    // Closes the window as the user would (unsaved changes asked about, connections closed) and
    // starts Framewise again, without arguments (a --lang would override the new choice).
    void restartApplication();
    // Says what a restart for a new language closes, and restarts if asked to.
    void offerRestart();
    // The connection tabs, in tab order.
    QList<SessionTab *> sessionTabs() const;
    // Save / Discard / Cancel for the tabs' unsaved profile changes; false on Cancel (or when a
    // save failed, which the tab's panel explains).
    bool settleUnsavedProfiles(const QList<SessionTab *> &tabs);
    // Tab texts (unique: two tabs on the same host say which is which) and state icons.
    void updateTabLabels();
    void updateStatus();
    void offerLocalEcho();
    void openStore();
    void addPastTab(SessionTab *tab);
    void createHistoryDock();
    void onStoreError(const QString &message);
    void chooseImportFile();
    void rememberSessionFilesFolder(const QString &filePath);
    void editRetention();

    AppSettings *m_settings;
    std::unique_ptr<ProfileManager> m_ownProfiles;
    ProfileManager *m_profiles;
    QTabWidget *m_tabs;
    InterceptSettings m_lastIntercept; // New intercept starts from the last one
    QString m_lastInterceptRules;
    QLabel *m_status;
    QLabel *m_serverStatus;
    LocalEchoServer *m_localServer;
    QAction *m_serverAction = nullptr;
    QString m_hint;
    SessionStore *m_store;
    HistoryPanel *m_history = nullptr;
    QDockWidget *m_historyDock = nullptr;
    bool m_historySized = false; // the dock was given room for its rows once
    QLabel *m_recordingStatus;
    QLabel *m_exportStatus; // where the last export went, with "Open folder"
    QTimer *m_exportStatusTimer;
    QAction *m_recordAction = nullptr;
    UnsavedPrompt m_unsavedPrompt;
};

} // namespace Framewise
