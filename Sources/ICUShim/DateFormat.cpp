#include "icu_shim.h"
#include "Support.h"
#include <unicode/datefmt.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

using namespace broadside;

namespace {

/// Sets the formatter's time zone and hands it over as a handle, or frees it on failure.
bs_date_format *finish(icu::DateFormat *format, const char *time_zone, UErrorCode error,
                       int32_t *status) {
    if (U_SUCCESS(error) && format == nullptr) error = U_MEMORY_ALLOCATION_ERROR;
    if (U_SUCCESS(error)) {
        format->adoptTimeZone(icu::TimeZone::createTimeZone(fromUTF8(time_zone)));
    } else {
        delete format;
        format = nullptr;
    }
    report(error, status);
    return reinterpret_cast<bs_date_format *>(format);
}

icu::DateFormat::EStyle styleFor(bs_date_style style) {
    switch (style) {
    case BS_DATE_SHORT: return icu::DateFormat::kShort;
    case BS_DATE_MEDIUM: return icu::DateFormat::kMedium;
    case BS_DATE_LONG: return icu::DateFormat::kLong;
    case BS_DATE_FULL: return icu::DateFormat::kFull;
    }
    return icu::DateFormat::kDefault;
}

}  // namespace

extern "C" bs_date_format *bs_date_format_open(const char *tag, bs_date_style style,
                                               const char *time_zone, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    icu::Locale locale = localeFor(tag, error);
    icu::DateFormat *format = nullptr;
    if (U_SUCCESS(error)) format = icu::DateFormat::createDateInstance(styleFor(style), locale);
    return finish(format, time_zone, error, status);
}

extern "C" bs_date_format *bs_date_format_open_pattern(const char *tag, const char *pattern,
                                                       const char *time_zone,
                                                       int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    icu::Locale locale = localeFor(tag, error);
    icu::DateFormat *format = nullptr;
    if (U_SUCCESS(error)) format = new icu::SimpleDateFormat(fromUTF8(pattern), locale, error);
    return finish(format, time_zone, error, status);
}

extern "C" void bs_date_format_close(bs_date_format *format) {
    delete reinterpret_cast<icu::DateFormat *>(format);
}

extern "C" int32_t bs_date_format_format(const bs_date_format *format, double date,
                                         char *buffer, int32_t capacity) {
    icu::UnicodeString text;
    reinterpret_cast<const icu::DateFormat *>(format)->format(date, text);
    return writeUTF8(text, buffer, capacity);
}
