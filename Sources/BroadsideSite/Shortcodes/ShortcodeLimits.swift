/// How much of each kind a file's shortcodes may have: hostile content meets a located error
/// that names the limit, never a deep recursion or a runaway loop.
struct ShortcodeLimits: Sendable {
    /// Paired shortcodes open inside each other.
    var maximumDepth = 16
    /// Arguments of one shortcode.
    var maximumArguments = 64
    /// Bytes of one argument's name or value.
    var maximumArgumentLength = 4096
    /// Bytes of a shortcode's name.
    var maximumNameLength = 128
    /// Shortcodes in one file, escaped ones included.
    var maximumShortcodes = 2000
    /// Bytes the shortcode templates of one file may write together: a template that repeats
    /// `inner` would otherwise double the page at each level of nesting.
    var maximumExpandedBytes = 16 << 20

    /// The limits every build uses.
    static let standard = ShortcodeLimits()
}
