// SPDX-License-Identifier: GPL-3.0-or-later
#include "historymodel.h"

#include "messagelogmodel.h"

#include <QDateTime>
#include <QLocale>

namespace Framewise {

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HistoryModel::setSessions(const QList<SessionInfo> &sessions)
{
    beginResetModel();
    m_sessions = sessions;
    endResetModel();
}

int HistoryModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_sessions.size(); ++row) {
        if (m_sessions.at(row).id == id)
            return row;
    }
    return -1;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SessionInfo &info = m_sessions.at(index.row());
    if (role == IdRole)
        return info.id;
    if (role == SearchRole) {
        return info.searchText();
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Started:
            return info.startedUs;
        case Messages:
            return info.messageCount;
        case Size:
            return info.payloadBytes;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole) {
        QString tip = info.url;
        if (!info.stopStatus.isEmpty())
            tip += u'\n' + info.stopStatus;
        if (!info.source.isEmpty())
            tip += u'\n' + tr("Imported from %1").arg(info.source);
        if (info.kind == SessionInfo::interceptKind())
            tip += u'\n' + tr("Intercepted: an app's connection that Framewise stood in the middle of");
        return tip;
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Messages || index.column() == Size))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Started:
        return info.startedUs > 0 ? QLocale().toString(
                   QDateTime::fromMSecsSinceEpoch(info.startedUs / 1000), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                  : QString();
    case Kind:
        return SessionInfo::displayKindName(info.kind);
    case Url:
        return info.url;
    case Profile:
        return info.profileName;
    case Messages:
        return QLocale().toString(info.messageCount);
    case Size:
        return MessageLogModel::formatSize(info.payloadBytes);
    case State:
        return info.endingText(); // how it ended, not only that it did; the sentence is the tooltip
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Started:
        return tr("Started");
    case Kind:
        return tr("Kind");
    case Url:
        return tr("URL");
    case Profile:
        return tr("Profile");
    case Messages:
        return tr("Records");
    case Size:
        return tr("Size");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace Framewise
