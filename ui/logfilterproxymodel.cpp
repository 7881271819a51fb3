// SPDX-License-Identifier: GPL-3.0-or-later
#include "logfilterproxymodel.h"

#include "messagelogmodel.h"
#include "session.h"

#include <algorithm>
#include <functional>

namespace Framewise {

namespace {
inline char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}
} // namespace

LogFilterProxyModel::LogFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true); // rows appended to the log are filtered as they arrive
}

void LogFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    m_log = qobject_cast<MessageLogModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
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
    invalidateFilter();
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

bool LogFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_log || !m_log->session())
        return true;
    const SessionLog &log = m_log->log();
    if (sourceRow >= log.size())
        return false;
    const MessageRecord &record = log.at(sourceRow);
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
    if (m_criteria.text.isEmpty())
        return true;
    return matchesText(log.payloadView(sourceRow));
}

} // namespace Framewise
