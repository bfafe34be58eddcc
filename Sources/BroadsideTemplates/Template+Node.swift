extension Template {
    /// One piece of a parsed template. Rendering is a `switch` over these; nothing is re-parsed.
    enum Node: Sendable {
        /// Literal text.
        case text(Text)
        /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (raw), at a UTF-8 offset. A bare name
        /// that the context lacks but a function has is a call of that function without arguments.
        case variable(Name, escaped: Bool, offset: Int)
        /// `{{function argument name=value}}`, escaped or raw like a variable.
        case call(Call, escaped: Bool)
        /// `{{#name}}…{{/name}}`, opened at a UTF-8 offset.
        case section(Name, [Node], offset: Int)
        /// `{{^name}}…{{/name}}`, opened at a UTF-8 offset.
        case invertedSection(Name, [Node], offset: Int)
        /// `{{>name}}`.
        case partial(Inclusion)
        /// `{{<name}}…{{/name}}` with the blocks given inside it, by name.
        case parent(Inclusion, arguments: [String: [Node]])
        /// `{{$name}}default{{/name}}`: a place a child template can fill.
        case block(Block)
    }

    /// Literal text, with the places where a line of the template begins: rendered inside an
    /// indented partial, parent or block, each gets the indentation.
    struct Text: Sendable {
        let string: String
        let lineStarts: [LineStart]

        /// A place in `string` where a template line begins.
        struct LineStart: Sendable {
            let index: String.Index
            /// Whether this is the first line of a block's content, which the block's site indents.
            let opensContent: Bool
        }
    }

    /// How a standalone partial, parent or block is indented: the whitespace before its tag, added
    /// to the indentation of the line it stands on.
    struct Indentation: Sendable {
        let whitespace: String
        /// Whether it stands on the first line of a block's content.
        let opensContent: Bool
    }

    /// A partial or parent tag.
    struct Inclusion: Sendable {
        let name: String
        /// UTF-8 offset of the tag, for errors.
        let offset: Int
        /// Nil when the tag is inline: the included template is then not indented.
        let indentation: Indentation?
    }

    /// A block tag outside a parent tag: a parameter of its template.
    struct Block: Sendable {
        let name: String
        /// UTF-8 offset of the tag, for errors.
        let offset: Int
        let defaultContent: [Node]
        /// Nil when the block is inline; otherwise every line of its content gets this.
        let indentation: Indentation?
    }
}
