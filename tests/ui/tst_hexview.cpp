// SPDX-License-Identifier: GPL-3.0-or-later
// The hex viewer: line layout, 1 GiB costs what 1 KiB costs, scroll bar mapping past INT_MAX
// lines, byte-accurate mouse and keyboard selection mirrored in both columns, clipboard forms
// and the partial copy of huge selections, offset and hex-pattern parsing, find, go to offset.
#include "detailpane.h"
#include "hexpane.h"
#include "hexview.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <climits>
#include <cstdlib>
#include <cstring>
#include <functional>

using namespace Framewise;

namespace {
const QString OctetStream = QStringLiteral("application/octet-stream");

// A zero-filled buffer from calloc: the kernel maps zero pages lazily, so a 1 GiB or 4 GiB
// payload costs no memory until written. The QByteArray refers to it without copying.
struct ZeroBuffer {
    explicit ZeroBuffer(qsizetype size)
        : memory(static_cast<char *>(std::calloc(size_t(size), 1)))
        , bytes(memory ? QByteArray::fromRawData(memory, size) : QByteArray())
    {
    }
    ~ZeroBuffer() { std::free(memory); }
    ZeroBuffer(const ZeroBuffer &) = delete;
    ZeroBuffer &operator=(const ZeroBuffer &) = delete;
    char *memory;
    QByteArray bytes;
};

QByteArray allByteValues()
{
    QByteArray data;
    for (int i = 0; i < 256; ++i)
        data.append(char(i));
    return data;
}

qint64 timeGrab(HexView &view)
{
    QElapsedTimer timer;
    timer.start();
    const QPixmap pixmap = view.grab();
    const qint64 ms = timer.elapsed();
    return pixmap.isNull() ? -1 : ms;
}

// The first visible line as the scroll bar says it, not as the view remembers it.
qint64 lineFromScrollBar(const HexView &view)
{
    return HexView::lineForScrollValue(
        view.verticalScrollBar()->value(), std::max<qint64>(0, view.lineCount() - view.visibleLineCount()));
}

bool isVisible(const HexView &view, qint64 offset)
{
    const qint64 first = lineFromScrollBar(view);
    return first <= offset / HexView::BytesPerLine && offset / HexView::BytesPerLine < first + view.visibleLineCount();
}

// Runs `act` on the next modal dialog or popup once it is open (they run their own event loop).
void whenOpen(const std::function<QWidget *()> &find, const std::function<void(QWidget *)> &act)
{
    QTimer::singleShot(10, [=] {
        if (QWidget *widget = find())
            act(widget);
        else
            whenOpen(find, act);
    });
}

// Colour at the top edge of a byte's cell, where no glyph is drawn.
QColor cellBackground(const QImage &image, const HexView &view, qint64 offset, bool ascii)
{
    const QPoint centre = view.pointForByte(offset, ascii);
    const int top = centre.y() - (QFontMetrics(view.font()).height() + 2) / 2; // the cell's first pixel row
    return image.pixelColor(centre.x(), top);
}
} // namespace

class TestHexView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void lineLayout();
    void offsetColumnGrowsPastFourGibibytes();
    void emptyDataShowsPlaceholderAndIgnoresInput();
    void gibibyteCostsWhatKibibyteCosts();
    void printTimingsFor256MiB();
    void scrollValueMappingBeyondIntMax();
    void byteAtAndPointForByteAreInverse();
    void mouseSelectionIsByteAccurateAndMirrored();
    void dragBelowTheViewScrollsByLines();
    void keyboardNavigation();
    void clipboardForms();
    void emptySelectionLeavesClipboardAlone();
    void hugeSelectionIsCopiedInPart();
    void cArrayAndHexText();
    void parseHexPattern_data();
    void parseHexPattern();
    void parseOffset_data();
    void parseOffset();
    void findForwardBackward();
    void goToOffsetMakesTheOffsetVisible();
    void goToOffsetDialogAsksAgainOnBadInput();
    void contextMenuOffersTheCopyForms();
    void goToOffsetSelectsAndHighlightsTheByte();
    void readoutShowsOffsetAndSelection();
    void findBarFindsHexAndText();
    void findBarSaysWhatIsWrongWithTheHex();
    void ctrlFAndF3WorkInTheDetailPane();
};

void TestHexView::lineLayout()
{
    HexView view;
    QCOMPARE(view.accessibleName(), QStringLiteral("Hex view"));
    QVERIFY(view.font().fixedPitch() || QFontInfo(view.font()).fixedPitch());
    view.setData(QByteArray("Hello, WebSocket!\x00\x01\xff", 20));
    QCOMPARE(view.lineCount(), 2);
    QCOMPARE(view.lineText(0),
        QStringLiteral("00000000  48 65 6c 6c 6f 2c 20 57  65 62 53 6f 63 6b 65 74  Hello, WebSocket"));
    QCOMPARE(view.lineText(1),
        QStringLiteral("00000010  21 00 01 ff ") + QString(12 * 3 + 1, u' ') + QStringLiteral(" !..."));
    QVERIFY(view.lineText(2).isEmpty());
    QVERIFY(view.lineText(-1).isEmpty());
    // Every byte value: printable 0x20..0x7e as itself, everything else as '.'.
    view.setData(allByteValues());
    QCOMPARE(view.lineText(2),
        QStringLiteral("00000020  20 21 22 23 24 25 26 27  28 29 2a 2b 2c 2d 2e 2f   !\"#$%&'()*+,-./"));
    QCOMPARE(view.lineText(7),
        QStringLiteral("00000070  70 71 72 73 74 75 76 77  78 79 7a 7b 7c 7d 7e 7f  pqrstuvwxyz{|}~."));
    QCOMPARE(view.lineText(15),
        QStringLiteral("000000f0  f0 f1 f2 f3 f4 f5 f6 f7  f8 f9 fa fb fc fd fe ff  ................"));
    view.setData({});
    QCOMPARE(view.lineCount(), 0);
    QCOMPARE(view.selectionLength(), 0);
}

void TestHexView::offsetColumnGrowsPastFourGibibytes()
{
    // 4 GiB + 16 bytes: the last offset, 0x100000000, needs 9 digits.
    ZeroBuffer buffer((qsizetype(1) << 32) + 16);
    if (!buffer.memory)
        QSKIP("cannot reserve 4 GiB of address space here");
    buffer.memory[(qsizetype(1) << 32) + 15] = 'z';
    HexView view;
    view.setData(buffer.bytes);
    QCOMPARE(view.lineCount(), (qint64(1) << 28) + 1);
    QCOMPARE(view.lineText(0).left(11), QStringLiteral("000000000  "));
    QCOMPARE(view.lineText(view.lineCount() - 1),
        QStringLiteral("100000000  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 7a  ...............z"));
    view.setData({});
}

