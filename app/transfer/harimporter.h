// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "handshaketext.h"
#include "sessionimporter.h"

#include <array>
#include <optional>
#include <vector>

class QJsonArray;
class QJsonObject;

namespace Framewise {

// Reads HAR files written by Chrome DevTools (and Firefox, and Framewise's HarExporter): every
// entry that is a WebSocket connection ("_resourceType": "websocket", "_webSocketMessages", or
// a ws:// / wss:// URL) becomes one session; the handshake comes from the entry's request and
// response (with the body of a rejected upgrade from response.content.text), the messages from
// "_webSocketMessages" (data: text for opcode 1, base64 otherwise; "error" items become local
// events; Framewise's "_marks" are read back, and a mark this version does not know fails the
// file). Other entries are skipped. Header values and cookies that are credentials are
// redacted on the way in.
//
// Messages follow Chrome's importer (HARFormat.ts, Importer.ts): numbers written as strings
// count as numbers, and a message without a time, a send/receive/error type, an opcode or data
// is left out and counted (skippedMessages()) instead of failing the file; so is one whose
// opcode is no message's or whose base64 is broken. Opcode 0 (a continuation frame) becomes a
// row of the kind it continues. What Framewise has no field for goes to SessionInfo::harExtra
// as a JSON object, which HarExporter writes back:
//   {"entry": {the entry's other members: time, serverIPAddress, connection, pageref, comment,
//              _initiator, _priority, ...}, "timings": {all but wait}, "requestCookies": [...],
//    "responseCookies": [...], "pages": [the entry's page], "errors": [seq of each "error" row]}
class HarImporter : public SessionImporter {
    Q_DECLARE_TR_FUNCTIONS(HarImporter)
public:
    bool readData(const QByteArray &data, const QString &sourceName) override;

private:
    // A local event of a file from Framewise ("_framewise": {"events": [...]}): shown before the
    // message at index before.
    struct FramewiseEvent {
        qint64 before;
        qint64 timeUs;
        QByteArray text;
        quint8 marks;
    };
    // The kind of the last data message sent ([1]) and received ([0]): what a continuation continues.
    using LastKinds = std::array<std::optional<MessageRecord::Kind>, 2>;

    // Each false after fail(): the entry at path (log.entries[i]) into session.
    bool readEntry(const QJsonObject &entry, const QJsonArray &pages, const QString &path, ImportedSession *session);
    bool readHeaders(const QJsonValue &value, const QString &where, QList<HandshakeText::Header> *headers);
    bool readUrl(const QJsonObject &request, const QString &path, SessionInfo *info);
    bool readStartedTime(const QJsonObject &entry, const QString &path, SessionInfo *info);
    bool readRequest(const QJsonObject &request, const QString &path, SessionInfo *info);
    bool readResponse(const QJsonValue &responseValue, const QString &path, SessionInfo *info);
    bool readFramewiseDetails(
        const QJsonValue &framewiseValue, const QString &path, SessionInfo *info, std::vector<FramewiseEvent> *events);
    bool readMessages(const QJsonValue &messagesValue, const QString &path, const std::vector<FramewiseEvent> &events,
        ImportedSession *session, QJsonArray *errorSeqs);
    // One of "_webSocketMessages", without its seq; nothing when it is left out (error: a Chrome
    // "error" item). readDataMessage(): a send or receive item's kind and payload.
    static std::optional<LogEntry> readMessage(const QJsonValue &value, LastKinds *lastKind, bool *error);
    static bool readDataMessage(const QJsonObject &message, const QJsonValue &opcodeValue, const QString &data,
        LastKinds *lastKind, LogEntry *record);
};

} // namespace Framewise
