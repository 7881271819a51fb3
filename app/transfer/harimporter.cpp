// SPDX-License-Identifier: GPL-3.0-or-later
#include "harimporter.h"

#include "handshaketext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <optional>

namespace Framewise {

namespace {
qint64 secondsToUs(double seconds)
{
    return qint64(std::llround(seconds * 1e6));
}

bool isWebSocketUrl(const QString &url)
{
    return url.startsWith(QLatin1String("ws://"), Qt::CaseInsensitive)
        || url.startsWith(QLatin1String("wss://"), Qt::CaseInsensitive);
}

QString headerValue(const QList<HandshakeText::Header> &headers, QLatin1String name)
{
    for (const HandshakeText::Header &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

// A part of a request or status line that must stay one word: without white space and controls.
QString word(const QString &text)
{
    QString result;
    for (const QChar c : text) {
        if (!c.isSpace() && c.unicode() >= 0x20 && c.unicode() != 0x7f)
            result.append(c);
    }
    return result;
}

// A number as Chrome's importer reads one (Number(value)): a JSON number, or a string that holds
// one ("12.5"); anything else is undefined (a JSON null, in QJsonValue's words).
QJsonValue harNumber(const QJsonValue &value)
{
    if (value.isDouble())
        return value;
    if (value.isString()) {
        bool ok = false;
        const double number = value.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(number))
            return number;
    }
    return QJsonValue::Null;
}

// A string as Chrome's importer reads message data (String(value)): strings, and numbers and
// booleans written as JSON; nothing for null, arrays and objects.
std::optional<QString> harString(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble() || value.isBool())
        return value.toVariant().toString();
    return std::nullopt;
}

// The entry's members Framewise reads or writes itself; every other one is kept in harExtra.
bool isOwnEntryKey(QStringView key)
{
    static const QLatin1String own[] = { QLatin1String("startedDateTime"), QLatin1String("time"),
        QLatin1String("request"), QLatin1String("response"), QLatin1String("cache"), QLatin1String("timings"),
        QLatin1String("_resourceType"), QLatin1String("_webSocketMessages"), QLatin1String("_framewise") };
    return std::find(std::begin(own), std::end(own), key) != std::end(own);
}

// HAR cookies without their values: a cookie is a credential, as the Cookie header is.
QJsonArray redactedCookies(const QJsonArray &cookies)
{
    QJsonArray result;
    for (const QJsonValue value : cookies) {
        QJsonObject cookie = value.toObject();
        if (!value.isObject())
            continue;
        if (cookie.contains(u"value"))
            cookie.insert(u"value", HandshakeText::redactedValue());
        result.append(cookie);
    }
    return result;
}

// "HTTP/1.1" unless the request or response names its version (one word, as the exporter reads
// it back from the request or status line).
QString httpVersion(const QJsonValue &value)
{
    QString version = word(value.toString());
    if (version.isEmpty() || version == QLatin1String("unknown"))
        version = QStringLiteral("HTTP/1.1");
    return version;
}

// What Framewise has no field for but the file's reader may want back (HarExporter merges it
// into the entry it writes): the entry's own time, serverIPAddress, connection, pageref and
// Chrome's other members (_initiator, _priority, ...), the timings but wait, the cookies
// (their values redacted) and the page the entry belongs to.
QJsonObject extraMembers(const QJsonObject &entry, const QJsonArray &pages, const QJsonValue &wait)
{
    QJsonObject extra;
    QJsonObject extraEntry;
    for (auto it = entry.constBegin(); it != entry.constEnd(); ++it) {
        if (!isOwnEntryKey(it.key()))
            extraEntry.insert(it.key(), it.value());
    }
    // Only what differs from what the exporter writes anyway, so that a file from Framewise has none.
    const QJsonValue time = harNumber(entry.value(u"time"));
    if (time.isDouble() && time != wait)
        extraEntry.insert(u"time", time);
    if (!extraEntry.isEmpty())
        extra.insert(u"entry", extraEntry);
    QJsonObject extraTimings = entry.value(u"timings").toObject();
    extraTimings.remove(u"wait");
    for (const char *name : { "blocked", "dns", "ssl", "connect", "_blocked_queueing", "send", "receive" }) {
        const double unknown = qstrcmp(name, "send") == 0 || qstrcmp(name, "receive") == 0 ? 0 : -1;
        if (extraTimings.value(QLatin1String(name)) == QJsonValue(unknown))
            extraTimings.remove(QLatin1String(name));
    }
    if (!extraTimings.isEmpty())
        extra.insert(u"timings", extraTimings);
    const QJsonArray requestCookies = redactedCookies(entry.value(u"request").toObject().value(u"cookies").toArray());
    if (!requestCookies.isEmpty())
        extra.insert(u"requestCookies", requestCookies);
    const QJsonArray responseCookies = redactedCookies(entry.value(u"response").toObject().value(u"cookies").toArray());
    if (!responseCookies.isEmpty())
        extra.insert(u"responseCookies", responseCookies);
    if (entry.value(u"pageref").isString()) {
        for (const QJsonValue page : pages) {
            if (page.toObject().value(u"id") == entry.value(u"pageref")) {
                extra.insert(u"pages", QJsonArray { page });
                break;
            }
        }
    }
    return extra;
}
} // namespace

bool HarImporter::readData(const QByteArray &data, const QString &sourceName)
{
    start(sourceName);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("not valid JSON at %1 (byte %2): %3")
                        .arg(lineAndColumn(data, parseError.offset))
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    if (!document.isObject())
        return fail(tr("the top level is not a JSON object, so this is not a HAR file"));
    const QJsonValue log = document.object().value(u"log");
    if (!log.isObject())
        return fail(tr("log: missing or not an object, so this is not a HAR file"));
    const QJsonValue entries = log.toObject().value(u"entries");
    if (!entries.isArray())
        return fail(tr("log.entries: missing or not an array"));
    const QJsonArray array = entries.toArray();
    const QJsonArray pages = log.toObject().value(u"pages").toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("log.entries[%1]").arg(i);
        if (!array.at(i).isObject())
            return fail(tr("%1: not an object").arg(path));
        const QJsonObject entry = array.at(i).toObject();
        const QString url = entry.value(u"request").toObject().value(u"url").toString();
        const bool webSocket
            = entry.value(u"_resourceType").toString().compare(QLatin1String("websocket"), Qt::CaseInsensitive) == 0
            || entry.value(u"_webSocketMessages").isArray() || isWebSocketUrl(url);
        if (!webSocket) {
            ++m_skipped;
            continue;
        }
        ImportedSession session;
        if (!readEntry(entry, pages, path, &session))
            return false;
        m_sessions.push_back(std::move(session));
    }
    if (m_sessions.empty())
        return fail(tr("no WebSocket connection in log.entries (%n other entries)", nullptr, int(m_skipped)));
    return true;
}

