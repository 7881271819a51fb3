// SPDX-License-Identifier: GPL-3.0-or-later
// JSON as the window shows and checks it: the formatter keeps the message's key order and
// spelling, the tree keeps it too and names nodes by JSONPath, and syntax errors are pointed at
// the exact line and column (also after non-ASCII text) in words that say array or object.
#include "jsonformatter.h"
#include "jsonscanner.h"
#include "jsonsyntaxerror.h"
#include "jsontree.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QTest>

using namespace Framewise;

class TestJson : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void formatterKeepsKeyOrderAndSpelling();
    void formatterRejectsInvalidText();
    void treeKeepsOrderAndNamesPaths();
    void treeStopsAtTheNodeLimit();
    void decodesStrings();
    void locateCountsCharactersNotBytes();
    void errorsArePointedAt_data();
    void errorsArePointedAt();
    void validTextHasNoError();
};

void TestJson::formatterKeepsKeyOrderAndSpelling()
{
    // QJsonDocument would give n, ok, user; 1.0 and 1e3 would become 1 and 1000.
    const QByteArray text
        = "{\"user\":{\"name\":\"Ann\",\"tags\":[]},\"ok\":true,\"n\":1.0,\"big\":1e3,\"s\":\"\\u00e9\\n\",\"e\":{}}";
    const QByteArray expected = "{\n"
                                "    \"user\": {\n"
                                "        \"name\": \"Ann\",\n"
                                "        \"tags\": []\n"
                                "    },\n"
                                "    \"ok\": true,\n"
                                "    \"n\": 1.0,\n"
                                "    \"big\": 1e3,\n"
                                "    \"s\": \"\\u00e9\\n\",\n"
                                "    \"e\": {}\n"
                                "}";
    QCOMPARE(JsonFormatter::indent(text), expected);
    // Already indented text (other widths, CRLF) comes out the same.
    QByteArray loose = expected;
    loose.replace("\n", "\r\n\t ");
    QCOMPARE(JsonFormatter::indent(loose), expected);
    QCOMPARE(JsonFormatter::indent("[1,[2,[]],{\"a\":[{}]}]", 2),
        QByteArray("[\n  1,\n  [\n    2,\n    []\n  ],\n  {\n    \"a\": [\n      {}\n    ]\n  }\n]"));
    QCOMPARE(JsonFormatter::indent(" 42 "), QByteArray("42"));
    // Duplicate keys stay, as the server sent them.
    QCOMPARE(JsonFormatter::indent("{\"a\":1,\"a\":2}"), QByteArray("{\n    \"a\": 1,\n    \"a\": 2\n}"));
}

void TestJson::formatterRejectsInvalidText()
{
    QVERIFY(JsonFormatter::indent("").isEmpty());
    QVERIFY(JsonFormatter::indent("{\"a\":").isEmpty());
    QVERIFY(JsonFormatter::indent("[1,]").isEmpty());
    QVERIFY(JsonFormatter::indent("{} {}").isEmpty());
    QVERIFY(JsonFormatter::indent("not json").isEmpty());
}

