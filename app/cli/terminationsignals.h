// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QSocketNotifier;

namespace Framewise {

// SIGINT and SIGTERM delivered to the event loop (through a socket pair, the only async-signal-safe
// way in), so Ctrl+C closes connections normally instead of killing the process. While an object
// lives, its callback runs for each signal; destroying it restores the default handlers.
class TerminationSignals : public QObject {
    Q_OBJECT
public:
    explicit TerminationSignals(std::function<void()> onSignal, QObject *parent = nullptr);
    ~TerminationSignals() override;
    bool isInstalled() const { return m_notifier != nullptr; }

private:
    std::function<void()> m_onSignal;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Framewise
