// SPDX-License-Identifier: GPL-3.0-or-later
#include "harexporter.h"

#include "handshaketext.h"
#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <cstring>
#include <iterator>

namespace Framewise {

namespace {
void appendNameValues(QByteArray &out, const QList<HandshakeText::Header> &pairs)
{
    out.append('[');
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        if (i > 0)
            out.append(',');
        out.append("{\"name\":");
        JsonText::appendString(out, pairs.at(i).first);
        out.append(",\"value\":");
        JsonText::appendString(out, pairs.at(i).second);
        out.append('}');
    }
    out.append(']');
}

QString headerValue(const QList<HandshakeText::Header> &headers, QLatin1String name)
{
    for (const HandshakeText::Header &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

// One JSON value as compact text (QJsonDocument holds only arrays and objects).
void appendJson(QByteArray &out, const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    out.append(array.constData() + 1, array.size() - 2);
}

// ",key:value" for each member of extra that written() does not claim (kept members of an
// imported HAR, written back beside ours).
void appendMembersExcept(QByteArray &out, const QJsonObject &extra, bool (*written)(QStringView key))
{
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it) {
        if (written(it.key()))
            continue;
        out.append(',');
        JsonText::appendString(out, it.key());
        out.append(':');
        appendJson(out, it.value());
    }
}

// ",key:[marks]" when there are any (SessionExporter::marksJson()).
void appendMarks(QByteArray &out, const char *key, quint8 marks)
{
    if (marks == 0)
        return;
    out.append(",\"").append(key).append("\":");
    out.append(SessionExporter::marksJson(marks));
}

// The entry members HarExporter writes itself: harExtra never overrides these.
bool isWrittenHere(QStringView key)
{
    static const QLatin1String own[] = { QLatin1String("startedDateTime"), QLatin1String("time"),
        QLatin1String("request"), QLatin1String("response"), QLatin1String("cache"), QLatin1String("timings"),
        QLatin1String("_resourceType"), QLatin1String("_webSocketMessages"), QLatin1String("_framewise") };
    return std::find(std::begin(own), std::end(own), key) != std::end(own);
}

// "a=1; b=2" as HAR cookies; nothing for a redacted value.
QList<HandshakeText::Header> cookiesOf(const QList<HandshakeText::Header> &headers, QLatin1String name)
{
    QList<HandshakeText::Header> cookies;
    for (const HandshakeText::Header &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) != 0 || header.second == HandshakeText::redactedValue())
            continue;
        // A Set-Cookie's attributes after its first pair are not cookies.
        cookies.append(HandshakeText::cookiePairs(
            name == QLatin1String("set-cookie") ? header.second.section(u';', 0, 0) : header.second));
    }
    return cookies;
}

// A request's or response's "cookies" and "headers": the cookies an imported HAR kept (under
// extraKey) as they were, otherwise those of the cookieHeader headers.
void appendCookiesAndHeaders(QByteArray &out, const QJsonObject &extra, QStringView extraKey,
    const QList<HandshakeText::Header> &headers, QLatin1String cookieHeader)
{
    out.append(",\"cookies\":");
    if (extra.value(extraKey).isArray())
        appendJson(out, extra.value(extraKey));
    else
        appendNameValues(out, cookiesOf(headers, cookieHeader));
    out.append(",\"headers\":");
    appendNameValues(out, headers);
}
} // namespace

