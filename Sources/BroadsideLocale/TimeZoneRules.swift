import Foundation
import ICUShim

/// A time zone by its IANA ID ("Africa/Nairobi"), with ICU's rules for it: which instants a
/// clock time there is, the offset from UTC at an instant, and the rules as iCalendar writes them.
///
/// Each zone's ICU object is opened once and shared by every value naming it.
public struct TimeZoneRules: Sendable, Hashable {
    /// The zone's canonical ID, as CLDR has it ("America/New_York" for "US/Eastern").
    public let identifier: String
    /// ICU's zone, with a calendar on its clocks.
    private let zone: ICUObject

    /// The zones opened so far, by the ID they were asked for (`nil` for an ID ICU does not know).
    private static let opened = LockedCache<String, ICUObject?>()

    /// The zone `identifier` names; `nil` when ICU has no such zone.
    public init?(identifier: String) {
        guard identifier.utf8.count <= 64, identifier.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return nil }
        guard let zone = Self.opened.value(for: identifier, orMake: {
            try? ICUObject("open the time zone \(identifier)", open: { bs_time_zone_open(identifier, $0) }, close: bs_time_zone_close)
        }) else { return nil }
        self.zone = zone
        self.identifier = zone.use { zone in ShimBuffer.text { bs_time_zone_canonical(zone, $0, $1) } }
    }

    public static func == (lhs: TimeZoneRules, rhs: TimeZoneRules) -> Bool { lhs.identifier == rhs.identifier }

    public func hash(into hasher: inout Hasher) { hasher.combine(identifier) }

    /// What a clock time is in a zone.
    public enum Instant: Sendable, Equatable {
        case unique(Date)
        /// The clocks skip the time (a DST gap): read with the offset before the skip and after it.
        case skipped(earlier: Date, later: Date)
        /// The clocks show the time twice (a DST fold).
        case repeated(earlier: Date, later: Date)
    }

    /// The instant, or instants, at which clocks in the zone show `time`.
    public func instant(of time: LocalDateTime) -> Instant {
        var (earlier, later, status) = (0.0, 0.0, Int32(0))
        let kind = zone.use { zone in
            bs_time_zone_resolve(zone, Int32(time.year), Int32(time.month), Int32(time.day),
                                 Int32(time.hour), Int32(time.minute), Int32(time.second), &earlier, &later, &status)
        }
        precondition(status == 0, "ICU could not place \(time) in \(identifier): \(LocaleError.icu("resolve a local time", status: status))")
        let (first, second) = (Date(icuDate: earlier), Date(icuDate: later))
        switch kind {
        case BS_LOCAL_TIME_SKIPPED: return .skipped(earlier: first, later: second)
        case BS_LOCAL_TIME_REPEATED: return .repeated(earlier: first, later: second)
        default: return .unique(first)
        }
    }

    /// The offset from UTC at `date`, in seconds (DST included).
    public func offset(at date: Date) -> Int {
        var status: Int32 = 0
        return Int(zone.use { bs_time_zone_offset($0, date.icuDate, &status) })
    }

    /// What clocks in the zone show at `date`.
    public func localTime(at date: Date) -> LocalDateTime {
        LocalDateTime(utcSeconds: Int(date.timeIntervalSince1970.rounded(.down)) + offset(at: date))
    }

    /// `date` in RFC 3339 form with the zone's offset then: `2026-06-14T18:00:00+03:00`.
    public func rfc3339(_ date: Date) -> String {
        let offset = offset(at: date), minutes = abs(offset) / 60
        return LocalDateTime(utcSeconds: Int(date.timeIntervalSince1970.rounded(.down)) + offset).description
            + (offset < 0 ? "-" : "+") + LocalDateTime.digits(minutes / 60, 2) + ":" + LocalDateTime.digits(minutes % 60, 2)
    }

    /// The zone's VTIMEZONE component (RFC 5545) with the rules that apply from `start` on, its
    /// lines ending in CRLF.
    public func iCalendarComponent(from start: Date) -> String {
        var status: Int32 = 0
        let text = zone.use { zone in ShimBuffer.text { bs_time_zone_vtimezone(zone, start.icuDate, $0, $1, &status) } }
        precondition(status == 0, "ICU could not write the rules of \(identifier)")
        return text
    }
}

extension LocalDateTime {
    /// The clock time `seconds` after 1970-01-01T00:00:00 (proleptic Gregorian).
    public init(utcSeconds seconds: Int) {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let time = seconds - days * 86_400
        // Howard Hinnant's civil_from_days.
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        (year, self.month, day) = (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfYear - (153 * monthIndex + 2) / 5 + 1)
        (hour, minute, second) = (time / 3600, time / 60 % 60, time % 60)
    }
}

extension Date {
    /// The instant of ICU's UDate `milliseconds`.
    init(icuDate milliseconds: Double) {
        self.init(timeIntervalSince1970: milliseconds / 1000)
    }
}