bool HarImporter::readEntry(
    const QJsonObject &entry, const QJsonArray &pages, const QString &path, ImportedSession *session)
{
    SessionInfo &info = session->info;
    info.state = SessionInfo::State::Imported;
    info.source = m_source;

    const QJsonValue requestValue = entry.value(u"request");
    if (!requestValue.isObject())
        return fail(tr("%1.request: missing or not an object").arg(path));
    const QJsonObject request = requestValue.toObject();
    // In this order, so that a file with several faults is reported by the first of them.
    if (!readUrl(request, path, &info) || !readStartedTime(entry, path, &info) || !readRequest(request, path, &info)
        || !readResponse(entry.value(u"response"), path, &info))
        return false;
    const QJsonValue wait = harNumber(entry.value(u"timings").toObject().value(u"wait"));
    if (wait.isDouble())
        info.handshakeMs = jsonMilliseconds(wait);

    QJsonObject extra = extraMembers(entry, pages, wait);
    std::vector<FramewiseEvent> events;
    if (!readFramewiseDetails(entry.value(u"_framewise"), path, &info, &events))
        return false;
    QJsonArray errorSeqs; // the records that were Chrome "error" messages, to be written back as such
    if (!readMessages(entry.value(u"_webSocketMessages"), path, events, session, &errorSeqs))
        return false;
    if (!errorSeqs.isEmpty())
        extra.insert(u"errors", errorSeqs);
    if (!extra.isEmpty())
        info.harExtra = QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact));
    return true;
}

