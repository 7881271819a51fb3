// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Framewise {

class HistoryModel;
class SessionStore;

// The History list: every recorded and imported session in the store, newest first, with a
// search over URL, profile, state and how it ended; open (double-click or Enter), export,
// delete, import, and the retention limits.
class HistoryPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int RowsShown = 8; // what the dock opens with, room permitting

    explicit HistoryPanel(SessionStore *store, QWidget *parent = nullptr);

    void refresh(); // reads the list again (keeps the selection)
    // Deletes without asking (the Delete button asks first). False with a message when the store
    // refused (e.g. a session still being recorded).
    bool deleteSessions(const QList<qint64> &ids);
    QList<qint64> selectedIds() const;
    void selectId(qint64 id);
    // Shown above the list when the store cannot be used or recording stopped.
    void setProblem(const QString &text);

    QLineEdit *searchEdit() const { return m_search; }
    QTableView *view() const { return m_view; }
    HistoryModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    int visibleCount() const;
    // The panel's height when its list shows rows rows; the dock starts at least this tall.
    int heightForRows(int rows) const;
    QSize sizeHint() const override;

Q_SIGNALS:
    void openRequested(qint64 id);
    void exportRequested(qint64 id);
    void importRequested();
    void retentionRequested();

private:
    void updateButtons();
    void askToDelete();

    QPointer<SessionStore> m_store;
    HistoryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_problem;
    QLabel *m_count;
    QPushButton *m_open;
    QPushButton *m_export;
    QPushButton *m_delete;
};

} // namespace Framewise