void TestJson::treeKeepsOrderAndNamesPaths()
{
    const QByteArray text = "{\"user\":{\"name\":\"Ann\"},\"ok\":true,\"n\":1,"
                            "\"items\":[{\"name\":\"a\"},{\"name\":\"b\"},{\"name\":\"c\",\"tags\":[\"x\"]}],\"a "
                            "key\":\"it's\",\"z\":null}";
    const JsonTree tree = JsonTree::build(text);
    QVERIFY(tree.isValid());
    QVERIFY(!tree.isTruncated());
    QCOMPARE(tree.type(0), JsonTree::Type::Object);
    QCOMPARE(tree.path(0), QStringLiteral("$"));
    QStringList keys;
    for (int row = 0; row < tree.childCount(0); ++row)
        keys << tree.key(tree.child(0, row));
    QCOMPARE(keys, QStringList({ u"user"_qs, u"ok"_qs, u"n"_qs, u"items"_qs, u"a key"_qs, u"z"_qs }));

    const int items = tree.child(0, 3);
    QCOMPARE(tree.type(items), JsonTree::Type::Array);
    QCOMPARE(tree.childCount(items), 3);
    const int third = tree.child(items, 2);
    QVERIFY(!tree.hasKey(third));
    QCOMPARE(tree.row(third), 2);
    QCOMPARE(tree.parent(third), items);
    const int name = tree.child(third, 0);
    QCOMPARE(tree.key(name), QStringLiteral("name"));
    QCOMPARE(tree.value(name), QStringLiteral("c"));
    QCOMPARE(tree.type(name), JsonTree::Type::String);
    QCOMPARE(tree.path(name), QStringLiteral("$.items[2].name"));
    QCOMPARE(tree.path(tree.child(tree.child(third, 1), 0)), QStringLiteral("$.items[2].tags[0]"));
    QCOMPARE(tree.source(third), QByteArrayView("{\"name\":\"c\",\"tags\":[\"x\"]}"));

    const int spaced = tree.child(0, 4);
    QCOMPARE(tree.path(spaced), QStringLiteral("$['a key']"));
    QCOMPARE(tree.value(spaced), QStringLiteral("it's"));
    QCOMPARE(tree.type(tree.child(0, 1)), JsonTree::Type::Boolean);
    QCOMPARE(tree.value(tree.child(0, 1)), QStringLiteral("true"));
    QCOMPARE(tree.type(tree.child(0, 2)), JsonTree::Type::Number);
    QCOMPARE(tree.type(tree.child(0, 5)), JsonTree::Type::Null);

    const JsonTree quoted = JsonTree::build("{\"it's\":{\"a\\\\b\":1,\"_ok$1\":2,\"1st\":3}}");
    const int inner = quoted.child(0, 0);
    QCOMPARE(quoted.path(inner), QStringLiteral("$['it\\'s']"));
    QCOMPARE(quoted.path(quoted.child(inner, 0)), QStringLiteral("$['it\\'s']['a\\\\b']"));
    QCOMPARE(quoted.path(quoted.child(inner, 1)), QStringLiteral("$['it\\'s']._ok$1"));
    QCOMPARE(quoted.path(quoted.child(inner, 2)), QStringLiteral("$['it\\'s']['1st']"));

    const JsonTree scalar = JsonTree::build("\"just text\"");
    QVERIFY(scalar.isValid());
    QCOMPARE(scalar.size(), 1);
    QCOMPARE(scalar.value(0), QStringLiteral("just text"));
    QVERIFY(!JsonTree::build("{\"a\":}").isValid());
}

void TestJson::treeStopsAtTheNodeLimit()
{
    QByteArray text = "[";
    for (int i = 0; i < 1000; ++i)
        text += "{\"i\":" + QByteArray::number(i) + "},";
    text += "[1,2,3]]";
    const JsonTree tree = JsonTree::build(text, 100);
    QVERIFY(tree.isValid());
    QVERIFY(tree.isTruncated());
    QCOMPARE(tree.size(), 100);
    // Complete nodes stay right; the root still spans the whole text.
    QCOMPARE(tree.source(0).size(), text.size());
    QCOMPARE(tree.childCount(0), 50); // the root, then {"i":n} and its member for n < 49, half of the 50th
    QCOMPARE(tree.path(tree.child(tree.child(0, 48), 0)), QStringLiteral("$[48].i"));
    QCOMPARE(tree.value(tree.child(tree.child(0, 48), 0)), QStringLiteral("48"));
    QVERIFY(!JsonTree::build(text, 100000).isTruncated());
    QCOMPARE(JsonTree::build(text, 100000).childCount(0), 1001);
}

void TestJson::decodesStrings()
{
    QCOMPARE(JsonScanner::decodeString("\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\""), QStringLiteral("a\"b\\c/d\b\f\n\r\t"));
    QCOMPARE(JsonScanner::decodeString("\"\\u00e9\\ud83d\\ude00x\""), QString::fromUtf8("é😀x"));
    QCOMPARE(JsonScanner::decodeString("\"é😀\""), QString::fromUtf8("é😀"));
    QCOMPARE(JsonScanner::decodeString("\"\""), QString());
}

