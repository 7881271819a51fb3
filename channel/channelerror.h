// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Framewise {

// Returned by WebSocketChannel calls instead of throwing (nsIWebSocketChannel throws NS_ERROR_*).
enum class ChannelError {
    None,
    AlreadyOpened, // asyncOpen called twice
    InProgress, // setting that may only change before asyncOpen
    NotOpen, // send/ping before the connection is up
    Closing, // send after close() (or after the channel stopped)
    InvalidUri, // not ws:// or wss://, no host, ...
    InvalidCloseCode, // close() with a code that may not be sent
    ReasonTooLong, // close reason longer than 123 bytes of UTF-8
    InvalidArgument, // e.g. ping payload over 125 bytes, unreadable stream, bad header name
};

QString describeChannelError(ChannelError error);

} // namespace Framewise
