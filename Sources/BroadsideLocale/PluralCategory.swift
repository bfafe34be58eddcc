/// A CLDR plural category. Categories order as CLDR lists them: zero, one, two, few, many, other.
public enum PluralCategory: String, CaseIterable, Sendable, Codable, Comparable {
    case zero, one, two, few, many, other

    public static func < (lhs: PluralCategory, rhs: PluralCategory) -> Bool {
        lhs.order < rhs.order
    }

    private var order: Int { Self.allCases.firstIndex(of: self)! }

    /// The category an ICU keyword names; ICU's keywords are exactly CLDR's six categories.
    init(keyword: String) {
        guard let category = PluralCategory(rawValue: keyword) else {
            preconditionFailure("ICU returned the unknown plural keyword '\(keyword)'")
        }
        self = category
    }
}
