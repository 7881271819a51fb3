// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessionimporter.h"

class QJsonArray;
class QJsonObject;

namespace Framewise {

// Reads HAR files written by Chrome DevTools (and Firefox, and Framewise's HarExporter): every
// entry that is a WebSocket connection ("_resourceType": "websocket", "_webSocketMessages", or
// a ws:// / wss:// URL) becomes one session; the handshake comes from the entry's request and
// response (with the body of a rejected upgrade from response.content.text), the messages from
// "_webSocketMessages" (data: text for opcode 1, base64 otherwise; "error" items become local
// events). Other entries are skipped. Header values and cookies that are credentials are
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
    bool readEntry(const QJsonObject &entry, const QJsonArray &pages, const QString &path, ImportedSession *session);
};

} // namespace Framewise
