// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framerecord.h"
#include "messagerecord.h"

#include <QByteArray>
#include <QByteArrayView>

#include <deque>
#include <memory>
#include <vector>

namespace Framewise {

// The in-memory record of one session: every message, control frame and event, in order.
// Small payloads are packed into 4 MiB arena chunks (no per-message allocation, exactly the
// payload's bytes); large ones are kept as the implicitly shared QByteArray the channel handed
// out. Views, the model and exporters read from here: a payload is stored once.
class SessionLog {
public:
    static constexpr qsizetype ChunkSize = 4 * 1024 * 1024;
    static constexpr qsizetype LargePayload = 64 * 1024;

    SessionLog();
    ~SessionLog();
    SessionLog(const SessionLog &) = delete;
    SessionLog &operator=(const SessionLog &) = delete;

    // Appends a record; its payloadOffset/largePayload are set here. Returns its index.
    qsizetype append(MessageRecord record, const QByteArray &payload);
    qsizetype appendFrame(const FrameRecord &frame);
    // Frames arrive before their message is complete; the session links them once it is.
    void linkFrame(qsizetype frameIndex, qsizetype messageIndex);

    qsizetype size() const { return qsizetype(m_records.size()); }
    const MessageRecord &at(qsizetype index) const { return m_records[std::size_t(index)]; }
    // Zero-copy view of a payload, valid as long as the log is not cleared.
    QByteArrayView payloadView(qsizetype index) const;
    // The payload as a QByteArray: shared for large payloads, a copy of the view for small ones.
    QByteArray payload(qsizetype index) const;

    qsizetype frameCount() const { return qsizetype(m_frames.size()); }
    const FrameRecord &frameAt(qsizetype index) const { return m_frames[std::size_t(index)]; }

    qint64 payloadBytes() const { return m_payloadBytes; }
    void clear();

private:
    std::deque<MessageRecord> m_records;
    std::deque<FrameRecord> m_frames;
    std::vector<std::unique_ptr<char[]>> m_chunks;
    std::vector<QByteArray> m_large;
    qsizetype m_chunkFill = ChunkSize; // forces a first chunk
    qint64 m_payloadBytes = 0;
};

} // namespace Framewise
