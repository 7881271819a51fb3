// SPDX-License-Identifier: GPL-3.0-or-later
// InterceptLane on its own, with a real InterceptRuleSet and no sockets: the order messages keep,
// a breakpoint that holds its lane (and only its lane), edit / release / drop / releaseAll,
// auto-release, delays, drop and reply outcomes, injection, a Close behind held messages, flush,
// the closed gate, and a receiving leg that is gone.
#include "interceptlane.h"
#include "interceptruleset.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Framewise;
using Outcome = InterceptLane::Outcome;
using Match = InterceptRule::Match;
using Action = InterceptRule::Action;

namespace {

constexpr int WaitMs = 10000;

InterceptRule rule(Match match, const QString &pattern, Action action)
{
    InterceptRule r;
    r.match = match;
    r.pattern = pattern;
    r.action = action;
    return r;
}

InterceptRule breakOn(const QString &substring)
{
    return rule(Match::Substring, substring, Action::Break);
}

InterceptRule delayOn(const QString &substring, qint64 ms)
{
    InterceptRule r = rule(Match::Substring, substring, Action::Delay);
    r.delayMs = ms;
    return r;
}

// What one lane delivered and what it reported, in order.
struct Probe {
    QList<InterceptedItem> delivered; // what deliver() was called with
    QList<InterceptedItem> handled; // what handled() reported
    QList<Outcome> outcomes;
    QList<InterceptedItem> replies; // what the reply callback got
    bool legAlive = true; // deliver()'s answer

    void attach(InterceptLane &lane)
    {
        lane.setDeliver([this](const InterceptedItem &item) {
            delivered.append(item);
            return legAlive;
        });
        lane.setReply([this](const InterceptedItem &item) { replies.append(item); });
        QObject::connect(&lane, &InterceptLane::handled, &lane, [this](const InterceptedItem &item, Outcome outcome) {
            handled.append(item);
            outcomes.append(outcome);
        });
    }

    QList<QByteArray> deliveredPayloads() const
    {
        QList<QByteArray> payloads;
        for (const InterceptedItem &item : delivered) {
            if (item.kind == InterceptedItem::Kind::Message)
                payloads.append(item.payload);
        }
        return payloads;
    }
};

// Two lanes of one connection: ids shared over both, as InterceptConnection numbers them.
class Pair {
public:
    explicit Pair(const QList<InterceptRule> &rules = {})
        : m_rules(rules)
        , toServer(InterceptDirection::ToServer, &m_rules, [this] { return ++m_nextId; })
        , toApp(InterceptDirection::ToApp, &m_rules, [this] { return ++m_nextId; })
    {
        up.attach(toServer);
        down.attach(toApp);
        toServer.setGateOpen(true);
        toApp.setGateOpen(true);
    }

private:
    InterceptRuleSet m_rules;
    quint64 m_nextId = 0;

public:
    InterceptLane toServer;
    InterceptLane toApp;
    Probe up;
    Probe down;
};

QByteArray text(const char *utf8)
{
    return QByteArray(utf8);
}

} // namespace

class TestInterceptLane : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void orderIsKept();
    void idsFollowArrivalOverBothLanes();
    void breakHoldsItsLaneOnly();
    void editMarksEditedAndRefusesInvalidText();
    void releaseDropAndReleaseAll();
    void autoReleaseAfterTheTimeout();
    void delayKeepsOrder();
    void heldAndDelayedWaitsForBoth();
    void dropAndReplyOutcomes();
    void rewriteMarksEdited();
    void injectGoesAfterWaitingOnes();
    void closeWaitsBehindHeldMessages();
    void flushReleasesEverything();
    void closedGateHoldsEverything();
    void deliverFailingMarksDropped();
};

void TestInterceptLane::initTestCase()
{
    qRegisterMetaType<InterceptedItem>();
    qRegisterMetaType<Outcome>();
}

