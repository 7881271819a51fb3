// SPDX-License-Identifier: GPL-3.0-or-later
#include "logfilterproxymodel.h"

#include "messagelogmodel.h"
#include "session.h"

#include <algorithm>

namespace Framewise {

namespace {
inline char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}
} // namespace

LogFilterProxyModel::LogFilterProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

void LogFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_log = qobject_cast<MessageLogModel *>(model);
    QAbstractProxyModel::setSourceModel(model);
    if (model) {
        using M = QAbstractItemModel;
        m_connections = {
            connect(model, &M::rowsInserted, this, &LogFilterProxyModel::onRowsInserted),
            connect(model, &M::dataChanged, this, &LogFilterProxyModel::onDataChanged),
            connect(model, &M::headerDataChanged, this, &M::headerDataChanged),
            // The log only grows or is cleared; anything else is taken as a new start.
            connect(model, &M::modelAboutToBeReset, this, &LogFilterProxyModel::beginSourceReset),
            connect(model, &M::modelReset, this, &LogFilterProxyModel::endSourceReset),
            connect(model, &M::rowsAboutToBeRemoved, this, &LogFilterProxyModel::beginSourceReset),
            connect(model, &M::rowsRemoved, this, &LogFilterProxyModel::endSourceReset),
            connect(model, &M::rowsAboutToBeMoved, this, &LogFilterProxyModel::beginSourceReset),
            connect(model, &M::rowsMoved, this, &LogFilterProxyModel::endSourceReset),
            connect(model, &M::columnsAboutToBeInserted, this, &LogFilterProxyModel::beginSourceReset),
            connect(model, &M::columnsInserted, this, &LogFilterProxyModel::endSourceReset),
            connect(model, &M::columnsAboutToBeRemoved, this, &LogFilterProxyModel::beginSourceReset),
            connect(model, &M::columnsRemoved, this, &LogFilterProxyModel::endSourceReset),
            connect(model, &M::columnsAboutToBeMoved, this, &LogFilterProxyModel::beginSourceReset),
            connect(model, &M::columnsMoved, this, &LogFilterProxyModel::endSourceReset),
            connect(model, &M::layoutAboutToBeChanged, this, &LogFilterProxyModel::beginSourceReset),
            connect(model, &M::layoutChanged, this, &LogFilterProxyModel::endSourceReset),
        };
    }
    rebuild();
    endResetModel();
}

