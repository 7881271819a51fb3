// SPDX-License-Identifier: GPL-3.0-or-later
#include "hexview.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QInputDialog>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <climits>

namespace Framewise {

namespace {
constexpr int HexColumnChars = HexView::BytesPerLine * 3 + 1; // "xx " per byte plus the middle gap

char hexDigit(int value)
{
    return "0123456789abcdef"[value & 0xF];
}

QChar printable(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (u >= 0x20 && u < 0x7F) ? QChar(char16_t(u)) : QChar(u'.');
}
} // namespace

HexView::HexView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Hex view"));
    viewport()->setCursor(Qt::IBeamCursor);
    verticalScrollBar()->setSingleStep(1);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        // Scroll bar positions map linearly onto lines, also past INT_MAX lines.
        const qint64 maxFirst = std::max<qint64>(0, lineCount() - visibleLineCount());
        const int maxValue = verticalScrollBar()->maximum();
        m_firstLine = maxValue <= 0 ? 0
            : maxFirst <= INT_MAX   ? value
                                    : qint64(double(value) / double(maxValue) * double(maxFirst));
        viewport()->update();
    });
    updateMetrics();
}

void HexView::setData(const QByteArray &data)
{
    m_data = data;
    m_firstLine = 0;
    m_cursor = 0;
    m_anchor = 0;
    m_hasSelection = false;
    updateMetrics();
    verticalScrollBar()->setValue(0);
    viewport()->update();
    Q_EMIT selectionChanged(0, 0);
}

qint64 HexView::lineCount() const
{
    return (qint64(m_data.size()) + BytesPerLine - 1) / BytesPerLine;
}

int HexView::visibleLineCount() const
{
    return std::max(1, viewport()->height() / std::max(1, m_lineHeight));
}

qint64 HexView::firstVisibleLine() const
{
    return m_firstLine;
}

int HexView::offsetDigits() const
{
    int digits = 8;
    while (digits < 16 && (qint64(1) << (4 * digits)) < qint64(m_data.size()))
        ++digits;
    return digits;
}

int HexView::hexX(int column) const
{
    const int chars = offsetDigits() + 2 + column * 3 + (column >= BytesPerLine / 2 ? 1 : 0);
    return m_margin + chars * m_charWidth;
}

int HexView::asciiX(int column) const
{
    return m_margin + (offsetDigits() + 2 + HexColumnChars + 1 + column) * m_charWidth;
}

