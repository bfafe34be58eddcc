/// A template function: an extension point (translation, dates, numbers) that stays out of plain
/// Mustache. It receives the call as written in the tag, with its arguments resolved, and
/// returns the text to insert, which is HTML-escaped in `{{…}}` and inserted raw in `{{{…}}}`,
/// with its language (``TemplateText``).
public typealias TemplateFunction = @Sendable (TemplateCall) throws -> TemplateText

/// One call of a template function, such as `{{t reading_time minutes=article.minutes}}`.
public struct TemplateCall: Sendable {
    /// A positional argument.
    public struct Argument: Sendable {
        /// The argument exactly as written: `article.date`, `"long"` (with its quotes), `3`.
        public var text: String
        /// Its value: a key path looked up in the context (`.null` when missing), a quoted
        /// literal as `.string`, a number literal as `.int` or `.double`.
        public var value: TemplateValue

        /// Creates an argument.
        public init(text: String, value: TemplateValue) {
            self.text = text
            self.value = value
        }
    }

    /// The function's name, the first word of the tag.
    public var name: String
    /// The arguments that are not `name=value` pairs, in order.
    public var positional: [Argument]
    /// The `name=value` arguments, each value resolved like a positional argument.
    public var named: [String: TemplateValue]

    /// Creates a call.
    public init(name: String, positional: [Argument] = [], named: [String: TemplateValue] = [:]) {
        self.name = name
        self.positional = positional
        self.named = named
    }
}
