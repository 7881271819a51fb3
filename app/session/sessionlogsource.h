// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordsource.h"

namespace Framewise {

class SessionLog;

// A live SessionLog as a RecordSource: no copies, payloads are read where the log keeps them.
// The log must outlive this object and not be cleared while an export reads it.
class SessionLogSource : public RecordSource {
public:
    SessionLogSource(const SessionLog &log, SessionInfo info);

    SessionInfo info() const override { return m_info; }
    qsizetype count() const override;
    bool read(qsizetype index, LogEntry *entry) override;

    // Fills entry from log record index (shared by the recorder, which reads the same way).
    static void fill(const SessionLog &log, qsizetype index, LogEntry *entry);

private:
    const SessionLog &m_log;
    SessionInfo m_info;
};

} // namespace Framewise
