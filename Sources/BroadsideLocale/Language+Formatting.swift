import Foundation
import ICUShim

extension Language {
    /// A date (without time) as the language writes it, in the language's default calendar:
    /// "November 28, 2026" in English, "28 ноября 2026 г." in Russian, the Persian calendar in fa.
    ///
    /// - Parameters:
    ///   - date: The moment to format; only its value is used, never Foundation's formatting.
    ///   - style: The length of the format.
    ///   - timeZone: The site's time zone, an Olson ID such as "Africa/Nairobi"; ICU formats an
    ///     ID it does not know as GMT.
    /// - Returns: The formatted date.
    public func format(_ date: Date, style: DateStyle, timeZone: String = "UTC") -> String {
        service(.dateFormat(style, timeZone: timeZone)).use { format in
            ShimBuffer.text { bs_date_format_format(format, date.icuDate, $0, $1) }
        }
    }

    /// A time range as the language writes it on the clocks of `zone`, with the weekday, the
    /// date and the times: "Sunday, June 14, 2026, 6:00 – 7:30 PM" (the day once when both ends
    /// fall on it); a range of no length is the one time.
    public func format(from start: Date, to end: Date, in zone: TimeZoneRules) -> String {
        var status: Int32 = 0
        let text = service(.timeRange(timeZone: zone.identifier)).use { format in
            ShimBuffer.text { bs_time_range_format_format(format, start.icuDate, max(start, end).icuDate, $0, $1, &status) }
        }
        precondition(status == 0, "ICU could not format a time range for \(tag): \(LocaleError.icu("format a range", status: status))")
        return text
    }

    /// The zone's name in the language at `date`, DST told apart: "East Africa Time",
    /// "Central European Summer Time", "توقيت شرق أفريقيا".
    public func name(of zone: TimeZoneRules, at date: Date) -> String {
        service(.datePattern("zzzz", timeZone: zone.identifier)).use { format in
            ShimBuffer.text { bs_date_format_format(format, date.icuDate, $0, $1) }
        }
    }

    /// A grouped decimal number in the language's digits: "1,234.5", "١٬٢٣٤٫٥" in Arabic.
    public func format(_ number: Double) -> String {
        format(number, with: .decimalFormat)
    }

    /// A fraction as a percentage: 0.25 is "25%" in English, "٢٥٪؜" in Arabic.
    public func formatPercent(_ fraction: Double) -> String {
        format(fraction, with: .percentFormat)
    }

    private func format(_ number: Double, with service: Service) -> String {
        self.service(service).use { format in
            ShimBuffer.text { bs_number_format_format(format, number, $0, $1) }
        }
    }
}
