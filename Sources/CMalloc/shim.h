// glibc's allocator tuning (`mallopt`, `M_MMAP_THRESHOLD`), which the Glibc module does not
// import; see Sources/hemicycle/main.swift.
#include <malloc.h>
