// SPDX-License-Identifier: GPL-3.0-or-later
#include "clijson.h"

namespace Framewise::CliJson {

QJsonArray headers(const HttpHeaders &headers)
{
    QJsonArray array;
    for (const HttpHeaders::Entry &entry : headers.entries())
        array.append(QJsonArray { QString::fromUtf8(entry.first), QString::fromUtf8(entry.second) });
    return array;
}

void insertPayload(QJsonObject &fields, bool text, const QByteArray &payload)
{
    fields.insert(QStringLiteral("size"), qint64(payload.size()));
    if (text)
        fields.insert(QStringLiteral("text"), QString::fromUtf8(payload));
    else if (!payload.isEmpty())
        fields.insert(QStringLiteral("base64"), QString::fromLatin1(payload.toBase64()));
}

} // namespace Framewise::CliJson
