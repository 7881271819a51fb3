// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logentry.h"

#include <QByteArray>

#include <vector>

namespace Framewise {

// Records on their way into the session store, with their payloads: small payloads packed
// back to back in one buffer (one allocation per batch, not per message), large ones kept as
// the implicitly shared array they came in.
class RecordBatch {
public:
    // Payloads above this are not stored (SQLite's own limit is 1 GB); the record keeps its size
    // and is marked payloadOmitted.
    static constexpr qint64 MaxStoredPayload = qint64(256) * 1024 * 1024;
    static constexpr qsizetype SharedPayload = qsizetype(64) * 1024; // from here on shared, not copied

    // Copies entry (and its payload, unless shared is true and the payload is large: then the
    // array is kept, which must own its bytes, not be a fromRawData view).
    void append(const LogEntry &entry, bool shared = false);
    qsizetype size() const { return qsizetype(m_rows.size()); }
    bool isEmpty() const { return m_rows.empty(); }
    qint64 payloadBytes() const { return m_payloadBytes; }
    qint64 memoryBytes() const { return m_payloadBytes + qint64(m_rows.size()) * qint64(sizeof(Row)); }
    // Record i; its payload points into this batch (valid while the batch lives unchanged).
    LogEntry at(qsizetype index) const;
    void reserve(qsizetype records, qsizetype payloadBytes);
    void clear();

private:
    struct Row {
        qint64 seq;
        qint64 timeUs;
        qint64 payloadSize;
        qint64 wireSize;
        qint64 offset; // into m_bytes, or the index into m_large
        qint64 length; // stored payload bytes
        quint16 closeCode;
        MessageRecord::Direction direction;
        MessageRecord::Kind kind;
        bool compressed;
        bool omitted;
        bool large;
        quint8 marks;
    };
    std::vector<Row> m_rows;
    QByteArray m_bytes;
    std::vector<QByteArray> m_large;
    qint64 m_payloadBytes = 0;
};

} // namespace Framewise
