// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Framewise {

// What the session store's writer has yet to write: records queued or in the transaction being
// written. SessionRecorder holds a live session back when it grows too big or too old.
struct StoreBacklog {
    qint64 bytes = 0; // the records' memory (RecordBatch::memoryBytes)
    qint64 ageMs = 0; // how long the oldest of them has waited; 0 when nothing waits
};

} // namespace Framewise
