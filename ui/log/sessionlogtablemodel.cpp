// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionlogtablemodel.h"

#include <algorithm>
#include <limits>

namespace Framewise {

namespace {
int cappedRows(qsizetype rows)
{
    return int(std::min<qsizetype>(rows, std::numeric_limits<int>::max()));
}
} // namespace

SessionLogTableModel::SessionLogTableModel(Session *session, qsizetype rows, int columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_rows(cappedRows(rows))
    , m_columns(columns)
{
    connect(session, &Session::logCleared, this, [this] {
        beginResetModel();
        m_rows = 0;
        endResetModel();
    });
}

void SessionLogTableModel::growTo(qsizetype rows)
{
    const int target = cappedRows(rows);
    if (target <= m_rows)
        return;
    beginInsertRows({}, m_rows, target - 1);
    m_rows = target;
    endInsertRows();
}

int SessionLogTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int SessionLogTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

} // namespace Framewise
