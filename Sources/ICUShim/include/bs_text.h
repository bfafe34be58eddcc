#ifndef BROADSIDE_BS_TEXT_H
#define BROADSIDE_BS_TEXT_H
// Unicode character properties of running text.
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Writes the ISO 15924 code of the script most frequent among the letters of `text`, Common
/// and Inherited aside (a tie goes to the script seen first); returns its length, 0 when
/// `text` has no such letter.
int32_t bs_text_dominant_script(const char *text, int32_t length, char *buffer, int32_t capacity);

/// The number of terminal columns `text` takes: East Asian wide and fullwidth characters take
/// two, combining marks and format controls none, every other character one.
int32_t bs_text_columns(const char *text, int32_t length);

/// The strong directions among the characters of a UTF-8 text: 1 when it has a left-to-right
/// one, 2 when a right-to-left one (Arabic letters included), 3 for both, 0 for neither.
int32_t bs_text_strong_directions(const char *text, int32_t length);

#ifdef __cplusplus
}
#endif
#endif
