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
