#ifndef BROADSIDE_BS_TAG_H
#define BROADSIDE_BS_TAG_H
// BCP 47 language tags and the facts ICU derives from them.
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Parses `text` strictly as a BCP 47 tag, canonicalises it (case, deprecated codes such as
/// "iw" -> "he") and writes the canonical tag. Fails with U_ILLEGAL_ARGUMENT_ERROR when `text`
/// is not a well-formed tag or when CLDR knows no name for its language, script or region.
int32_t bs_tag_canonicalize(const char *text, char *buffer, int32_t capacity, int32_t *status);

/// The ISO 15924 code of the tag's script, explicit or from CLDR's likely subtags ("Arab");
/// empty for a tag ICU cannot parse.
int32_t bs_tag_script(const char *tag, char *buffer, int32_t capacity);

/// The ISO 3166 code of the tag's region, explicit or from CLDR's likely subtags ("EG" for
/// ar, "TZ" for sw); empty for a tag ICU cannot parse.
int32_t bs_tag_region(const char *tag, char *buffer, int32_t capacity);

/// 1 when the tag's script is written right to left, else 0.
int32_t bs_tag_is_right_to_left(const char *tag);

#ifdef __cplusplus
}
#endif
#endif
