// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontext.h"

#include <QDateTime>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace Framewise {

namespace {
bool isAscii(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

// Formatting a date is slow; messages arrive many per second, so the seconds part is cached.
struct SecondCache {
    qint64 second = -1;
    char text[20] = {}; // "2024-05-01T12:00:00"
};
thread_local SecondCache secondCache;

char *writePadded(char *p, qint64 value, int width)
{
    char digits[24];
    auto [end, ec] = std::to_chars(digits, digits + sizeof(digits), value);
    const int length = int(end - digits);
    for (int i = length; i < width; ++i)
        *p++ = '0';
    std::memcpy(p, digits, std::size_t(length));
    return p + length;
}
} // namespace

char *JsonText::begin(QByteArray &out, qsizetype maxBytes)
{
    const qsizetype size = out.size();
    if (out.capacity() < size + maxBytes)
        out.reserve(std::max(out.capacity() * 2, size + maxBytes));
    out.resize(size + maxBytes);
    return out.data() + size;
}

QByteArrayView JsonText::validUtf8(QByteArrayView utf8, QByteArray *repaired)
{
    if (isAscii(utf8) || utf8.isValidUtf8())
        return utf8;
    *repaired = QString::fromUtf8(utf8).toUtf8();
    return *repaired;
}

qsizetype JsonText::escapedBound(QByteArrayView utf8)
{
    if (utf8.size() <= 4096)
        return 6 * utf8.size() + 2;
    qsizetype length = 2;
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        length += u >= 0x20 && u != '"' && u != '\\'                                                   ? 1
            : (u == '"' || u == '\\' || u == '\n' || u == '\r' || u == '\t' || u == '\b' || u == '\f') ? 2
                                                                                                       : 6;
    }
    return length;
}

char *JsonText::writeString(char *p, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    *p++ = '"';
    const char *data = utf8.data();
    const qsizetype size = utf8.size();
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        std::memcpy(p, data + runStart, std::size_t(i - runStart));
        p += i - runStart;
        runStart = i + 1;
        *p++ = '\\';
        switch (c) {
        case '"':
            *p++ = '"';
            break;
        case '\\':
            *p++ = '\\';
            break;
        case '\n':
            *p++ = 'n';
            break;
        case '\r':
            *p++ = 'r';
            break;
        case '\t':
            *p++ = 't';
            break;
        case '\b':
            *p++ = 'b';
            break;
        case '\f':
            *p++ = 'f';
            break;
        default:
            *p++ = 'u';
            *p++ = '0';
            *p++ = '0';
            *p++ = hex[c >> 4];
            *p++ = hex[c & 0xf];
        }
    }
    if (size > runStart) { // an empty view may have no data at all, and memcpy must not get null
        std::memcpy(p, data + runStart, std::size_t(size - runStart));
        p += size - runStart;
    }
    *p++ = '"';
    return p;
}

char *JsonText::writeInteger(char *p, qint64 value)
{
    return std::to_chars(p, p + IntegerBound, value).ptr;
}

char *JsonText::writeSeconds(char *p, qint64 us)
{
    if (us < 0)
        us = 0;
    p = writeInteger(p, us / 1000000);
    *p++ = '.';
    return writePadded(p, us % 1000000, 6);
}

char *JsonText::writeIsoTime(char *p, qint64 us, bool withMicroseconds)
{
    if (us < 0)
        us = 0;
    const qint64 second = us / 1000000;
    if (secondCache.second != second) {
        const QByteArray text
            = QDateTime::fromSecsSinceEpoch(second, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1();
        std::memcpy(secondCache.text, text.constData(), std::min<std::size_t>(std::size_t(text.size()), 19));
        secondCache.second = second;
    }
    std::memcpy(p, secondCache.text, 19);
    p += 19;
    *p++ = '.';
    p = withMicroseconds ? writePadded(p, us % 1000000, 6) : writePadded(p, (us % 1000000) / 1000, 3);
    *p++ = 'Z';
    return p;
}

char *JsonText::writeBase64(char *p, QByteArrayView bytes)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const auto *in = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    for (; i + 2 < size; i += 3) {
        const unsigned v = (unsigned(in[i]) << 16) | (unsigned(in[i + 1]) << 8) | in[i + 2];
        *p++ = alphabet[(v >> 18) & 63];
        *p++ = alphabet[(v >> 12) & 63];
        *p++ = alphabet[(v >> 6) & 63];
        *p++ = alphabet[v & 63];
    }
    if (i < size) {
        unsigned v = unsigned(in[i]) << 16;
        if (i + 1 < size)
            v |= unsigned(in[i + 1]) << 8;
        *p++ = alphabet[(v >> 18) & 63];
        *p++ = alphabet[(v >> 12) & 63];
        *p++ = i + 1 < size ? alphabet[(v >> 6) & 63] : '=';
        *p++ = '=';
    }
    return p;
}

void JsonText::appendString(QByteArray &out, QByteArrayView utf8)
{
    QByteArray repaired;
    const QByteArrayView valid = validUtf8(utf8, &repaired);
    end(out, writeString(begin(out, escapedBound(valid)), valid));
}

void JsonText::appendString(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    end(out, writeString(begin(out, escapedBound(utf8)), utf8));
}

void JsonText::appendInteger(QByteArray &out, qint64 value)
{
    end(out, writeInteger(begin(out, IntegerBound), value));
}

void JsonText::appendMilliseconds(QByteArray &out, double ms)
{
    // Unknown: negative, NaN, or too large for the qint64 of thousandths below (also infinity).
    if (!(ms >= 0 && ms < 1e15)) {
        out.append("-1", 2);
        return;
    }
    const auto thousandths = qint64(std::llround(ms * 1000.0));
    char *p = begin(out, TimeBound);
    p = writeInteger(p, thousandths / 1000);
    *p++ = '.';
    end(out, writePadded(p, thousandths % 1000, 3));
}

void JsonText::appendSeconds(QByteArray &out, qint64 us)
{
    end(out, writeSeconds(begin(out, TimeBound), us));
}

void JsonText::appendIsoTime(QByteArray &out, qint64 us, bool withMicroseconds)
{
    end(out, writeIsoTime(begin(out, TimeBound), us, withMicroseconds));
}

QString JsonText::isoTime(qint64 us, bool withMicroseconds)
{
    QByteArray out;
    appendIsoTime(out, us, withMicroseconds);
    return QString::fromLatin1(out);
}

void JsonText::appendBase64(QByteArray &out, QByteArrayView bytes)
{
    end(out, writeBase64(begin(out, base64Bound(bytes.size())), bytes));
}

} // namespace Framewise
