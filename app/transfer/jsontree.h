// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <vector>

namespace Framewise {

// A JSON value as a tree of nodes in the order the text has them (for the detail pane's tree
// view). Nodes keep offsets into the text, not copies: a key or value is decoded when shown.
// Building stops adding nodes at maxNodes (isTruncated()), so a huge message costs one scan of
// its bytes and a bounded number of nodes.
class JsonTree {
public:
    enum class Type { Object, Array, String, Number, Boolean, Null };
    static constexpr int DefaultMaxNodes = 100000;

    JsonTree() = default;
    // An empty tree (isValid() false) unless utf8 is one valid JSON value.
    static JsonTree build(const QByteArray &utf8, int maxNodes = DefaultMaxNodes);

    bool isValid() const { return !m_nodes.empty(); }
    bool isTruncated() const { return m_truncated; }
    int size() const { return int(m_nodes.size()); } // node 0 is the top-level value

    int parent(int node) const { return m_nodes[std::size_t(node)].parent; } // -1 for node 0
    int row(int node) const { return m_nodes[std::size_t(node)].row; } // among its parent's children
    int childCount(int node) const { return m_nodes[std::size_t(node)].childCount; }
    int child(int node, int row) const;
    Type type(int node) const { return m_nodes[std::size_t(node)].type; }

    // The member's key (decoded) when the parent is an object; empty otherwise.
    bool hasKey(int node) const { return m_nodes[std::size_t(node)].keyLength > 0; }
    QString key(int node) const;
    // A string's value (decoded), a number as written, true, false, null; empty for containers.
    QString value(int node) const;
    // The node's JSON text as the message has it (a container with all it holds).
    QByteArrayView source(int node) const;
    // JSONPath of the node: $, $.items[2].name, $['a key'].
    QString path(int node) const;

private:
    struct Node {
        qsizetype offset = 0; // the value's first byte
        qsizetype length = 0; // through a container's closing bracket
        qsizetype keyOffset = 0; // the key token, quotes included
        int keyLength = 0;
        int parent = -1;
        int row = 0;
        int childCount = 0;
        int firstChild = 0; // into m_children
        Type type = Type::Null;
    };

    QByteArray m_text;
    std::vector<Node> m_nodes;
    std::vector<int> m_children; // each node's children, one run per node
    bool m_truncated = false;
};

} // namespace Framewise
