// SPDX-License-Identifier: GPL-3.0-or-later
#include "symboliciconengine.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace Framewise {

SymbolicIconEngine::SymbolicIconEngine(const QString &fileName)
    : m_fileName(fileName)
{
    QFile file(fileName);
    if (file.open(QIODevice::ReadOnly))
        m_svg = file.readAll();
}

QColor SymbolicIconEngine::colorFor(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return palette.color(QPalette::Active, QPalette::WindowText);
}

void SymbolicIconEngine::render(QPainter *painter, const QRectF &rect, const QColor &color) const
{
    QByteArray svg = m_svg;
    svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(svg);
    renderer.setAspectRatioMode(Qt::KeepAspectRatio);
    painter->save();
    painter->setOpacity(painter->opacity() * color.alphaF());
    renderer.render(painter, rect);
    painter->restore();
}

void SymbolicIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    render(painter, rect, colorFor(mode));
}

QPixmap SymbolicIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State)
{
    const QColor color = colorFor(mode);
    const QString cacheKey = QStringLiteral("framewise-icon:%1:%2x%3:%4")
                                 .arg(m_fileName)
                                 .arg(size.width())
                                 .arg(size.height())
                                 .arg(color.name(QColor::HexArgb));
    QPixmap result;
    if (QPixmapCache::find(cacheKey, &result))
        return result;
    result = QPixmap(size);
    result.fill(Qt::transparent);
    if (!m_svg.isEmpty() && !size.isEmpty()) {
        QPainter painter(&result);
        painter.setRenderHint(QPainter::Antialiasing);
        render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), color);
    }
    QPixmapCache::insert(cacheKey, result);
    return result;
}

QList<QSize> SymbolicIconEngine::availableSizes(QIcon::Mode, QIcon::State)
{
    return { { 16, 16 }, { 22, 22 }, { 24, 24 }, { 32, 32 }, { 48, 48 }, { 64, 64 } };
}

QIconEngine *SymbolicIconEngine::clone() const
{
    return new SymbolicIconEngine(*this);
}

QString SymbolicIconEngine::key() const
{
    return QStringLiteral("FramewiseSymbolic");
}

QString SymbolicIconEngine::iconName()
{
    return QFileInfo(m_fileName).baseName();
}

bool SymbolicIconEngine::isNull()
{
    return m_svg.isEmpty();
}

} // namespace Framewise
