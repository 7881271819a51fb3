// SPDX-License-Identifier: GPL-3.0-or-later
// Utf8Validator against Markus Kuhn's UTF-8 decoder stress test (byte sequences written out here)
// and against an exhaustive sweep of short inputs checked with a table-driven reference. Every
// invalid case asserts the exact offset at which a fail-fast validator must stop.
#include "utf8validator.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <QTest>

using namespace Framewise;

namespace {

// Verdicts in the data tables.
constexpr qint64 Valid = -1; // complete and valid
constexpr qint64 Truncated = -2; // valid so far, but ends inside a sequence

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    for (int v : values)
        out.append(char(v));
    return out;
}

// RFC 3629 section 4 table, written as ranges per position: the verdict a fail-fast validator
// must reach for s (Valid, Truncated, or the offset of the first byte that cannot belong).
qint64 referenceVerdict(const char *s, qsizetype n)
{
    qsizetype i = 0;
    while (i < n) {
        const auto c = quint8(s[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        int tail = 0;
        quint8 lo = 0x80;
        quint8 hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            tail = 1;
        } else if (c == 0xE0) {
            tail = 2;
            lo = 0xA0;
        } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
            tail = 2;
        } else if (c == 0xED) {
            tail = 2;
            hi = 0x9F;
        } else if (c == 0xF0) {
            tail = 3;
            lo = 0x90;
        } else if (c >= 0xF1 && c <= 0xF3) {
            tail = 3;
        } else if (c == 0xF4) {
            tail = 3;
            hi = 0x8F;
        } else {
            return i; // 80..C1, F5..FF never start a sequence
        }
        for (int k = 1; k <= tail; ++k) {
            if (i + k >= n)
                return Truncated;
            const auto d = quint8(s[i + k]);
            const quint8 l = k == 1 ? lo : quint8(0x80);
            const quint8 h = k == 1 ? hi : quint8(0xBF);
            if (d < l || d > h)
                return i + k;
        }
        i += tail + 1;
    }
    return Valid;
}

// What a validator reports after being fed, as one comparable value.
qint64 verdictOf(const Utf8Validator &v)
{
    if (v.hasFailed())
        return v.failureOffset();
    return v.isComplete() ? Valid : Truncated;
}

// Feeds n bytes to a fresh validator and compares its verdict with the RFC 3629 table: an empty
// string, or the bytes in hex with both verdicts.
QString verdictMismatch(const char *buf, qsizetype n)
{
    Utf8Validator v;
    v.feed(buf, n);
    const qint64 expected = referenceVerdict(buf, n);
    if (verdictOf(v) == expected)
        return {};
    QString bytes;
    for (qsizetype i = 0; i < n; ++i)
        bytes += QStringLiteral("%1 ").arg(uchar(buf[i]), 2, 16);
    return QStringLiteral("%1: got %2, expected %3").arg(bytes.trimmed()).arg(verdictOf(v)).arg(expected);
}

QByteArray encode(char32_t cp)
{
    QByteArray out;
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
    return out;
}

} // namespace

class TestUtf8Validator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void kuhn_data();
    void kuhn();
    void kuhnWithPrefix_data() { kuhn_data(); }
    void kuhnWithPrefix();
    void kuhnSplitAtEveryPosition_data() { kuhn_data(); }
    void kuhnSplitAtEveryPosition();
    void kuhnSplitInThree_data() { kuhn_data(); }
    void kuhnSplitInThree();
    void kuhnByteByByte_data() { kuhn_data(); }
    void kuhnByteByByte();
    void freshAndEmpty();
    void failureIsSticky();
    void reset();
    void offsetCountsAcrossFeeds();
    void asciiFastPathEveryPosition();
    void everyCodePointIsValid();
    void everySurrogateFailsAtSecondByte();
    void exhaustiveShortInputs();
    void fourByteSweep();
    void isValidLargeBuffers();
    void largeMixedBufferInChunks();
};

