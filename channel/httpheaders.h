// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace Framewise {

// Ordered HTTP header list that keeps names as written (an inspector shows them verbatim)
// and compares names case-insensitively.
class HttpHeaders {
public:
    using Entry = QPair<QByteArray, QByteArray>;

    void append(const QByteArray &name, const QByteArray &value) { m_entries.append({ name, value }); }
    bool contains(const QByteArray &name) const;
    QByteArray value(const QByteArray &name) const; // first match, or empty
    QList<QByteArray> values(const QByteArray &name) const; // every match, in order
    // Comma-separated list tokens across every header of this name, trimmed, e.g. Connection.
    QList<QByteArray> tokens(const QByteArray &name) const;
    // Whether tokens(name) holds token, compared without case (Upgrade: websocket, Connection: upgrade).
    bool hasToken(const QByteArray &name, const char *token) const;
    void removeAll(const QByteArray &name);
    const QList<Entry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    qsizetype size() const { return m_entries.size(); }

private:
    QList<Entry> m_entries;
};

} // namespace Framewise