void TestJson::locateCountsCharactersNotBytes()
{
    // "é" is 2 bytes and one UTF-16 unit, "😀" 4 bytes and two units; columns count characters.
    const QByteArray text = QString::fromUtf8("{\"é😀\": [1 2]}\n[é, 3]").toUtf8();
    const auto at = [&text](qsizetype offset) {
        const auto p = JsonSyntaxError::locate(text, offset);
        return QStringLiteral("%1:%2@%3").arg(p.line).arg(p.column).arg(p.utf16);
    };
    QCOMPARE(at(0), QStringLiteral("1:1@0"));
    QCOMPARE(at(text.indexOf('2')), QStringLiteral("1:11@11"));
    QCOMPARE(at(text.indexOf('\n') + 1), QStringLiteral("2:1@15"));
    QCOMPARE(at(text.indexOf('3')), QStringLiteral("2:5@19"));
    QCOMPARE(at(text.size() + 10), QStringLiteral("2:7@21"));

    // QJsonParseError::offset is such a byte offset too (Qt's points past the '2' here).
    QJsonParseError error;
    QJsonDocument::fromJson(text, &error);
    QCOMPARE(error.error, QJsonParseError::MissingValueSeparator);
    QCOMPARE(at(error.offset), QStringLiteral("1:12@12"));
    // The editor's index: the text as a QString, up to that position, has the same length.
    QCOMPARE(QString::fromUtf8(text.left(error.offset)).size(), qsizetype(12));
}

void TestJson::errorsArePointedAt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("utf16");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("message");
    using E = JsonScanner::Error;
    // The case: the comma is missing before the "3" in column 19 (Qt's offset says 20).
    QTest::newRow("array comma") << QStringLiteral("{\n  \"items\": [1, 22 3, 4]\n}") << int(E::MissingCommaOrClose)
                                 << 2 << 19 << 20 << 1
                                 << QStringLiteral("Missing comma or ']' in array at line 2, column 19");
    QTest::newRow("array comma after non-ASCII")
        << QString::fromUtf8("{\"é😀\": [1 2]}") << int(E::MissingCommaOrClose) << 1 << 11 << 11 << 1
        << QStringLiteral("Missing comma or ']' in array at line 1, column 11");
    QTest::newRow("object comma") << QStringLiteral("{\"a\": 1 \"b\": 2}") << int(E::MissingCommaOrClose) << 1 << 9 << 8
                                  << 1 << QStringLiteral("Missing comma or '}' in object at line 1, column 9");
    QTest::newRow("wrong bracket") << QStringLiteral("{\"a\": [1, 2}") << int(E::MissingCommaOrClose) << 1 << 12 << 11
                                   << 1 << QStringLiteral("Missing comma or ']' in array at line 1, column 12");
    QTest::newRow("trailing comma array") << QStringLiteral("[1, 2,]") << int(E::TrailingComma) << 1 << 6 << 5 << 1
                                          << QStringLiteral("Comma before ']' in array at line 1, column 6: remove it");
    QTest::newRow("trailing comma object")
        << QStringLiteral("{\"a\": 1,\n}") << int(E::TrailingComma) << 1 << 8 << 7 << 1
        << QStringLiteral("Comma before '}' in object at line 1, column 8: remove it");
    QTest::newRow("missing colon") << QStringLiteral("{\"a\" 1}") << int(E::MissingColon) << 1 << 6 << 5 << 1
                                   << QStringLiteral("Missing ':' after the key in object at line 1, column 6");
    QTest::newRow("unquoted key") << QStringLiteral("{\n\tkey: 1}") << int(E::ExpectedKey) << 2 << 2 << 3 << 3
                                  << QStringLiteral(
                                         "Expected a key in double quotes in object at line 2, column 2, found “key”");
    QTest::newRow("bad literal in object")
        << QStringLiteral("{\"a\": tru}") << int(E::ExpectedValue) << 1 << 7 << 6 << 3
        << QStringLiteral("Expected a value in object at line 1, column 7, found “tru”");
    QTest::newRow("bad value in array") << QStringLiteral("[1, 'x']") << int(E::ExpectedValue) << 1 << 5 << 4 << 1
                                        << QStringLiteral("Expected a value in array at line 1, column 5, found “'”");
    QTest::newRow("leading zero") << QStringLiteral("[01]") << int(E::InvalidNumber) << 1 << 2 << 1 << 2
                                  << QStringLiteral("Invalid number “01” in array at line 1, column 2");
    QTest::newRow("bare dot") << QStringLiteral("{\"n\": 1.}") << int(E::InvalidNumber) << 1 << 7 << 6 << 2
                              << QStringLiteral("Invalid number “1.” in object at line 1, column 7");
    QTest::newRow("unclosed array") << QStringLiteral("{\"a\": [1, 2") << int(E::Unclosed) << 1 << 7 << 6 << 1
                                    << QStringLiteral("Missing ']' to close the array opened at line 1, column 7");
    QTest::newRow("unclosed object") << QStringLiteral("[{\"a\": 1}, {\n\"b\": 2") << int(E::Unclosed) << 1 << 12 << 11
                                     << 1
                                     << QStringLiteral("Missing '}' to close the object opened at line 1, column 12");
    QTest::newRow("unterminated string")
        << QStringLiteral("[\"abc") << int(E::UnterminatedString) << 1 << 2 << 1 << 1
        << QStringLiteral("String in array not closed: the quote at line 1, column 2 has no closing quote");
    QTest::newRow("bad escape") << QStringLiteral("{\"a\": \"x\\qy\"}") << int(E::InvalidEscape) << 1 << 9 << 8 << 2
                                << QStringLiteral("Invalid escape “\\q” in a string in object at line 1, column 9");
    QTest::newRow("short unicode escape")
        << QStringLiteral("[\"\\u12x\"]") << int(E::InvalidEscape) << 1 << 3 << 2 << 4
        << QStringLiteral("Invalid escape “\\u12” in a string in array at line 1, column 3");
    QTest::newRow("line break in string")
        << QStringLiteral("[\"a\nb\"]") << int(E::ControlCharacter) << 1 << 4 << 3 << 1
        << QStringLiteral(
               "Line break or control character in a string in array at line 1, column 4 (write \\n or \\t)");
    QTest::newRow("trailing text") << QStringLiteral("{} x") << int(E::TrailingText) << 1 << 4 << 3 << 1
                                   << QStringLiteral(
                                          "Unexpected text after the end of the JSON value at line 1, column 4");
    QTest::newRow("empty") << QStringLiteral(" \n ") << int(E::Empty) << 2 << 2 << 3 << 0
                           << QStringLiteral("No JSON value: the text is empty");
    QTest::newRow("top-level word") << QStringLiteral("hello") << int(E::ExpectedValue) << 1 << 1 << 0 << 5
                                    << QStringLiteral("Expected a JSON value at line 1, column 1, found “hello”");
    QTest::newRow("user text with %1") << QStringLiteral("[%1]") << int(E::ExpectedValue) << 1 << 2 << 1 << 1
                                       << QStringLiteral("Expected a value in array at line 1, column 2, found “%”");
}

