// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <array>

namespace Framewise {

// Masking keys from the system CSPRNG (RFC 6455 section 10.3: unpredictable keys). Keys are
// drawn in blocks of 1024 so a flood of small frames does not make one system call per frame.
class MaskKeySource {
public:
    quint32 next();

private:
    std::array<quint32, 1024> m_keys {};
    std::size_t m_next = m_keys.size();
};

} // namespace Framewise
