// SPDX-License-Identifier: GPL-3.0-or-later
#include "frameparser.h"

#include "closecode.h"
#include "frameencoder.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace Framewise {

bool FrameParser::fail(Error error)
{
    m_error = error;
    return false;
}

QString FrameParser::errorString() const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Framewise::FrameParser", text); };
    switch (m_error) {
    case Error::None:
        return {};
    case Error::ReservedBits:
        return tr("A frame had reserved bits (RSV1-3) set that no extension allows.");
    case Error::ReservedOpcode:
        return tr("A frame used reserved opcode 0x%1.").arg(m_frame.opcode, 0, 16);
    case Error::FragmentedControl:
        return tr("A control frame was fragmented (FIN not set).");
    case Error::ControlTooLong:
        return tr("A control frame carried %1 bytes; at most 125 are allowed.").arg(m_frame.payloadLength);
    case Error::MaskedFrame:
        return tr("The server masked a frame; servers must not mask.");
    case Error::UnmaskedFrame:
        return tr("The client sent an unmasked frame; clients must mask every frame.");
    case Error::NonMinimalLength:
        return tr("A frame length was not encoded in the minimal number of bytes.");
    case Error::LengthTooLarge:
        return tr("A frame length had its most significant bit set.");
    case Error::FrameTooLarge:
        return tr("A frame of %1 bytes exceeds the frame size limit of %2 bytes.")
            .arg(m_frame.payloadLength)
            .arg(m_maxFrameSize);
    }
    return {};
}

quint16 FrameParser::errorCloseCode() const
{
    return m_error == Error::FrameTooLarge ? CloseCode::TooLarge : CloseCode::ProtocolError;
}

// Parses a header from h (available bytes). Returns true with *used set when complete, true with
// *used == 0 when more bytes are needed, false on a protocol error.
bool FrameParser::parseHeader(const unsigned char *h, qsizetype available, qsizetype *used)
{
    *used = 0;
    if (available < 2)
        return true;
    const quint8 b0 = h[0];
    const quint8 b1 = h[1];
    FrameInfo &f = m_frame;
    f.fin = b0 & 0x80;
    f.rsv1 = b0 & 0x40;
    f.rsv2 = b0 & 0x20;
    f.rsv3 = b0 & 0x10;
    f.opcode = b0 & 0x0F;
    f.masked = b1 & 0x80;
    // Validate what the first two bytes already tell, so a bad frame fails before its length arrives.
    if (f.rsv2 || f.rsv3 || (f.rsv1 && !m_rsv1Allowed))
        return fail(Error::ReservedBits);
    if ((f.opcode >= 3 && f.opcode <= 7) || f.opcode >= 0xB)
        return fail(Error::ReservedOpcode);
    const quint8 len7 = b1 & 0x7F;
    if (Opcode::isControl(f.opcode)) {
        if (!f.fin)
            return fail(Error::FragmentedControl);
        if (len7 > 125) {
            f.payloadLength = len7;
            return fail(Error::ControlTooLong);
        }
    }
    if (f.masked && !m_expectMasked)
        return fail(Error::MaskedFrame);
    if (!f.masked && m_expectMasked)
        return fail(Error::UnmaskedFrame);
    qsizetype need = 2;
    quint64 length = len7;
    if (len7 == 126) {
        need = 4;
        if (available < need)
            return true;
        length = (quint64(h[2]) << 8) | h[3];
        if (length < 126)
            return fail(Error::NonMinimalLength);
    } else if (len7 == 127) {
        need = 10;
        if (available < need)
            return true;
        length = 0;
        for (int i = 0; i < 8; ++i)
            length = (length << 8) | h[2 + i];
        if (length >> 63)
            return fail(Error::LengthTooLarge);
        if (length <= 0xFFFF)
            return fail(Error::NonMinimalLength);
    }
    f.maskKey = 0;
    if (f.masked) {
        if (available < need + 4)
            return true;
        f.maskKey = (quint32(h[need]) << 24) | (quint32(h[need + 1]) << 16) | (quint32(h[need + 2]) << 8) | h[need + 3];
        need += 4;
    }
    f.payloadLength = qint64(length);
    f.headerLength = quint8(need);
    f.timeUs = m_timeUs;
    if (f.payloadLength > m_maxFrameSize)
        return fail(Error::FrameTooLarge);
    *used = need;
    return true;
}

bool FrameParser::feed(const char *data, qsizetype size)
{
    return parse(data, nullptr, size);
}

bool FrameParser::feed(char *data, qsizetype size)
{
    return parse(data, data, size);
}

bool FrameParser::feedPayloadInPlace(char *data, qsizetype size)
{
    if (m_error != Error::None)
        return false;
    if (!m_inPayload || size <= 0 || size > m_remaining)
        return size == 0;
    m_remaining -= size;
    const bool frameEnd = m_remaining == 0;
    if (frameEnd)
        m_inPayload = false;
    return deliverPayload(data, data, size, frameEnd);
}

bool FrameParser::deliverPayload(const char *data, char *writable, qsizetype size, bool frameEnd)
{
    if (m_frame.masked && size > 0) {
        const qint64 offset = m_frame.payloadLength - m_remaining - size;
        if (!writable) {
            m_unmasked.resize(size);
            std::memcpy(m_unmasked.data(), data, size);
            writable = m_unmasked.data();
        }
        FrameEncoder::applyMask(writable, size, m_frame.maskKey, offset);
        data = writable;
    }
    return m_sink->framePayload(data, size, frameEnd);
}

bool FrameParser::parse(const char *data, char *writable, qsizetype size)
{
    if (m_error != Error::None)
        return false;
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    qsizetype pos = 0;
    while (pos < size) {
        if (!m_inPayload) {
            qsizetype used = 0;
            if (m_headerFill == 0) {
                // Common case: the whole header is in this buffer; parse it in place.
                if (!parseHeader(p + pos, size - pos, &used))
                    return false;
                if (used == 0) {
                    const qsizetype n = std::min<qsizetype>(size - pos, sizeof(m_header));
                    std::memcpy(m_header, p + pos, n);
                    m_headerFill = int(n);
                    return true;
                }
                pos += used;
            } else {
                // A header split across reads: collect it byte by byte (at most 14).
                const int before = m_headerFill;
                const qsizetype n = std::min<qsizetype>(size - pos, qsizetype(sizeof(m_header)) - m_headerFill);
                std::memcpy(m_header + m_headerFill, p + pos, n);
                m_headerFill += int(n);
                if (!parseHeader(m_header, m_headerFill, &used))
                    return false;
                if (used == 0) {
                    pos += n;
                    continue;
                }
                pos += used - before;
                m_headerFill = 0;
            }
            m_inPayload = true;
            m_remaining = m_frame.payloadLength;
            if (!m_sink->frameHeader(m_frame))
                return false;
        }
        const qsizetype chunk = qsizetype(std::min<qint64>(m_remaining, size - pos));
        m_remaining -= chunk;
        const bool frameEnd = m_remaining == 0;
        if (frameEnd)
            m_inPayload = false;
        if ((chunk > 0 || frameEnd)
            && !deliverPayload(data + pos, writable ? writable + pos : nullptr, chunk, frameEnd))
            return false;
        pos += chunk;
    }
    return true;
}

} // namespace Framewise
