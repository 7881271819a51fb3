// SPDX-License-Identifier: GPL-3.0-or-later
// The hex viewer: line layout, 1 GiB costs what 1 KiB costs, byte-accurate mouse and keyboard
// selection mirrored in both columns, clipboard forms, offset and hex-pattern parsing, find.
#include "hexview.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QMimeData>
#include <QScrollBar>
#include <QTest>

using namespace Framewise;

class TestHexView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void lineLayout();
    void gibibyteCostsWhatKibibyteCosts();
    void mouseSelectionIsByteAccurateInBothColumns();
    void keyboardNavigation();
    void clipboardForms();
    void parseHexPattern_data();
    void parseHexPattern();
    void parseOffset();
    void findForwardBackward();
};

void TestHexView::lineLayout()
{
    HexView view;
    view.setData(QByteArray("Hello, WebSocket!\x00\x01\xff", 20));
    QCOMPARE(view.lineCount(), 2);
    QCOMPARE(view.lineText(0),
        QStringLiteral("00000000  48 65 6c 6c 6f 2c 20 57  65 62 53 6f 63 6b 65 74  Hello, WebSocket"));
    QCOMPARE(view.lineText(1),
        QStringLiteral("00000010  21 00 01 ff ") + QString(12 * 3 + 1, u' ') + QStringLiteral(" !..."));
    QVERIFY(view.lineText(2).isEmpty());
    view.setData({});
    QCOMPARE(view.lineCount(), 0);
    QCOMPARE(view.selectionLength(), 0);
}

void TestHexView::gibibyteCostsWhatKibibyteCosts()
{
    HexView view;
    view.resize(800, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QByteArray big(qsizetype(1) << 30, '\0');
    big[big.size() - 1] = 'Z';
    QElapsedTimer timer;
    timer.start();
    view.setData(big);
    (void)view.grab();
    const qint64 firstPaintMs = timer.elapsed();
    timer.restart();
    view.goToOffset(big.size() - 1);
    (void)view.grab();
    const qint64 jumpMs = timer.elapsed();
    qDebug("1 GiB: first paint %lld ms, jump to end %lld ms", firstPaintMs, jumpMs);
    const qint64 lines = (qint64(1) << 30) / 16;
    QCOMPARE(view.lineCount(), lines);
    QCOMPARE(qint64(view.verticalScrollBar()->maximum()), lines - view.visibleLineCount());
    QVERIFY(view.firstVisibleLine() + view.visibleLineCount() >= lines);
    QCOMPARE(view.cursorPosition(), big.size() - 1);
    QVERIFY(view.lineText(lines - 1).startsWith(QStringLiteral("3ffffff0  00 00")));
    QVERIFY(view.lineText(lines - 1).endsWith(QStringLiteral("...............Z")));
    // The data is shared, not copied.
    QCOMPARE(view.data().constData(), big.constData());
}

void TestHexView::mouseSelectionIsByteAccurateInBothColumns()
{
    HexView view;
    view.resize(800, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QByteArray data;
    for (int i = 0; i < 256; ++i)
        data.append(char(i));
    view.setData(data);
    QCOMPARE(view.byteAt(view.pointForByte(37)), 37);
    QCOMPARE(view.byteAt(view.pointForByte(37, true)), 37);
    QCOMPARE(view.byteAt(QPoint(1, 1)), -1); // offset column
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, view.pointForByte(18));
    QTest::mouseMove(view.viewport(), view.pointForByte(40, true));
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, view.pointForByte(40, true));
    QCOMPARE(view.selectionStart(), 18);
    QCOMPARE(view.selectionLength(), 23);
    QCOMPARE(view.selectedBytes().toByteArray(), data.mid(18, 23));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::ShiftModifier, view.pointForByte(50));
    QCOMPARE(view.selectionStart(), 18);
    QCOMPARE(view.selectionLength(), 33);
}