void HarExporter::writeBegin(const SessionInfo &info, qint64 count)
{
    Q_UNUSED(count);
    m_info = info;
    m_events.clear();
    m_messages = 0;
    // What a HAR import kept that Framewise has no field for (see HarImporter), merged back in.
    const QJsonObject extra = QJsonDocument::fromJson(info.harExtra.toUtf8()).object();
    const QJsonObject extraEntry = extra.value(u"entry").toObject();
    const QJsonObject extraTimings = extra.value(u"timings").toObject();
    m_errorSeqs.clear();
    const QJsonArray errorSeqs = extra.value(u"errors").toArray();
    for (const QJsonValue seq : errorSeqs) {
        const double number = seq.toDouble(-1);
        if (number >= 0 && number < 1e18) // a file may say anything; converting more is undefined
            m_errorSeqs.push_back(qint64(number));
    }
    std::sort(m_errorSeqs.begin(), m_errorSeqs.end());
    const HandshakeText::Parsed request = HandshakeText::parse(info.handshakeRequest);
    const HandshakeText::Parsed response = HandshakeText::parse(info.handshakeResponse);
    const QStringList requestLine = request.firstLine.split(u' ', Qt::SkipEmptyParts);
    const QString method = requestLine.value(0, QStringLiteral("GET"));
    const QString requestVersion = requestLine.size() >= 3 ? requestLine.last() : QStringLiteral("HTTP/1.1");
    const QString statusLine = response.firstLine;
    const qsizetype firstSpace = statusLine.indexOf(u' ');
    const QString responseVersion = firstSpace > 0 ? statusLine.left(firstSpace) : QString();
    const QString rest = firstSpace > 0 ? statusLine.mid(firstSpace + 1) : QString();
    const qsizetype secondSpace = rest.indexOf(u' ');
    const int status = (secondSpace > 0 ? rest.left(secondSpace) : rest).toInt();
    const QString statusText = secondSpace > 0 ? rest.mid(secondSpace + 1) : QString();
    const QUrl url(info.url);
    QList<HandshakeText::Header> query;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        query.append({ item.first, item.second });
    const double waitMs = info.handshakeMs >= 0 ? info.handshakeMs : 0;

    const QByteArray body = info.responseBody.toUtf8();
    const QString mimeType = headerValue(response.headers, QLatin1String("content-type"));

    QByteArray &out = m_out;
    out.append("{\"log\":{\"version\":\"1.2\",\"creator\":{\"name\":\"Framewise\",\"version\":\"" FRAMEWISE_VERSION
               "\"},\"pages\":");
    if (extra.value(u"pages").isArray())
        appendJson(out, extra.value(u"pages"));
    else
        out.append("[]");
    out.append(",\"entries\":[\n{\"startedDateTime\":");
    JsonText::appendString(out, JsonText::isoTime(info.startedUs, false));
    out.append(",\"time\":");
    if (extraEntry.value(u"time").isDouble()) // the browser's own measure of the entry
        appendJson(out, extraEntry.value(u"time"));
    else
        JsonText::appendMilliseconds(out, waitMs);
    out.append(",\n\"request\":{\"method\":");
    JsonText::appendString(out, method);
    out.append(",\"url\":");
    JsonText::appendString(out, info.url);
    out.append(",\"httpVersion\":");
    JsonText::appendString(out, requestVersion);
    appendCookiesAndHeaders(out, extra, u"requestCookies", request.headers, QLatin1String("cookie"));
    out.append(",\"queryString\":");
    appendNameValues(out, query);
    out.append(",\"headersSize\":");
    JsonText::appendInteger(out, info.requestHeadersSize);
    out.append(",\"bodySize\":0},\n\"response\":{\"status\":");
    JsonText::appendInteger(out, status);
    out.append(",\"statusText\":");
    JsonText::appendString(out, statusText);
    out.append(",\"httpVersion\":");
    JsonText::appendString(out, responseVersion);
    appendCookiesAndHeaders(out, extra, u"responseCookies", response.headers, QLatin1String("set-cookie"));
    out.append(",\"content\":{\"size\":");
    JsonText::appendInteger(out, body.size());
    out.append(",\"mimeType\":");
    JsonText::appendString(out, mimeType.isEmpty() ? QStringLiteral("x-unknown") : mimeType);
    if (!body.isEmpty()) { // a rejected upgrade's answer: what the server said, as Chrome shows it
        out.append(",\"text\":");
        JsonText::appendString(out, QByteArrayView(body));
    }
    out.append("},\"redirectURL\":");
    JsonText::appendString(out, headerValue(response.headers, QLatin1String("location")));
    out.append(",\"headersSize\":");
    JsonText::appendInteger(out, info.responseHeadersSize);
    out.append(",\"bodySize\":");
    if (status == 101 || !body.isEmpty())
        JsonText::appendInteger(out, body.size());
    else
        out.append("-1");
    out.append(",\"_transferSize\":");
    JsonText::appendInteger(out, std::max<qint64>(info.responseHeadersSize, 0));
    out.append(",\"_error\":");
    if (status == 0 && !info.stopStatus.isEmpty())
        JsonText::appendString(out, info.stopStatus);
    else
        out.append("null");
    out.append("},\n\"cache\":{},\"timings\":{");
    // HAR's required send/wait/receive and Chrome's optional ones (-1: unknown), then any other
    // the imported file had.
    static const std::pair<const char *, int> timings[]
        = { { "blocked", -1 }, { "dns", -1 }, { "ssl", -1 }, { "connect", -1 }, { "send", 0 } };
    for (const auto &[name, unknown] : timings) {
        out.append('"').append(name).append("\":");
        const QJsonValue value = extraTimings.value(QLatin1String(name));
        if (value.isDouble())
            appendJson(out, value);
        else
            JsonText::appendInteger(out, unknown);
        out.append(',');
    }
    out.append("\"wait\":");
    JsonText::appendMilliseconds(out, waitMs);
    for (const char *name : { "receive", "_blocked_queueing" }) {
        out.append(",\"").append(name).append("\":");
        const QJsonValue value = extraTimings.value(QLatin1String(name));
        if (value.isDouble())
            appendJson(out, value);
        else
            out.append(qstrcmp(name, "receive") == 0 ? "0" : "-1");
    }
    appendMembersExcept(out, extraTimings, [](QStringView key) {
        static const QLatin1String written[] = { QLatin1String("blocked"), QLatin1String("dns"), QLatin1String("ssl"),
            QLatin1String("connect"), QLatin1String("send"), QLatin1String("wait"), QLatin1String("receive"),
            QLatin1String("_blocked_queueing") };
        return std::find(std::begin(written), std::end(written), key) != std::end(written);
    });
    out.append("},\n\"_resourceType\":\"websocket\"");
    appendMembersExcept(out, extraEntry, isWrittenHere);
    out.append(",\"_webSocketMessages\":[");
}

