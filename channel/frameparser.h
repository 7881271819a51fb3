// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frameinfo.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <limits>

namespace Framewise {

// Incremental frame parser for either role. As a client (the default) it reads server frames,
// which must not be masked; as a server (setExpectMasked) it reads client frames, which must be,
// and unmasks their payload before handing it on. Bytes may arrive in any split; the payload is
// handed on in the slices it arrives in (no allocation by an announced length; unmasking happens
// in place when the caller's buffer is writable, else in a scratch buffer of one slice).
class FrameParser {
public:
    // Header: a frame's header is complete. Payload: a slice of its payload (possibly empty for a
    // zero-length frame); frameEnd marks the last slice. Returning false stops feed() at once
    // (the receiver failed the connection or stopped).
    class Sink {
    public:
        virtual ~Sink() = default;
        virtual bool frameHeader(const FrameInfo &header) = 0;
        virtual bool framePayload(const char *data, qsizetype size, bool frameEnd) = 0;
    };

    enum class Error {
        None,
        ReservedBits,
        ReservedOpcode,
        FragmentedControl,
        ControlTooLong,
        MaskedFrame,
        UnmaskedFrame,
        NonMinimalLength,
        LengthTooLarge,
        FrameTooLarge
    };

    explicit FrameParser(Sink *sink)
        : m_sink(sink)
    {
    }

    void setMaxFrameSize(qint64 bytes) { m_maxFrameSize = bytes; }
    // RSV1 is legal only when permessage-deflate was negotiated.
    void setRsv1Allowed(bool allowed) { m_rsv1Allowed = allowed; }
    // Server role: every frame must be masked (RFC 6455 section 5.1), else UnmaskedFrame.
    void setExpectMasked(bool expect) { m_expectMasked = expect; }
    bool expectsMasked() const { return m_expectMasked; }
    // Wall-clock time stamped on headers parsed by the next feed() call.
    void setTimestamp(qint64 timeUs) { m_timeUs = timeUs; }

    // Parses bytes. Returns false on a protocol error (see error()) or when the sink said stop.
    // The writable overload unmasks masked payload in place.
    bool feed(const char *data, qsizetype size);
    bool feed(char *data, qsizetype size);

    Error error() const { return m_error; }
    QString errorString() const;
    // The close code a protocol error calls for: 1002, or 1009 for FrameTooLarge.
    quint16 errorCloseCode() const;
    // True between frames (no partial header or payload pending).
    bool atFrameBoundary() const { return m_headerFill == 0 && m_remaining == 0 && !m_inPayload; }
    // Bytes of the current frame's payload still to come (0 between frames or in a header).
    qint64 payloadRemaining() const { return m_inPayload ? m_remaining : 0; }
    // size bytes of the current frame's payload (at most payloadRemaining()) that the caller read
    // itself into data, writable: unmasked in place and passed to the sink as feed() would.
    bool feedPayloadInPlace(char *data, qsizetype size);

private:
    bool parseHeader(const unsigned char *h, qsizetype available, qsizetype *used);
    bool fail(Error error);
    bool parse(const char *data, char *writable, qsizetype size);
    bool deliverPayload(const char *data, char *writable, qsizetype size, bool frameEnd);

    Sink *m_sink;
    FrameInfo m_frame;
    qint64 m_maxFrameSize = std::numeric_limits<qint64>::max();
    qint64 m_remaining = 0;
    qint64 m_timeUs = 0;
    Error m_error = Error::None;
    unsigned char m_header[14] {};
    int m_headerFill = 0;
    bool m_inPayload = false;
    bool m_rsv1Allowed = false;
    bool m_expectMasked = false;
    QByteArray m_unmasked; // scratch for unmasking a slice of read-only input
};

} // namespace Framewise