void TestHexView::emptyDataShowsPlaceholderAndIgnoresInput()
{
    HexView view;
    view.resize(300, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setData(QByteArray(1000, 'e'));
    // (The scroll area shows and hides its bars from a queued connection.)
    QTRY_VERIFY(view.horizontalScrollBar()->isVisible()); // 300 pixels are narrower than a line
    QTRY_VERIFY(view.verticalScrollBar()->isVisible());
    view.setData({});
    QTRY_VERIFY(!view.horizontalScrollBar()->isVisible()); // the placeholder needs no scrolling
    QTRY_VERIFY(!view.verticalScrollBar()->isVisible());
    QSignalSpy spy(&view, &HexView::selectionChanged);
    QTest::keyClick(&view, Qt::Key_Right);
    QTest::keyClick(&view, Qt::Key_A, Qt::ControlModifier);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(100, 10));
    QCOMPARE(spy.count(), 0);
    QCOMPARE(view.cursorPosition(), 0);
    QCOMPARE(view.selectionLength(), 0);
    QCOMPARE(view.byteAt(QPoint(100, 10)), -1);
    QCOMPARE(view.find("a", 0), -1);
    // The placeholder is drawn: the viewport is not just the base colour.
    const QImage image = view.viewport()->grab().toImage();
    const QColor base = view.palette().color(QPalette::Base);
    bool drawn = false;
    for (int y = 0; y < image.height() && !drawn; ++y)
        for (int x = 0; x < image.width() && !drawn; ++x)
            drawn = image.pixelColor(x, y) != base;
    QVERIFY(drawn);
}

void TestHexView::gibibyteCostsWhatKibibyteCosts()
{
    HexView view;
    view.resize(800, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QByteArray small(1024, 'k');
    view.setData(small);
    // 64 lines do not fit in 400 pixels: the scroll bar shows; one line fits: it hides.
    // (The scroll area shows and hides its bars from a queued connection.)
    QTRY_VERIFY(view.verticalScrollBar()->isVisible());
    QVERIFY(!view.horizontalScrollBar()->isVisible()); // a whole line fits in 800 pixels
    view.setData(QByteArray(16, 's'));
    QTRY_VERIFY(!view.verticalScrollBar()->isVisible());
    view.setData(small);
    QTRY_VERIFY(view.verticalScrollBar()->isVisible());
    const qint64 smallTop = timeGrab(view);
    view.goToOffset(small.size() - 1);
    const qint64 smallEnd = timeGrab(view);
    QVERIFY(smallTop >= 0 && smallEnd >= 0);

    const qsizetype size = qsizetype(1) << 30;
    ZeroBuffer buffer(size);
    QVERIFY(buffer.memory);
    std::memcpy(buffer.memory, "GiB!", 4);
    buffer.memory[size - 1] = 'Z';
    buffer.memory[size / 2] = '~';
    view.setData(buffer.bytes);
    QCOMPARE(view.data().constData(), buffer.memory); // shared, not copied
    const qint64 lines = size / 16;
    QCOMPARE(view.lineCount(), lines);
    QCOMPARE(qint64(view.verticalScrollBar()->maximum()), lines - view.visibleLineCount());
    QCOMPARE(view.verticalScrollBar()->pageStep(), view.visibleLineCount());
    const qint64 bigTop = timeGrab(view);
    QCOMPARE(view.lineText(0),
        QStringLiteral("00000000  47 69 42 21 00 00 00 00  00 00 00 00 00 00 00 00  GiB!............"));

    view.goToOffset(size - 1);
    const qint64 bigEnd = timeGrab(view);
    QCOMPARE(view.cursorPosition(), size - 1);
    QCOMPARE(view.verticalScrollBar()->value(), view.verticalScrollBar()->maximum());
    QCOMPARE(lineFromScrollBar(view), lines - view.visibleLineCount());
    QVERIFY(isVisible(view, size - 1));
    QCOMPARE(view.lineText(lines - 1),
        QStringLiteral("3ffffff0  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 5a  ...............Z"));

    view.goToOffset(size / 2);
    const qint64 bigMiddle = timeGrab(view);
    QVERIFY(isVisible(view, size / 2));
    QCOMPARE(view.lineText(size / 2 / 16),
        QStringLiteral("20000000  7e 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  ~..............."));

    qDebug("grab 1 KiB: top %lld ms, end %lld ms; 1 GiB: top %lld ms, end %lld ms, middle %lld ms", smallTop, smallEnd,
        bigTop, bigEnd, bigMiddle);
    // Painting all 67M lines would take minutes; painting the visible ones takes milliseconds.
    QVERIFY2(bigTop < 3000 && bigEnd < 3000 && bigMiddle < 3000, "painting depends on the data size");
    view.setData({});
}

void TestHexView::printTimingsFor256MiB()
{
    HexView view;
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QByteArray data(qsizetype(256) * 1024 * 1024, '\x5a');
    QElapsedTimer timer;
    timer.start();
    view.setData(data);
    (void)view.grab();
    const qint64 firstPaint = timer.elapsed();
    timer.restart();
    view.goToOffset(data.size() - 1);
    (void)view.grab();
    const qint64 jump = timer.elapsed();
    qDebug("256 MiB: setData + first paint %lld ms, go to the end + paint %lld ms", firstPaint, jump);
    QVERIFY(isVisible(view, data.size() - 1));
}

void TestHexView::scrollValueMappingBeyondIntMax()
{
    // Up to INT_MAX scrollable lines the value is the line.
    QCOMPARE(HexView::scrollValueForLine(12345, 1000000), 12345);
    QCOMPARE(HexView::lineForScrollValue(12345, 1000000), 12345);
    QCOMPARE(HexView::scrollValueForLine(INT_MAX, INT_MAX), INT_MAX);
    QCOMPARE(HexView::lineForScrollValue(5, 0), 0);
    QCOMPARE(HexView::scrollValueForLine(-3, 100), 0);
    QCOMPARE(HexView::scrollValueForLine(500, 100), 100);
    // Beyond, it is scaled: ends map to ends, order is kept, and a value survives the round trip.
    const qint64 maxFirst = (qint64(1) << 40) + 12345; // 16 TiB of data
    QCOMPARE(HexView::scrollValueForLine(0, maxFirst), 0);
    QCOMPARE(HexView::scrollValueForLine(maxFirst, maxFirst), INT_MAX);
    QCOMPARE(HexView::lineForScrollValue(0, maxFirst), 0);
    QCOMPARE(HexView::lineForScrollValue(INT_MAX, maxFirst), maxFirst);
    const qint64 linesPerStep = maxFirst / INT_MAX + 1;
    qint64 previous = -1;
    for (int value : { 1, 2, 1000, 1 << 20, INT_MAX / 2, INT_MAX - 2, INT_MAX - 1 }) {
        const qint64 line = HexView::lineForScrollValue(value, maxFirst);
        QVERIFY(line > previous);
        QVERIFY(line <= maxFirst);
        QCOMPARE(HexView::scrollValueForLine(line, maxFirst), value);
        QVERIFY(std::abs(line - qint64((long double)value * maxFirst / INT_MAX)) <= 1);
        previous = line;
    }
    const qint64 middle = maxFirst / 2;
    QVERIFY(std::abs(HexView::lineForScrollValue(HexView::scrollValueForLine(middle, maxFirst), maxFirst) - middle)
        <= linesPerStep);
}

void TestHexView::byteAtAndPointForByteAreInverse()
{
    HexView view;
    view.resize(800, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setData(allByteValues());
    for (qint64 offset = 0; offset < 256; ++offset) {
        QCOMPARE(view.byteAt(view.pointForByte(offset)), offset);
        QCOMPARE(view.byteAt(view.pointForByte(offset, true)), offset);
    }
    QCOMPARE(view.byteAt(QPoint(2, view.pointForByte(0).y())), -1); // offset column
    QCOMPARE(view.byteAt(QPoint(view.pointForByte(0).x(), -3)), -1); // above the first line
    QCOMPARE(view.byteAt(QPoint(view.pointForByte(0).x(), view.pointForByte(255).y() + 100)), -1); // past the end
}

void TestHexView::mouseSelectionIsByteAccurateAndMirrored()
{
    HexView view;
    view.resize(800, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QByteArray data = allByteValues();
    view.setData(data);
    QSignalSpy spy(&view, &HexView::selectionChanged);

    // Press in the hex column, drag into the ASCII column.
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, view.pointForByte(18));
    QCOMPARE(view.cursorPosition(), 18);
    QCOMPARE(view.selectionLength(), 0);
    QTest::mouseMove(view.viewport(), view.pointForByte(40, true));
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, view.pointForByte(40, true));
    QCOMPARE(view.selectionStart(), 18);
    QCOMPARE(view.selectionLength(), 23);
    QCOMPARE(view.selectedBytes().toByteArray(), data.mid(18, 23));
    QVERIFY(!spy.isEmpty());
    QCOMPARE(spy.last().at(0).toLongLong(), 18);
    QCOMPARE(spy.last().at(1).toLongLong(), 23);

    // Shown in both columns: selected cells have the highlight, their neighbours do not.
    const QImage image = view.viewport()->grab().toImage();
    const QColor highlight = view.palette().color(QPalette::Highlight);
    for (qint64 offset : { 18, 23, 24, 31, 32, 40 }) {
        QCOMPARE(cellBackground(image, view, offset, false), highlight);
        QCOMPARE(cellBackground(image, view, offset, true), highlight);
    }
    for (qint64 offset : { 17, 41, 0, 100 }) {
        QVERIFY(cellBackground(image, view, offset, false) != highlight);
        QVERIFY(cellBackground(image, view, offset, true) != highlight);
    }

    // Dragging backwards from the ASCII column into the hex column selects the same way.
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, view.pointForByte(70, true));
    QTest::mouseMove(view.viewport(), view.pointForByte(33));
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, view.pointForByte(33));
    QCOMPARE(view.selectionStart(), 33);
    QCOMPARE(view.selectionLength(), 38);
    QCOMPARE(view.cursorPosition(), 33);

    // Shift+click extends from the anchor (70).
    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::ShiftModifier, view.pointForByte(90));
    QCOMPARE(view.selectionStart(), 70);
    QCOMPARE(view.selectionLength(), 21);
    // A plain click drops the selection and puts the cursor on the byte.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.pointForByte(5, true));
    QCOMPARE(view.cursorPosition(), 5);
    QCOMPARE(view.selectionLength(), 0);
    QCOMPARE(spy.last().at(0).toLongLong(), 5);
    QCOMPARE(spy.last().at(1).toLongLong(), 0);
}