void HarExporter::writeRecord(const LogEntry &entry)
{
    if (entry.kind == MessageRecord::Kind::Event) {
        if (std::binary_search(m_errorSeqs.cbegin(), m_errorSeqs.cend(), entry.seq)) {
            // A Chrome "error" message when it was imported: one again, where Chrome lists it.
            QByteArray &out = m_out;
            out.append(m_messages == 0 ? "\n{\"type\":\"error\",\"time\":" : ",\n{\"type\":\"error\",\"time\":");
            JsonText::appendSeconds(out, entry.timeUs);
            out.append(",\"opcode\":-1,\"data\":");
            JsonText::appendString(out, QByteArrayView(entry.payload));
            appendMarks(out, "_marks", entry.marks);
            out.append('}');
            ++m_messages;
            return;
        }
        m_events.push_back(
            { m_messages, entry.timeUs, QByteArray(entry.payload.constData(), entry.payload.size()), entry.marks });
        return;
    }
    if (entry.payloadOmitted) {
        // No bytes to give: a text frame whose data says so, which Chrome lists as it is (a
        // binary frame's data would be decoded as base64), with the message's own opcode and size.
        QByteArray &out = m_out;
        out.append(m_messages == 0 ? "\n{\"type\":\"" : ",\n{\"type\":\"");
        out.append(entry.direction == MessageRecord::Direction::Out ? "send" : "receive");
        out.append("\",\"time\":");
        JsonText::appendSeconds(out, entry.timeUs);
        out.append(",\"opcode\":1,\"data\":");
        JsonText::appendString(out, SessionExporter::omittedNote(entry));
        out.append(",\"_opcode\":");
        JsonText::appendInteger(out, LogEntry::opcodeOf(entry.kind));
        out.append(",\"_omitted\":true,\"_size\":");
        JsonText::appendInteger(out, entry.payloadSize);
        if (!entry.payload.isEmpty()) {
            out.append(",\"_file\":");
            JsonText::appendString(out, QByteArrayView(entry.payload));
        }
        appendMarks(out, "_marks", entry.marks);
        out.append('}');
        ++m_messages;
        return;
    }
    const bool text = entry.kind == MessageRecord::Kind::Text;
    QByteArray repaired;
    const QByteArrayView data = text ? JsonText::validUtf8(entry.payload, &repaired) : QByteArrayView(entry.payload);
    const qsizetype dataBound = text ? JsonText::escapedBound(data) : JsonText::base64Bound(data.size()) + 2;
    const QByteArray marks = entry.marks != 0 ? marksJson(entry.marks) : QByteArray(); // only when there are any
    char *p = JsonText::begin(m_out, 128 + 16 + marks.size() + dataBound);
    p = m_messages == 0 ? JsonText::writeLiteral(p, "\n{\"type\":\"") : JsonText::writeLiteral(p, ",\n{\"type\":\"");
    p = entry.direction == MessageRecord::Direction::Out ? JsonText::writeLiteral(p, "send")
                                                         : JsonText::writeLiteral(p, "receive");
    p = JsonText::writeLiteral(p, "\",\"time\":");
    p = JsonText::writeSeconds(p, entry.timeUs);
    p = JsonText::writeLiteral(p, ",\"opcode\":");
    p = JsonText::writeInteger(p, LogEntry::opcodeOf(entry.kind));
    p = JsonText::writeLiteral(p, ",\"data\":");
    if (text) {
        p = JsonText::writeString(p, data);
    } else {
        *p++ = '"';
        p = JsonText::writeBase64(p, data);
        *p++ = '"';
    }
    if (!marks.isEmpty()) { // what an intercepting proxy did to it; Chrome passes over "_" members
        p = JsonText::writeLiteral(p, ",\"_marks\":");
        std::memcpy(p, marks.constData(), std::size_t(marks.size()));
        p += marks.size();
    }
    *p++ = '}';
    JsonText::end(m_out, p);
    ++m_messages;
}

