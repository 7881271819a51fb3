// SPDX-License-Identifier: GPL-3.0-or-later
#include "interceptlane.h"

#include "utf8validator.h"

#include <QMetaMethod>
#include <QStringList>

#include <algorithm>

namespace Framewise {

InterceptLane::InterceptLane(
    InterceptDirection direction, const InterceptRuleSet *rules, std::function<quint64()> nextId, QObject *parent)
    : QObject(parent)
    , m_direction(direction)
    , m_rules(rules)
    , m_nextId(std::move(nextId))
{
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &InterceptLane::pump);
}

void InterceptLane::push(bool binary, const QByteArray &payload)
{
    InterceptedItem item;
    item.id = m_nextId();
    item.direction = m_direction;
    item.binary = binary;
    item.payload = payload;
    if (m_rulesEnabled && m_rules && !m_rules->isEmpty() && !applyRules(item))
        return; // answered or dropped by a rule
    if (m_queue.empty() && m_gateOpen && !m_pumping && !item.held && item.dueMs == 0) {
        // Nothing waits before it and nothing holds it: it goes at once, without a turn through
        // the queue (a flood's messages nearly all take this way).
        finish(item, Outcome::Forwarded);
        return;
    }
    enqueue(std::move(item));
}

// Kept out of push() (never inlined), so that a message no rule looks at does not pay for the
// verdict's stack frame. False when a rule answered or dropped it (it is finished then).
Q_NEVER_INLINE bool InterceptLane::applyRules(InterceptedItem &item)
{
    InterceptMessage message { item.binary, item.payload };
    const InterceptVerdict verdict = m_rules->evaluate(m_direction, message);
    QStringList names;
    for (const auto &rule : verdict.matched)
        names.append(rule.name.isEmpty() ? tr("rule %1").arg(rule.index + 1) : rule.name);
    item.ruleName = names.join(QStringLiteral(", "));
    if (verdict.rewritten) {
        item.original = item.payload;
        item.payload = message.payload;
        item.marks |= MessageRecord::Edited;
    }
    if (verdict.reply) {
        item.marks |= MessageRecord::Replied;
        InterceptedItem answer;
        answer.id = m_nextId();
        answer.direction
            = m_direction == InterceptDirection::ToServer ? InterceptDirection::ToApp : InterceptDirection::ToServer;
        answer.binary = verdict.reply->binary;
        answer.payload = verdict.reply->payload;
        answer.marks = MessageRecord::Replied;
        answer.ruleName = item.ruleName;
        if (m_reply)
            m_reply(answer);
        finish(item, Outcome::Replied);
        return false;
    }
    if (verdict.drop) {
        item.marks |= MessageRecord::Dropped;
        finish(item, Outcome::Dropped);
        return false;
    }
    if (verdict.delayMs > 0) {
        item.marks |= MessageRecord::Delayed;
        item.dueMs = nowMs() + verdict.delayMs;
    }
    if (verdict.hold) {
        item.marks |= MessageRecord::Held;
        item.held = true;
        if (m_autoReleaseMs > 0)
            item.releaseAtMs = nowMs() + m_autoReleaseMs;
    }
    return true;
}

void InterceptLane::connectNotify(const QMetaMethod &signal)
{
    // No disconnectNotify, as in WebSocketChannel: staying "connected" only costs an emission.
    if (signal == QMetaMethod::fromSignal(&InterceptLane::handled))
        m_handledConnected = true;
}

void InterceptLane::pushClose(quint16 code, const QString &reason)
{
    InterceptedItem item;
    item.id = m_nextId();
    item.direction = m_direction;
    item.kind = InterceptedItem::Kind::Close;
    item.closeCode = code;
    item.closeReason = reason;
    enqueue(std::move(item));
}

quint64 InterceptLane::inject(bool binary, const QByteArray &payload)
{
    InterceptedItem item;
    item.id = m_nextId();
    item.direction = m_direction;
    item.binary = binary;
    item.payload = payload;
    item.marks = MessageRecord::Injected;
    const quint64 id = item.id;
    enqueue(std::move(item));
    return id;
}

void InterceptLane::enqueue(InterceptedItem item)
{
    const bool held = item.held;
    m_queuedBytes += item.size();
    m_queue.push_back(std::move(item));
    if (held)
        Q_EMIT heldChanged();
    pump();
    noteQueuedBytes();
}

