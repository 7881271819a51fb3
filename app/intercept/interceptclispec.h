// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interceptrule.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Framewise {

// The rules framewise-cli intercept takes on its command line, one option per rule (the New
// intercept dialog takes the same text, one rule per line: "break to-server:json:/type=order"):
//
//   --rewrite DIR:MATCH:REPLACEMENT   change the messages that MATCH (see "Rewrite" below)
//   --drop    DIR:MATCH               forward nothing when MATCH matches
//   --delay   DIR:MS                  forward every message MS milliseconds later
//   --delay   DIR:MATCH:MS            forward the messages that MATCH MS milliseconds later
//   --break   DIR:MATCH               hold the message when MATCH matches
//   --reply   DIR:MATCH:TEXT          answer the sender with the text message TEXT instead
//
// DIR is to-server (or up), to-app (or down) or both. MATCH is one of:
//
//   REGEX                the regular expression matches somewhere in the message
//   re:REGEX             the same, whatever REGEX starts with ("re:json:x" is the expression "json:x")
//   text:TEXT            the message contains TEXT, case-sensitive
//   itext:TEXT           the message contains TEXT, ignoring case
//   json:POINTER=VALUE   the message is JSON and its value at the RFC 6901 POINTER equals VALUE:
//                        "json:/items/0/id=7". In a key ~1 stands for "/" and ~0 for "~"; the empty
//                        pointer is the whole document ("json:=42"). The first '=' ends the pointer
//                        (a key holding '=' cannot be reached). A string equals VALUE as it is (no
//                        quotes); any other value when VALUE reads as that JSON value (100 = 1e2,
//                        true, null, {"a":1}; InterceptRule::expected).
//   type:text            text messages; type:binary: binary messages
//   size:N               payloads of N bytes; size:MIN-MAX: MIN to MAX bytes (both included);
//                        size:>N, size:>=N, size:<N, size:<=N: more than, at least, less than, at
//                        most N bytes. A number may end in K (×1024) or M (×1024×1024), either
//                        case: "size:>64K", "size:1k-2M"; spaces around a number are ignored.
//                        The largest number is 2^53 (9007199254740992) bytes.
//   any                  every message
//
// The prefixes and "any" are lowercase, and a prefix counts only when its colon is written ':'.
// Anything else is a regular expression as before the prefixes existed: "--drop to-app:^x$" and
// "--rewrite both:text\:(\d+):n=\1" (the expression "text:(\d+)") keep their meaning; only a
// regular expression that is exactly "any" or starts with a prefix and a bare ':' needs re:.
//
// Rewrite: with REGEX or re:, every match of the expression is replaced (\1 … \99 in REPLACEMENT:
// its captures); with text: and itext:, every occurrence of TEXT (ignoring case with itext:) is
// replaced by REPLACEMENT as it is; with json:, type:, size: and any the whole payload becomes
// REPLACEMENT as it is.
//
// Delay: with one field after DIR that field is MS and every message is delayed (as before MATCH
// existed; "both:250" is "both:any:250"). Otherwise MATCH comes first and MS is the field after it.
//
// The fields are separated by ':'; a ':' inside a field is written "\:". Any other backslash is kept
// with the character after it, so \d and \1 reach the regular expression and the replacement
// unchanged, and in "a\\:b" the ':' separates ("a\\" is the regular expression for "a\"). A prefix's
// own ':' is not a separator, but a ':' in what follows it is ("--rewrite up:json:/url=ws\://x:{}").
// The last field takes the rest of the text, so a colon in the last field needs no escape (but "\:"
// there is a ':' too): MATCH is the last field of --drop and --break ("--drop down:json:/u=ws://x").
// An empty REGEX or TEXT is an error (it would match every message; use any on purpose).
class InterceptCliSpec {
    Q_DECLARE_TR_FUNCTIONS(Framewise::InterceptCliSpec)
public:
    // "--rewrite", "--drop", …
    static QString optionName(InterceptRule::Action action);
    // What the option's value looks like: "DIR:MATCH:REPLACEMENT", "DIR:[MATCH:]MS", …
    static QString syntax(InterceptRule::Action action);

    // The rule the option's value describes, its name the option as typed ("--drop to-app:x").
    // On a problem *error is one line that quotes it: "--rewrite to-server:(unclosed:x: the
    // regular expression is invalid: missing closing parenthesis at offset 9", "--drop both:type:blob:
    // the message type “blob” is not text or binary".
    static InterceptRule parse(InterceptRule::Action action, const QString &spec, QString *error);

    // spec cut at unescaped ':' into at most maxFields fields (0: no limit), "\:" turned into ':'.
    static QStringList splitFields(const QString &spec, qsizetype maxFields);
};

} // namespace Framewise
