// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interceptsettings.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Framewise {

class HeldMessagesModel;
class InterceptConnection;
class InterceptConnectionsModel;
class InterceptServer;
class SessionStore;
class SessionTab;

// An intercept (File › New intercept): its listen address and upstream on top, every app
// connection that came through on the left (live and ended), the selected one's log, frames,
// detail, handshake (all four messages) and statistics on the right, and below them the queue of
// held messages (Edit, Forward, Drop, Release all) and a bar to inject a message either way.
class InterceptTab : public QWidget {
    Q_OBJECT
public:
    explicit InterceptTab(QWidget *parent = nullptr);
    ~InterceptTab() override;

    // Starts listening; false with error in words.
    bool start(const InterceptSettings &settings, QString *error);
    // Records every connection into store while record is on (History shows them as intercepts).
    void setStore(SessionStore *store, bool record);
    void setRecording(bool record) { m_record = record; }
    // Stops listening and closes every live connection with 1001; true while closes are under way.
    bool goAway();

    InterceptServer *server() const { return m_server; }
    QString title() const;
    // The session view of the selected connection (null when none is selected).
    SessionTab *currentSessionTab() const;
    SessionTab *sessionTabFor(InterceptConnection *connection);
    QTableView *connectionsView() const { return m_connectionsView; }
    QTableView *heldView() const { return m_heldView; }
    HeldMessagesModel *heldModel() const { return m_held; }
    QComboBox *injectDirection() const { return m_injectDirection; }
    QLineEdit *injectEdit() const { return m_injectText; }

    // The held queue's actions on the selected held message (also the buttons and keys).
    void editSelectedHeld();
    void forwardSelectedHeld();
    void dropSelectedHeld();
    void releaseAllHeld();
    // Sends the inject bar's text to the server or to the app on the selected connection.
    bool injectNow(QString *error = nullptr);

Q_SIGNALS:
    void titleChanged(const QString &title);
    void statusChanged();

private:
    void layOut();
    void onConnectionAdded(InterceptConnection *connection);
    void showConnection(InterceptConnection *connection);
    void updateSummary();
    InterceptConnection *selectedConnection() const;
    int selectedHeldRow() const;

    InterceptServer *m_server;
    InterceptConnectionsModel *m_connections;
    HeldMessagesModel *m_held;
    QLabel *m_summary;
    QPushButton *m_stop;
    QTableView *m_connectionsView;
    QStackedWidget *m_sessions;
    QLabel *m_placeholder;
    QTableView *m_heldView;
    QComboBox *m_injectDirection;
    QComboBox *m_injectType;
    QLineEdit *m_injectText;
    QLabel *m_injectError;
    QHash<InterceptConnection *, SessionTab *> m_tabs;
    SessionStore *m_store = nullptr;
    bool m_record = false;
    int m_refused = 0;
};

} // namespace Framewise
