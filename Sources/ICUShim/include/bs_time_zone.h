#ifndef BROADSIDE_BS_TIME_ZONE_H
#define BROADSIDE_BS_TIME_ZONE_H
// Time zones by their IANA IDs ("Africa/Nairobi"): local times, their rules as iCalendar has
// them, and time ranges in a language.
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct bs_time_zone bs_time_zone;

/// The zone `id`, with a proleptic Gregorian calendar on its clocks; NULL with
/// U_ILLEGAL_ARGUMENT_ERROR for an ID that names no zone ICU has.
bs_time_zone *bs_time_zone_open(const char *id, int32_t *status);

void bs_time_zone_close(bs_time_zone *zone);

/// Writes CLDR's canonical ID of the zone ("US/Eastern" gives "America/New_York"); returns its length.
int32_t bs_time_zone_canonical(const bs_time_zone *zone, char *buffer, int32_t capacity);

/// What a local time is in a zone.
typedef enum bs_local_time_kind {
    /// One instant: `*earlier` and `*later` are equal.
    BS_LOCAL_TIME_UNIQUE = 0,
    /// The clocks skip it (a DST gap): `*earlier` reads it with the offset before the skip, `*later` with the one after.
    BS_LOCAL_TIME_SKIPPED = 1,
    /// The clocks show it twice (a DST fold): `*earlier` is the first, `*later` the second.
    BS_LOCAL_TIME_REPEATED = 2,
} bs_local_time_kind;

/// The instants, in milliseconds since 1970-01-01T00:00:00Z, of the local time
/// `year`-`month`-`day` `hour`:`minute`:`second` (proleptic Gregorian, month 1-12) in the zone;
/// the caller checks that the fields make a date and a time of day.
bs_local_time_kind bs_time_zone_resolve(bs_time_zone *zone, int32_t year, int32_t month, int32_t day,
                                        int32_t hour, int32_t minute, int32_t second,
                                        double *earlier, double *later, int32_t *status);

/// The zone's offset from UTC at `instant` (milliseconds since 1970), in seconds, DST included.
int32_t bs_time_zone_offset(const bs_time_zone *zone, double instant, int32_t *status);

/// Writes the zone's VTIMEZONE component (RFC 5545), with the rules that apply from `start`
/// (milliseconds since 1970) on, lines ending in CRLF; returns its length.
int32_t bs_time_zone_vtimezone(const bs_time_zone *zone, double start, char *buffer, int32_t capacity,
                               int32_t *status);

typedef struct bs_time_range_format bs_time_range_format;

/// A formatter of time ranges as the language `tag` writes them, on the clocks of the zone `id`,
/// with the fields of the ICU date skeleton `skeleton` ("yMMMMEEEEdjmm"); a range within one day
/// names the day once ("Sunday, June 14, 2026, 6:00 – 7:30 PM").
bs_time_range_format *bs_time_range_format_open(const char *tag, const char *skeleton, const char *id,
                                                int32_t *status);

void bs_time_range_format_close(bs_time_range_format *format);

/// Writes the range `from`-`to` (milliseconds since 1970); returns its length.
int32_t bs_time_range_format_format(const bs_time_range_format *format, double from, double to,
                                    char *buffer, int32_t capacity, int32_t *status);

#ifdef __cplusplus
}
#endif
#endif
