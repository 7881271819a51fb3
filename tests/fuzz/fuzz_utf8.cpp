// SPDX-License-Identifier: GPL-3.0-or-later
// Differential check of Utf8Validator: fed whole, fed in random pieces (the ASCII fast path at
// every alignment) and a slow reference written differently (code point ranges, not a state table)
// must agree on validity, completeness and the offset of the first bad byte.
// Input: [split seed] [bytes...]

#include "fuzzsupport.h"
#include "utf8validator.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Framewise;

namespace {

struct Verdict {
    qint64 failureOffset = -1; // -1: no bad byte
    bool complete = false; // no bad byte and ends on a character boundary
};

// Fail fast by definition: a byte is bad when no valid UTF-8 text starts with the bytes so far,
// i.e. when the code points the sequence could still become miss every legal one for its length.
Verdict reference(const unsigned char *p, qsizetype size)
{
    int length = 0; // bytes in the current sequence
    int left = 0; // continuation bytes still expected
    quint32 value = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char c = p[i];
        if (left == 0) {
            if (c < 0x80)
                continue;
            if (c >= 0xC0 && c <= 0xDF) {
                length = 2;
                value = c & 0x1F;
            } else if (c >= 0xE0 && c <= 0xEF) {
                length = 3;
                value = c & 0x0F;
            } else if (c >= 0xF0 && c <= 0xF7) {
                length = 4;
                value = c & 0x07;
            } else {
                return { i, false }; // a continuation byte with no lead, or F8..FF
            }
            left = length - 1;
        } else {
            if ((c & 0xC0) != 0x80)
                return { i, false };
            value = (value << 6) | (c & 0x3F);
            --left;
        }
        const quint32 low = value << (6 * left);
        const quint32 high = low + (quint32(1) << (6 * left)) - 1;
        const auto meets = [low, high](quint32 from, quint32 to) { return low <= to && high >= from; };
        bool possible = false;
        if (length == 2)
            possible = meets(0x80, 0x7FF);
        else if (length == 3)
            possible = meets(0x800, 0xD7FF) || meets(0xE000, 0xFFFF);
        else
            possible = meets(0x10000, 0x10FFFF);
        if (!possible)
            return { i, false };
    }
    return { -1, left == 0 };
}

Verdict validate(const char *data, qsizetype size, Fuzz::Splitter *splitter)
{
    Utf8Validator validator;
    qsizetype pos = 0;
    bool ok = true;
    while (pos < size) {
        const qsizetype n = splitter ? splitter->next(size - pos) : size - pos;
        ok = validator.feed(data + pos, n);
        pos += n;
        if (!ok)
            break;
    }
    FUZZ_CHECK(ok == !validator.hasFailed());
    if (!ok) {
        const qint64 offset = validator.failureOffset();
        FUZZ_CHECK(!validator.isComplete());
        // A failed validator stays failed and keeps the first offset.
        FUZZ_CHECK(!validator.feed("a", 1) && validator.failureOffset() == offset);
        return { offset, false };
    }
    FUZZ_CHECK(validator.failureOffset() == -1);
    return { -1, validator.isComplete() };
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *input, size_t inputSize)
{
    if (inputSize < 1)
        return 0;
    Fuzz::Splitter splitter(input[0]);
    const auto *data = reinterpret_cast<const char *>(input + 1);
    const auto size = qsizetype(inputSize - 1);

    const Verdict expected = reference(input + 1, size);
    const Verdict whole = validate(data, size, nullptr);
    const Verdict pieces = validate(data, size, &splitter);
    const bool valid = Utf8Validator::isValid(data, size);
    if (whole.failureOffset != expected.failureOffset || whole.complete != expected.complete
        || pieces.failureOffset != expected.failureOffset || pieces.complete != expected.complete
        || valid != expected.complete) {
        std::fprintf(stderr, "UTF-8 verdicts disagree: reference %lld/%d, whole %lld/%d, pieces %lld/%d, isValid %d\n",
            static_cast<long long>(expected.failureOffset), expected.complete,
            static_cast<long long>(whole.failureOffset), whole.complete, static_cast<long long>(pieces.failureOffset),
            pieces.complete, valid);
        std::abort();
    }
    // And Qt's decoder agrees: valid text survives a round trip unchanged, except a leading BOM,
    // which QString::fromUtf8 drops by design.
    if (valid && !QByteArrayView(data, size).startsWith(QByteArrayView("\xEF\xBB\xBF", 3)))
        FUZZ_CHECK(QString::fromUtf8(data, size).toUtf8() == QByteArray(data, size));
    return 0;
}
