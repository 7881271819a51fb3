// SPDX-License-Identifier: GPL-3.0-or-later
// The real window in German: the translator is installed the way framewise-main.cpp does it,
// and the translated texts are found in the widgets people see (menus, buttons, labels, tabs),
// with the action icons in place. A picture of it is saved for a person to look at.
#include "appsettings.h"
#include "composer.h"
#include "connectionpanel.h"
#include "icons.h"
#include "languageloader.h"
#include "mainwindow.h"
#include "sessiontab.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Framewise;

class TestI18nWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void windowSpeaksGerman();
    void languageMenuSavesTheChoice();

private:
    QStringList texts(const QWidget *root) const;

    QTemporaryDir m_dir;
};

void TestI18nWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(LanguageLoader::install(QStringLiteral("de")), QStringLiteral("de"));
}

void TestI18nWindow::cleanupTestCase()
{
    LanguageLoader::install(QStringLiteral("en"));
}

QStringList TestI18nWindow::texts(const QWidget *root) const
{
    QStringList found;
    const auto labels = root->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        found.append(label->text());
    const auto buttons = root->findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons)
        found.append(button->text());
    const auto tabs = root->findChildren<QTabWidget *>();
    for (const QTabWidget *tab : tabs) {
        for (int i = 0; i < tab->count(); ++i)
            found.append(tab->tabText(i));
    }
    return found;
}

void TestI18nWindow::windowSpeaksGerman()
{
    AppSettings settings(m_dir.filePath(QStringLiteral("german.ini"))); // first launch: the local echo tab
    MainWindow window(&settings);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QStringList menus;
    const auto menuActions = window.menuBar()->actions();
    for (const QAction *action : menuActions)
        menus.append(action->text());
    for (const char *title : { "&Datei", "&Ansicht", "&Server", "&Hilfe" })
        QVERIFY2(menus.contains(QString::fromUtf8(title)), qPrintable(menus.join(u' ')));

    SessionTab *tab = window.currentTab();
    QVERIFY(tab);
    QCOMPARE(window.tabs()->tabText(window.tabs()->currentIndex()), QStringLiteral("Lokales Echo"));
    QCOMPARE(tab->connectionPanel()->connectButton()->text(), QStringLiteral("Verbinden"));
    QVERIFY(!tab->connectionPanel()->connectButton()->icon().isNull());

    const QStringList shown = texts(&window);
    for (const char *text : { "Senden", "Datei senden…", "Schließen…", "Nicht verbunden", "Optionen", "Folgen",
             "Pings ausblenden", "Nachricht", "Statistik", "Wählen Sie eine Nachricht aus, um sie hier zu sehen." })
        QVERIFY2(shown.contains(QString::fromUtf8(text)),
            qPrintable(QStringLiteral("“%1” not among: %2").arg(QString::fromUtf8(text), shown.join(u'|'))));
    QVERIFY2(
        window.statusText().contains(QStringLiteral("Ein lokaler Echo-Server läuft")), qPrintable(window.statusText()));

    // The File menu in German, with its icons.
    QMenu *file = window.menuBar()->actions().first()->menu();
    QVERIFY(file);
    QStringList items;
    const auto fileActions = file->actions();
    for (const QAction *action : fileActions) {
        if (action->isSeparator())
            continue;
        items.append(action->text());
        QVERIFY2(!action->icon().isNull(), qPrintable(action->text()));
    }
    QVERIFY2(items.contains(QStringLiteral("&Neue Verbindung")), qPrintable(items.join(u'|')));
    QVERIFY2(items.contains(QStringLiteral("&Beenden")), qPrintable(items.join(u'|')));

    // For a person: the German window as the test saw it.
    const QString picture = m_dir.filePath(QStringLiteral("window-de.png"));
    QVERIFY(window.grab().save(picture));
    qInfo("German window saved to %s", qPrintable(picture));
    if (qEnvironmentVariableIsSet("FRAMEWISE_KEEP_SCREENSHOT"))
        m_dir.setAutoRemove(false);
}

void TestI18nWindow::languageMenuSavesTheChoice()
{
    AppSettings settings(m_dir.filePath(QStringLiteral("choice.ini")));
    settings.setFirstLaunchDone(true);
    MainWindow window(&settings);
    QMenu *language = nullptr;
    const auto menus = window.findChildren<QMenu *>();
    for (QMenu *menu : menus) {
        if (menu->title() == QLatin1String("Sp&rache"))
            language = menu;
    }
    QVERIFY(language);
    QStringList choices;
    QAction *french = nullptr;
    const auto actions = language->actions();
    for (QAction *action : actions) {
        choices.append(action->text());
        if (action->data().toString() == QLatin1String("fr"))
            french = action;
    }
    for (const char *choice : { "Systemsprache", "English", "Deutsch", "Español", "Français", "简体中文" })
        QVERIFY2(choices.contains(QString::fromUtf8(choice)), qPrintable(choices.join(u'|')));
    QVERIFY(french);
    // Choosing says when it takes effect; the message box is closed as soon as it shows.
    // It also says what a restart closes (a new user lost their tabs without a word).
    QString informative;
    QTimer::singleShot(0, [&informative] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            informative = box->informativeText();
            box->close();
        }
    });
    french->trigger();
    QCOMPARE(settings.language(), QStringLiteral("fr"));
    QVERIFY2(informative.contains(QStringLiteral("Verlauf")), qPrintable(informative));
}

QTEST_MAIN(TestI18nWindow)
#include "tst_i18n_window.moc"
