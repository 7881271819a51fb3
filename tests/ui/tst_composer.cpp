// SPDX-License-Identifier: GPL-3.0-or-later
// The composer as a person types in it (real widget, QTest keys): after Send the message is
// selected so typing replaces it and Ctrl+Enter resends it; Ctrl+Up/Ctrl+Down go through the
// messages sent in this tab with their format; JSON is checked as you type (after a pause), the
// error underlined at its exact character and described with line, column, array or object.
#include "composer.h"

#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Framewise;

class TestComposer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sendSelectsTheMessage();
    void historyGoesThroughSentMessages();
    void editingARecalledMessageMakesANewOne();
    void jsonIsCheckedWhileTyping();
    void jsonErrorAfterNonAsciiText();
    void jsonErrorOnSendIsMarkedAtOnce();

private:
    // Key by key; a line break is Return, a character beyond ASCII a key event with that text.
    void type(const QString &text);
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(m_editor, key, modifiers);
    }
    // The editor's marks as "start-end" (one expected: the JSON error).
    QString marks() const;
    static void saveShot(QWidget *widget, const QString &name);

    std::unique_ptr<Composer> m_composer;
    QPlainTextEdit *m_editor = nullptr;
    std::unique_ptr<QSignalSpy> m_sent;
};

void TestComposer::init()
{
    m_composer = std::make_unique<Composer>();
    m_composer->resize(640, 200);
    m_composer->setConnected(true);
    m_composer->show();
    m_composer->activateWindow(); // Ctrl+Enter is a window shortcut
    QVERIFY(QTest::qWaitForWindowActive(m_composer.get()));
    m_editor = m_composer->findChild<QPlainTextEdit *>();
    QVERIFY(m_editor);
    m_editor->setFocus();
    m_sent = std::make_unique<QSignalSpy>(m_composer.get(), &Composer::sendText);
}

void TestComposer::cleanup()
{
    m_sent.reset();
    m_composer.reset();
}

void TestComposer::type(const QString &text)
{
    for (const char32_t c : text.toUcs4()) {
        if (c == U'\n')
            QTest::keyClick(m_editor, Qt::Key_Return);
        else if (c < 0x80)
            QTest::keyClick(m_editor, char(c));
        else
            QTest::sendKeyEvent(QTest::Click, m_editor, Qt::Key_unknown, QString::fromUcs4(&c, 1), Qt::NoModifier);
    }
}

QString TestComposer::marks() const
{
    QStringList out;
    for (const QTextEdit::ExtraSelection &mark : m_editor->extraSelections()) {
        QString text = QStringLiteral("%1-%2").arg(mark.cursor.selectionStart()).arg(mark.cursor.selectionEnd());
        if (mark.format.underlineStyle() == QTextCharFormat::WaveUnderline)
            text += QStringLiteral(" wavy");
        out << text;
    }
    return out.join(u',');
}

