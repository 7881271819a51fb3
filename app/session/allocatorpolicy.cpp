// SPDX-License-Identifier: GPL-3.0-or-later
#include "allocatorpolicy.h"

#include <QtGlobal>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Framewise::AllocatorPolicy {

void applyForStreaming()
{
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, MaxReusedBytes);
    mallopt(M_TRIM_THRESHOLD, KeptFreeBytes);
#endif
}

} // namespace Framewise::AllocatorPolicy