void HexView::updateMetrics()
{
    const QFontMetrics metrics(font());
    m_charWidth = std::max(1, metrics.horizontalAdvance(u'0'));
    m_lineHeight = metrics.height() + 2;
    const int width = asciiX(BytesPerLine) + m_margin;
    horizontalScrollBar()->setRange(0, std::max(0, width - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    updateScrollBar();
}

void HexView::updateScrollBar()
{
    const qint64 maxFirst = std::max<qint64>(0, lineCount() - visibleLineCount());
    QScrollBar *bar = verticalScrollBar();
    const QSignalBlocker blocker(bar);
    bar->setRange(0, int(std::min<qint64>(maxFirst, INT_MAX)));
    bar->setPageStep(visibleLineCount());
    m_firstLine = std::min(m_firstLine, maxFirst);
    bar->setValue(
        maxFirst <= INT_MAX ? int(m_firstLine) : int(double(m_firstLine) / double(maxFirst) * double(INT_MAX)));
}

void HexView::setFirstLine(qint64 line)
{
    const qint64 maxFirst = std::max<qint64>(0, lineCount() - visibleLineCount());
    m_firstLine = std::clamp<qint64>(line, 0, maxFirst);
    updateScrollBar();
    viewport()->update();
}

QString HexView::lineText(qint64 line) const
{
    const qint64 start = line * BytesPerLine;
    if (line < 0 || start >= m_data.size())
        return {};
    const int count = int(std::min<qint64>(BytesPerLine, m_data.size() - start));
    QString text = QStringLiteral("%1").arg(start, offsetDigits(), 16, QLatin1Char('0'));
    text += QStringLiteral("  ");
    for (int i = 0; i < BytesPerLine; ++i) {
        if (i == BytesPerLine / 2)
            text += u' ';
        if (i < count) {
            const auto byte = static_cast<unsigned char>(m_data.at(start + i));
            text += QLatin1Char(hexDigit(byte >> 4));
            text += QLatin1Char(hexDigit(byte));
            text += u' ';
        } else {
            text += QStringLiteral("   ");
        }
    }
    text += u' ';
    for (int i = 0; i < count; ++i)
        text += printable(m_data.at(start + i));
    return text;
}

qint64 HexView::selectionStart() const
{
    return m_hasSelection ? std::min(m_anchor, m_cursor) : m_cursor;
}

qint64 HexView::selectionLength() const
{
    if (!m_hasSelection || m_data.isEmpty())
        return 0;
    return std::abs(m_cursor - m_anchor) + 1;
}

QByteArrayView HexView::selectedBytes() const
{
    const qint64 length = selectionLength();
    if (length <= 0)
        return {};
    return QByteArrayView(m_data).sliced(selectionStart(), length);
}

void HexView::setSelection(qint64 start, qint64 length)
{
    if (m_data.isEmpty())
        return;
    start = std::clamp<qint64>(start, 0, m_data.size() - 1);
    length = std::clamp<qint64>(length, 0, m_data.size() - start);
    m_anchor = start;
    m_cursor = length > 0 ? start + length - 1 : start;
    m_hasSelection = length > 0;
    ensureVisible(m_cursor);
    viewport()->update();
    Q_EMIT selectionChanged(selectionStart(), selectionLength());
}

void HexView::selectAll()
{
    setSelection(0, m_data.size());
}

void HexView::moveCursor(qint64 position, bool extend)
{
    if (m_data.isEmpty())
        return;
    position = std::clamp<qint64>(position, 0, m_data.size() - 1);
    if (!extend) {
        m_anchor = position;
        m_hasSelection = false;
    } else {
        m_hasSelection = true;
    }
    m_cursor = position;
    ensureVisible(position);
    viewport()->update();
    Q_EMIT selectionChanged(selectionStart(), selectionLength());
}

void HexView::ensureVisible(qint64 offset)
{
    const qint64 line = offset / BytesPerLine;
    if (line < m_firstLine)
        setFirstLine(line);
    else if (line >= m_firstLine + visibleLineCount())
        setFirstLine(line - visibleLineCount() + 1);
}

void HexView::goToOffset(qint64 offset)
{
    if (m_data.isEmpty())
        return;
    offset = std::clamp<qint64>(offset, 0, m_data.size() - 1);
    setFirstLine(offset / BytesPerLine - visibleLineCount() / 2);
    moveCursor(offset, false);
}

qint64 HexView::find(const QByteArray &needle, qint64 from, bool forward)
{
    if (needle.isEmpty() || m_data.isEmpty())
        return -1;
    const QByteArrayView haystack(m_data);
    const qint64 at = forward ? haystack.indexOf(needle, std::clamp<qint64>(from, 0, m_data.size()))
                              : haystack.lastIndexOf(needle, std::clamp<qint64>(from, -1, m_data.size() - 1));
    if (at >= 0) {
        setSelection(at, needle.size());
        ensureVisible(at);
    }
    return at;
}

qint64 HexView::byteAt(const QPoint &point) const
{
    const int x = point.x() + horizontalScrollBar()->value();
    const qint64 line = m_firstLine + point.y() / m_lineHeight;
    int column = -1;
    if (x >= hexX(0) && x < hexX(BytesPerLine - 1) + 3 * m_charWidth) {
        for (int c = BytesPerLine - 1; c >= 0; --c) {
            if (x >= hexX(c)) {
                column = c;
                break;
            }
        }
    } else if (x >= asciiX(0) && x < asciiX(BytesPerLine)) {
        column = (x - asciiX(0)) / m_charWidth;
    }
    if (column < 0)
        return -1;
    const qint64 offset = line * BytesPerLine + column;
    return offset < m_data.size() ? offset : -1;
}

QPoint HexView::pointForByte(qint64 offset, bool asciiColumn) const
{
    const int column = int(offset % BytesPerLine);
    const qint64 line = offset / BytesPerLine - m_firstLine;
    const int x = (asciiColumn ? asciiX(column) : hexX(column)) + m_charWidth / 2 - horizontalScrollBar()->value();
    return QPoint(x, int(line) * m_lineHeight + m_lineHeight / 2);
}

void HexView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QPalette &pal = palette();
    painter.fillRect(viewport()->rect(), pal.base());
    painter.setFont(font());
    painter.translate(-horizontalScrollBar()->value(), 0);
    if (m_data.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(QRect(m_margin, 0, viewport()->width(), m_lineHeight * 2), Qt::AlignVCenter, tr("No data"));
        return;
    }
    const int ascent = QFontMetrics(font()).ascent() + 1;
    const qint64 selStart = selectionStart();
    const qint64 selEnd = selStart + selectionLength();
    const int lines = visibleLineCount() + 1;
    const int width = asciiX(BytesPerLine) + m_margin;
    for (int i = 0; i < lines; ++i) {
        const qint64 line = m_firstLine + i;
        const qint64 start = line * BytesPerLine;
        if (start >= m_data.size())
            break;
        const int y = i * m_lineHeight;
        if (line % 2 == 1)
            painter.fillRect(QRect(0, y, width, m_lineHeight), pal.alternateBase());
        const int count = int(std::min<qint64>(BytesPerLine, m_data.size() - start));
        // Selection and cursor backgrounds, mirrored in both columns.
        for (int c = 0; c < count; ++c) {
            const qint64 offset = start + c;
            const bool selected = offset >= selStart && offset < selEnd;
            if (selected) {
                painter.fillRect(
                    QRect(hexX(c), y, 2 * m_charWidth + (c % 8 != 7 ? m_charWidth : 0), m_lineHeight), pal.highlight());
                painter.fillRect(QRect(asciiX(c), y, m_charWidth, m_lineHeight), pal.highlight());
            } else if (offset == m_cursor && hasFocus()) {
                painter.setPen(pal.color(QPalette::Highlight));
                painter.drawRect(QRect(hexX(c), y, 2 * m_charWidth - 1, m_lineHeight - 1));
                painter.drawRect(QRect(asciiX(c), y, m_charWidth - 1, m_lineHeight - 1));
            }
        }
        const QString text = lineText(line);
        const int digits = offsetDigits();
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(m_margin, y + ascent, text.left(digits));
        for (int c = 0; c < count; ++c) {
            const qint64 offset = start + c;
            const bool selected = offset >= selStart && offset < selEnd;
            const auto byte = static_cast<unsigned char>(m_data.at(offset));
            painter.setPen(selected ? pal.color(QPalette::HighlightedText)
                    : byte == 0     ? pal.color(QPalette::PlaceholderText)
                                    : pal.color(QPalette::Text));
            const char hex[2] = { hexDigit(byte >> 4), hexDigit(byte) };
            painter.drawText(hexX(c), y + ascent, QString::fromLatin1(hex, 2));
            painter.drawText(asciiX(c), y + ascent, QString(printable(char(byte))));
        }
    }
}

void HexView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateMetrics();
}

