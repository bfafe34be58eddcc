extension Template {
    /// Renders nodes: a `switch` over each, appending to one output string.
    ///
    /// An immutable value: entering a partial, parent or block makes a copy with that scope's
    /// template, indentation and block arguments.
    struct Renderer {
        /// The template whose nodes are rendering; errors are located in it.
        var template: Template
        let library: TemplateLibrary
        let functions: [String: TemplateFunction]
        /// Added at each template line start.
        var indentation = ""
        /// Added at the start of the first line of a block's content.
        var contentIndentation = ""
        /// The blocks given by the parents being rendered, by name; the outermost child's win.
        var arguments: [String: Argument] = [:]
        /// How many partials, parents and blocks enclose the nodes.
        var depth = 0

        /// Deeper nesting is taken for a template that includes itself without end.
        static let maximumDepth = 100

        /// A block's content given to a parent, with the scope it was written in.
        struct Argument {
            let content: [Node]
            let template: Template
            let indentation: String
        }

        init(template: Template, library: TemplateLibrary, functions: [String: TemplateFunction]) {
            self.template = template
            self.library = library
            self.functions = functions
        }

        func render(_ nodes: [Node], in context: Context, into output: inout String) throws(TemplateError) {
            for node in nodes {
                switch node {
                case .text(let text):
                    render(text, into: &output)
                case .variable(let name, let escaped):
                    context.lookup(name).interpolate(into: &output, escaped: escaped)
                case .call(let call, let escaped):
                    try render(call, escaped: escaped, in: context, into: &output)
                case .section(let name, let content):
                    let value = context.lookup(name)
                    switch value {
                    case .null, .bool(false):
                        break
                    case .array(let items):
                        for item in items {
                            try render(content, in: context.pushing(item), into: &output)
                        }
                    default:
                        try render(content, in: context.pushing(value), into: &output)
                    }
                case .invertedSection(let name, let content):
                    if !context.lookup(name).isTruthy {
                        try render(content, in: context, into: &output)
                    }
                case .partial(let inclusion):
                    try include(inclusion, kind: .partial, arguments: arguments, in: context, into: &output)
                case .parent(let inclusion, let given):
                    var merged = given.mapValues { Argument(content: $0, template: template, indentation: indentation) }
                    merged.merge(arguments) { _, inherited in inherited }
                    try include(inclusion, kind: .parent, arguments: merged, in: context, into: &output)
                case .block(let block):
                    try expand(block, in: context, into: &output)
                }
            }
        }

        private func render(_ text: Text, into output: inout String) {
            guard !text.lineStarts.isEmpty, !(indentation.isEmpty && contentIndentation.isEmpty) else {
                output.append(text.string)
                return
            }
            var start = text.string.startIndex
            for lineStart in text.lineStarts {
                output.append(contentsOf: text.string[start..<lineStart.index])
                output.append(lineStart.opensContent ? contentIndentation : indentation)
                start = lineStart.index
            }
            output.append(contentsOf: text.string[start...])
        }

        private func render(_ call: Call, escaped: Bool, in context: Context, into output: inout String) throws(TemplateError) {
            guard let function = functions[call.function] else {
                let known = functions.keys.sorted().joined(separator: ", ")
                throw template.error(
                    at: call.offset,
                    "unknown function '\(call.function)'; " + (known.isEmpty ? "no functions are available here" : "available: \(known)"))
            }
            let result: String
            do {
                result = try function(call.resolved(in: context))
            } catch {
                throw template.error(at: call.offset, "function '\(call.function)' failed: \(String(describing: error))")
            }
            if escaped { output.appendEscapingHTML(result) } else { output.append(result) }
        }

        private func include(
            _ inclusion: Inclusion, kind: Reference.Kind, arguments: [String: Argument], in context: Context, into output: inout String
        ) throws(TemplateError) {
            guard let included = library[inclusion.name] else {
                guard library.missingPartials == .renderEmpty else {
                    throw .unknownTemplate(Reference(name: inclusion.name, kind: kind, offset: inclusion.offset), in: template)
                }
                return
            }
            var inner = try descending(at: inclusion.offset, into: "\(kind.rawValue) '\(inclusion.name)'")
            inner.template = included
            inner.indentation = inclusion.indentation.map(standaloneIndentation) ?? ""
            inner.contentIndentation = inner.indentation
            inner.arguments = arguments
            try inner.render(included.storage.nodes, in: context, into: &output)
        }

        /// Renders a block's argument if a parent was given one, else its default content. A
        /// standalone block indents every line; an inline one continues the line it is on.
        private func expand(_ block: Block, in context: Context, into output: inout String) throws(TemplateError) {
            let argument = arguments[block.name]
            var inner = argument == nil ? self : try descending(at: block.offset, into: "block '\(block.name)'")
            let standalone = block.indentation.map(standaloneIndentation)
            inner.template = argument?.template ?? template
            inner.indentation = standalone ?? argument?.indentation ?? indentation
            inner.contentIndentation = standalone ?? ""
            try inner.render(argument?.content ?? block.defaultContent, in: context, into: &output)
        }

        private func standaloneIndentation(_ indentation: Indentation) -> String {
            (indentation.opensContent ? contentIndentation : self.indentation) + indentation.whitespace
        }

        /// A copy one level deeper; an error once templates nest without end.
        private func descending(at offset: Int, into what: @autoclosure () -> String) throws(TemplateError) -> Renderer {
            guard depth < Self.maximumDepth else {
                throw template.error(
                    at: offset,
                    "templates nest more than \(Self.maximumDepth) levels deep at \(what()); does it include itself without end?")
            }
            var inner = self
            inner.depth += 1
            return inner
        }
    }
}
