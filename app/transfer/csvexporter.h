// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessionexporter.h"

namespace Framewise {

// CSV (RFC 4180: CRLF line ends, fields with a comma, quote, CR or LF in double quotes, quotes
// doubled), one row per record after a header row: seq, time (ISO 8601 UTC with microseconds),
// time_us, direction, kind, opcode, size, wire_size, compressed, close_code, encoding ("text",
// "base64", or "omitted" when the bytes were not kept: data is then SessionExporter::omittedNote),
// data, marks (what an intercepting proxy did, LogEntry::markNames() separated by spaces:
// "held edited"; empty for none).
class CsvExporter : public SessionExporter {
public:
    QString format() const override { return QStringLiteral("csv"); }
    QString fileSuffix() const override { return QStringLiteral("csv"); }

    static void appendField(QByteArray &out, QByteArrayView field);

protected:
    void writeBegin(const SessionInfo &info, qint64 count) override;
    void writeRecord(const LogEntry &entry) override;
    void writeEnd() override { }
};

} // namespace Framewise
