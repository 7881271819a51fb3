// SPDX-License-Identifier: GPL-3.0-or-later
#include "hexview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QInputDialog>
#include <QMenu>
#include <QMetaMethod>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <climits>
#include <cmath>
#include <limits>

namespace Framewise {

namespace {
constexpr int HalfLine = HexView::BytesPerLine / 2;
constexpr int HexColumnChars = HexView::BytesPerLine * 3 + 1; // "xx " per byte plus the middle gap
constexpr int AutoScrollIntervalMs = 50;
const QString OctetStream = QStringLiteral("application/octet-stream");

char hexDigit(int value)
{
    return "0123456789abcdef"[value & 0xF];
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

bool isPrintable(unsigned char u)
{
    return u >= 0x20 && u < 0x7F;
}

QChar printable(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return isPrintable(u) ? QChar(char16_t(u)) : QChar(u'.');
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
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
        m_firstLine = lineForScrollValue(value, maxFirstLine());
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
    m_dragging = false;
    m_autoScroll.stop();
    updateMetrics(); // the offset column's width follows the size
    viewport()->update();
    m_emittedStart = m_emittedLength = m_emittedCursor = -1;
    emitSelectionIfChanged();
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

qint64 HexView::maxFirstLine() const
{
    return std::max<qint64>(0, lineCount() - visibleLineCount());
}

int HexView::scrollValueForLine(qint64 line, qint64 maxFirstLine)
{
    if (maxFirstLine <= 0)
        return 0;
    line = std::clamp<qint64>(line, 0, maxFirstLine);
    if (maxFirstLine <= INT_MAX)
        return int(line);
    // long double keeps 64 bits of mantissa: exact enough for any qint64 line count.
    return int(std::llround(static_cast<long double>(line) * INT_MAX / static_cast<long double>(maxFirstLine)));
}

qint64 HexView::lineForScrollValue(int value, qint64 maxFirstLine)
{
    if (maxFirstLine <= 0 || value <= 0)
        return 0;
    if (maxFirstLine <= INT_MAX)
        return std::min<qint64>(value, maxFirstLine);
    if (value == INT_MAX)
        return maxFirstLine;
    return static_cast<qint64>(static_cast<long double>(value) * static_cast<long double>(maxFirstLine) / INT_MAX);
}

int HexView::offsetDigits() const
{
    // Enough hex digits for the largest offset, at least 8.
    int digits = 8;
    while (digits < 16 && (qint64(1) << (4 * digits)) < qint64(m_data.size()))
        ++digits;
    return digits;
}

int HexView::hexCharIndex(int column) const
{
    return offsetDigits() + 2 + column * 3 + (column >= HalfLine ? 1 : 0);
}

int HexView::asciiCharIndex(int column) const
{
    return offsetDigits() + 2 + HexColumnChars + 1 + column;
}

int HexView::xForChar(int index) const
{
    return m_margin + index * m_charWidth;
}

int HexView::contentWidth() const
{
    return xForChar(asciiCharIndex(BytesPerLine)) + m_margin;
}

void HexView::updateMetrics()
{
    const QFontMetrics metrics(font());
    m_charWidth = std::max(1, metrics.horizontalAdvance(u'0'));
    m_lineHeight = metrics.height() + 2;
    m_margin = std::max(4, m_charWidth / 2);
    // Nothing to scroll sideways to when only the placeholder shows.
    horizontalScrollBar()->setRange(0, m_data.isEmpty() ? 0 : std::max(0, contentWidth() - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(m_charWidth);
    updateScrollBar();
}

void HexView::updateScrollBar()
{
    const qint64 maxFirst = maxFirstLine();
    const qint64 first = std::clamp<qint64>(m_firstLine, 0, maxFirst);
    QScrollBar *bar = verticalScrollBar();
    // Not blocked: the scroll area shows or hides the bar on rangeChanged. A clamped value may
    // come back through valueChanged, but m_firstLine is the truth and is restored below.
    bar->setRange(0, scrollValueForLine(maxFirst, maxFirst));
    bar->setPageStep(visibleLineCount());
    m_firstLine = first;
    const QSignalBlocker blocker(bar);
    bar->setValue(scrollValueForLine(first, maxFirst));
}

QSize HexView::sizeHint() const
{
    // Room for a whole line, so layouts do not start with a horizontal scroll bar.
    const int frame = 2 * frameWidth();
    return QSize(contentWidth() + frame + verticalScrollBar()->sizeHint().width(), 12 * m_lineHeight + frame);
}

void HexView::setFirstLine(qint64 line)
{
    m_firstLine = std::clamp<qint64>(line, 0, maxFirstLine());
    updateScrollBar();
    viewport()->update();
}

QString HexView::lineText(qint64 line) const
{
    const qint64 start = line * BytesPerLine;
    if (line < 0 || start >= m_data.size())
        return {};
    const int count = int(std::min<qint64>(BytesPerLine, m_data.size() - start));
    const int digits = offsetDigits();
    QString text;
    text.reserve(digits + 2 + HexColumnChars + 1 + BytesPerLine);
    for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4)
        text += QLatin1Char(hexDigit(int(start >> shift)));
    text += QLatin1String("  ");
    for (int i = 0; i < BytesPerLine; ++i) {
        if (i == HalfLine)
            text += u' ';
        if (i < count) {
            const auto byte = static_cast<unsigned char>(m_data.at(start + i));
            text += QLatin1Char(hexDigit(byte >> 4));
            text += QLatin1Char(hexDigit(byte));
            text += u' ';
        } else {
            text += QLatin1String("   ");
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
    return std::abs(m_cursor - m_anchor) + 1; // both ends are selected bytes
}

QByteArrayView HexView::selectedBytes() const
{
    const qint64 length = selectionLength();
    if (length <= 0)
        return {};
    return QByteArrayView(m_data).sliced(selectionStart(), length);
}

void HexView::emitSelectionIfChanged()
{
    const qint64 start = selectionStart();
    const qint64 length = selectionLength();
    const bool selection = start != m_emittedStart || length != m_emittedLength;
    if (!selection && m_cursor == m_emittedCursor)
        return;
    m_emittedStart = start;
    m_emittedLength = length;
    m_emittedCursor = m_cursor;
    if (selection)
        Q_EMIT selectionChanged(start, length);
    Q_EMIT positionChanged();
}

QString HexView::positionText() const
{
    if (m_data.isEmpty())
        return {};
    const auto offset = [](qint64 value) { return tr("0x%1 (%2)").arg(value, 0, 16).arg(value); };
    QString text = tr("Offset %1").arg(offset(m_cursor));
    const qint64 length = selectionLength();
    if (length == 1) {
        text += QStringLiteral(" · ") + tr("Selection 1 byte (0x1) from %1").arg(offset(selectionStart()));
    } else if (length > 1) {
        // Not %n: it is an int, and a selection may pass 2 GiB.
        text += QStringLiteral(" · ")
            + tr("Selection %1 bytes (0x%2) from %3").arg(length).arg(length, 0, 16).arg(offset(selectionStart()));
    }
    return text;
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
    emitSelectionIfChanged();
}

void HexView::selectAll()
{
    setSelection(0, m_data.size());
}

void HexView::setMaxCopyBytes(qint64 bytes)
{
    m_maxCopyBytes = std::max<qint64>(1, bytes);
}

void HexView::moveCursor(qint64 position, bool extend)
{
    if (m_data.isEmpty())
        return;
    position = std::clamp<qint64>(position, 0, m_data.size() - 1);
    if (extend) {
        m_hasSelection = true;
    } else {
        m_anchor = position;
        m_hasSelection = false;
    }
    m_cursor = position;
    ensureVisible(position);
    viewport()->update();
    emitSelectionIfChanged();
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
    const qint64 line = offset / BytesPerLine;
    if (line < m_firstLine || line >= m_firstLine + visibleLineCount())
        setFirstLine(line - visibleLineCount() / 2);
    setSelection(offset, 1); // highlighted, not just a cursor frame that shows only with focus
}

qint64 HexView::find(const QByteArray &needle, qint64 from, bool forward)
{
    if (needle.isEmpty() || m_data.isEmpty())
        return -1;
    const QByteArrayView haystack(m_data);
    qint64 at = -1;
    if (forward) {
        if (from < m_data.size())
            at = haystack.indexOf(needle, std::max<qint64>(from, 0));
    } else if (from >= 0) {
        // lastIndexOf treats a negative start as "from the end": never pass one.
        at = haystack.lastIndexOf(needle, std::min<qint64>(from, m_data.size() - 1));
    }
    if (at >= 0) {
        // A match off screen comes to the middle, as Go to Offset does, with context around it.
        const qint64 line = at / BytesPerLine;
        if (line < m_firstLine || line >= m_firstLine + visibleLineCount())
            setFirstLine(line - visibleLineCount() / 2);
        setSelection(at, needle.size());
        ensureVisible(at); // the start wins when the match is taller than the view
    }
    return at;
}

qint64 HexView::byteAt(const QPoint &point) const
{
    if (m_data.isEmpty() || point.y() < 0)
        return -1;
    const int x = point.x() + horizontalScrollBar()->value();
    const qint64 line = m_firstLine + point.y() / m_lineHeight;
    int column = -1;
    if (x >= xForChar(hexCharIndex(0)) && x < xForChar(hexCharIndex(BytesPerLine - 1) + 3)) {
        // A byte's cell runs from its first digit to the next byte's first digit.
        for (int c = BytesPerLine - 1; c >= 0; --c) {
            if (x >= xForChar(hexCharIndex(c))) {
                column = c;
                break;
            }
        }
    } else if (x >= xForChar(asciiCharIndex(0)) && x < xForChar(asciiCharIndex(BytesPerLine))) {
        column = (x - xForChar(asciiCharIndex(0))) / m_charWidth;
    }
    if (column < 0)
        return -1;
    const qint64 offset = line * BytesPerLine + column;
    return offset < m_data.size() ? offset : -1;
}

qint64 HexView::byteNear(const QPoint &point) const
{
    if (m_data.isEmpty())
        return -1;
    const int y = std::clamp(point.y(), 0, std::max(0, viewport()->height() - 1));
    const int x = point.x() + horizontalScrollBar()->value();
    const qint64 line = m_firstLine + y / m_lineHeight;
    int column = BytesPerLine - 1;
    if (x < xForChar(hexCharIndex(0))) {
        column = 0;
    } else if (x < xForChar(hexCharIndex(BytesPerLine - 1) + 3)) {
        for (int c = BytesPerLine - 1; c >= 0; --c) {
            if (x >= xForChar(hexCharIndex(c))) {
                column = c;
                break;
            }
        }
    } else if (x >= xForChar(asciiCharIndex(0))) {
        column = std::min(BytesPerLine - 1, (x - xForChar(asciiCharIndex(0))) / m_charWidth);
    }
    return std::clamp<qint64>(line * BytesPerLine + column, 0, m_data.size() - 1);
}

QPoint HexView::pointForByte(qint64 offset, bool asciiColumn) const
{
    const int column = int(offset % BytesPerLine);
    const qint64 row = std::clamp<qint64>(offset / BytesPerLine - m_firstLine, -1000000, 1000000);
    const int x = asciiColumn ? xForChar(asciiCharIndex(column)) + m_charWidth / 2
                              : xForChar(hexCharIndex(column)) + m_charWidth;
    return QPoint(x - horizontalScrollBar()->value(), int(row) * m_lineHeight + m_lineHeight / 2);
}

void HexView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QPalette &pal = palette();
    painter.fillRect(viewport()->rect(), pal.base());
    painter.setFont(font());
    if (m_data.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(
            viewport()->rect().adjusted(m_margin, 0, -m_margin, 0), Qt::AlignCenter | Qt::TextWordWrap, tr("No data"));
        return;
    }
    const int scrollX = horizontalScrollBar()->value();
    painter.translate(-scrollX, 0);
    const int ascent = QFontMetrics(font()).ascent() + 1;
    const int digits = offsetDigits();
    const qint64 selStart = selectionStart();
    const qint64 selEnd = selStart + selectionLength();
    const auto isSelected = [&](qint64 offset) { return offset >= selStart && offset < selEnd; };
    const int rowWidth = std::max(contentWidth(), viewport()->width() + scrollX);
    const QColor dim = pal.color(QPalette::PlaceholderText);
    const QColor text = pal.color(QPalette::Text);
    const QColor selectedText = pal.color(QPalette::HighlightedText);
    // Only the visible lines, plus the partly visible one at the bottom.
    for (int row = 0; row <= visibleLineCount(); ++row) {
        const qint64 line = m_firstLine + row;
        const qint64 start = line * BytesPerLine;
        if (start >= m_data.size())
            break;
        const int y = row * m_lineHeight;
        if (line % 2 == 1)
            painter.fillRect(QRect(0, y, rowWidth, m_lineHeight), pal.alternateBase());
        const int count = int(std::min<qint64>(BytesPerLine, m_data.size() - start));
        const QString lineString = lineText(line);

        // Selection backgrounds, mirrored in both columns; runs join across the gaps.
        for (int c = 0; c < count; ++c) {
            if (!isSelected(start + c))
                continue;
            const int hexLeft = xForChar(hexCharIndex(c));
            const int hexRight = (c + 1 < count && isSelected(start + c + 1)) ? xForChar(hexCharIndex(c + 1))
                                                                              : hexLeft + 2 * m_charWidth;
            painter.fillRect(QRect(hexLeft, y, hexRight - hexLeft, m_lineHeight), pal.highlight());
            painter.fillRect(QRect(xForChar(asciiCharIndex(c)), y, m_charWidth, m_lineHeight), pal.highlight());
        }
        if (hasFocus() && m_cursor >= start && m_cursor < start + count && !isSelected(m_cursor)) {
            const int c = int(m_cursor - start);
            painter.setPen(pal.color(QPalette::Highlight));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(QRect(xForChar(hexCharIndex(c)), y, 2 * m_charWidth - 1, m_lineHeight - 1));
            painter.drawRect(QRect(xForChar(asciiCharIndex(c)), y, m_charWidth - 1, m_lineHeight - 1));
        }

        painter.setPen(dim);
        painter.drawText(xForChar(0), y + ascent, lineString.left(digits));
        for (int c = 0; c < count; ++c) {
            const bool selected = isSelected(start + c);
            const auto byte = static_cast<unsigned char>(m_data.at(start + c));
            painter.setPen(selected ? selectedText : byte == 0 ? dim : text);
            painter.drawText(xForChar(hexCharIndex(c)), y + ascent, lineString.mid(hexCharIndex(c), 2));
            painter.setPen(selected ? selectedText : isPrintable(byte) ? text : dim);
            painter.drawText(xForChar(asciiCharIndex(c)), y + ascent, lineString.mid(asciiCharIndex(c), 1));
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
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange
        || event->type() == QEvent::StyleChange)
        viewport()->update();
}

void HexView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update(); // the cursor frame shows only with focus
}

void HexView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

void HexView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const qint64 offset = byteNear(event->position().toPoint());
    if (offset < 0)
        return;
    m_dragging = true;
    moveCursor(offset, event->modifiers() & Qt::ShiftModifier);
}

void HexView::dragTo(const QPoint &point)
{
    const qint64 offset = byteNear(point);
    if (offset >= 0)
        moveCursor(offset, true);
}

void HexView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging || !(event->buttons() & Qt::LeftButton))
        return;
    m_dragPoint = event->position().toPoint();
    dragTo(m_dragPoint);
    // Above or below the view, keep scrolling by lines while the button is held.
    if (m_dragPoint.y() < 0 || m_dragPoint.y() >= viewport()->height()) {
        if (!m_autoScroll.isActive())
            m_autoScroll.start(AutoScrollIntervalMs, this);
    } else {
        m_autoScroll.stop();
    }
}

void HexView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    m_dragging = false;
    m_autoScroll.stop();
}

void HexView::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_autoScroll.timerId()) {
        QAbstractScrollArea::timerEvent(event);
        return;
    }
    if (!m_dragging) {
        m_autoScroll.stop();
        return;
    }
    const int y = m_dragPoint.y();
    const int height = viewport()->height();
    // Faster the further the pointer is from the view.
    const qint64 delta = y < 0 ? -(1 + qint64(-y) / m_lineHeight)
        : y >= height          ? 1 + qint64(y - height) / m_lineHeight
                               : 0;
    setFirstLine(m_firstLine + delta);
    dragTo(m_dragPoint);
}

