// SPDX-License-Identifier: GPL-3.0-or-later
// The detail pane as a person uses it (real widgets): JSON in the message's own key order in
// Pretty and Tree, Raw exactly as received, the chosen view kept for the next JSON message, the
// tree's copy value / copy path (keys and context menu), and a huge message's tree capped with a note.
#include "detailpane.h"
#include "jsontreemodel.h"
#include "messagerecord.h"
#include "session.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QTest>
#include <QTreeView>

using namespace Framewise;

namespace {
const QByteArray orderedJson = "{\"user\":{\"name\":\"Ann\",\"id\":7},\"ok\":true,\"n\":1.0,"
                               "\"items\":[{\"name\":\"a\"},{\"name\":\"b\"},{\"name\":\"c\",\"tags\":[\"x\"]}],"
                               "\"a key\":null}";
} // namespace

class TestDetailPane : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void prettyKeepsKeyOrder();
    void rawShowsTheMessageAsReceived();
    void treeKeepsKeyOrder();
    void treeCopiesValueAndPath();
    void chosenViewStaysForTheNextJsonMessage();
    void hugeMessageTreeIsCapped();

private:
    qsizetype add(const QByteArray &payload, MessageRecord::Kind kind = MessageRecord::Kind::Text);
    void click(DetailPane::View view) { QTest::mouseClick(m_pane->viewButton(view), Qt::LeftButton); }
    // The tree's row path: top row, then child rows.
    QModelIndex treeIndex(std::initializer_list<int> rows, int column = 0) const;
    static void saveShot(QWidget *widget, const QString &name);

    std::unique_ptr<Session> m_session;
    std::unique_ptr<DetailPane> m_pane;
};

void TestDetailPane::init()
{
    m_session = std::make_unique<Session>();
    m_pane = std::make_unique<DetailPane>();
    m_pane->resize(560, 520);
    m_pane->show();
    m_pane->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
}

void TestDetailPane::cleanup()
{
    m_pane.reset();
    m_session.reset();
}

qsizetype TestDetailPane::add(const QByteArray &payload, MessageRecord::Kind kind)
{
    MessageRecord record;
    record.timeUs = 1700000000000000;
    record.kind = kind;
    record.payloadSize = payload.size();
    record.wireSize = payload.size();
    return m_session->log().append(record, payload);
}

QModelIndex TestDetailPane::treeIndex(std::initializer_list<int> rows, int column) const
{
    QModelIndex index;
    for (const int row : rows)
        index = m_pane->treeModel()->index(row, 0, index);
    return index.siblingAtColumn(column);
}

