// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Framewise {

// size pseudo-random bytes, the same for the same seed on every run and machine: incompressible
// payloads whose failures can be replayed.
QByteArray randomBytes(qsizetype size, quint32 seed);

} // namespace Framewise