void TestHexView::dragBelowTheViewScrollsByLines()
{
    HexView view;
    view.resize(800, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setData(QByteArray(16 * 1000, 'd'));
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, view.pointForByte(2));
    QTest::mouseMove(view.viewport(), QPoint(view.pointForByte(2).x(), view.viewport()->height() + 5));
    QTRY_VERIFY_WITH_TIMEOUT(view.firstVisibleLine() >= 3, 5000);
    QCOMPARE(view.verticalScrollBar()->value(), int(view.firstVisibleLine()));
    QCOMPARE(view.selectionStart(), 2);
    QVERIFY(view.cursorPosition() / 16 >= view.firstVisibleLine() + view.visibleLineCount() - 1);
    QTest::mouseRelease(
        view.viewport(), Qt::LeftButton, {}, QPoint(view.pointForByte(2).x(), view.viewport()->height() + 5));
    const qint64 stopped = view.firstVisibleLine();
    QTest::qWait(200); // the timer must be gone: nothing moves any more
    QCOMPARE(view.firstVisibleLine(), stopped);
}

void TestHexView::keyboardNavigation()
{
    HexView view;
    view.resize(800, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setData(QByteArray(1000, 'a'));
    view.setFocus();
    QSignalSpy spy(&view, &HexView::selectionChanged);
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(view.cursorPosition(), 1);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.last().at(0).toLongLong(), 1);
    QCOMPARE(spy.last().at(1).toLongLong(), 0);
    QTest::keyClick(&view, Qt::Key_Left);
    QTest::keyClick(&view, Qt::Key_Left); // stays at 0
    QCOMPARE(view.cursorPosition(), 0);
    QCOMPARE(spy.count(), 2); // no signal when nothing changed
    QTest::keyClick(&view, Qt::Key_Down);
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(view.cursorPosition(), 17);
    QTest::keyClick(&view, Qt::Key_End);
    QCOMPARE(view.cursorPosition(), 31);
    QTest::keyClick(&view, Qt::Key_Home, Qt::ShiftModifier);
    QCOMPARE(view.selectionStart(), 16);
    QCOMPARE(view.selectionLength(), 16);
    QTest::keyClick(&view, Qt::Key_Up, Qt::ShiftModifier);
    QCOMPARE(view.selectionStart(), 0);
    QCOMPARE(view.selectionLength(), 32); // 0 .. 31, the anchor stays at 31
    QTest::keyClick(&view, Qt::Key_Escape);
    QCOMPARE(view.selectionLength(), 0);
    QCOMPARE(view.cursorPosition(), 0);

    // Page Down moves the cursor and the view by a page.
    const int page = view.visibleLineCount();
    QVERIFY(page >= 2);
    QTest::keyClick(&view, Qt::Key_PageDown);
    QCOMPARE(view.cursorPosition(), qint64(page) * 16);
    QCOMPARE(view.firstVisibleLine(), page);
    QTest::keyClick(&view, Qt::Key_PageDown, Qt::ShiftModifier);
    QCOMPARE(view.selectionStart(), qint64(page) * 16);
    QCOMPARE(view.selectionLength(), qint64(page) * 16 + 1);
    QTest::keyClick(&view, Qt::Key_PageUp);
    QCOMPARE(view.cursorPosition(), qint64(page) * 16);
    QCOMPARE(view.selectionLength(), 0);

    QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(view.cursorPosition(), 999);
    QCOMPARE(view.selectionLength(), 0);
    QVERIFY(isVisible(view, 999));
    QTest::keyClick(&view, Qt::Key_End); // on the short last line: its last byte
    QCOMPARE(view.cursorPosition(), 999);
    QTest::keyClick(&view, Qt::Key_Home);
    QCOMPARE(view.cursorPosition(), 992);
    QTest::keyClick(&view, Qt::Key_Home, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(view.selectionStart(), 0);
    QCOMPARE(view.selectionLength(), 993);
    QCOMPARE(view.firstVisibleLine(), 0);
    QTest::keyClick(&view, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(view.selectionStart(), 0);
    QCOMPARE(view.selectionLength(), 1000);
    QCOMPARE(spy.last().at(1).toLongLong(), 1000);
}

void TestHexView::clipboardForms()
{
    HexView view;
    view.setData(QByteArray("\x01Hi\xfe\xff", 5));
    view.setSelection(1, 4);
    const QByteArray selected("Hi\xfe\xff", 4);
    QClipboard *clipboard = QApplication::clipboard();
    const auto check = [&](const QString &text) {
        const QMimeData *mime = clipboard->mimeData();
        QVERIFY(mime);
        QVERIFY(mime->hasFormat(OctetStream));
        QVERIFY(mime->hasFormat(QStringLiteral("text/plain")));
        QCOMPARE(mime->data(OctetStream), selected);
        QCOMPARE(mime->text(), text);
    };
    view.copyHex();
    check(QStringLiteral("48 69 fe ff"));
    view.copyCArray();
    check(QStringLiteral("{ 0x48, 0x69, 0xfe, 0xff }"));
    view.copyBase64();
    check(QStringLiteral("SGn+/w=="));
    clipboard->clear();
    view.copyRaw();
    check(QStringLiteral("48 69 fe ff"));
    clipboard->clear();
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
    check(QStringLiteral("48 69 fe ff"));
}

void TestHexView::emptySelectionLeavesClipboardAlone()
{
    HexView view;
    view.setData(QByteArray("abc"));
    view.setSelection(1, 0);
    QCOMPARE(view.cursorPosition(), 1);
    QCOMPARE(view.selectionLength(), 0);
    QApplication::clipboard()->setText(QStringLiteral("keep me"));
    view.copyHex();
    view.copyRaw();
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("keep me"));
    QVERIFY(!QApplication::clipboard()->mimeData()->hasFormat(OctetStream));
}

void TestHexView::hugeSelectionIsCopiedInPart()
{
    HexView view;
    QCOMPARE(view.maxCopyBytes(), qint64(64) * 1024 * 1024);
    view.setMaxCopyBytes(4);
    view.setData(QByteArray("0123456789"));
    view.setSelection(2, 7);
    QSignalSpy spy(&view, &HexView::copyTruncated);
    view.copyRaw();
    QCOMPARE(QApplication::clipboard()->mimeData()->data(OctetStream), QByteArray("2345"));
    QCOMPARE(QApplication::clipboard()->mimeData()->text(), QStringLiteral("32 33 34 35"));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), 4);
    QCOMPARE(spy.at(0).at(1).toLongLong(), 7);
    view.copyCArray();
    QCOMPARE(QApplication::clipboard()->mimeData()->text(), QStringLiteral("{ 0x32, 0x33, 0x34, 0x35 }"));
    QCOMPARE(spy.count(), 2);
    // Within the limit nothing is left out and nothing is said.
    view.setSelection(2, 4);
    view.copyBase64();
    QCOMPARE(QApplication::clipboard()->mimeData()->data(OctetStream), QByteArray("2345"));
    QCOMPARE(spy.count(), 2);
}