void TestDetailPane::saveShot(QWidget *widget, const QString &name)
{
    // FRAMEWISE_SHOTS=dir saves what this test shows, for a person to look at.
    const QString dir = qEnvironmentVariable("FRAMEWISE_SHOTS");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

void TestDetailPane::prettyKeepsKeyOrder()
{
    m_pane->showRecord(m_session.get(), add(orderedJson));
    QVERIFY(m_pane->isJson());
    QCOMPARE(m_pane->shownView(), DetailPane::View::Pretty);
    QVERIFY(m_pane->viewButton(DetailPane::View::Pretty)->isChecked());
    const QString shown = m_pane->shownText();
    // As sent: user, ok, n, items (QJsonDocument would give "a key", items, n, ok, user), 1.0 kept.
    const QStringList keys { u"\"user\": {"_qs, u"\"ok\": true"_qs, u"\"n\": 1.0"_qs, u"\"items\": ["_qs,
        u"\"a key\": null"_qs };
    qsizetype last = -1;
    for (const QString &key : keys) {
        const qsizetype at = shown.indexOf(key);
        QVERIFY2(at > last, qPrintable(key + QStringLiteral(" out of order in\n") + shown));
        last = at;
    }
    QVERIFY(
        shown.startsWith(QStringLiteral("{\n    \"user\": {\n        \"name\": \"Ann\",\n        \"id\": 7\n    },")));
}

void TestDetailPane::rawShowsTheMessageAsReceived()
{
    m_pane->showRecord(m_session.get(), add(orderedJson));
    click(DetailPane::View::Raw);
    QCOMPARE(m_pane->shownView(), DetailPane::View::Raw);
    QCOMPARE(m_pane->shownText(), QString::fromUtf8(orderedJson));
    click(DetailPane::View::Pretty);
    QVERIFY(m_pane->shownText().startsWith(QStringLiteral("{\n    \"user\"")));

    // Text that is not JSON: Raw only.
    m_pane->showRecord(m_session.get(), add("{not json"));
    QVERIFY(!m_pane->isJson());
    QCOMPARE(m_pane->shownView(), DetailPane::View::Raw);
    QVERIFY(m_pane->viewButton(DetailPane::View::Raw)->isChecked());
    QVERIFY(!m_pane->viewButton(DetailPane::View::Pretty)->isEnabled());
    QVERIFY(!m_pane->viewButton(DetailPane::View::Tree)->isEnabled());
    QCOMPARE(m_pane->shownText(), QStringLiteral("{not json"));
}

void TestDetailPane::treeKeepsKeyOrder()
{
    m_pane->showRecord(m_session.get(), add(orderedJson));
    click(DetailPane::View::Tree);
    QCOMPARE(m_pane->shownView(), DetailPane::View::Tree);
    QTreeView *tree = m_pane->treeView();
    QVERIFY(tree->isVisible());
    JsonTreeModel *model = m_pane->treeModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStringList keys;
    for (int row = 0; row < model->rowCount(); ++row)
        keys << model->index(row, JsonTreeModel::KeyColumn).data().toString();
    QCOMPARE(keys, QStringList({ u"user"_qs, u"ok"_qs, u"n"_qs, u"items"_qs, u"a key"_qs }));
    const auto row = [](const QModelIndex &index) {
        return QStringLiteral("%1 | %2 | %3")
            .arg(index.siblingAtColumn(0).data().toString(), index.siblingAtColumn(1).data().toString(),
                index.siblingAtColumn(2).data().toString());
    };
    // Without a translator loaded the plural forms read "key(s)"; framewise_en.ts gives "keys".
    QCOMPARE(row(treeIndex({ 0 })), QStringLiteral("user | {2 key(s)} | object"));
    QCOMPARE(row(treeIndex({ 0, 0 })), QStringLiteral("name | \"Ann\" | string"));
    QCOMPARE(row(treeIndex({ 0, 1 })), QStringLiteral("id | 7 | number"));
    QCOMPARE(row(treeIndex({ 1 })), QStringLiteral("ok | true | boolean"));
    QCOMPARE(row(treeIndex({ 2 })), QStringLiteral("n | 1.0 | number"));
    QCOMPARE(row(treeIndex({ 3 })), QStringLiteral("items | [3 item(s)] | array"));
    QCOMPARE(row(treeIndex({ 3, 2 })), QStringLiteral("2 | {2 key(s)} | object"));
    QCOMPARE(row(treeIndex({ 3, 2, 1, 0 })), QStringLiteral("0 | \"x\" | string"));
    QCOMPARE(row(treeIndex({ 4 })), QStringLiteral("a key | null | null"));
    // A small message opens fully.
    QVERIFY(tree->isExpanded(treeIndex({ 3, 2, 1 })));
    saveShot(m_pane.get(), QStringLiteral("detailpane-tree.png"));
}

void TestDetailPane::treeCopiesValueAndPath()
{
    m_pane->showRecord(m_session.get(), add(orderedJson));
    click(DetailPane::View::Tree);
    QTreeView *tree = m_pane->treeView();
    tree->setFocus();
    QClipboard *clipboard = QGuiApplication::clipboard();

    // Keys: Ctrl+Shift+C copies the path, Ctrl+C the value.
    tree->setCurrentIndex(treeIndex({ 3, 2, 0 }, JsonTreeModel::ValueColumn));
    QTest::keyClick(tree, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(clipboard->text(), QStringLiteral("$.items[2].name"));
    QTest::keyClick(tree, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(clipboard->text(), QStringLiteral("c")); // the string itself, not its quoted display

    // The context menu's actions do the same; a container's value is its JSON as received.
    QAction *copyValue = nullptr;
    QAction *copyPath = nullptr;
    for (QAction *action : tree->actions()) {
        if (action->text() == QStringLiteral("Copy value"))
            copyValue = action;
        if (action->text() == QStringLiteral("Copy path"))
            copyPath = action;
    }
    QVERIFY(copyValue && copyPath);
    QCOMPARE(tree->contextMenuPolicy(), Qt::ActionsContextMenu);
    tree->setCurrentIndex(treeIndex({ 3, 2 }));
    copyValue->trigger();
    QCOMPARE(clipboard->text(), QStringLiteral("{\"name\":\"c\",\"tags\":[\"x\"]}"));
    tree->setCurrentIndex(treeIndex({ 4 }));
    copyPath->trigger();
    QCOMPARE(clipboard->text(), QStringLiteral("$['a key']"));
    copyValue->trigger();
    QCOMPARE(clipboard->text(), QStringLiteral("null"));
    tree->setCurrentIndex(treeIndex({ 3, 2, 1, 0 }));
    copyPath->trigger();
    QCOMPARE(clipboard->text(), QStringLiteral("$.items[2].tags[0]"));
}

void TestDetailPane::chosenViewStaysForTheNextJsonMessage()
{
    const qsizetype first = add(orderedJson);
    const qsizetype plain = add("hello");
    const qsizetype binary = add(QByteArray::fromHex("00ff"), MessageRecord::Kind::Binary);
    const qsizetype second = add("[{\"z\":1,\"a\":2}]");
    m_pane->showRecord(m_session.get(), first);
    click(DetailPane::View::Tree);
    m_pane->showRecord(m_session.get(), plain);
    QCOMPARE(m_pane->shownView(), DetailPane::View::Raw);
    QCOMPARE(m_pane->shownText(), QStringLiteral("hello"));
    m_pane->showRecord(m_session.get(), binary);
    QCOMPARE(m_pane->shownView(), DetailPane::View::Raw);
    m_pane->showRecord(m_session.get(), second);
    QCOMPARE(m_pane->shownView(), DetailPane::View::Tree);
    QVERIFY(m_pane->treeView()->isVisible());
    JsonTreeModel *model = m_pane->treeModel();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(treeIndex({ 0, 0 }).data().toString(), QStringLiteral("z"));
    QCOMPARE(treeIndex({ 0, 1 }).data().toString(), QStringLiteral("a"));
    QCOMPARE(treeIndex({ 0 }).data().toString(), QStringLiteral("0"));
    QVERIFY(m_pane->note().isEmpty());
}

void TestDetailPane::hugeMessageTreeIsCapped()
{
    // Two values per element: about 1.8 MB and 300,000 values.
    QByteArray huge = "[";
    for (int i = 0; i < 150000; ++i)
        huge += "{\"i\":" + QByteArray::number(i) + "},";
    huge += "{\"i\":\"last\"}]";
    QElapsedTimer timer;
    timer.start();
    m_pane->showRecord(m_session.get(), add(huge));
    qInfo("pretty: %lld ms", qlonglong(timer.restart()));
    QVERIFY(m_pane->isJson());
    // Pretty shows the first lines (a QPlainTextEdit takes seconds for 600,000), and says so.
    QCOMPARE(m_pane->shownText().count(u'\n'), DetailPane::MaxPrettyLines - 1);
    QVERIFY(m_pane->shownText().startsWith(QStringLiteral("[\n    {\n        \"i\": 0\n    },")));
    QVERIFY(m_pane->note().contains(QStringLiteral("first 50,000 lines")));
    click(DetailPane::View::Tree);
    qInfo("tree of a %lld-byte message shown in %lld ms", qlonglong(huge.size()), qlonglong(timer.elapsed()));
    QCOMPARE(m_pane->treeModel()->nodeCount(), JsonTree::DefaultMaxNodes);
    QVERIFY(m_pane->note().contains(QStringLiteral("first 100,000 values")));
    QVERIFY(!m_pane->treeView()->isExpanded(treeIndex({ 0 }))); // too many rows to open them all
    QCOMPARE(treeIndex({ 49998, 0 }).data(JsonTreeModel::PathRole).toString(), QStringLiteral("$[49998].i"));
    // Raw and Pretty still show all of it.
    timer.restart();
    click(DetailPane::View::Raw);
    qInfo("raw: %lld ms", qlonglong(timer.restart()));
    QVERIFY(m_pane->note().isEmpty());
    QCOMPARE(m_pane->shownText().size(), huge.size());
}

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
