// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonlinesimporter.h"

#include "handshaketext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace Framewise {

bool JsonLinesImporter::readData(const QByteArray &data, const QString &sourceName)
{
    start(sourceName);
    qsizetype lineNumber = 0;
    qsizetype start = 0;
    ImportedSession *current = nullptr;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        ++lineNumber;
        const QByteArray line = data.mid(start, end - start).trimmed();
        const qsizetype lineStart = start;
        start = end + 1;
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail(tr("line %1, column %2: not valid JSON: %3")
                            .arg(lineNumber)
                            .arg(parseError.offset + 1)
                            .arg(parseError.errorString()));
        Q_UNUSED(lineStart);
        if (!document.isObject())
            return fail(tr("line %1: not a JSON object").arg(lineNumber));
        const QJsonObject object = document.object();
        const QString record = object.value(u"record").toString();
        if (record == QLatin1String("session")) {
            m_sessions.emplace_back();
            current = &m_sessions.back();
            SessionInfo &info = current->info;
            info.state = SessionInfo::State::Imported;
            info.source = m_source;
            info.url = object.value(u"url").toString();
            info.profileName = object.value(u"profile").toString();
            info.startedUs = jsonInteger(object.value(u"started_us"));
            info.endedUs = jsonInteger(object.value(u"ended_us"));
            info.handshakeRequest
                = HandshakeText::redactText(object.value(u"handshake_request").toString(), m_secretHeaders);
            info.handshakeResponse
                = HandshakeText::redactText(object.value(u"handshake_response").toString(), m_secretHeaders);
            info.requestHeadersSize = jsonInteger(object.value(u"request_headers_size"), -1);
            info.responseHeadersSize = jsonInteger(object.value(u"response_headers_size"), -1);
            info.handshakeMs = jsonMilliseconds(object.value(u"handshake_ms"));
            info.subprotocol = object.value(u"subprotocol").toString();
            info.extensions = object.value(u"extensions").toString();
            info.tlsSummary = object.value(u"tls").toString();
            info.closeCode = object.value(u"close_code").toInt();
            info.closeReason = object.value(u"close_reason").toString();
            info.stopStatus = object.value(u"stop_status").toString();
            info.responseBody = object.value(u"response_body").toString();
            // Kept only when it is what HarImporter makes: a JSON object.
            const QString harExtra = object.value(u"har_extra").toString();
            if (QJsonDocument::fromJson(harExtra.toUtf8()).isObject())
                info.harExtra = harExtra;
            if (!readKind(object.value(u"kind"), tr("line %1: \"kind\"").arg(lineNumber), &info.kind))
                return false;
            continue;
        }
        if (record != QLatin1String("message"))
            return fail(tr("line %1: \"record\" must be \"session\" or \"message\"").arg(lineNumber));
        if (!current)
            return fail(tr("line %1: a message before any {\"record\":\"session\"} line").arg(lineNumber));
        LogEntry entry;
        entry.seq = current->records.size();
        if (object.value(u"time_us").isDouble()) {
            entry.timeUs = jsonInteger(object.value(u"time_us"));
        } else {
            const QDateTime time = QDateTime::fromString(object.value(u"time").toString(), Qt::ISODateWithMs);
            if (!time.isValid())
                return fail(tr("line %1: \"time_us\" (or an ISO 8601 \"time\") is missing").arg(lineNumber));
            entry.timeUs = time.toMSecsSinceEpoch() * 1000;
        }
        const auto direction = LogEntry::directionFromName(object.value(u"direction").toString());
        if (!direction)
            return fail(tr("line %1: \"direction\" must be \"in\", \"out\" or \"local\"").arg(lineNumber));
        entry.direction = *direction;
        const auto kind = LogEntry::kindFromName(object.value(u"kind").toString());
        if (!kind)
            return fail(tr("line %1: \"kind\" must be text, binary, ping, pong, close or event").arg(lineNumber));
        entry.kind = *kind;
        if (!readMarks(object.value(u"marks"), tr("line %1: \"marks\"").arg(lineNumber), &entry.marks))
            return false;
        entry.payloadOmitted = object.value(u"omitted").toBool();
        if (entry.payloadOmitted && object.value(u"file").isString()) {
            entry.payload = object.value(u"file").toString().toUtf8(); // kept instead of the bytes
        } else if (object.value(u"text").isString()) {
            entry.payload = object.value(u"text").toString().toUtf8();
        } else if (object.value(u"base64").isString()) {
            auto decoded = QByteArray::fromBase64Encoding(
                object.value(u"base64").toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return fail(tr("line %1: \"base64\" is not valid base64").arg(lineNumber));
            entry.payload = *decoded;
        } else {
            return fail(tr("line %1: neither \"text\" nor \"base64\"").arg(lineNumber));
        }
        entry.payloadSize = entry.payloadOmitted ? omittedSize(object.value(u"size")) : entry.payload.size();
        entry.wireSize = jsonInteger(object.value(u"wire_size"), double(entry.payload.size()));
        entry.compressed = object.value(u"compressed").toBool();
        entry.closeCode = quint16(object.value(u"close_code").toInt());
        current->records.append(entry);
    }
    if (m_sessions.empty())
        return fail(tr("no {\"record\":\"session\"} line: not a Framewise JSON Lines export"));
    return true;
}

} // namespace Framewise
