extension Template {
    /// A partial or parent tag, where it stands in the source.
    struct Reference: Sendable {
        enum Kind: String, Sendable {
            case partial, parent
        }

        let name: String
        let kind: Kind
        let offset: Int

        /// The references in `nodes` and everything they contain. Text inside a parent tag other
        /// than its blocks never renders, so it refers to nothing.
        static func all(in nodes: [Node]) -> [Reference] {
            nodes.flatMap { node -> [Reference] in
                switch node {
                case .text, .variable, .call:
                    []
                case .section(_, let content, _), .invertedSection(_, let content, _):
                    all(in: content)
                case .block(let block):
                    all(in: block.defaultContent)
                case .partial(let inclusion):
                    [Reference(name: inclusion.name, kind: .partial, offset: inclusion.offset)]
                case .parent(let inclusion, let arguments):
                    [Reference(name: inclusion.name, kind: .parent, offset: inclusion.offset)]
                        + arguments.values.flatMap { all(in: $0) }
                }
            }
        }
    }
}
