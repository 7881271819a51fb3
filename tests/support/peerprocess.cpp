// SPDX-License-Identifier: GPL-3.0-or-later
#include "peerprocess.h"

namespace Framewise {

PeerProcess::PeerProcess(Kind kind, const QStringList &arguments)
    : ScriptProcess(kind, scriptPath(kind), arguments, kindName(kind) + QStringLiteral(" peer"))
{
    waitForPort();
}

QString PeerProcess::kindName(Kind kind)
{
    return kind == Kind::Python ? QStringLiteral("Python websockets") : QStringLiteral("Node ws");
}

QString PeerProcess::scriptPath(Kind kind)
{
    return testsFile(
        kind == Kind::Python ? QStringLiteral("peers/python_peer.py") : QStringLiteral("peers/node_peer.js"));
}

} // namespace Framewise