void LogFilterProxyModel::setCriteria(const Criteria &criteria)
{
    if (criteria == m_criteria)
        return;
    m_criteria = criteria;
    m_error.clear();
    m_needle = criteria.text.toUtf8();
    if (!criteria.caseSensitive)
        std::transform(m_needle.begin(), m_needle.end(), m_needle.begin(), asciiLower);
    m_needleHasLetters = std::any_of(
        m_needle.begin(), m_needle.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
    if (criteria.regularExpression && !criteria.text.isEmpty()) {
        m_regex = QRegularExpression(criteria.text,
            criteria.caseSensitive ? QRegularExpression::NoPatternOption : QRegularExpression::CaseInsensitiveOption);
        if (!m_regex.isValid())
            m_error = tr("Regular expression error at position %1: %2")
                          .arg(m_regex.patternErrorOffset())
                          .arg(m_regex.errorString());
        else
            m_regex.optimize();
    }
    refilter();
}

bool LogFilterProxyModel::passesAll() const
{
    return m_criteria.text.isEmpty() && m_criteria.direction == DirectionFilter::Any
        && (m_criteria.types & AllTypes) == AllTypes && !m_criteria.hidePingPong && m_criteria.marks == 0;
}

bool LogFilterProxyModel::matchesText(QByteArrayView payload) const
{
    if (m_criteria.regularExpression) {
        if (!m_regex.isValid())
            return true; // a broken pattern filters nothing; the bar shows the error
        return m_regex.match(QString::fromUtf8(payload)).hasMatch();
    }
    if (m_criteria.caseSensitive || !m_needleHasLetters)
        return payload.indexOf(QByteArrayView(m_needle)) >= 0;
    const auto it = std::search(payload.begin(), payload.end(), m_needle.cbegin(), m_needle.cend(),
        [](char a, char b) { return asciiLower(a) == b; });
    return it != payload.end();
}

bool LogFilterProxyModel::acceptsRow(int sourceRow) const
{
    if (!m_log || !m_log->session())
        return true;
    const SessionLog &log = m_log->log();
    if (sourceRow >= log.size())
        return false;
    const MessageRecord record = log.at(sourceRow);
    using Kind = MessageRecord::Kind;
    if (m_criteria.direction == DirectionFilter::Incoming && record.direction != MessageRecord::Direction::In)
        return false;
    if (m_criteria.direction == DirectionFilter::Outgoing && record.direction != MessageRecord::Direction::Out)
        return false;
    const bool ping = record.kind == Kind::Ping || record.kind == Kind::Pong;
    if (ping && m_criteria.hidePingPong)
        return false;
    int flag = Control;
    if (record.kind == Kind::Text)
        flag = Text;
    else if (record.kind == Kind::Binary)
        flag = Binary;
    else if (record.kind == Kind::Event)
        flag = Events;
    if (!(m_criteria.types & flag))
        return false;
    if (m_criteria.marks != 0 && !(record.marks & m_criteria.marks))
        return false;
    if (m_criteria.text.isEmpty())
        return true;
    return matchesText(log.payloadView(sourceRow));
}

void LogFilterProxyModel::rebuild()
{
    m_sourceRows = sourceModel() ? sourceModel()->rowCount() : 0;
    m_all = passesAll();
    m_rows.clear();
    m_rows.shrink_to_fit();
    if (m_all) {
        m_count = m_sourceRows;
        return;
    }
    m_count = 0;
    for (int row = 0; row < m_sourceRows; ++row) {
        if (acceptsRow(row))
            m_rows.push_back(row);
    }
}

void LogFilterProxyModel::refilter()
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Persistent indexes (selection, current row) follow their source row, or go if it is hidden.
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sources;
    sources.reserve(std::size_t(before.size()));
    for (const QModelIndex &index : before)
        sources.push_back(sourceRow(index.row()));
    rebuild();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = proxyRow(sources[std::size_t(i)]);
        after.append(row >= 0 ? createIndex(row, before.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void LogFilterProxyModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (first != m_sourceRows) {
        // Rows inserted before the end: not something the log does; start over.
        beginResetModel();
        rebuild();
        endResetModel();
        return;
    }
    m_sourceRows = last + 1;
    if (m_all) {
        // One batch, one insertion, no per-row work.
        beginInsertRows({}, m_count, m_count + (last - first));
        m_count += last - first + 1;
        endInsertRows();
        return;
    }
    std::vector<int> accepted;
    for (int row = first; row <= last; ++row) {
        if (acceptsRow(row))
            accepted.push_back(row);
    }
    if (accepted.empty())
        return;
    const int start = int(m_rows.size());
    beginInsertRows({}, start, start + int(accepted.size()) - 1);
    m_rows.insert(m_rows.end(), accepted.cbegin(), accepted.cend());
    endInsertRows();
}

void LogFilterProxyModel::onDataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (topLeft.parent().isValid())
        return;
    int top = 0;
    int bottom = -1;
    if (m_all) {
        top = topLeft.row();
        bottom = std::min(bottomRight.row(), m_count - 1);
    } else {
        top = int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), topLeft.row()) - m_rows.cbegin());
        bottom = int(std::upper_bound(m_rows.cbegin(), m_rows.cend(), bottomRight.row()) - m_rows.cbegin()) - 1;
    }
    if (top <= bottom)
        Q_EMIT dataChanged(index(top, topLeft.column()), index(bottom, bottomRight.column()), roles);
}

void LogFilterProxyModel::beginSourceReset()
{
    if (m_resetting)
        return;
    m_resetting = true;
    beginResetModel();
}

void LogFilterProxyModel::endSourceReset()
{
    if (!m_resetting)
        return;
    m_resetting = false;
    rebuild();
    endResetModel();
}

int LogFilterProxyModel::sourceRow(int proxyRow) const
{
    if (proxyRow < 0)
        return -1;
    if (m_all)
        return proxyRow < m_count ? proxyRow : -1;
    return proxyRow < int(m_rows.size()) ? m_rows[std::size_t(proxyRow)] : -1;
}

int LogFilterProxyModel::proxyRow(int sourceRow) const
{
    if (sourceRow < 0)
        return -1;
    if (m_all)
        return sourceRow < m_count ? sourceRow : -1;
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), sourceRow);
    return it != m_rows.cend() && *it == sourceRow ? int(it - m_rows.cbegin()) : -1;
}

QModelIndex LogFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex LogFilterProxyModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex LogFilterProxyModel::sibling(int row, int column, const QModelIndex &index) const
{
    return index.isValid() ? this->index(row, column) : QModelIndex();
}

int LogFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_all ? m_count : int(m_rows.size());
}

int LogFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool LogFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QModelIndex LogFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.model() != this)
        return {};
    const int row = sourceRow(proxyIndex.row());
    return row < 0 ? QModelIndex() : sourceModel()->index(row, proxyIndex.column());
}

QModelIndex LogFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel() || sourceIndex.parent().isValid())
        return {};
    const int row = proxyRow(sourceIndex.row());
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

} // namespace Framewise
