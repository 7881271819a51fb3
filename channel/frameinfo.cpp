// SPDX-License-Identifier: GPL-3.0-or-later
#include "frameinfo.h"

namespace Framewise::Opcode {

const char *name(quint8 opcode)
{
    switch (opcode) {
    case Continuation:
        return "continuation";
    case Text:
        return "text";
    case Binary:
        return "binary";
    case Close:
        return "close";
    case Ping:
        return "ping";
    case Pong:
        return "pong";
    default:
        return "reserved";
    }
}

} // namespace Framewise::Opcode
