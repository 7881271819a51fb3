// SPDX-License-Identifier: GPL-3.0-or-later
// The intercept rule engine without networking: every match kind and action, the order rules
// apply in (a rewrite feeds the next rule, drop and reply end it), text that stays valid UTF-8
// and binary payloads that keep every byte, RFC 6901 pointers, errors in words for bad rules,
// the JSON round trip and framewise-cli's rule options.
#include "interceptclispec.h"
#include "interceptdirection.h"
#include "interceptrule.h"
#include "interceptruleset.h"
#include "jsonpointer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Framewise;
using Match = InterceptRule::Match;
using Action = InterceptRule::Action;

Q_DECLARE_METATYPE(Framewise::InterceptRule)
Q_DECLARE_METATYPE(Framewise::InterceptMessage)

namespace {

InterceptMessage text(const QByteArray &utf8)
{
    return { false, utf8 };
}

InterceptMessage binary(const QByteArray &bytes)
{
    return { true, bytes };
}

InterceptRule matching(Match match, const QString &pattern = {}, Action action = Action::Break)
{
    InterceptRule rule;
    rule.match = match;
    rule.pattern = pattern;
    rule.action = action;
    return rule;
}

InterceptRule rewriting(const QString &pattern, const QString &replacement, Match match = Match::Any)
{
    InterceptRule rule;
    rule.match = match;
    rule.action = Action::Rewrite;
    rule.rewritePattern = pattern;
    rule.replacement = replacement;
    return rule;
}

InterceptRule jsonPointer(const QString &pointer, const QString &expected)
{
    InterceptRule rule = matching(Match::JsonPointer, pointer);
    rule.expected = expected;
    return rule;
}

InterceptRule sized(qint64 min, qint64 max)
{
    InterceptRule rule = matching(Match::Size);
    rule.minSize = min;
    rule.maxSize = max;
    return rule;
}

InterceptRule typed(InterceptRule::MessageType type)
{
    InterceptRule rule = matching(Match::Type);
    rule.messageType = type;
    return rule;
}

InterceptRule caseInsensitive(InterceptRule rule)
{
    rule.caseSensitive = false;
    return rule;
}

// Whether the one rule matches: a Break rule holds exactly the messages it matches.
bool holds(
    const InterceptRule &rule, InterceptMessage message, InterceptDirection direction = InterceptDirection::ToServer)
{
    const InterceptRuleSet set({ rule });
    return set.evaluate(direction, message).hold;
}

QList<int> matchedIndexes(const InterceptVerdict &verdict)
{
    QList<int> indexes;
    for (const InterceptVerdict::MatchedRule &matched : verdict.matched)
        indexes.append(matched.index);
    return indexes;
}

} // namespace

class TestInterceptRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void directionNames();
    void directionFilter();
    void matches_data();
    void matches();
    void disabledAndInvalidRulesAreSkipped();
    void breakHoldsAndGoesOn();
    void rewriteWithCaptures();
    void rewriteWholePayload();
    void rewriteFeedsTheNextRules();
    void rewriteThenBreak();
    void rewriteThatChangesNothing();
    void dropEndsTheEvaluation();
    void replyEndsTheEvaluation();
    void delaysAddUp();
    void textRewritesStayValidUtf8();
    void binaryRewritesKeepEveryByte();
    void jsonPointerSyntax_data();
    void jsonPointerSyntax();
    void jsonPointerResolves();
    void validation_data();
    void validation();
    void setValidationNamesTheRule();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void setJsonRoundTrip();
    void badJson_data();
    void badJson();
    void cliSpecs();
    void cliSpecFields_data();
    void cliSpecFields();
    void cliSpecErrors_data();
    void cliSpecErrors();
    void cliSpecMatchKinds_data();
    void cliSpecMatchKinds();
    void cliSpecMatchesMessages_data();
    void cliSpecMatchesMessages();
    void cliSpecRewrites_data();
    void cliSpecRewrites();
    void cliSpecDelays();
};

void TestInterceptRules::directionNames()
{
    QCOMPARE(interceptDirectionName(InterceptDirection::ToServer), QStringLiteral("to-server"));
    QCOMPARE(interceptDirectionName(InterceptDirection::ToApp), QStringLiteral("to-app"));
    QCOMPARE(parseInterceptDirection(u"to-server"), InterceptDirection::ToServer);
    QCOMPARE(parseInterceptDirection(u"UP"), InterceptDirection::ToServer);
    QCOMPARE(parseInterceptDirection(u"to-app"), InterceptDirection::ToApp);
    QCOMPARE(parseInterceptDirection(u"Down"), InterceptDirection::ToApp);
    QVERIFY(!parseInterceptDirection(u"both"));
    QVERIFY(!parseInterceptDirection(u"to-serve"));
    QVERIFY(!parseInterceptDirection(u""));

    QCOMPARE(interceptDirectionFilterName(InterceptDirectionFilter::ToServer), QStringLiteral("to-server"));
    QCOMPARE(interceptDirectionFilterName(InterceptDirectionFilter::ToApp), QStringLiteral("to-app"));
    QCOMPARE(interceptDirectionFilterName(InterceptDirectionFilter::Both), QStringLiteral("both"));
    QCOMPARE(parseInterceptDirectionFilter(u"both"), InterceptDirectionFilter::Both);
    QCOMPARE(parseInterceptDirectionFilter(u"up"), InterceptDirectionFilter::ToServer);
    QCOMPARE(parseInterceptDirectionFilter(u"down"), InterceptDirectionFilter::ToApp);
    QCOMPARE(parseInterceptDirectionFilter(u"to-app"), InterceptDirectionFilter::ToApp);
    QVERIFY(!parseInterceptDirectionFilter(u"sideways"));
}

void TestInterceptRules::directionFilter()
{
    InterceptRule up = matching(Match::Any);
    up.direction = InterceptDirectionFilter::ToServer;
    InterceptRule down = matching(Match::Any);
    down.direction = InterceptDirectionFilter::ToApp;
    const InterceptRule both = matching(Match::Any);
    const InterceptRuleSet set({ up, down, both });
    InterceptMessage message = text("x");
    QCOMPARE(matchedIndexes(set.evaluate(InterceptDirection::ToServer, message)), QList<int>({ 0, 2 }));
    QCOMPARE(matchedIndexes(set.evaluate(InterceptDirection::ToApp, message)), QList<int>({ 1, 2 }));
}

