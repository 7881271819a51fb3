// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Framewise {

// Where two payloads part, for a QVERIFY2 message on a large message that arrived wrong: both
// sizes, the first differing offset and its two byte values (or only the sizes when one is a
// prefix of the other). Printing the payloads themselves would bury the log.
QString firstDifference(const QByteArray &got, const QByteArray &expected);

} // namespace Framewise