void TestHexView::keyboardNavigation()
{
    HexView view;
    view.resize(800, 200);
    view.show();
    view.setData(QByteArray(1000, 'a'));
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(view.cursorPosition(), 1);
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(view.cursorPosition(), 17);
    QTest::keyClick(&view, Qt::Key_End);
    QCOMPARE(view.cursorPosition(), 31);
    QTest::keyClick(&view, Qt::Key_Home, Qt::ShiftModifier);
    QCOMPARE(view.selectionStart(), 16);
    QCOMPARE(view.selectionLength(), 16);
    QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(view.cursorPosition(), 999);
    QCOMPARE(view.selectionLength(), 0);
    QVERIFY(view.firstVisibleLine() + view.visibleLineCount() > 999 / 16);
    QTest::keyClick(&view, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(view.selectionLength(), 1000);
}

void TestHexView::clipboardForms()
{
    HexView view;
    view.setData(QByteArray("\x01\x02\xfe\xff", 4));
    view.setSelection(1, 3);
    QCOMPARE(HexView::toHexText(QByteArrayView("\x01\xab", 2)), QStringLiteral("01 ab"));
    view.copyHex();
    QCOMPARE(QApplication::clipboard()->mimeData()->text(), QStringLiteral("02 fe ff"));
    QCOMPARE(QApplication::clipboard()->mimeData()->data(QStringLiteral("application/octet-stream")),
        QByteArray("\x02\xfe\xff", 3));
    view.copyCArray();
    QCOMPARE(QApplication::clipboard()->mimeData()->text(), QStringLiteral("{\n    0x02, 0xfe, 0xff\n}"));
    view.copyBase64();
    QCOMPARE(QApplication::clipboard()->mimeData()->text(), QString::fromLatin1(QByteArray("\x02\xfe\xff").toBase64()));
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->mimeData()->data(QStringLiteral("application/octet-stream")),
        QByteArray("\x02\xfe\xff", 3));
    QString longArray = HexView::toCArray(QByteArray(13, '\x10'));
    QCOMPARE(longArray.count(u'\n'), 3); // 12 per line
}

void TestHexView::parseHexPattern_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("spaced") << QStringLiteral("48 65 6c") << true << QByteArray("Hel") << QString();
    QTest::newRow("packed") << QStringLiteral("48656C") << true << QByteArray("Hel") << QString();
    QTest::newRow("0x") << QStringLiteral("0x48 0x65") << true << QByteArray("He") << QString();
    QTest::newRow("empty") << QString() << true << QByteArray() << QString();
    QTest::newRow("bad char") << QStringLiteral("48 6z") << false << QByteArray() << QStringLiteral("position 5");
    QTest::newRow("odd") << QStringLiteral("486") << false << QByteArray() << QStringLiteral("missing");
}

void TestHexView::parseHexPattern()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, errorContains);
    QString error;
    const auto result = HexView::parseHexPattern(text, &error);
    QCOMPARE(result.has_value(), ok);
    if (ok)
        QCOMPARE(*result, bytes);
    else
        QVERIFY2(error.contains(errorContains), qPrintable(error));
}

void TestHexView::parseOffset()
{
    QString error;
    QCOMPARE(HexView::parseOffset(QStringLiteral("100"), 1000, &error), std::optional<qint64>(100));
    QCOMPARE(HexView::parseOffset(QStringLiteral("0x10"), 1000, &error), std::optional<qint64>(16));
    QCOMPARE(HexView::parseOffset(QStringLiteral("-1"), 1000, &error), std::optional<qint64>(999));
    QVERIFY(!HexView::parseOffset(QStringLiteral("1000"), 1000, &error));
    QVERIFY(error.contains(QStringLiteral("outside")));
    QVERIFY(!HexView::parseOffset(QStringLiteral("abc"), 1000, &error));
    QVERIFY(error.contains(QStringLiteral("not an offset")));
}

void TestHexView::findForwardBackward()
{
    HexView view;
    view.resize(600, 200);
    QByteArray data(100000, 'x');
    data.replace(500, 3, "abc");
    data.replace(90000, 3, "abc");
    view.setData(data);
    QCOMPARE(view.find("abc", 0), 500);
    QCOMPARE(view.selectionStart(), 500);
    QCOMPARE(view.selectionLength(), 3);
    QCOMPARE(view.find("abc", 501), 90000);
    QVERIFY(view.firstVisibleLine() <= 90000 / 16 && 90000 / 16 < view.firstVisibleLine() + view.visibleLineCount());
    QCOMPARE(view.find("abc", 89999, false), 500);
    QCOMPARE(view.find("nope", 0), -1);
}

QTEST_MAIN(TestHexView)
#include "tst_hexview.moc"