void TestInterceptLane::orderIsKept()
{
    Pair pair;
    QList<QByteArray> sent;
    for (int i = 0; i < 200; ++i) {
        const QByteArray payload = QByteArray::number(i).repeated(i % 7);
        const bool binary = i % 3 == 0;
        pair.toServer.push(binary, payload);
        sent.append(payload);
    }
    QCOMPARE(pair.up.deliveredPayloads(), sent);
    for (int i = 0; i < 200; ++i) {
        QCOMPARE(pair.up.delivered.at(i).binary, i % 3 == 0);
        QCOMPARE(pair.up.delivered.at(i).marks, quint8(0));
        QCOMPARE(pair.up.outcomes.at(i), Outcome::Forwarded);
        QCOMPARE(pair.up.handled.at(i).direction, InterceptDirection::ToServer);
    }
    QCOMPARE(pair.toServer.queuedCount(), 0);
    QCOMPARE(pair.toServer.queuedBytes(), qint64(0));
    QVERIFY(pair.down.delivered.isEmpty());
}

void TestInterceptLane::idsFollowArrivalOverBothLanes()
{
    Pair pair;
    pair.toServer.push(false, "a");
    pair.toApp.push(false, "b");
    pair.toServer.push(false, "c");
    const quint64 injected = pair.toApp.inject(false, "d");
    QCOMPARE(pair.up.delivered.at(0).id, quint64(1));
    QCOMPARE(pair.down.delivered.at(0).id, quint64(2));
    QCOMPARE(pair.up.delivered.at(1).id, quint64(3));
    QCOMPARE(injected, quint64(4));
    QCOMPARE(pair.down.delivered.at(1).id, quint64(4));
}

void TestInterceptLane::breakHoldsItsLaneOnly()
{
    Pair pair({ breakOn(QStringLiteral("secret")) });
    QSignalSpy heldChanged(&pair.toServer, &InterceptLane::heldChanged);
    pair.toServer.push(false, "before");
    pair.toServer.push(false, "a secret");
    pair.toServer.push(false, "after 1");
    pair.toServer.push(true, "after 2");
    QCOMPARE(pair.up.deliveredPayloads(), QList<QByteArray> { "before" });
    QCOMPARE(pair.toServer.heldCount(), 1);
    QCOMPARE(pair.toServer.queuedCount(), 3);
    QCOMPARE(pair.toServer.queuedBytes(), qint64(8 + 7 + 7));
    QCOMPARE(heldChanged.size(), 1);
    const QList<InterceptedItem> held = pair.toServer.heldItems();
    QCOMPARE(held.size(), 1);
    QCOMPARE(held.first().payload, text("a secret"));
    QVERIFY(held.first().marks & MessageRecord::Held);
    QVERIFY(!held.first().ruleName.isEmpty());

    // The other direction flows while this one waits (the rule matches both directions, but
    // nothing there contains the word).
    pair.toApp.push(false, "news 1");
    pair.toApp.push(true, "news 2");
    QCOMPARE(pair.down.deliveredPayloads(), (QList<QByteArray> { "news 1", "news 2" }));
    QCOMPARE(pair.up.deliveredPayloads(), QList<QByteArray> { "before" });

    // Time alone does not release it (no auto-release set).
    QTest::qWait(100);
    QCOMPARE(pair.up.delivered.size(), 1);

    QVERIFY(pair.toServer.release(held.first().id));
    QCOMPARE(pair.up.deliveredPayloads(), (QList<QByteArray> { "before", "a secret", "after 1", "after 2" }));
    QCOMPARE(pair.up.delivered.at(1).marks, quint8(MessageRecord::Held));
    QCOMPARE(pair.up.delivered.at(2).marks, quint8(0));
    QCOMPARE(pair.toServer.heldCount(), 0);
    QCOMPARE(pair.toServer.queuedBytes(), qint64(0));
    QVERIFY(!pair.toServer.release(held.first().id)); // no longer held
}

