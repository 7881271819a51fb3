// SPDX-License-Identifier: GPL-3.0-or-later
#include "interceptconnectionsmodel.h"

#include "interceptserver.h"
#include "session.h"

#include <QTimer>
#include <QUrl>

namespace Framewise {

InterceptConnectionsModel::InterceptConnectionsModel(InterceptServer *server, QObject *parent)
    : QAbstractTableModel(parent)
    , m_server(server)
{
    for (InterceptConnection *connection : server->connections())
        onAdded(connection);
    connect(server, &InterceptServer::connectionAdded, this, &InterceptConnectionsModel::onAdded);
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &InterceptConnectionsModel::refresh);
    timer->start(RefreshMs);
}

void InterceptConnectionsModel::onAdded(InterceptConnection *connection)
{
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(connection);
    endInsertRows();
    const auto changed = [this, connection] {
        const int row = rowOf(connection);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    };
    connect(connection, &InterceptConnection::opened, this, changed);
    connect(connection, &InterceptConnection::ended, this, changed);
    connect(connection, &InterceptConnection::heldChanged, this, changed);
    connect(connection, &QObject::destroyed, this, [this, connection] {
        const int row = int(m_rows.indexOf(connection));
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    });
}

void InterceptConnectionsModel::refresh()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, ToServerColumn), index(int(m_rows.size()) - 1, HeldColumn));
}

int InterceptConnectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InterceptConnectionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

InterceptConnection *InterceptConnectionsModel::connectionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : nullptr;
}

int InterceptConnectionsModel::rowOf(const InterceptConnection *connection) const
{
    return int(m_rows.indexOf(const_cast<InterceptConnection *>(connection)));
}

QString InterceptConnectionsModel::hostOf(const InterceptConnection *connection)
{
    const QUrl url = connection->upstreamUrl();
    const QString host
        = url.host().contains(QLatin1Char(':')) ? QLatin1Char('[') + url.host() + QLatin1Char(']') : url.host();
    const int port = url.port(url.scheme() == QLatin1String("wss") ? 443 : 80);
    return host + QLatin1Char(':') + QString::number(port);
}

QVariant InterceptConnectionsModel::data(const QModelIndex &index, int role) const
{
    const InterceptConnection *connection = connectionAt(index.row());
    if (!connection)
        return {};
    if (role == GroupRole) // the host, then the order of arrival (ids zero-padded to sort as text)
        return QString(hostOf(connection).toLower() + QLatin1Char(' ')
            + QStringLiteral("%1").arg(connection->id(), 20, 10, QLatin1Char('0')));
    if (role == Qt::ToolTipRole)
        return connection->state() == InterceptConnection::State::Ended ? connection->endReason() : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    const Session::Totals &totals = connection->session()->totals();
    switch (index.column()) {
    case HostColumn:
        return hostOf(connection);
    case IdColumn:
        return qulonglong(connection->id());
    case AppColumn:
        return QString(
            connection->clientAddress().toString() + QLatin1Char(':') + QString::number(connection->clientPort()));
    case PathColumn:
        return QString::fromLatin1(connection->appRequest().target());
    case StateColumn:
        switch (connection->state()) {
        case InterceptConnection::State::Connecting:
            return tr("connecting");
        case InterceptConnection::State::Open:
            return tr("open");
        case InterceptConnection::State::Closing:
            return tr("closing");
        case InterceptConnection::State::Ended:
            return tr("ended");
        }
        return {};
    case ToServerColumn:
        return totals.messagesOut;
    case ToAppColumn:
        return totals.messagesIn;
    case HeldColumn: {
        const int held = connection->heldCount();
        return held > 0 ? QVariant(held) : QVariant();
    }
    default:
        return {};
    }
}

QVariant InterceptConnectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HostColumn:
        return tr("Host");
    case IdColumn:
        return tr("#");
    case AppColumn:
        return tr("App");
    case PathColumn:
        return tr("Path");
    case StateColumn:
        return tr("State");
    case ToServerColumn:
        return tr("→ server");
    case ToAppColumn:
        return tr("→ app");
    case HeldColumn:
        return tr("Held");
    default:
        return {};
    }
}

} // namespace Framewise
