// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontree.h"

#include "jsonscanner.h"

#include <QVarLengthArray>

namespace Framewise {

namespace {
constexpr int Skipped = -2; // a container past the node limit: what it holds is not kept either

bool isIdentifier(const QString &key)
{
    if (key.isEmpty())
        return false;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const char16_t c = key.at(i).unicode();
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c == u'$';
        if (!letter && !(i > 0 && c >= u'0' && c <= u'9'))
            return false;
    }
    return true;
}
} // namespace

JsonTree JsonTree::build(const QByteArray &utf8, int maxNodes)
{
    JsonTree tree;
    tree.m_text = utf8;
    JsonScanner scanner(utf8);
    QVarLengthArray<int, 32> open; // node of each open container (or Skipped)
    qsizetype keyOffset = 0;
    int keyLength = 0;
    for (;;) {
        using T = JsonScanner::Token;
        const T token = scanner.next();
        if (token == T::Error)
            return {};
        if (token == T::End)
            break;
        if (token == T::Key) {
            keyOffset = scanner.tokenOffset();
            keyLength = int(scanner.tokenLength());
            continue;
        }
        if (token == T::EndObject || token == T::EndArray) {
            const int node = open.last();
            open.removeLast();
            if (node >= 0) {
                Node &n = tree.m_nodes[std::size_t(node)];
                n.length = scanner.tokenOffset() + 1 - n.offset;
            }
            continue;
        }
        const int parent = open.isEmpty() ? -1 : open.last();
        int node = Skipped;
        if (parent != Skipped && int(tree.m_nodes.size()) < maxNodes) {
            node = int(tree.m_nodes.size());
            Node n;
            n.offset = scanner.tokenOffset();
            n.length = scanner.tokenLength();
            n.parent = parent;
            if (parent >= 0) {
                Node &p = tree.m_nodes[std::size_t(parent)];
                n.row = p.childCount++;
                if (p.type == Type::Object) {
                    n.keyOffset = keyOffset;
                    n.keyLength = keyLength;
                }
            }
            n.type = token == T::BeginObject ? Type::Object
                : token == T::BeginArray     ? Type::Array
                : token == T::String         ? Type::String
                : token == T::Number         ? Type::Number
                : token == T::Null           ? Type::Null
                                             : Type::Boolean;
            tree.m_nodes.push_back(n);
        } else {
            tree.m_truncated = true;
        }
        if (token == T::BeginObject || token == T::BeginArray)
            open.append(node);
    }
    // Nodes were added depth first; give each node's children one contiguous run, in row order.
    int next = 0;
    for (Node &n : tree.m_nodes) {
        n.firstChild = next;
        next += n.childCount;
    }
    tree.m_children.resize(std::size_t(next));
    for (std::size_t i = 1; i < tree.m_nodes.size(); ++i) {
        const Node &n = tree.m_nodes[i];
        tree.m_children[std::size_t(tree.m_nodes[std::size_t(n.parent)].firstChild) + std::size_t(n.row)] = int(i);
    }
    return tree;
}

int JsonTree::child(int node, int row) const
{
    return m_children[std::size_t(m_nodes[std::size_t(node)].firstChild) + std::size_t(row)];
}

QString JsonTree::key(int node) const
{
    const Node &n = m_nodes[std::size_t(node)];
    if (n.keyLength == 0)
        return {};
    return JsonScanner::decodeString(QByteArrayView(m_text).sliced(n.keyOffset, n.keyLength));
}

QString JsonTree::value(int node) const
{
    const Node &n = m_nodes[std::size_t(node)];
    switch (n.type) {
    case Type::Object:
    case Type::Array:
        return {};
    case Type::String:
        return JsonScanner::decodeString(source(node));
    default:
        return QString::fromLatin1(source(node));
    }
}

QByteArrayView JsonTree::source(int node) const
{
    const Node &n = m_nodes[std::size_t(node)];
    return QByteArrayView(m_text).sliced(n.offset, n.length);
}

QString JsonTree::path(int node) const
{
    QStringList parts;
    for (int n = node; n > 0; n = parent(n)) {
        if (type(parent(n)) == Type::Array) {
            parts.append(u'[' + QString::number(row(n)) + u']');
            continue;
        }
        const QString name = key(n);
        if (isIdentifier(name)) {
            parts.append(u'.' + name);
        } else {
            QString quoted = name;
            quoted.replace(u'\\', QLatin1String("\\\\")).replace(u'\'', QLatin1String("\\'"));
            parts.append(QLatin1String("['") + quoted + QLatin1String("']"));
        }
    }
    QString path = QStringLiteral("$");
    for (qsizetype i = parts.size() - 1; i >= 0; --i)
        path += parts.at(i);
    return path;
}

} // namespace Framewise
