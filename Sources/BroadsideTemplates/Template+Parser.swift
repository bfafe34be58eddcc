extension Template {
    /// Turns source text into a node tree in one pass over its UTF-8 bytes.
    ///
    /// The spec's whitespace rules are applied while parsing, so rendering never looks at
    /// whitespace again: a tag alone on its line (standalone) takes the line with it; the lines
    /// of the template are marked so that an indented partial, parent or block can indent them;
    /// a block's intrinsic indentation is removed from each of its lines.
    struct Parser {
        private let source: [UInt8]
        private let path: String
        private var position = 0
        private var open = Array("{{".utf8)
        private var close = Array("}}".utf8)
        /// The root, then each element still open, innermost last.
        private var frames = [Frame(kind: .root, name: "", offset: 0)]
        /// A template line has begun but its start is not marked yet: it is marked just before the
        /// line's first content, so a line a standalone tag takes away is never marked.
        private var pendingLineStart: LineKind? = .line
        private var atLineStart = true
        /// Whether the current line has had anything but whitespace yet.
        private var lineHasContent = false
        /// Where the current line begins in the innermost frame's text.
        private var lineTextStart = 0

        init(source: String, path: String) {
            self.source = Array(source.utf8)
            self.path = path
        }

        private var top: Int { frames.count - 1 }

        mutating func parse() throws(TemplateError) -> [Node] {
            while position < source.count {
                if atLineStart {
                    beginLine()
                } else if matches(open, at: position) {
                    try parseTag()
                } else {
                    scanText()
                }
            }
            if frames.count > 1 {
                let frame = frames[top]
                throw error(
                    at: source.count,
                    "unclosed \(frame.noun) '\(frame.name)' opened at \(place(frame.offset)); expected \(closingTag(frame.name))")
            }
            return frames[0].finish()
        }

        // MARK: - Text

        private mutating func beginLine() {
            atLineStart = false
            lineHasContent = false
            position = skippingIntrinsicIndentation(at: position)
            lineTextStart = frames[top].text.count
        }

        /// Skips, for each enclosing block, its intrinsic indentation at the start of a line.
        private func skippingIntrinsicIndentation(at start: Int) -> Int {
            var index = start
            for frame in frames where !frame.intrinsicIndentation.isEmpty && matches(frame.intrinsicIndentation, at: index) {
                index += frame.intrinsicIndentation.count
            }
            return index
        }

        /// Appends text up to the next tag or through the end of the line.
        private mutating func scanText() {
            let start = position
            while position < source.count {
                let byte = source[position]
                if byte == UInt8(ascii: "\n") {
                    position += 1
                    atLineStart = true
                    break
                }
                if byte == open[0] && matches(open, at: position) { break }
                if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") && !isLineEnding(at: position) {
                    lineHasContent = true
                }
                position += 1
            }
            if let kind = pendingLineStart, !isLineEnding(at: start) {
                // Blank lines are not indented; any other line is, from its first byte.
                frames[top].markLineStart(kind)
                pendingLineStart = nil
            }
            frames[top].appendText(source[start..<position])
            if atLineStart { pendingLineStart = .line }
        }

        private mutating func markPendingLineStart() {
            guard let kind = pendingLineStart else { return }
            frames[top].markLineStart(kind)
            pendingLineStart = nil
        }

        // MARK: - Tags

        /// A tag as found in the source.
        private struct Tag {
            let sigil: Sigil?
            /// The trimmed text between the delimiters and sigil.
            let content: String
            let offset: Int
            /// Whether only whitespace precedes the tag on its line.
            let hasWhitespaceBefore: Bool
            /// Where the line ends, when only whitespace follows the tag on it.
            let lineEnding: (start: Int, end: Int)?
        }

        /// The character after the opening delimiter that says what a tag does.
        private enum Sigil: UInt8 {
            case section = 35  // #
            case invertedSection = 94  // ^
            case close = 47  // /
            case comment = 33  // !
            case delimiters = 61  // =
            case partial = 62  // >
            case parent = 60  // <
            case block = 36  // $
            case raw = 38  // &
            case triple = 123  // {

            /// Interpolations never stand alone; every other tag may.
            var canStandAlone: Bool { self != .raw && self != .triple }
        }

        private mutating func parseTag() throws(TemplateError) {
            let offset = position
            var contentStart = position + open.count
            let sigil = contentStart < source.count ? Sigil(rawValue: source[contentStart]) : nil
            if sigil != nil { contentStart += 1 }
            let closer: [UInt8] =
                switch sigil {
                case .triple: [UInt8(ascii: "}")] + close
                case .delimiters: [UInt8(ascii: "=")] + close
                default: close
                }
            guard let contentEnd = firstIndex(of: closer, from: contentStart) else {
                let start = source[offset..<min(contentStart + 20, source.count)].prefix { $0 != UInt8(ascii: "\n") }
                throw error(
                    at: offset,
                    "unclosed tag '\(String(decoding: start, as: UTF8.self))'; expected '\(String(decoding: closer, as: UTF8.self))'")
            }
            let end = contentEnd + closer.count
            let tag = Tag(
                sigil: sigil,
                content: trimmed(source[contentStart..<contentEnd]),
                offset: offset,
                hasWhitespaceBefore: !lineHasContent,
                lineEnding: lineEnding(after: end))

            var standaloneIndentation: [UInt8]?
            if sigil?.canStandAlone ?? false, tag.hasWhitespaceBefore, let ending = tag.lineEnding {
                // The tag stands alone: its line goes, and the whitespace before it is its indentation.
                standaloneIndentation = Array(frames[top].text[lineTextStart...])
                if let kind = frames[top].truncateText(at: lineTextStart) { pendingLineStart = kind }
                position = ending.end
                atLineStart = true
            } else {
                position = end
                lineHasContent = true
            }

            switch sigil {
            case nil, .raw, .triple:
                try appendOutput(tag, escaped: sigil == nil)
            case .comment:
                break
            case .delimiters:
                try setDelimiters(tag)
            case .section, .invertedSection:
                try openSection(tag, standalone: standaloneIndentation != nil)
            case .partial:
                try appendPartial(tag, standaloneIndentation: standaloneIndentation)
            case .parent:
                try openParent(tag, standaloneIndentation: standaloneIndentation)
            case .block:
                try openBlock(tag, standalone: standaloneIndentation != nil)
            case .close:
                try close(tag, standalone: standaloneIndentation != nil)
            }
        }

        private mutating func appendOutput(_ tag: Tag, escaped: Bool) throws(TemplateError) {
            let node: Node
            if tag.content.contains(where: \.isWhitespace) {
                do {
                    node = .call(try Call(parsing: tag.content, offset: tag.offset), escaped: escaped)
                } catch {
                    throw self.error(at: tag.offset, error.message)
                }
            } else {
                node = .variable(try name(tag), escaped: escaped, offset: tag.offset)
            }
            markPendingLineStart()
            frames[top].append(node)
        }

        private mutating func setDelimiters(_ tag: Tag) throws(TemplateError) {
            let parts = tag.content.split(whereSeparator: \.isWhitespace)
            guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else {
                throw error(
                    at: tag.offset,
                    "invalid delimiters '\(tag.content)'; expected two delimiters separated by a space, as in {{=<% %>=}}")
            }
            guard parts.allSatisfy({ $0.utf8.count <= Limits.delimiterBytes }) else {
                throw error(at: tag.offset, "delimiters longer than \(Limits.delimiterBytes) bytes in '\(tag.content)'; use short ones, as in {{=<% %>=}}")
            }
            open = Array(parts[0].utf8)
            close = Array(parts[1].utf8)
        }

        private mutating func openSection(_ tag: Tag, standalone: Bool) throws(TemplateError) {
            let name = try name(tag)
            if !standalone { markPendingLineStart() }
            let kind: Frame.Kind = tag.sigil == .section ? .section(name) : .invertedSection(name)
            try push(Frame(kind: kind, name: tag.content, offset: tag.offset))
        }

        private mutating func appendPartial(_ tag: Tag, standaloneIndentation: [UInt8]?) throws(TemplateError) {
            let indentation = standaloneIndentation.map(indentation(of:))
            if indentation == nil {
                markPendingLineStart()
            } else {
                pendingLineStart = .line
            }
            frames[top].append(.partial(Inclusion(name: try templateName(tag), offset: tag.offset, indentation: indentation)))
        }

        private mutating func openParent(_ tag: Tag, standaloneIndentation: [UInt8]?) throws(TemplateError) {
            var frame = Frame(kind: .parent, name: try templateName(tag), offset: tag.offset)
            if let standaloneIndentation {
                frame.indentation = indentation(of: standaloneIndentation)
            } else {
                frame.leadingWhitespace = leadingWhitespace(of: tag)
                markPendingLineStart()
            }
            try push(frame)
        }

        private mutating func openBlock(_ tag: Tag, standalone: Bool) throws(TemplateError) {
            let isArgument = if case .parent = frames[top].kind { true } else { false }
            var frame = Frame(kind: isArgument ? .argumentBlock : .parameterBlock, name: try templateName(tag), offset: tag.offset)
            if standalone {
                frame.intrinsicIndentation = intrinsicIndentation(ofLineAt: position)
                if !isArgument { frame.indentation = indentation(of: frame.intrinsicIndentation) }
            } else {
                if !isArgument { frame.leadingWhitespace = leadingWhitespace(of: tag) }
                markPendingLineStart()
                if isArgument, let ending = tag.lineEnding {
                    // An argument's content begins on the next line when its tag ends the line.
                    position = ending.end
                    atLineStart = true
                    frame.intrinsicIndentation = intrinsicIndentation(ofLineAt: position)
                }
            }
            pendingLineStart = .content
            try push(frame)
        }

        /// Makes `frame` the innermost element; an error at its tag beyond ``Limits/nesting``, so
        /// that the node tree, and every walk over it, stays shallow.
        private mutating func push(_ frame: Frame) throws(TemplateError) {
            guard frames.count <= Limits.nesting else {
                throw error(
                    at: frame.offset,
                    "sections nested deeper than \(Limits.nesting) levels: \(frame.noun) '\(frame.name)' opens level \(frames.count) (sections, inverted sections, parents and blocks all count)")
            }
            frames.append(frame)
        }

        private mutating func close(_ tag: Tag, standalone: Bool) throws(TemplateError) {
            guard frames.count > 1 else {
                throw error(at: tag.offset, "unexpected \(closingTag(tag.content)): no section, parent or block is open")
            }
            guard frames[top].name == tag.content else {
                let frame = frames[top]
                throw error(
                    at: tag.offset,
                    "mismatched \(closingTag(tag.content)); expected \(closingTag(frame.name)) to close the \(frame.noun) '\(frame.name)' opened at \(place(frame.offset))"
                )
            }
            var frame = frames.removeLast()
            let nodes = frame.finish()
            switch frame.kind {
            case .root:
                preconditionFailure("the root frame is never closed")
            case .section(let name):
                frames[top].append(.section(name, nodes, offset: frame.offset))
            case .invertedSection(let name):
                frames[top].append(.invertedSection(name, nodes, offset: frame.offset))
            case .argumentBlock:
                frames[top].arguments[frame.name] = nodes
                endBlockLine(standalone: standalone)
            case .parameterBlock:
                var indentation = frame.indentation
                if indentation == nil, let leading = frame.leadingWhitespace, let ending = tag.lineEnding {
                    // Open and close tags alone on their lines together: a standalone block. The
                    // whitespace before it indents its content; the line ending stays.
                    indentation = dropLeadingWhitespace(leading)
                    if !standalone { position = ending.start }
                }
                frames[top].append(.block(Block(name: frame.name, offset: frame.offset, defaultContent: nodes, indentation: indentation)))
                endBlockLine(standalone: standalone)
            case .parent:
                var indentation = frame.indentation
                if indentation == nil, let leading = frame.leadingWhitespace, let ending = tag.lineEnding {
                    // A standalone parent: like a standalone partial, its line goes.
                    indentation = dropLeadingWhitespace(leading)
                    position = ending.end
                    atLineStart = true
                }
                pendingLineStart = atLineStart ? .line : nil
                frames[top].append(
                    .parent(Inclusion(name: frame.name, offset: frame.offset, indentation: indentation), arguments: frame.arguments))
            }
        }

        /// After a block: a new line if the closing tag took its line; otherwise the line goes on,
        /// and an unused first-line mark of the block's content must not leak out.
        private mutating func endBlockLine(standalone: Bool) {
            if standalone {
                pendingLineStart = .line
            } else if pendingLineStart == .content {
                pendingLineStart = nil
            }
        }

        // MARK: - Whitespace

        /// Where only whitespace follows `index` to the end of its line: the line ending's range.
        private func lineEnding(after index: Int) -> (start: Int, end: Int)? {
            var start = index
            while start < source.count, source[start] == UInt8(ascii: " ") || source[start] == UInt8(ascii: "\t") {
                start += 1
            }
            if start == source.count { return (start, start) }
            if source[start] == UInt8(ascii: "\n") { return (start, start + 1) }
            return isLineEnding(at: start) ? (start, start + 2) : nil
        }

        /// Whether a line ending ("\n" or "\r\n") starts at `index`.
        private func isLineEnding(at index: Int) -> Bool {
            guard index < source.count else { return false }
            return source[index] == UInt8(ascii: "\n")
                || (source[index] == UInt8(ascii: "\r") && index + 1 < source.count && source[index + 1] == UInt8(ascii: "\n"))
        }

        /// The whitespace a block's content lines begin with: that of its first line.
        private func intrinsicIndentation(ofLineAt start: Int) -> [UInt8] {
            let index = skippingIntrinsicIndentation(at: start)
            var end = index
            while end < source.count, source[end] == UInt8(ascii: " ") || source[end] == UInt8(ascii: "\t") { end += 1 }
            return Array(source[index..<end])
        }

        /// The whitespace before an opening tag, when nothing else precedes it on its line.
        private func leadingWhitespace(of tag: Tag) -> (offset: Int, bytes: [UInt8])? {
            tag.hasWhitespaceBefore ? (lineTextStart, Array(frames[top].text[lineTextStart...])) : nil
        }

        /// Removes the whitespace before a standalone element from the text; returns it as the
        /// element's indentation.
        private mutating func dropLeadingWhitespace(_ leading: (offset: Int, bytes: [UInt8])) -> Indentation {
            let kind = frames[top].truncateText(at: leading.offset)
            return Indentation(whitespace: String(decoding: leading.bytes, as: UTF8.self), opensContent: kind == .content)
        }

        private func indentation(of whitespace: [UInt8]) -> Indentation {
            Indentation(whitespace: String(decoding: whitespace, as: UTF8.self), opensContent: pendingLineStart == .content)
        }

        // MARK: - Names

        private func name(_ tag: Tag) throws(TemplateError) -> Name {
            guard !tag.content.isEmpty else {
                throw error(at: tag.offset, "empty tag; expected a name between \(delimiters)")
            }
            guard let name = Name(tag.content) else {
                throw error(
                    at: tag.offset, "invalid name '\(tag.content)'; expected a key such as title or article.title, or '.'")
            }
            return name
        }

        /// The name of a partial, parent or block: any text without whitespace.
        private func templateName(_ tag: Tag) throws(TemplateError) -> String {
            guard !tag.content.isEmpty, !tag.content.contains(where: \.isWhitespace) else {
                throw error(at: tag.offset, "invalid name '\(tag.content)'; expected a name without spaces")
            }
            return tag.content
        }

        // MARK: - Bytes

        private func matches(_ pattern: [UInt8], at index: Int) -> Bool {
            index + pattern.count <= source.count && source[index..<index + pattern.count].elementsEqual(pattern)
        }

        private func firstIndex(of pattern: [UInt8], from start: Int) -> Int? {
            var index = start
            while index + pattern.count <= source.count {
                if source[index] == pattern[0] && matches(pattern, at: index) { return index }
                index += 1
            }
            return nil
        }

        private func trimmed(_ bytes: ArraySlice<UInt8>) -> String {
            let start = bytes.firstIndex { !$0.isWhitespace } ?? bytes.endIndex
            let end = bytes.lastIndex { !$0.isWhitespace }.map { $0 + 1 } ?? start
            return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
        }

        // MARK: - Errors

        private var delimiters: String {
            "\(String(decoding: open, as: UTF8.self)) and \(String(decoding: close, as: UTF8.self))"
        }

        private func closingTag(_ name: String) -> String {
            "\(String(decoding: open, as: UTF8.self))/\(name)\(String(decoding: close, as: UTF8.self))"
        }

        private func place(_ offset: Int) -> String {
            let (line, column) = TemplateError.lineAndColumn(in: source, offset: offset)
            return "\(line):\(column)"
        }

        private func error(at offset: Int, _ message: String) -> TemplateError {
            TemplateError(path: path, source: source, offset: offset, message: message)
        }
    }
}
