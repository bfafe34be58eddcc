#include "icu_shim.h"
#include "Support.h"
#include <memory>
#include <unicode/dtintrv.h>
#include <unicode/dtitvfmt.h>
#include <unicode/gregocal.h>
#include <unicode/timezone.h>
#include <unicode/vtzone.h>

using namespace broadside;

namespace {

/// The zone `id`, or nullptr (with `error` set) when ICU has no zone of that ID.
icu::TimeZone *zoneNamed(const char *id, UErrorCode &error) {
    icu::UnicodeString name = fromUTF8(id), canonical;
    UBool isSystem = false;
    icu::TimeZone::getCanonicalID(name, canonical, isSystem, error);
    if (U_FAILURE(error) || !isSystem || canonical == UNICODE_STRING_SIMPLE("Etc/Unknown")) {
        if (U_SUCCESS(error)) error = U_ILLEGAL_ARGUMENT_ERROR;
        return nullptr;
    }
    return icu::TimeZone::createTimeZone(canonical);
}

/// A proleptic Gregorian calendar on the clocks of `zone` (adopted), so that dates before 1582
/// stay Gregorian; lenient, so that the wall-time options apply to skipped and repeated times.
icu::GregorianCalendar *calendarOn(icu::TimeZone *zone, UErrorCode &error) {
    if (zone == nullptr) return nullptr;
    auto *calendar = new icu::GregorianCalendar(zone, error);
    if (U_SUCCESS(error)) calendar->setGregorianChange(U_DATE_MIN, error);
    calendar->setLenient(true);
    return calendar;
}

const icu::TimeZone &zoneOf(const bs_time_zone *zone) {
    return unwrap<icu::GregorianCalendar>(zone)->getTimeZone();
}

}  // namespace

extern "C" bs_time_zone *bs_time_zone_open(const char *id, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    auto *calendar = calendarOn(zoneNamed(id, error), error);
    return handOver<bs_time_zone>(calendar, error, status);
}

extern "C" void bs_time_zone_close(bs_time_zone *zone) {
    destroy<icu::GregorianCalendar>(zone);
}

extern "C" int32_t bs_time_zone_canonical(const bs_time_zone *zone, char *buffer, int32_t capacity) {
    icu::UnicodeString id;
    return writeUTF8(zoneOf(zone).getID(id), buffer, capacity);
}

extern "C" bs_local_time_kind bs_time_zone_resolve(bs_time_zone *zone, int32_t year, int32_t month, int32_t day,
                                                   int32_t hour, int32_t minute, int32_t second,
                                                   double *earlier, double *later, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    auto *calendar = reinterpret_cast<icu::GregorianCalendar *>(zone);
    auto instant = [&](UCalendarWallTimeOption option) {
        calendar->clear();
        calendar->setRepeatedWallTimeOption(option);
        calendar->setSkippedWallTimeOption(option);
        calendar->set(year, month - 1, day, hour, minute, second);
        return calendar->getTime(error);
    };
    double first = instant(UCAL_WALLTIME_FIRST);
    double last = instant(UCAL_WALLTIME_LAST);
    *earlier = first < last ? first : last;
    *later = first < last ? last : first;
    auto kind = BS_LOCAL_TIME_UNIQUE;
    if (U_SUCCESS(error) && first != last) {
        // Two readings: the time is repeated if the first shows the same hour on the clock, else skipped.
        calendar->setTime(*earlier, error);
        bool shown = calendar->get(UCAL_HOUR_OF_DAY, error) == hour && calendar->get(UCAL_MINUTE, error) == minute;
        kind = shown ? BS_LOCAL_TIME_REPEATED : BS_LOCAL_TIME_SKIPPED;
    }
    report(error, status);
    return kind;
}

extern "C" int32_t bs_time_zone_offset(const bs_time_zone *zone, double instant, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    int32_t raw = 0, dst = 0;
    zoneOf(zone).getOffset(instant, false, raw, dst, error);
    report(error, status);
    return (raw + dst) / 1000;
}

extern "C" int32_t bs_time_zone_vtimezone(const bs_time_zone *zone, double start, char *buffer, int32_t capacity,
                                          int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    icu::UnicodeString id, text;
    std::unique_ptr<icu::VTimeZone> rules(icu::VTimeZone::createVTimeZoneByID(zoneOf(zone).getID(id)));
    if (rules == nullptr) {
        error = U_MEMORY_ALLOCATION_ERROR;
    } else {
        rules->write(start, text, error);
    }
    report(error, status);
    return writeUTF8(text, buffer, capacity);
}

extern "C" bs_time_range_format *bs_time_range_format_open(const char *tag, const char *skeleton, const char *id,
                                                           int32_t *status) {
    return openForTag<bs_time_range_format>(tag, status, [&](const icu::Locale &locale, UErrorCode &error) {
        std::unique_ptr<icu::TimeZone> zone(zoneNamed(id, error));
        auto *format = U_SUCCESS(error) ? icu::DateIntervalFormat::createInstance(fromUTF8(skeleton), locale, error) : nullptr;
        if (format != nullptr && U_SUCCESS(error)) format->setTimeZone(*zone);
        return format;
    });
}

extern "C" void bs_time_range_format_close(bs_time_range_format *format) {
    destroy<icu::DateIntervalFormat>(format);
}

extern "C" int32_t bs_time_range_format_format(const bs_time_range_format *format, double from, double to,
                                               char *buffer, int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    icu::UnicodeString text;
    icu::DateInterval interval(from, to);
    icu::FieldPosition position;
    unwrap<icu::DateIntervalFormat>(format)->format(&interval, text, position, error);
    report(error, status);
    return writeUTF8(text, buffer, capacity);
}
