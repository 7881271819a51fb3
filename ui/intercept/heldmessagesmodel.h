// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "intercepteditem.h"

#include <QAbstractTableModel>

namespace Framewise {

class InterceptConnection;
class InterceptServer;

// The messages held at breakpoints, over every connection of an intercept, oldest first per lane.
class HeldMessagesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ConnectionColumn, DirectionColumn, TypeColumn, SizeColumn, PreviewColumn, RuleColumn, ColumnCount };

    struct Row {
        InterceptConnection *connection = nullptr;
        InterceptedItem item;
    };

    explicit HeldMessagesModel(InterceptServer *server, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Row rowAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Row(); }
    void reload();

Q_SIGNALS:
    void reloaded();

private:
    InterceptServer *m_server;
    QList<Row> m_rows;
};

} // namespace Framewise