void TestComposer::saveShot(QWidget *widget, const QString &name)
{
    // FRAMEWISE_SHOTS=dir saves what this test shows, for a person to look at.
    const QString dir = qEnvironmentVariable("FRAMEWISE_SHOTS");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

void TestComposer::sendSelectsTheMessage()
{
    type(QStringLiteral("hello"));
    key(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_sent->size(), 1);
    QCOMPARE(m_sent->at(0).at(0).toString(), QStringLiteral("hello"));
    // Selected: typing replaces the sent message instead of appending to it.
    QCOMPARE(m_editor->textCursor().selectedText(), QStringLiteral("hello"));
    type(QStringLiteral("bye"));
    QCOMPARE(m_composer->text(), QStringLiteral("bye"));
    key(Qt::Key_Enter, Qt::ControlModifier);
    QCOMPARE(m_sent->size(), 2);
    QCOMPARE(m_sent->at(1).at(0).toString(), QStringLiteral("bye"));
    // Ctrl+Enter again sends the same message again.
    key(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_sent->size(), 3);
    QCOMPARE(m_sent->at(2).at(0).toString(), QStringLiteral("bye"));
    QCOMPARE(m_editor->textCursor().selectedText(), QStringLiteral("bye"));
    // A message of several lines is selected whole.
    m_editor->clear();
    type(QStringLiteral("line 1\nline 2"));
    key(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_sent->at(3).at(0).toString(), QStringLiteral("line 1\nline 2"));
    QCOMPARE(m_editor->textCursor().selectedText(),
        QStringLiteral("line 1") + QChar(QChar::ParagraphSeparator) + QStringLiteral("line 2"));
    QVERIFY(m_editor->toolTip().contains(QLatin1String("Ctrl+Up / Ctrl+Down")));
}

void TestComposer::historyGoesThroughSentMessages()
{
    type(QStringLiteral("one"));
    key(Qt::Key_Return, Qt::ControlModifier);
    m_composer->setMode(Composer::Mode::Json);
    type(QStringLiteral("{\"n\": 2}"));
    key(Qt::Key_Return, Qt::ControlModifier);
    m_composer->setMode(Composer::Mode::Hex);
    type(QStringLiteral("de ad"));
    key(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_sent->size(), 2); // the hex one went as binary
    QCOMPARE(m_composer->history(), QStringList({ u"one"_qs, u"{\"n\": 2}"_qs, u"de ad"_qs }));

    // The editor shows the newest: Ctrl+Up goes to the one before, with its format.
    key(Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(m_composer->text(), QStringLiteral("{\"n\": 2}"));
    QCOMPARE(m_composer->mode(), Composer::Mode::Json);
    key(Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(m_composer->text(), QStringLiteral("one"));
    QCOMPARE(m_composer->mode(), Composer::Mode::Text);
    key(Qt::Key_Up, Qt::ControlModifier); // the oldest stays
    QCOMPARE(m_composer->text(), QStringLiteral("one"));
    key(Qt::Key_Down, Qt::ControlModifier);
    key(Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(m_composer->text(), QStringLiteral("de ad"));
    QCOMPARE(m_composer->mode(), Composer::Mode::Hex);
    // Past the newest: a new, empty message (as a chat input after sending).
    key(Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(m_composer->text(), QString());
    QCOMPARE(m_composer->mode(), Composer::Mode::Hex);
    key(Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(m_composer->text(), QString());

    // A draft is kept while going through the history.
    m_composer->setMode(Composer::Mode::Text);
    type(QStringLiteral("draft\nsecond line"));
    key(Qt::Key_Up, Qt::ControlModifier); // from the last line: Ctrl+Up works anywhere
    QCOMPARE(m_composer->text(), QStringLiteral("de ad"));
    QCOMPARE(m_editor->textCursor().position(), 5); // the caret at the end, ready to edit
    key(Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(m_composer->text(), QStringLiteral("draft\nsecond line"));
    QCOMPARE(m_composer->mode(), Composer::Mode::Text);

    // Up on the first line and Down on the last line still work without Ctrl.
    m_editor->moveCursor(QTextCursor::Start);
    key(Qt::Key_Up);
    QCOMPARE(m_composer->text(), QStringLiteral("de ad"));
    key(Qt::Key_Down);
    QCOMPARE(m_composer->text(), QStringLiteral("draft\nsecond line"));
    // ...and move between lines otherwise.
    m_editor->moveCursor(QTextCursor::End);
    key(Qt::Key_Up);
    QCOMPARE(m_composer->text(), QStringLiteral("draft\nsecond line"));
    QCOMPARE(m_editor->textCursor().blockNumber(), 0);
}

void TestComposer::editingARecalledMessageMakesANewOne()
{
    for (const QString &text : { u"one"_qs, u"two"_qs }) {
        type(text);
        key(Qt::Key_Return, Qt::ControlModifier);
    }
    key(Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(m_composer->text(), QStringLiteral("one"));
    type(QStringLiteral("!"));
    QCOMPARE(m_composer->text(), QStringLiteral("one!"));
    // Now a draft: Ctrl+Up starts again from the newest, Ctrl+Down comes back to the edit.
    key(Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(m_composer->text(), QStringLiteral("two"));
    key(Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(m_composer->text(), QStringLiteral("one!"));
    QCOMPARE(m_composer->history(), QStringList({ u"one"_qs, u"two"_qs })); // the entry itself is unchanged
}

void TestComposer::jsonIsCheckedWhileTyping()
{
    m_composer->setMode(Composer::Mode::Json);
    type(QStringLiteral("{\n  \"items\": [1, 22 3, 4]\n}"));
    // Not while typing: only after a pause.
    QVERIFY(m_composer->errorText().isEmpty());
    QTest::qWait(Composer::JsonCheckDelayMs / 2);
    QVERIFY(m_composer->errorText().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(
        m_composer->errorText(), QStringLiteral("Missing comma or ']' in array at line 2, column 19"), 2000);
    // The "3" (line 2 starts at index 2; column 19 is index 20) is underlined.
    QCOMPARE(marks(), QStringLiteral("20-21 wavy"));
    QCOMPARE(m_sent->size(), 0);
    saveShot(m_composer.get(), QStringLiteral("composer-json-error.png"));

    // Typing on keeps the message (no flicker) until the next check; the fix clears it.
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(19); // after "22"
    m_editor->setTextCursor(cursor);
    type(QStringLiteral(","));
    QVERIFY(!m_composer->errorText().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_composer->errorText().isEmpty(), 2000);
    QCOMPARE(marks(), QString());

    // In an object the message says so.
    m_editor->selectAll();
    type(QStringLiteral("{\"a\": 1 \"b\": 2}"));
    QTRY_COMPARE_WITH_TIMEOUT(
        m_composer->errorText(), QStringLiteral("Missing comma or '}' in object at line 1, column 9"), 2000);
    QCOMPARE(marks(), QStringLiteral("8-9 wavy"));
    // Text mode has no JSON to check: the mark and message go at once.
    m_composer->setMode(Composer::Mode::Text);
    QVERIFY(m_composer->errorText().isEmpty());
    QCOMPARE(marks(), QString());
    // Back in JSON mode the check is at once too.
    m_composer->setMode(Composer::Mode::Json);
    QCOMPARE(m_composer->errorText(), QStringLiteral("Missing comma or '}' in object at line 1, column 9"));
    // Text that ends too early: the unclosed bracket is marked.
    m_editor->selectAll();
    type(QStringLiteral("[1, {\"a\": 2}"));
    QTRY_COMPARE_WITH_TIMEOUT(
        m_composer->errorText(), QStringLiteral("Missing ']' to close the array opened at line 1, column 1"), 2000);
    QCOMPARE(marks(), QStringLiteral("0-1 wavy"));
    // An empty editor is not an error while typing.
    m_editor->clear();
    QTRY_VERIFY_WITH_TIMEOUT(m_composer->errorText().isEmpty(), 2000);
    QCOMPARE(marks(), QString());
}

void TestComposer::jsonErrorAfterNonAsciiText()
{
    m_composer->setMode(Composer::Mode::Json);
    // "é" is two bytes in UTF-8 and "😀" four (two UTF-16 units): the column counts characters.
    type(QString::fromUtf8("{\"é😀\": [1 2]}"));
    QTRY_COMPARE_WITH_TIMEOUT(
        m_composer->errorText(), QStringLiteral("Missing comma or ']' in array at line 1, column 11"), 2000);
    QCOMPARE(marks(), QStringLiteral("11-12 wavy"));
    QCOMPARE(m_composer->text().mid(11, 1), QStringLiteral("2"));
}

void TestComposer::jsonErrorOnSendIsMarkedAtOnce()
{
    m_composer->setMode(Composer::Mode::Json);
    type(QStringLiteral("[1, 2,]"));
    key(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_sent->size(), 0);
    QCOMPARE(m_composer->errorText(), QStringLiteral("Comma before ']' in array at line 1, column 6: remove it"));
    QCOMPARE(marks(), QStringLiteral("5-6 wavy"));
    QVERIFY(m_composer->history().isEmpty());
}

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"
