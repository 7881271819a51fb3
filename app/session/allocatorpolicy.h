// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Framewise::AllocatorPolicy {

// Called first thing in main(). A WebSocket flood allocates and frees buffers of hundreds of KiB
// to a few MiB many times a second (the socket's read chunks, each large message, frames on their
// way out). glibc serves those from fresh mappings or trims them off the heap as soon as they are
// freed, so every one is faulted in and zeroed again: a proxy forwarding 1 MiB messages spent a
// sixth of its time in those faults. Buffers up to MaxReusedBytes now come from the heap, and up to
// KeptFreeBytes of freed heap stay mapped for the next ones. Elsewhere than glibc, nothing changes.
inline constexpr int MaxReusedBytes = 4 * 1024 * 1024;
inline constexpr int KeptFreeBytes = 32 * 1024 * 1024;
void applyForStreaming();

} // namespace Framewise::AllocatorPolicy