void TestUtf8Validator::kuhn_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("verdict");

    // 1. Some correct UTF-8 text: "κόσμε".
    QTest::newRow("1 kosme") << bytes({ 0xCE, 0xBA, 0xE1, 0xBD, 0xB9, 0xCF, 0x83, 0xCE, 0xBC, 0xCE, 0xB5 }) << Valid;

    // 2.1 First possible sequence of a certain length.
    QTest::newRow("2.1.1 U+0000") << bytes({ 0x00 }) << Valid;
    QTest::newRow("2.1.2 U+0080") << bytes({ 0xC2, 0x80 }) << Valid;
    QTest::newRow("2.1.3 U+0800") << bytes({ 0xE0, 0xA0, 0x80 }) << Valid;
    QTest::newRow("2.1.4 U+10000") << bytes({ 0xF0, 0x90, 0x80, 0x80 }) << Valid;
    QTest::newRow("2.1.5 5-byte U+200000") << bytes({ 0xF8, 0x88, 0x80, 0x80, 0x80 }) << qint64(0);
    QTest::newRow("2.1.6 6-byte U+4000000") << bytes({ 0xFC, 0x84, 0x80, 0x80, 0x80, 0x80 }) << qint64(0);

    // 2.2 Last possible sequence of a certain length.
    QTest::newRow("2.2.1 U+007F") << bytes({ 0x7F }) << Valid;
    QTest::newRow("2.2.2 U+07FF") << bytes({ 0xDF, 0xBF }) << Valid;
    QTest::newRow("2.2.3 U+FFFF") << bytes({ 0xEF, 0xBF, 0xBF }) << Valid;
    QTest::newRow("2.2.4 4-byte U+1FFFFF") << bytes({ 0xF7, 0xBF, 0xBF, 0xBF }) << qint64(0);
    QTest::newRow("2.2.5 5-byte U+3FFFFFF") << bytes({ 0xFB, 0xBF, 0xBF, 0xBF, 0xBF }) << qint64(0);
    QTest::newRow("2.2.6 6-byte U+7FFFFFFF") << bytes({ 0xFD, 0xBF, 0xBF, 0xBF, 0xBF, 0xBF }) << qint64(0);

    // 2.3 Other boundary conditions.
    QTest::newRow("2.3.1 U+D7FF") << bytes({ 0xED, 0x9F, 0xBF }) << Valid;
    QTest::newRow("2.3.2 U+E000") << bytes({ 0xEE, 0x80, 0x80 }) << Valid;
    QTest::newRow("2.3.3 U+FFFD") << bytes({ 0xEF, 0xBF, 0xBD }) << Valid;
    QTest::newRow("2.3.4 U+10FFFF") << bytes({ 0xF4, 0x8F, 0xBF, 0xBF }) << Valid;
    QTest::newRow("2.3.5 U+110000") << bytes({ 0xF4, 0x90, 0x80, 0x80 }) << qint64(1);
    QTest::newRow("U+140000 via F5") << bytes({ 0xF5, 0x80, 0x80, 0x80 }) << qint64(0);

    // 3.1 Unexpected continuation bytes.
    QTest::newRow("3.1.1 80") << bytes({ 0x80 }) << qint64(0);
    QTest::newRow("3.1.2 BF") << bytes({ 0xBF }) << qint64(0);
    QTest::newRow("3.1.3 80 BF") << bytes({ 0x80, 0xBF }) << qint64(0);
    QTest::newRow("3.1.4 80 BF 80") << bytes({ 0x80, 0xBF, 0x80 }) << qint64(0);
    QTest::newRow("3.1.x a 80") << bytes({ 0x61, 0x80 }) << qint64(1);
    QTest::newRow("3.1.x 2-byte then extra continuation") << bytes({ 0xC2, 0x80, 0x80 }) << qint64(2);
    QTest::newRow("3.1.x 4-byte then extra continuation") << bytes({ 0xF0, 0x90, 0x80, 0x80, 0xBF }) << qint64(4);
    {
        QByteArray all;
        for (int c = 0x80; c <= 0xBF; ++c)
            all.append(char(c));
        QTest::newRow("3.1.9 all 64 continuation bytes") << all << qint64(0);
    }

    // 3.2 Lonely start characters (each followed by a space).
    QTest::newRow("3.2.1 C0 space") << bytes({ 0xC0, 0x20 }) << qint64(0);
    QTest::newRow("3.2.1 C1 space") << bytes({ 0xC1, 0x20 }) << qint64(0);
    QTest::newRow("3.2.1 C2 space") << bytes({ 0xC2, 0x20 }) << qint64(1);
    QTest::newRow("3.2.1 DF space") << bytes({ 0xDF, 0x20 }) << qint64(1);
    QTest::newRow("3.2.2 E0 space") << bytes({ 0xE0, 0x20 }) << qint64(1);
    QTest::newRow("3.2.2 EF space") << bytes({ 0xEF, 0x20 }) << qint64(1);
    QTest::newRow("3.2.3 F0 space") << bytes({ 0xF0, 0x20 }) << qint64(1);
    QTest::newRow("3.2.3 F4 space") << bytes({ 0xF4, 0x20 }) << qint64(1);
    QTest::newRow("3.2.3 F7 space") << bytes({ 0xF7, 0x20 }) << qint64(0);
    QTest::newRow("3.2.4 F8 space") << bytes({ 0xF8, 0x20 }) << qint64(0);
    QTest::newRow("3.2.5 FC space") << bytes({ 0xFC, 0x20 }) << qint64(0);
    QTest::newRow("3.2.x C2 C2 80") << bytes({ 0xC2, 0xC2, 0x80 }) << qint64(1);

    // 3.3 Sequences with the last continuation byte missing, at the end of the input: nothing is
    // wrong yet (more may come), but the input does not end on a character boundary.
    QTest::newRow("3.3.2 U+07FF last byte missing") << bytes({ 0xDF }) << Truncated;
    QTest::newRow("3.3.3 U+FFFF last byte missing") << bytes({ 0xEF, 0xBF }) << Truncated;
    QTest::newRow("3.3.x U+0800 last byte missing") << bytes({ 0xE0, 0xA0 }) << Truncated;
    QTest::newRow("3.3.x U+10000 last byte missing") << bytes({ 0xF0, 0x90, 0x80 }) << Truncated;
    QTest::newRow("3.3.x U+10FFFF last byte missing") << bytes({ 0xF4, 0x8F, 0xBF }) << Truncated;
    QTest::newRow("3.3.x only a 4-byte lead") << bytes({ 0xF1 }) << Truncated;
    QTest::newRow("3.3.x kosme then E1 BD") << bytes({ 0xCE, 0xBA, 0xE1, 0xBD }) << Truncated;
    // The same cases of Kuhn's that start with an impossible or overlong prefix fail outright.
    QTest::newRow("3.3.1 C0 (overlong U+0000, last byte missing)") << bytes({ 0xC0 }) << qint64(0);
    QTest::newRow("3.3.2' E0 80 (overlong, last byte missing)") << bytes({ 0xE0, 0x80 }) << qint64(1);
    QTest::newRow("3.3.3' F0 80 80 (overlong, last byte missing)") << bytes({ 0xF0, 0x80, 0x80 }) << qint64(1);
    QTest::newRow("3.3.4 F8 80 80 80") << bytes({ 0xF8, 0x80, 0x80, 0x80 }) << qint64(0);
    QTest::newRow("3.3.5 FC 80 80 80 80") << bytes({ 0xFC, 0x80, 0x80, 0x80, 0x80 }) << qint64(0);
    QTest::newRow("3.3.8 F7 BF BF") << bytes({ 0xF7, 0xBF, 0xBF }) << qint64(0);
    // A sequence with its last byte missing, followed by more text.
    QTest::newRow("3.3.x DF then a") << bytes({ 0xDF, 0x61 }) << qint64(1);
    QTest::newRow("3.3.x EF BF then a") << bytes({ 0xEF, 0xBF, 0x61 }) << qint64(2);
    QTest::newRow("3.3.x F4 8F BF then a") << bytes({ 0xF4, 0x8F, 0xBF, 0x61 }) << qint64(3);

    // 3.4 Concatenation of incomplete sequences.
    QTest::newRow("3.4 DF EF BF F4 8F BF") << bytes({ 0xDF, 0xEF, 0xBF, 0xF4, 0x8F, 0xBF }) << qint64(1);
    QTest::newRow("3.4 all of 3.3") << bytes({ 0xC0, 0xE0, 0x80, 0xF0, 0x80, 0x80, 0xF8, 0x80, 0x80, 0x80, 0xFC, 0x80,
        0x80, 0x80, 0x80, 0xDF, 0xEF, 0xBF, 0xF7, 0xBF, 0xBF })
                                    << qint64(0);

    // 3.5 Impossible bytes.
    QTest::newRow("3.5.1 FE") << bytes({ 0xFE }) << qint64(0);
    QTest::newRow("3.5.2 FF") << bytes({ 0xFF }) << qint64(0);
    QTest::newRow("3.5.3 FE FE FF FF") << bytes({ 0xFE, 0xFE, 0xFF, 0xFF }) << qint64(0);
    QTest::newRow("3.5.x a b FE") << bytes({ 0x61, 0x62, 0xFE }) << qint64(2);
    QTest::newRow("3.5.x C2 FF (impossible continuation)") << bytes({ 0xC2, 0xFF }) << qint64(1);

    // 4.1 Overlong representations of '/'.
    QTest::newRow("4.1.1 C0 AF") << bytes({ 0xC0, 0xAF }) << qint64(0);
    QTest::newRow("4.1.2 E0 80 AF") << bytes({ 0xE0, 0x80, 0xAF }) << qint64(1);
    QTest::newRow("4.1.3 F0 80 80 AF") << bytes({ 0xF0, 0x80, 0x80, 0xAF }) << qint64(1);
    QTest::newRow("4.1.4 F8 80 80 80 AF") << bytes({ 0xF8, 0x80, 0x80, 0x80, 0xAF }) << qint64(0);
    QTest::newRow("4.1.5 FC 80 80 80 80 AF") << bytes({ 0xFC, 0x80, 0x80, 0x80, 0x80, 0xAF }) << qint64(0);

    // 4.2 Maximum overlong sequences.
    QTest::newRow("4.2.1 C1 BF (U+007F)") << bytes({ 0xC1, 0xBF }) << qint64(0);
    QTest::newRow("4.2.2 E0 9F BF (U+07FF)") << bytes({ 0xE0, 0x9F, 0xBF }) << qint64(1);
    QTest::newRow("4.2.3 F0 8F BF BF (U+FFFF)") << bytes({ 0xF0, 0x8F, 0xBF, 0xBF }) << qint64(1);
    QTest::newRow("4.2.4 F8 87 BF BF BF") << bytes({ 0xF8, 0x87, 0xBF, 0xBF, 0xBF }) << qint64(0);
    QTest::newRow("4.2.5 FC 83 BF BF BF BF") << bytes({ 0xFC, 0x83, 0xBF, 0xBF, 0xBF, 0xBF }) << qint64(0);

    // 4.3 Overlong representations of NUL.
    QTest::newRow("4.3.1 C0 80") << bytes({ 0xC0, 0x80 }) << qint64(0);
    QTest::newRow("4.3.2 E0 80 80") << bytes({ 0xE0, 0x80, 0x80 }) << qint64(1);
    QTest::newRow("4.3.3 F0 80 80 80") << bytes({ 0xF0, 0x80, 0x80, 0x80 }) << qint64(1);
    QTest::newRow("4.3.4 F8 80 80 80 80") << bytes({ 0xF8, 0x80, 0x80, 0x80, 0x80 }) << qint64(0);
    QTest::newRow("4.3.5 FC 80 80 80 80 80") << bytes({ 0xFC, 0x80, 0x80, 0x80, 0x80, 0x80 }) << qint64(0);

    // 5.1 Single UTF-16 surrogates.
    QTest::newRow("5.1.1 U+D800") << bytes({ 0xED, 0xA0, 0x80 }) << qint64(1);
    QTest::newRow("5.1.2 U+DB7F") << bytes({ 0xED, 0xAD, 0xBF }) << qint64(1);
    QTest::newRow("5.1.3 U+DB80") << bytes({ 0xED, 0xAE, 0x80 }) << qint64(1);
    QTest::newRow("5.1.4 U+DBFF") << bytes({ 0xED, 0xAF, 0xBF }) << qint64(1);
    QTest::newRow("5.1.5 U+DC00") << bytes({ 0xED, 0xB0, 0x80 }) << qint64(1);
    QTest::newRow("5.1.6 U+DF80") << bytes({ 0xED, 0xBE, 0x80 }) << qint64(1);
    QTest::newRow("5.1.7 U+DFFF") << bytes({ 0xED, 0xBF, 0xBF }) << qint64(1);
    QTest::newRow("5.1.x ab U+D800") << bytes({ 0x61, 0x62, 0xED, 0xA0, 0x80 }) << qint64(3);

    // 5.2 Paired UTF-16 surrogates (CESU-8 style).
    QTest::newRow("5.2.1 U+D800 U+DC00") << bytes({ 0xED, 0xA0, 0x80, 0xED, 0xB0, 0x80 }) << qint64(1);
    QTest::newRow("5.2.2 U+D800 U+DFFF") << bytes({ 0xED, 0xA0, 0x80, 0xED, 0xBF, 0xBF }) << qint64(1);
    QTest::newRow("5.2.3 U+DB7F U+DC00") << bytes({ 0xED, 0xAD, 0xBF, 0xED, 0xB0, 0x80 }) << qint64(1);
    QTest::newRow("5.2.4 U+DB7F U+DFFF") << bytes({ 0xED, 0xAD, 0xBF, 0xED, 0xBF, 0xBF }) << qint64(1);
    QTest::newRow("5.2.5 U+DB80 U+DC00") << bytes({ 0xED, 0xAE, 0x80, 0xED, 0xB0, 0x80 }) << qint64(1);
    QTest::newRow("5.2.6 U+DB80 U+DFFF") << bytes({ 0xED, 0xAE, 0x80, 0xED, 0xBF, 0xBF }) << qint64(1);
    QTest::newRow("5.2.7 U+DBFF U+DC00") << bytes({ 0xED, 0xAF, 0xBF, 0xED, 0xB0, 0x80 }) << qint64(1);
    QTest::newRow("5.2.8 U+DBFF U+DFFF") << bytes({ 0xED, 0xAF, 0xBF, 0xED, 0xBF, 0xBF }) << qint64(1);

    // 5.3 Noncharacters are valid UTF-8.
    QTest::newRow("5.3.1 U+FFFE") << bytes({ 0xEF, 0xBF, 0xBE }) << Valid;
    QTest::newRow("5.3.2 U+FFFF") << bytes({ 0xEF, 0xBF, 0xBF }) << Valid;
    QTest::newRow("5.3.3 U+FDD0..U+FDEF") << bytes({ 0xEF, 0xB7, 0x90, 0xEF, 0xB7, 0xAF }) << Valid;
    QTest::newRow("5.3.4 U+1FFFE U+10FFFE U+10FFFF")
        << bytes({ 0xF0, 0x9F, 0xBF, 0xBE, 0xF4, 0x8F, 0xBF, 0xBE, 0xF4, 0x8F, 0xBF, 0xBF }) << Valid;

    // Everything else worth pinning down.
    QTest::newRow("empty") << QByteArray() << Valid;
    QTest::newRow("ascii") << QByteArrayLiteral("Hello, world! 0123456789") << Valid;
    QTest::newRow("NUL bytes") << QByteArray(17, '\0') << Valid;
    QTest::newRow("mixed 1..4 bytes") << QByteArrayLiteral("a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80z") << Valid;
    QTest::newRow("ED 9F then A0 (third byte fine, then stray)") << bytes({ 0xED, 0x9F, 0xBF, 0xA0 }) << qint64(3);
    QTest::newRow("F4 8F BF C0") << bytes({ 0xF4, 0x8F, 0xBF, 0xC0 }) << qint64(3);
    QTest::newRow("F0 90 7F (ascii inside sequence)") << bytes({ 0xF0, 0x90, 0x7F }) << qint64(2);
    QTest::newRow("E1 C0 (lead inside sequence)") << bytes({ 0xE1, 0xC0 }) << qint64(1);
    QTest::newRow("F3 BF BF BF (U+FFFFF)") << bytes({ 0xF3, 0xBF, 0xBF, 0xBF }) << Valid;
}