void HexView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copyRaw();
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
        return;
    }
    const bool extend = event->modifiers() & Qt::ShiftModifier;
    const bool control = event->modifiers() & Qt::ControlModifier;
    if (control && event->key() == Qt::Key_G) {
        promptGoToOffset();
        return;
    }
    const qint64 pageLines = visibleLineCount();
    const qint64 lineStart = m_cursor - m_cursor % BytesPerLine;
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
        // The view moves by a page and the cursor keeps its row on screen.
        setFirstLine(m_firstLine - pageLines);
        moveCursor(m_cursor - pageLines * BytesPerLine, extend);
        return;
    case Qt::Key_PageDown:
        setFirstLine(m_firstLine + pageLines);
        moveCursor(m_cursor + pageLines * BytesPerLine, extend);
        return;
    case Qt::Key_Home:
        moveCursor(control ? 0 : lineStart, extend);
        return;
    case Qt::Key_End:
        moveCursor(control ? m_data.size() - 1 : lineStart + BytesPerLine - 1, extend);
        return;
    case Qt::Key_Escape:
        if (m_hasSelection) {
            moveCursor(m_cursor, false);
            return;
        }
        break;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void HexView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    const bool any = selectionLength() > 0;
    menu.addAction(tr("Copy as Hex"), this, &HexView::copyHex)->setEnabled(any);
    menu.addAction(tr("Copy as C Array"), this, &HexView::copyCArray)->setEnabled(any);
    menu.addAction(tr("Copy as Base64"), this, &HexView::copyBase64)->setEnabled(any);
    QAction *raw = menu.addAction(tr("Copy Raw Bytes"), this, &HexView::copyRaw);
    raw->setEnabled(any);
    raw->setShortcut(QKeySequence::Copy); // handled in keyPressEvent; shown here as a hint
    raw->setShortcutVisibleInContextMenu(true);
    menu.addSeparator();
    QAction *all = menu.addAction(tr("Select All"), this, &HexView::selectAll);
    all->setEnabled(!m_data.isEmpty());
    all->setShortcut(QKeySequence::SelectAll);
    all->setShortcutVisibleInContextMenu(true);
    QAction *go = menu.addAction(tr("Go to Offset…"), this, &HexView::promptGoToOffset);
    go->setEnabled(!m_data.isEmpty());
    go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    go->setShortcutVisibleInContextMenu(true);
    if (isSignalConnected(QMetaMethod::fromSignal(&HexView::findRequested))) {
        QAction *find = menu.addAction(tr("Find…"), this, &HexView::findRequested);
        find->setEnabled(!m_data.isEmpty());
        find->setShortcut(QKeySequence::Find); // handled by the pane that holds the view
        find->setShortcutVisibleInContextMenu(true);
    }
    menu.exec(event->globalPos());
}

