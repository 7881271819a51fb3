// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsontree.h"

#include <QAbstractItemModel>

namespace Framewise {

// A JSON message as rows of key, value and type, in the order the message has them (the detail
// pane's tree view). The top-level object's or array's members are the top rows. Keys and values
// are decoded from the message's text when a row is shown, not when the tree is built.
class JsonTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, // JSONPath: $.items[2].name
        CopyValueRole, // a string's text, a number or literal as written, a container's JSON as sent
    };

    explicit JsonTreeModel(QObject *parent = nullptr);

    void setTree(JsonTree tree);
    const JsonTree &tree() const { return m_tree; }
    int nodeCount() const { return m_tree.size(); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // The top rows are the top-level container's members, or the top-level value itself.
    bool rootIsContainer() const;
    QModelIndex indexOf(int node, int column) const;

    JsonTree m_tree;
};

} // namespace Framewise
