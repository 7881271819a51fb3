// SPDX-License-Identifier: GPL-3.0-or-later
// The Framewise window.
#include "appsettings.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>
#include <QUrl>

using namespace Framewise;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Framewise"));
    QApplication::setApplicationName(QStringLiteral("framewise"));
    QApplication::setApplicationDisplayName(QStringLiteral("Framewise"));
    QApplication::setApplicationVersion(QStringLiteral(FRAMEWISE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.framewise.Framewise"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Inspector for WebSocket endpoints."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("url"), QApplication::translate("main", "ws:// or wss:// address to open in a tab (optional)."));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to FILE after DELAY ms, then quit."),
        QStringLiteral("FILE"));
    QCommandLineOption screenshotDelay(QStringLiteral("screenshot-delay"),
        QApplication::translate("main", "Delay before --screenshot, in milliseconds (default 1500)."),
        QStringLiteral("DELAY"), QStringLiteral("1500"));
    parser.addOption(screenshot);
    parser.addOption(screenshotDelay);
    parser.process(app);

    AppSettings settings;
    MainWindow window(&settings);
    const QStringList urls = parser.positionalArguments();
    for (const QString &url : urls)
        window.addTab(url);
    window.show();
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(parser.value(screenshotDelay).toInt(), &window, [&window, file] {
            window.grab().save(file);
            QApplication::quit();
        });
    }
    return app.exec();
}
