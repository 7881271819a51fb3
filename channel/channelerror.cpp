// SPDX-License-Identifier: GPL-3.0-or-later
#include "channelerror.h"

#include <QCoreApplication>

namespace Framewise {

QString describeChannelError(ChannelError error)
{
    switch (error) {
    case ChannelError::None:
        return QCoreApplication::translate("Framewise::ChannelError", "No error.");
    case ChannelError::AlreadyOpened:
        return QCoreApplication::translate("Framewise::ChannelError", "This connection was already opened.");
    case ChannelError::InProgress:
        return QCoreApplication::translate(
            "Framewise::ChannelError", "This setting can only be changed before connecting.");
    case ChannelError::NotOpen:
        return QCoreApplication::translate("Framewise::ChannelError", "The connection is not open yet.");
    case ChannelError::Closing:
        return QCoreApplication::translate(
            "Framewise::ChannelError", "The connection is closing or closed; nothing more can be sent.");
    case ChannelError::InvalidUri:
        return QCoreApplication::translate(
            "Framewise::ChannelError", "The address must be an absolute ws:// or wss:// URL with a host name.");
    case ChannelError::InvalidCloseCode:
        return QCoreApplication::translate(
            "Framewise::ChannelError", "That close code may not be sent (allowed: 1000-1003, 1007-1014, 3000-4999).");
    case ChannelError::ReasonTooLong:
        return QCoreApplication::translate(
            "Framewise::ChannelError", "The close reason is longer than 123 bytes of UTF-8.");
    case ChannelError::InvalidArgument:
        return QCoreApplication::translate("Framewise::ChannelError", "Invalid argument.");
    }
    return {};
}

} // namespace Framewise
