// SPDX-License-Identifier: GPL-3.0-or-later
#include "clijson.h"

#include <cstring>

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

namespace {
// Writes at out the escaped form of [p, end) and returns the new end. out has room for 6 bytes per
// input byte (the longest escape, \u00XX).
char *writeEscaped(char *out, const char *p, const char *end)
{
    static constexpr char Hex[] = "0123456789abcdef";
    constexpr quint64 Ones = 0x0101010101010101ULL;
    constexpr quint64 Highs = 0x8080808080808080ULL;
    while (p < end) {
        // Eight bytes at a time while none is below 0x20, '"' or '\\' (a flood of JSON or text).
        while (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            const quint64 below = (word - Ones * 0x20) & ~word;
            const quint64 quote = ((word ^ (Ones * '"')) - Ones) & ~(word ^ (Ones * '"'));
            const quint64 slash = ((word ^ (Ones * '\\')) - Ones) & ~(word ^ (Ones * '\\'));
            if ((below | quote | slash) & Highs)
                break;
            std::memcpy(out, p, 8);
            out += 8;
            p += 8;
        }
        if (p >= end)
            break;
        const auto c = static_cast<unsigned char>(*p++);
        if (c >= 0x20 && c != '"' && c != '\\') {
            *out++ = char(c);
            continue;
        }
        *out++ = '\\';
        switch (c) {
        case '"':
        case '\\':
            *out++ = char(c);
            break;
        case '\n':
            *out++ = 'n';
            break;
        case '\r':
            *out++ = 'r';
            break;
        case '\t':
            *out++ = 't';
            break;
        case '\b':
            *out++ = 'b';
            break;
        case '\f':
            *out++ = 'f';
            break;
        default:
            *out++ = 'u';
            *out++ = '0';
            *out++ = '0';
            *out++ = Hex[c >> 4];
            *out++ = Hex[c & 0xF];
        }
    }
    return out;
}

char *writeText(char *out, const char *text, qsizetype size)
{
    std::memcpy(out, text, std::size_t(size));
    return out + size;
}

char *writeNumber(char *out, qint64 value)
{
    char digits[20];
    int n = 0;
    auto rest = quint64(value < 0 ? 0 : value); // sizes only
    do {
        digits[n++] = char('0' + rest % 10);
        rest /= 10;
    } while (rest > 0);
    while (n > 0)
        *out++ = digits[--n];
    return out;
}

template <qsizetype N> char *writeLiteral(char *out, const char (&text)[N])
{
    return writeText(out, text, N - 1);
}
} // namespace

void appendEscaped(QByteArray &out, const QByteArray &utf8)
{
    const qsizetype start = out.size();
    out.resize(start + 6 * utf8.size());
    char *end = writeEscaped(out.data() + start, utf8.constData(), utf8.constData() + utf8.size());
    out.resize(end - out.constData());
}

void appendMessageLine(QByteArray &out, const QByteArray &time, bool text, const QByteArray &payload)
{
    // QJsonDocument orders keys: base64, direction, event, opcode, size, text, time.
    const bool base64 = !text && !payload.isEmpty();
    const qsizetype payloadRoom = text ? 6 * payload.size() : (base64 ? 4 * (payload.size() / 3 + 1) : 0);
    const qsizetype start = out.size();
    out.resize(start + 128 + time.size() + payloadRoom);
    char *p = out.data() + start;
    p = writeLiteral(p, "{");
    if (base64) {
        p = writeLiteral(p, "\"base64\":\"");
        const QByteArray encoded = payload.toBase64();
        p = writeText(p, encoded.constData(), encoded.size());
        p = writeLiteral(p, "\",");
    }
    p = text ? writeLiteral(p, "\"direction\":\"in\",\"event\":\"message\",\"opcode\":\"text\",\"size\":")
             : writeLiteral(p, "\"direction\":\"in\",\"event\":\"message\",\"opcode\":\"binary\",\"size\":");
    p = writeNumber(p, payload.size());
    if (text) {
        p = writeLiteral(p, ",\"text\":\"");
        p = writeEscaped(p, payload.constData(), payload.constData() + payload.size());
        p = writeLiteral(p, "\"");
    }
    p = writeLiteral(p, ",\"time\":\"");
    p = writeText(p, time.constData(), time.size());
    p = writeLiteral(p, "\"}\n");
    out.resize(p - out.constData());
}

} // namespace Framewise::CliJson