bool HarImporter::readHeaders(const QJsonValue &value, const QString &where, QList<HandshakeText::Header> *headers)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray())
        return fail(tr("%1: not an array").arg(where));
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject header = array.at(i).toObject();
        if (!array.at(i).isObject() || !header.value(u"name").isString())
            return fail(tr("%1[%2]: not a {\"name\", \"value\"} object").arg(where).arg(i));
        QString value = header.value(u"value").toVariant().toString();
        if (HandshakeText::isSecretHeader(header.value(u"name").toString().toUtf8(), m_secretHeaders))
            value = HandshakeText::redactedValue();
        headers->append({ header.value(u"name").toString(), value });
    }
    return true;
}

bool HarImporter::readUrl(const QJsonObject &request, const QString &path, SessionInfo *info)
{
    if (!request.value(u"url").isString() || request.value(u"url").toString().isEmpty())
        return fail(tr("%1.request.url: missing or not a string").arg(path));
    const QUrl url(request.value(u"url").toString());
    if (!url.isValid())
        return fail(tr("%1.request.url: not a valid URL").arg(path));
    info->url = url.toString(QUrl::RemovePassword | QUrl::FullyEncoded);
    return true;
}

bool HarImporter::readStartedTime(const QJsonObject &entry, const QString &path, SessionInfo *info)
{
    const QJsonValue started = entry.value(u"startedDateTime");
    const QDateTime startedTime = QDateTime::fromString(started.toString(), Qt::ISODateWithMs);
    if (!started.isString() || !startedTime.isValid())
        return fail(tr("%1.startedDateTime: missing or not an ISO 8601 date").arg(path));
    info->startedUs = startedTime.toMSecsSinceEpoch() * 1000;
    return true;
}

bool HarImporter::readRequest(const QJsonObject &request, const QString &path, SessionInfo *info)
{
    QList<HandshakeText::Header> requestHeaders;
    if (!readHeaders(request.value(u"headers"), path + QStringLiteral(".request.headers"), &requestHeaders))
        return false;
    const QUrl url(request.value(u"url").toString()); // valid: readUrl() checked it
    QString target = url.path(QUrl::FullyEncoded);
    if (target.isEmpty())
        target = QStringLiteral("/");
    if (url.hasQuery())
        target += u'?' + url.query(QUrl::FullyEncoded);
    // One word each, as the exporter reads them back from the request and status lines.
    QString method = word(request.value(u"method").toString());
    if (method.isEmpty())
        method = QStringLiteral("GET");
    const QString requestVersion = httpVersion(request.value(u"httpVersion"));
    // Redacted once more as text: a name with a line break in it must not smuggle in a header.
    info->handshakeRequest = HandshakeText::redactText(
        HandshakeText::compose(method + u' ' + target + u' ' + requestVersion, requestHeaders), m_secretHeaders);
    if (harNumber(request.value(u"headersSize")).isDouble())
        info->requestHeadersSize = jsonInteger(harNumber(request.value(u"headersSize")));
    return true;
}

bool HarImporter::readResponse(const QJsonValue &responseValue, const QString &path, SessionInfo *info)
{
    QList<HandshakeText::Header> responseHeaders;
    if (responseValue.isObject()) {
        const QJsonObject response = responseValue.toObject();
        if (!readHeaders(response.value(u"headers"), path + QStringLiteral(".response.headers"), &responseHeaders))
            return false;
        const double statusNumber = harNumber(response.value(u"status")).toDouble(0);
        const int status = statusNumber >= 1 && statusNumber <= 999 ? int(statusNumber) : 0;
        if (status > 0) {
            const QString version = httpVersion(response.value(u"httpVersion"));
            const QString statusLine
                = QStringLiteral("%1 %2 %3").arg(version).arg(status).arg(response.value(u"statusText").toString());
            info->handshakeResponse = HandshakeText::redactText(
                HandshakeText::compose(statusLine.trimmed(), responseHeaders), m_secretHeaders);
        }
        if (harNumber(response.value(u"headersSize")).isDouble())
            info->responseHeadersSize = jsonInteger(harNumber(response.value(u"headersSize")));
        if (response.value(u"_error").isString())
            info->stopStatus = response.value(u"_error").toString();
        // The body of a rejected upgrade (Chrome keeps it for any response; "encoding": "base64"
        // for bytes that are not text).
        const QJsonObject content = response.value(u"content").toObject();
        if (const std::optional<QString> text = harString(content.value(u"text"))) {
            if (content.value(u"encoding").toString() == QLatin1String("base64"))
                info->responseBody = QString::fromUtf8(QByteArray::fromBase64(text->toLatin1()));
            else
                info->responseBody = *text;
        }
    } else if (!responseValue.isUndefined()) {
        return fail(tr("%1.response: not an object").arg(path));
    }
    info->subprotocol = headerValue(responseHeaders, QLatin1String("sec-websocket-protocol"));
    info->extensions = headerValue(responseHeaders, QLatin1String("sec-websocket-extensions"));
    return true;
}

