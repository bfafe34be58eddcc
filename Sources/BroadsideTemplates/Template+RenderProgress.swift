extension Template.Renderer {
    /// What one render builds up as it walks the node tree: the output, and how deep and how far
    /// the walk has gone, checked against the ``Template/Limits`` each time it enters a section,
    /// partial, parent or block, so that no template recurses or runs without end.
    struct Progress {
        var output = ""
        /// How many sections, partials, parents and blocks enclose the nodes rendering now.
        private var depth = 0
        /// How many nodes have been visited, counting each time a section repeats.
        private var steps = 0

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