void TestInterceptRules::matches_data()
{
    QTest::addColumn<InterceptRule>("rule");
    QTest::addColumn<InterceptMessage>("message");
    QTest::addColumn<bool>("expected");

    const auto add = [](const char *name, const InterceptRule &rule, const InterceptMessage &message, bool expected) {
        QTest::newRow(name) << rule << message << expected;
    };
    add("any text", matching(Match::Any), text("hello"), true);
    add("any empty binary", matching(Match::Any), binary({}), true);

    add("substring", matching(Match::Substring, QStringLiteral("llo w")), text("hello world"), true);
    add("substring absent", matching(Match::Substring, QStringLiteral("xyz")), text("hello world"), false);
    add("substring case differs", matching(Match::Substring, QStringLiteral("HELLO")), text("hello"), false);
    add("substring ignoring case", caseInsensitive(matching(Match::Substring, QStringLiteral("HELLO"))), text("hello"),
        true);
    add("substring ignoring case beyond ASCII", caseInsensitive(matching(Match::Substring, QStringLiteral("ÉTÉ"))),
        text("l'été"), true);
    add("substring non-ASCII", matching(Match::Substring, QStringLiteral("été")), text("l'été"), true);
    add("substring in binary as UTF-8", matching(Match::Substring, QStringLiteral("été")),
        binary(QByteArray("\x00\xff", 2) + QStringLiteral("été").toUtf8() + '\x80'), true);
    add("substring in binary ignoring ASCII case", caseInsensitive(matching(Match::Substring, QStringLiteral("TOKEN"))),
        binary(QByteArray("\x01tOkEn\x02", 7)), true);
    add("substring in binary folds ASCII only", caseInsensitive(matching(Match::Substring, QStringLiteral("É"))),
        binary(QStringLiteral("é").toUtf8()), false);

    add("regex", matching(Match::Regex, QStringLiteral("^\\{\"op\":\\d+")), text("{\"op\":12}"), true);
    add("regex no match", matching(Match::Regex, QStringLiteral("^\\d+$")), text("12a"), false);
    add("regex case", matching(Match::Regex, QStringLiteral("abc")), text("ABC"), false);
    add("regex ignoring case", caseInsensitive(matching(Match::Regex, QStringLiteral("abc"))), text("ABC"), true);
    add("regex dot is one character", matching(Match::Regex, QStringLiteral("^.$")), text("😀"), true);
    add("regex binary byte escape", matching(Match::Regex, QStringLiteral("\\x00\\xff$")),
        binary(QByteArray("a\x00\xff", 3)), true);
    add("regex in binary ignoring case folds Latin-1 bytes",
        caseInsensitive(matching(Match::Regex, QStringLiteral("\\xe0"))), binary("\xc0"), true);
    add("regex binary dot is one byte", matching(Match::Regex, QStringLiteral("^..$")),
        binary(QStringLiteral("é").toUtf8()), true);
    add("regex binary class holds bytes", matching(Match::Regex, QStringLiteral("n[aä]me=été")),
        binary("\x01n\xc3\xa4me=" + QStringLiteral("été").toUtf8()), false);
    add("regex binary literal word as UTF-8", matching(Match::Regex, QStringLiteral("name=été")),
        binary("\x01name=" + QStringLiteral("été").toUtf8()), true);

    add("json string unquoted", jsonPointer(QStringLiteral("/type"), QStringLiteral("subscribe")),
        text(R"({"type":"subscribe"})"), true);
    add("json string quoted does not match", jsonPointer(QStringLiteral("/type"), QStringLiteral("\"subscribe\"")),
        text(R"({"type":"subscribe"})"), false);
    add("json string differs", jsonPointer(QStringLiteral("/type"), QStringLiteral("Subscribe")),
        text(R"({"type":"subscribe"})"), false);
    add("json number", jsonPointer(QStringLiteral("/n"), QStringLiteral("100")), text(R"({"n":1e2})"), true);
    add("json number written otherwise", jsonPointer(QStringLiteral("/n"), QStringLiteral("100.0")),
        text(R"({"n":100})"), true);
    add("json number differs", jsonPointer(QStringLiteral("/n"), QStringLiteral("101")), text(R"({"n":100})"), false);
    add("json string that reads as a number", jsonPointer(QStringLiteral("/n"), QStringLiteral("7")),
        text(R"({"n":"7"})"), true);
    add("json bool", jsonPointer(QStringLiteral("/ok"), QStringLiteral("true")), text(R"({"ok":true})"), true);
    add("json bool differs", jsonPointer(QStringLiteral("/ok"), QStringLiteral("false")), text(R"({"ok":true})"),
        false);
    add("json null", jsonPointer(QStringLiteral("/v"), QStringLiteral("null")), text(R"({"v":null})"), true);
    add("json object", jsonPointer(QStringLiteral("/o"), QStringLiteral(R"({ "b": [1], "a": 2 })")),
        text(R"({"o":{"a":2,"b":[1]}})"), true);
    add("json array index", jsonPointer(QStringLiteral("/items/1/id"), QStringLiteral("b")),
        text(R"({"items":[{"id":"a"},{"id":"b"}]})"), true);
    add("json index past the end", jsonPointer(QStringLiteral("/items/2"), QStringLiteral("null")),
        text(R"({"items":[1,2]})"), false);
    add("json index with a leading zero", jsonPointer(QStringLiteral("/items/01"), QStringLiteral("2")),
        text(R"({"items":[1,2]})"), false);
    add("json index dash", jsonPointer(QStringLiteral("/items/-"), QStringLiteral("2")), text(R"({"items":[1,2]})"),
        false);
    add("json escaped slash", jsonPointer(QStringLiteral("/a~1b"), QStringLiteral("1")), text(R"({"a/b":1})"), true);
    add("json escaped tilde", jsonPointer(QStringLiteral("/m~0n"), QStringLiteral("2")), text(R"({"m~n":2})"), true);
    add("json ~01 is ~1", jsonPointer(QStringLiteral("/~01"), QStringLiteral("3")), text(R"({"~1":3,"/":4})"), true);
    add("json empty key", jsonPointer(QStringLiteral("/"), QStringLiteral("5")), text(R"({"":5})"), true);
    add("json missing key", jsonPointer(QStringLiteral("/nope"), QStringLiteral("null")), text(R"({"a":1})"), false);
    add("json into a scalar", jsonPointer(QStringLiteral("/a/b"), QStringLiteral("1")), text(R"({"a":1})"), false);
    add("json whole scalar document", jsonPointer(QString(), QStringLiteral("42")), text(" 42 "), true);
    add("json whole string document", jsonPointer(QString(), QStringLiteral("hi")), text("\"hi\""), true);
    add("json not JSON", jsonPointer(QStringLiteral("/a"), QStringLiteral("1")), text("{a:1}"), false);
    add("json two values are not JSON", jsonPointer(QString(), QStringLiteral("1")), text("1,2"), false);
    add("json in a binary message", jsonPointer(QStringLiteral("/a"), QStringLiteral("1")), binary(R"({"a":1})"), true);

    add("type text", typed(InterceptRule::MessageType::Text), text("x"), true);
    add("type text, binary message", typed(InterceptRule::MessageType::Text), binary("x"), false);
    add("type binary", typed(InterceptRule::MessageType::Binary), binary("x"), true);
    add("type binary, text message", typed(InterceptRule::MessageType::Binary), text("x"), false);

    add("size at min", sized(3, 5), text("abc"), true);
    add("size at max", sized(3, 5), text("abcde"), true);
    add("size below", sized(3, 5), text("ab"), false);
    add("size above", sized(3, 5), text("abcdef"), false);
    add("size counts UTF-8 bytes", sized(4, 4), text(QStringLiteral("éé").toUtf8()), true);
    add("size without upper bound", sized(2, -1), binary(QByteArray(100000, 'x')), true);
}

void TestInterceptRules::matches()
{
    QFETCH(InterceptRule, rule);
    QFETCH(InterceptMessage, message);
    QFETCH(bool, expected);
    QCOMPARE(rule.validate(), QString());
    QCOMPARE(holds(rule, message), expected);
}

void TestInterceptRules::disabledAndInvalidRulesAreSkipped()
{
    InterceptRule disabled = matching(Match::Any, {}, Action::Drop);
    disabled.enabled = false;
    const InterceptRule invalid = matching(Match::Regex, QStringLiteral("(x"), Action::Drop);
    const InterceptRuleSet set({ disabled, invalid, matching(Match::Any) });
    InterceptMessage message = text("(x");
    const InterceptVerdict verdict = set.evaluate(InterceptDirection::ToApp, message);
    QVERIFY(!verdict.drop);
    QVERIFY(verdict.hold);
    QCOMPARE(matchedIndexes(verdict), QList<int>({ 2 }));
}

void TestInterceptRules::breakHoldsAndGoesOn()
{
    InterceptRule named = matching(Match::Substring, QStringLiteral("secret"));
    named.name = QStringLiteral("secrets");
    InterceptRule delay = matching(Match::Any, {}, Action::Delay);
    delay.delayMs = 250;
    const InterceptRuleSet set({ named, delay });

    InterceptMessage message = text("a secret");
    const InterceptVerdict verdict = set.evaluate(InterceptDirection::ToServer, message);
    QVERIFY(verdict.hold);
    QVERIFY(verdict.forwards());
    QCOMPARE(verdict.delayMs, 250);
    QCOMPARE(verdict.matched.size(), 2);
    QCOMPARE(verdict.matched.at(0), (InterceptVerdict::MatchedRule { 0, QStringLiteral("secrets"), Action::Break }));
    QCOMPARE(verdict.matched.at(1), (InterceptVerdict::MatchedRule { 1, QString(), Action::Delay }));
    QCOMPARE(message, text("a secret"));

    InterceptMessage other = text("public");
    const InterceptVerdict none = set.evaluate(InterceptDirection::ToServer, other);
    QVERIFY(!none.hold);
    QCOMPARE(matchedIndexes(none), QList<int>({ 1 }));
}

void TestInterceptRules::rewriteWithCaptures()
{
    const InterceptRuleSet set(
        { rewriting(QStringLiteral("\"token\":\"([^\"]*)\""), QStringLiteral("\"token\":\"<\\1>\",\"was\":\"\\1\"")) });
    InterceptMessage message = text(R"({"token":"abc","n":1})");
    const InterceptVerdict verdict = set.evaluate(InterceptDirection::ToServer, message);
    QVERIFY(verdict.rewritten);
    QVERIFY(!verdict.hold);
    QVERIFY(verdict.forwards());
    QCOMPARE(message, text(R"({"token":"<abc>","was":"abc","n":1})"));

    // Every match is replaced, with the rule's case option.
    InterceptRule everyA = caseInsensitive(rewriting(QStringLiteral("a"), QStringLiteral("_")));
    InterceptMessage as = text("aAbA");
    QVERIFY(InterceptRuleSet({ everyA }).evaluate(InterceptDirection::ToApp, as).rewritten);
    QCOMPARE(as.payload, QByteArray("__b_"));
}

void TestInterceptRules::rewriteWholePayload()
{
    const InterceptRuleSet set({ rewriting(QString(), QStringLiteral("{\"replaced\":\"\\1 ü\"}")) });
    InterceptMessage message = text("anything");
    QVERIFY(set.evaluate(InterceptDirection::ToApp, message).rewritten);
    // As it is: \1 means nothing without a pattern.
    QCOMPARE(message, text(QStringLiteral("{\"replaced\":\"\\1 ü\"}").toUtf8()));

    InterceptMessage bytes = binary(QByteArray("\x00\x01", 2));
    QVERIFY(set.evaluate(InterceptDirection::ToApp, bytes).rewritten);
    QVERIFY(bytes.binary);
    QCOMPARE(bytes.payload, QStringLiteral("{\"replaced\":\"\\1 ü\"}").toUtf8());
}

