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
#include <limits>

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
} // namespace

bool HarImporter::readData(const QByteArray &data, const QString &sourceName)
{
    m_sessions.clear();
    m_skipped = 0;
    m_error.clear();
    m_source = sourceName;
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
        if (!readEntry(entry, path, &session))
            return false;
        m_sessions.push_back(std::move(session));
    }
    if (m_sessions.empty())
        return fail(tr("no WebSocket connection in log.entries (%n other entries)", nullptr, int(m_skipped)));
    return true;
}

bool HarImporter::readEntry(const QJsonObject &entry, const QString &path, ImportedSession *session)
{
    SessionInfo &info = session->info;
    info.state = SessionInfo::State::Imported;
    info.source = m_source;

    const QJsonValue requestValue = entry.value(u"request");
    if (!requestValue.isObject())
        return fail(tr("%1.request: missing or not an object").arg(path));
    const QJsonObject request = requestValue.toObject();
    if (!request.value(u"url").isString() || request.value(u"url").toString().isEmpty())
        return fail(tr("%1.request.url: missing or not a string").arg(path));
    const QUrl url(request.value(u"url").toString());
    if (!url.isValid())
        return fail(tr("%1.request.url: not a valid URL").arg(path));
    info.url = url.toString(QUrl::RemovePassword | QUrl::FullyEncoded);

    const QJsonValue started = entry.value(u"startedDateTime");
    const QDateTime startedTime = QDateTime::fromString(started.toString(), Qt::ISODateWithMs);
    if (!started.isString() || !startedTime.isValid())
        return fail(tr("%1.startedDateTime: missing or not an ISO 8601 date").arg(path));
    info.startedUs = startedTime.toMSecsSinceEpoch() * 1000;

    const auto readHeaders
        = [this](const QJsonValue &value, const QString &where, QList<HandshakeText::Header> *headers) {
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
          };

    QList<HandshakeText::Header> requestHeaders;
    if (!readHeaders(request.value(u"headers"), path + QStringLiteral(".request.headers"), &requestHeaders))
        return false;
    QString target = url.path(QUrl::FullyEncoded);
    if (target.isEmpty())
        target = QStringLiteral("/");
    if (url.hasQuery())
        target += u'?' + url.query(QUrl::FullyEncoded);
    // One word each, as the exporter reads them back from the request and status lines.
    QString method = word(request.value(u"method").toString());
    if (method.isEmpty())
        method = QStringLiteral("GET");
    QString requestVersion = word(request.value(u"httpVersion").toString());
    if (requestVersion.isEmpty() || requestVersion == QLatin1String("unknown"))
        requestVersion = QStringLiteral("HTTP/1.1");
    // Redacted once more as text: a name with a line break in it must not smuggle in a header.
    info.handshakeRequest = HandshakeText::redactText(
        HandshakeText::compose(method + u' ' + target + u' ' + requestVersion, requestHeaders), m_secretHeaders);
    if (request.value(u"headersSize").isDouble())
        info.requestHeadersSize = jsonInteger(request.value(u"headersSize"));

    const QJsonValue responseValue = entry.value(u"response");
    QList<HandshakeText::Header> responseHeaders;
    if (responseValue.isObject()) {
        const QJsonObject response = responseValue.toObject();
        if (!readHeaders(response.value(u"headers"), path + QStringLiteral(".response.headers"), &responseHeaders))
            return false;
        const int status = response.value(u"status").toInt();
        if (status > 0) {
            QString version = word(response.value(u"httpVersion").toString());
            if (version.isEmpty() || version == QLatin1String("unknown"))
                version = QStringLiteral("HTTP/1.1");
            const QString statusLine
                = QStringLiteral("%1 %2 %3").arg(version).arg(status).arg(response.value(u"statusText").toString());
            info.handshakeResponse = HandshakeText::redactText(
                HandshakeText::compose(statusLine.trimmed(), responseHeaders), m_secretHeaders);
        }
        if (response.value(u"headersSize").isDouble())
            info.responseHeadersSize = jsonInteger(response.value(u"headersSize"));
        if (response.value(u"_error").isString())
            info.stopStatus = response.value(u"_error").toString();
    } else if (!responseValue.isUndefined()) {
        return fail(tr("%1.response: not an object").arg(path));
    }
    info.subprotocol = headerValue(responseHeaders, QLatin1String("sec-websocket-protocol"));
    info.extensions = headerValue(responseHeaders, QLatin1String("sec-websocket-extensions"));
    const QJsonValue wait = entry.value(u"timings").toObject().value(u"wait");
    if (wait.isDouble())
        info.handshakeMs = jsonMilliseconds(wait);

    // Framewise's own details, when the file came from Framewise.
    struct Event {
        qint64 before;
        qint64 timeUs;
        QByteArray text;
    };
    std::vector<Event> events;
    const QJsonValue framewiseValue = entry.value(u"_framewise");
    if (framewiseValue.isObject()) {
        const QJsonObject framewise = framewiseValue.toObject();
        info.profileName = framewise.value(u"profile").toString();
        if (framewise.value(u"startedUs").toDouble() > 0)
            info.startedUs = jsonInteger(framewise.value(u"startedUs"));
        info.endedUs = jsonInteger(framewise.value(u"endedUs"));
        if (framewise.contains(u"subprotocol"))
            info.subprotocol = framewise.value(u"subprotocol").toString();
        if (framewise.contains(u"extensions"))
            info.extensions = framewise.value(u"extensions").toString();
        info.tlsSummary = framewise.value(u"tls").toString();
        info.closeCode = framewise.value(u"closeCode").toInt();
        info.closeReason = framewise.value(u"closeReason").toString();
        if (framewise.contains(u"stopStatus"))
            info.stopStatus = framewise.value(u"stopStatus").toString();
        const QJsonArray list = framewise.value(u"events").toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject event = list.at(i).toObject();
            if (!event.value(u"time").isDouble() || !event.value(u"text").isString())
                return fail(tr("%1._framewise.events[%2]: needs a numeric \"time\" and a \"text\"").arg(path).arg(i));
            events.push_back({ jsonInteger(event.value(u"before")), secondsToUs(event.value(u"time").toDouble()),
                event.value(u"text").toString().toUtf8() });
        }
    }

    const QJsonValue messagesValue = entry.value(u"_webSocketMessages");
    if (!messagesValue.isUndefined() && !messagesValue.isNull() && !messagesValue.isArray())
        return fail(tr("%1._webSocketMessages: not an array").arg(path));
    const QJsonArray messages = messagesValue.toArray();
    RecordBatch &records = session->records;
    qint64 seq = 0;
    std::size_t nextEvent = 0;
    qint64 lastTimeUs = info.startedUs;
    const auto addEventsBefore = [&](qint64 index) {
        while (nextEvent < events.size() && events[nextEvent].before <= index) {
            LogEntry entry;
            entry.seq = seq++;
            entry.timeUs = events[nextEvent].timeUs;
            entry.direction = MessageRecord::Direction::Local;
            entry.kind = MessageRecord::Kind::Event;
            entry.payload = events[nextEvent].text;
            entry.payloadSize = entry.wireSize = entry.payload.size();
            records.append(entry);
            ++nextEvent;
        }
    };
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QString where = path + QStringLiteral("._webSocketMessages[%1]").arg(i);
        if (!messages.at(i).isObject())
            return fail(tr("%1: not an object").arg(where));
        const QJsonObject message = messages.at(i).toObject();
        const QString type = message.value(u"type").toString();
        const QJsonValue time = message.value(u"time");
        if (!time.isDouble())
            return fail(tr("%1.time: missing or not a number").arg(where));
        if (!message.value(u"data").isString())
            return fail(tr("%1.data: missing or not a string").arg(where));
        const QString data = message.value(u"data").toString();
        addEventsBefore(i);
        LogEntry record;
        record.seq = seq++;
        record.timeUs = secondsToUs(time.toDouble());
        if (type == QLatin1String("error")) { // Chrome's failure notes
            record.direction = MessageRecord::Direction::Local;
            record.kind = MessageRecord::Kind::Event;
            record.payload = data.toUtf8();
        } else {
            if (type != QLatin1String("send") && type != QLatin1String("receive"))
                return fail(tr("%1.type: \"%2\" is neither \"send\" nor \"receive\"").arg(where, type));
            record.direction
                = type == QLatin1String("send") ? MessageRecord::Direction::Out : MessageRecord::Direction::In;
            const QJsonValue opcodeValue = message.value(u"opcode");
            const double opcodeNumber = opcodeValue.toDouble(-1);
            // Event stands for "not a message opcode" (an optional here trips GCC's maybe-uninitialized).
            MessageRecord::Kind kind = MessageRecord::Kind::Event;
            if (opcodeNumber >= 0 && opcodeNumber <= 15)
                kind = LogEntry::kindOfOpcode(int(opcodeNumber)).value_or(MessageRecord::Kind::Event);
            if (!opcodeValue.isDouble() || opcodeNumber != std::floor(opcodeNumber)
                || kind == MessageRecord::Kind::Event)
                return fail(
                    tr("%1.opcode: expected 1 (text), 2 (binary), 8 (close), 9 (ping) or 10 (pong)").arg(where));
            record.kind = kind;
            if (record.kind == MessageRecord::Kind::Text) {
                record.payload = data.toUtf8();
            } else {
                auto decoded = QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
                if (!decoded)
                    return fail(tr("%1.data: not valid base64 (opcode %2 payloads are base64)")
                                    .arg(where)
                                    .arg(int(opcodeNumber)));
                record.payload = *decoded;
            }
            if (record.kind == MessageRecord::Kind::Close && record.payload.size() >= 2)
                record.closeCode = quint16((quint8(record.payload.at(0)) << 8) | quint8(record.payload.at(1)));
        }
        record.payloadSize = record.payload.size();
        record.wireSize = record.payloadSize;
        if (message.value(u"_omitted").toBool()) {
            record.payloadOmitted = true;
            record.payloadSize = jsonInteger(message.value(u"_size"));
        }
        lastTimeUs = std::max(lastTimeUs, record.timeUs);
        records.append(record);
    }
    addEventsBefore(std::numeric_limits<qint64>::max());
    if (info.endedUs <= 0)
        info.endedUs = lastTimeUs;
    return true;
}

} // namespace Framewise
