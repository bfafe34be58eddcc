import Foundation
import ICUShim

/// Dates in the fixed forms of feeds and protocols, in UTC.
public enum InternetDate {
    /// RFC 822 (as RSS uses it): "Sat, 28 Nov 2026 09:30:00 +0000", by ICU in en_US_POSIX
    /// (English day and month names).
    public static func rfc822(_ date: Date) -> String {
        format(date, with: rfc822Format)
    }

    /// RFC 3339 (as Atom and sitemaps use it): "2026-11-28T09:30:00Z". Only digits, so it is
    /// worked out directly: a build formats every article's date this way.
    public static func rfc3339(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let time = seconds - days * 86_400
        // Howard Hinnant's civil_from_days.
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func digits(_ value: Int, _ count: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, count - text.count)) + text
        }
        return "\(digits(year, 4))-\(digits(month, 2))-\(digits(day, 2))T\(digits(time / 3600, 2)):"
            + "\(digits(time / 60 % 60, 2)):\(digits(time % 60, 2))Z"
    }

    private static let rfc822Format = open(pattern: "EEE, dd MMM yyyy HH:mm:ss Z")

    private static func open(pattern: String) -> ICUObject {
        .essential("open the date pattern '\(pattern)'",
                   open: { bs_date_format_open_pattern("en-US-u-va-posix", pattern, "UTC", $0) },
                   close: bs_date_format_close)
    }

    private static func format(_ date: Date, with format: ICUObject) -> String {
        format.use { format in
            ShimBuffer.text { bs_date_format_format(format, date.icuDate, $0, $1) }
        }
    }
}