void TestInterceptRules::rewriteFeedsTheNextRules()
{
    // Rule 0 sees "cat" (no "dog" yet); rule 1 makes it "dog"; rule 2 sees "dog"; rule 3 looks
    // for the text that is gone.
    const InterceptRuleSet set({
        matching(Match::Substring, QStringLiteral("dog"), Action::Drop),
        rewriting(QStringLiteral("cat"), QStringLiteral("dog"), Match::Any),
        matching(Match::Substring, QStringLiteral("dog")),
        matching(Match::Substring, QStringLiteral("cat"), Action::Drop),
    });
    QCOMPARE(set.validate(), QStringList());
    InterceptMessage message = text("a cat");
    const InterceptVerdict verdict = set.evaluate(InterceptDirection::ToServer, message);
    QCOMPARE(matchedIndexes(verdict), QList<int>({ 1, 2 }));
    QVERIFY(verdict.rewritten);
    QVERIFY(verdict.hold);
    QVERIFY(!verdict.drop);
    QCOMPARE(message.payload, QByteArray("a dog"));
}

void TestInterceptRules::rewriteThenBreak()
{
    const InterceptRuleSet set({
        rewriting(QStringLiteral("password=\\w+"), QStringLiteral("password=***")),
        matching(Match::Regex, QStringLiteral("password=\\*{3}$")),
    });
    InterceptMessage message = text("user=ann password=hunter2");
    const InterceptVerdict verdict = set.evaluate(InterceptDirection::ToServer, message);
    QVERIFY(verdict.rewritten);
    QVERIFY(verdict.hold);
    QCOMPARE(verdict.matched.at(0).action, Action::Rewrite);
    QCOMPARE(verdict.matched.at(1).action, Action::Break);
    // The message held is the rewritten one.
    QCOMPARE(message.payload, QByteArray("user=ann password=***"));
}

void TestInterceptRules::rewriteThatChangesNothing()
{
    // The rule matched (it is marked) but the payload is the same, so nothing was rewritten.
    const InterceptRuleSet set({ rewriting(QStringLiteral("(b)"), QStringLiteral("\\1")),
        rewriting(QStringLiteral("zzz"), QStringLiteral("y")) });
    InterceptMessage message = text("abc");
    const InterceptVerdict verdict = set.evaluate(InterceptDirection::ToServer, message);
    QCOMPARE(matchedIndexes(verdict), QList<int>({ 0, 1 }));
    QVERIFY(!verdict.rewritten);
    QCOMPARE(message.payload, QByteArray("abc"));
}

void TestInterceptRules::dropEndsTheEvaluation()
{
    InterceptRule delay = matching(Match::Any, {}, Action::Delay);
    delay.delayMs = 10;
    InterceptRule laterDelay = delay;
    laterDelay.delayMs = 1000;
    const InterceptRuleSet set({
        delay,
        matching(Match::Substring, QStringLiteral("ping"), Action::Drop),
        matching(Match::Any),
        laterDelay,
        rewriting(QString(), QStringLiteral("never")),
    });
    InterceptMessage message = text("ping");
    const InterceptVerdict verdict = set.evaluate(InterceptDirection::ToServer, message);
    QVERIFY(verdict.drop);
    QVERIFY(!verdict.forwards());
    QVERIFY(!verdict.hold);
    QVERIFY(!verdict.reply);
    QCOMPARE(verdict.delayMs, 10);
    QCOMPARE(matchedIndexes(verdict), QList<int>({ 0, 1 }));
    QCOMPARE(message.payload, QByteArray("ping"));

    InterceptMessage other = text("pong");
    const InterceptVerdict kept = set.evaluate(InterceptDirection::ToServer, other);
    QVERIFY(!kept.drop);
    QCOMPARE(kept.delayMs, 1010);
    QCOMPARE(other.payload, QByteArray("never"));
}

void TestInterceptRules::replyEndsTheEvaluation()
{
    InterceptRule reply = matching(Match::JsonPointer, QStringLiteral("/op"), Action::Reply);
    reply.expected = QStringLiteral("ping");
    reply.reply = binary(QByteArray("\x00pong\xff", 6));
    reply.name = QStringLiteral("answer pings");
    const InterceptRuleSet set({ matching(Match::Any), reply, matching(Match::Any, {}, Action::Drop) });

    InterceptMessage message = text(R"({"op":"ping"})");
    const InterceptVerdict verdict = set.evaluate(InterceptDirection::ToApp, message);
    QVERIFY(verdict.reply);
    QCOMPARE(*verdict.reply, binary(QByteArray("\x00pong\xff", 6)));
    QVERIFY(!verdict.drop);
    QVERIFY(!verdict.forwards());
    QVERIFY(verdict.hold);
    QCOMPARE(
        verdict.matched.last(), (InterceptVerdict::MatchedRule { 1, QStringLiteral("answer pings"), Action::Reply }));
    QCOMPARE(matchedIndexes(verdict), QList<int>({ 0, 1 }));
    QCOMPARE(message.payload, QByteArray(R"({"op":"ping"})"));

    InterceptMessage other = text(R"({"op":"data"})");
    const InterceptVerdict dropped = set.evaluate(InterceptDirection::ToApp, other);
    QVERIFY(!dropped.reply);
    QVERIFY(dropped.drop);
}

void TestInterceptRules::delaysAddUp()
{
    InterceptRule first = matching(Match::Any, {}, Action::Delay);
    first.delayMs = 150;
    InterceptRule second = matching(Match::Type, {}, Action::Delay);
    second.messageType = InterceptRule::MessageType::Binary;
    second.delayMs = InterceptRule::MaxDelayMs;
    InterceptRule zero = first;
    zero.delayMs = 0;
    const InterceptRuleSet set({ first, second, zero, first });

    InterceptMessage textMessage = text("t");
    InterceptVerdict verdict = set.evaluate(InterceptDirection::ToServer, textMessage);
    QCOMPARE(verdict.delayMs, 300);
    QVERIFY(verdict.forwards());
    QVERIFY(!verdict.hold);
    InterceptMessage binaryMessage = binary("b");
    verdict = set.evaluate(InterceptDirection::ToServer, binaryMessage);
    QCOMPARE(verdict.delayMs, 300 + InterceptRule::MaxDelayMs);
    QCOMPARE(matchedIndexes(verdict), QList<int>({ 0, 1, 2, 3 }));
}

void TestInterceptRules::textRewritesStayValidUtf8()
{
    // Each character is a code point, never a byte or half a surrogate pair.
    const InterceptRuleSet set({ rewriting(QStringLiteral("(.)"), QStringLiteral("[\\1]")) });
    InterceptMessage message = text(QStringLiteral("é😀中").toUtf8());
    QVERIFY(set.evaluate(InterceptDirection::ToServer, message).rewritten);
    QVERIFY(message.payload.isValidUtf8());
    QCOMPARE(message.payload, QStringLiteral("[é][😀][中]").toUtf8());

    // A replacement that is not ASCII is written as UTF-8.
    const InterceptRuleSet accents({ rewriting(QStringLiteral("e"), QStringLiteral("é")) });
    InterceptMessage word = text("here");
    accents.evaluate(InterceptDirection::ToServer, word);
    QCOMPARE(word.payload, QStringLiteral("héré").toUtf8());

    // Bytes that are not UTF-8 (a text message should never carry them) stay as they came when
    // nothing is replaced.
    const QByteArray invalid("ok \xc3\x28 \xff", 7);
    InterceptMessage broken = text(invalid);
    const InterceptRuleSet elsewhere({ rewriting(QStringLiteral("zzz"), QStringLiteral("y")) });
    QVERIFY(!elsewhere.evaluate(InterceptDirection::ToServer, broken).rewritten);
    QCOMPARE(broken.payload, invalid);
    // When something is replaced the result is valid UTF-8.
    const InterceptRuleSet ok({ rewriting(QStringLiteral("ok"), QStringLiteral("OK")) });
    QVERIFY(ok.evaluate(InterceptDirection::ToServer, broken).rewritten);
    QVERIFY(broken.payload.isValidUtf8());
    QVERIFY(broken.payload.startsWith("OK "));
}

void TestInterceptRules::binaryRewritesKeepEveryByte()
{
    QByteArray bytes;
    for (int b = 0; b < 256; ++b)
        bytes.append(char(b));
    // Replace the byte 0x41 ('A') and the pair 0xfe 0xff; every other byte stays.
    const InterceptRuleSet set({ rewriting(QStringLiteral("A|\\xfe(\\xff)"), QStringLiteral("<\\1é>")) });
    InterceptMessage message = binary(bytes);
    QVERIFY(set.evaluate(InterceptDirection::ToApp, message).rewritten);
    QVERIFY(message.binary);
    QByteArray expected = bytes;
    expected.replace(0xfe, 2, "<\xff\xc3\xa9>");
    expected.replace(0x41, 1, "<\xc3\xa9>");
    QCOMPARE(message.payload, expected);

    // A word typed in the rule is found as its UTF-8 bytes, and its capture is copied byte for byte.
    const InterceptRuleSet words({ rewriting(QStringLiteral("name=(\\S+)"), QStringLiteral("user=\\1")) });
    const QByteArray packed = QByteArray("\x82\x00name=", 7) + QStringLiteral("Zoë").toUtf8() + "\xc0 tail";
    InterceptMessage packedMessage = binary(packed);
    QVERIFY(words.evaluate(InterceptDirection::ToApp, packedMessage).rewritten);
    QCOMPARE(packedMessage.payload, QByteArray("\x82\x00user=", 7) + QStringLiteral("Zoë").toUtf8() + "\xc0 tail");
}

