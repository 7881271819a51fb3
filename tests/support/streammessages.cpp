// SPDX-License-Identifier: GPL-3.0-or-later
#include "streammessages.h"

namespace Framewise {

namespace {
const QByteArray &pattern()
{
    static const QByteArray bytes = QByteArray("abcdefghijklmnopqrstuvwxyz").repeated(700).left(16384);
    return bytes;
}
} // namespace

int StreamMessages::sizeFor(qint64 seq)
{
    const quint32 h = quint32((quint64(seq) * 2654435761ULL) & 0xffffffffULL);
    if (h % 32 == 0)
        return 256 << ((h >> 8) % 7);
    return int(16 + (h >> 8) % 241);
}

QByteArray StreamMessages::message(qint64 seq)
{
    QByteArray bytes = QByteArray::number(seq) + ' ';
    bytes += pattern().left(sizeFor(seq) - bytes.size());
    return bytes;
}

bool StreamMessages::accept(QByteArrayView payload)
{
    if (!m_problem.isEmpty())
        return false;
    const qsizetype space = payload.indexOf(' ');
    bool ok = false;
    const qint64 seq = space > 0 ? payload.first(space).toLongLong(&ok) : -1;
    if (!ok) {
        m_problem = QStringLiteral("expected message %1, got %2 bytes without a sequence number")
                        .arg(m_next)
                        .arg(payload.size());
        return false;
    }
    if (seq != m_next) {
        m_problem = seq > m_next ? QStringLiteral("messages %1 to %2 are missing").arg(m_next).arg(seq - 1)
                                 : QStringLiteral("message %1 came again after %2").arg(seq).arg(m_next - 1);
        return false;
    }
    if (payload != message(seq)) {
        m_problem = QStringLiteral("message %1 is damaged (%2 bytes, %3 expected)")
                        .arg(seq)
                        .arg(payload.size())
                        .arg(sizeFor(seq));
        return false;
    }
    ++m_next;
    return true;
}

} // namespace Framewise
