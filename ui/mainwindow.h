// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace Framewise {

class AppSettings;
class LocalEchoServer;
class SessionTab;

// Connections as tabs, each a SessionTab; the built-in local echo server; shortcuts for connect
// (Ctrl+K), send (Ctrl+Enter), clear (Ctrl+L), find (Ctrl+F), next tab (Ctrl+Tab); geometry and
// splitters restored from the last run.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(AppSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    SessionTab *currentTab() const;
    SessionTab *addTab(const QString &url = {});
    QTabWidget *tabs() const { return m_tabs; }
    LocalEchoServer *localServer() const { return m_localServer; }
    bool startLocalServer(); // returns false and tells the user why when it cannot listen
    void stopLocalServer();
    QString statusText() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void closeTab(int index);
    void updateStatus();
    void offerLocalEcho();

    AppSettings *m_settings;
    QTabWidget *m_tabs;
    QLabel *m_status;
    QLabel *m_serverStatus;
    LocalEchoServer *m_localServer;
    QAction *m_serverAction = nullptr;
    QString m_hint;
};

} // namespace Framewise
