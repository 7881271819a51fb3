// SPDX-License-Identifier: GPL-3.0-or-later
#include "utf8validator.h"

#include <cstring>

namespace Framewise {

void Utf8Validator::reset()
{
    m_state = Accept;
    m_consumed = 0;
    m_failureOffset = -1;
}

bool Utf8Validator::isValid(const char *data, qsizetype size)
{
    Utf8Validator validator;
    return validator.feed(data, size) && validator.isComplete();
}

bool Utf8Validator::feed(const char *data, qsizetype size)
{
    if (m_state == Reject)
        return false;
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    State state = m_state;
    while (i < size) {
        if (state == Accept) {
            // ASCII fast path, eight bytes at a time.
            while (i + 8 <= size) {
                quint64 word;
                std::memcpy(&word, p + i, 8);
                if (word & 0x8080808080808080ULL)
                    break;
                i += 8;
            }
            if (i >= size)
                break;
        }
        const unsigned char c = p[i];
        switch (state) {
        case Accept:
            if (c < 0x80)
                state = Accept;
            else if (c >= 0xC2 && c <= 0xDF)
                state = Tail1;
            else if (c == 0xE0)
                state = E0;
            else if (c == 0xED)
                state = ED;
            else if (c >= 0xE1 && c <= 0xEF)
                state = Tail2;
            else if (c == 0xF0)
                state = F0;
            else if (c >= 0xF1 && c <= 0xF3)
                state = Tail3;
            else if (c == 0xF4)
                state = F4;
            else
                state = Reject; // 80..C1 (stray continuation, overlong lead), F5..FF
            break;
        case Tail1:
            state = (c >= 0x80 && c <= 0xBF) ? Accept : Reject;
            break;
        case Tail2:
            state = (c >= 0x80 && c <= 0xBF) ? Tail1 : Reject;
            break;
        case Tail3:
            state = (c >= 0x80 && c <= 0xBF) ? Tail2 : Reject;
            break;
        case E0:
            state = (c >= 0xA0 && c <= 0xBF) ? Tail1 : Reject;
            break;
        case ED:
            state = (c >= 0x80 && c <= 0x9F) ? Tail1 : Reject;
            break;
        case F0:
            state = (c >= 0x90 && c <= 0xBF) ? Tail2 : Reject;
            break;
        case F4:
            state = (c >= 0x80 && c <= 0x8F) ? Tail2 : Reject;
            break;
        case Reject:
            break;
        }
        if (state == Reject) {
            m_failureOffset = m_consumed + i;
            m_consumed += i + 1;
            m_state = Reject;
            return false;
        }
        ++i;
    }
    m_consumed += size;
    m_state = state;
    return true;
}

} // namespace Framewise
