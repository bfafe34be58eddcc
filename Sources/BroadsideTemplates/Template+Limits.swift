extension Template {
    /// The bounds that keep any template, however hostile, from crashing or hanging the engine:
    /// each is far beyond what a real template needs, and exceeding one is a ``TemplateError``
    /// located at the tag (or the file) that exceeds it, naming the limit.
    public enum Limits {
        /// The largest template source, in UTF-8 bytes (1 MiB).
        public static let sourceBytes = 1 << 20
        /// How many sections, inverted sections, parents and blocks one template may have open
        /// at once.
        public static let nesting = 50
        /// The longest delimiter that `{{=<% %>=}}` may set, in UTF-8 bytes.
        public static let delimiterBytes = 16
        /// How many sections, partials, parents and blocks may enclose one another while a
        /// template renders, across every template it includes: the deepest render fits in the
        /// 512 KiB stack of a secondary thread on macOS, even in a debug build.
        public static let renderDepth = 100
        /// The most nodes one render may visit, counting each time a section repeats.
        public static let renderSteps = 10_000_000
        /// The largest text one render may produce, in UTF-8 bytes (64 MiB).
        public static let outputBytes = 64 << 20
        /// How many arrays and objects a ``TemplateValue`` that is decoded may have around one
        /// another.
        public static let dataNesting = 100
    }
}