void TestJson::errorsArePointedAt()
{
    QFETCH(QString, text);
    QFETCH(int, error);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, utf16);
    QFETCH(int, length);
    QFETCH(QString, message);
    const auto result = JsonSyntaxError::check(text.toUtf8());
    QVERIFY(result);
    QCOMPARE(int(result->error()), error);
    QCOMPARE(result->position().line, qsizetype(line));
    QCOMPARE(result->position().column, qsizetype(column));
    QCOMPARE(result->position().utf16, qsizetype(utf16));
    QCOMPARE(result->utf16Length(), qsizetype(length));
    QCOMPARE(result->message(), message);
}

void TestJson::validTextHasNoError()
{
    for (const char *text : { "{}", "[]", " {\"a\": [1, -2.5e+3, true, false, null, \"\\u00e9\"]} ", "42", "\"x\"",
             "null", "[0, -0, 0.5, 1E9]", "{\"\": {}}" }) {
        QVERIFY2(!JsonSyntaxError::check(text), text);
        QVERIFY2(JsonScanner::isValid(text), text);
    }
    QByteArray deep(JsonScanner::MaxDepth, '[');
    deep += QByteArray(JsonScanner::MaxDepth, ']');
    QVERIFY(!JsonSyntaxError::check(deep));
    const auto tooDeep = JsonSyntaxError::check(QByteArray('[' + deep + ']'));
    QVERIFY(tooDeep);
    QCOMPARE(tooDeep->error(), JsonScanner::Error::TooDeep);
    QCOMPARE(tooDeep->position().column, qsizetype(JsonScanner::MaxDepth + 1));
}

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
