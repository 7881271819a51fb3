// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordbatch.h"
#include "sessioninfo.h"

namespace Framewise {

// One session read from a file by an importer, ready for SessionStore::importSessions().
struct ImportedSession {
    SessionInfo info;
    RecordBatch records;
};

} // namespace Framewise
