import ICUShim

extension Language {
    /// The ICU objects a language makes on demand and keeps.
    enum Service: Hashable, Sendable {
        /// Language names capitalised for a menu, or for the middle of a sentence.
        case displayNames(inSentence: Bool)
        case pluralRules(PluralType)
        case dateFormat(DateStyle, timeZone: String)
        /// A date format of an ICU pattern ("zzzz") in a time zone.
        case datePattern(String, timeZone: String)
        /// Time ranges with the weekday, the date and the times, on a zone's clocks.
        case timeRange(timeZone: String)
        case decimalFormat
        case percentFormat
        case collator

        /// Opens the ICU object for the language `tag`.
        func open(for tag: LanguageTag) -> ICUObject {
            let id = tag.identifier
            switch self {
            case .displayNames(let inSentence):
                return .essential("open display names for \(id)",
                                  open: { bs_display_names_open(id, inSentence ? 1 : 0, $0) },
                                  close: bs_display_names_close)
            case .pluralRules(let type):
                return .essential("open plural rules for \(id)",
                                  open: { bs_plural_rules_open(id, type == .ordinal ? 1 : 0, $0) },
                                  close: bs_plural_rules_close)
            case .dateFormat(let style, let timeZone):
                return .essential("open a date format for \(id)",
                                  open: { bs_date_format_open(id, style.shimStyle, timeZone, $0) },
                                  close: bs_date_format_close)
            case .datePattern(let pattern, let timeZone):
                return .essential("open the date pattern '\(pattern)' for \(id)",
                                  open: { bs_date_format_open_pattern(id, pattern, timeZone, $0) },
                                  close: bs_date_format_close)
            case .timeRange(let timeZone):
                return .essential("open a time range format for \(id)",
                                  open: { bs_time_range_format_open(id, "yMMMMEEEEdjmm", timeZone, $0) },
                                  close: bs_time_range_format_close)
            case .decimalFormat:
                return .essential("open a number format for \(id)",
                                  open: { bs_number_format_open(id, BS_NUMBER_DECIMAL, $0) },
                                  close: bs_number_format_close)
            case .percentFormat:
                return .essential("open a percent format for \(id)",
                                  open: { bs_number_format_open(id, BS_NUMBER_PERCENT, $0) },
                                  close: bs_number_format_close)
            case .collator:
                return .essential("open a collator for \(id)",
                                  open: { bs_collator_open(id, $0) }, close: bs_collator_close)
            }
        }
    }
}

extension DateStyle {
    /// The shim's name for the style.
    var shimStyle: bs_date_style {
        switch self {
        case .short: BS_DATE_SHORT
        case .medium: BS_DATE_MEDIUM
        case .long: BS_DATE_LONG
        case .full: BS_DATE_FULL
        }
    }
}
