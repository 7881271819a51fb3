// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scriptprocess.h"

namespace Framewise {

// tests/faults/fault_server.py (a raw-socket Python server: half messages before dying, deflate
// bombs, 100,000 fragments, ping floods, a sequence-numbered stream) in its own process; shared by
// the fault suites, tst_store_cli and the soak run. ScriptProcess reads the PORT line and stops it.
class FaultServer : public ScriptProcess {
public:
    explicit FaultServer(const QStringList &arguments);
    static QString scriptPath();
    // SIGKILL, as the OOM killer or `kill -9` would: no Close, no FIN from the program itself.
    void kill();
    // The number after `prefix ` in the first stdout line that starts with it, -1 when none.
    qint64 value(const QString &prefix, int field = 1);
};

} // namespace Framewise
