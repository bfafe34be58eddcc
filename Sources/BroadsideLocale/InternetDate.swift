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
        LocalDateTime(utcSeconds: Int(date.timeIntervalSince1970.rounded(.down))).description + "Z"
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
