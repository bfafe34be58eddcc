#ifndef BROADSIDE_BS_NUMBER_FORMAT_H
#define BROADSIDE_BS_NUMBER_FORMAT_H
// Number formatters of one language.
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct bs_number_format bs_number_format;

/// The kinds of number formatters.
typedef enum bs_number_style {
    /// Grouped decimal: "1,234.5".
    BS_NUMBER_DECIMAL = 0,
    /// A fraction as a percentage: 0.25 -> "25%".
    BS_NUMBER_PERCENT = 1,
} bs_number_style;

bs_number_format *bs_number_format_open(const char *tag, bs_number_style style, int32_t *status);
void bs_number_format_close(bs_number_format *format);

int32_t bs_number_format_format(const bs_number_format *format, double number,
                                char *buffer, int32_t capacity);

#ifdef __cplusplus
}
#endif
#endif
