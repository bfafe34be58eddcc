#ifndef BROADSIDE_BS_TRANSLITERATOR_H
#define BROADSIDE_BS_TRANSLITERATOR_H
// ICU transforms such as "Any-Latin; Latin-ASCII".
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct bs_transliterator bs_transliterator;

/// The transform with the compound ID `id`, applied forward.
bs_transliterator *bs_transliterator_open(const char *id, int32_t *status);
void bs_transliterator_close(bs_transliterator *transliterator);

int32_t bs_transliterator_apply(const bs_transliterator *transliterator,
                                const char *text, int32_t length,
                                char *buffer, int32_t capacity);

#ifdef __cplusplus
}
#endif
#endif
