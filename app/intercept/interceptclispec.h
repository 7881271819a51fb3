// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interceptrule.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Framewise {

// The rules framewise-cli intercept takes on its command line, one option per rule:
//
//   --rewrite DIR:REGEX:REPLACEMENT   replace every match of REGEX (\1 … \99: its captures)
//   --drop    DIR:REGEX               forward nothing when REGEX matches
//   --delay   DIR:MS                  forward every message MS milliseconds later
//   --break   DIR:REGEX               hold the message when REGEX matches
//   --reply   DIR:REGEX:TEXT          answer the sender with the text message TEXT instead
//
// DIR is to-server (or up), to-app (or down) or both. The fields are separated by ':'; a ':'
// inside a field is written "\:". Any other backslash is kept with the character after it, so \d
// and \1 reach the regular expression and the replacement unchanged, and in "a\\:b" the ':'
// separates ("a\\" is the regular expression for "a\"). The last field takes the rest of the
// text, so a colon in the last field needs no escape (but "\:" there is a ':' too). An empty
// REGEX is an error (it would match every message; use ".*" on purpose).
class InterceptCliSpec {
    Q_DECLARE_TR_FUNCTIONS(Framewise::InterceptCliSpec)
public:
    // "--rewrite", "--drop", …
    static QString optionName(InterceptRule::Action action);
    // What the option's value looks like: "DIR:REGEX:REPLACEMENT", …
    static QString syntax(InterceptRule::Action action);

    // The rule the option's value describes, its name the option as typed ("--drop to-app:x").
    // On a problem *error is one line that quotes it: "--rewrite to-server:(unclosed:x: the
    // regular expression is invalid: missing closing parenthesis at offset 9".
    static InterceptRule parse(InterceptRule::Action action, const QString &spec, QString *error);

    // spec cut at unescaped ':' into at most maxFields fields (0: no limit), "\:" turned into ':'.
    static QStringList splitFields(const QString &spec, qsizetype maxFields);
};

} // namespace Framewise
