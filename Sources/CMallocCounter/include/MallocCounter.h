#ifndef CLAIMTRACE_MALLOC_COUNTER_H
#define CLAIMTRACE_MALLOC_COUNTER_H

#include <stdint.h>

/// Heap allocations (malloc, calloc, realloc and the aligned forms) made by the process so far, or UINT64_MAX
/// where the counter cannot replace the C library's allocator (only glibc is supported).
uint64_t ct_allocation_count(void);

#endif
