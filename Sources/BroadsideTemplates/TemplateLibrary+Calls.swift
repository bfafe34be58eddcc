extension TemplateLibrary {
    /// The first argument of every call of the function `function` in this library's templates
    /// (`{{t nav_home}}` and `{{t "nav_home"}}` give `nav_home`): the UI strings a site's
    /// templates show, say.
    public func firstArguments(ofCallsTo function: String) -> Set<String> {
        var found: Set<String> = []
        func visit(_ nodes: [Template.Node]) {
            for node in nodes {
                switch node {
                case .call(let call, _) where call.function == function:
                    guard let first = call.positional.first else { continue }
                    if case .literal(.string(let text)) = first.operand { found.insert(text) } else { found.insert(first.text) }
                case .section(_, let content, _), .invertedSection(_, let content, _):
                    visit(content)
                case .parent(_, let arguments):
                    arguments.values.forEach(visit)
                case .block(let block):
                    visit(block.defaultContent)
                case .call, .text, .variable, .partial:
                    continue
                }
            }
        }
        for template in templates.values { visit(template.storage.nodes) }
        return found
    }
}
