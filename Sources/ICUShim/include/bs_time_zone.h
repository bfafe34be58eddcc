#ifndef BROADSIDE_BS_TIME_ZONE_H
#define BROADSIDE_BS_TIME_ZONE_H
// Time zones by their IANA IDs ("Africa/Nairobi"): local times, their rules as iCalendar has
// them, and time ranges in a language.
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Writes CLDR's canonical ID of the zone `id` ("US/Eastern" gives "America/New_York") and
/// returns its length; returns -1 for an ID that names no zone ICU has.
int32_t bs_time_zone_canonical(const char *id, char *buffer, int32_t capacity);

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
/// `year`-`month`-`day` `hour`:`minute`:`second` (proleptic Gregorian, month 1-12) in the zone `id`;
/// the caller checks that the fields make a date and a time of day.
bs_local_time_kind bs_time_zone_resolve(const char *id, int32_t year, int32_t month, int32_t day,
                                        int32_t hour, int32_t minute, int32_t second,
                                        double *earlier, double *later, int32_t *status);

/// The zone's offset from UTC at `instant` (milliseconds since 1970), in seconds, DST included.
int32_t bs_time_zone_offset(const char *id, double instant, int32_t *status);

/// Writes the zone's VTIMEZONE component (RFC 5545), with the rules that apply from `start`
/// (milliseconds since 1970) on, lines ending in CRLF; returns its length.
int32_t bs_time_zone_vtimezone(const char *id, double start, char *buffer, int32_t capacity,
                               int32_t *status);

/// Writes the range `from`-`to` (milliseconds since 1970) as the language `tag` writes it, in
/// the zone `id`, with the fields of the ICU date skeleton `skeleton` ("yMMMMEEEEdjmm"); a range
/// within one day names the day once ("Sunday, June 14, 2026, 6:00 – 7:30 PM"). Returns its length.
int32_t bs_time_range_format(const char *tag, const char *skeleton, const char *id, double from,
                             double to, char *buffer, int32_t capacity, int32_t *status);

#ifdef __cplusplus
}
#endif
#endif