QString HexView::toHexText(QByteArrayView bytes)
{
    return QString::fromLatin1(QByteArray::fromRawData(bytes.data(), bytes.size()).toHex(' '));
}

QString HexView::toCArray(QByteArrayView bytes)
{
    constexpr int PerLine = 12;
    if (bytes.isEmpty())
        return QStringLiteral("{ }");
    const bool multiLine = bytes.size() > PerLine;
    QByteArray out;
    out.reserve(bytes.size() * 6 + (bytes.size() / PerLine + 1) * 5 + 4);
    out += multiLine ? "{\n    " : "{ ";
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (i > 0)
            out += (i % PerLine == 0) ? ",\n    " : ", ";
        const auto byte = static_cast<unsigned char>(bytes.at(i));
        out += "0x";
        out += hexDigit(byte >> 4);
        out += hexDigit(byte);
    }
    out += multiLine ? "\n}" : " }";
    return QString::fromLatin1(out);
}

std::optional<QByteArray> HexView::parseHexPattern(const QString &text, QString *error)
{
    const auto isSeparator = [](QChar c) { return c.isSpace() || c == u',' || c == u':'; };
    QByteArray out;
    out.reserve(text.size() / 2);
    qsizetype i = 0;
    while (i < text.size()) {
        if (isSeparator(text.at(i))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && !isSeparator(text.at(end)))
            ++end;
        // One group: an optional 0x, then pairs of hex digits ("48", "0x48", "48656c").
        qsizetype digits = i;
        if (end - i >= 2 && text.at(i) == u'0' && (text.at(i + 1) == u'x' || text.at(i + 1) == u'X')) {
            digits = i + 2;
            if (digits == end) {
                setError(
                    error, tr("“%1” at position %2 is not followed by hex digits.").arg(text.mid(i, 2)).arg(i + 1));
                return std::nullopt;
            }
        }
        for (qsizetype p = digits; p < end; ++p) {
            if (hexValue(text.at(p)) < 0) {
                setError(error, tr("“%1” at position %2 is not a hex digit.").arg(text.at(p)).arg(p + 1));
                return std::nullopt;
            }
        }
        if ((end - digits) % 2 != 0) {
            setError(error,
                tr("The hex digit “%1” at position %2 has no partner: every byte takes two digits.")
                    .arg(text.at(end - 1))
                    .arg(end));
            return std::nullopt;
        }
        for (qsizetype p = digits; p < end; p += 2)
            out.append(char(hexValue(text.at(p)) << 4 | hexValue(text.at(p + 1))));
        i = end;
    }
    return out;
}

