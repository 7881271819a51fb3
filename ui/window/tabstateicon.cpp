// SPDX-License-Identifier: GPL-3.0-or-later
#include "tabstateicon.h"

#include "icons.h"
#include "session.h"
#include "sessiontab.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace Framewise {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Framewise::TabStateIcon", text);
}

QIcon dot(const QColor &color, bool filled)
{
    QIcon icon;
    for (const int size : { 16, 32 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal pen = size / 8.0;
        painter.setPen(QPen(color, pen));
        painter.setBrush(filled ? QBrush(color) : QBrush(Qt::NoBrush));
        const qreal margin = size * 0.25;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        icon.addPixmap(pixmap);
    }
    return icon;
}
} // namespace

TabStateIcon::Kind TabStateIcon::kindOf(const SessionTab &tab)
{
    if (tab.isPastSession())
        return Kind::Past;
    const Session *session = tab.session();
    switch (session->state()) {
    case WebSocketChannel::State::Idle:
        return Kind::None;
    case WebSocketChannel::State::Connecting:
    case WebSocketChannel::State::Closing:
        return Kind::Connecting;
    case WebSocketChannel::State::Open:
        return Kind::Open;
    case WebSocketChannel::State::Closed:
        break;
    }
    return session->hasStopped() && !session->lastStopStatus().isClean() ? Kind::Failed : Kind::Closed;
}

QIcon TabStateIcon::icon(Kind kind)
{
    // Colours that read on light and dark themes alike.
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Connecting:
        return dot(QColor(0xd9, 0x8e, 0x04), false);
    case Kind::Open:
        return dot(QColor(0x2e, 0xa0, 0x43), true);
    case Kind::Closed:
        return dot(QColor(0x8c, 0x8c, 0x8c), true);
    case Kind::Failed:
        return dot(QColor(0xd0, 0x3b, 0x3b), true);
    case Kind::Past:
        return Icons::action(QStringLiteral("history"));
    }
    return {};
}

QString TabStateIcon::describe(const SessionTab &tab)
{
    const QString address = tab.url().toString(QUrl::RemovePassword);
    QString state;
    switch (kindOf(tab)) {
    case Kind::None:
        state = tr("Not connected");
        break;
    case Kind::Connecting:
        state = tab.session()->state() == WebSocketChannel::State::Closing ? tr("Closing") : tr("Connecting");
        break;
    case Kind::Open:
        state = tr("Open");
        break;
    case Kind::Closed:
    case Kind::Failed:
        state = tab.session()->hasStopped() ? tab.session()->lastStopStatus().message() : tr("Closed");
        break;
    case Kind::Past:
        state = tr("Recorded session (read-only)");
        break;
    }
    return address.isEmpty() ? state : address + u'\n' + state;
}

} // namespace Framewise
