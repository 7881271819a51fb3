// SPDX-License-Identifier: GPL-3.0-or-later
#include "blasterprocess.h"

#include <QElapsedTimer>
#include <QRegularExpression>

namespace Framewise {

BlasterProcess::BlasterProcess(qint64 count, bool text, qint64 size)
{
    m_process.start(QStringLiteral(FRAMEWISE_BENCH_CHANNEL),
        { QStringLiteral("--blaster"), text ? QStringLiteral("text") : QStringLiteral("binary"), QString::number(count),
            QString::number(size) });
    m_process.waitForStarted(5000);
    // It prints its port on the first line.
    static const QRegularExpression number(QStringLiteral("(\\d+)"));
    QElapsedTimer timer;
    timer.start();
    QString out;
    while (m_port == 0 && timer.elapsed() < 10000) {
        m_process.waitForReadyRead(100);
        out += QString::fromUtf8(m_process.readAllStandardOutput());
        const auto match = number.match(out);
        if (match.hasMatch() && out.contains(u'\n'))
            m_port = quint16(match.captured(1).toUInt());
    }
}

BlasterProcess::~BlasterProcess()
{
    m_process.kill();
    m_process.waitForFinished(3000);
}

} // namespace Framewise