void TestInterceptRules::jsonPointerSyntax_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QStringList>("tokens");
    QTest::addColumn<QString>("error");

    QTest::newRow("whole") << QString() << QStringList() << QString();
    QTest::newRow("root key") << QStringLiteral("/") << QStringList { QString() } << QString();
    QTest::newRow("path") << QStringLiteral("/a/0/b") << QStringList { u"a"_qs, u"0"_qs, u"b"_qs } << QString();
    QTest::newRow("escapes") << QStringLiteral("/a~1b/m~0n/~01") << QStringList { u"a/b"_qs, u"m~n"_qs, u"~1"_qs }
                             << QString();
    QTest::newRow("empty tokens") << QStringLiteral("//x/") << QStringList { u""_qs, u"x"_qs, u""_qs } << QString();
    QTest::newRow("no slash") << QStringLiteral("a/b") << QStringList()
                              << QStringLiteral("the JSON pointer “a/b” does not start with “/” (the empty pointer "
                                                "is the whole document)");
    QTest::newRow("fragment form") << QStringLiteral("#/a") << QStringList()
                                   << QStringLiteral("the JSON pointer “#/a” does not start with “/” (the empty "
                                                     "pointer is the whole document)");
    QTest::newRow("bad escape") << QStringLiteral("/a~2") << QStringList()
                                << QStringLiteral("the JSON pointer “/a~2” has a “~” at offset 2 that is not "
                                                  "followed by 0 or 1 (write ~0 for “~” and ~1 for “/”)");
    QTest::newRow("tilde at the end") << QStringLiteral("/ab~") << QStringList()
                                      << QStringLiteral("the JSON pointer “/ab~” has a “~” at offset 3 that is not "
                                                        "followed by 0 or 1 (write ~0 for “~” and ~1 for “/”)");
}

void TestInterceptRules::jsonPointerSyntax()
{
    QFETCH(QString, pointer);
    QFETCH(QStringList, tokens);
    QFETCH(QString, error);
    QString problem;
    const std::optional<JsonPointer> parsed = JsonPointer::parse(pointer, &problem);
    QCOMPARE(problem, error);
    QCOMPARE(parsed.has_value(), error.isEmpty());
    if (!parsed)
        return;
    QCOMPARE(parsed->tokens(), tokens);
    QCOMPARE(parsed->toString(), pointer);
    QCOMPARE(JsonPointer::parse(parsed->toString(), &problem), parsed);
}

void TestInterceptRules::jsonPointerResolves()
{
    // RFC 6901 section 5's document and pointers.
    const QJsonValue document = QJsonDocument::fromJson(R"({"foo": ["bar", "baz"], "": 0, "a/b": 1, "c%d": 2,
        "e^f": 3, "g|h": 4, "i\\j": 5, "k\"l": 6, " ": 7, "m~n": 8})")
                                    .object();
    const auto at = [&](const char *pointer) {
        QString error;
        const std::optional<JsonPointer> parsed = JsonPointer::parse(QString::fromUtf8(pointer), &error);
        if (!parsed)
            return QJsonValue(QStringLiteral("error: ") + error);
        return parsed->resolve(document).value_or(QJsonValue(QStringLiteral("none")));
    };
    QCOMPARE(at(""), document);
    QCOMPARE(at("/foo"), QJsonValue(QJsonArray { QStringLiteral("bar"), QStringLiteral("baz") }));
    QCOMPARE(at("/foo/0"), QJsonValue(QStringLiteral("bar")));
    QCOMPARE(at("/"), QJsonValue(0));
    QCOMPARE(at("/a~1b"), QJsonValue(1));
    QCOMPARE(at("/c%d"), QJsonValue(2));
    QCOMPARE(at("/e^f"), QJsonValue(3));
    QCOMPARE(at("/g|h"), QJsonValue(4));
    QCOMPARE(at("/i\\j"), QJsonValue(5));
    QCOMPARE(at("/k\"l"), QJsonValue(6));
    QCOMPARE(at("/ "), QJsonValue(7));
    QCOMPARE(at("/m~0n"), QJsonValue(8));
    QCOMPARE(at("/foo/2"), QJsonValue(QStringLiteral("none")));
    QCOMPARE(at("/foo/-"), QJsonValue(QStringLiteral("none")));
    QCOMPARE(at("/foo/+1"), QJsonValue(QStringLiteral("none")));
    QCOMPARE(at("/foo/99999999999999999999"), QJsonValue(QStringLiteral("none")));
    QCOMPARE(at("/foo/0/x"), QJsonValue(QStringLiteral("none")));
    QCOMPARE(JsonPointer::escapeToken(QStringLiteral("a/~b")), QStringLiteral("a~1~0b"));
}

void TestInterceptRules::validation_data()
{
    QTest::addColumn<InterceptRule>("rule");
    QTest::addColumn<QString>("error");

    const auto add = [](const char *name, const InterceptRule &rule, const QString &error) {
        QTest::newRow(name) << rule << error;
    };
    add("default rule", InterceptRule(), QString());
    add("empty substring", matching(Match::Substring),
        QStringLiteral("the text to find is empty (to match every message, choose any message)"));
    add("empty regex", matching(Match::Regex), QStringLiteral("the regular expression is empty"));
    add("invalid regex", matching(Match::Regex, QStringLiteral("(unclosed")),
        QStringLiteral("the regular expression is invalid: missing closing parenthesis at offset 9"));
    add("invalid regex quantifier", matching(Match::Regex, QStringLiteral("a**+")),
        QStringLiteral("the regular expression is invalid: quantifier does not follow a repeatable item at offset 2"));
    add("bad pointer", jsonPointer(QStringLiteral("a"), QStringLiteral("1")),
        QStringLiteral("the JSON pointer “a” does not start with “/” (the empty pointer is the whole document)"));
    add("bad pointer escape", jsonPointer(QStringLiteral("/~x"), QStringLiteral("1")),
        QStringLiteral("the JSON pointer “/~x” has a “~” at offset 1 that is not followed by 0 or 1 (write ~0 for "
                       "“~” and ~1 for “/”)"));
    add("whole document pointer", jsonPointer(QString(), QStringLiteral("1")), QString());
    add("negative min size", sized(-1, 10), QStringLiteral("the smallest size is negative (-1 bytes)"));
    add("negative max size", sized(0, -2), QStringLiteral("the largest size is negative (-2 bytes)"));
    add("max below min", sized(10, 9), QStringLiteral("the largest size (9 bytes) is below the smallest (10 bytes)"));
    add("sizes equal", sized(9, 9), QString());
    add("invalid rewrite pattern", rewriting(QStringLiteral("[a-"), QStringLiteral("x")),
        QStringLiteral("the rewrite's regular expression is invalid: missing terminating ] for character class at "
                       "offset 3"));
    add("whole rewrite", rewriting(QString(), QString()), QString());
    InterceptRule delay = matching(Match::Any, {}, Action::Delay);
    delay.delayMs = -5;
    add("negative delay", delay, QStringLiteral("the delay is negative (-5 ms)"));
    delay.delayMs = InterceptRule::MaxDelayMs + 1;
    add("delay over a day", delay, QStringLiteral("the delay of 86400001 ms is longer than a day (86400000 ms)"));
    delay.delayMs = InterceptRule::MaxDelayMs;
    add("delay of a day", delay, QString());
    InterceptRule reply = matching(Match::Any, {}, Action::Reply);
    reply.reply = text("\xff");
    add("text reply not UTF-8", reply, QStringLiteral("the reply is a text message but not valid UTF-8"));
    reply.reply = binary("\xff");
    add("binary reply", reply, QString());
    reply.reply = text({});
    add("empty text reply", reply, QString());
}

void TestInterceptRules::validation()
{
    QFETCH(InterceptRule, rule);
    QFETCH(QString, error);
    QCOMPARE(rule.validate(), error);
}

void TestInterceptRules::setValidationNamesTheRule()
{
    InterceptRule named = matching(Match::Regex, QStringLiteral("(x"));
    named.name = QStringLiteral("strip");
    InterceptRule delay = matching(Match::Any, {}, Action::Delay);
    delay.delayMs = -1;
    const InterceptRuleSet set({ matching(Match::Any), named, delay });
    QCOMPARE(set.validate(),
        QStringList({
            QStringLiteral("Intercept rule 2 (“strip”): the regular expression is invalid: missing closing parenthesis "
                           "at offset 2."),
            QStringLiteral("Intercept rule 3: the delay is negative (-1 ms)."),
        }));
    QCOMPARE(InterceptRuleSet({ matching(Match::Any) }).validate(), QStringList());
}

