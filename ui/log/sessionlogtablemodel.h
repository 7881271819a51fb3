// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Framewise {

// A table over one of a session's logs (messages or frames) that only grows, in the batches the
// session reports, until the log is cleared: the one true reset. Subclasses say what a row is.
class SessionLogTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;

    Session *session() const { return m_session; }

protected:
    // rows: what the log holds already; columns: the table's fixed column count.
    SessionLogTableModel(Session *session, qsizetype rows, int columns, QObject *parent);
    // Rows up to rows (capped at INT_MAX) appear; fewer than shown already is ignored.
    void growTo(qsizetype rows);

    QPointer<Session> m_session;

private:
    int m_rows = 0;
    int m_columns = 0;
};

} // namespace Framewise
