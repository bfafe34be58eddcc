/// A piece of a page's text as the shortcode parser sees it.
enum ShortcodeNode: Sendable, Equatable {
    /// Text written as it is (code, or text with no shortcode).
    case text(String)
    case shortcode(Shortcode)
}