void TestInterceptRules::jsonRoundTrip_data()
{
    QTest::addColumn<InterceptRule>("rule");

    InterceptRule full = caseInsensitive(matching(Match::Regex, QStringLiteral("a\\d+:é"), Action::Rewrite));
    full.name = QStringLiteral("rewrite “ids”");
    full.enabled = false;
    full.direction = InterceptDirectionFilter::ToApp;
    full.rewritePattern = QStringLiteral("(\\d+)");
    full.replacement = QStringLiteral("<\\1>");
    QTest::newRow("regex rewrite") << full;
    QTest::newRow("any break") << matching(Match::Any);
    InterceptRule up = matching(Match::Substring, QStringLiteral("x"), Action::Drop);
    up.direction = InterceptDirectionFilter::ToServer;
    QTest::newRow("substring drop") << up;
    QTest::newRow("json pointer") << jsonPointer(QStringLiteral("/a~1b/0"), QStringLiteral("{\"k\":1}"));
    QTest::newRow("type binary") << typed(InterceptRule::MessageType::Binary);
    QTest::newRow("type text") << typed(InterceptRule::MessageType::Text);
    QTest::newRow("size bounded") << sized(1, 1 << 20);
    QTest::newRow("size unbounded") << sized(5, -1);
    QTest::newRow("size empty only") << sized(0, 0);
    InterceptRule delay = matching(Match::Any, {}, Action::Delay);
    delay.delayMs = 1234;
    QTest::newRow("delay") << delay;
    InterceptRule reply = matching(Match::Substring, QStringLiteral("ping"), Action::Reply);
    reply.reply = text(QStringLiteral("pong ✓").toUtf8());
    QTest::newRow("text reply") << reply;
    reply.reply = binary(QByteArray("\x00\x01\xfe\xff", 4));
    QTest::newRow("binary reply") << reply;
    QTest::newRow("whole rewrite") << rewriting(QString(), QStringLiteral("{}"));
}

void TestInterceptRules::jsonRoundTrip()
{
    QFETCH(InterceptRule, rule);
    // Through text, as a profile file stores it.
    const QByteArray saved = QJsonDocument(rule.toJson()).toJson();
    QString error = QStringLiteral("not cleared");
    const InterceptRule loaded = InterceptRule::fromJson(QJsonDocument::fromJson(saved).object(), &error);
    QCOMPARE(error, QString());
    QCOMPARE(loaded, rule);
    QCOMPARE(loaded.toJson(), rule.toJson());
}

void TestInterceptRules::setJsonRoundTrip()
{
    InterceptRule delay = matching(Match::Any, {}, Action::Delay);
    delay.delayMs = 5;
    const InterceptRuleSet set({ rewriting(QStringLiteral("a"), QStringLiteral("b")), delay,
        jsonPointer(QStringLiteral("/x"), QStringLiteral("1")) });
    const QJsonObject json = set.toJson();
    QCOMPARE(json.value(QStringLiteral("rules")).toArray().size(), 3);
    QString error;
    const InterceptRuleSet loaded = InterceptRuleSet::fromJson(json, &error);
    QCOMPARE(error, QString());
    QCOMPARE(loaded, set);
    // The loaded set is compiled: it evaluates as the original does.
    InterceptMessage message = text(R"({"x":1,"a":0})");
    const InterceptVerdict verdict = loaded.evaluate(InterceptDirection::ToServer, message);
    QCOMPARE(verdict.delayMs, 5);
    QVERIFY(verdict.hold);
    QCOMPARE(message.payload, QByteArray(R"({"x":1,"b":0})"));

    QVERIFY(InterceptRuleSet::fromJson({}, &error).isEmpty());
    QCOMPARE(error, QString());

    // Unknown keys are ignored; left-out ones take the defaults.
    const InterceptRule minimal = InterceptRule::fromJson(
        QJsonDocument::fromJson(R"({"action":{"kind":"drop","future":1},"future":true})").object(), &error);
    QCOMPARE(error, QString());
    QCOMPARE(minimal, matching(Match::Any, {}, Action::Drop));
}

void TestInterceptRules::badJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    const auto add = [](const char *name, const char *rule, const QString &error) {
        QTest::newRow(name) << QByteArray(R"({"rules":[{"action":{"kind":"break"}},)") + rule + "]}" << error;
    };
    add("no action", R"({"name":"r"})", QStringLiteral("Intercept rule 2 (“r”): “action” should be an object."));
    add("action not an object", R"({"action":"drop"})",
        QStringLiteral("Intercept rule 2: “action” should be an object."));
    add("action without kind", R"({"action":{}})",
        QStringLiteral("Intercept rule 2: “action.kind” should be one of break, rewrite, drop, delay, reply."));
    add("unknown action", R"({"action":{"kind":"explode"}})",
        QStringLiteral("Intercept rule 2: “action.kind” should be one of break, rewrite, drop, delay, reply."));
    add("unknown match", R"({"match":{"kind":"glob"},"action":{"kind":"drop"}})",
        QStringLiteral(
            "Intercept rule 2: “match.kind” should be one of any, substring, regex, json-pointer, type, size."));
    add("match not an object", R"({"match":[],"action":{"kind":"drop"}})",
        QStringLiteral("Intercept rule 2: “match” should be an object."));
    add("bad direction", R"({"direction":"left","action":{"kind":"drop"}})",
        QStringLiteral("Intercept rule 2: “direction” should be to-server, to-app or both."));
    add("enabled not a bool", R"({"enabled":"yes","action":{"kind":"drop"}})",
        QStringLiteral("Intercept rule 2: “enabled” should be true or false."));
    add("name not text", R"({"name":5,"action":{"kind":"drop"}})",
        QStringLiteral("Intercept rule 2: “name” should be a text."));
    add("pattern not text", R"({"match":{"kind":"regex","pattern":1},"action":{"kind":"drop"}})",
        QStringLiteral("Intercept rule 2: “match.pattern” should be a text."));
    add("bad type", R"({"match":{"kind":"type","type":"blob"},"action":{"kind":"drop"}})",
        QStringLiteral("Intercept rule 2: “match.type” should be text or binary."));
    add("fractional size", R"({"match":{"kind":"size","min":1.5},"action":{"kind":"drop"}})",
        QStringLiteral("Intercept rule 2: “match.min” should be a whole number."));
    add("huge size", R"({"match":{"kind":"size","max":1e300},"action":{"kind":"drop"}})",
        QStringLiteral("Intercept rule 2: “match.max” should be a whole number."));
    add("delay as text", R"({"action":{"kind":"delay","ms":"5"}})",
        QStringLiteral("Intercept rule 2: “action.ms” should be a whole number."));
    add("bad base64", R"({"name":"b","action":{"kind":"reply","binary":true,"base64":"!!"}})",
        QStringLiteral("Intercept rule 2 (“b”): “action.base64” should be base64 text."));
    add("not an object", R"(7)", QStringLiteral("Intercept rule 2 should be an object."));
    QTest::newRow("rules not a list") << QByteArray(R"({"rules":{}})")
                                      << QStringLiteral("The intercept rules: “rules” should be a list.");
}

void TestInterceptRules::badJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QString problem;
    const InterceptRuleSet set = InterceptRuleSet::fromJson(document.object(), &problem);
    QCOMPARE(problem, error);
    QVERIFY(set.isEmpty());
}

void TestInterceptRules::cliSpecs()
{
    QString error = QStringLiteral("not cleared");
    const InterceptRule rewrite = InterceptCliSpec::parse(
        Action::Rewrite, QStringLiteral("to-server:\"user\"\\:\"(\\w+)\":\"user\":\"<\\1>\""), &error);
    QCOMPARE(error, QString());
    QCOMPARE(rewrite.direction, InterceptDirectionFilter::ToServer);
    QCOMPARE(rewrite.match, Match::Regex);
    QCOMPARE(rewrite.pattern, QStringLiteral("\"user\":\"(\\w+)\""));
    QCOMPARE(rewrite.action, Action::Rewrite);
    QCOMPARE(rewrite.rewritePattern, rewrite.pattern);
    // The last field takes the rest: its colon needs no escape.
    QCOMPARE(rewrite.replacement, QStringLiteral("\"user\":\"<\\1>\""));
    QCOMPARE(rewrite.name, QStringLiteral("--rewrite to-server:\"user\"\\:\"(\\w+)\":\"user\":\"<\\1>\""));
    InterceptMessage message = text(R"({"user":"ann","user2":1})");
    QVERIFY(InterceptRuleSet({ rewrite }).evaluate(InterceptDirection::ToServer, message).rewritten);
    QCOMPARE(message.payload, QByteArray(R"({"user":"<ann>","user2":1})"));
    InterceptMessage down = text(R"({"user":"ann"})");
    QVERIFY(!InterceptRuleSet({ rewrite }).evaluate(InterceptDirection::ToApp, down).rewritten);

    const InterceptRule drop = InterceptCliSpec::parse(Action::Drop, QStringLiteral("to-app:^ping\\:\\d+$"), &error);
    QCOMPARE(error, QString());
    QCOMPARE(drop.direction, InterceptDirectionFilter::ToApp);
    QCOMPARE(drop.match, Match::Regex);
    QCOMPARE(drop.pattern, QStringLiteral("^ping:\\d+$"));
    QCOMPARE(drop.action, Action::Drop);
    InterceptMessage ping = text("ping:42");
    QVERIFY(InterceptRuleSet({ drop }).evaluate(InterceptDirection::ToApp, ping).drop);

    const InterceptRule delay = InterceptCliSpec::parse(Action::Delay, QStringLiteral("both:250"), &error);
    QCOMPARE(error, QString());
    QCOMPARE(delay.direction, InterceptDirectionFilter::Both);
    QCOMPARE(delay.match, Match::Any);
    QCOMPARE(delay.action, Action::Delay);
    QCOMPARE(delay.delayMs, 250);

    const InterceptRule upDelay = InterceptCliSpec::parse(Action::Delay, QStringLiteral("up:0"), &error);
    QCOMPARE(error, QString());
    QCOMPARE(upDelay.direction, InterceptDirectionFilter::ToServer);
    QCOMPARE(upDelay.delayMs, 0);

    const InterceptRule hold = InterceptCliSpec::parse(Action::Break, QStringLiteral("down:error"), &error);
    QCOMPARE(error, QString());
    QCOMPARE(hold.direction, InterceptDirectionFilter::ToApp);
    QCOMPARE(hold.action, Action::Break);
    QCOMPARE(hold.pattern, QStringLiteral("error"));

    const InterceptRule reply
        = InterceptCliSpec::parse(Action::Reply, QStringLiteral("to-server:^ping$:pong: ok"), &error);
    QCOMPARE(error, QString());
    QCOMPARE(reply.action, Action::Reply);
    QCOMPARE(reply.pattern, QStringLiteral("^ping$"));
    QCOMPARE(reply.reply, text("pong: ok"));

    QCOMPARE(InterceptCliSpec::optionName(Action::Rewrite), QStringLiteral("--rewrite"));
    QCOMPARE(InterceptCliSpec::syntax(Action::Delay), QStringLiteral("DIR:[MATCH:]MS"));
}

