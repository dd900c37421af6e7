#ifndef CICUSHIM_H
#define CICUSHIM_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Folds UTF-8 text for matching: NFKC case folding (full-width forms, ligatures and case collapse),
/// then removal of combining marks (é -> e). Writes at most `capacity` bytes to `destination`.
/// Returns the folded length in bytes; a value greater than `capacity` means the buffer was too small
/// and nothing useful was written; a negative value means ICU failed.
int32_t smp_icu_fold_utf8(const uint8_t *source, int32_t length,
                          uint8_t *destination, int32_t capacity);

#ifdef __cplusplus
}
#endif

#endif
