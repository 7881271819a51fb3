// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionlog.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <new>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace Framewise {

namespace {
constexpr quint64 MaxOffset = (quint64(1) << 40) - 1;
constexpr quint32 MaxFrameCount = (1u << 8) - 1;

quint8 opcodeOf(MessageRecord::Kind kind)
{
    switch (kind) {
    case MessageRecord::Kind::Text:
        return 0x1;
    case MessageRecord::Kind::Binary:
        return 0x2;
    case MessageRecord::Kind::Close:
        return 0x8;
    case MessageRecord::Kind::Ping:
        return 0x9;
    case MessageRecord::Kind::Pong:
        return 0xA;
    case MessageRecord::Kind::Event:
        break;
    }
    return 0xF; // no frame
}

quint8 unmaskedHeaderLength(qint64 payloadLength)
{
    return payloadLength < 126 ? 2 : payloadLength < 65536 ? 4 : 10;
}

// True when frameAt() can rebuild frame from the record alone: a received, unmasked, final
// frame with the message's time and size, a minimal header and only RSV1 (compression) set.
inline bool derivable(const MessageRecord &record, const FrameRecord &frame)
{
    const quint8 flags = quint8(FrameRecord::Fin | (record.compressed ? FrameRecord::Rsv1 : 0));
    return record.direction == MessageRecord::Direction::In && frame.flags == flags && frame.timeUs == record.timeUs
        && frame.payloadLength == record.wireSize && frame.maskKey == 0 && frame.opcode == opcodeOf(record.kind)
        && frame.headerLength == unmaskedHeaderLength(frame.payloadLength);
}

bool fits32(qint64 value)
{
    return value >= 0 && value <= qint64(std::numeric_limits<quint32>::max());
}
} // namespace

// A flood fills the log front to back at 100 MB/s and more; with 4 KiB pages, faulting the
// pages in costs as much as the rest of recording. Blocks are multiples of 2 MiB, aligned so that
// the kernel can back them with huge pages when asked (transparent huge pages in "madvise" mode).
// On Linux they are mappings of their own, not heap: a cleared or closed log gives its memory back
// at once (glibc would keep freed heap blocks of this size for later, so RSS stayed at its peak).
template <typename T> SessionLog::Block<T> SessionLog::allocateBlock(qsizetype count)
{
    const std::size_t bytes = std::size_t(count) * sizeof(T);
#ifdef Q_OS_LINUX
    constexpr std::size_t HugePage = std::size_t(2) * 1024 * 1024;
    static_assert(ChunkSize % HugePage == 0 && (BlockSize * sizeof(Packed)) % HugePage == 0);
    // Map one huge page more than needed, then unmap what lies outside the aligned range.
    const std::size_t mapped = bytes + HugePage;
    void *raw = mmap(nullptr, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED)
        throw std::bad_alloc();
    const auto start = reinterpret_cast<std::uintptr_t>(raw);
    const std::uintptr_t aligned = (start + HugePage - 1) & ~std::uintptr_t(HugePage - 1);
    if (aligned > start)
        munmap(raw, aligned - start);
    // Pointer arithmetic on the mapping itself, not integer-to-pointer casts (provenance).
    void *memory = static_cast<char *>(raw) + (aligned - start);
    if (start + mapped > aligned + bytes)
        munmap(static_cast<char *>(memory) + bytes, start + mapped - (aligned + bytes));
    madvise(memory, bytes, MADV_HUGEPAGE); // advice only: without it the block still works
#else
    void *memory = std::malloc(bytes);
    if (!memory)
        throw std::bad_alloc();
#endif
    return Block<T>(static_cast<T *>(memory), BlockDeleter { bytes });
}

// Faulting a fresh block in costs the kernel a zeroed (huge) page per 2 MiB, and in a VM the host
// a page of its own too: bench_window spent a third of a 1M-message flood in these faults on the
// GUI thread. A spare block is faulted in here, on a worker thread, before the log needs it.
template <typename T> SessionLog::Block<T> SessionLog::prefaultedBlock(qsizetype count)
{
    Block<T> block = allocateBlock<T>(count);
    auto *bytes = reinterpret_cast<volatile char *>(block.get());
    const std::size_t length = std::size_t(count) * sizeof(T);
    for (std::size_t at = 0; at < length; at += 4096)
        bytes[at] = 0; // nobody else sees the block yet, and fresh pages are zero already
    return block;
}

template <typename T> std::future<SessionLog::Block<T>> SessionLog::prepareSpare(qsizetype count)
{
    return std::async(std::launch::async, [count] { return prefaultedBlock<T>(count); });
}

