// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionlog.h"

#include <cstring>

namespace Framewise {

SessionLog::SessionLog() = default;
SessionLog::~SessionLog() = default;

qsizetype SessionLog::append(MessageRecord record, const QByteArray &payload)
{
    const qsizetype size = payload.size();
    if (!record.payloadOmitted)
        record.payloadSize = size;
    if (size >= LargePayload) {
        record.largePayload = true;
        record.payloadOffset = qint64(m_large.size());
        m_large.push_back(payload);
    } else {
        record.largePayload = false;
        if (m_chunkFill + size > ChunkSize) {
            m_chunks.push_back(std::unique_ptr<char[]>(new char[ChunkSize]));
            m_chunkFill = 0;
        }
        record.payloadOffset = qint64(m_chunks.size() - 1) * ChunkSize + m_chunkFill;
        if (size > 0)
            std::memcpy(m_chunks.back().get() + m_chunkFill, payload.constData(), std::size_t(size));
        m_chunkFill += size;
    }
    m_payloadBytes += size;
    m_records.push_back(record);
    return qsizetype(m_records.size()) - 1;
}

qsizetype SessionLog::appendFrame(const FrameRecord &frame)
{
    m_frames.push_back(frame);
    return qsizetype(m_frames.size()) - 1;
}

void SessionLog::linkFrame(qsizetype frameIndex, qsizetype messageIndex)
{
    m_frames[std::size_t(frameIndex)].messageIndex = qint32(messageIndex);
}

QByteArrayView SessionLog::payloadView(qsizetype index) const
{
    const MessageRecord &record = at(index);
    if (record.largePayload)
        return QByteArrayView(m_large[std::size_t(record.payloadOffset)]);
    const auto chunk = std::size_t(record.payloadOffset / ChunkSize);
    const qsizetype offset = qsizetype(record.payloadOffset % ChunkSize);
    return QByteArrayView(m_chunks[chunk].get() + offset, qsizetype(record.payloadSize));
}

QByteArray SessionLog::payload(qsizetype index) const
{
    const MessageRecord &record = at(index);
    if (record.largePayload)
        return m_large[std::size_t(record.payloadOffset)];
    return payloadView(index).toByteArray();
}

void SessionLog::clear()
{
    m_records.clear();
    m_frames.clear();
    m_chunks.clear();
    m_large.clear();
    m_chunkFill = ChunkSize;
    m_payloadBytes = 0;
}

} // namespace Framewise
