// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexporter.h"

#include "jsontext.h"

namespace Framewise {

void CsvExporter::appendField(QByteArray &out, QByteArrayView field)
{
    bool quote = false;
    for (const char c : field) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out.append(field.data(), field.size());
        return;
    }
    out.append('"');
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == '"') {
            out.append(field.data() + runStart, i + 1 - runStart);
            out.append('"');
            runStart = i + 1;
        }
    }
    out.append(field.data() + runStart, field.size() - runStart);
    out.append('"');
}

void CsvExporter::writeBegin(const SessionInfo &info, qint64 count)
{
    Q_UNUSED(info);
    Q_UNUSED(count);
    // marks last: the columns before it keep the places they had before it came.
    m_out.append("seq,time,time_us,direction,kind,opcode,size,wire_size,compressed,close_code,encoding,data,marks\r\n");
}

void CsvExporter::writeRecord(const LogEntry &entry)
{
    static const char *const directions[] = { ",in,", ",out,", ",local," };
    static const char *const kinds[] = { "text,", "binary,", "ping,", "pong,", "close,", "event," };
    QByteArray &out = m_out;
    JsonText::appendInteger(out, entry.seq);
    out.append(',');
    JsonText::appendIsoTime(out, entry.timeUs, true);
    out.append(',');
    JsonText::appendInteger(out, entry.timeUs);
    out.append(directions[int(entry.direction)]);
    out.append(kinds[int(entry.kind)]);
    JsonText::appendInteger(out, LogEntry::opcodeOf(entry.kind));
    out.append(',');
    JsonText::appendInteger(out, entry.payloadSize);
    out.append(',');
    JsonText::appendInteger(out, entry.wireSize);
    out.append(entry.compressed ? ",true," : ",false,");
    if (entry.kind == MessageRecord::Kind::Close)
        JsonText::appendInteger(out, entry.closeCode);
    const bool asText = (entry.kind == MessageRecord::Kind::Text || entry.kind == MessageRecord::Kind::Event)
        && QByteArrayView(entry.payload).isValidUtf8();
    if (entry.payloadOmitted) { // no bytes: "omitted" and the note exports give instead
        out.append(",omitted,");
        appendField(out, SessionExporter::omittedNote(entry).toUtf8());
    } else if (asText) {
        out.append(",text,");
        appendField(out, entry.payload);
    } else {
        out.append(",base64,");
        JsonText::appendBase64(out, entry.payload);
    }
    out.append(',');
    if (entry.marks != 0) // "held edited": names without commas, so the field needs no quotes
        out.append(LogEntry::markNames(entry.marks).join(u' ').toLatin1());
    out.append("\r\n");
}

} // namespace Framewise