void TestUtf8Validator::kuhn()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, verdict);
    QCOMPARE(referenceVerdict(input.constData(), input.size()), verdict); // the table agrees with itself

    Utf8Validator v;
    const bool ok = v.feed(input.constData(), input.size());
    QCOMPARE(ok, verdict < 0);
    QCOMPARE(v.hasFailed(), verdict >= 0);
    QCOMPARE(v.isComplete(), verdict == Valid);
    QCOMPARE(v.failureOffset(), verdict >= 0 ? verdict : qint64(-1));
    QCOMPARE(Utf8Validator::isValid(input.constData(), input.size()), verdict == Valid);
}

void TestUtf8Validator::kuhnWithPrefix()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, verdict);
    // Prefixes of several lengths (so the bad byte lands on every word alignment) shift the offset.
    for (int prefixLength : { 1, 3, 7, 8, 9, 15, 16, 17, 31, 64 }) {
        QByteArray prefix;
        for (int i = 0; i < prefixLength; ++i)
            prefix.append(i % 3 == 0 ? QByteArrayLiteral("\xc3\xa9") : QByteArray(1, char('a' + i % 26)));
        const QByteArray whole = prefix + input;
        Utf8Validator v;
        QCOMPARE(v.feed(whole.constData(), whole.size()), verdict < 0);
        QCOMPARE(verdictOf(v), verdict >= 0 ? verdict + prefix.size() : verdict);
        // Also with an ASCII suffix: a truncated sequence followed by ASCII fails at the suffix.
        const QByteArray withSuffix = whole + QByteArrayLiteral("xyz");
        Utf8Validator w;
        w.feed(withSuffix.constData(), withSuffix.size());
        const qint64 expected = verdict >= 0 ? verdict + prefix.size() : (verdict == Truncated ? whole.size() : Valid);
        QCOMPARE(verdictOf(w), expected);
        QCOMPARE(Utf8Validator::isValid(withSuffix.constData(), withSuffix.size()), expected == Valid);
    }
}

