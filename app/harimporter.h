// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessionimporter.h"

class QJsonObject;

namespace Framewise {

// Reads HAR files written by Chrome DevTools (and Firefox, and Framewise's HarExporter): every
// entry that is a WebSocket connection ("_resourceType": "websocket", "_webSocketMessages", or
// a ws:// / wss:// URL) becomes one session; the handshake comes from the entry's request and
// response, the messages from "_webSocketMessages" (data: text for opcode 1, base64 otherwise;
// "error" items become local events). Other entries are skipped. Header values that are
// credentials are redacted on the way in.
class HarImporter : public SessionImporter {
    Q_DECLARE_TR_FUNCTIONS(HarImporter)
public:
    bool readData(const QByteArray &data, const QString &sourceName) override;

private:
    bool readEntry(const QJsonObject &entry, const QString &path, ImportedSession *session);
};

} // namespace Framewise
