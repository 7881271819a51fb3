// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontreemodel.h"

#include <QColor>

namespace Framewise {

namespace {
constexpr int MaxShownCharacters = 1000; // a long string is cut in the view; copying gives all of it

QString shownString(const QString &value)
{
    QString shown = value.left(MaxShownCharacters);
    shown.replace(u'\n', QLatin1String("\\n"))
        .replace(u'\r', QLatin1String("\\r"))
        .replace(u'\t', QLatin1String("\\t"));
    if (value.size() > MaxShownCharacters)
        shown += QChar(0x2026);
    return u'"' + shown + u'"';
}
} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void JsonTreeModel::setTree(JsonTree tree)
{
    beginResetModel();
    m_tree = std::move(tree);
    endResetModel();
}

bool JsonTreeModel::rootIsContainer() const
{
    return m_tree.isValid() && (m_tree.type(0) == JsonTree::Type::Object || m_tree.type(0) == JsonTree::Type::Array);
}

QModelIndex JsonTreeModel::indexOf(int node, int column) const
{
    if (node < 0 || (node == 0 && rootIsContainer()))
        return {};
    return createIndex(node == 0 ? 0 : m_tree.row(node), column, quintptr(node));
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return rootIsContainer() ? createIndex(row, column, quintptr(m_tree.child(0, row)))
                                 : createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(m_tree.child(int(parent.internalId()), row)));
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return indexOf(m_tree.parent(int(child.internalId())), 0);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_tree.isValid())
        return 0;
    if (!parent.isValid())
        return rootIsContainer() ? m_tree.childCount(0) : 1;
    if (parent.column() != 0)
        return 0;
    return m_tree.childCount(int(parent.internalId()));
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int node = int(index.internalId());
    const JsonTree::Type type = m_tree.type(node);
    using T = JsonTree::Type;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            if (m_tree.hasKey(node))
                return m_tree.key(node);
            return node > 0 ? QString::number(m_tree.row(node)) : QString(); // an array's index
        case ValueColumn:
            switch (type) {
            case T::Object:
                return tr("{%n key(s)}", nullptr, m_tree.childCount(node));
            case T::Array:
                return tr("[%n item(s)]", nullptr, m_tree.childCount(node));
            case T::String:
                return shownString(m_tree.value(node));
            default:
                return m_tree.value(node);
            }
        case TypeColumn:
            switch (type) {
            case T::Object:
                return tr("object");
            case T::Array:
                return tr("array");
            case T::String:
                return tr("string");
            case T::Number:
                return tr("number");
            case T::Boolean:
                return tr("boolean");
            case T::Null:
                return tr("null");
            }
        }
        return {};
    case Qt::ToolTipRole:
    case PathRole:
        return m_tree.path(node);
    case CopyValueRole:
        if (type == T::Object || type == T::Array)
            return QString::fromUtf8(m_tree.source(node));
        return m_tree.value(node);
    case Qt::ForegroundRole:
        if (index.column() != ValueColumn)
            return {};
        // The pretty view's colours (JsonHighlighter), so both views read alike.
        switch (type) {
        case T::String:
            return QColor(0x2e, 0x9d, 0x5b);
        case T::Number:
            return QColor(0xc0, 0x7a, 0x1c);
        case T::Boolean:
        case T::Null:
            return QColor(0xa8, 0x4f, 0xc9);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    default:
        return {};
    }
}

} // namespace Framewise
