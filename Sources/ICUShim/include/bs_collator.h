#ifndef BROADSIDE_BS_COLLATOR_H
#define BROADSIDE_BS_COLLATOR_H
// Collation: comparing strings as a language sorts them.
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct bs_collator bs_collator;

bs_collator *bs_collator_open(const char *tag, int32_t *status);
void bs_collator_close(bs_collator *collator);

/// -1, 0 or 1 as `a` sorts before, with or after `b` (both UTF-8 of the given byte lengths).
int32_t bs_collator_compare(const bs_collator *collator, const char *a, int32_t a_length,
                            const char *b, int32_t b_length);

/// Writes the sort key of `text` into `buffer` when it fits; returns the key's length in bytes
/// (including its terminating zero byte). Keys compare bytewise as their strings collate.
int32_t bs_collator_sort_key(const bs_collator *collator, const char *text, int32_t length,
                             uint8_t *buffer, int32_t capacity);

#ifdef __cplusplus
}
#endif
#endif
