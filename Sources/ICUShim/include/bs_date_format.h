#ifndef BROADSIDE_BS_DATE_FORMAT_H
#define BROADSIDE_BS_DATE_FORMAT_H
// Date formatters of one language in one time zone.
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct bs_date_format bs_date_format;

/// The lengths of CLDR's date formats.
typedef enum bs_date_style {
    BS_DATE_SHORT = 0,
    BS_DATE_MEDIUM = 1,
    BS_DATE_LONG = 2,
    BS_DATE_FULL = 3,
} bs_date_style;

/// A formatter of dates (no time) of `style` in the language `tag` and the time zone
/// `time_zone` (an Olson ID such as "Europe/Paris"; ICU formats an unknown ID as GMT).
bs_date_format *bs_date_format_open(const char *tag, bs_date_style style,
                                    const char *time_zone, int32_t *status);

/// A formatter with an explicit ICU date pattern ("yyyy-MM-dd'T'HH:mm:ssXXX").
bs_date_format *bs_date_format_open_pattern(const char *tag, const char *pattern,
                                            const char *time_zone, int32_t *status);

void bs_date_format_close(bs_date_format *format);

/// Formats `date`, in milliseconds since 1970-01-01T00:00:00Z.
int32_t bs_date_format_format(const bs_date_format *format, double date,
                              char *buffer, int32_t capacity);

#ifdef __cplusplus
}
#endif
#endif