void TestUtf8Validator::kuhnSplitAtEveryPosition()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, verdict);
    for (qsizetype k = 0; k <= input.size(); ++k) {
        Utf8Validator v;
        const bool first = v.feed(input.constData(), k);
        QCOMPARE(first, verdict < 0 || verdict >= k);
        const bool second = v.feed(input.constData() + k, input.size() - k);
        QCOMPARE(second, verdict < 0);
        QCOMPARE(verdictOf(v), verdict);
    }
}

void TestUtf8Validator::kuhnSplitInThree()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, verdict);
    for (qsizetype i = 0; i <= input.size(); ++i) {
        for (qsizetype j = i; j <= input.size(); ++j) {
            Utf8Validator v;
            v.feed(input.constData(), i);
            v.feed(input.constData() + i, j - i);
            v.feed(input.constData() + j, input.size() - j);
            QCOMPARE(verdictOf(v), verdict);
        }
    }
}

void TestUtf8Validator::kuhnByteByByte()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, verdict);
    Utf8Validator v;
    for (qsizetype i = 0; i < input.size(); ++i) {
        const bool ok = v.feed(input.constData() + i, 1);
        // Fail fast: false exactly from the bad byte on, never earlier, never later.
        QCOMPARE(ok, verdict < 0 || i < verdict);
        if (verdict >= 0 && i >= verdict)
            QCOMPARE(v.failureOffset(), verdict);
    }
    QCOMPARE(verdictOf(v), verdict);
}

