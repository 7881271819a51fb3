// SPDX-License-Identifier: GPL-3.0-or-later
#include "maskkeysource.h"

#include <QRandomGenerator>

namespace Framewise {

quint32 MaskKeySource::next()
{
    if (m_next == m_keys.size()) {
        QRandomGenerator::system()->fillRange(m_keys.data(), qsizetype(m_keys.size()));
        m_next = 0;
    }
    return m_keys[m_next++];
}

} // namespace Framewise
