// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importedsession.h"
#include "recordsource.h"

namespace Framewise {

// A session read from a file (before or instead of going into the store) as a RecordSource, so
// the window can show an import even when the session database is unavailable.
class ImportedSessionSource : public RecordSource {
public:
    explicit ImportedSessionSource(const ImportedSession &session);

    SessionInfo info() const override { return m_session.info; }
    qsizetype count() const override { return m_session.records.size(); }
    bool read(qsizetype index, LogEntry *entry) override;

private:
    const ImportedSession &m_session;
};

} // namespace Framewise
