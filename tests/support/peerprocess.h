// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scriptprocess.h"

namespace Framewise {

// A real WebSocket server for a test (tests/peers/python_peer.py with Debian's Python
// `websockets`, or tests/peers/node_peer.js with Debian's Node `ws`), started and past its
// `PORT n` line when the constructor returns (isRunning() says whether it got there). The peers
// print `CLOSED code reason` for every connection that ends; output() collects those lines.
class PeerProcess : public ScriptProcess {
public:
    using Kind = Runtime;

    explicit PeerProcess(Kind kind, const QStringList &arguments = {});

    static QString kindName(Kind kind);
    static QString scriptPath(Kind kind);
};

} // namespace Framewise