// Only a change is news: a message that goes straight through leaves the queue as it found it,
// and a flood of those costs no emission each.
void InterceptLane::noteQueuedBytes()
{
    if (m_queuedBytes == m_reportedBytes)
        return;
    m_reportedBytes = m_queuedBytes;
    Q_EMIT queuedBytesChanged(m_queuedBytes);
}

void InterceptLane::setGateOpen(bool open)
{
    m_gateOpen = open;
    if (open)
        pump();
}

void InterceptLane::pump()
{
    if (m_pumping || !m_gateOpen)
        return; // a deliver() that leads back here; the outer loop goes on
    m_pumping = true;
    bool released = false;
    while (!m_queue.empty()) {
        InterceptedItem &front = m_queue.front();
        // The clock is read only for an item that waits for a time.
        const qint64 now = front.dueMs > 0 || front.releaseAtMs > 0 ? nowMs() : 0;
        if (front.held && front.releaseAtMs > 0 && now >= front.releaseAtMs) {
            front.held = false; // auto-release
            front.releaseAtMs = 0;
            released = true;
        }
        // A held item waits for its release (by hand or by time), a delayed one for its time; one
        // that is both waits for both.
        const qint64 wakeAt = front.held ? front.releaseAtMs : front.dueMs;
        if (front.held || front.dueMs > now) {
            if (wakeAt > now)
                m_timer.start(int(std::min<qint64>(wakeAt - now, qint64(24) * 3600 * 1000)));
            break;
        }
        InterceptedItem item = std::move(front);
        m_queue.pop_front();
        m_queuedBytes -= item.size();
        finish(item, Outcome::Forwarded);
    }
    m_pumping = false;
    if (released)
        Q_EMIT heldChanged();
    noteQueuedBytes();
}

void InterceptLane::finish(InterceptedItem &item, Outcome outcome)
{
    if (outcome == Outcome::Forwarded && !(m_deliver && m_deliver(item))) {
        outcome = Outcome::Dropped;
        item.marks |= MessageRecord::Dropped;
    }
    if (m_onHandled)
        m_onHandled(item, outcome);
    if (m_handledConnected)
        Q_EMIT handled(item, outcome);
}

QList<InterceptedItem> InterceptLane::heldItems() const
{
    QList<InterceptedItem> held;
    for (const auto &item : m_queue) {
        if (item.held)
            held.append(item);
    }
    return held;
}

int InterceptLane::heldCount() const
{
    return int(std::count_if(m_queue.begin(), m_queue.end(), [](const InterceptedItem &item) { return item.held; }));
}

bool InterceptLane::edit(quint64 id, const QByteArray &payload, bool binary)
{
    if (!binary && !Utf8Validator::isValid(payload.constData(), payload.size()))
        return false;
    for (auto &item : m_queue) {
        if (item.id == id && item.held) {
            m_queuedBytes += payload.size() - item.size();
            if (item.original.isNull())
                item.original = item.payload; // the first edit keeps what was sent
            item.payload = payload;
            item.binary = binary;
            item.marks |= MessageRecord::Edited;
            Q_EMIT heldChanged();
            return true;
        }
    }
    return false;
}

bool InterceptLane::release(quint64 id)
{
    for (auto &item : m_queue) {
        if (item.id == id && item.held) {
            item.held = false;
            item.releaseAtMs = 0; // a delay, if a rule added one, still runs from its arrival
            Q_EMIT heldChanged();
            pump();
            return true;
        }
    }
    return false;
}

bool InterceptLane::drop(quint64 id)
{
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if (it->id == id && it->held) {
            InterceptedItem item = std::move(*it);
            m_queue.erase(it);
            m_queuedBytes -= item.size();
            item.held = false;
            item.marks |= MessageRecord::Dropped;
            finish(item, Outcome::Dropped);
            Q_EMIT heldChanged();
            pump();
            return true;
        }
    }
    return false;
}

void InterceptLane::releaseAll()
{
    bool any = false;
    for (auto &item : m_queue) {
        if (item.held) {
            item.held = false;
            item.releaseAtMs = 0;
            any = true;
        }
    }
    if (any)
        Q_EMIT heldChanged();
    pump();
}

void InterceptLane::flush()
{
    m_rulesEnabled = false;
    for (auto &item : m_queue) {
        item.held = false;
        item.dueMs = 0;
        item.releaseAtMs = 0;
    }
    m_timer.stop();
    pump();
}

} // namespace Framewise
