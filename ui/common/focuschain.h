// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QWidget;

namespace Framewise {

// Puts a screen's Tab order in reading order. Qt's default is the order widgets were created,
// which for a composed window jumps from the composer to the profile box. Each part given is a
// widget Tab stops at, or a container whose own stops (in their present order) are taken in its
// place; a stop already placed is not placed again.
class FocusChain {
public:
    static void apply(const QList<QWidget *> &parts);
    // The widgets Tab stops at inside container (itself included when it is one), in chain order.
    static QList<QWidget *> stopsIn(QWidget *container);
    static bool isStop(const QWidget *widget);
};

} // namespace Framewise