template <typename T>
SessionLog::Block<T> SessionLog::nextBlock(std::future<Block<T>> &spare, qsizetype count, bool prepareAnother)
{
    Block<T> block = spare.valid() ? spare.get() : allocateBlock<T>(count);
    if (prepareAnother)
        spare = prepareSpare<T>(count);
    return block;
}

void SessionLog::prepare()
{
    m_prepared = true;
    if (m_chunks.empty() && !m_spareChunk.valid())
        m_spareChunk = prepareSpare<char>(ChunkSize);
    if (m_blocks.empty() && !m_spareBlock.valid())
        m_spareBlock = prepareSpare<Packed>(BlockSize);
}

void SessionLog::BlockDeleter::operator()(void *block) const
{
#ifdef Q_OS_LINUX
    munmap(block, bytes);
#else
    std::free(block);
#endif
}

SessionLog::SessionLog() = default;
SessionLog::~SessionLog() = default;

qsizetype SessionLog::appendRecord(MessageRecord &record, const QByteArray &payload, bool frameDerived)
{
    static_assert(sizeof(Packed) == 24, "a flood's memory per message is counted on this");
    static_assert(MessageRecord::AllMarks < (1 << 6), "Packed::marks holds 6 bits");
    const qsizetype size = payload.size();
    if (!record.payloadOmitted)
        record.payloadSize = size;
    // An omitted payload's note (a streamed file's name) is not the payloadSize bytes the record
    // counts: it is kept as its own array, whose size says how long it is.
    if (size >= LargePayload || (record.payloadOmitted && size > 0)) {
        record.largePayload = true;
        record.payloadOffset = qint64(m_large.size());
        // A note is small and may be a view into a reader's page (Session::loadRecords): copied.
        m_large.push_back(size < LargePayload ? QByteArray(payload.constData(), size) : payload);
    } else if (size == 0) {
        record.largePayload = false;
        record.payloadOffset = 0;
    } else {
        record.largePayload = false;
        if (m_chunkFill + size > ChunkSize) {
            m_chunks.push_back(nextBlock(m_spareChunk, ChunkSize, m_prepared || !m_chunks.empty()));
            m_chunkFill = 0;
        }
        record.payloadOffset = qint64(m_chunks.size() - 1) * ChunkSize + m_chunkFill;
        std::memcpy(m_chunks.back().get() + m_chunkFill, payload.constData(), std::size_t(size));
        m_chunkFill += size;
    }
    m_payloadBytes += size;

    if ((m_size & (BlockSize - 1)) == 0 && std::size_t(m_size >> BlockShift) == m_blocks.size())
        m_blocks.push_back(nextBlock(m_spareBlock, BlockSize, m_prepared || !m_blocks.empty()));
    Packed &p = m_blocks[std::size_t(m_size >> BlockShift)][std::size_t(m_size & (BlockSize - 1))];
    p.timeUs = record.timeUs;
    p.direction = quint64(record.direction);
    p.kind = quint64(record.kind);
    p.compressed = record.compressed;
    p.large = record.largePayload;
    p.omitted = record.payloadOmitted;
    p.frameDerived = frameDerived;
    p.marks = record.marks & MessageRecord::AllMarks;
    const bool fits = fits32(record.payloadSize) && fits32(record.wireSize) && record.frameCount <= MaxFrameCount
        && record.closeCode == 0 && quint64(record.payloadOffset) <= MaxOffset;
    if (fits) {
        p.extended = false;
        p.offset = quint64(record.payloadOffset);
        p.frameCount = record.frameCount;
        p.payloadSize = quint32(record.payloadSize);
        p.wireSize = quint32(record.wireSize);
    } else {
        p.extended = true;
        p.offset = 0;
        p.frameCount = 0;
        p.payloadSize = quint32(m_extras.size());
        p.wireSize = 0;
        m_extras.push_back(
            { record.payloadOffset, record.payloadSize, record.wireSize, record.frameCount, record.closeCode });
    }
    return m_size++;
}

qsizetype SessionLog::append(MessageRecord record, const QByteArray &payload)
{
    return appendRecord(record, payload, false);
}

qsizetype SessionLog::appendWithFrame(MessageRecord record, const QByteArray &payload, const FrameRecord &frame)
{
    record.frameCount = 1;
    if (!derivable(record, frame)) {
        const qsizetype row = appendFrame(frame);
        const qsizetype index = appendRecord(record, payload, false);
        linkFrame(row, index);
        return index;
    }
    const qsizetype index = appendRecord(record, payload, true);
    if (!m_runs.empty() && m_runs.back().derived && m_runs.back().first + m_runs.back().count == index)
        ++m_runs.back().count;
    else
        m_runs.push_back({ m_frameRows, index, 1, true });
    ++m_frameRows;
    return index;
}

