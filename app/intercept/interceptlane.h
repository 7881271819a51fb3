// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channelobserver.h"
#include "intercepteditem.h"
#include "interceptruleset.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>

namespace Framewise {

// One direction of an intercepted connection (app to server, or server to app): messages enter
// in the order the sending leg delivered them, pass the rules, and leave in the same order. A held
// (break) or delayed message keeps every later one of its lane waiting behind it; the other lane
// is independent. A Close waits behind the messages before it, so nothing is cut off.
// It observes its sending leg (ChannelObserver): each message arrives by a direct call, not a
// signal emission.
class InterceptLane : public QObject, public ChannelObserver {
    Q_OBJECT
public:
    enum class Outcome { Forwarded, Dropped, Replied };

    // deliver sends an item on the receiving leg (false: that leg is gone; the item is dropped);
    // reply answers on the sending leg; nextId numbers items over both lanes.
    InterceptLane(InterceptDirection direction, const InterceptRuleSet *rules, std::function<quint64()> nextId,
        QObject *parent = nullptr);

    void setDeliver(std::function<bool(const InterceptedItem &)> deliver) { m_deliver = std::move(deliver); }
    void setReply(std::function<void(const InterceptedItem &)> reply) { m_reply = std::move(reply); }
    // Called for every item that leaves the lane, before handled() is emitted (the owner's record,
    // without an emission per message).
    void setOnHandled(std::function<void(const InterceptedItem &, Outcome)> onHandled)
    {
        m_onHandled = std::move(onHandled);
    }
    // Held messages are released by themselves after this long (0: only by hand).
    void setAutoReleaseMs(int ms) { m_autoReleaseMs = ms; }
    // While closed, nothing leaves the lane (the receiving leg is not open yet); opening pumps.
    void setGateOpen(bool open);
    // Rules and breakpoints apply only while enabled (e.g. off for a connection that is ending).
    void setRulesEnabled(bool enabled) { m_rulesEnabled = enabled; }

    InterceptDirection direction() const { return m_direction; }
    // A message from the sending leg.
    void push(bool binary, const QByteArray &payload);
    // ChannelObserver, for the sending leg: its messages are pushed.
    void observeMessage(const QByteArray &payload, bool binary) override { push(binary, payload); }
    void observeFrameReceived(const FrameInfo &) override { }
    // A Close from the sending leg (code 0: none).
    void pushClose(quint16 code, const QString &reason);
    // A message the user sends on this lane: no rules, marked injected, after what waits already.
    quint64 inject(bool binary, const QByteArray &payload);

    // The held messages, oldest first.
    QList<InterceptedItem> heldItems() const;
    int heldCount() const;
    int queuedCount() const { return int(m_queue.size()); }
    qint64 queuedBytes() const { return m_queuedBytes; }
    // Replaces a held message's payload (marked edited); false when id is not held.
    bool edit(quint64 id, const QByteArray &payload, bool binary);
    bool release(quint64 id); // forwards a held message (in its turn, after its delay if it has one)
    bool drop(quint64 id); // drops a held message
    void releaseAll();
    // Everything still waiting leaves now, without holds or delays (the connection is ending).
    void flush();

Q_SIGNALS:
    // Every message that leaves the lane, with what happened to it.
    void handled(const Framewise::InterceptedItem &item, Framewise::InterceptLane::Outcome outcome);
    // A message was held at a breakpoint, or a held one was released or dropped.
    void heldChanged();
    void queuedBytesChanged(qint64 bytes);

protected:
    void connectNotify(const QMetaMethod &signal) override;

private:
    void enqueue(InterceptedItem item);
    bool applyRules(InterceptedItem &item);
    void pump();
    void finish(InterceptedItem &item, Outcome outcome);
    qint64 nowMs() const { return m_clock.elapsed(); }

    InterceptDirection m_direction;
    const InterceptRuleSet *m_rules;
    std::function<quint64()> m_nextId;
    std::function<bool(const InterceptedItem &)> m_deliver;
    std::function<void(const InterceptedItem &)> m_reply;
    std::function<void(const InterceptedItem &, Outcome)> m_onHandled;
    bool m_handledConnected = false; // kept by connectNotify: a flood emits nothing nobody receives
    std::deque<InterceptedItem> m_queue;
    qint64 m_queuedBytes = 0;
    int m_autoReleaseMs = 0;
    bool m_rulesEnabled = true;
    void noteQueuedBytes();

    qint64 m_reportedBytes = 0; // what queuedBytesChanged last said
    bool m_pumping = false;
    bool m_gateOpen = false;
    QElapsedTimer m_clock;
    QTimer m_timer; // the next delay or auto-release that is due
};

} // namespace Framewise
