// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonlinesexporter.h"

#include "jsontext.h"

#include <cstring>

namespace Framewise {

void JsonLinesExporter::writeBegin(const SessionInfo &info, qint64 count)
{
    QByteArray &out = m_out;
    out.append("{\"record\":\"session\",\"format\":\"framewise-jsonl\",\"version\":1,\"url\":");
    JsonText::appendString(out, info.url);
    out.append(",\"profile\":");
    JsonText::appendString(out, info.profileName);
    out.append(",\"state\":");
    JsonText::appendString(out, SessionInfo::stateName(info.state));
    out.append(",\"started\":");
    JsonText::appendString(out, JsonText::isoTime(info.startedUs, true));
    out.append(",\"started_us\":");
    JsonText::appendInteger(out, info.startedUs);
    out.append(",\"ended_us\":");
    JsonText::appendInteger(out, info.endedUs);
    out.append(",\"handshake_request\":");
    JsonText::appendString(out, info.handshakeRequest);
    out.append(",\"handshake_response\":");
    JsonText::appendString(out, info.handshakeResponse);
    out.append(",\"request_headers_size\":");
    JsonText::appendInteger(out, info.requestHeadersSize);
    out.append(",\"response_headers_size\":");
    JsonText::appendInteger(out, info.responseHeadersSize);
    out.append(",\"handshake_ms\":");
    JsonText::appendMilliseconds(out, info.handshakeMs);
    out.append(",\"subprotocol\":");
    JsonText::appendString(out, info.subprotocol);
    out.append(",\"extensions\":");
    JsonText::appendString(out, info.extensions);
    out.append(",\"tls\":");
    JsonText::appendString(out, info.tlsSummary);
    out.append(",\"close_code\":");
    JsonText::appendInteger(out, info.closeCode);
    out.append(",\"close_reason\":");
    JsonText::appendString(out, info.closeReason);
    out.append(",\"stop_status\":");
    JsonText::appendString(out, info.stopStatus);
    out.append(",\"response_body\":");
    JsonText::appendString(out, info.responseBody);
    if (info.kind != SessionInfo::connectionKind() && !info.kind.isEmpty()) { // a plain connection says nothing
        out.append(",\"kind\":");
        JsonText::appendString(out, info.kind);
    }
    if (!info.harExtra.isEmpty()) {
        out.append(",\"har_extra\":");
        JsonText::appendString(out, info.harExtra);
    }
    out.append(",\"records\":");
    JsonText::appendInteger(out, count);
    out.append("}\n");
}

void JsonLinesExporter::writeRecord(const LogEntry &entry)
{
    const bool asText = (entry.kind == MessageRecord::Kind::Text || entry.kind == MessageRecord::Kind::Event)
        && QByteArrayView(entry.payload).isValidUtf8();
    const qsizetype dataBound
        = asText ? JsonText::escapedBound(entry.payload) : JsonText::base64Bound(entry.payload.size()) + 2;
    const QByteArray marks = entry.marks != 0 ? marksJson(entry.marks) : QByteArray(); // only when there are any
    char *p = JsonText::begin(m_out, 320 + 16 + marks.size() + dataBound);
    p = JsonText::writeLiteral(p, "{\"record\":\"message\",\"seq\":");
    p = JsonText::writeInteger(p, entry.seq);
    p = JsonText::writeLiteral(p, ",\"time\":\"");
    p = JsonText::writeIsoTime(p, entry.timeUs, true);
    p = JsonText::writeLiteral(p, "\",\"time_us\":");
    p = JsonText::writeInteger(p, entry.timeUs);
    switch (entry.direction) {
    case MessageRecord::Direction::In:
        p = JsonText::writeLiteral(p, ",\"direction\":\"in\",\"kind\":\"");
        break;
    case MessageRecord::Direction::Out:
        p = JsonText::writeLiteral(p, ",\"direction\":\"out\",\"kind\":\"");
        break;
    case MessageRecord::Direction::Local:
        p = JsonText::writeLiteral(p, ",\"direction\":\"local\",\"kind\":\"");
        break;
    }
    switch (entry.kind) {
    case MessageRecord::Kind::Text:
        p = JsonText::writeLiteral(p, "text");
        break;
    case MessageRecord::Kind::Binary:
        p = JsonText::writeLiteral(p, "binary");
        break;
    case MessageRecord::Kind::Ping:
        p = JsonText::writeLiteral(p, "ping");
        break;
    case MessageRecord::Kind::Pong:
        p = JsonText::writeLiteral(p, "pong");
        break;
    case MessageRecord::Kind::Close:
        p = JsonText::writeLiteral(p, "close");
        break;
    case MessageRecord::Kind::Event:
        p = JsonText::writeLiteral(p, "event");
        break;
    }
    p = JsonText::writeLiteral(p, "\",\"opcode\":");
    p = JsonText::writeInteger(p, LogEntry::opcodeOf(entry.kind));
    p = JsonText::writeLiteral(p, ",\"size\":");
    p = JsonText::writeInteger(p, entry.payloadSize);
    p = JsonText::writeLiteral(p, ",\"wire_size\":");
    p = JsonText::writeInteger(p, entry.wireSize);
    p = entry.compressed ? JsonText::writeLiteral(p, ",\"compressed\":true")
                         : JsonText::writeLiteral(p, ",\"compressed\":false");
    if (entry.kind == MessageRecord::Kind::Close) {
        p = JsonText::writeLiteral(p, ",\"close_code\":");
        p = JsonText::writeInteger(p, entry.closeCode);
    }
    if (!marks.isEmpty()) {
        p = JsonText::writeLiteral(p, ",\"marks\":");
        std::memcpy(p, marks.constData(), std::size_t(marks.size()));
        p += marks.size();
    }
    if (entry.payloadOmitted) {
        // The bytes are not there; the file's name and the note exports give instead are. An
        // empty "base64" too, for readers that want one of "text" and "base64".
        JsonText::end(m_out, p);
        m_out.append(",\"omitted\":true,\"file\":");
        JsonText::appendString(m_out, QByteArrayView(entry.payload));
        m_out.append(",\"note\":");
        JsonText::appendString(m_out, SessionExporter::omittedNote(entry));
        m_out.append(",\"base64\":\"\"}\n");
        return;
    }
    if (asText) {
        p = JsonText::writeLiteral(p, ",\"text\":");
        p = JsonText::writeString(p, entry.payload);
    } else {
        p = JsonText::writeLiteral(p, ",\"base64\":\"");
        p = JsonText::writeBase64(p, entry.payload);
        *p++ = '"';
    }
    p = JsonText::writeLiteral(p, "}\n");
    JsonText::end(m_out, p);
}

} // namespace Framewise