qsizetype SessionLog::appendFrame(const FrameRecord &frame)
{
    const auto stored = qint64(m_frames.size());
    m_frames.push_back(frame);
    if (!m_runs.empty() && !m_runs.back().derived && m_runs.back().first + m_runs.back().count == stored)
        ++m_runs.back().count;
    else
        m_runs.push_back({ m_frameRows, stored, 1, false });
    return m_frameRows++;
}

qsizetype SessionLog::runOf(qsizetype row) const
{
    // Rows asked for are mostly the newest (linking, a view that follows the tail).
    if (m_runs.back().firstRow <= row)
        return qsizetype(m_runs.size()) - 1;
    const auto it = std::upper_bound(
        m_runs.cbegin(), m_runs.cend(), qint64(row), [](qint64 r, const FrameRun &run) { return r < run.firstRow; });
    return qsizetype(it - m_runs.cbegin()) - 1;
}

void SessionLog::linkFrame(qsizetype frameIndex, qsizetype messageIndex)
{
    const FrameRun &run = m_runs[std::size_t(runOf(frameIndex))];
    if (run.derived)
        return; // linked by construction
    m_frames[std::size_t(run.first + (frameIndex - run.firstRow))].messageIndex = qint32(messageIndex);
}

FrameRecord SessionLog::frameAt(qsizetype index) const
{
    const FrameRun &run = m_runs[std::size_t(runOf(index))];
    if (!run.derived)
        return m_frames[std::size_t(run.first + (index - run.firstRow))];
    const qsizetype message = run.first + (index - run.firstRow);
    const MessageRecord record = at(message);
    FrameRecord frame;
    frame.timeUs = record.timeUs;
    frame.payloadLength = record.wireSize;
    frame.messageIndex = qint32(message);
    frame.opcode = opcodeOf(record.kind);
    frame.headerLength = unmaskedHeaderLength(record.wireSize);
    frame.flags = quint8(FrameRecord::Fin | (record.compressed ? FrameRecord::Rsv1 : 0));
    return frame;
}

MessageRecord SessionLog::at(qsizetype index) const
{
    const Packed &p = packed(index);
    MessageRecord record;
    record.timeUs = p.timeUs;
    record.direction = MessageRecord::Direction(p.direction);
    record.kind = MessageRecord::Kind(p.kind);
    record.compressed = p.compressed;
    record.largePayload = p.large;
    record.payloadOmitted = p.omitted;
    record.marks = quint8(p.marks);
    if (p.extended) {
        const Extra &extra = m_extras[p.payloadSize];
        record.payloadOffset = extra.payloadOffset;
        record.payloadSize = extra.payloadSize;
        record.wireSize = extra.wireSize;
        record.frameCount = extra.frameCount;
        record.closeCode = extra.closeCode;
    } else {
        record.payloadOffset = qint64(p.offset);
        record.payloadSize = p.payloadSize;
        record.wireSize = p.wireSize;
        record.frameCount = quint32(p.frameCount);
    }
    return record;
}

QByteArrayView SessionLog::payloadView(qsizetype index) const
{
    const Packed &p = packed(index);
    qint64 offset = qint64(p.offset);
    qint64 size = p.payloadSize;
    if (p.extended) {
        const Extra &extra = m_extras[p.payloadSize];
        offset = extra.payloadOffset;
        size = extra.payloadSize;
    }
    if (p.large)
        return QByteArrayView(m_large[std::size_t(offset)]);
    if (p.omitted || size == 0)
        return {}; // nothing kept
    const auto chunk = std::size_t(offset / ChunkSize);
    return QByteArrayView(m_chunks[chunk].get() + offset % ChunkSize, qsizetype(size));
}

QByteArray SessionLog::payload(qsizetype index) const
{
    const Packed &p = packed(index);
    if (p.large)
        return m_large[std::size_t(p.extended ? m_extras[p.payloadSize].payloadOffset : qint64(p.offset))];
    return payloadView(index).toByteArray();
}

QString SessionLog::sourceFile(qsizetype index) const
{
    const auto found = m_sourceFiles.find(index);
    return found == m_sourceFiles.end() ? QString() : found->second;
}

void SessionLog::clear()
{
    m_blocks.clear();
    m_size = 0;
    m_extras.clear();
    m_frames.clear();
    m_runs.clear();
    m_frameRows = 0;
    m_chunks.clear();
    m_large.clear();
    m_chunkFill = ChunkSize;
    m_payloadBytes = 0;
    m_sourceFiles.clear();
    m_spareChunk = {}; // waits for a worker still faulting one in, then unmaps it
    m_spareBlock = {};
    m_prepared = false;
}

} // namespace Framewise
