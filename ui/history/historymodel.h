// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessioninfo.h"

#include <QAbstractTableModel>
#include <QList>

namespace Framewise {

// The recorded sessions as the History list shows them: when, what kind (a tab's connection or
// one Framewise intercepted), where, which profile, how many messages, how big, and how they
// ended. Sorting sees raw numbers through SortRole.
class HistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Started, Kind, Url, Profile, Messages, Size, State, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // the store's session id (qint64)
        SortRole,
        SearchRole, // URL, profile, state, how it ended and the imported file, in one string
    };

    explicit HistoryModel(QObject *parent = nullptr);

    // Replaces the list (a few thousand sessions at most; the selection is kept by id outside).
    void setSessions(const QList<SessionInfo> &sessions);
    const SessionInfo &sessionAt(int row) const { return m_sessions.at(row); }
    int rowOf(qint64 id) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SessionInfo> m_sessions;
};

} // namespace Framewise
