extension Template.Parser {
    /// Which indentation a template line start takes when rendered.
    enum LineKind {
        /// An ordinary line of the template: the indentation of where it is rendered.
        case line
        /// The first line of a block's content: the block's site decides.
        case content
    }

    /// The root or an element (section, parent, block) being parsed, with its nodes so far and the
    /// text not yet made into a node.
    struct Frame {
        enum Kind {
            case root
            case section(Template.Name)
            case invertedSection(Template.Name)
            case parent
            /// A block directly inside a parent tag: content given to the parent.
            case argumentBlock
            /// A block anywhere else: a place the template's children can fill.
            case parameterBlock
        }

        let kind: Kind
        /// The name as written in the opening tag, matched against the closing tag.
        let name: String
        /// UTF-8 offset of the opening tag.
        let offset: Int
        private var nodes: [Template.Node] = []
        /// Text since the last node; whole lines are dropped from it when a tag stands alone.
        private(set) var text: [UInt8] = []
        private var lineStarts: [(offset: Int, kind: LineKind)] = []

        /// Whitespace that every line of a block's content begins with, which the block's site
        /// replaces by its own indentation (the spec's "intrinsic indentation").
        var intrinsicIndentation: [UInt8] = []
        /// The blocks given to a parent.
        var arguments: [String: [Template.Node]] = [:]
        /// For a parent or parameter block whose opening tag stands alone on its line.
        var indentation: Template.Indentation?
        /// For one whose opening tag has only whitespace before it on its line: that whitespace and
        /// where it begins in the enclosing frame's text, dropped if the closing tag ends its line.
        var leadingWhitespace: (offset: Int, bytes: [UInt8])?

        init(kind: Kind, name: String, offset: Int) {
            self.kind = kind
            self.name = name
            self.offset = offset
        }

        /// What kind of element this is, for messages.
        var noun: String {
            switch kind {
            case .root: "template"
            case .section: "section"
            case .invertedSection: "inverted section"
            case .parent: "parent"
            case .argumentBlock, .parameterBlock: "block"
            }
        }

        mutating func appendText(_ bytes: ArraySlice<UInt8>) {
            text.append(contentsOf: bytes)
        }

        /// Marks that a template line begins here.
        mutating func markLineStart(_ kind: LineKind) {
            lineStarts.append((text.count, kind))
        }

        /// Drops the text from `offset` on; returns the kind of the line start dropped with it.
        mutating func truncateText(at offset: Int) -> LineKind? {
            text.removeSubrange(offset...)
            var dropped: LineKind?
            while let last = lineStarts.last, last.offset >= offset {
                dropped = last.kind
                lineStarts.removeLast()
            }
            return dropped
        }

        mutating func append(_ node: Template.Node) {
            flushText()
            nodes.append(node)
        }

        /// The finished content.
        mutating func finish() -> [Template.Node] {
            flushText()
            return nodes
        }

        private mutating func flushText() {
            guard !text.isEmpty || !lineStarts.isEmpty else { return }
            let string = String(decoding: text, as: UTF8.self)
            let utf8 = string.utf8
            let starts = lineStarts.map {
                Template.Text.LineStart(index: utf8.index(utf8.startIndex, offsetBy: $0.offset), opensContent: $0.kind == .content)
            }
            nodes.append(.text(Template.Text(string: string, lineStarts: starts)))
            text.removeAll(keepingCapacity: true)
            lineStarts.removeAll(keepingCapacity: true)
        }
    }
}
