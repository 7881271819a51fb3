// SPDX-License-Identifier: GPL-3.0-or-later
#include "harexporter.h"

#include "handshaketext.h"
#include "jsontext.h"

#include <QUrl>
#include <QUrlQuery>

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

// "a=1; b=2" as HAR cookies; nothing for a redacted value.
QList<HandshakeText::Header> cookiesOf(const QList<HandshakeText::Header> &headers, QLatin1String name)
{
    QList<HandshakeText::Header> cookies;
    for (const HandshakeText::Header &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) != 0 || header.second == HandshakeText::redactedValue())
            continue;
        const QStringList parts = header.second.split(u';', Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            const qsizetype equals = part.indexOf(u'=');
            if (equals > 0)
                cookies.append({ part.left(equals).trimmed(), part.mid(equals + 1).trimmed() });
            if (name == QLatin1String("set-cookie"))
                break; // the attributes after the first pair are not cookies
        }
    }
    return cookies;
}
} // namespace

void HarExporter::writeBegin(const SessionInfo &info, qint64 count)
{
    Q_UNUSED(count);
    m_info = info;
    m_events.clear();
    m_messages = 0;
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

    QByteArray &out = m_out;
    out.append("{\"log\":{\"version\":\"1.2\",\"creator\":{\"name\":\"Framewise\",\"version\":\"" FRAMEWISE_VERSION
               "\"},\"pages\":[],\"entries\":[\n{\"startedDateTime\":");
    JsonText::appendString(out, JsonText::isoTime(info.startedUs, false));
    out.append(",\"time\":");
    JsonText::appendMilliseconds(out, waitMs);
    out.append(",\n\"request\":{\"method\":");
    JsonText::appendString(out, method);
    out.append(",\"url\":");
    JsonText::appendString(out, info.url);
    out.append(",\"httpVersion\":");
    JsonText::appendString(out, requestVersion);
    out.append(",\"cookies\":");
    appendNameValues(out, cookiesOf(request.headers, QLatin1String("cookie")));
    out.append(",\"headers\":");
    appendNameValues(out, request.headers);
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
    out.append(",\"cookies\":");
    appendNameValues(out, cookiesOf(response.headers, QLatin1String("set-cookie")));
    out.append(",\"headers\":");
    appendNameValues(out, response.headers);
    out.append(",\"content\":{\"size\":0,\"mimeType\":\"x-unknown\"},\"redirectURL\":");
    JsonText::appendString(out, headerValue(response.headers, QLatin1String("location")));
    out.append(",\"headersSize\":");
    JsonText::appendInteger(out, info.responseHeadersSize);
    out.append(",\"bodySize\":");
    out.append(status == 101 ? "0" : "-1");
    out.append(",\"_transferSize\":");
    JsonText::appendInteger(out, std::max<qint64>(info.responseHeadersSize, 0));
    out.append(",\"_error\":");
    if (status == 0 && !info.stopStatus.isEmpty())
        JsonText::appendString(out, info.stopStatus);
    else
        out.append("null");
    out.append(
        "},\n\"cache\":{},\"timings\":{\"blocked\":-1,\"dns\":-1,\"ssl\":-1,\"connect\":-1,\"send\":0,\"wait\":");
    JsonText::appendMilliseconds(out, waitMs);
    out.append(",\"receive\":0,\"_blocked_queueing\":-1},\n\"_resourceType\":\"websocket\",\"_webSocketMessages\":[");
}

void HarExporter::writeRecord(const LogEntry &entry)
{
    if (entry.kind == MessageRecord::Kind::Event) {
        m_events.push_back({ m_messages, entry.timeUs, QByteArray(entry.payload.constData(), entry.payload.size()) });
        return;
    }
    const bool text = entry.kind == MessageRecord::Kind::Text;
    QByteArray repaired;
    const QByteArrayView data = text ? JsonText::validUtf8(entry.payload, &repaired) : QByteArrayView(entry.payload);
    const qsizetype dataBound = text ? JsonText::escapedBound(data) : JsonText::base64Bound(data.size()) + 2;
    char *p = JsonText::begin(m_out, 128 + dataBound);
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
    if (entry.payloadOmitted) {
        p = JsonText::writeLiteral(p, ",\"_omitted\":true,\"_size\":");
        p = JsonText::writeInteger(p, entry.payloadSize);
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
    out.append(",\"events\":[");
    for (std::size_t i = 0; i < m_events.size(); ++i) {
        out.append(i == 0 ? "\n{\"before\":" : ",\n{\"before\":");
        JsonText::appendInteger(out, m_events[i].before);
        out.append(",\"time\":");
        JsonText::appendSeconds(out, m_events[i].timeUs);
        out.append(",\"text\":");
        JsonText::appendString(out, QByteArrayView(m_events[i].text));
        out.append('}');
    }
    out.append("]}}\n]}}\n");
}

} // namespace Framewise
