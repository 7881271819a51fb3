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

} // namespace Framewise::CliJson
