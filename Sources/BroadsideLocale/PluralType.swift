/// Which of a language's two sets of plural rules applies.
public enum PluralType: Sendable {
    /// Counting: "1 file", "2 files".
    case cardinal
    /// Ranking: "1st", "2nd", "3rd", "4th".
    case ordinal
}
