// SPDX-License-Identifier: GPL-3.0-or-later
#include "logentry.h"

namespace Framewise {

int LogEntry::opcodeOf(MessageRecord::Kind kind)
{
    switch (kind) {
    case MessageRecord::Kind::Text:
        return 1;
    case MessageRecord::Kind::Binary:
        return 2;
    case MessageRecord::Kind::Close:
        return 8;
    case MessageRecord::Kind::Ping:
        return 9;
    case MessageRecord::Kind::Pong:
        return 10;
    case MessageRecord::Kind::Event:
        return 0;
    }
    return 0;
}

std::optional<MessageRecord::Kind> LogEntry::kindOfOpcode(int opcode)
{
    switch (opcode) {
    case 0:
        return MessageRecord::Kind::Event;
    case 1:
        return MessageRecord::Kind::Text;
    case 2:
        return MessageRecord::Kind::Binary;
    case 8:
        return MessageRecord::Kind::Close;
    case 9:
        return MessageRecord::Kind::Ping;
    case 10:
        return MessageRecord::Kind::Pong;
    default:
        return std::nullopt;
    }
}

QString LogEntry::kindName(MessageRecord::Kind kind)
{
    switch (kind) {
    case MessageRecord::Kind::Text:
        return QStringLiteral("text");
    case MessageRecord::Kind::Binary:
        return QStringLiteral("binary");
    case MessageRecord::Kind::Ping:
        return QStringLiteral("ping");
    case MessageRecord::Kind::Pong:
        return QStringLiteral("pong");
    case MessageRecord::Kind::Close:
        return QStringLiteral("close");
    case MessageRecord::Kind::Event:
        return QStringLiteral("event");
    }
    return {};
}

std::optional<MessageRecord::Kind> LogEntry::kindFromName(const QString &name)
{
    for (const auto kind : { MessageRecord::Kind::Text, MessageRecord::Kind::Binary, MessageRecord::Kind::Ping,
             MessageRecord::Kind::Pong, MessageRecord::Kind::Close, MessageRecord::Kind::Event }) {
        if (name == kindName(kind))
            return kind;
    }
    return std::nullopt;
}

QString LogEntry::directionName(MessageRecord::Direction direction)
{
    switch (direction) {
    case MessageRecord::Direction::In:
        return QStringLiteral("in");
    case MessageRecord::Direction::Out:
        return QStringLiteral("out");
    case MessageRecord::Direction::Local:
        return QStringLiteral("local");
    }
    return {};
}

std::optional<MessageRecord::Direction> LogEntry::directionFromName(const QString &name)
{
    for (const auto direction :
        { MessageRecord::Direction::In, MessageRecord::Direction::Out, MessageRecord::Direction::Local }) {
        if (name == directionName(direction))
            return direction;
    }
    return std::nullopt;
}

QString LogEntry::markName(MessageRecord::Mark mark)
{
    switch (mark) {
    case MessageRecord::Held:
        return QStringLiteral("held");
    case MessageRecord::Edited:
        return QStringLiteral("edited");
    case MessageRecord::Dropped:
        return QStringLiteral("dropped");
    case MessageRecord::Injected:
        return QStringLiteral("injected");
    case MessageRecord::Delayed:
        return QStringLiteral("delayed");
    case MessageRecord::Replied:
        return QStringLiteral("replied");
    }
    return {};
}

QList<MessageRecord::Mark> LogEntry::marksOf(quint8 marks)
{
    QList<MessageRecord::Mark> list;
    for (quint8 bit = 1; bit != 0 && bit <= MessageRecord::AllMarks; bit = quint8(bit << 1)) {
        if (marks & bit)
            list.append(MessageRecord::Mark(bit));
    }
    return list;
}

std::optional<MessageRecord::Mark> LogEntry::markFromName(const QString &name)
{
    for (const MessageRecord::Mark mark : marksOf(MessageRecord::AllMarks)) {
        if (name == markName(mark))
            return mark;
    }
    return std::nullopt;
}

QStringList LogEntry::markNames(quint8 marks)
{
    QStringList names;
    for (const MessageRecord::Mark mark : marksOf(marks))
        names.append(markName(mark));
    return names;
}

std::optional<quint8> LogEntry::marksFromNames(const QStringList &names, QString *unknown)
{
    quint8 marks = 0;
    for (const QString &name : names) {
        const std::optional<MessageRecord::Mark> mark = markFromName(name);
        if (!mark) {
            if (unknown)
                *unknown = name;
            return std::nullopt;
        }
        marks |= *mark;
    }
    return marks;
}

} // namespace Framewise
