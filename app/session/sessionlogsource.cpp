// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionlogsource.h"

#include "sessionlog.h"

namespace Framewise {

SessionLogSource::SessionLogSource(const SessionLog &log, SessionInfo info)
    : m_log(log)
    , m_info(std::move(info))
{
    m_info.messageCount = log.size();
    m_info.payloadBytes = log.payloadBytes();
}

qsizetype SessionLogSource::count() const
{
    return m_log.size();
}

bool SessionLogSource::read(qsizetype index, LogEntry *entry)
{
    if (index < 0 || index >= m_log.size())
        return false;
    fill(m_log, index, entry);
    return true;
}

void SessionLogSource::fill(const SessionLog &log, qsizetype index, LogEntry *entry)
{
    const MessageRecord &record = log.at(index);
    entry->seq = index;
    entry->timeUs = record.timeUs;
    entry->payloadSize = record.payloadSize;
    entry->wireSize = record.wireSize;
    entry->closeCode = record.closeCode;
    entry->direction = record.direction;
    entry->kind = record.kind;
    entry->compressed = record.compressed;
    entry->payloadOmitted = record.payloadOmitted;
    entry->marks = record.marks;
    if (record.largePayload) {
        entry->payload = log.payload(index); // the log's own shared array: safe to keep
    } else {
        const QByteArrayView view = log.payloadView(index);
        entry->payload = QByteArray::fromRawData(view.data(), view.size());
    }
}

} // namespace Framewise
