// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

// A broken invariant: say which, then abort so libFuzzer keeps the input as a crash.
#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", __FILE__, __LINE__, #condition);                    \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

namespace Framewise::Fuzz {

// Deterministic piece sizes derived from one input byte, so a saved crash replays the same split.
// Mostly small pieces (headers and sequences cut mid-way), sometimes large ones.
class Splitter {
public:
    explicit Splitter(quint8 seed)
        : m_state((0x9E3779B9u ^ (quint32(seed) * 0x01000193u)) | 1u)
    {
    }

    qsizetype next(qsizetype remaining)
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 17;
        m_state ^= m_state << 5;
        const quint32 r = m_state >> 8;
        qsizetype size = 1;
        switch (m_state & 3) {
        case 0:
            size = 1;
            break;
        case 1:
            size = 1 + qsizetype(r % 16);
            break;
        case 2:
            size = 1 + qsizetype(r % 256);
            break;
        default:
            size = 1 + qsizetype(r % 4096);
            break;
        }
        return std::min(size, remaining);
    }

private:
    quint32 m_state;
};

} // namespace Framewise::Fuzz
