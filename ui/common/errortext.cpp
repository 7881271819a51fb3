// SPDX-License-Identifier: GPL-3.0-or-later
#include "errortext.h"

#include <QPalette>
#include <QWidget>

namespace Framewise {

void ErrorText::mark(QWidget *widget, bool error)
{
    if (!error) {
        widget->setPalette(QPalette()); // nothing set: the widget inherits its parent's colours again
        return;
    }
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, color());
    widget->setPalette(palette);
}

} // namespace Framewise
