#ifndef BROADSIDE_BS_PLURAL_RULES_H
#define BROADSIDE_BS_PLURAL_RULES_H
// CLDR plural rules of one language.
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct bs_plural_rules bs_plural_rules;

/// The cardinal rules of `tag`, or its ordinal rules when `ordinal` is non-zero.
bs_plural_rules *bs_plural_rules_open(const char *tag, int32_t ordinal, int32_t *status);
void bs_plural_rules_close(bs_plural_rules *rules);

/// The categories the rules use, as keywords separated by single spaces ("few one many other"),
/// in no particular order.
int32_t bs_plural_rules_keywords(const bs_plural_rules *rules, char *buffer, int32_t capacity);

/// The category keyword of `number` ("few").
int32_t bs_plural_rules_select(const bs_plural_rules *rules, double number,
                               char *buffer, int32_t capacity);

#ifdef __cplusplus
}
#endif
#endif
