extension Template.Renderer {
    /// What one render builds up as it walks the node tree: the output, and how deep and how far
    /// the walk has gone, checked against the ``Template/Limits`` each time it enters a section,
    /// partial, parent or block, so that no template recurses or runs without end.
    struct Progress {
        var output = ""
        /// Where `output` stands in its HTML, read only when text of a language is inserted.
        private var html = HTMLContext()
        /// How many sections, partials, parents and blocks enclose the nodes rendering now.
        private var depth = 0
        /// How many nodes have been visited, counting each time a section repeats.
        private var steps = 0

        /// Inserts `text`, escaped or as it is, marked as ``TemplateText`` says when its language
        /// is not the one around it.
        mutating func insert(_ text: TemplateText, escaped: Bool) {
            func append(_ text: String) { if escaped { output.appendEscapingHTML(text) } else { output.append(text) } }
            guard let language = text.language else { return append(text.text) }
            html.read(output)
            guard let around = html.language, !language.isNamed(around) else { return append(text.text) }
            let turns = html.isRightToLeft.map { $0 != language.isRightToLeft } ?? true
            switch html.place {
            case .content:
                output.append("<span lang=\"")
                output.appendEscapingHTML(language.tag)
                output.append("\" dir=\"\(language.direction)\">")
                append(text.text)
                output.append("</span>")
            case .tag where turns, .text where turns:
                // LRI or RLI … PDI: no markup is possible here.
                output.append(language.isRightToLeft ? "\u{2067}" : "\u{2066}")
                append(text.text)
                output.append("\u{2069}")
            case .tag, .text, .raw:
                append(text.text)
            }
        }

        /// Counts `count` nodes about to be visited.
        mutating func visit(_ count: Int) {
            steps += count
        }

        /// Enters the section, partial, parent or block `what` at `offset` in `template`; an error
        /// there once a limit is passed. Every `enter` that returns is paired with a ``leave()``.
        /// - Parameter indentation: The bytes of indentation its lines will get, which count
        ///   towards the output, for they are copied into it line by line.
        mutating func enter(
            _ what: @autoclosure () -> String, at offset: Int, in template: Template, indentation: Int = 0
        ) throws(TemplateError) {
            typealias Limits = Template.Limits
            guard depth < Limits.renderDepth else {
                throw template.error(
                    at: offset,
                    "templates nest more than \(Limits.renderDepth) levels deep at \(what()) (sections, partials, parents and blocks all count); does a template include itself without end?")
            }
            guard steps <= Limits.renderSteps else {
                throw template.error(
                    at: offset,
                    "rendering takes more than \(Limits.renderSteps) steps at \(what()); do sections or partials repeat without end?")
            }
            guard output.utf8.count + indentation <= Limits.outputBytes else {
                throw template.error(
                    at: offset,
                    "the output grows beyond the limit of \(Limits.outputBytes) bytes (64 MiB) at \(what()); do sections or partials repeat without end?")
            }
            depth += 1
        }

        /// Leaves what the last ``enter(_:at:in:indentation:)`` entered.
        mutating func leave() {
            depth -= 1
        }
    }
}
