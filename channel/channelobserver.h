// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frameinfo.h"

#include <QByteArray>

namespace Framewise {

// The receive events that come once per frame and once per message, as plain virtual calls, for
// the one consumer that takes every one of them (the app's Session). In a flood they come millions
// of times a second, and even a directly connected signal costs ~30 ns per emission in
// QMetaObject::activate: the two emissions per message were a fifth of the window's time in
// bench_window. The channel calls its observer just before it emits the matching signal, so both
// see the same events in the same order; an observer may call back into the channel (close,
// abort) as a slot may.
class ChannelObserver {
public:
    virtual ~ChannelObserver() = default;
    // frameReceived(const FrameInfo &) of WebSocketChannel.
    virtual void observeFrameReceived(const FrameInfo &frame) = 0;
    // messageAvailable (binary false) or binaryMessageAvailable (binary true).
    virtual void observeMessage(const QByteArray &payload, bool binary) = 0;

protected:
    ChannelObserver() = default;
    ChannelObserver(const ChannelObserver &) = default;
    ChannelObserver &operator=(const ChannelObserver &) = default;
};

} // namespace Framewise
