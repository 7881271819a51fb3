// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Framewise {

// Picks the user interface language and installs the translators: Framewise's own (compiled from
// translations/*.ts and embedded under :/i18n) and Qt's own for standard dialogs and buttons
// (qtbase_*.qm from the system's Qt translations, when installed). English needs a translator
// too: framewise_en holds the English plural forms of the %n messages.
class LanguageLoader {
public:
    // Codes of the shipped translations, English first: en, de, es, fr, zh_CN.
    static QStringList available();
    // The language's name in that language ("Deutsch", "简体中文"), for a language menu.
    static QString nativeName(const QString &code);
    // The value of --lang CODE or --lang=CODE in arguments (program name first), or an empty
    // string. Read before QCommandLineParser runs so that --help is translated as well.
    static QString fromArguments(const QStringList &arguments);
    // True when language ("de", "fr_FR", "zh-CN", "en") has a shipped translation.
    static bool isAvailable(const QString &language);
    // Installs the translators for language (empty: the system's UI languages, from LANGUAGE,
    // LC_ALL, LC_MESSAGES and LANG) and returns the code of what was loaded, e.g. "de"; "en"
    // when nothing matches. Replaces the translators an earlier call installed. Needs a
    // QCoreApplication.
    static QString install(const QString &language = {});
};

} // namespace Framewise
