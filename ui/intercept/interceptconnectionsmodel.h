// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace Framewise {

class InterceptConnection;
class InterceptServer;

// Every app connection that came through an intercept, live and ended, newest last. The Host
// column (the upstream's host:port) tells a proxy's connections apart; GroupRole sorts them by host,
// then in the order they came.
class InterceptConnectionsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        HostColumn,
        IdColumn,
        AppColumn,
        PathColumn,
        StateColumn,
        ToServerColumn,
        ToAppColumn,
        HeldColumn,
        ColumnCount
    };
    enum Role { GroupRole = Qt::UserRole + 1 };

    explicit InterceptConnectionsModel(InterceptServer *server, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    InterceptConnection *connectionAt(int row) const;
    int rowOf(const InterceptConnection *connection) const;
    // "host:port" of the connection's upstream, the port always said ("[v6]:port" for IPv6).
    static QString hostOf(const InterceptConnection *connection);
    // Counts change with every message; views are told at most this often.
    static constexpr int RefreshMs = 250;

private:
    void onAdded(InterceptConnection *connection);
    void refresh();

    InterceptServer *m_server;
    QList<InterceptConnection *> m_rows;
};

} // namespace Framewise
