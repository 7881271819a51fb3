// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordbatch.h"

#include <limits>

namespace Framewise {

void RecordBatch::append(const LogEntry &entry, bool shared)
{
    Row row {};
    row.seq = entry.seq;
    row.timeUs = entry.timeUs;
    row.payloadSize = entry.payloadOmitted ? entry.payloadSize : entry.payload.size();
    row.wireSize = entry.wireSize;
    row.closeCode = entry.closeCode;
    row.direction = entry.direction;
    row.kind = entry.kind;
    row.compressed = entry.compressed;
    row.omitted = entry.payloadOmitted;
    row.marks = entry.marks;
    const qsizetype size = entry.payload.size();
    if (size > MaxStoredPayload) {
        row.omitted = true;
        row.offset = 0;
        row.length = 0;
        row.large = false;
    } else if (shared && size >= SharedPayload) {
        row.large = true;
        row.offset = qint64(m_large.size());
        row.length = size;
        m_large.push_back(entry.payload);
    } else {
        row.large = false;
        row.offset = m_bytes.size();
        row.length = size;
        m_bytes.append(entry.payload.constData(), size);
    }
    // Saturating: the sizes of records whose bytes were not kept come from files too.
    if (__builtin_add_overflow(m_payloadBytes, row.payloadSize, &m_payloadBytes))
        m_payloadBytes = std::numeric_limits<qint64>::max();
    m_rows.push_back(row);
}

LogEntry RecordBatch::at(qsizetype index) const
{
    const Row &row = m_rows[std::size_t(index)];
    LogEntry entry;
    entry.seq = row.seq;
    entry.timeUs = row.timeUs;
    entry.payloadSize = row.payloadSize;
    entry.wireSize = row.wireSize;
    entry.closeCode = row.closeCode;
    entry.direction = row.direction;
    entry.kind = row.kind;
    entry.compressed = row.compressed;
    entry.payloadOmitted = row.omitted;
    entry.marks = row.marks;
    if (row.large)
        entry.payload = m_large[std::size_t(row.offset)];
    else if (row.length > 0)
        entry.payload = QByteArray::fromRawData(m_bytes.constData() + row.offset, row.length);
    else
        entry.payload = QByteArray("", 0); // empty, not null: an empty message has a payload of 0 bytes
    return entry;
}

void RecordBatch::reserve(qsizetype records, qsizetype payloadBytes)
{
    m_rows.reserve(std::size_t(records));
    m_bytes.reserve(payloadBytes);
}

void RecordBatch::clear()
{
    m_rows.clear();
    m_bytes.clear();
    m_large.clear();
    m_payloadBytes = 0;
}

} // namespace Framewise
