// SPDX-License-Identifier: GPL-3.0-or-later
// The Framewise window.
#include "allocatorpolicy.h"
#include "appsettings.h"
#include "icons.h"
#include "languageloader.h"
#include "mainwindow.h"
#include "privatefiles.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>
#include <QUrl>

using namespace Framewise;

int main(int argc, char *argv[])
{
    AllocatorPolicy::applyForStreaming(); // large buffers reused, not faulted in anew each time
    PrivateFiles::restrictProcess(); // every file this process creates is the user's alone
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Framewise"));
    QApplication::setApplicationName(QStringLiteral("framewise"));
    QApplication::setApplicationDisplayName(QStringLiteral("Framewise"));
    QApplication::setApplicationVersion(QStringLiteral(FRAMEWISE_VERSION));
    QApplication::setDesktopFileName(Icons::applicationId());
    QApplication::setWindowIcon(Icons::application());

    // --lang beats the language saved in the settings, which beats the system's; installed
    // before the parser so that --help is translated too.
    AppSettings settings;
    QString language = LanguageLoader::fromArguments(QApplication::arguments());
    if (language.isEmpty())
        language = settings.language();
    LanguageLoader::install(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Inspector for WebSocket endpoints."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("url"),
        QApplication::translate("main", "ws:// or wss:// address to open in a tab and connect to (optional)."));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to FILE after DELAY ms, then quit."),
        QStringLiteral("FILE"));
    QCommandLineOption screenshotDelay(QStringLiteral("screenshot-delay"),
        QApplication::translate("main", "Delay before --screenshot, in milliseconds (default 1500)."),
        QStringLiteral("DELAY"), QStringLiteral("1500"));
    QCommandLineOption lang(QStringLiteral("lang"),
        QApplication::translate(
            "main", "Language of the window: %1 (default: the one chosen in View › Language, else the system's).")
            .arg(LanguageLoader::available().join(QStringLiteral(", "))),
        QStringLiteral("CODE"));
    QCommandLineOption noConnect(QStringLiteral("no-connect"),
        QApplication::translate("main", "Open the URLs given in tabs without connecting."));
    QCommandLineOption profile(QStringLiteral("profile"),
        QApplication::translate("main", "Open the saved profile NAME in a tab and connect (repeatable)."),
        QStringLiteral("NAME"));
    parser.addOption(profile);
    parser.addOption(noConnect);
    parser.addOption(screenshot);
    parser.addOption(screenshotDelay);
    parser.addOption(lang);
    parser.process(app);

    MainWindow window(&settings);
    const QStringList urls = parser.positionalArguments();
    window.show();
    // As framewise-cli URL does: a URL given here is connected to (--no-connect only opens it).
    for (const QString &url : urls)
        window.openUrl(url, !parser.isSet(noConnect));
    // After the window is up: a profile may ask for secrets the keychain does not have.
    const QStringList profiles = parser.values(profile);
    QTimer::singleShot(0, &window, [&window, profiles] {
        for (const QString &name : profiles)
            window.openProfile(name, true);
    });
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(parser.value(screenshotDelay).toInt(), &window, [&window, file] {
            window.grab().save(file);
            QApplication::quit();
        });
    }
    return app.exec();
}