void HexView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateMetrics();
}

void HexView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const qint64 offset = byteAt(event->position().toPoint());
    if (offset >= 0)
        moveCursor(offset, event->modifiers() & Qt::ShiftModifier);
}

void HexView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    QPoint point = event->position().toPoint();
    if (point.y() < 0)
        setFirstLine(m_firstLine - 1);
    else if (point.y() > viewport()->height())
        setFirstLine(m_firstLine + 1);
    point.setY(std::clamp(point.y(), 0, viewport()->height() - 1));
    const qint64 offset = byteAt(point);
    if (offset >= 0)
        moveCursor(offset, true);
}

void HexView::keyPressEvent(QKeyEvent *event)
{
    const bool extend = event->modifiers() & Qt::ShiftModifier;
    const bool control = event->modifiers() & Qt::ControlModifier;
    const qint64 page = qint64(visibleLineCount()) * BytesPerLine;
    if (event->matches(QKeySequence::Copy)) {
        copyRaw();
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
        moveCursor(m_cursor - 1, extend);
        return;
    case Qt::Key_Right:
        moveCursor(m_cursor + 1, extend);
        return;
    case Qt::Key_Up:
        moveCursor(m_cursor - BytesPerLine, extend);
        return;
    case Qt::Key_Down:
        moveCursor(m_cursor + BytesPerLine, extend);
        return;
    case Qt::Key_PageUp:
        moveCursor(m_cursor - page, extend);
        return;
    case Qt::Key_PageDown:
        moveCursor(m_cursor + page, extend);
        return;
    case Qt::Key_Home:
        moveCursor(control ? 0 : m_cursor - m_cursor % BytesPerLine, extend);
        return;
    case Qt::Key_End:
        moveCursor(control ? m_data.size() - 1 : m_cursor - m_cursor % BytesPerLine + BytesPerLine - 1, extend);
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void HexView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    const bool any = selectionLength() > 0;
    menu.addAction(tr("Copy as Hex"), this, &HexView::copyHex)->setEnabled(any);
    menu.addAction(tr("Copy as C Array"), this, &HexView::copyCArray)->setEnabled(any);
    menu.addAction(tr("Copy as Base64"), this, &HexView::copyBase64)->setEnabled(any);
    menu.addAction(tr("Copy Raw Bytes"), this, &HexView::copyRaw)->setEnabled(any);
    menu.addSeparator();
    menu.addAction(tr("Select All"), this, &HexView::selectAll);
    menu.addAction(tr("Go to Offset…"), this, &HexView::promptGoToOffset);
    menu.exec(event->globalPos());
}

QString HexView::toHexText(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toHex(' '));
}

