/// The direction in which a language's script runs, as HTML's `dir` attribute spells it.
public enum TextDirection: String, Sendable, Codable {
    /// Left to right.
    case ltr
    /// Right to left: Arabic, Hebrew, Thaana, N'Ko, ...
    case rtl
}