bool HarImporter::readFramewiseDetails(
    const QJsonValue &framewiseValue, const QString &path, SessionInfo *info, std::vector<FramewiseEvent> *events)
{
    if (!framewiseValue.isObject())
        return true;
    const QJsonObject framewise = framewiseValue.toObject();
    info->profileName = framewise.value(u"profile").toString();
    if (framewise.value(u"startedUs").toDouble() > 0)
        info->startedUs = jsonInteger(framewise.value(u"startedUs"));
    info->endedUs = jsonInteger(framewise.value(u"endedUs"));
    if (framewise.contains(u"subprotocol"))
        info->subprotocol = framewise.value(u"subprotocol").toString();
    if (framewise.contains(u"extensions"))
        info->extensions = framewise.value(u"extensions").toString();
    info->tlsSummary = framewise.value(u"tls").toString();
    info->closeCode = framewise.value(u"closeCode").toInt();
    info->closeReason = framewise.value(u"closeReason").toString();
    if (framewise.contains(u"stopStatus"))
        info->stopStatus = framewise.value(u"stopStatus").toString();
    if (!readKind(framewise.value(u"kind"), path + QStringLiteral("._framewise.kind"), &info->kind))
        return false;
    const QJsonArray list = framewise.value(u"events").toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject event = list.at(i).toObject();
        if (!event.value(u"time").isDouble() || !event.value(u"text").isString())
            return fail(tr("%1._framewise.events[%2]: needs a numeric \"time\" and a \"text\"").arg(path).arg(i));
        quint8 marks = 0;
        if (!readMarks(
                event.value(u"marks"), QStringLiteral("%1._framewise.events[%2].marks").arg(path).arg(i), &marks))
            return false;
        events->push_back({ jsonInteger(event.value(u"before")), secondsToUs(event.value(u"time").toDouble()),
            event.value(u"text").toString().toUtf8(), marks });
    }
    return true;
}

bool HarImporter::readMessages(const QJsonValue &messagesValue, const QString &path,
    const std::vector<FramewiseEvent> &events, ImportedSession *session, QJsonArray *errorSeqs)
{
    if (!messagesValue.isUndefined() && !messagesValue.isNull() && !messagesValue.isArray())
        return fail(tr("%1._webSocketMessages: not an array").arg(path));
    const QJsonArray messages = messagesValue.toArray();
    RecordBatch &records = session->records;
    qint64 seq = 0;
    std::size_t nextEvent = 0;
    qint64 lastTimeUs = session->info.startedUs;
    const auto addEventsBefore = [&](qint64 index) {
        while (nextEvent < events.size() && events[nextEvent].before <= index) {
            LogEntry entry;
            entry.seq = seq++;
            entry.timeUs = events[nextEvent].timeUs;
            entry.direction = MessageRecord::Direction::Local;
            entry.kind = MessageRecord::Kind::Event;
            entry.payload = events[nextEvent].text;
            entry.payloadSize = entry.wireSize = entry.payload.size();
            entry.marks = events[nextEvent].marks;
            records.append(entry);
            ++nextEvent;
        }
    };
    LastKinds lastKind; // of the last data message sent, received
    for (qsizetype i = 0; i < messages.size(); ++i) {
        bool error = false;
        std::optional<LogEntry> record = readMessage(messages.at(i), &lastKind, &error);
        if (!record) {
            ++m_skippedMessages;
            continue;
        }
        // Framewise's own member: a file that names a mark this version does not know is not read
        // as if the proxy had done nothing.
        if (!readMarks(messages.at(i).toObject().value(u"_marks"),
                QStringLiteral("%1._webSocketMessages[%2]._marks").arg(path).arg(i), &record->marks))
            return false;
        addEventsBefore(i);
        record->seq = seq++;
        if (error)
            errorSeqs->append(record->seq);
        lastTimeUs = std::max(lastTimeUs, record->timeUs);
        records.append(*record);
    }
    addEventsBefore(std::numeric_limits<qint64>::max());
    if (session->info.endedUs <= 0)
        session->info.endedUs = lastTimeUs;
    return true;
}

