// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstring>

namespace Framewise {

// Hand-written JSON for the streaming exporters: a million messages are appended to a buffer
// one by one instead of being built as a QJsonDocument first.
//
// The write* functions put text at p and return the end; the caller makes room first (the
// bound each needs is given). They are what the exporters' per-message paths use: one capacity
// check per message instead of one per piece. The append* functions are the convenient form.
class JsonText {
public:
    static constexpr qsizetype IntegerBound = 20;
    static constexpr qsizetype TimeBound = 32; // seconds or an ISO time
    // Room writeString() needs, quotes included: 6 bytes per byte for short strings, counted
    // exactly for long ones (a 100 MiB message must not reserve 600 MiB).
    static qsizetype escapedBound(QByteArrayView utf8);
    static qsizetype base64Bound(qsizetype bytes) { return (bytes + 2) / 3 * 4; }

    template <qsizetype N> static char *writeLiteral(char *p, const char (&text)[N])
    {
        std::memcpy(p, text, N - 1);
        return p + N - 1;
    }
    // valid UTF-8 (QByteArrayView::isValidUtf8()), quoted and escaped.
    static char *writeString(char *p, QByteArrayView utf8);
    static char *writeInteger(char *p, qint64 value);
    static char *writeSeconds(char *p, qint64 us);
    static char *writeIsoTime(char *p, qint64 us, bool withMicroseconds);
    static char *writeBase64(char *p, QByteArrayView bytes);
    // utf8 itself when valid, else a copy in which invalid sequences became U+FFFD.
    static QByteArrayView validUtf8(QByteArrayView utf8, QByteArray *repaired);

    // A quoted JSON string from UTF-8 bytes; invalid UTF-8 becomes U+FFFD.
    static void appendString(QByteArray &out, QByteArrayView utf8);
    static void appendString(QByteArray &out, const QString &text);
    static void appendInteger(QByteArray &out, qint64 value);
    static void appendMilliseconds(QByteArray &out, double ms); // 3 decimals; unknown (< 0, NaN, >= 1e15) as -1
    // Seconds since the Unix epoch with 6 decimals ("1700000000.123456"): exact for microseconds.
    static void appendSeconds(QByteArray &out, qint64 us);
    // "2024-05-01T12:00:00.123Z" (withMicroseconds: ".123456Z"), UTC.
    static void appendIsoTime(QByteArray &out, qint64 us, bool withMicroseconds);
    static QString isoTime(qint64 us, bool withMicroseconds);
    static void appendBase64(QByteArray &out, QByteArrayView bytes);

    // Room for maxBytes more at the end of out; returns where to write. end() sets the size.
    static char *begin(QByteArray &out, qsizetype maxBytes);
    static void end(QByteArray &out, const char *p) { out.resize(p - out.constData()); }
};

} // namespace Framewise