void TestInterceptLane::editMarksEditedAndRefusesInvalidText()
{
    Pair pair({ breakOn(QStringLiteral("edit me")) });
    pair.toServer.push(false, "edit me");
    pair.toServer.push(true, "binary: edit me");
    QCOMPARE(pair.toServer.heldCount(), 2); // the rule matches the binary one's bytes too
    const quint64 textId = pair.toServer.heldItems().at(0).id;

    // A text message must stay valid UTF-8.
    QVERIFY(!pair.toServer.edit(textId, QByteArray("\xc3\x28", 2), false));
    QCOMPARE(pair.toServer.heldItems().at(0).payload, text("edit me"));
    QVERIFY(!(pair.toServer.heldItems().at(0).marks & MessageRecord::Edited));
    QVERIFY(pair.toServer.edit(textId, "edited \xe2\x82\xac", false));
    QCOMPARE(pair.toServer.queuedBytes(), qint64(10 + 15));
    // Unknown ids are refused.
    QVERIFY(!pair.toServer.edit(textId + 100, "x", false));

    QVERIFY(pair.toServer.release(textId));
    QCOMPARE(pair.up.delivered.size(), 1);
    const InterceptedItem first = pair.up.delivered.first();
    QCOMPARE(first.payload, text("edited \xe2\x82\xac"));
    QCOMPARE(first.original, text("edit me"));
    QCOMPARE(first.marks, quint8(MessageRecord::Held | MessageRecord::Edited));

    // The binary one: invalid UTF-8 is fine, and an edit may change the type.
    const quint64 binaryId = pair.toServer.heldItems().at(0).id;
    const QByteArray bytes("\xff\x00\xc3\x28", 4);
    QVERIFY(pair.toServer.edit(binaryId, bytes, true));
    QVERIFY(pair.toServer.release(binaryId));
    QCOMPARE(pair.up.delivered.size(), 2);
    QCOMPARE(pair.up.delivered.at(1).payload, bytes);
    QVERIFY(pair.up.delivered.at(1).binary);
    QCOMPARE(pair.up.delivered.at(1).marks, quint8(MessageRecord::Held | MessageRecord::Edited));
    QVERIFY(!pair.toServer.edit(binaryId, "late", true)); // gone
}

void TestInterceptLane::releaseDropAndReleaseAll()
{
    Pair pair({ breakOn(QStringLiteral("hold")) });
    pair.toServer.push(false, "hold 1");
    pair.toServer.push(false, "hold 2");
    pair.toServer.push(false, "free 3");
    pair.toServer.push(false, "hold 4");
    pair.toServer.push(false, "free 5");
    QCOMPARE(pair.toServer.heldCount(), 3);
    const QList<InterceptedItem> held = pair.toServer.heldItems();
    QCOMPARE(held.at(0).payload, text("hold 1"));
    QCOMPARE(held.at(2).payload, text("hold 4"));

    // Releasing a later one does not let it pass the one in front.
    QVERIFY(pair.toServer.release(held.at(1).id));
    QVERIFY(pair.up.delivered.isEmpty());

    // Dropping the front one: reported Dropped (never delivered); the released one goes on.
    QVERIFY(pair.toServer.drop(held.at(0).id));
    QCOMPARE(pair.up.deliveredPayloads(), (QList<QByteArray> { "hold 2", "free 3" }));
    QCOMPARE(pair.up.outcomes.first(), Outcome::Dropped);
    QCOMPARE(pair.up.handled.first().payload, text("hold 1"));
    QCOMPARE(pair.up.handled.first().marks, quint8(MessageRecord::Held | MessageRecord::Dropped));
    QVERIFY(!pair.toServer.drop(held.at(0).id));

    pair.toServer.push(false, "hold 6");
    QCOMPARE(pair.toServer.heldCount(), 2);
    pair.toServer.releaseAll();
    QCOMPARE(pair.up.deliveredPayloads(), (QList<QByteArray> { "hold 2", "free 3", "hold 4", "free 5", "hold 6" }));
    QCOMPARE(pair.toServer.heldCount(), 0);
    QCOMPARE(pair.toServer.queuedCount(), 0);
    for (const InterceptedItem &item : std::as_const(pair.up.delivered))
        QCOMPARE(bool(item.marks & MessageRecord::Held), item.payload.startsWith("hold"));
}

