// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessionexporter.h"

namespace Framewise {

// Plain text for bug reports: the connection's details and handshake, then one line per record
// ("[time] > text 5 B: hello"), binary payloads as a hex dump with an ASCII column.
class TextExporter : public SessionExporter {
    Q_DECLARE_TR_FUNCTIONS(TextExporter)
public:
    QString format() const override { return QStringLiteral("text"); }
    QString fileSuffix() const override { return QStringLiteral("txt"); }

    static void appendHexDump(QByteArray &out, QByteArrayView bytes, const char *indent);

protected:
    void writeBegin(const SessionInfo &info, qint64 count) override;
    void writeRecord(const LogEntry &entry) override;
    void writeEnd() override { }
};

} // namespace Framewise