void TestHexView::cArrayAndHexText()
{
    QCOMPARE(HexView::toHexText(QByteArrayView("\x01\xab", 2)), QStringLiteral("01 ab"));
    QCOMPARE(HexView::toHexText(QByteArrayView()), QString());
    const QByteArray all = allByteValues();
    QString expected;
    for (int i = 0; i < 256; ++i)
        expected += (i ? QStringLiteral(" ") : QString()) + QStringLiteral("%1").arg(i, 2, 16, QLatin1Char('0'));
    QCOMPARE(HexView::toHexText(all), expected);

    QCOMPARE(HexView::toCArray(QByteArrayView()), QStringLiteral("{ }"));
    QCOMPARE(HexView::toCArray(QByteArrayView("Hel", 3)), QStringLiteral("{ 0x48, 0x65, 0x6c }"));
    QCOMPARE(HexView::toCArray(all.left(12)),
        QStringLiteral("{ 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b }"));
    QCOMPARE(HexView::toCArray(all.mid(240, 14)),
        QStringLiteral("{\n"
                       "    0xf0, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9, 0xfa, 0xfb,\n"
                       "    0xfc, 0xfd\n"
                       "}"));
    QCOMPARE(HexView::toCArray(all.left(24)).count(u'\n'), 3); // exactly two lines of 12
}