std::optional<qint64> HexView::parseOffset(const QString &text, qint64 size, QString *error)
{
    const QString typed = text.trimmed();
    if (size <= 0) {
        setError(error, tr("There is no data to go to."));
        return std::nullopt;
    }
    if (typed.isEmpty()) {
        setError(error,
            tr("Enter an offset: a decimal number, 0x followed by hex digits, or -N to count back from the end."));
        return std::nullopt;
    }
    qsizetype i = 0;
    while (text.at(i).isSpace())
        ++i;
    const qsizetype end = i + typed.size();
    const bool negative = text.at(i) == u'-';
    if (negative || text.at(i) == u'+')
        ++i;
    int base = 10;
    if (end - i >= 2 && text.at(i) == u'0' && (text.at(i + 1) == u'x' || text.at(i + 1) == u'X')) {
        base = 16;
        i += 2;
    }
    if (i == end) {
        setError(error, tr("“%1” is not an offset: the digits are missing.").arg(typed));
        return std::nullopt;
    }
    qint64 value = 0;
    for (; i < end; ++i) {
        const int digit = hexValue(text.at(i));
        if (digit < 0 || digit >= base) {
            setError(error,
                base == 16 ? tr("“%1” is not an offset: “%2” at position %3 is not a hex digit.")
                                 .arg(typed, text.at(i))
                                 .arg(i + 1)
                           : tr("“%1” is not an offset: “%2” at position %3 is not a decimal digit. Write a decimal "
                                "number, 0x followed by hex digits, or -N to count back from the end.")
                                 .arg(typed, text.at(i))
                                 .arg(i + 1));
            return std::nullopt;
        }
        if (value > (std::numeric_limits<qint64>::max() - digit) / base) {
            setError(error, tr("“%1” is too large for an offset: the data ends at %2.").arg(typed).arg(size - 1));
            return std::nullopt;
        }
        value = value * base + digit;
    }
    const qint64 offset = negative ? size - value : value;
    if (offset < 0 || offset >= size) {
        setError(error,
            negative
                ? tr("%1 is outside the data: counting back from the end runs from -1 to -%2.").arg(typed).arg(size)
                : tr("%1 is outside the data: offsets run from 0 to %2 (0x%3).")
                      .arg(typed)
                      .arg(size - 1)
                      .arg(size - 1, 0, 16));
        return std::nullopt;
    }
    return offset;
}

