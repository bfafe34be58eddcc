extension Template {
    /// Renders nodes: a `switch` over each, appending to one ``Progress``, which bounds the walk.
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

        func render(_ nodes: [Node], in context: Context, into progress: inout Progress) throws(TemplateError) {
            progress.visit(nodes.count)
            for node in nodes {
                switch node {
                case .text(let text):
                    render(text, into: &progress.output)
                case .variable(let name, let escaped, let offset):
                    try interpolate(name, escaped: escaped, at: offset, in: context, into: &progress)
                case .call(let call, let escaped):
                    try render(call, escaped: escaped, in: context, into: &progress)
                case .section(let name, let content, let offset):
                    try renderSection(name, content, at: offset, in: context, into: &progress)
                case .invertedSection(let name, let content, let offset):
                    if !context.lookup(name).isTruthy {
                        try render(content, in: context, entering: "inverted section '\(name)'", at: offset, into: &progress)
                    }
                case .partial(let inclusion):
                    try include(inclusion, kind: .partial, arguments: arguments, in: context, into: &progress)
                case .parent(let inclusion, let given):
                    try includeParent(inclusion, given: given, in: context, into: &progress)
                case .block(let block):
                    try expand(block, in: context, into: &progress)
                }
            }
        }

        /// A value, or where the context lacks the name but a function has it, a call without
        /// arguments, which the function may reject: `{{t}}` needs a key.
        private func interpolate(
            _ name: Name, escaped: Bool, at offset: Int, in context: Context, into progress: inout Progress
        ) throws(TemplateError) {
            if let value = context.value(of: name) {
                value.interpolate(into: &progress.output, escaped: escaped)
            } else if case .key(let key) = name, functions[key] != nil {
                try render(Call(function: key, positional: [], named: [:], offset: offset), escaped: escaped, in: context, into: &progress)
            }
        }

        private func renderSection(
            _ name: Name, _ content: [Node], at offset: Int, in context: Context, into progress: inout Progress
        ) throws(TemplateError) {
            let value = context.lookup(name)
            switch value {
            case .null, .bool(false):
                break
            case .array(let items):
                for item in items {
                    try render(content, in: context.pushing(item), entering: "section '\(name)'", at: offset, into: &progress)
                }
            default:
                try render(content, in: context.pushing(value), entering: "section '\(name)'", at: offset, into: &progress)
            }
        }

        private func includeParent(
            _ inclusion: Inclusion, given: [String: [Node]], in context: Context, into progress: inout Progress
        ) throws(TemplateError) {
            var merged = given.mapValues { Argument(content: $0, template: template, indentation: indentation) }
            merged.merge(arguments) { _, inherited in inherited }
            try include(inclusion, kind: .parent, arguments: merged, in: context, into: &progress)
        }

        /// Renders `nodes` one level deeper, inside the section, partial, parent or block `what`
        /// whose tag is at `offset`.
        private func render(
            _ nodes: [Node], in context: Context, entering what: @autoclosure () -> String, at offset: Int,
            into progress: inout Progress
        ) throws(TemplateError) {
            try progress.enter(what(), at: offset, in: template)
            try render(nodes, in: context, into: &progress)
            progress.leave()
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

        private func render(_ call: Call, escaped: Bool, in context: Context, into progress: inout Progress) throws(TemplateError) {
            guard let function = functions[call.function] else {
                let known = functions.keys.sorted().joined(separator: ", ")
                throw template.error(
                    at: call.offset,
                    "unknown function '\(call.function)'; " + (known.isEmpty ? "no functions are available here" : "available: \(known)"))
            }
            let result: TemplateText
            do {
                result = try function(call.resolved(in: context))
            } catch {
                throw template.error(at: call.offset, "function '\(call.function)' failed: \(String(describing: error))")
            }
            progress.insert(result, escaped: escaped)
        }

        private func include(
            _ inclusion: Inclusion, kind: Reference.Kind, arguments: [String: Argument], in context: Context,
            into progress: inout Progress
        ) throws(TemplateError) {
            guard let included = library[inclusion.name] else {
                guard library.missingPartials == .renderEmpty else {
                    throw .unknownTemplate(Reference(name: inclusion.name, kind: kind, offset: inclusion.offset), in: template)
                }
                return
            }
            var inner = self
            inner.template = included
            inner.indentation = inclusion.indentation.map(standaloneIndentation) ?? ""
            inner.contentIndentation = inner.indentation
            inner.arguments = arguments
            try progress.enter(
                "\(kind.rawValue) '\(inclusion.name)'", at: inclusion.offset, in: template, indentation: inner.indentation.utf8.count)
            try inner.render(included.storage.nodes, in: context, into: &progress)
            progress.leave()
        }

        /// Renders a block's argument if a parent was given one, else its default content. A
        /// standalone block indents every line; an inline one continues the line it is on.
        private func expand(_ block: Block, in context: Context, into progress: inout Progress) throws(TemplateError) {
            let argument = arguments[block.name]
            let standalone = block.indentation.map(standaloneIndentation)
            var inner = self
            inner.template = argument?.template ?? template
            inner.indentation = standalone ?? argument?.indentation ?? indentation
            inner.contentIndentation = standalone ?? ""
            try progress.enter("block '\(block.name)'", at: block.offset, in: template, indentation: inner.indentation.utf8.count)
            try inner.render(argument?.content ?? block.defaultContent, in: context, into: &progress)
            progress.leave()
        }

        private func standaloneIndentation(_ indentation: Indentation) -> String {
            (indentation.opensContent ? contentIndentation : self.indentation) + indentation.whitespace
        }
    }
}
