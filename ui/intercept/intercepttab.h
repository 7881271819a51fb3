// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "certificateauthority.h"
#include "interceptsettings.h"
#include "proxyevent.h"
#include "proxysettings.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace Framewise {

class HeldMessagesModel;
class InterceptConnection;
class InterceptConnectionsModel;
class InterceptServer;
class ProxyEventsModel;
class ProxyServer;
class SessionStore;
class SessionTab;

// An intercept (File › New intercept): its listen address and upstream on top, every app
// connection that came through on the left (live and ended), the selected one's log, frames,
// detail, handshake (all four messages) and statistics on the right, and below them the queue of
// held messages (Edit, Forward, Drop, Release all) and a bar to inject a message either way.
// In Proxy mode (File › New proxy) the tab runs a ProxyServer and shows its InterceptServer's
// connections the same way, grouped by host; the summary gives the proxy's address, the hosts it
// looks into, the CA it decrypts with and what it counted, and the proxy's problems (TLS rejected,
// requests refused) are listed per host beside the held messages.
class InterceptTab : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Intercept, Proxy };

    explicit InterceptTab(QWidget *parent = nullptr);
    explicit InterceptTab(Mode mode, QWidget *parent = nullptr);
    ~InterceptTab() override;

    Mode mode() const { return m_proxy ? Mode::Proxy : Mode::Intercept; }
    // Starts listening (Intercept mode); false with error in words.
    bool start(const InterceptSettings &settings, QString *error);
    // Starts the HTTP proxy (Proxy mode). ca may be null: TLS is then tunnelled untouched. False
    // with error in words.
    bool start(const ProxySettings &settings, const CertificateAuthority &ca, QString *error);
    // Records every connection into store while record is on (History shows them as intercepts).
    void setStore(SessionStore *store, bool record);
    void setRecording(bool record) { m_record = record; }
    // Stops listening and closes every live connection with 1001; true while closes are under way.
    bool goAway();

    InterceptServer *server() const { return m_server; }
    ProxyServer *proxy() const { return m_proxy; } // null in Intercept mode
    QString title() const;
    QLabel *summaryLabel() const { return m_summary; }
    // Proxy mode: the proxy's problems per host, and the latest of them in words under the summary.
    ProxyEventsModel *proxyEvents() const { return m_events; }
    QTableView *proxyEventsView() const { return m_eventsView; }
    QLabel *lastProblemLabel() const { return m_lastProblem; }
    // The connection a row of connectionsView() shows (its rows are sorted by host in Proxy mode).
    InterceptConnection *connectionAtRow(int row) const;
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
    void onProxyEvent(const ProxyEvent &event);
    void showConnection(InterceptConnection *connection);
    void updateSummary();
    QString proxySummary() const;
    InterceptConnection *selectedConnection() const;
    int selectedHeldRow() const;

    ProxyServer *m_proxy;
    InterceptServer *m_server;
    InterceptConnectionsModel *m_connections;
    QSortFilterProxyModel *m_sortedConnections;
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
    ProxyEventsModel *m_events = nullptr;
    QTableView *m_eventsView = nullptr;
    QLabel *m_lastProblem = nullptr;
    QTimer m_summaryTimer; // the proxy counts every request: the summary follows at most this often
    QHash<InterceptConnection *, SessionTab *> m_tabs;
    SessionStore *m_store = nullptr;
    bool m_record = false;
    int m_refused = 0;
    QString m_lastProblemText;
};

} // namespace Framewise
