#include "icu_shim.h"
#include "Support.h"
#include <memory>
#include <unicode/datefmt.h>
#include <unicode/gregocal.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

using namespace broadside;

namespace {

/// The formatter, set to the time zone with the Olson ID `time_zone` and, when its calendar counts
/// months and days as the Gregorian one does (gregorian, but also buddhist, japanese, roc), to the
/// proleptic Gregorian calendar: ICU's own switches to the Julian calendar before 1582-10-15,
/// where ISO 8601 dates (`datetime=` attributes, feeds, sitemaps) stay Gregorian. Other calendars
/// (fa's Persian, ...) are left as they are.
icu::DateFormat *prepared(icu::DateFormat *format, const char *time_zone, UErrorCode &error) {
    if (format == nullptr || U_FAILURE(error)) return format;
    format->adoptTimeZone(icu::TimeZone::createTimeZone(fromUTF8(time_zone)));
    if (auto *gregorian = dynamic_cast<const icu::GregorianCalendar *>(format->getCalendar())) {
        std::unique_ptr<icu::GregorianCalendar> proleptic(gregorian->clone());
        proleptic->setGregorianChange(U_DATE_MIN, error);
        if (U_SUCCESS(error)) format->adoptCalendar(proleptic.release());
    }
    return format;
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
    return openForTag<bs_date_format>(tag, status, [&](const icu::Locale &locale, UErrorCode &error) {
        return prepared(icu::DateFormat::createDateInstance(styleFor(style), locale), time_zone, error);
    });
}

extern "C" bs_date_format *bs_date_format_open_pattern(const char *tag, const char *pattern,
                                                       const char *time_zone,
                                                       int32_t *status) {
    return openForTag<bs_date_format>(tag, status, [&](const icu::Locale &locale, UErrorCode &error) {
        return prepared(new icu::SimpleDateFormat(fromUTF8(pattern), locale, error), time_zone, error);
    });
}

extern "C" void bs_date_format_close(bs_date_format *format) {
    destroy<icu::DateFormat>(format);
}

extern "C" int32_t bs_date_format_format(const bs_date_format *format, double date,
                                         char *buffer, int32_t capacity) {
    icu::UnicodeString text;
    return writeUTF8(unwrap<icu::DateFormat>(format)->format(date, text), buffer, capacity);
}