void HarExporter::writeEnd()
{
    QByteArray &out = m_out;
    out.append("],\n\"_framewise\":{\"state\":");
    JsonText::appendString(out, SessionInfo::stateName(m_info.state));
    out.append(",\"profile\":");
    JsonText::appendString(out, m_info.profileName);
    out.append(",\"startedUs\":");
    JsonText::appendInteger(out, m_info.startedUs);
    out.append(",\"endedUs\":");
    JsonText::appendInteger(out, m_info.endedUs);
    out.append(",\"subprotocol\":");
    JsonText::appendString(out, m_info.subprotocol);
    out.append(",\"extensions\":");
    JsonText::appendString(out, m_info.extensions);
    out.append(",\"tls\":");
    JsonText::appendString(out, m_info.tlsSummary);
    out.append(",\"closeCode\":");
    JsonText::appendInteger(out, m_info.closeCode);
    out.append(",\"closeReason\":");
    JsonText::appendString(out, m_info.closeReason);
    out.append(",\"stopStatus\":");
    JsonText::appendString(out, m_info.stopStatus);
    if (m_info.kind != SessionInfo::connectionKind() && !m_info.kind.isEmpty()) { // a plain connection says nothing
        out.append(",\"kind\":");
        JsonText::appendString(out, m_info.kind);
    }
    out.append(",\"events\":[");
    for (std::size_t i = 0; i < m_events.size(); ++i) {
        out.append(i == 0 ? "\n{\"before\":" : ",\n{\"before\":");
        JsonText::appendInteger(out, m_events[i].before);
        out.append(",\"time\":");
        JsonText::appendSeconds(out, m_events[i].timeUs);
        out.append(",\"text\":");
        JsonText::appendString(out, QByteArrayView(m_events[i].text));
        appendMarks(out, "marks", m_events[i].marks);
        out.append('}');
    }
    out.append("]}}\n]}}\n");
}

} // namespace Framewise
