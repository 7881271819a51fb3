// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractScrollArea>
#include <QBasicTimer>
#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace Framewise {

// A hex viewer that paints only the visible lines and scrolls by lines with qint64 offsets, so
// a 1 GiB payload costs what 1 KiB costs. Offset / hex / ASCII columns; a byte-accurate
// selection mirrored in both columns; copy as hex, C array, base64 or raw bytes; go to offset;
// find bytes (HexPane adds the find bar and the position readout).
//
// Every copy puts the selected bytes on the clipboard as application/octet-stream together
// with a text/plain form (hex for Copy Raw and Ctrl+C). A selection larger than
// maxCopyBytes() (64 MiB unless changed) is copied in part: both forms hold its first
// maxCopyBytes() bytes, and copyTruncated() tells how much was left out, so the window can say
// so. Beyond that size the text forms alone would take hundreds of MiB of clipboard memory.
class HexView : public QAbstractScrollArea {
    Q_OBJECT
public:
    static constexpr int BytesPerLine = 16;
    static constexpr qint64 MaxCopyBytes = qint64(64) * 1024 * 1024;

    explicit HexView(QWidget *parent = nullptr);

    void setData(const QByteArray &data); // implicitly shared: no copy
    QByteArray data() const { return m_data; }

    // The selection is [selectionStart(), selectionStart() + selectionLength()); with no
    // selection its length is 0 and its start is the cursor.
    qint64 cursorPosition() const { return m_cursor; }
    qint64 selectionStart() const;
    qint64 selectionLength() const;
    void setSelection(qint64 start, qint64 length);
    QByteArrayView selectedBytes() const;

    qint64 maxCopyBytes() const { return m_maxCopyBytes; }
    void setMaxCopyBytes(qint64 bytes);

    // Shows the offset (centred when it was off screen) and selects the byte there, so it stands
    // out; the cursor is on it.
    void goToOffset(qint64 offset);
    // Finds needle starting at `from` (forward) or at or before `from` (backward), selects and
    // shows it; returns its offset, or -1 when absent (nothing changes then).
    qint64 find(const QByteArray &needle, qint64 from, bool forward = true);

    // "Offset 0x1f (31) · Selection 4 bytes (0x4) from 0x1c (28)": the cursor, and the selection
    // when there is one; empty without data.
    QString positionText() const;

    qint64 lineCount() const;
    qint64 firstVisibleLine() const;
    int visibleLineCount() const; // whole lines that fit in the viewport
    QString lineText(qint64 line) const; // exactly what paintEvent draws for a line
    qint64 byteAt(const QPoint &point) const; // viewport coordinates; -1 outside hex and ASCII bytes
    QPoint pointForByte(qint64 offset, bool asciiColumn = false) const; // centre of the byte's cell

    QSize sizeHint() const override;

    // The vertical scroll bar counts lines; past INT_MAX scrollable lines its value is scaled.
    static int scrollValueForLine(qint64 line, qint64 maxFirstLine);
    static qint64 lineForScrollValue(int value, qint64 maxFirstLine);

    static QString toHexText(QByteArrayView bytes); // "48 65 6c"
    static QString toCArray(QByteArrayView bytes); // "{ 0x48, 0x65, 0x6c }", 12 bytes a line when longer
    // "48 65 6c", "48656c", "0x48 0x65" (separated by spaces, commas or colons): the bytes.
    // Otherwise nothing, and *error names the (1-based) position of the first bad character.
    static std::optional<QByteArray> parseHexPattern(const QString &text, QString *error);
    // Decimal, 0x-hex, or negative to count from the end (-1 is the last byte); must fall
    // inside [0, size). Otherwise nothing, and *error says why.
    static std::optional<qint64> parseOffset(const QString &text, qint64 size, QString *error);

public Q_SLOTS:
    void copyHex();
    void copyCArray();
    void copyBase64();
    void copyRaw();
    void selectAll();
    void promptGoToOffset();

Q_SIGNALS:
    void selectionChanged(qint64 start, qint64 length);
    // The cursor or the selection changed (positionText() follows).
    void positionChanged();
    void findRequested(); // the context menu's Find…: whoever shows a find bar shows it
    void copyTruncated(qint64 copiedBytes, qint64 selectedBytes);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void timerEvent(QTimerEvent *event) override;

private:
    enum class CopyForm { Hex, CArray, Base64 };

    void updateMetrics();
    void updateScrollBar();
    qint64 maxFirstLine() const;
    void setFirstLine(qint64 line);
    void moveCursor(qint64 position, bool extend);
    void ensureVisible(qint64 offset);
    void emitSelectionIfChanged();
    void copyAs(CopyForm form);
    qint64 byteNear(const QPoint &point) const; // like byteAt, but clamped to the nearest byte
    void dragTo(const QPoint &point);
    int offsetDigits() const;
    int hexCharIndex(int column) const; // index in lineText() of a byte's first hex digit
    int asciiCharIndex(int column) const;
    int xForChar(int index) const; // content x of a lineText() character
    int contentWidth() const;

    QByteArray m_data;
    qint64 m_firstLine = 0;
    qint64 m_cursor = 0;
    qint64 m_anchor = 0;
    bool m_hasSelection = false;
    qint64 m_emittedStart = -1;
    qint64 m_emittedLength = -1;
    qint64 m_emittedCursor = -1;
    qint64 m_maxCopyBytes = MaxCopyBytes;
    bool m_dragging = false;
    QPoint m_dragPoint;
    QBasicTimer m_autoScroll;
    int m_charWidth = 8;
    int m_lineHeight = 16;
    int m_margin = 6;
};

} // namespace Framewise
