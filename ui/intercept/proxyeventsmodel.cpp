// SPDX-License-Identifier: GPL-3.0-or-later
#include "proxyeventsmodel.h"

#include <algorithm>

namespace Framewise {

ProxyEventsModel::ProxyEventsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &ProxyEventsModel::flush);
}

bool ProxyEventsModel::lists(const ProxyEvent &event)
{
    switch (event.kind) {
    case ProxyEvent::Kind::TlsRejected:
    case ProxyEvent::Kind::Refused:
        return true;
    case ProxyEvent::Kind::Tunnel:
        return !event.detail.isEmpty(); // "TLS not decrypted: …" is worth a word; a plain tunnel is not
    case ProxyEvent::Kind::Forwarded:
        return false;
    }
    return false;
}

QString ProxyEventsModel::hostText(const ProxyEvent &event)
{
    if (event.host.isEmpty())
        return tr("(no host)");
    const QString host
        = event.host.contains(QLatin1Char(':')) ? QLatin1Char('[') + event.host + QLatin1Char(']') : event.host;
    return host + QLatin1Char(':') + QString::number(event.port);
}

QString ProxyEventsModel::describe(const ProxyEvent &event)
{
    switch (event.kind) {
    case ProxyEvent::Kind::TlsRejected:
        return event.detail;
    case ProxyEvent::Kind::Refused:
        return event.statusCode > 0 ? tr("refused (%1): %2").arg(event.statusCode).arg(event.detail)
                                    : tr("refused: %1").arg(event.detail);
    case ProxyEvent::Kind::Tunnel:
        return tr("tunnelled untouched: %1").arg(event.detail);
    case ProxyEvent::Kind::Forwarded:
        return tr("forwarded %1 %2").arg(event.method, event.target);
    }
    return {};
}

void ProxyEventsModel::add(const ProxyEvent &event)
{
    if (!lists(event))
        return;
    m_pending.append({ event, QDateTime::currentDateTime() });
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void ProxyEventsModel::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    const QList<std::pair<ProxyEvent, QDateTime>> pending = std::exchange(m_pending, {});
    QList<Row> added;
    int firstChanged = int(m_rows.size());
    int lastChanged = -1;
    for (const auto &item : pending) {
        const ProxyEvent &event = item.first;
        const QString host = hostText(event);
        const auto same = [&](const Row &row) {
            return row.kind == event.kind && row.statusCode == event.statusCode && row.host == host;
        };
        Row *row = nullptr;
        if (const auto shown = std::find_if(m_rows.begin(), m_rows.end(), same); shown != m_rows.end()) {
            row = &*shown;
            const int changed = int(shown - m_rows.begin());
            firstChanged = std::min(firstChanged, changed);
            lastChanged = std::max(lastChanged, changed);
        } else if (const auto fresh = std::find_if(added.begin(), added.end(), same); fresh != added.end()) {
            row = &*fresh;
        } else {
            added.append(Row { event.kind, host, event.statusCode, {}, {}, 0 });
            row = &added.last();
        }
        row->text = describe(event);
        row->last = item.second;
        ++row->count;
    }
    if (lastChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size()) - 1);
        m_rows += added;
        endInsertRows();
    }
    // Bounded: the rows seen least recently go, one at a time (rare: it takes MaxRows hosts).
    while (m_rows.size() > MaxRows) {
        const auto oldest = std::min_element(
            m_rows.cbegin(), m_rows.cend(), [](const Row &a, const Row &b) { return a.last < b.last; });
        const int row = int(oldest - m_rows.cbegin());
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
}

int ProxyEventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProxyEventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProxyEventsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::ToolTipRole)
        return QString(row.host + QStringLiteral(": ") + row.text);
    if (role == Qt::TextAlignmentRole && index.column() == CountColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return row.last.toString(QStringLiteral("HH:mm:ss"));
    case HostColumn:
        return row.host;
    case CountColumn:
        return row.count;
    case WhatColumn:
        return row.text;
    default:
        return {};
    }
}

QVariant ProxyEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Last");
    case HostColumn:
        return tr("Host");
    case CountColumn:
        return tr("Times");
    case WhatColumn:
        return tr("What happened");
    default:
        return {};
    }
}

} // namespace Framewise
