import Foundation

/// Reads front-matter dates: `2026-05-01`, `2026-05-01T10:30`, `2026-05-01 10:30:00`,
/// `2026-05-01T10:30:00.5+03:00`, `…Z`. A date without a zone is in the site's time zone.
enum Timestamp {
    /// The dates pages and feeds can show: years 1 to 9999 in UTC (RFC 3339's four-digit years).
    static let supported = Date(timeIntervalSince1970: Double(daysSince1970(year: 1, month: 1, day: 1) * 86_400))
        ..< Date(timeIntervalSince1970: Double(daysSince1970(year: 10_000, month: 1, day: 1) * 86_400))

    /// The date `text` names, or `nil` when it is no date; it may still be outside `supported`.
    static func parse(_ text: String, timeZone: TimeZone) -> Date? {
        let scalars = Array(text.trimmingSpaces.utf8)
        var index = 0

        func number(digits: Int) -> Int? {
            guard index + digits <= scalars.count else { return nil }
            var value = 0
            for byte in scalars[index..<index + digits] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            index += digits
            return value
        }
        func skip(_ character: Character) -> Bool {
            guard index < scalars.count, scalars[index] == character.asciiValue else { return false }
            index += 1
            return true
        }

        guard let year = number(digits: 4), skip("-"), let month = number(digits: 2), skip("-"),
              let day = number(digits: 2) else { return nil }
        var (hour, minute, second) = (0, 0, 0)
        var zone = timeZone
        if skip("T") || skip("t") || skip(" ") {
            guard let hours = number(digits: 2), skip(":"), let minutes = number(digits: 2) else { return nil }
            (hour, minute) = (hours, minutes)
            if skip(":") {
                guard let seconds = number(digits: 2) else { return nil }
                second = seconds
                if skip(".") {
                    let start = index
                    while index < scalars.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(scalars[index]) {
                        index += 1
                    }
                    guard index > start else { return nil }
                }
            }
            _ = skip(" ")
            if skip("Z") || skip("z") {
                zone = TimeZone(identifier: "UTC")!
            } else if index < scalars.count, scalars[index] == UInt8(ascii: "+") || scalars[index] == UInt8(ascii: "-") {
                let sign = scalars[index] == UInt8(ascii: "-") ? -1 : 1
                index += 1
                guard let hours = number(digits: 2) else { return nil }
                _ = skip(":")
                guard let minutes = number(digits: 2), hours < 24, minutes < 60,
                      let offset = TimeZone(secondsFromGMT: sign * (hours * 3600 + minutes * 60)) else { return nil }
                zone = offset
            }
        }
        guard index == scalars.count, (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day),
              hour < 24, minute < 60, second < 60 else { return nil }
        // Seconds since 1970 as if the time were UTC, then moved by the zone's offset at that time.
        let local = Double(daysSince1970(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second)
        let guess = Date(timeIntervalSince1970: local - Double(zone.secondsFromGMT(for: Date(timeIntervalSince1970: local))))
        return Date(timeIntervalSince1970: local - Double(zone.secondsFromGMT(for: guess)))
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        return [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    }

    /// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    private static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let year = month <= 2 ? year - 1 : year
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