void TestInterceptRules::cliSpecFields_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("maxFields");
    QTest::addColumn<QStringList>("fields");

    QTest::newRow("plain") << QStringLiteral("a:b:c") << 3 << QStringList { u"a"_qs, u"b"_qs, u"c"_qs };
    QTest::newRow("rest in the last") << QStringLiteral("a:b:c:d") << 3 << QStringList { u"a"_qs, u"b"_qs, u"c:d"_qs };
    QTest::newRow("escaped colon") << QStringLiteral("a:b\\:c:d") << 3 << QStringList { u"a"_qs, u"b:c"_qs, u"d"_qs };
    QTest::newRow("escaped colon in the last") << QStringLiteral("a:b\\:c") << 2 << QStringList { u"a"_qs, u"b:c"_qs };
    QTest::newRow("other escapes kept") << QStringLiteral("a:\\d\\1\\\\") << 3
                                        << QStringList { u"a"_qs, u"\\d\\1\\\\"_qs };
    QTest::newRow("escaped backslash then colon")
        << QStringLiteral("a:x\\\\:y") << 3 << QStringList { u"a"_qs, u"x\\\\"_qs, u"y"_qs };
    QTest::newRow("trailing backslash") << QStringLiteral("a:b\\") << 3 << QStringList { u"a"_qs, u"b\\"_qs };
    QTest::newRow("empty fields") << QStringLiteral("::") << 3 << QStringList { u""_qs, u""_qs, u""_qs };
    QTest::newRow("no limit") << QStringLiteral("a:b:c:d") << 0 << QStringList { u"a"_qs, u"b"_qs, u"c"_qs, u"d"_qs };
    QTest::newRow("empty") << QString() << 2 << QStringList { u""_qs };
}

void TestInterceptRules::cliSpecFields()
{
    QFETCH(QString, spec);
    QFETCH(int, maxFields);
    QFETCH(QStringList, fields);
    QCOMPARE(InterceptCliSpec::splitFields(spec, maxFields), fields);
}

void TestInterceptRules::cliSpecErrors_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("error");

    QTest::newRow("invalid regex") << Action::Rewrite << QStringLiteral("to-server:(unclosed:x")
                                   << QStringLiteral("--rewrite to-server:(unclosed:x: the regular expression is "
                                                     "invalid: missing closing parenthesis at offset 9");
    QTest::newRow("rewrite without replacement")
        << Action::Rewrite << QStringLiteral("to-server:a\\:b")
        << QStringLiteral("--rewrite to-server:a\\:b: expected DIR:MATCH:REPLACEMENT (write \\: for a colon inside a "
                          "field)");
    QTest::newRow("bad direction") << Action::Drop << QStringLiteral("inbound:x")
                                   << QStringLiteral("--drop inbound:x: the direction “inbound” is not to-server, "
                                                     "to-app or both");
    QTest::newRow("direction only") << Action::Drop << QStringLiteral("to-app")
                                    << QStringLiteral("--drop to-app: expected DIR:MATCH (write \\: for a colon "
                                                      "inside a field)");
    QTest::newRow("empty regex") << Action::Drop << QStringLiteral("to-app:")
                                 << QStringLiteral("--drop to-app:: the regular expression is empty");
    QTest::newRow("delay not a number") << Action::Delay << QStringLiteral("both:soon")
                                        << QStringLiteral("--delay both:soon: the delay “soon” is not a whole number "
                                                          "of milliseconds");
    QTest::newRow("delay fraction") << Action::Delay << QStringLiteral("both:1.5")
                                    << QStringLiteral("--delay both:1.5: the delay “1.5” is not a whole number of "
                                                      "milliseconds");
    QTest::newRow("negative delay") << Action::Delay << QStringLiteral("to-app:-5")
                                    << QStringLiteral("--delay to-app:-5: the delay is negative (-5 ms)");
    // both:5:6 is now the regular expression 5 and 6 ms (cliSpecMatchKinds); MS is the rest after MATCH.
    QTest::newRow("delay with a fourth field") << Action::Delay << QStringLiteral("both:5:6:7")
                                               << QStringLiteral("--delay both:5:6:7: the delay “6:7” is not a whole "
                                                                 "number of milliseconds");
    QTest::newRow("break invalid regex") << Action::Break << QStringLiteral("both:a{2,1}")
                                         << QStringLiteral("--break both:a{2,1}: the regular expression is invalid: "
                                                           "numbers out of order in {} quantifier at offset 5");
    // MATCH kinds.
    const auto add = [](const char *name, Action action, const char *spec, const char *problem) {
        QTest::newRow(name) << action << QString::fromUtf8(spec)
                            << InterceptCliSpec::optionName(action) + u' ' + QString::fromUtf8(spec) + u": "
                + QString::fromUtf8(problem);
    };
    add("json without =", Action::Break, "both:json:/type",
        "the JSON match “/type” has no “=”: write json:/POINTER=VALUE");
    add("json pointer without slash", Action::Break, "both:json:type=ping",
        "the JSON pointer “type” does not start with “/” (the empty pointer is the whole document)");
    add("json pointer bad tilde", Action::Drop, "up:json:/a~2=1",
        "the JSON pointer “/a~2” has a “~” at offset 2 that is not followed by 0 or 1 (write ~0 for “~” and ~1 for "
        "“/”)");
    add("unknown type", Action::Break, "both:type:blob", "the message type “blob” is not text or binary");
    add("type is lowercase", Action::Break, "both:type:Text", "the message type “Text” is not text or binary");
    add("empty type", Action::Break, "both:type:", "the message type “” is not text or binary");
    add("size not a number", Action::Drop, "both:size:big",
        "the size “big” is not N, MIN-MAX, >N, >=N, <N or <=N bytes (a number may end in K or M)");
    add("size range reversed", Action::Drop, "both:size:10-5",
        "the largest size (5 bytes) is below the smallest (10 bytes)");
    add("size range reversed by suffix", Action::Drop, "both:size:1K-1000",
        "the largest size (1000 bytes) is below the smallest (1024 bytes)");
    add("size range without max", Action::Drop, "both:size:5-",
        "the size “5-” is not N, MIN-MAX, >N, >=N, <N or <=N bytes (a number may end in K or M)");
    add("size negative", Action::Drop, "both:size:-5",
        "the size “-5” is not N, MIN-MAX, >N, >=N, <N or <=N bytes (a number may end in K or M)");
    add("size bare operator", Action::Drop, "both:size:>",
        "the size “>” is not N, MIN-MAX, >N, >=N, <N or <=N bytes (a number may end in K or M)");
    add("size unknown suffix", Action::Drop, "both:size:5G",
        "the size “5G” is not N, MIN-MAX, >N, >=N, <N or <=N bytes (a number may end in K or M)");
    add("size operator and range", Action::Drop, "both:size:>1-5",
        "the size “>1-5” is not N, MIN-MAX, >N, >=N, <N or <=N bytes (a number may end in K or M)");
    add("size below zero", Action::Drop, "both:size:<0", "no message is smaller than 0 bytes (“<0”)");
    add("size too large", Action::Drop, "both:size:99999999999999999999",
        "the size “99999999999999999999” is too large (at most 9007199254740992 bytes)");
    add("size too large by suffix", Action::Drop, "both:size:<9000000000M",
        "the size “<9000000000M” is too large (at most 9007199254740992 bytes)");
    add("empty text", Action::Break, "both:text:", "the text to find is empty (to match every message, write any)");
    add("empty itext", Action::Reply, "both:itext::x", "the text to find is empty (to match every message, write any)");
    add("empty re", Action::Break, "both:re:", "the regular expression is empty");
    add("invalid re", Action::Break, "both:re:(x",
        "the regular expression is invalid: missing closing parenthesis at "
        "offset 2");
    add("rewrite prefix without replacement", Action::Rewrite, "to-server:text:foo",
        "expected DIR:MATCH:REPLACEMENT (write \\: for a colon inside a field)");
    add("reply prefix without text", Action::Reply, "to-server:json:/a=1",
        "expected DIR:MATCH:TEXT (write \\: for a colon inside a field)");
    add("delay prefix without ms", Action::Delay, "both:type:text",
        "expected DIR:[MATCH:]MS (write \\: for a colon inside a field)");
    add("delay match then not a number", Action::Delay, "both:any:soon",
        "the delay “soon” is not a whole number of milliseconds");
    add("delay bad match", Action::Delay, "both:size:x:5",
        "the size “x” is not N, MIN-MAX, >N, >=N, <N or <=N bytes (a number may end in K or M)");
    add("delay match negative", Action::Delay, "both:type:binary:-1", "the delay is negative (-1 ms)");
    add("bad direction before a prefix", Action::Drop, "sideways:type:blob",
        "the direction “sideways” is not to-server, to-app or both");
}

