/// The lengths of CLDR's date formats ("11/28/26" to "Saturday, November 28, 2026" in English).
public enum DateStyle: String, Sendable, CaseIterable {
    case short, medium, long, full
}
