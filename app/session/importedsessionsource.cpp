// SPDX-License-Identifier: GPL-3.0-or-later
#include "importedsessionsource.h"

namespace Framewise {

ImportedSessionSource::ImportedSessionSource(const ImportedSession &session)
    : m_session(session)
{
}

bool ImportedSessionSource::read(qsizetype index, LogEntry *entry)
{
    if (index < 0 || index >= m_session.records.size())
        return false;
    *entry = m_session.records.at(index);
    return true;
}

} // namespace Framewise