void TestUtf8Validator::freshAndEmpty()
{
    Utf8Validator v;
    QVERIFY(v.isComplete());
    QVERIFY(!v.hasFailed());
    QCOMPARE(v.failureOffset(), qint64(-1));
    QVERIFY(v.feed("", 0));
    QVERIFY(v.feed(nullptr, 0));
    QVERIFY(v.isComplete());
    QCOMPARE(v.failureOffset(), qint64(-1));
    QVERIFY(Utf8Validator::isValid("", 0));
    QVERIFY(Utf8Validator::isValid(nullptr, 0));

    // An empty feed in the middle of a sequence changes nothing.
    QVERIFY(v.feed("\xe2", 1));
    QVERIFY(!v.isComplete());
    QVERIFY(v.feed("", 0));
    QVERIFY(!v.isComplete());
    QVERIFY(!v.hasFailed());
    QVERIFY(v.feed("\x82\xac", 2));
    QVERIFY(v.isComplete());
}

void TestUtf8Validator::failureIsSticky()
{
    Utf8Validator v;
    QVERIFY(v.feed("ab", 2));
    QVERIFY(!v.feed("c\xff", 2));
    QCOMPARE(v.failureOffset(), qint64(3));
    // Valid input after a failure does not revive the validator or move the offset.
    QVERIFY(!v.feed("xyz", 3));
    QVERIFY(!v.feed("", 0));
    QVERIFY(v.hasFailed());
    QVERIFY(!v.isComplete());
    QCOMPARE(v.failureOffset(), qint64(3));
}

