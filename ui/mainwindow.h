// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QMenu;
class QTabWidget;

namespace Framewise {

class AppSettings;
class LocalEchoServer;
class ProfileManager;
class SessionTab;

// Connections as tabs, each a SessionTab; the built-in local echo server; shortcuts for connect
// (Ctrl+K), send (Ctrl+Enter), clear (Ctrl+L), find (Ctrl+F), next tab (Ctrl+Tab); geometry and
// splitters restored from the last run.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // profiles: shared by every tab; when null the window keeps its own at settings->profilesPath().
    explicit MainWindow(AppSettings *settings, ProfileManager *profiles = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    SessionTab *currentTab() const;
    SessionTab *addTab(const QString &url = {});
    // A new tab with the saved profile called name, connected at once when connectNow.
    SessionTab *openProfile(const QString &name, bool connectNow);
    QTabWidget *tabs() const { return m_tabs; }
    LocalEchoServer *localServer() const { return m_localServer; }
    bool startLocalServer(); // returns false and tells the user why when it cannot listen
    void stopLocalServer();
    QString statusText() const;
    ProfileManager *profiles() const { return m_profiles; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createLanguageMenu(QMenu *parent);
    void closeTab(int index);
    void updateStatus();
    void offerLocalEcho();

    AppSettings *m_settings;
    std::unique_ptr<ProfileManager> m_ownProfiles;
    ProfileManager *m_profiles;
    QTabWidget *m_tabs;
    QLabel *m_status;
    QLabel *m_serverStatus;
    LocalEchoServer *m_localServer;
    QAction *m_serverAction = nullptr;
    QString m_hint;
};

} // namespace Framewise
