// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessioninfo.h"

#include <QTimer>
#include <QUrl>
#include <QWidget>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;

namespace Framewise {

class Composer;
class ConnectionPanel;
class DetailPane;
class FrameLogModel;
class HandshakePane;
class LogFilterProxyModel;
class MessageLogModel;
class RecordSource;
class Session;
class SessionRecorder;
class SessionStore;
class StatsPane;
class TlsPane;

// One connection: the connection panel on top, the log (messages or frames) with its filter
// bar on the left, detail / handshake / TLS / statistics on the right, the composer below.
class SessionTab : public QWidget {
    Q_OBJECT
public:
    static constexpr int FilterDebounceMs = 150;

    explicit SessionTab(QWidget *parent = nullptr);
    // A view of a connection that something else drives (an intercepted one: InterceptTab): the
    // log, filters, frames, detail, handshake, TLS and statistics of session, without the
    // connection panel and the composer. session is not owned and must outlive the tab.
    explicit SessionTab(Session *session, QWidget *parent = nullptr);
    ~SessionTab() override;

    Session *session() const { return m_session; }
    ConnectionPanel *connectionPanel() const { return m_panel; }
    Composer *composer() const { return m_composer; }
    DetailPane *detailPane() const { return m_detail; }
    HandshakePane *handshakePane() const { return m_handshake; }
    TlsPane *tlsPane() const { return m_tls; }
    StatsPane *statsPane() const { return m_stats; }
    QTableView *messageView() const { return m_messageView; }
    QTableView *frameView() const { return m_frameView; }
    MessageLogModel *messageModel() const { return m_messages; }
    LogFilterProxyModel *filterModel() const { return m_filter; }
    QLineEdit *filterEdit() const { return m_filterText; }
    QCheckBox *followTail() const { return m_follow; }
    QCheckBox *preserveLog() const { return m_preserveLog; }
    // The log header's context menu: a checkable entry per column (deleted when closed).
    QMenu *columnMenu();
    QTabWidget *sideTabs() const { return m_side; }
    QString title() const;
    // The address of the connection (the one being made or made last, else the panel's).
    QUrl url() const;
    // A name the tab's title uses while its address is url (the first launch's "Local echo").
    void setNamedAddress(const QUrl &url, const QString &name);

    // Records every connection of this tab into store (when record is on; see setRecording).
    void setStore(SessionStore *store, bool record);
    void setRecording(bool record);
    SessionRecorder *recorder() const { return m_recorder; }

    // Turns the tab into a read-only view of a past session (recorded or imported): the log,
    // filters, detail and hex view work as for a live one; there is no connection panel or
    // composer. False with error when a record could not be read (what was read stays).
    bool showPastSession(const SessionInfo &info, RecordSource &source, QString *error = nullptr);
    bool isPastSession() const { return m_past.has_value(); }
    // What an export writes around the records: the stored description of a past session, or
    // the live connection described now (redacted unless redact is false).
    SessionInfo exportInfo(bool redact) const;
    // Record indexes of the rows the filter shows / of the selected rows, in log order.
    std::vector<qsizetype> shownRecordIndexes() const;
    std::vector<qsizetype> selectedRecordIndexes() const;

    void setFramesMode(bool frames);
    bool framesMode() const;
    void applyFilterNow(); // skips the debounce (tests, Enter in the filter field)
    void focusFilter();
    void clearLog();
    void requestClose(); // opens the close dialog
    QByteArray saveSplitterState() const;
    void restoreSplitterState(const QByteArray &state);

Q_SIGNALS:
    void titleChanged(const QString &title);
    void exportRequested();
    void statusChanged();

private:
    // The constructor's parts, in the order it calls them (the focus chain and the order of
    // connections depend on it).
    void setUpLogViews();
    void setUpFilterBar();
    void layOut();
    void setUpFocusChain();
    void connectFilterAndLog();
    void connectPanel();
    void connectSession();
    void connectComposer();
    void onStateChanged();
    void onRowsInserted();
    void onCurrentRowChanged();
    void attachFrameModel(bool attach);
    void scheduleFilter();
    void showError(const QString &text);

    Session *m_session;
    ConnectionPanel *m_panel;
    MessageLogModel *m_messages;
    FrameLogModel *m_frames;
    LogFilterProxyModel *m_filter;
    QTableView *m_messageView;
    QTableView *m_frameView; // has its model only in frames mode, see attachFrameModel()
    QList<int> m_frameColumnWidths; // kept while the frames view has no model
    QStackedWidget *m_logStack;
    QLineEdit *m_filterText;
    QCheckBox *m_regex;
    QComboBox *m_direction;
    QToolButton *m_types;
    QCheckBox *m_hidePings;
    QCheckBox *m_framesToggle;
    QCheckBox *m_follow;
    QCheckBox *m_preserveLog;
    QLabel *m_filterError;
    QLabel *m_heldBack; // shown while the recorder holds the session back
    QLabel *m_countLabel;
    QTabWidget *m_side;
    DetailPane *m_detail;
    HandshakePane *m_handshake;
    TlsPane *m_tls;
    StatsPane *m_stats;
    Composer *m_composer;
    QSplitter *m_vertical;
    QSplitter *m_horizontal;
    QTimer m_filterTimer;
    bool m_autoScrolling = false;
    SessionRecorder *m_recorder = nullptr;
    std::optional<SessionInfo> m_past;
    QUrl m_namedUrl; // setNamedAddress
    QString m_namedTitle;
    QLabel *m_pastBanner = nullptr;
};

} // namespace Framewise