void TestInterceptLane::autoReleaseAfterTheTimeout()
{
    Pair pair({ breakOn(QStringLiteral("hold")) });
    pair.toServer.setAutoReleaseMs(300);
    QSignalSpy heldChanged(&pair.toServer, &InterceptLane::heldChanged);
    QElapsedTimer clock;
    clock.start();
    pair.toServer.push(false, "hold me");
    pair.toServer.push(false, "behind");
    QCOMPARE(pair.toServer.heldCount(), 1);
    QVERIFY(pair.up.delivered.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(pair.up.delivered.size(), 2, WaitMs);
    QVERIFY2(clock.elapsed() >= 300, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(pair.up.deliveredPayloads(), (QList<QByteArray> { "hold me", "behind" }));
    QCOMPARE(pair.up.delivered.first().marks, quint8(MessageRecord::Held));
    QCOMPARE(pair.toServer.heldCount(), 0);
    QCOMPARE(heldChanged.size(), 2); // held, then released by the timer
}

void TestInterceptLane::delayKeepsOrder()
{
    Pair pair({ delayOn(QStringLiteral("slow"), 300) });
    QElapsedTimer clock;
    clock.start();
    pair.toServer.push(false, "slow one");
    pair.toServer.push(true, "quick");
    pair.toServer.push(false, "slow two");
    pair.toApp.push(false, "other lane");
    QVERIFY(pair.up.delivered.isEmpty()); // the quick one waits behind the delayed one
    QCOMPARE(pair.down.deliveredPayloads(), QList<QByteArray> { "other lane" });
    QTRY_COMPARE_WITH_TIMEOUT(pair.up.delivered.size(), 3, WaitMs);
    QVERIFY2(clock.elapsed() >= 300, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(pair.up.deliveredPayloads(), (QList<QByteArray> { "slow one", "quick", "slow two" }));
    QCOMPARE(pair.up.delivered.at(0).marks, quint8(MessageRecord::Delayed));
    QCOMPARE(pair.up.delivered.at(1).marks, quint8(0));
    QCOMPARE(pair.up.delivered.at(2).marks, quint8(MessageRecord::Delayed));
    QCOMPARE(pair.up.outcomes, (QList<Outcome> { Outcome::Forwarded, Outcome::Forwarded, Outcome::Forwarded }));
}

void TestInterceptLane::heldAndDelayedWaitsForBoth()
{
    // A message that a Break and a Delay rule both match: the delay running out does not release
    // it (no auto-release is set); released by hand it still keeps its delay.
    Pair pair({ breakOn(QStringLiteral("both")), delayOn(QStringLiteral("both"), 200) });
    QElapsedTimer clock;
    clock.start();
    pair.toServer.push(false, "both");
    pair.toServer.push(false, "behind");
    QCOMPARE(pair.toServer.heldCount(), 1);
    QTest::qWait(400);
    QVERIFY2(pair.up.delivered.isEmpty(), "released when its delay ran out");
    QCOMPARE(pair.toServer.heldCount(), 1);
    QVERIFY(pair.toServer.release(pair.toServer.heldItems().first().id));
    QCOMPARE(pair.up.deliveredPayloads(), (QList<QByteArray> { "both", "behind" }));
    QCOMPARE(pair.up.delivered.first().marks, quint8(MessageRecord::Held | MessageRecord::Delayed));

    pair.toServer.push(false, "both again");
    QVERIFY(pair.toServer.release(pair.toServer.heldItems().first().id));
    clock.restart();
    QVERIFY(pair.up.delivered.size() == 2); // its delay is not over yet
    QTRY_COMPARE_WITH_TIMEOUT(pair.up.delivered.size(), 3, WaitMs);
    QVERIFY2(clock.elapsed() >= 100, qPrintable(QString::number(clock.elapsed())));

    // With auto-release, the later of the two times lets it go.
    pair.toServer.setAutoReleaseMs(300);
    clock.restart();
    pair.toServer.push(false, "both, auto");
    QTRY_COMPARE_WITH_TIMEOUT(pair.up.delivered.size(), 4, WaitMs);
    QVERIFY2(clock.elapsed() >= 300, qPrintable(QString::number(clock.elapsed())));
}

void TestInterceptLane::dropAndReplyOutcomes()
{
    InterceptRule reply = rule(Match::Substring, QStringLiteral("question"), Action::Reply);
    reply.reply = { false, "answer" };
    InterceptRule binaryReply = rule(Match::Substring, QStringLiteral("binary?"), Action::Reply);
    binaryReply.reply = { true, QByteArray("\x01\x02", 2) };
    Pair pair({ rule(Match::Substring, QStringLiteral("junk"), Action::Drop), reply, binaryReply });

    pair.toServer.push(false, "junk");
    pair.toServer.push(false, "a question");
    pair.toServer.push(false, "plain");
    pair.toApp.push(false, "binary?");

    QCOMPARE(pair.up.deliveredPayloads(), QList<QByteArray> { "plain" });
    QCOMPARE(pair.up.outcomes, (QList<Outcome> { Outcome::Dropped, Outcome::Replied, Outcome::Forwarded }));
    QCOMPARE(pair.up.handled.at(0).marks, quint8(MessageRecord::Dropped));
    QCOMPARE(pair.up.handled.at(1).marks, quint8(MessageRecord::Replied));
    QCOMPARE(pair.up.handled.at(1).payload, text("a question"));
    QCOMPARE(pair.up.handled.at(2).marks, quint8(0));

    // The answer goes back the other way, marked, and is not the lane's to deliver.
    QCOMPARE(pair.up.replies.size(), 1);
    const InterceptedItem answer = pair.up.replies.first();
    QCOMPARE(answer.direction, InterceptDirection::ToApp);
    QCOMPARE(answer.payload, text("answer"));
    QVERIFY(!answer.binary);
    QCOMPARE(answer.marks, quint8(MessageRecord::Replied));
    QVERIFY(answer.id != pair.up.handled.at(1).id);

    QVERIFY(pair.down.delivered.isEmpty());
    QCOMPARE(pair.down.outcomes, QList<Outcome> { Outcome::Replied });
    QCOMPARE(pair.down.replies.size(), 1);
    QCOMPARE(pair.down.replies.first().direction, InterceptDirection::ToServer);
    QCOMPARE(pair.down.replies.first().payload, QByteArray("\x01\x02", 2));
    QVERIFY(pair.down.replies.first().binary);
}

void TestInterceptLane::rewriteMarksEdited()
{
    InterceptRule rewrite = rule(Match::Any, {}, Action::Rewrite);
    rewrite.rewritePattern = QStringLiteral("cat");
    rewrite.replacement = QStringLiteral("dog");
    rewrite.name = QStringLiteral("cats to dogs");
    rewrite.direction = InterceptDirectionFilter::ToServer;
    Pair pair({ rewrite });
    pair.toServer.push(false, "a cat");
    pair.toServer.push(false, "a cow");
    pair.toApp.push(false, "a cat");
    QCOMPARE(pair.up.deliveredPayloads(), (QList<QByteArray> { "a dog", "a cow" }));
    QCOMPARE(pair.up.delivered.at(0).original, text("a cat"));
    QCOMPARE(pair.up.delivered.at(0).marks, quint8(MessageRecord::Edited));
    QCOMPARE(pair.up.delivered.at(0).ruleName, QStringLiteral("cats to dogs"));
    QCOMPARE(pair.up.delivered.at(1).marks, quint8(0));
    QCOMPARE(pair.down.deliveredPayloads(), QList<QByteArray> { "a cat" }); // ToServer only
    QCOMPARE(pair.down.delivered.at(0).marks, quint8(0));
}

void TestInterceptLane::injectGoesAfterWaitingOnes()
{
    Pair pair({ breakOn(QStringLiteral("hold")) });
    pair.toServer.push(false, "hold");
    pair.toServer.push(false, "waiting");
    const quint64 id = pair.toServer.inject(true, "injected hold"); // no rules: not held itself
    QVERIFY(id != 0);
    QVERIFY(pair.up.delivered.isEmpty());
    QCOMPARE(pair.toServer.heldCount(), 1);
    pair.toServer.releaseAll();
    QCOMPARE(pair.up.deliveredPayloads(), (QList<QByteArray> { "hold", "waiting", "injected hold" }));
    QCOMPARE(pair.up.delivered.at(2).id, id);
    QCOMPARE(pair.up.delivered.at(2).marks, quint8(MessageRecord::Injected));
    QVERIFY(pair.up.delivered.at(2).binary);

    // With nothing waiting it goes at once.
    pair.toApp.inject(false, "now");
    QCOMPARE(pair.down.deliveredPayloads(), QList<QByteArray> { "now" });
    QCOMPARE(pair.down.delivered.first().marks, quint8(MessageRecord::Injected));
}

void TestInterceptLane::closeWaitsBehindHeldMessages()
{
    Pair pair({ breakOn(QStringLiteral("hold")) });
    pair.toServer.push(false, "hold");
    pair.toServer.pushClose(4001, QStringLiteral("bye"));
    QVERIFY(pair.up.delivered.isEmpty());
    QCOMPARE(pair.toServer.queuedCount(), 2);
    QVERIFY(pair.toServer.release(pair.toServer.heldItems().first().id));
    QCOMPARE(pair.up.delivered.size(), 2);
    QCOMPARE(pair.up.delivered.at(0).kind, InterceptedItem::Kind::Message);
    const InterceptedItem close = pair.up.delivered.at(1);
    QCOMPARE(close.kind, InterceptedItem::Kind::Close);
    QCOMPARE(close.closeCode, quint16(4001));
    QCOMPARE(close.closeReason, QStringLiteral("bye"));
}

void TestInterceptLane::flushReleasesEverything()
{
    Pair pair({ breakOn(QStringLiteral("hold")), delayOn(QStringLiteral("slow"), 60000) });
    pair.toServer.push(false, "slow");
    pair.toServer.push(false, "hold");
    pair.toServer.push(false, "plain");
    pair.toServer.pushClose(1000, {});
    QVERIFY(pair.up.delivered.isEmpty());
    pair.toServer.flush();
    QCOMPARE(pair.up.deliveredPayloads(), (QList<QByteArray> { "slow", "hold", "plain" }));
    QCOMPARE(pair.up.delivered.size(), 4);
    QCOMPARE(pair.up.delivered.last().kind, InterceptedItem::Kind::Close);
    QCOMPARE(pair.toServer.queuedCount(), 0);
    QCOMPARE(pair.toServer.heldCount(), 0);
    // The connection is ending: rules no longer hold what still comes.
    pair.toServer.push(false, "hold again");
    QCOMPARE(pair.up.deliveredPayloads().last(), text("hold again"));
    QCOMPARE(pair.up.delivered.last().marks, quint8(0));
}

void TestInterceptLane::closedGateHoldsEverything()
{
    InterceptRuleSet rules;
    quint64 next = 0;
    InterceptLane lane(InterceptDirection::ToApp, &rules, [&next] { return ++next; });
    Probe probe;
    probe.attach(lane);
    lane.push(false, "one");
    lane.push(true, "two");
    lane.inject(false, "three");
    lane.pushClose(1001, QStringLiteral("away"));
    QTest::qWait(50);
    QVERIFY(probe.delivered.isEmpty());
    QCOMPARE(lane.queuedCount(), 4);
    QCOMPARE(lane.queuedBytes(), qint64(3 + 3 + 5));
    lane.setGateOpen(true);
    QCOMPARE(probe.deliveredPayloads(), (QList<QByteArray> { "one", "two", "three" }));
    QCOMPARE(probe.delivered.last().kind, InterceptedItem::Kind::Close);
    QCOMPARE(lane.queuedBytes(), qint64(0));
}

void TestInterceptLane::deliverFailingMarksDropped()
{
    Pair pair;
    pair.up.legAlive = false;
    pair.toServer.push(false, "lost");
    pair.toServer.inject(true, "lost too");
    QCOMPARE(pair.up.delivered.size(), 2); // it was tried
    QCOMPARE(pair.up.outcomes, (QList<Outcome> { Outcome::Dropped, Outcome::Dropped }));
    QCOMPARE(pair.up.handled.at(0).marks, quint8(MessageRecord::Dropped));
    QCOMPARE(pair.up.handled.at(1).marks, quint8(MessageRecord::Injected | MessageRecord::Dropped));
    QCOMPARE(pair.toServer.queuedCount(), 0);
}

QTEST_GUILESS_MAIN(TestInterceptLane)
#include "tst_interceptlane.moc"
