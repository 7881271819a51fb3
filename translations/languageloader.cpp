// SPDX-License-Identifier: GPL-3.0-or-later
#include "languageloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Framewise {

namespace {

const QString Directory = QStringLiteral(":/i18n");
const QString Prefix = QStringLiteral("framewise");
const QString English = QStringLiteral("en");
// Our translators are children of the application with this name, so a second install() finds
// and replaces them without touching translators that others installed.
const QString TranslatorName = QStringLiteral("framewise-translator");

bool loadOwn(QTranslator *translator, const QString &language)
{
    if (language.isEmpty())
        return translator->load(QLocale::system(), Prefix, QStringLiteral("_"), Directory);
    // QLocale("xx") is the C locale, which would match nothing; say so instead of guessing.
    const QLocale locale(language);
    if (locale.language() == QLocale::C)
        return false;
    return translator->load(locale, Prefix, QStringLiteral("_"), Directory);
}

} // namespace

QStringList LanguageLoader::available()
{
    QStringList codes { English };
    const QStringList files = QDir(Directory).entryList({ Prefix + QStringLiteral("_*.qm") }, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(Prefix.size() + 1).chopped(3);
        if (code != English)
            codes.append(code);
    }
    return codes;
}

QString LanguageLoader::nativeName(const QString &code)
{
    // Fixed names for the shipped languages: QLocale's can be regional ("American English",
    // "español de España") or ambiguous ("中文").
    static const QHash<QString, QString> names { { English, QStringLiteral("English") },
        { QStringLiteral("de"), QStringLiteral("Deutsch") }, { QStringLiteral("es"), QStringLiteral("Español") },
        { QStringLiteral("fr"), QStringLiteral("Français") }, { QStringLiteral("zh_CN"), QStringLiteral("简体中文") } };
    if (names.contains(code))
        return names.value(code);
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

QString LanguageLoader::fromArguments(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == QLatin1String("--lang"))
            return i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
        if (argument.startsWith(QLatin1String("--lang=")))
            return argument.mid(7);
    }
    return {};
}

bool LanguageLoader::isAvailable(const QString &language)
{
    if (language.isEmpty())
        return false;
    QTranslator translator;
    return loadOwn(&translator, language);
}

QString LanguageLoader::install(const QString &language)
{
    QCoreApplication *app = QCoreApplication::instance();
    Q_ASSERT(app);
    const QList<QTranslator *> old = app->findChildren<QTranslator *>(TranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : old) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    auto *own = new QTranslator(app);
    own->setObjectName(TranslatorName);
    QString loaded = English;
    if (loadOwn(own, language)) {
        loaded = own->language();
    } else if (!own->load(Prefix + u'_' + English, Directory)) {
        delete own;
        return English;
    }
    QCoreApplication::installTranslator(own);

    if (loaded != English) {
        // Qt's own strings (Cancel, Yes/No, file dialogs): only when that package is installed.
        auto *qt = new QTranslator(app);
        qt->setObjectName(TranslatorName);
        if (qt->load(QLocale(loaded), QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    return loaded;
}

} // namespace Framewise
