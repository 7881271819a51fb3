// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framerecord.h"
#include "messagerecord.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <deque>
#include <future>
#include <map>
#include <memory>
#include <vector>

namespace Framewise {

// The in-memory record of one session: every message, control frame and event, in order.
// Small payloads are packed into 4 MiB arena chunks (no per-message allocation, exactly the
// payload's bytes); large ones are kept as the implicitly shared QByteArray the channel handed
// out. Views, the model and exporters read from here: a payload is stored once.
//
// A flood is millions of small messages, so a record is kept packed (24 bytes; sizes that do not
// fit go to a side table), and the one frame of a single-frame received message is not stored
// at all: frameAt() derives it from the message.
class SessionLog {
public:
    static constexpr qsizetype ChunkSize = qsizetype(4) * 1024 * 1024;
    static constexpr qsizetype LargePayload = qsizetype(64) * 1024;

    SessionLog();
    ~SessionLog();
    SessionLog(const SessionLog &) = delete;
    SessionLog &operator=(const SessionLog &) = delete;

    // Appends a record; its payloadOffset/largePayload are set here. Returns its index. With
    // record.payloadOmitted, payload is not the message but what is known of it (a streamed
    // file's name, or nothing). record.marks are kept as given: rows never change once appended.
    qsizetype append(MessageRecord record, const QByteArray &payload);
    // Appends a message that came in one frame together with that frame (linked to it). The
    // frame is derived from the record instead of stored when the record says all about it.
    qsizetype appendWithFrame(MessageRecord record, const QByteArray &payload, const FrameRecord &frame);
    // Appends a frame; returns its row among all frames (the frames view's row).
    qsizetype appendFrame(const FrameRecord &frame);
    // Frames arrive before their message is complete; the session links them once it is.
    void linkFrame(qsizetype frameIndex, qsizetype messageIndex);

    qsizetype size() const { return m_size; }
    // By value: records are stored packed.
    MessageRecord at(qsizetype index) const;
    // Zero-copy view of a payload, valid as long as the log is not cleared.
    QByteArrayView payloadView(qsizetype index) const;
    // The payload as a QByteArray: shared for large payloads, a copy of the view for small ones.
    QByteArray payload(qsizetype index) const;

    qsizetype frameCount() const { return m_frameRows; }
    FrameRecord frameAt(qsizetype index) const;

    // The file a record's payload was streamed from (Session::sendFile). Its bytes are not kept,
    // so the path is what the log can show of it; empty for every other record.
    void setSourceFile(qsizetype index, const QString &path) { m_sourceFiles[index] = path; }
    QString sourceFile(qsizetype index) const;

    qint64 payloadBytes() const { return m_payloadBytes; }
    void clear();
    // Starts faulting in the first payload chunk and record block on a worker thread, for a log
    // that is about to fill (a session that opens). From then on one spare of each is kept ready.
    void prepare();

private:
    // 24 bytes. When extended, payloadSize is an index into m_extras, which holds the sizes,
    // offset, frame count and close code of the rare record that does not fit. The marks are here
    // in every record: an intercepted flood may mark each message (a rule that edits them all).
    // They took 6 of frameCount's bits: a message of more than 255 frames is extended, which
    // costs 32 bytes beside at least 255 frames' worth of payload.
    struct Packed {
        qint64 timeUs;
        quint64 offset : 40;
        quint64 direction : 2;
        quint64 kind : 3;
        quint64 compressed : 1;
        quint64 large : 1;
        quint64 omitted : 1;
        quint64 frameDerived : 1;
        quint64 extended : 1;
        quint64 frameCount : 8;
        quint64 marks : 6;
        quint32 payloadSize;
        quint32 wireSize;
    };
    struct Extra {
        qint64 payloadOffset;
        qint64 payloadSize;
        qint64 wireSize;
        quint32 frameCount;
        quint16 closeCode;
    };
    // A run of frame rows: consecutive stored frames, or consecutive messages whose one frame is
    // derived. A flood is one run, so locating a row is a binary search over very few runs.
    struct FrameRun {
        qint64 firstRow;
        qint64 first; // index into m_frames, or the first message
        qint64 count;
        bool derived;
    };
    static constexpr int BlockShift = 18; // 262144 records (6 MiB) per block
    static constexpr qsizetype BlockSize = qsizetype(1) << BlockShift;
    // Blocks and chunks come from allocateBlock() (2 MiB aligned where huge pages are asked for).
    struct BlockDeleter {
        std::size_t bytes = 0; // the mapping's length, for munmap
        void operator()(void *block) const;
    };
    template <typename T> using Block = std::unique_ptr<T[], BlockDeleter>;
    template <typename T> static Block<T> allocateBlock(qsizetype count);
    template <typename T> static Block<T> prefaultedBlock(qsizetype count);
    // The spare if there is one (else a new block); then starts preparing the next spare on a
    // worker thread when the log was prepared or has outgrown its first block.
    template <typename T> static Block<T> nextBlock(std::future<Block<T>> &spare, qsizetype count, bool prepareAnother);
    template <typename T> static std::future<Block<T>> prepareSpare(qsizetype count);

    qsizetype appendRecord(MessageRecord &record, const QByteArray &payload, bool frameDerived);
    const Packed &packed(qsizetype index) const
    {
        return m_blocks[std::size_t(index >> BlockShift)][std::size_t(index & (BlockSize - 1))];
    }
    qsizetype runOf(qsizetype row) const;

    std::vector<Block<Packed>> m_blocks;
    qsizetype m_size = 0;
    std::vector<Extra> m_extras;
    std::deque<FrameRecord> m_frames;
    std::vector<FrameRun> m_runs;
    qsizetype m_frameRows = 0;
    std::vector<Block<char>> m_chunks;
    std::vector<QByteArray> m_large;
    qsizetype m_chunkFill = ChunkSize; // forces a first chunk
    qint64 m_payloadBytes = 0;
    std::map<qsizetype, QString> m_sourceFiles; // a few: one per file sent
    // The next payload chunk and record block, mapped and faulted in on a worker thread while the
    // log fills the current ones: once prepare() was called or the log has outgrown its first
    // chunk or block (a flood, not a chat).
    std::future<Block<char>> m_spareChunk;
    std::future<Block<Packed>> m_spareBlock;
    bool m_prepared = false;
};

} // namespace Framewise
