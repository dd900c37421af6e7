#ifndef CZLIB_SHIM_H
#define CZLIB_SHIM_H
// zlib's gzread reads gzip and plain files alike, so every catalog goes through it.
#include <zlib.h>
#endif
