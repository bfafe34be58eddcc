#ifndef BROADSIDE_BS_DISPLAY_NAMES_H
#define BROADSIDE_BS_DISPLAY_NAMES_H
// Names of languages in one display language, capitalised for a menu or for the middle of a sentence.
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct bs_display_names bs_display_names;

/// Display names in the language `tag`: dialect names ("American English"), capitalised as a
/// menu item, or, when `in_sentence` is non-zero, as in the middle of a sentence ("anglais").
bs_display_names *bs_display_names_open(const char *tag, int32_t in_sentence, int32_t *status);
void bs_display_names_close(bs_display_names *names);

/// The name of the language `tag`; empty for a tag ICU cannot parse.
int32_t bs_display_names_name(const bs_display_names *names, const char *tag,
                              char *buffer, int32_t capacity);

#ifdef __cplusplus
}
#endif
#endif
