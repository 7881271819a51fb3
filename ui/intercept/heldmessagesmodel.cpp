// SPDX-License-Identifier: GPL-3.0-or-later
#include "heldmessagesmodel.h"

#include "interceptserver.h"
#include "messagelogmodel.h"

namespace Framewise {

HeldMessagesModel::HeldMessagesModel(InterceptServer *server, QObject *parent)
    : QAbstractTableModel(parent)
    , m_server(server)
{
    const auto watch = [this](InterceptConnection *connection) {
        connect(connection, &InterceptConnection::heldChanged, this, &HeldMessagesModel::reload);
        connect(connection, &InterceptConnection::ended, this, &HeldMessagesModel::reload);
    };
    for (InterceptConnection *connection : server->connections())
        watch(connection);
    connect(server, &InterceptServer::connectionAdded, this, watch);
    reload();
}

void HeldMessagesModel::reload()
{
    beginResetModel();
    m_rows.clear();
    for (InterceptConnection *connection : m_server->connections()) {
        for (const InterceptDirection direction : { InterceptDirection::ToServer, InterceptDirection::ToApp }) {
            for (const InterceptedItem &item : connection->lane(direction)->heldItems())
                m_rows.append({ connection, item });
        }
    }
    endResetModel();
    Q_EMIT reloaded();
}

int HeldMessagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HeldMessagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeldMessagesModel::data(const QModelIndex &index, int role) const
{
    if (index.row() < 0 || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == PreviewColumn && !row.item.binary)
        return QString::fromUtf8(row.item.payload.left(4096));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ConnectionColumn:
        return qulonglong(row.connection->id());
    case DirectionColumn:
        return row.item.direction == InterceptDirection::ToServer ? tr("app → server") : tr("server → app");
    case TypeColumn: {
        QString type = row.item.binary ? tr("binary") : tr("text");
        if (row.item.marks & MessageRecord::Edited)
            type += tr(", edited");
        return type;
    }
    case SizeColumn:
        return MessageLogModel::formatSize(row.item.payload.size());
    case PreviewColumn:
        if (row.item.binary)
            return QString::fromLatin1(row.item.payload.left(48).toHex(' '));
        return QString::fromUtf8(row.item.payload.left(300)).simplified();
    case RuleColumn:
        return row.item.ruleName;
    default:
        return {};
    }
}

QVariant HeldMessagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ConnectionColumn:
        return tr("Conn.");
    case DirectionColumn:
        return tr("Direction");
    case TypeColumn:
        return tr("Type");
    case SizeColumn:
        return tr("Size");
    case PreviewColumn:
        return tr("Message");
    case RuleColumn:
        return tr("Rule");
    default:
        return {};
    }
}

} // namespace Framewise
