// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certificateauthority.h"
#include "interceptsettings.h"
#include "proxysettings.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;
class QTimer;

namespace Framewise {

class AppSettings;
class CaDetailsDialog;
class CaStore;
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
    // File › New proxy: a tab running an HTTP proxy, TLS decrypted with certificateAuthority() when
    // settings ask for it. Null with error (in words) when there is no CA or it cannot listen.
    InterceptTab *addProxyTab(const ProxySettings &settings, QString *error);
    // The intercept and proxy tabs, in tab order; proxyTabs() only the proxies.
    QList<InterceptTab *> interceptTabs() const;
    QList<InterceptTab *> proxyTabs() const;

    // The Framewise CA, one for the whole run and every proxy tab: read from the keychain (made
    // there on first use) when first needed. Null with error when the keychain fails or holds a CA
    // that cannot be used (regenerating replaces it).
    CertificateAuthority certificateAuthority(QString *error = nullptr);
    // Uses ca from now on instead of the keychain's (tests).
    void setCertificateAuthority(const CertificateAuthority &ca);
    // A new CA in place of the old one, in the keychain when there is one. Proxy tabs open keep
    // the old one; new ones use this. False with error.
    bool regenerateCertificateAuthority(QString *error);
    // Where the CA lives, in words: the keychain, or this run only and why.
    QString certificateAuthorityKept() const;
    // Writes the CA's certificate to path (DER when der, else PEM) with QSaveFile; false with error.
    bool exportCaCertificate(const QString &path, bool der, QString *error);
    // DER for a name ending in .der or .cer, PEM for .pem, else what the chosen file type says.
    static bool wantsDer(const QString &path, bool derTypeChosen);
    // View › CA details, filled and wired to regenerate and export; the caller execs it.
    std::unique_ptr<CaDetailsDialog> caDetailsDialog();
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
    void chooseNewProxy();
    // File › Export CA certificate…: a save dialog (PEM, or DER by type or name), then the status bar.
    void chooseExportCaCertificate();
    void showCaDetails();
    // A tab started elsewhere joins the window: recording, its tab, the status bar.
    void insertInterceptTab(InterceptTab *tab, const QString &toolTip);
    // "Wrote …" in the status bar with an Open folder link, for a while.
    void showFileStatus(const QString &text, const QString &filePath);
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
    std::optional<ProxySettings> m_lastProxy; // New proxy starts from the last one
    QString m_lastProxyRules;
    std::unique_ptr<CaStore> m_caStore; // made when the CA is first needed
    CertificateAuthority m_ca;
    bool m_toldCaSessionOnly = false;
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
