// SPDX-License-Identifier: GPL-3.0-or-later
// framewise-cli's JSON Lines: the message line written without QJsonDocument is the line
// QJsonDocument writes, byte for byte, for texts that need every kind of escape and for binary.
#include "clijson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Framewise;

class TestCliJson : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void messageLineIsWhatQJsonDocumentWrites_data();
    void messageLineIsWhatQJsonDocumentWrites();
};

void TestCliJson::messageLineIsWhatQJsonDocumentWrites_data()
{
    QTest::addColumn<bool>("text");
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("plain") << true << QByteArray("hello");
    QTest::newRow("empty text") << true << QByteArray();
    QTest::newRow("quotes and backslashes") << true << QByteArray(R"({"a":"b\\c"} \")");
    QTest::newRow("line breaks and tabs") << true << QByteArray("a\nb\r\nc\td\be\ff");
    QByteArray controls;
    for (int c = 0; c < 0x20; ++c)
        controls += char(c);
    QTest::newRow("every control character") << true << controls + QByteArray("\x7f end");
    QTest::newRow("UTF-8") << true << QStringLiteral(u"κόσμε 日本 😀 \u2028").toUtf8();
    QByteArray longText(100, 'x');
    longText[37] = '"';
    longText[64] = '\\';
    longText[99] = '\x01';
    longText.replace(10, 2, "\xc3\xa9"); // é
    QTest::newRow("long text, escapes at word boundaries") << true << longText;
    QTest::newRow("binary") << false << QByteArray("\x00\xff\x10 bytes", 9);
    QTest::newRow("empty binary") << false << QByteArray();
}

void TestCliJson::messageLineIsWhatQJsonDocumentWrites()
{
    QFETCH(bool, text);
    QFETCH(QByteArray, payload);
    const QByteArray time = "2026-12-07T23:59:59.123Z";
    QJsonObject fields { { QStringLiteral("direction"), QStringLiteral("in") },
        { QStringLiteral("opcode"), text ? QStringLiteral("text") : QStringLiteral("binary") },
        { QStringLiteral("event"), QStringLiteral("message") }, { QStringLiteral("time"), QString::fromLatin1(time) } };
    CliJson::insertPayload(fields, text, payload);
    const QByteArray expected = QJsonDocument(fields).toJson(QJsonDocument::Compact) + '\n';

    QByteArray line = "before\n";
    CliJson::appendMessageLine(line, time, text, payload);
    QCOMPARE(line, "before\n" + expected);
    QCOMPARE(QJsonDocument::fromJson(line.mid(7)).object(), fields);
}

QTEST_APPLESS_MAIN(TestCliJson)

#include "tst_clijson.moc"