void TestHexView::parseHexPattern_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::newRow("spaced") << QStringLiteral("48 65 6c") << true << QByteArray("Hel") << QString();
    QTest::newRow("packed") << QStringLiteral("48656C") << true << QByteArray("Hel") << QString();
    QTest::newRow("0x") << QStringLiteral("0x48 0x65") << true << QByteArray("He") << QString();
    QTest::newRow("0X packed") << QStringLiteral("0X4865") << true << QByteArray("He") << QString();
    QTest::newRow("commas") << QStringLiteral(" 0x48, 0x65,0x6c ") << true << QByteArray("Hel") << QString();
    QTest::newRow("colons") << QStringLiteral("48:65:6c") << true << QByteArray("Hel") << QString();
    QTest::newRow("newlines") << QStringLiteral("00 ff\n\t80") << true << QByteArray("\x00\xff\x80", 3) << QString();
    QTest::newRow("empty") << QString() << true << QByteArray() << QString();
    QTest::newRow("blank") << QStringLiteral("   ") << true << QByteArray() << QString();
    QTest::newRow("bad char") << QStringLiteral("48 6z") << false << QByteArray()
                              << QStringLiteral("“z” at position 5 is not a hex digit.");
    QTest::newRow("bad first") << QStringLiteral("g0") << false << QByteArray()
                               << QStringLiteral("“g” at position 1 is not a hex digit.");
    QTest::newRow("bad after 0x") << QStringLiteral("0x48 0xq1") << false << QByteArray()
                                  << QStringLiteral("“q” at position 8 is not a hex digit.");
    QTest::newRow("0x inside") << QStringLiteral("480x65") << false << QByteArray()
                               << QStringLiteral("“x” at position 4 is not a hex digit.");
    QTest::newRow("odd packed") << QStringLiteral("486") << false << QByteArray()
                                << QStringLiteral(
                                       "The hex digit “6” at position 3 has no partner: every byte takes two digits.");
    QTest::newRow("odd group") << QStringLiteral("48 6 5c") << false << QByteArray()
                               << QStringLiteral(
                                      "The hex digit “6” at position 4 has no partner: every byte takes two digits.");
    QTest::newRow("odd 0x") << QStringLiteral("0x4") << false << QByteArray()
                            << QStringLiteral(
                                   "The hex digit “4” at position 3 has no partner: every byte takes two digits.");
    QTest::newRow("bare 0x") << QStringLiteral("48 0x") << false << QByteArray()
                             << QStringLiteral("“0x” at position 4 is not followed by hex digits.");
    QTest::newRow("first bad wins")
        << QStringLiteral("486 zz") << false << QByteArray()
        << QStringLiteral("The hex digit “6” at position 3 has no partner: every byte takes two digits.");
}

void TestHexView::parseHexPattern()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    QString message = QStringLiteral("untouched");
    const auto result = HexView::parseHexPattern(text, &message);
    QCOMPARE(result.has_value(), ok);
    if (ok) {
        QCOMPARE(*result, bytes);
        QCOMPARE(message, QStringLiteral("untouched"));
    } else {
        QCOMPARE(message, error);
    }
}

void TestHexView::parseOffset_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("offset"); // -1: rejected
    QTest::addColumn<QString>("error");
    QTest::newRow("decimal") << QStringLiteral("100") << qint64(1000) << qint64(100) << QString();
    QTest::newRow("zero") << QStringLiteral("0") << qint64(1000) << qint64(0) << QString();
    QTest::newRow("last") << QStringLiteral("999") << qint64(1000) << qint64(999) << QString();
    QTest::newRow("plus") << QStringLiteral("+7") << qint64(1000) << qint64(7) << QString();
    QTest::newRow("hex") << QStringLiteral("0x10") << qint64(1000) << qint64(16) << QString();
    QTest::newRow("HEX") << QStringLiteral("  0X3E7 ") << qint64(1000) << qint64(999) << QString();
    QTest::newRow("from end") << QStringLiteral("-1") << qint64(1000) << qint64(999) << QString();
    QTest::newRow("whole from end") << QStringLiteral("-1000") << qint64(1000) << qint64(0) << QString();
    QTest::newRow("hex from end") << QStringLiteral("-0x10") << qint64(1000) << qint64(984) << QString();
    QTest::newRow("GiB") << QStringLiteral("0x3fffffff") << (qint64(1) << 30) << qint64((1 << 30) - 1) << QString();
    QTest::newRow("empty") << QStringLiteral("  ") << qint64(1000) << qint64(-1)
                           << QStringLiteral("Enter an offset: a decimal number, 0x followed by hex digits, or -N to "
                                             "count back from the end.");
    QTest::newRow("letters") << QStringLiteral("abc") << qint64(1000) << qint64(-1)
                             << QStringLiteral(
                                    "“abc” is not an offset: “a” at position 1 is not a decimal digit. Write "
                                    "a decimal number, 0x followed by hex digits, or -N to count back from "
                                    "the end.");
    QTest::newRow("trailing garbage") << QStringLiteral(" 12k") << qint64(1000) << qint64(-1)
                                      << QStringLiteral("“12k” is not an offset: “k” at position 4 is not a decimal "
                                                        "digit. Write a decimal number, 0x followed by hex digits, or "
                                                        "-N to count back from the end.");
    QTest::newRow("bad hex") << QStringLiteral("0x1g") << qint64(1000) << qint64(-1)
                             << QStringLiteral("“0x1g” is not an offset: “g” at position 4 is not a hex digit.");
    QTest::newRow("sign after 0x") << QStringLiteral("0x-5") << qint64(1000) << qint64(-1)
                                   << QStringLiteral("“0x-5” is not an offset: “-” at position 3 is not a hex digit.");
    QTest::newRow("bare 0x") << QStringLiteral("0x") << qint64(1000) << qint64(-1)
                             << QStringLiteral("“0x” is not an offset: the digits are missing.");
    QTest::newRow("bare minus") << QStringLiteral("-") << qint64(1000) << qint64(-1)
                                << QStringLiteral("“-” is not an offset: the digits are missing.");
    QTest::newRow("past end") << QStringLiteral("1000") << qint64(1000) << qint64(-1)
                              << QStringLiteral("1000 is outside the data: offsets run from 0 to 999 (0x3e7).");
    QTest::newRow("before start")
        << QStringLiteral("-1001") << qint64(1000) << qint64(-1)
        << QStringLiteral("-1001 is outside the data: counting back from the end runs from -1 to -1000.");
    QTest::newRow("minus zero") << QStringLiteral("-0") << qint64(1000) << qint64(-1)
                                << QStringLiteral(
                                       "-0 is outside the data: counting back from the end runs from -1 to -1000.");
    QTest::newRow("overflow") << QStringLiteral("99999999999999999999") << qint64(1000) << qint64(-1)
                              << QStringLiteral("“99999999999999999999” is too large for an offset: the data ends at "
                                                "999.");
    QTest::newRow("no data") << QStringLiteral("0") << qint64(0) << qint64(-1)
                             << QStringLiteral("There is no data to go to.");
}