void TestUtf8Validator::reset()
{
    Utf8Validator v;
    QVERIFY(!v.feed("abc\xc0\xaf", 5));
    QCOMPARE(v.failureOffset(), qint64(3));
    v.reset();
    QVERIFY(!v.hasFailed());
    QVERIFY(v.isComplete());
    QCOMPARE(v.failureOffset(), qint64(-1));
    // Offsets count from the reset again.
    QVERIFY(!v.feed("a\x80", 2));
    QCOMPARE(v.failureOffset(), qint64(1));

    // A reset in the middle of a sequence drops the pending sequence.
    v.reset();
    QVERIFY(v.feed("x\xf0\x9f", 3));
    QVERIFY(!v.isComplete());
    v.reset();
    QVERIFY(v.isComplete());
    QVERIFY(!v.feed("\x98", 1)); // a continuation byte is now unexpected
    QCOMPARE(v.failureOffset(), qint64(0));
    v.reset();
    QVERIFY(v.feed("ok", 2));
    QVERIFY(v.isComplete());
}

void TestUtf8Validator::offsetCountsAcrossFeeds()
{
    Utf8Validator v;
    const QByteArray chunk(1000, 'a');
    for (int i = 0; i < 1000; ++i)
        QVERIFY(v.feed(chunk.constData(), chunk.size()));
    QVERIFY(v.feed("\xc3", 1)); // offset 1000000
    QVERIFY(v.feed("\xa9\xe2\x82", 3)); // 1000001..1000003
    QVERIFY(!v.isComplete());
    QVERIFY(!v.feed("\xac"
                    "abc\xed\xbf\xbf",
        7)); // AC at 1000004, ED at 1000008, BF at 1000009
    QCOMPARE(v.failureOffset(), qint64(1000009));
}

