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
std::unique_ptr<icu::TimeZone> zoneNamed(const char *id, UErrorCode &error) {
    icu::UnicodeString name = fromUTF8(id), canonical;
    UBool isSystem = false;
    icu::TimeZone::getCanonicalID(name, canonical, isSystem, error);
    if (U_FAILURE(error) || !isSystem || canonical == UNICODE_STRING_SIMPLE("Etc/Unknown")) {
        if (U_SUCCESS(error)) error = U_ILLEGAL_ARGUMENT_ERROR;
        return nullptr;
    }
    return std::unique_ptr<icu::TimeZone>(icu::TimeZone::createTimeZone(name));
}

/// A proleptic Gregorian calendar in `zone`, so that dates before 1582 stay Gregorian.
std::unique_ptr<icu::GregorianCalendar> calendarIn(const icu::TimeZone &zone, UErrorCode &error) {
    std::unique_ptr<icu::GregorianCalendar> calendar(new icu::GregorianCalendar(zone, error));
    if (U_SUCCESS(error)) calendar->setGregorianChange(U_DATE_MIN, error);
    return calendar;
}

}  // namespace

extern "C" int32_t bs_time_zone_canonical(const char *id, char *buffer, int32_t capacity) {
    UErrorCode error = U_ZERO_ERROR;
    icu::UnicodeString canonical;
    UBool isSystem = false;
    icu::TimeZone::getCanonicalID(fromUTF8(id), canonical, isSystem, error);
    if (U_FAILURE(error) || !isSystem || canonical == UNICODE_STRING_SIMPLE("Etc/Unknown")) return -1;
    return writeUTF8(canonical, buffer, capacity);
}

extern "C" bs_local_time_kind bs_time_zone_resolve(const char *id, int32_t year, int32_t month, int32_t day,
                                                   int32_t hour, int32_t minute, int32_t second,
                                                   double *earlier, double *later, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    auto zone = zoneNamed(id, error);
    auto calendar = U_SUCCESS(error) ? calendarIn(*zone, error) : nullptr;
    if (U_FAILURE(error)) {
        report(error, status);
        return BS_LOCAL_TIME_UNIQUE;
    }
    // Lenient, so that the wall-time options apply (the caller has checked the fields).
    calendar->setLenient(true);
    auto instant = [&](UCalendarWallTimeOption option) {
        calendar->clear();
        calendar->setRepeatedWallTimeOption(option);
        calendar->setSkippedWallTimeOption(option);
        calendar->set(year, month - 1, day, hour, minute, second);
        return calendar->getTime(error);
    };
    double first = instant(UCAL_WALLTIME_FIRST);
    double last = instant(UCAL_WALLTIME_LAST);
    report(error, status);
    *earlier = first < last ? first : last;
    *later = first < last ? last : first;
    if (U_FAILURE(error) || first == last) return BS_LOCAL_TIME_UNIQUE;
    // Two readings: the time is repeated if the first shows the same hour on the clock, else skipped.
    calendar->setTime(*earlier, error);
    bool shown = calendar->get(UCAL_HOUR_OF_DAY, error) == hour && calendar->get(UCAL_MINUTE, error) == minute;
    return shown ? BS_LOCAL_TIME_REPEATED : BS_LOCAL_TIME_SKIPPED;
}

extern "C" int32_t bs_time_zone_offset(const char *id, double instant, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    auto zone = zoneNamed(id, error);
    int32_t raw = 0, dst = 0;
    if (U_SUCCESS(error)) zone->getOffset(instant, false, raw, dst, error);
    report(error, status);
    return (raw + dst) / 1000;
}

extern "C" int32_t bs_time_zone_vtimezone(const char *id, double start, char *buffer, int32_t capacity,
                                          int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    auto zone = zoneNamed(id, error);
    icu::UnicodeString text;
    if (U_SUCCESS(error)) {
        std::unique_ptr<icu::VTimeZone> rules(icu::VTimeZone::createVTimeZoneByID(fromUTF8(id)));
        if (rules == nullptr) {
            error = U_MEMORY_ALLOCATION_ERROR;
        } else {
            rules->write(start, text, error);
        }
    }
    report(error, status);
    return writeUTF8(text, buffer, capacity);
}

extern "C" int32_t bs_time_range_format(const char *tag, const char *skeleton, const char *id, double from,
                                        double to, char *buffer, int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    icu::Locale locale = localeFor(tag, error);
    auto zone = U_SUCCESS(error) ? zoneNamed(id, error) : nullptr;
    std::unique_ptr<icu::DateIntervalFormat> format(
        U_SUCCESS(error) ? icu::DateIntervalFormat::createInstance(fromUTF8(skeleton), locale, error) : nullptr);
    icu::UnicodeString text;
    if (U_SUCCESS(error) && format != nullptr) {
        format->setTimeZone(*zone);
        icu::DateInterval interval(from, to);
        icu::FieldPosition position;
        format->format(&interval, text, position, error);
    }
    report(error, status);
    return writeUTF8(text, buffer, capacity);
}