void HexView::promptGoToOffset()
{
    if (m_data.isEmpty())
        return;
    const QString prompt = tr("Offset (decimal, 0x followed by hex, or -N from the end):");
    QString label = prompt;
    QString text;
    for (;;) {
        bool ok = false;
        text = QInputDialog::getText(this, tr("Go to Offset"), label, QLineEdit::Normal, text, &ok);
        if (!ok)
            return;
        QString error;
        if (const auto offset = parseOffset(text, m_data.size(), &error)) {
            goToOffset(*offset);
            return;
        }
        label = error + QStringLiteral("\n\n") + prompt; // ask again, saying what was wrong
    }
}

void HexView::copyAs(CopyForm form)
{
    const qint64 selected = selectionLength();
    if (selected <= 0)
        return; // nothing selected: leave the clipboard alone
    const qint64 copied = std::min(selected, m_maxCopyBytes);
    const QByteArrayView bytes = QByteArrayView(m_data).sliced(selectionStart(), copied);
    auto *mime = new QMimeData;
    mime->setData(OctetStream, bytes.toByteArray());
    switch (form) {
    case CopyForm::Hex:
        mime->setText(toHexText(bytes));
        break;
    case CopyForm::CArray:
        mime->setText(toCArray(bytes));
        break;
    case CopyForm::Base64:
        mime->setText(QString::fromLatin1(QByteArray::fromRawData(bytes.data(), bytes.size()).toBase64()));
        break;
    }
    QApplication::clipboard()->setMimeData(mime);
    if (copied < selected)
        Q_EMIT copyTruncated(copied, selected);
}

void HexView::copyHex()
{
    copyAs(CopyForm::Hex);
}

void HexView::copyCArray()
{
    copyAs(CopyForm::CArray);
}

void HexView::copyBase64()
{
    copyAs(CopyForm::Base64);
}

void HexView::copyRaw()
{
    copyAs(CopyForm::Hex); // the raw bytes, with their hex as the text form
}

} // namespace Framewise