QString HexView::toCArray(QByteArrayView bytes)
{
    QString out = QStringLiteral("{");
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        out += (i % 12 == 0) ? QStringLiteral("\n    ") : QStringLiteral(" ");
        const auto byte = static_cast<unsigned char>(bytes.at(i));
        out += QStringLiteral("0x") + QLatin1Char(hexDigit(byte >> 4)) + QLatin1Char(hexDigit(byte));
        if (i + 1 < bytes.size())
            out += u',';
    }
    out += bytes.isEmpty() ? QStringLiteral(" }") : QStringLiteral("\n}");
    return out;
}

std::optional<QByteArray> HexView::parseHexPattern(const QString &text, QString *error)
{
    QByteArray out;
    int pending = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace() || c == u',' || c == u':') {
            continue;
        }
        if (c == u'0' && i + 1 < text.size() && (text.at(i + 1) == u'x' || text.at(i + 1) == u'X') && pending < 0) {
            ++i; // "0x" prefix of a byte
            continue;
        }
        int value = -1;
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            value = u - u'0';
        else if (u >= u'a' && u <= u'f')
            value = u - u'a' + 10;
        else if (u >= u'A' && u <= u'F')
            value = u - u'A' + 10;
        if (value < 0) {
            *error = tr("“%1” at position %2 is not a hex digit.").arg(c).arg(i + 1);
            return std::nullopt;
        }
        if (pending < 0) {
            pending = value;
        } else {
            out.append(char(pending << 4 | value));
            pending = -1;
        }
    }
    if (pending >= 0) {
        *error = tr("The hex digits do not pair up: one digit is missing at the end.");
        return std::nullopt;
    }
    return out;
}

std::optional<qint64> HexView::parseOffset(const QString &text, qint64 size, QString *error)
{
    QString t = text.trimmed();
    bool negative = false;
    if (t.startsWith(u'-')) {
        negative = true;
        t = t.mid(1).trimmed();
    }
    bool ok = false;
    const qint64 value = (t.startsWith(QLatin1String("0x")) || t.startsWith(QLatin1String("0X")))
        ? t.mid(2).toLongLong(&ok, 16)
        : t.toLongLong(&ok, 10);
    if (!ok || t.isEmpty()) {
        *error = tr("“%1” is not an offset: use a decimal number, 0x followed by hex, or -N from the end.").arg(text);
        return std::nullopt;
    }
    const qint64 offset = negative ? size - value : value;
    if (offset < 0 || offset >= size) {
        *error = tr("Offset %1 is outside the data (0 to %2).").arg(text).arg(size - 1);
        return std::nullopt;
    }
    return offset;
}

void HexView::promptGoToOffset()
{
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Go to offset"),
        tr("Offset (decimal, 0x hex, or -N from the end):"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    QString error;
    if (const auto offset = parseOffset(text, m_data.size(), &error))
        goToOffset(*offset);
    else
        QInputDialog::getText(this, tr("Go to offset"), error); // shows why; nothing moves
}

void HexView::putOnClipboard(const QString &text, bool withRawBytes)
{
    auto *mime = new QMimeData;
    mime->setText(text);
    if (withRawBytes)
        mime->setData(QStringLiteral("application/octet-stream"),
            selectedBytes().first(std::min(selectionLength(), MaxCopyBytes)).toByteArray());
    QApplication::clipboard()->setMimeData(mime);
}

void HexView::copyHex()
{
    putOnClipboard(toHexText(selectedBytes().first(std::min(selectionLength(), MaxCopyBytes))), true);
}

void HexView::copyCArray()
{
    putOnClipboard(toCArray(selectedBytes().first(std::min(selectionLength(), MaxCopyBytes))), true);
}

void HexView::copyBase64()
{
    putOnClipboard(
        QString::fromLatin1(selectedBytes().first(std::min(selectionLength(), MaxCopyBytes)).toByteArray().toBase64()),
        true);
}

void HexView::copyRaw()
{
    copyHex(); // raw bytes plus their hex as the text form
}

} // namespace Framewise
