// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIconEngine>
#include <QString>

class QColor;

namespace Framewise {

// Draws a monochrome ("symbolic") SVG icon in the colour of the current palette's text, so that
// one set of icons fits light and dark themes; disabled and selected icons take the palette's
// disabled and highlighted-text colours. The SVG paints with currentColor.
class SymbolicIconEngine : public QIconEngine {
public:
    explicit SymbolicIconEngine(const QString &fileName);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    QString iconName() override;
    bool isNull() override;

    static QColor colorFor(QIcon::Mode mode);

private:
    void render(QPainter *painter, const QRectF &rect, const QColor &color) const;

    QString m_fileName;
    QByteArray m_svg;
};

} // namespace Framewise
