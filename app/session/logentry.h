// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagerecord.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Framewise {

// One record of a session as exporters, importers and the store see it, whether it comes from
// a live SessionLog or from the database: a message, a control frame or a local event.
struct LogEntry {
    qint64 seq = 0; // position in its session, from 0, without gaps
    qint64 timeUs = 0; // microseconds since the Unix epoch
    qint64 payloadSize = 0; // message bytes; with payloadOmitted, the bytes that were not kept
    qint64 wireSize = 0;
    quint16 closeCode = 0;
    MessageRecord::Direction direction = MessageRecord::Direction::In;
    MessageRecord::Kind kind = MessageRecord::Kind::Text;
    bool compressed = false;
    // E.g. a file streamed out: payloadSize bytes went out, none were kept, and payload is not the
    // message but the file's name (empty when not known). Exporters say so in words.
    bool payloadOmitted = false;
    quint8 marks = 0; // MessageRecord::Mark bits
    // May point into the source's memory (QByteArray::fromRawData): valid until the next read
    // from the same source. Copy it (QByteArray(payload.constData(), payload.size())) to keep it.
    QByteArray payload;

    // The WebSocket opcode of a kind: 1 text, 2 binary, 8 close, 9 ping, 10 pong; 0 for events.
    static int opcodeOf(MessageRecord::Kind kind);
    static std::optional<MessageRecord::Kind> kindOfOpcode(int opcode); // 0 gives Event
    static QString kindName(MessageRecord::Kind kind); // "text", "binary", "ping", "pong", "close", "event"
    static std::optional<MessageRecord::Kind> kindFromName(const QString &name);
    static QString directionName(MessageRecord::Direction direction); // "in", "out", "local"
    static std::optional<MessageRecord::Direction> directionFromName(const QString &name);
    // "held", "edited", "dropped", "injected", "delayed", "replied": the names exports write.
    static QString markName(MessageRecord::Mark mark);
    static std::optional<MessageRecord::Mark> markFromName(const QString &name);
    static QList<MessageRecord::Mark> marksOf(quint8 marks); // the set bits, lowest first
    static QStringList markNames(quint8 marks); // names of the set bits, lowest first; unknown bits left out
    // The marks a list of names stands for (any order, repeats allowed); nullopt when a name is
    // not one of markName()'s, with that name in *unknown.
    static std::optional<quint8> marksFromNames(const QStringList &names, QString *unknown = nullptr);
};

} // namespace Framewise