std::optional<LogEntry> HarImporter::readMessage(const QJsonValue &value, LastKinds *lastKind, bool *error)
{
    // Like Chrome's importer, a message without a time, a known type, an opcode or data is
    // left out (and counted), not the whole file; numbers written as strings count as numbers.
    const QJsonObject message = value.toObject();
    const QString type = message.value(u"type").toString();
    const QJsonValue time = harNumber(message.value(u"time"));
    const QJsonValue opcodeValue = harNumber(message.value(u"opcode"));
    const std::optional<QString> data = harString(message.value(u"data"));
    *error = type == QLatin1String("error");
    if (!value.isObject() || !time.isDouble() || !opcodeValue.isDouble() || !data
        || (!*error && type != QLatin1String("send") && type != QLatin1String("receive")))
        return std::nullopt;
    LogEntry record;
    record.timeUs = secondsToUs(time.toDouble());
    if (*error) { // Chrome's failure notes: an event row, and "error" again when exported
        record.direction = MessageRecord::Direction::Local;
        record.kind = MessageRecord::Kind::Event;
        record.payload = data->toUtf8();
    } else {
        record.direction = type == QLatin1String("send") ? MessageRecord::Direction::Out : MessageRecord::Direction::In;
        if (!readDataMessage(message, opcodeValue, *data, lastKind, &record))
            return std::nullopt;
    }
    record.payloadSize = record.payload.size();
    if (record.payloadOmitted)
        record.payloadSize = omittedSize(harNumber(message.value(u"_size")));
    record.wireSize = record.payloadSize;
    return record;
}

bool HarImporter::readDataMessage(const QJsonObject &message, const QJsonValue &opcodeValue, const QString &data,
    LastKinds *lastKind, LogEntry *record)
{
    const bool omitted = message.value(u"_omitted").toBool();
    // A message Framewise did not keep is written with opcode 1 and a note as its data, so
    // that Chrome shows the note; "_opcode" has the message's own.
    const double opcodeNumber = omitted && harNumber(message.value(u"_opcode")).isDouble()
        ? harNumber(message.value(u"_opcode")).toDouble()
        : opcodeValue.toDouble();
    std::optional<MessageRecord::Kind> kind;
    if (opcodeNumber >= 1 && opcodeNumber <= 15 && opcodeNumber == std::floor(opcodeNumber))
        kind = LogEntry::kindOfOpcode(int(opcodeNumber));
    // Opcode 0 is a continuation frame (Chrome lists frames): a row of the kind it continues.
    std::optional<MessageRecord::Kind> &last = (*lastKind)[record->direction == MessageRecord::Direction::Out];
    if (opcodeNumber == 0)
        kind = last;
    if (!kind)
        return false;
    record->kind = *kind;
    if (omitted) {
        record->payloadOmitted = true;
        record->payload = message.value(u"_file").toString().toUtf8(); // what is kept instead
    } else if (record->kind == MessageRecord::Kind::Text) {
        record->payload = data.toUtf8();
    } else {
        auto decoded = QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) // opcodes other than 1 carry base64
            return false;
        record->payload = *decoded;
    }
    if (record->kind == MessageRecord::Kind::Text || record->kind == MessageRecord::Kind::Binary)
        last = record->kind; // what a continuation after it continues
    if (record->kind == MessageRecord::Kind::Close && record->payload.size() >= 2 && !omitted)
        record->closeCode = quint16((quint8(record->payload.at(0)) << 8) | quint8(record->payload.at(1)));
    return true;
}

} // namespace Framewise
