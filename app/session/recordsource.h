// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logentry.h"
#include "sessioninfo.h"

namespace Framewise {

// What exporters read: a session's description and its records by index, from a live
// SessionLog (SessionLogSource) or from the session store (StoredSession). Exporters do not
// know which.
class RecordSource {
public:
    RecordSource() = default;
    virtual ~RecordSource() = default;
    RecordSource(const RecordSource &) = delete;
    RecordSource &operator=(const RecordSource &) = delete;

    virtual SessionInfo info() const = 0;
    virtual qsizetype count() const = 0;
    // Fills entry with record index (0 <= index < count()). False when it cannot be read (the
    // database went away); errorString() then says why.
    virtual bool read(qsizetype index, LogEntry *entry) = 0;
    virtual QString errorString() const { return {}; }
};

} // namespace Framewise