void TestHexView::parseOffset()
{
    QFETCH(QString, text);
    QFETCH(qint64, size);
    QFETCH(qint64, offset);
    QFETCH(QString, error);
    QString message;
    const auto result = HexView::parseOffset(text, size, &message);
    if (offset >= 0) {
        QVERIFY2(result.has_value(), qPrintable(message));
        QCOMPARE(*result, offset);
    } else {
        QVERIFY(!result.has_value());
        QCOMPARE(message, error);
    }
}

void TestHexView::findForwardBackward()
{
    HexView view;
    view.resize(600, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QByteArray data(100000, 'x');
    data.replace(500, 3, "abc");
    data.replace(90000, 3, "abc");
    view.setData(data);
    QSignalSpy spy(&view, &HexView::selectionChanged);
    QCOMPARE(view.find("abc", 0), 500);
    QCOMPARE(view.selectionStart(), 500);
    QCOMPARE(view.selectionLength(), 3);
    QCOMPARE(spy.last().at(0).toLongLong(), 500);
    QCOMPARE(spy.last().at(1).toLongLong(), 3);
    QCOMPARE(view.find("abc", 500), 500); // a match at `from` counts
    QCOMPARE(view.find("abc", 501), 90000);
    QVERIFY(isVisible(view, 90000));
    QVERIFY(isVisible(view, 90002));
    QCOMPARE(view.selectedBytes().toByteArray(), QByteArray("abc"));
    QCOMPARE(view.find("abc", 99999, false), 90000);
    QCOMPARE(view.find("abc", 90000, false), 90000); // a match starting at `from` counts backwards too
    QCOMPARE(view.find("abc", 89999, false), 500);
    QVERIFY(isVisible(view, 500));
    QCOMPARE(view.find("abc", 499, false), -1);
    QCOMPARE(view.find("abc", -1, false), -1); // not "from the end"
    QCOMPARE(view.find("abc", 90001), -1);
    QCOMPARE(view.find("abc", 200000), -1);
    QCOMPARE(view.find("nope", 0), -1);
    QCOMPARE(view.find({}, 0), -1);
    // Not found leaves the selection where it was.
    QCOMPARE(view.selectionStart(), 500);
    QCOMPARE(view.selectionLength(), 3);
    QCOMPARE(view.find("x", 0), 0);
    QCOMPARE(view.find("xa", 0), 499);
}

void TestHexView::goToOffsetMakesTheOffsetVisible()
{
    HexView view;
    view.resize(600, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setData(QByteArray(16 * 10000, 'g'));
    view.setSelection(3, 10);
    for (qint64 offset : { qint64(80000), qint64(159999), qint64(5), qint64(16 * 5000 + 7) }) {
        view.goToOffset(offset);
        QVERIFY2(isVisible(view, offset), qPrintable(QString::number(offset)));
        QCOMPARE(view.firstVisibleLine(), lineFromScrollBar(view));
        QCOMPARE(view.cursorPosition(), offset);
        QCOMPARE(view.selectionStart(), offset);
        QCOMPARE(view.selectionLength(), 1); // the byte is selected, so it stands out
    }
    // An offset already on screen does not move the view.
    const qint64 first = view.firstVisibleLine();
    view.goToOffset(first * 16 + 20);
    QCOMPARE(view.firstVisibleLine(), first);
    QCOMPARE(view.cursorPosition(), first * 16 + 20);
    // Out of range is clamped to the data.
    view.goToOffset(1 << 30);
    QCOMPARE(view.cursorPosition(), 16 * 10000 - 1);
    QVERIFY(isVisible(view, 16 * 10000 - 1));
    // Through the parser, as the Go to Offset dialog does it.
    QString error;
    const auto parsed = HexView::parseOffset(QStringLiteral("-0x100"), view.data().size(), &error);
    QVERIFY(parsed);
    view.goToOffset(*parsed);
    QCOMPARE(view.cursorPosition(), 16 * 10000 - 256);
}

void TestHexView::goToOffsetDialogAsksAgainOnBadInput()
{
    HexView view;
    view.resize(600, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setData(QByteArray(16 * 10000, 'g'));
    QStringList labels;
    const auto findDialog = [] { return qobject_cast<QInputDialog *>(QApplication::activeModalWidget()); };
    // First a bad offset: the dialog comes back saying why and keeping the text; then a good one.
    whenOpen(findDialog, [&](QWidget *first) {
        auto *dialog = static_cast<QInputDialog *>(first);
        labels << dialog->labelText();
        dialog->setTextValue(QStringLiteral("0x12q"));
        QTimer::singleShot(0, dialog, &QDialog::accept);
        whenOpen(
            [=]() -> QWidget * {
                QInputDialog *next = findDialog();
                return next && next != first ? next : nullptr;
            },
            [&](QWidget *second) {
                auto *again = static_cast<QInputDialog *>(second);
                labels << again->labelText() << again->textValue();
                again->setTextValue(QStringLiteral("-0x10"));
                QTimer::singleShot(0, again, &QDialog::accept);
            });
    });
    view.promptGoToOffset();
    QCOMPARE(labels.size(), 3);
    QVERIFY(!labels.at(0).contains(QStringLiteral("not an offset")));
    QVERIFY2(labels.at(1).startsWith(QStringLiteral("“0x12q” is not an offset: “q” at position 5 is not a hex digit.")),
        qPrintable(labels.at(1)));
    QCOMPARE(labels.at(2), QStringLiteral("0x12q"));
    QCOMPARE(view.cursorPosition(), 16 * 10000 - 16);
    QVERIFY(isVisible(view, 16 * 10000 - 16));
}

void TestHexView::contextMenuOffersTheCopyForms()
{
    HexView view;
    view.resize(600, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setData(QByteArray("menu"));
    const auto menuEntries = [&] {
        QStringList entries;
        whenOpen([] { return qobject_cast<QMenu *>(QApplication::activePopupWidget()); },
            [&](QWidget *popup) {
                const auto actions = popup->actions();
                for (QAction *action : actions) {
                    if (!action->isSeparator())
                        entries << action->text() + (action->isEnabled() ? QString() : QStringLiteral(" (off)"));
                }
                popup->close();
            });
        QContextMenuEvent event(QContextMenuEvent::Mouse, view.pointForByte(1), view.mapToGlobal(view.pointForByte(1)));
        QApplication::sendEvent(view.viewport(), &event);
        return entries;
    };
    QCOMPARE(menuEntries(),
        QStringList({ QStringLiteral("Copy as Hex (off)"), QStringLiteral("Copy as C Array (off)"),
            QStringLiteral("Copy as Base64 (off)"), QStringLiteral("Copy Raw Bytes (off)"),
            QStringLiteral("Select All"), QStringLiteral("Go to Offset…") }));
    view.setSelection(1, 2);
    QCOMPARE(menuEntries(),
        QStringList(
            { QStringLiteral("Copy as Hex"), QStringLiteral("Copy as C Array"), QStringLiteral("Copy as Base64"),
                QStringLiteral("Copy Raw Bytes"), QStringLiteral("Select All"), QStringLiteral("Go to Offset…") }));
}

// Go to Offset selects the byte (a highlight that shows without focus) and scrolls to it.
void TestHexView::goToOffsetSelectsAndHighlightsTheByte()
{
    HexPane pane;
    pane.resize(700, 300);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    HexView *view = pane.view();
    view->setData(QByteArray(16 * 10000, 'g'));
    const qint64 target = 16 * 7000 + 5;
    view->goToOffset(target);
    QCOMPARE(view->selectionStart(), target);
    QCOMPARE(view->selectionLength(), 1);
    QVERIFY(isVisible(*view, target));
    // Without focus: a cursor frame alone (drawn only with focus) would not show the byte.
    view->clearFocus();
    QVERIFY(!view->hasFocus());
    // Painted in the highlight colour in both columns, the neighbours not.
    const QImage image = view->viewport()->grab().toImage();
    const QColor highlight = view->palette().color(QPalette::Highlight);
    QCOMPARE(cellBackground(image, *view, target, false), highlight);
    QCOMPARE(cellBackground(image, *view, target, true), highlight);
    QVERIFY(cellBackground(image, *view, target + 1, false) != highlight);
    QVERIFY(cellBackground(image, *view, target - 1, true) != highlight);
    QCOMPARE(
        pane.readoutText(), QStringLiteral("Offset 0x1b585 (112005) · Selection 1 byte (0x1) from 0x1b585 (112005)"));
}

void TestHexView::readoutShowsOffsetAndSelection()
{
    HexPane pane;
    pane.resize(700, 300);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    HexView *view = pane.view();
    QCOMPARE(pane.readoutText(), QStringLiteral("No data"));
    view->setData(allByteValues());
    QCOMPARE(pane.readoutText(), QStringLiteral("Offset 0x0 (0)"));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(pane.readoutText(), QStringLiteral("Offset 0x11 (17)"));
    // Shift+Right three times: the cursor moves on and four bytes are selected.
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(pane.readoutText(), QStringLiteral("Offset 0x14 (20) · Selection 4 bytes (0x4) from 0x11 (17)"));
    // Dragging with the mouse, backwards: the cursor is where the drag ends.
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, view->pointForByte(0x30));
    QTest::mouseMove(view->viewport(), view->pointForByte(0x1f));
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, view->pointForByte(0x1f));
    QCOMPARE(pane.readoutText(), QStringLiteral("Offset 0x1f (31) · Selection 18 bytes (0x12) from 0x1f (31)"));
    view->selectAll();
    QCOMPARE(pane.readoutText(), QStringLiteral("Offset 0xff (255) · Selection 256 bytes (0x100) from 0x0 (0)"));
    // A selection's other end moved over the anchor changes only the cursor: the readout follows.
    view->setSelection(4, 2);
    QCOMPARE(pane.readoutText(), QStringLiteral("Offset 0x5 (5) · Selection 2 bytes (0x2) from 0x4 (4)"));
}

void TestHexView::findBarFindsHexAndText()
{
    HexPane pane;
    pane.resize(700, 300);
    pane.show();
    pane.activateWindow(); // the find field gets the focus (also under Xvfb)
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    HexView *view = pane.view();
    QByteArray data(100000, '\0');
    data.replace(0x1c, 4, "\xde\xad\xbe\xef");
    data.replace(70000, 4, "\xde\xad\xbe\xef");
    data.replace(50000, 5, "hello");
    view->setData(data);
    QVERIFY(pane.findBar()->isHidden());
    pane.showFind();
    QVERIFY(pane.findBar()->isVisible());
    QVERIFY(pane.findEdit()->hasFocus());
    QCOMPARE(pane.findMode(), HexPane::FindMode::Hex);
    QTest::keyClicks(pane.findEdit(), QStringLiteral("de ad be ef"));
    QTest::keyClick(pane.findEdit(), Qt::Key_Return);
    QCOMPARE(view->selectionStart(), 0x1c);
    QCOMPARE(view->selectionLength(), 4);
    QCOMPARE(view->selectedBytes().toByteArray(), QByteArray("\xde\xad\xbe\xef"));
    QCOMPARE(pane.findMessage(), QStringLiteral("Found at 0x1c (28)."));
    QVERIFY(!pane.findMessageIsError());
    QCOMPARE(pane.readoutText(), QStringLiteral("Offset 0x1f (31) · Selection 4 bytes (0x4) from 0x1c (28)"));
    // Enter again: the next one, far down, scrolled into view.
    QTest::keyClick(pane.findEdit(), Qt::Key_Return);
    QCOMPARE(view->selectionStart(), 70000);
    QVERIFY(isVisible(*view, 70000));
    // The end wraps around to the start, and says so.
    QTest::mouseClick(pane.nextButton(), Qt::LeftButton);
    QCOMPARE(view->selectionStart(), 0x1c);
    QVERIFY(pane.findMessage().contains(QStringLiteral("Went on from the start.")));
    // Previous (Shift+Enter) from the first wraps to the last.
    QTest::keyClick(pane.findEdit(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(view->selectionStart(), 70000);
    QVERIFY(pane.findMessage().contains(QStringLiteral("Went on from the end.")));
    QTest::mouseClick(pane.previousButton(), Qt::LeftButton);
    QCOMPARE(view->selectionStart(), 0x1c);
    // Other hex spellings find the same bytes.
    pane.findEdit()->setText(QStringLiteral("0xde,0xad:BEEF"));
    view->goToOffset(100);
    QVERIFY(pane.findNext());
    QCOMPARE(view->selectionStart(), 70000);

    // Text, as UTF-8.
    pane.setFindMode(HexPane::FindMode::Text);
    pane.findEdit()->setText(QStringLiteral("hello"));
    view->goToOffset(0);
    QVERIFY(pane.findNext());
    QCOMPARE(view->selectionStart(), 50000);
    QCOMPARE(view->selectionLength(), 5);
    // Absent: said in red, the selection stays.
    pane.findEdit()->setText(QStringLiteral("absent"));
    QVERIFY(!pane.findNext());
    QCOMPARE(pane.findMessage(), QStringLiteral("“absent” was not found."));
    QVERIFY(pane.findMessageIsError());
    QCOMPARE(view->selectionStart(), 50000);
    QCOMPARE(view->selectionLength(), 5);
    // Escape closes the bar and gives the view the focus.
    QTest::keyClick(pane.findEdit(), Qt::Key_Escape);
    QVERIFY(pane.findBar()->isHidden());
    QVERIFY(pane.findMessage().isEmpty());
    QVERIFY(view->hasFocus());
    if (const QString path = qEnvironmentVariable("FRAMEWISE_SCREENSHOT"); !path.isEmpty()) {
        pane.setFindMode(HexPane::FindMode::Hex);
        pane.showFind();
        pane.findEdit()->setText(QStringLiteral("de ad be ef"));
        view->goToOffset(0);
        pane.findNext();
        QVERIFY(pane.grab().save(QString(path).replace(QStringLiteral(".png"), QStringLiteral("-find.png"))));
    }
}

void TestHexView::findBarSaysWhatIsWrongWithTheHex()
{
    HexPane pane;
    pane.resize(700, 300);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.view()->setData(QByteArray("\x01\x02\x03", 3));
    pane.view()->setSelection(1, 1);
    pane.showFind();
    QTest::keyClicks(pane.findEdit(), QStringLiteral("de ax"));
    QTest::keyClick(pane.findEdit(), Qt::Key_Return);
    QCOMPARE(pane.findMessage(),
        QStringLiteral(
            "Not hex: “x” at position 5 is not a hex digit. Write bytes as pairs of hex digits (de ad be ef), "
            "or choose Text to find characters."));
    QVERIFY(pane.findMessageIsError());
    QCOMPARE(pane.view()->selectionStart(), 1); // nothing moved
    pane.findEdit()->setText(QStringLiteral("abc"));
    QVERIFY(!pane.findNext());
    QVERIFY2(pane.findMessage().contains(QStringLiteral("has no partner")), qPrintable(pane.findMessage()));
    pane.findEdit()->setText(QStringLiteral("   "));
    QVERIFY(!pane.findNext());
    QCOMPARE(pane.findMessage(), QStringLiteral("Type the bytes to find as hex, e.g. de ad be ef."));
    // Typing clears the complaint.
    QTest::keyClick(pane.findEdit(), Qt::Key_0);
    QVERIFY(pane.findMessage().isEmpty());
    // In Text mode the same characters are simply text.
    pane.setFindMode(HexPane::FindMode::Text);
    pane.view()->setData(QByteArray("xx de ax yy"));
    pane.findEdit()->setText(QStringLiteral("de ax"));
    QVERIFY(pane.findNext());
    QCOMPARE(pane.view()->selectionStart(), 3);
}

// Ctrl+F, F3 and Shift+F3 with the focus anywhere in the detail pane: the hex tab's find bar, also
// from the Text tab; the view's context menu offers Find… there.
void TestHexView::ctrlFAndF3WorkInTheDetailPane()
{
    DetailPane detail;
    detail.resize(700, 400);
    detail.show();
    detail.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&detail));
    HexPane *pane = detail.hexPane();
    QByteArray data(4000, 'z');
    data.replace(100, 3, "abc");
    data.replace(3000, 3, "abc");
    pane->view()->setData(data);
    auto *tabs = detail.findChild<QTabWidget *>();
    QVERIFY(tabs);
    tabs->setCurrentIndex(0); // Text
    tabs->currentWidget()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget(), pane);
    QVERIFY(pane->findBar()->isVisible());
    QCOMPARE(QApplication::focusWidget(), pane->findEdit());
    pane->setFindMode(HexPane::FindMode::Text);
    QTest::keyClicks(pane->findEdit(), QStringLiteral("abc"));
    QTest::keyClick(pane->findEdit(), Qt::Key_F3);
    QCOMPARE(pane->view()->selectionStart(), 100);
    pane->view()->setFocus();
    QTest::keyClick(pane->view(), Qt::Key_F3);
    QCOMPARE(pane->view()->selectionStart(), 3000);
    QTest::keyClick(pane->view(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(pane->view()->selectionStart(), 100);
    // Ctrl+G in the view is still Go to Offset, not "find next".
    bool asked = false;
    whenOpen([] { return qobject_cast<QInputDialog *>(QApplication::activeModalWidget()); },
        [&](QWidget *dialog) {
            asked = true;
            static_cast<QInputDialog *>(dialog)->setTextValue(QStringLiteral("0x10"));
            QTimer::singleShot(0, dialog, [dialog] { static_cast<QDialog *>(dialog)->accept(); });
        });
    QTest::keyClick(pane->view(), Qt::Key_G, Qt::ControlModifier);
    QVERIFY(asked);
    QCOMPARE(pane->view()->selectionStart(), 0x10);
    QCOMPARE(pane->view()->selectionLength(), 1);
    // The context menu's Find… opens the bar.
    pane->hideFind();
    QStringList entries;
    whenOpen([] { return qobject_cast<QMenu *>(QApplication::activePopupWidget()); },
        [&](QWidget *popup) {
            for (QAction *action : popup->actions()) {
                if (action->text() == QStringLiteral("Find…")) {
                    entries << action->shortcut().toString();
                    popup->close();
                    action->trigger();
                    return;
                }
            }
            popup->close();
        });
    QContextMenuEvent event(QContextMenuEvent::Mouse, pane->view()->pointForByte(1),
        pane->view()->mapToGlobal(pane->view()->pointForByte(1)));
    QApplication::sendEvent(pane->view()->viewport(), &event);
    QCOMPARE(entries, QStringList { QStringLiteral("Ctrl+F") });
    QVERIFY(pane->findBar()->isVisible());
}

QTEST_MAIN(TestHexView)
#include "tst_hexview.moc"