void TestInterceptRules::cliSpecErrors()
{
    QFETCH(Action, action);
    QFETCH(QString, spec);
    QFETCH(QString, error);
    QString problem;
    InterceptCliSpec::parse(action, spec, &problem);
    QCOMPARE(problem, error);
}

void TestInterceptRules::cliSpecMatchKinds_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<InterceptRule>("rule");

    using Dir = InterceptDirectionFilter;
    using Type = InterceptRule::MessageType;
    const auto add = [](const char *name, Action action, const char *spec, Dir direction, InterceptRule rule) {
        rule.action = action;
        rule.direction = direction;
        rule.name = InterceptCliSpec::optionName(action) + u' ' + QString::fromUtf8(spec);
        QTest::newRow(name) << action << QString::fromUtf8(spec) << rule;
    };
    const auto regex = [](const char *pattern) { return matching(Match::Regex, QString::fromUtf8(pattern)); };
    const auto substring = [](const char *text) { return matching(Match::Substring, QString::fromUtf8(text)); };
    const auto withRewrite = [](InterceptRule rule, const QString &pattern, const QString &replacement) {
        rule.rewritePattern = pattern;
        rule.replacement = replacement;
        return rule;
    };
    const auto withReply = [](InterceptRule rule, const char *reply) {
        rule.reply = text(reply);
        return rule;
    };
    const auto withDelay = [](InterceptRule rule, qint64 ms) {
        rule.delayMs = ms;
        return rule;
    };

    // Without a known prefix and its bare ':', MATCH is a regular expression as before.
    add("bare regex", Action::Drop, "to-app:^x$", Dir::ToApp, regex("^x$"));
    add("bare regex with colons", Action::Break, "both:a:b", Dir::Both, regex("a:b"));
    add("prefix word alone", Action::Drop, "to-app:json", Dir::ToApp, regex("json"));
    add("prefix with escaped colon", Action::Drop, "to-app:text\\:x", Dir::ToApp, regex("text:x"));
    add("uppercase prefix", Action::Break, "both:TEXT:x", Dir::Both, regex("TEXT:x"));
    add("unknown prefix", Action::Break, "both:regex:x", Dir::Both, regex("regex:x"));
    add("any and more", Action::Break, "both:any:x", Dir::Both, regex("any:x"));
    add("re", Action::Drop, "up:re:^x$", Dir::ToServer, regex("^x$"));
    add("re keeps a prefix", Action::Drop, "up:re:json:/a=1", Dir::ToServer, regex("json:/a=1"));
    add("re any", Action::Break, "both:re:any", Dir::Both, regex("any"));

    add("text", Action::Break, "both:text:a:b", Dir::Both, substring("a:b"));
    add("text keeps backslashes", Action::Break, "both:text:a\\d", Dir::Both, substring("a\\d"));
    add("itext", Action::Break, "down:itext:Hello", Dir::ToApp, caseInsensitive(substring("Hello")));
    add("json", Action::Break, "both:json:/type=ping", Dir::Both, jsonPointer(u"/type"_qs, u"ping"_qs));
    add("json first = separates", Action::Break, "both:json:/a~1b/0=x=y", Dir::Both,
        jsonPointer(u"/a~1b/0"_qs, u"x=y"_qs));
    add("json whole document", Action::Break, "both:json:=42", Dir::Both, jsonPointer(QString(), u"42"_qs));
    add("json empty value", Action::Break, "both:json:/a=", Dir::Both, jsonPointer(u"/a"_qs, QString()));
    add("json colon in the last field", Action::Drop, "both:json:/url=ws://x", Dir::Both,
        jsonPointer(u"/url"_qs, u"ws://x"_qs));
    add("type text", Action::Break, "both:type:text", Dir::Both, typed(Type::Text));
    add("type binary", Action::Drop, "to-app:type:binary", Dir::ToApp, typed(Type::Binary));
    add("size exact", Action::Break, "both:size:5", Dir::Both, sized(5, 5));
    add("size zero", Action::Break, "both:size:0", Dir::Both, sized(0, 0));
    add("size range", Action::Break, "both:size:10-20", Dir::Both, sized(10, 20));
    add("size range with spaces", Action::Break, "both:size: 10 - 20 ", Dir::Both, sized(10, 20));
    add("size above", Action::Break, "both:size:>5", Dir::Both, sized(6, -1));
    add("size at least", Action::Break, "both:size:>=5", Dir::Both, sized(5, -1));
    add("size below", Action::Break, "both:size:<5", Dir::Both, sized(0, 4));
    add("size at most", Action::Break, "both:size:<=5", Dir::Both, sized(0, 5));
    add("size suffixes", Action::Break, "both:size:2K-1M", Dir::Both, sized(2048, 1048576));
    add("size lowercase suffixes", Action::Break, "both:size:>1k", Dir::Both, sized(1025, -1));
    add("size lowercase m", Action::Break, "both:size:<=3m", Dir::Both, sized(0, 3 * 1048576));
    add("size largest", Action::Break, "both:size:<=9007199254740992", Dir::Both, sized(0, qint64(1) << 53));
    add("any", Action::Drop, "to-app:any", Dir::ToApp, matching(Match::Any));

    add("rewrite bare regex", Action::Rewrite, "to-server:a\\:(\\d):b:\\1", Dir::ToServer,
        withRewrite(regex("a:(\\d)"), u"a:(\\d)"_qs, u"b:\\1"_qs));
    add("rewrite re", Action::Rewrite, "to-server:re:a(\\d):<\\1>", Dir::ToServer,
        withRewrite(regex("a(\\d)"), u"a(\\d)"_qs, u"<\\1>"_qs));
    add("rewrite text", Action::Rewrite, "both:text:a.b:x", Dir::Both,
        withRewrite(substring("a.b"), u"a\\.b"_qs, u"x"_qs));
    add("rewrite itext", Action::Rewrite, "both:itext:A+:y", Dir::Both,
        withRewrite(caseInsensitive(substring("A+")), u"A\\+"_qs, u"y"_qs));
    add("rewrite json", Action::Rewrite, "up:json:/type=ping:{\"type\":\"pong\"}", Dir::ToServer,
        withRewrite(jsonPointer(u"/type"_qs, u"ping"_qs), QString(), u"{\"type\":\"pong\"}"_qs));
    add("rewrite json escaped colon", Action::Rewrite, "up:json:/url=ws\\://x:{}", Dir::ToServer,
        withRewrite(jsonPointer(u"/url"_qs, u"ws://x"_qs), QString(), u"{}"_qs));
    add("rewrite type", Action::Rewrite, "both:type:binary:\\1", Dir::Both,
        withRewrite(typed(Type::Binary), QString(), u"\\1"_qs));
    add("rewrite any", Action::Rewrite, "both:any:{}", Dir::Both,
        withRewrite(matching(Match::Any), QString(), u"{}"_qs));
    add("reply type", Action::Reply, "to-server:type:binary:binary? no", Dir::ToServer,
        withReply(typed(Type::Binary), "binary? no"));
    add("reply size", Action::Reply, "to-server:size:0:empty: really", Dir::ToServer,
        withReply(sized(0, 0), "empty: really"));
    add("reply itext", Action::Reply, "to-server:itext:PING:pong", Dir::ToServer,
        withReply(caseInsensitive(substring("PING")), "pong"));

    add("delay every message", Action::Delay, "both:250", Dir::Both, withDelay(matching(Match::Any), 250));
    add("delay any", Action::Delay, "both:any:250", Dir::Both, withDelay(matching(Match::Any), 250));
    add("delay bare regex", Action::Delay, "both:^x$:250", Dir::Both, withDelay(regex("^x$"), 250));
    add("delay regex 5", Action::Delay, "both:5:6", Dir::Both, withDelay(regex("5"), 6));
    add("delay escaped colon", Action::Delay, "both:a\\:b:7", Dir::Both, withDelay(regex("a:b"), 7));
    add("delay re", Action::Delay, "both:re:250:1", Dir::Both, withDelay(regex("250"), 1));
    add("delay type", Action::Delay, "to-app:type:binary:100", Dir::ToApp, withDelay(typed(Type::Binary), 100));
    add("delay json", Action::Delay, "up:json:/a=1:0", Dir::ToServer, withDelay(jsonPointer(u"/a"_qs, u"1"_qs), 0));
    add("delay size", Action::Delay, "to-app:size:>64K:500", Dir::ToApp, withDelay(sized(65537, -1), 500));
    add("delay text", Action::Delay, "both:text:x y:5", Dir::Both, withDelay(substring("x y"), 5));
}

