// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpheaders.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Framewise::CliJson {

// Headers as [["Name","value"], …], in order (JSON Lines output of framewise-cli).
QJsonArray headers(const HttpHeaders &headers);
// A payload as "text" (for text) or "base64" (binary, when not empty), with "size".
void insertPayload(QJsonObject &fields, bool text, const QByteArray &payload);
// A received message's "message" event as one JSON line (with its '\n'), written straight as
// UTF-8: the same object insertPayload() and QJsonDocument would make, keys in the same order,
// without building either per message (a flood printed with --jsonl is mostly this line).
// utf8Text: payload is valid UTF-8 (a text message); time: the event's ISO 8601 time.
void appendMessageLine(QByteArray &out, const QByteArray &time, bool text, const QByteArray &payload);
// A JSON string's content: '"', '\\' and control characters escaped, other UTF-8 as it is.
void appendEscaped(QByteArray &out, const QByteArray &utf8);

} // namespace Framewise::CliJson