void TestUtf8Validator::asciiFastPathEveryPosition()
{
    // A word-at-a-time ASCII path must still stop at the exact byte, at every alignment.
    QByteArray storage(256, 'q');
    for (int align = 0; align < 8; ++align) {
        for (int length = 1; length <= 48; ++length) {
            for (int bad = 0; bad < length; ++bad) {
                char *data = storage.data() + align;
                std::fill(data, data + length, 'q');
                data[bad] = char(0x80);
                Utf8Validator v;
                QVERIFY(!v.feed(data, length));
                QCOMPARE(v.failureOffset(), qint64(bad));
                QVERIFY(!Utf8Validator::isValid(data, length));

                // A valid 2-byte character at the same place keeps it valid (or truncated at the end).
                data[bad] = char(0xC3);
                if (bad + 1 < length)
                    data[bad + 1] = char(0xA9);
                Utf8Validator w;
                QVERIFY(w.feed(data, length));
                QCOMPARE(w.isComplete(), bad + 1 < length);
                QCOMPARE(Utf8Validator::isValid(data, length), bad + 1 < length);

                // A high bit in the last byte of a word of otherwise ASCII text.
                std::fill(data, data + length, 'q');
                data[bad] = char(0xFF);
                Utf8Validator u;
                QVERIFY(!u.feed(data, length));
                QCOMPARE(u.failureOffset(), qint64(bad));
            }
        }
    }
}

void TestUtf8Validator::everyCodePointIsValid()
{
    QByteArray all;
    all.reserve(4 * 0x110000);
    for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        const QByteArray one = encode(cp);
        if (!Utf8Validator::isValid(one.constData(), one.size()))
            QFAIL(qPrintable(QStringLiteral("U+%1 rejected").arg(quint32(cp), 4, 16, QLatin1Char('0'))));
        all += one;
    }
    QVERIFY(Utf8Validator::isValid(all.constData(), all.size()));
    Utf8Validator v;
    // Odd-sized chunks split many sequences between feeds.
    for (qsizetype i = 0; i < all.size(); i += 4093)
        QVERIFY(v.feed(all.constData() + i, std::min<qsizetype>(4093, all.size() - i)));
    QVERIFY(v.isComplete());
}

void TestUtf8Validator::everySurrogateFailsAtSecondByte()
{
    for (char32_t cp = 0xD800; cp <= 0xDFFF; ++cp) {
        const QByteArray one = QByteArrayLiteral("ab") + encode(cp);
        Utf8Validator v;
        QVERIFY(!v.feed(one.constData(), one.size()));
        QCOMPARE(v.failureOffset(), qint64(3));
    }
}

void TestUtf8Validator::exhaustiveShortInputs()
{
    // Every input of 1, 2 and 3 bytes, checked against the RFC 3629 table.
    char buf[3];
    for (int a = 0; a < 256; ++a) {
        buf[0] = char(a);
        {
            Utf8Validator v;
            v.feed(buf, 1);
            QCOMPARE(verdictOf(v), referenceVerdict(buf, 1));
        }
        for (int b = 0; b < 256; ++b) {
            buf[1] = char(b);
            {
                const QString problem = verdictMismatch(buf, 2);
                if (!problem.isEmpty())
                    QFAIL(qPrintable(problem));
            }
            for (int c = 0; c < 256; ++c) {
                buf[2] = char(c);
                const QString problem = verdictMismatch(buf, 3);
                if (!problem.isEmpty())
                    QFAIL(qPrintable(problem));
            }
        }
    }
}

void TestUtf8Validator::fourByteSweep()
{
    // Leads E0..FF with every second byte, and a representative set for the third and fourth.
    const int probes[] = { 0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xE0, 0xF0, 0xF4, 0xFF };
    char buf[4];
    for (int a = 0xE0; a < 256; ++a) {
        for (int b = 0; b < 256; ++b) {
            for (int c : probes) {
                for (int d : probes) {
                    buf[0] = char(a);
                    buf[1] = char(b);
                    buf[2] = char(c);
                    buf[3] = char(d);
                    const QString problem = verdictMismatch(buf, 4);
                    if (!problem.isEmpty())
                        QFAIL(qPrintable(problem));
                }
            }
        }
    }
}

