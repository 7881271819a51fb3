// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace Framewise::TerminalText {

// What the CLIs print for people may come from a server or an app (messages, headers, bodies,
// close reasons): none of it may reach the terminal as a control sequence (clear the screen, set
// the title...).

// text on one line: line breaks, tabs and other control characters escaped (\n, \r, \t, \u001b),
// cut after maxChars characters (never inside a surrogate pair) with "…".
QString printable(QStringView text, qsizetype maxChars);
// text as it is, line breaks and tabs included, with every other control character (C0, DEL, C1)
// escaped as \u001b.
QString safe(QStringView text);
// The first 32 bytes in hex, "…" when there are more.
QString hexPreview(const QByteArray &payload);

} // namespace Framewise::TerminalText
