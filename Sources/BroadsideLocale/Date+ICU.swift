import Foundation

extension Date {
    /// The date as ICU's UDate: milliseconds since 1970-01-01T00:00:00Z.
    var icuDate: Double { timeIntervalSince1970 * 1000 }
}