void TestUtf8Validator::isValidLargeBuffers()
{
    const QByteArray ascii(8 * 1024 * 1024 + 3, 'x');
    QVERIFY(Utf8Validator::isValid(ascii.constData(), ascii.size()));

    QByteArray mixed;
    const QByteArray unit = QByteArrayLiteral("plain \xce\xba\xe1\xbd\xb9\xcf\x83\xce\xbc\xce\xb5 \xe2\x82\xac "
                                              "\xf0\x9f\x98\x80 \xef\xbf\xbf \xf4\x8f\xbf\xbf.");
    while (mixed.size() < 4 * 1024 * 1024)
        mixed += unit;
    QVERIFY(Utf8Validator::isValid(mixed.constData(), mixed.size()));

    // One bad byte anywhere breaks it.
    const qsizetype positions[] = { 0, 1, 7, 8, 4095, 4096, 1234567, ascii.size() - 1 };
    for (qsizetype pos : positions) {
        QByteArray broken = ascii;
        broken[pos] = char(0xC0);
        QVERIFY(!Utf8Validator::isValid(broken.constData(), broken.size()));
        Utf8Validator v;
        QVERIFY(!v.feed(broken.constData(), broken.size())); // C0 is never valid, even as the last byte
        QCOMPARE(v.failureOffset(), qint64(pos));
    }
    // A surrogate in the middle of the mixed buffer.
    QByteArray surrogate = mixed;
    const qsizetype at = (mixed.size() / 2 / unit.size()) * unit.size(); // start of a unit: "plain"
    surrogate.replace(at, 3, QByteArrayLiteral("\xed\xa0\x80"));
    QVERIFY(!Utf8Validator::isValid(surrogate.constData(), surrogate.size()));
    Utf8Validator s;
    QVERIFY(!s.feed(surrogate.constData(), surrogate.size()));
    QCOMPARE(s.failureOffset(), qint64(at + 1));
    // Truncated at the very end: feed() accepts, isValid() does not.
    const QByteArray truncated = mixed + QByteArrayLiteral("\xf0\x9f\x98");
    QVERIFY(!Utf8Validator::isValid(truncated.constData(), truncated.size()));
    Utf8Validator t;
    QVERIFY(t.feed(truncated.constData(), truncated.size()));
    QVERIFY(!t.isComplete());
    QVERIFY(!t.hasFailed());
}

void TestUtf8Validator::largeMixedBufferInChunks()
{
    // Random valid text fed in random pieces, then a random invalid byte at a known place.
    QRandomGenerator rng(20240611);
    QByteArray text;
    while (text.size() < 2 * 1024 * 1024) {
        const quint32 kind = rng.bounded(10);
        char32_t cp;
        if (kind < 5)
            cp = rng.bounded(0x20, 0x7F);
        else if (kind < 7)
            cp = rng.bounded(0x80, 0x800);
        else if (kind < 9)
            cp = rng.bounded(0x800, 0x10000);
        else
            cp = rng.bounded(0x10000, 0x110000);
        if (cp >= 0xD800 && cp <= 0xDFFF)
            cp = 0xFFFD;
        text += encode(cp);
    }
    for (int round = 0; round < 20; ++round) {
        Utf8Validator v;
        qsizetype pos = 0;
        while (pos < text.size()) {
            const qsizetype n = std::min<qsizetype>(rng.bounded(1, 70000), text.size() - pos);
            QVERIFY(v.feed(text.constData() + pos, n));
            pos += n;
        }
        QVERIFY(v.isComplete());

        QByteArray broken = text;
        const qsizetype bad = rng.bounded(broken.size());
        // FF can neither start nor continue a sequence: it fails exactly where it is.
        broken[bad] = char(0xFF);
        Utf8Validator w;
        pos = 0;
        bool ok = true;
        while (pos < broken.size() && ok) {
            const qsizetype n = std::min<qsizetype>(rng.bounded(1, 70000), broken.size() - pos);
            ok = w.feed(broken.constData() + pos, n);
            QCOMPARE(ok, bad >= pos + n);
            pos += n;
        }
        QCOMPARE(w.failureOffset(), qint64(bad));
    }
}

QTEST_APPLESS_MAIN(TestUtf8Validator)

#include "tst_utf8validator.moc"
