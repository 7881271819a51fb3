// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessionexporter.h"

#include <vector>

namespace Framewise {

// HAR 1.2 in the shape Chrome DevTools writes for a WebSocket: one entry whose request and
// response are the opening handshake, "_resourceType": "websocket" and "_webSocketMessages"
// [{type "send"/"receive", time in seconds since the Unix epoch, opcode, data: the text for
// opcode 1, base64 otherwise}]. Every number Chrome's importer reads is present (-1 where
// unknown). Framewise's own details (state, stop status, TLS, local events) go in "_framewise",
// which other tools ignore. Written as text, message by message.
//
// The body of a rejected upgrade is response.content.text (size, mimeType from Content-Type).
// A message whose bytes were not kept (a streamed file) is a text frame (opcode 1) whose data
// says so in words, e.g. "(big.bin, 3.0 MiB, streamed from a file; not kept)", so that Chrome
// lists the note, with "_opcode" (its own), "_omitted": true, "_size" and "_file" (the name).
// A message an intercepting proxy acted on has "_marks": ["held", "edited", ...] (none: absent),
// a marked event "marks" in "_framewise", and an intercepted session "_framewise": {"kind"}.
// An imported session's SessionInfo::harExtra is merged back: the entry's time and other members,
// timings, cookies, its page, and its "error" rows as "error" messages.
class HarExporter : public SessionExporter {
public:
    QString format() const override { return QStringLiteral("har"); }
    QString fileSuffix() const override { return QStringLiteral("har"); }

protected:
    void writeBegin(const SessionInfo &info, qint64 count) override;
    void writeRecord(const LogEntry &entry) override;
    void writeEnd() override;

private:
    struct Event {
        qint64 before; // the index of the exported message it came before
        qint64 timeUs;
        QByteArray text;
        quint8 marks;
    };
    SessionInfo m_info;
    std::vector<Event> m_events;
    std::vector<qint64> m_errorSeqs; // sorted: events that were Chrome "error" messages
    qint64 m_messages = 0;
};

} // namespace Framewise
