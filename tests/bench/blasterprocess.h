// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QUrl>

namespace Framewise {

// bench_channel's blaster in its own process, sending count messages of size bytes (text or
// binary) as fast as they are taken; port() is 0 when it did not start within 10 s. Killed when
// destroyed.
class BlasterProcess {
public:
    explicit BlasterProcess(qint64 count, bool text = true, qint64 size = 64);
    ~BlasterProcess();
    BlasterProcess(const BlasterProcess &) = delete;
    BlasterProcess &operator=(const BlasterProcess &) = delete;

    quint16 port() const { return m_port; }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(m_port)); }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace Framewise
