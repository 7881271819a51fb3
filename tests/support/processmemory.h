// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Framewise {

// This process's memory as the kernel counts it (/proc/self/status), for tests and the soak run
// that must show memory stays bounded whatever the allocator keeps for itself.
class ProcessMemory {
public:
    // A "<field>: <n> kB" line of /proc/self/status (VmRSS, VmHWM, VmSize, ...), -1 when unreadable.
    static qint64 statusKiB(const char *field);
    static qint64 rssBytes(); // VmRSS, -1 when unreadable
    static qint64 peakRssBytes(); // VmHWM since the start or the last resetPeak()
    // Starts a new peak (writes 5 to /proc/self/clear_refs); false when the kernel refuses.
    static bool resetPeak();
    // Bytes malloc has handed out and not had back (glibc's mallinfo2): what is live, without what
    // the allocator keeps from earlier peaks.
    static qint64 heapInUseBytes();
};

} // namespace Framewise
