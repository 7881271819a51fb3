// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractProxyModel>
#include <QRegularExpression>

#include <vector>

namespace Framewise {

class MessageLogModel;

// Filters the log by text (substring or regular expression over the payload), direction, type,
// "hide pings/pongs" and marks (what an intercepting proxy did). Reads payloads straight from the
// SessionLog, never through QVariant, so filtering a million rows stays well under the 150 ms the
// window allows itself.
//
// Not a QSortFilterProxyModel: that one keeps two row maps (8 bytes a row) and does per-row work
// for every batch even when nothing is filtered, which a flood of a million rows pays for. Here
// an empty filter passes rows straight through (no per-row memory or work), and a filter keeps
// only the accepted source rows, in log order. A new filter is one layout change, not a reset:
// the selection and the current row stay where they are still shown.
class LogFilterProxyModel : public QAbstractProxyModel {
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
        // Only rows with at least one of these MessageRecord::Mark bits (MessageRecord::AllMarks:
        // every row an intercepting proxy acted on); 0 filters nothing.
        int marks = 0;
        bool operator==(const Criteria &) const = default;
    };

    explicit LogFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    // Applies new criteria (the filter bar debounces typing before calling this).
    void setCriteria(const Criteria &criteria);
    const Criteria &criteria() const { return m_criteria; }
    // Empty when the criteria are usable; otherwise why not (e.g. a broken regular expression).
    QString criteriaError() const { return m_error; }
    // Whether the current criteria show source row sourceRow.
    bool acceptsRow(int sourceRow) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

private:
    bool matchesText(QByteArrayView payload) const;
    bool passesAll() const;
    int sourceRow(int proxyRow) const;
    int proxyRow(int sourceRow) const; // -1 when not shown
    void rebuild(); // m_rows (or m_count) from the current criteria and source rows
    void refilter(); // rebuild() as one layout change that keeps persistent indexes
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void beginSourceReset();
    void endSourceReset();

    MessageLogModel *m_log = nullptr;
    QList<QMetaObject::Connection> m_connections;
    Criteria m_criteria;
    QString m_error;
    QByteArray m_needle; // UTF-8; lower-cased when matching without case
    QRegularExpression m_regex;
    bool m_needleHasLetters = false;
    bool m_all = true; // every source row is shown: rows map one to one
    int m_count = 0; // rows shown while m_all
    std::vector<int> m_rows; // source rows shown while !m_all, ascending
    int m_sourceRows = 0; // source rows seen so far
    bool m_resetting = false;
};

} // namespace Framewise
