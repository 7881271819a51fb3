// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deflateinflater.h"
#include "frameparser.h"
#include "utf8validator.h"

#include <QByteArray>
#include <QString>

namespace Framewise {

// Turns frames into messages: joins fragments, validates text as it arrives (failing mid-frame
// on the first bad byte), enforces the message size limit, collects control frame payloads and
// checks Close payloads. Knows nothing about sockets, so tests and fuzzers drive it directly.
class MessageAssembler : public FrameParser::Sink {
public:
    class Sink {
    public:
        virtual ~Sink() = default;
        // Every frame: data frames when their header arrives, control frames once complete.
        virtual bool frameReceived(const FrameInfo &frame) = 0;
        virtual bool messageReceived(bool text, const QByteArray &payload) = 0;
        // Ping, pong, or a Close whose payload passed validation (code 1005 when it had none).
        virtual bool controlReceived(quint8 opcode, const QByteArray &payload) = 0;
        virtual bool closeReceived(quint16 code, const QString &reason) = 0;
    };

    enum class Error {
        None,
        UnexpectedContinuation,
        ExpectedContinuation,
        InvalidUtf8,
        MessageTooLarge,
        CloseTooShort,
        InvalidCloseCode,
        InvalidCloseReason,
        MisplacedRsv1,
        CorruptCompressedData,
    };

    explicit MessageAssembler(Sink *sink)
        : m_sink(sink)
    {
    }

    void setMaxMessageSize(qint64 bytes) { m_maxMessageSize = bytes; }
    qint64 maxMessageSize() const { return m_maxMessageSize; }
    // permessage-deflate was negotiated: messages whose first frame has RSV1 are inflated with
    // this (not owned). Without it, the frame parser already rejects RSV1.
    void setInflater(DeflateInflater *inflater) { m_inflater = inflater; }

    bool frameHeader(const FrameInfo &header) override;
    // A slice that already is the message's tail (written there through payloadSpace()) is checked
    // and counted but not appended again.
    bool framePayload(const char *data, qsizetype size, bool frameEnd) override;

    // For a reader that reads a large uncompressed data frame's payload from its socket straight
    // into the message (one copy instead of two): room for size more bytes at the message's end,
    // or nullptr when the current frame cannot take it (compressed, control, after an error).
    // The reader then calls takePayloadSpace(read), read <= size, and passes those bytes to the
    // frame parser's feedPayloadInPlace().
    char *payloadSpace(qsizetype size);
    void takePayloadSpace(qsizetype read);

    Error error() const { return m_error; }
    QString errorString() const;
    quint16 errorCloseCode() const; // 1002, 1007 or 1009

    // Parses a Close payload (RFC 6455 section 5.5.1 and 7.4). Returns Error::None when valid.
    static Error parseClosePayload(const QByteArray &payload, quint16 *code, QString *reason);

private:
    bool fail(Error error);
    bool appendData(const char *data, qsizetype size);
    bool appendInflated(const char *data, qsizetype size);
    bool inflate(const char *data, qsizetype size, bool messageEnd);

    Sink *m_sink;
    DeflateInflater *m_inflater = nullptr;
    Utf8Validator m_utf8;
    FrameInfo m_frame; // header of the frame being read
    QByteArray m_message; // fragments of the current data message
    qsizetype m_spaceStart = 0; // where payloadSpace() put its room
    QByteArray m_control; // payload of the current control frame
    qint64 m_maxMessageSize = qint64(1) << 30;
    qint64 m_messageSize = 0;
    Error m_error = Error::None;
    quint8 m_messageOpcode = 0; // 0: no data message in progress
    bool m_compressed = false; // the message in progress is deflated
};

} // namespace Framewise
