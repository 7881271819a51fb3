// SPDX-License-Identifier: GPL-3.0-or-later
#include "focuschain.h"

#include <QWidget>

namespace Framewise {

bool FocusChain::isStop(const QWidget *widget)
{
    // A widget with a focus proxy hands Tab to it (QTabWidget to its tab bar): place the proxy.
    return (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy();
}

QList<QWidget *> FocusChain::stopsIn(QWidget *container)
{
    QList<QWidget *> stops;
    if (isStop(container))
        stops.append(container);
    for (QWidget *widget = container->nextInFocusChain(); widget && widget != container;
         widget = widget->nextInFocusChain()) {
        if (container->isAncestorOf(widget) && isStop(widget))
            stops.append(widget);
    }
    return stops;
}

void FocusChain::apply(const QList<QWidget *> &parts)
{
    QList<QWidget *> order;
    for (QWidget *part : parts) {
        for (QWidget *stop : stopsIn(part)) {
            if (!order.contains(stop))
                order.append(stop);
        }
    }
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

} // namespace Framewise
