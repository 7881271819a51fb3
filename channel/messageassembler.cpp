// SPDX-License-Identifier: GPL-3.0-or-later
#include "messageassembler.h"

#include "closecode.h"

#include <QCoreApplication>

#include <algorithm>

namespace Framewise {

bool MessageAssembler::fail(Error error)
{
    m_error = error;
    return false;
}

QString MessageAssembler::errorString() const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Framewise::MessageAssembler", text); };
    switch (m_error) {
    case Error::None:
        return {};
    case Error::UnexpectedContinuation:
        return tr("A continuation frame arrived while no fragmented message was in progress.");
    case Error::ExpectedContinuation:
        return tr("A new data frame arrived before the fragmented message in progress was finished.");
    case Error::InvalidUtf8:
        return tr("A text message is not valid UTF-8 (first bad byte at offset %1).").arg(m_utf8.failureOffset());
    case Error::MessageTooLarge:
        return tr("A message exceeds the message size limit of %1 bytes.").arg(m_maxMessageSize);
    case Error::CloseTooShort:
        return tr("A Close frame carried a 1-byte payload; a close code needs 2 bytes.");
    case Error::InvalidCloseCode:
        return tr("A Close frame carried a close code that may not be used.");
    case Error::InvalidCloseReason:
        return tr("A Close frame's reason is not valid UTF-8.");
    case Error::MisplacedRsv1:
        return tr("RSV1 (compressed) was set on a control or continuation frame.");
    case Error::CorruptCompressedData:
        return tr("A compressed message could not be inflated: the deflate data is corrupt.");
    }
    return {};
}

quint16 MessageAssembler::errorCloseCode() const
{
    switch (m_error) {
    case Error::InvalidUtf8:
    case Error::InvalidCloseReason:
        return CloseCode::InvalidPayload;
    case Error::MessageTooLarge:
        return CloseCode::TooLarge;
    default:
        return CloseCode::ProtocolError;
    }
}

MessageAssembler::Error MessageAssembler::parseClosePayload(const QByteArray &payload, quint16 *code, QString *reason)
{
    *code = CloseCode::NoStatus;
    reason->clear();
    if (payload.isEmpty())
        return Error::None;
    if (payload.size() == 1)
        return Error::CloseTooShort;
    const auto *p = reinterpret_cast<const unsigned char *>(payload.constData());
    const quint16 value = quint16((p[0] << 8) | p[1]);
    if (!CloseCode::isValidReceived(value))
        return Error::InvalidCloseCode;
    if (!Utf8Validator::isValid(payload.constData() + 2, payload.size() - 2))
        return Error::InvalidCloseReason;
    *code = value;
    *reason = QString::fromUtf8(payload.constData() + 2, payload.size() - 2);
    return Error::None;
}

bool MessageAssembler::frameHeader(const FrameInfo &header)
{
    if (m_error != Error::None)
        return false;
    m_frame = header;
    if (header.rsv1 && (Opcode::isControl(header.opcode) || header.opcode == Opcode::Continuation || !m_inflater))
        return fail(Error::MisplacedRsv1);
    if (Opcode::isControl(header.opcode)) {
        m_control.clear();
        return true; // reported once its payload is complete
    }
    if (header.opcode == Opcode::Continuation) {
        if (m_messageOpcode == 0)
            return fail(Error::UnexpectedContinuation);
    } else {
        if (m_messageOpcode != 0)
            return fail(Error::ExpectedContinuation);
        m_messageOpcode = header.opcode;
        m_messageSize = 0;
        m_compressed = header.rsv1;
        m_utf8.reset();
    }
    // Compressed messages are limited by their inflated size, while inflating (appendInflated).
    // Written as a subtraction so an announced 2^63-1 cannot wrap the sum.
    if (!m_compressed && header.payloadLength > m_maxMessageSize - m_messageSize)
        return fail(Error::MessageTooLarge);
    // Large frames arrive in many reads: reserve ahead, but never more than 1 MiB beyond the
    // bytes already here, so an announced length alone cannot make us allocate.
    constexpr qint64 ReserveAhead = qint64(1024) * 1024;
    if (!m_compressed && header.payloadLength > qint64(64) * 1024) {
        const qint64 want = m_message.size() + std::min(header.payloadLength, ReserveAhead);
        if (m_message.capacity() < want)
            m_message.reserve(qsizetype(std::max<qint64>(want, 2 * qint64(m_message.size()))));
    }
    return m_sink->frameReceived(header);
}

