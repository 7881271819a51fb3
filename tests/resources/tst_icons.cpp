// SPDX-License-Identifier: GPL-3.0-or-later
// The embedded icons: every action icon draws, in the palette's text colour and in a paler colour
// when disabled; the application icon has its sizes; the files installed for the desktop agree on
// the application id.
#include "icons.h"
#include "symboliciconengine.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QPalette>
#include <QPixmap>
#include <QTest>

using namespace Framewise;

namespace {

// The colour most opaque pixels have, and how many pixels are drawn at all.
struct Ink {
    QColor color;
    int pixels = 0;
};

Ink ink(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    Ink result;
    int bestAlpha = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() == 0)
                continue;
            ++result.pixels;
            if (c.alpha() > bestAlpha) {
                bestAlpha = c.alpha();
                result.color = c;
            }
        }
    }
    return result;
}

} // namespace

class TestIcons : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void actionIconsDraw_data();
    void actionIconsDraw();
    void followsThePalette();
    void applicationIcon();
    void desktopFilesAgree();
};

void TestIcons::actionIconsDraw_data()
{
    QTest::addColumn<QString>("name");
    const QStringList names = Icons::actionNames();
    for (const char *expected : { "connect", "disconnect", "send", "send-file", "ping", "close-connection", "clear",
             "find", "new-tab", "close-tab", "export", "language" })
        QVERIFY2(names.contains(QLatin1String(expected)), expected);
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << name;
}

void TestIcons::actionIconsDraw()
{
    QFETCH(QString, name);
    const QIcon icon = Icons::action(name);
    QVERIFY(!icon.isNull());
    for (const int size : { 16, 24, 32 }) {
        const Ink normal = ink(icon.pixmap(size, size));
        // A line drawing: some pixels, far from all of them.
        QVERIFY2(normal.pixels > size && normal.pixels < size * size * 3 / 4,
            qPrintable(QStringLiteral("%1 at %2 px: %3 pixels drawn").arg(name).arg(size).arg(normal.pixels)));
        QCOMPARE(normal.color.rgb(), QApplication::palette().color(QPalette::Active, QPalette::WindowText).rgb());
        const Ink disabled = ink(icon.pixmap(size, size, QIcon::Disabled));
        QVERIFY(disabled.pixels > 0);
        QCOMPARE(disabled.color.rgb(), SymbolicIconEngine::colorFor(QIcon::Disabled).rgb());
    }
}

void TestIcons::followsThePalette()
{
    const QPalette original = QApplication::palette();
    QPalette dark = original;
    dark.setColor(QPalette::Active, QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    QApplication::setPalette(dark);
    const Ink light = ink(Icons::action(QStringLiteral("send")).pixmap(32, 32));
    QApplication::setPalette(original);
    QCOMPARE(light.color.rgb(), QColor(0xee, 0xee, 0xee).rgb());
}

void TestIcons::applicationIcon()
{
    const QIcon icon = Icons::application();
    QVERIFY(!icon.isNull());
    for (const int size : { 16, 32, 48, 256 }) {
        const QPixmap pixmap = icon.pixmap(size, size);
        QCOMPARE(pixmap.width(), size);
        QVERIFY(ink(pixmap).pixels > size * size / 2);
    }
}

void TestIcons::desktopFilesAgree()
{
    const QString id = Icons::applicationId();
    const QString resources = QStringLiteral(FRAMEWISE_SOURCE_DIR "/resources/");
    QFile desktop(resources + id + QStringLiteral(".desktop"));
    QVERIFY2(desktop.open(QIODevice::ReadOnly), qPrintable(desktop.fileName()));
    const QByteArray utf8Id = id.toUtf8();
    QVERIFY(desktop.readAll().contains(QByteArray("\nIcon=" + utf8Id + '\n')));
    QFile metainfo(resources + id + QStringLiteral(".metainfo.xml"));
    QVERIFY2(metainfo.open(QIODevice::ReadOnly), qPrintable(metainfo.fileName()));
    const QByteArray xml = metainfo.readAll();
    QVERIFY(xml.contains(QByteArray("<id>" + utf8Id + "</id>")));
    QVERIFY(xml.contains(QByteArray("<launchable type=\"desktop-id\">" + utf8Id + ".desktop</launchable>")));
    QVERIFY(QFile::exists(resources + QStringLiteral("icons/") + id + QStringLiteral(".svg")));
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
