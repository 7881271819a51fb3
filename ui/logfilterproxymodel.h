// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QSortFilterProxyModel>

#include <functional>

namespace Framewise {

class MessageLogModel;

// Filters the log by text (substring or regular expression over the payload), direction, type,
// and "hide pings/pongs". Reads payloads straight from the SessionLog, never through QVariant,
// so filtering a million rows stays well under the 150 ms the window allows itself.
class LogFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class DirectionFilter { Any, Incoming, Outgoing };
    enum TypeFlag { Text = 0x1, Binary = 0x2, Control = 0x4, Events = 0x8, AllTypes = 0xF };

    struct Criteria {
        QString text;
        bool regularExpression = false;
        bool caseSensitive = false;
        DirectionFilter direction = DirectionFilter::Any;
        int types = AllTypes;
        bool hidePingPong = false;
        bool operator==(const Criteria &) const = default;
    };

    explicit LogFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    // Applies new criteria (the filter bar debounces typing before calling this).
    void setCriteria(const Criteria &criteria);
    const Criteria &criteria() const { return m_criteria; }
    // Empty when the criteria are usable; otherwise why not (e.g. a broken regular expression).
    QString criteriaError() const { return m_error; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool matchesText(QByteArrayView payload) const;

    MessageLogModel *m_log = nullptr;
    Criteria m_criteria;
    QString m_error;
    QByteArray m_needle; // UTF-8; lower-cased when matching without case
    QRegularExpression m_regex;
    bool m_needleHasLetters = false;
};

} // namespace Framewise
