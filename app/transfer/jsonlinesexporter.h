// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessionexporter.h"

namespace Framewise {

// JSON Lines: a first line {"record":"session", ...} with what is known about the connection
// ("kind": "intercept" for an intercepted one; a plain connection has no "kind"), then one object
// per record: {"record":"message","seq","time","time_us","direction","kind", "opcode","size",
// "wire_size","compressed", "close_code" (close frames), "marks" (what an intercepting proxy did:
// ["held","edited"]; absent for none), "omitted" (payload not kept), and "text" (valid UTF-8 text
// and events) or "base64" (everything else)}. JsonLinesImporter reads it back.
class JsonLinesExporter : public SessionExporter {
public:
    QString format() const override { return QStringLiteral("jsonl"); }
    QString fileSuffix() const override { return QStringLiteral("jsonl"); }

protected:
    void writeBegin(const SessionInfo &info, qint64 count) override;
    void writeRecord(const LogEntry &entry) override;
    void writeEnd() override { }
};

} // namespace Framewise