void TestInterceptRules::cliSpecMatchKinds()
{
    QFETCH(Action, action);
    QFETCH(QString, spec);
    QFETCH(InterceptRule, rule);
    QString error = QStringLiteral("not cleared");
    const InterceptRule parsed = InterceptCliSpec::parse(action, spec, &error);
    QCOMPARE(error, QString());
    // Readable on a failure; the comparison after it also covers the fields toJson() leaves out.
    QCOMPARE(QJsonDocument(parsed.toJson()).toJson(QJsonDocument::Compact),
        QJsonDocument(rule.toJson()).toJson(QJsonDocument::Compact));
    QCOMPARE(parsed, rule);
}

void TestInterceptRules::cliSpecMatchesMessages_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<InterceptMessage>("message");
    QTest::addColumn<InterceptDirection>("direction");
    QTest::addColumn<bool>("expected");

    const auto add = [](const char *name, const char *spec, const InterceptMessage &message, bool expected,
                         InterceptDirection direction = InterceptDirection::ToServer) {
        QTest::newRow(name) << QString::fromUtf8(spec) << message << direction << expected;
    };
    add("text", "both:text:lo w", text("hello world"), true);
    add("text case differs", "both:text:LO W", text("hello world"), false);
    add("text is not a regex", "both:text:a.c", text("abc"), false);
    add("text with a dot", "both:text:a.c", text("xa.cx"), true);
    add("itext", "both:itext:LO W", text("hello world"), true);
    add("itext in binary", "both:itext:TOKEN", binary(QByteArray("\x01tOkEn\x02", 7)), true);
    add("itext absent", "both:itext:TOKEN", text("tokn"), false);

    add("json", "both:json:/type=ping", text(R"({"type":"ping","id":1})"), true);
    add("json differs", "both:json:/type=ping", text(R"({"type":"pong"})"), false);
    add("json not JSON", "both:json:/type=ping", text("type=ping"), false);
    add("json escaped pointer", "both:json:/a~1b/m~0n=1", text(R"({"a/b":{"m~n":1}})"), true);
    add("json tokens are unescaped", "both:json:/a~1b=1", text(R"({"a":{"b":1}})"), false);
    add("json number", "both:json:/n=100", text(R"({"n":1e2})"), true);
    add("json array index", "both:json:/items/1=b", text(R"({"items":["a","b"]})"), true);
    add("json value holds =", "both:json:/q=a=b", text(R"({"q":"a=b"})"), true);
    add("json whole document", "both:json:=42", text(" 42"), true);
    add("json colon in the value", "both:json:/url=ws://x", text(R"({"url":"ws://x"})"), true);
    add("json in binary", "both:json:/ok=true", binary(R"({"ok":true})"), true);

    add("type text", "both:type:text", text("x"), true);
    add("type text, binary message", "both:type:text", binary("x"), false);
    add("type binary", "both:type:binary", binary("x"), true);
    add("type binary, text message", "both:type:binary", text("x"), false);

    add("size exact", "both:size:3", text("abc"), true);
    add("size exact, more", "both:size:3", text("abcd"), false);
    add("size range below", "both:size:3-5", text("ab"), false);
    add("size range min", "both:size:3-5", text("abc"), true);
    add("size range max", "both:size:3-5", text("abcde"), true);
    add("size range above", "both:size:3-5", text("abcdef"), false);
    add("size above, equal", "both:size:>3", text("abc"), false);
    add("size above", "both:size:>3", text("abcd"), true);
    add("size at least, less", "both:size:>=3", text("ab"), false);
    add("size at least", "both:size:>=3", text("abc"), true);
    add("size below", "both:size:<3", text("ab"), true);
    add("size below, equal", "both:size:<3", text("abc"), false);
    add("size at most", "both:size:<=3", text("abc"), true);
    add("size at most, more", "both:size:<=3", text("abcd"), false);
    add("size K", "both:size:1K", binary(QByteArray(1024, 'x')), true);
    add("size K, a byte less", "both:size:1K", binary(QByteArray(1023, 'x')), false);
    add("size above M", "both:size:>1M", binary(QByteArray(1048577, 'x')), true);
    add("size above M, equal", "both:size:>1M", binary(QByteArray(1048576, 'x')), false);
    add("size counts UTF-8 bytes", "both:size:4", text(QStringLiteral("éé").toUtf8()), true);

    add("any", "both:any", binary({}), true);
    add("re any is a regex", "both:re:any", text("x"), false);
    add("re any", "both:re:any", text("many"), true);
    add("re keeps a prefix", "both:re:json:x", text("a json:x"), true);
    add("bare regex", "both:^x$", text("x"), true);
    add("bare regex, no match", "both:^x$", text("xx"), false);
    add("escaped prefix colon is a regex", "both:text\\:.x", text("text:ax"), true);
    add("direction filtered", "to-app:type:text", text("x"), false, InterceptDirection::ToServer);
    add("direction", "to-app:type:text", text("x"), true, InterceptDirection::ToApp);
}

void TestInterceptRules::cliSpecMatchesMessages()
{
    QFETCH(QString, spec);
    QFETCH(InterceptMessage, message);
    QFETCH(InterceptDirection, direction);
    QFETCH(bool, expected);
    QString error;
    const InterceptRule rule = InterceptCliSpec::parse(Action::Break, spec, &error);
    QCOMPARE(error, QString());
    QCOMPARE(holds(rule, message, direction), expected);
}

void TestInterceptRules::cliSpecRewrites_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<InterceptMessage>("message");
    QTest::addColumn<QByteArray>("payload");

    const auto add
        = [](const char *name, const char *spec, const InterceptMessage &message, const QByteArray &payload) {
              QTest::newRow(name) << QString::fromUtf8(spec) << message << payload;
          };
    add("regex as before", "both:(\\d+):<\\1>", text("a1b22"), "a<1>b<22>");
    add("re", "both:re:(\\d+):<\\1>", text("a1b22"), "a<1>b<22>");
    add("text: each occurrence, as it is", "both:text:a.b:<\\1>", text("a.b axb a.b"), "<\\1> axb <\\1>");
    add("itext", "both:itext:ab:x", text("AB ab aB"), "x x x");
    add("text in binary", "both:text:é:e", binary("\x01" + QStringLiteral("é").toUtf8() + "\xff"), "\x01\x65\xff");
    add("itext in binary", "both:itext:ab:x", binary("\xff\x41\x42\xfe"), "\xff\x78\xfe"); // \xff AB \xfe
    add("json: the whole payload", "both:json:/type=ping:{\"type\":\"pong\"}", text(R"({"type":"ping","id":1})"),
        R"({"type":"pong"})");
    add("json not matching", "both:json:/type=ping:{\"type\":\"pong\"}", text(R"({"type":"other"})"),
        R"({"type":"other"})");
    add("type: the whole payload, as it is", "both:type:binary:\\1", binary("abc"), "\\1");
    add("size", "both:size:>3:big", text("abcd"), "big");
    add("size not matching", "both:size:>3:big", text("abc"), "abc");
    add("any", "both:any:x", text("abc"), "x");
}

void TestInterceptRules::cliSpecRewrites()
{
    QFETCH(QString, spec);
    QFETCH(InterceptMessage, message);
    QFETCH(QByteArray, payload);
    QString error;
    const InterceptRule rule = InterceptCliSpec::parse(Action::Rewrite, spec, &error);
    QCOMPARE(error, QString());
    InterceptRuleSet({ rule }).evaluate(InterceptDirection::ToServer, message);
    QCOMPARE(message.payload, payload);
}

void TestInterceptRules::cliSpecDelays()
{
    QList<InterceptRule> rules;
    for (const char *spec : { "both:type:binary:250", "to-app:size:>3:100", "both:50" }) {
        QString error;
        rules.append(InterceptCliSpec::parse(Action::Delay, QString::fromUtf8(spec), &error));
        QCOMPARE(error, QString());
    }
    const InterceptRuleSet set(rules);
    const auto delay = [&](InterceptDirection direction, InterceptMessage message) {
        return set.evaluate(direction, message).delayMs;
    };
    QCOMPARE(delay(InterceptDirection::ToServer, binary("ab")), 300);
    QCOMPARE(delay(InterceptDirection::ToServer, text("abcd")), 50);
    QCOMPARE(delay(InterceptDirection::ToApp, text("abcd")), 150);
    QCOMPARE(delay(InterceptDirection::ToApp, text("abc")), 50);
    QCOMPARE(delay(InterceptDirection::ToApp, binary("abcd")), 400);
}

QTEST_GUILESS_MAIN(TestInterceptRules)
#include "tst_interceptrules.moc"