bool MessageAssembler::appendData(const char *data, qsizetype size)
{
    if (m_messageOpcode == Opcode::Text && !m_utf8.feed(data, size))
        return fail(Error::InvalidUtf8);
    m_messageSize += size;
    return true;
}

bool MessageAssembler::appendInflated(const char *data, qsizetype size)
{
    // The limit applies to the inflated size while inflating: a bomb stops at the limit.
    if (m_messageSize + size > m_maxMessageSize)
        return fail(Error::MessageTooLarge);
    if (!appendData(data, size))
        return false;
    m_message.append(data, size);
    return true;
}

bool MessageAssembler::inflate(const char *data, qsizetype size, bool messageEnd)
{
    const auto output = [this](const char *p, qsizetype n) { return appendInflated(p, n); };
    DeflateInflater::Result result = m_inflater->feed(data, size, output);
    if (result == DeflateInflater::Result::Ok && messageEnd)
        result = m_inflater->finishMessage(output);
    if (result != DeflateInflater::Result::Ok) {
        m_inflater->reset();
        return m_error != Error::None ? false : fail(Error::CorruptCompressedData);
    }
    if (!messageEnd)
        return true;
    if (m_messageOpcode == Opcode::Text && !m_utf8.isComplete())
        return fail(Error::InvalidUtf8);
    const bool text = m_messageOpcode == Opcode::Text;
    m_messageOpcode = 0;
    m_compressed = false;
    QByteArray message;
    message.swap(m_message);
    return m_sink->messageReceived(text, message);
}

char *MessageAssembler::payloadSpace(qsizetype size)
{
    if (m_error != Error::None || m_compressed || m_messageOpcode == 0 || Opcode::isControl(m_frame.opcode)
        || size <= 0)
        return nullptr;
    m_spaceStart = m_message.size();
    m_message.resize(m_spaceStart + size);
    return m_message.data() + m_spaceStart;
}

void MessageAssembler::takePayloadSpace(qsizetype read)
{
    m_message.resize(m_spaceStart + std::max<qsizetype>(read, 0));
}

bool MessageAssembler::framePayload(const char *data, qsizetype size, bool frameEnd)
{
    if (m_error != Error::None)
        return false;
    if (Opcode::isControl(m_frame.opcode)) {
        m_control.append(data, size);
        if (!frameEnd)
            return true;
        FrameInfo info = m_frame;
        info.controlPayload = m_control;
        if (!m_sink->frameReceived(info))
            return false;
        if (m_frame.opcode == Opcode::Close) {
            quint16 code = 0;
            QString reason;
            const Error error = parseClosePayload(m_control, &code, &reason);
            if (error != Error::None)
                return fail(error);
            return m_sink->closeReceived(code, reason);
        }
        return m_sink->controlReceived(m_frame.opcode, m_control);
    }

    const bool messageEnd = frameEnd && m_frame.fin;
    if (m_compressed)
        return inflate(data, size, messageEnd);
    if (!appendData(data, size))
        return false;
    // Read in place (payloadSpace): the bytes are the message's tail already.
    const bool inPlace = size > 0 && data == m_message.constData() + m_message.size() - size;
    if (inPlace)
        size = 0;
    if (messageEnd && m_messageOpcode == Opcode::Text && !m_utf8.isComplete()) {
        return fail(Error::InvalidUtf8);
    }
    if (messageEnd && m_message.isEmpty()) {
        // Fast path: a whole message in one slice, copied once into the QByteArray handed out.
        const bool text = m_messageOpcode == Opcode::Text;
        m_messageOpcode = 0;
        return m_sink->messageReceived(text, QByteArray(data, size));
    }
    if (size > 0) {
        // Grow with the bytes that arrived, never by the announced length.
        m_message.append(data, size);
    }
    if (!messageEnd)
        return true;
    const bool text = m_messageOpcode == Opcode::Text;
    m_messageOpcode = 0;
    QByteArray message;
    message.swap(m_message);
    return m_sink->messageReceived(text, message);
}

} // namespace Framewise
