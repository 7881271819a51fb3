// SPDX-License-Identifier: GPL-3.0-or-later
#include "textexporter.h"

#include "jsontext.h"

#include <QCoreApplication>

namespace Framewise {

namespace {
void appendLine(QByteArray &out, const QByteArray &label, const QString &value)
{
    if (value.isEmpty())
        return;
    out.append(label);
    out.append(": ");
    out.append(value.toUtf8().replace('\n', "\n    "));
    out.append('\n');
}

void appendIndented(QByteArray &out, const QString &text)
{
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        out.append("    ");
        out.append(line.toUtf8());
        out.append('\n');
    }
}
} // namespace

void TextExporter::appendHexDump(QByteArray &out, QByteArrayView bytes, const char *indent)
{
    static const char hex[] = "0123456789abcdef";
    for (qsizetype line = 0; line < bytes.size(); line += 16) {
        out.append(indent);
        char offset[9];
        for (int i = 0; i < 8; ++i)
            offset[i] = hex[(line >> (4 * (7 - i))) & 0xf];
        out.append(offset, 8);
        out.append("  ");
        const qsizetype end = std::min(line + 16, bytes.size());
        for (qsizetype i = line; i < line + 16; ++i) {
            if (i < end) {
                const auto c = static_cast<unsigned char>(bytes[i]);
                const char pair[3] = { hex[c >> 4], hex[c & 0xf], ' ' };
                out.append(pair, 3);
            } else {
                out.append("   ");
            }
            if (i == line + 7)
                out.append(' ');
        }
        out.append(" |");
        for (qsizetype i = line; i < end; ++i) {
            const auto c = static_cast<unsigned char>(bytes[i]);
            out.append(c >= 0x20 && c < 0x7f ? char(c) : '.');
        }
        out.append("|\n");
    }
}

void TextExporter::writeBegin(const SessionInfo &info, qint64 count)
{
    QByteArray &out = m_out;
    out.append(tr("Framewise session").toUtf8());
    out.append("\n\n");
    appendLine(out, tr("URL").toUtf8(), info.url);
    appendLine(out, tr("Profile").toUtf8(), info.profileName);
    appendLine(out, tr("Started").toUtf8(), JsonText::isoTime(info.startedUs, true));
    if (info.endedUs > 0)
        appendLine(out, tr("Ended").toUtf8(), JsonText::isoTime(info.endedUs, true));
    appendLine(out, tr("State").toUtf8(), SessionInfo::displayStateName(info.state));
    appendLine(out, tr("Subprotocol").toUtf8(), info.subprotocol);
    appendLine(out, tr("Extensions").toUtf8(), info.extensions);
    appendLine(out, tr("TLS").toUtf8(), info.tlsSummary);
    if (info.closeCode != 0)
        appendLine(out, tr("Close code").toUtf8(),
            info.closeReason.isEmpty() ? QString::number(info.closeCode)
                                       : QStringLiteral("%1 %2").arg(info.closeCode).arg(info.closeReason));
    appendLine(out, tr("Stop").toUtf8(), info.stopStatus);
    if (info.kind != SessionInfo::connectionKind())
        appendLine(out, tr("Kind").toUtf8(), SessionInfo::displayKindName(info.kind));
    appendLine(out, tr("Imported from").toUtf8(), info.source);
    if (!info.handshakeRequest.isEmpty()) {
        out.append('\n');
        out.append(tr("Handshake request:").toUtf8());
        out.append('\n');
        appendIndented(out, info.handshakeRequest);
    }
    if (!info.handshakeResponse.isEmpty()) {
        out.append('\n');
        out.append(tr("Handshake response:").toUtf8());
        out.append('\n');
        appendIndented(out, info.handshakeResponse);
        if (!info.responseBody.isEmpty()) { // after an empty line, as on the wire
            out.append("    \n");
            appendIndented(out, info.responseBody);
        }
    }
    out.append('\n');
    out.append(tr("Records (%1):").arg(count).toUtf8());
    out.append("\n");
}

void TextExporter::writeRecord(const LogEntry &entry)
{
    QByteArray &out = m_out;
    out.append('[');
    JsonText::appendIsoTime(out, entry.timeUs, true);
    out.append("] ");
    out.append(entry.direction == MessageRecord::Direction::In ? "< "
            : entry.direction == MessageRecord::Direction::Out ? "> "
                                                               : "* ");
    if (entry.marks != 0) { // what an intercepting proxy did to it: "> [held, edited] text 5 B: hi"
        out.append('[');
        out.append(LogEntry::markNames(entry.marks).join(QStringLiteral(", ")).toLatin1());
        out.append("] ");
    }
    if (entry.kind == MessageRecord::Kind::Event) {
        out.append(QByteArray(entry.payload).replace('\n', "\n    "));
        out.append('\n');
        return;
    }
    out.append(LogEntry::kindName(entry.kind).toLatin1());
    out.append(' ');
    JsonText::appendInteger(out, entry.payloadSize);
    out.append(" B");
    if (entry.compressed)
        out.append(tr(", compressed").toUtf8());
    if (entry.kind == MessageRecord::Kind::Close && entry.closeCode != 0) {
        out.append(", ");
        JsonText::appendInteger(out, entry.closeCode);
    }
    if (entry.payloadOmitted) {
        out.append(' ');
        out.append(SessionExporter::omittedNote(entry).toUtf8());
        out.append('\n');
        return;
    }
    if (entry.kind == MessageRecord::Kind::Text && QByteArrayView(entry.payload).isValidUtf8()) {
        out.append(": ");
        out.append(QByteArray(entry.payload).replace('\n', "\n    "));
        out.append('\n');
        return;
    }
    if (entry.kind == MessageRecord::Kind::Close) { // the code is above; the reason is text
        if (entry.payload.size() > 2) {
            out.append(": ");
            out.append(QByteArray(entry.payload.mid(2)).replace('\n', ' '));
        }
        out.append('\n');
        return;
    }
    out.append('\n');
    appendHexDump(out, entry.payload, "    ");
}

} // namespace Framewise
