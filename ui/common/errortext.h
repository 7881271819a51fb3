// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QWidget;

namespace Framewise {

// How the window writes an error or warning in words: one red, readable on light and dark
// palettes, so every pane's messages look alike.
class ErrorText {
public:
    static QColor color() { return QColor(0xc0, 0x1c, 0x28); }
    // Sets the widget's text colour to the error red (or back to its parent's when !error).
    static void mark(QWidget *widget, bool error = true);
};

} // namespace Framewise
