// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractScrollArea>
#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace Framewise {

// A hex viewer that paints only the visible lines and scrolls by lines with qint64 offsets, so
// a 1 GiB payload costs what 1 KiB costs. Offset / hex / ASCII columns; a byte-accurate
// selection mirrored in both columns; copy as hex, C array, base64 or raw bytes (raw puts
// application/octet-stream and a hex text form on the clipboard); go to offset; find bytes.
class HexView : public QAbstractScrollArea {
    Q_OBJECT
public:
    static constexpr int BytesPerLine = 16;
    static constexpr qint64 MaxCopyBytes = qint64(64) * 1024 * 1024; // copies larger selections in part

    explicit HexView(QWidget *parent = nullptr);

    void setData(const QByteArray &data); // implicitly shared: no copy
    QByteArray data() const { return m_data; }

    qint64 cursorPosition() const { return m_cursor; }
    qint64 selectionStart() const;
    qint64 selectionLength() const;
    void setSelection(qint64 start, qint64 length);
    QByteArrayView selectedBytes() const;

    void goToOffset(qint64 offset);
    // Finds needle from `from` (forward or backward), selects and shows it; -1 when absent.
    qint64 find(const QByteArray &needle, qint64 from, bool forward = true);

    qint64 lineCount() const;
    qint64 firstVisibleLine() const;
    int visibleLineCount() const;
    QString lineText(qint64 line) const; // exactly what is drawn for a line
    qint64 byteAt(const QPoint &point) const; // -1 outside the hex and ASCII columns
    QPoint pointForByte(qint64 offset, bool asciiColumn = false) const;

    static QString toHexText(QByteArrayView bytes);
    static QString toCArray(QByteArrayView bytes);
    // "48 65 6c", "48656c", "0x48 0x65": bytes; otherwise nothing and *error names the position.
    static std::optional<QByteArray> parseHexPattern(const QString &text, QString *error);
    // Decimal, 0x-hex, or negative (from the end); must fall inside [0, size).
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

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateMetrics();
    void updateScrollBar();
    void setFirstLine(qint64 line);
    void moveCursor(qint64 position, bool extend);
    void ensureVisible(qint64 offset);
    void putOnClipboard(const QString &text, bool withRawBytes);
    int offsetDigits() const;
    int hexX(int column) const;
    int asciiX(int column) const;

    QByteArray m_data;
    qint64 m_firstLine = 0;
    qint64 m_cursor = 0;
    qint64 m_anchor = 0;
    bool m_hasSelection = false;
    int m_charWidth = 8;
    int m_lineHeight = 16;
    int m_margin = 6;
};

} // namespace Framewise
