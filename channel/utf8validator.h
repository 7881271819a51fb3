// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Framewise {

// Incremental UTF-8 validator (RFC 3629): accepts input in arbitrary pieces and fails at the
// first byte that can no longer start or continue a valid sequence (fail fast: an overlong
// prefix, a surrogate or a code point above U+10FFFF is caught on its first invalid byte).
class Utf8Validator {
public:
    // Feeds bytes; returns false as soon as the input is invalid. After a failure,
    // failureOffset() is the offset (counted over everything fed since reset) of the bad byte.
    bool feed(const char *data, qsizetype size);
    // True when the input so far ends on a character boundary and had no error.
    bool isComplete() const { return m_state == Accept; }
    bool hasFailed() const { return m_state == Reject; }
    qint64 failureOffset() const { return m_failureOffset; }
    void reset();

    // Convenience: validates a whole buffer.
    static bool isValid(const char *data, qsizetype size);

private:
    enum State : quint8 {
        Accept, // at a character boundary
        Tail1, // one continuation byte (80..BF) left
        Tail2, // two left
        Tail3, // three left
        E0, // after E0: next must be A0..BF (no overlong), then one more
        ED, // after ED: next must be 80..9F (no surrogates), then one more
        F0, // after F0: next must be 90..BF, then two more
        F4, // after F4: next must be 80..8F (<= U+10FFFF), then two more
        Reject,
    };
    qint64 m_consumed = 0;
    qint64 m_failureOffset = -1;
    State m_state = Accept;
};

} // namespace Framewise
