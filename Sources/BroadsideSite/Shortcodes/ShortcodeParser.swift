import Foundation
import BroadsideDiagnostics

/// Finds the shortcodes of a Markdown body as Hugo writes them: `{{< name args >}}`,
/// `{{% name args %}}`, their paired forms closed by `{{< /name >}}`, self-closing
/// `{{< name />}}`, and the escape `{{</* name */>}}`, which stays in the text as `{{< name >}}`.
///
/// Arguments are positional or named (`key="value"`, `key=value`), quoted with `"` (where `\"`
/// is a quote) or backticks (raw, across lines), or bare. Code spans and fenced or indented code
/// blocks are copied as text, never scanned.
struct ShortcodeParser {
    private let bytes: [UInt8]
    private let path: String
    /// The file's line where the body starts.
    private let firstLine: Int
    private let limits: ShortcodeLimits
    private var index = 0
    /// The last place a location was asked for, so that working out lines and columns reads
    /// the text once.
    private var counted = (offset: 0, line: 0, column: 1)
    /// Backtick run lengths that closed nothing, with where their search stopped: before there,
    /// no code span opens with a run of that length.
    private var unmatchedRuns: [Int: Int] = [:]
    private var shortcodeCount = 0

    /// Whether `text` has anything that could open a shortcode; the parser is not needed otherwise.
    static func mayContainShortcodes(_ text: String) -> Bool {
        // memchr from brace to brace over the contiguous bytes: this runs over every article.
        var text = text
        return text.withUTF8 { bytes in
            guard var start = bytes.baseAddress else { return false }
            var remaining = bytes.count
            while remaining >= 3, let found = memchr(start, Int32(UInt8(ascii: "{")), remaining - 2) {
                let brace = UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
                if brace[1] == UInt8(ascii: "{") && (brace[2] == UInt8(ascii: "<") || brace[2] == UInt8(ascii: "%")) {
                    return true
                }
                remaining -= start.distance(to: brace) + 1
                start = brace + 1
            }
            return false
        }
    }

    /// - Parameters:
    ///   - path: the file, for locations.
    ///   - firstLine: the file's line where `body` starts.
    init(_ body: String, path: String, firstLine: Int = 1, limits: ShortcodeLimits = .standard) {
        bytes = Array(body.utf8)
        self.path = path
        self.firstLine = firstLine
        self.limits = limits
    }

    /// The body as text and shortcodes.
    ///
    /// - Throws: the first malformed tag or exceeded limit, at its place in the file.
    mutating func parse() throws(Diagnostic) -> [ShortcodeNode] {
        var stack: [(shortcode: Shortcode, children: [ShortcodeNode])] = []
        var top: [ShortcodeNode] = []
        var textStart = 0
        var lines = BlockState()

        func flushText(upTo end: Int) {
            guard end > textStart else { return }
            Self.append(.text(String(decoding: bytes[textStart..<end], as: UTF8.self)), to: &top)
        }

        while index < bytes.count {
            if index == 0 || bytes[index - 1] == UInt8(ascii: "\n") {
                if skipCodeLines(&lines) { continue }
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "`") {
                skipCodeSpan()
                continue
            }
            guard byte == UInt8(ascii: "{"), let delimiter = openingDelimiter(at: index) else {
                index += 1
                continue
            }
            let start = index
            shortcodeCount += 1
            guard shortcodeCount <= limits.maximumShortcodes else {
                throw error(at: start, "more than \(limits.maximumShortcodes) shortcodes in one file",
                            hint: "split the page; a file may have at most \(limits.maximumShortcodes) shortcodes")
            }
            flushText(upTo: start)
            let tag = try readTag(delimiter: delimiter)
            textStart = index
            switch tag {
            case .escaped(let literal):
                Self.append(.text(literal), to: &top)
            case .opening(let shortcode, let selfClosing):
                if selfClosing {
                    top.append(.shortcode(shortcode))
                } else {
                    guard stack.count < limits.maximumDepth else {
                        throw error(at: start, "shortcodes nested more than \(limits.maximumDepth) deep",
                                    hint: "close some of the shortcodes around this one; the limit is \(limits.maximumDepth)")
                    }
                    stack.append((shortcode, top))
                    top = []
                }
            case .closing(let name):
                guard let opened = stack.lastIndex(where: { $0.shortcode.name == name }) else {
                    throw error(at: start, "closing tag of shortcode '\(name)', which is not open here",
                                hint: "remove it, or open it with {{< \(name) >}} before")
                }
                while stack.count > opened + 1 { Self.close(&stack, &top, inner: nil) }
                Self.close(&stack, &top, inner: top)
            }
        }
        flushText(upTo: bytes.count)
        while !stack.isEmpty { Self.close(&stack, &top, inner: nil) }
        return top
    }

    // MARK: - Tags

    private enum Tag {
        case escaped(String)
        case opening(Shortcode, selfClosing: Bool)
        case closing(String)
    }

    /// `{{<` or `{{%` at `offset`.
    private func openingDelimiter(at offset: Int) -> Shortcode.Delimiter? {
        guard offset + 2 < bytes.count, bytes[offset + 1] == UInt8(ascii: "{") else { return nil }
        switch bytes[offset + 2] {
        case UInt8(ascii: "<"): return .html
        case UInt8(ascii: "%"): return .markdown
        default: return nil
        }
    }

    /// Reads the tag at `index`, leaving `index` after it.
    private mutating func readTag(delimiter: Shortcode.Delimiter) throws(Diagnostic) -> Tag {
        let start = index
        // The first character of the closing delimiter, `>}}` or `%}}`.
        let mark = delimiter == .html ? UInt8(ascii: ">") : UInt8(ascii: "%")
        let display = delimiter == .html ? ("{{<", ">}}") : ("{{%", "%}}")
        index += 3
        skipWhitespace()
        if startsWith("/*") {
            // The escape: everything up to `*/` and the closing delimiter is written out as a tag.
            let contentStart = index + 2
            var end = contentStart
            while end + 1 < bytes.count, !(bytes[end] == UInt8(ascii: "*") && bytes[end + 1] == UInt8(ascii: "/")) { end += 1 }
            guard end + 1 < bytes.count else {
                throw error(at: start, "escaped shortcode \(display.0)/* without */\(display.1)",
                            hint: "an escaped shortcode is written \(display.0)/* name */\(display.1)")
            }
            index = end + 2
            skipWhitespace()
            guard closes(mark) else {
                throw error(at: start, "escaped shortcode not closed by \(display.1) after */",
                            hint: "an escaped shortcode is written \(display.0)/* name */\(display.1)")
            }
            index += 3
            return .escaped(display.0 + String(decoding: bytes[contentStart..<end], as: UTF8.self) + display.1)
        }
        let isClosing = startsWith("/")
        if isClosing { index += 1 }
        let name = try readName(tagStart: start, display: display)
        if isClosing {
            skipWhitespace()
            guard closes(mark) else {
                throw error(at: start, "closing tag of '\(name)' not ended by \(display.1)",
                            hint: "a closing tag is written \(display.0) /\(name) \(display.1)")
            }
            index += 3
            return .closing(name)
        }
        var shortcode = Shortcode(name: name, delimiter: delimiter, location: location(at: start))
        while true {
            let hadSpace = skipWhitespace()
            if closes(mark) {
                index += 3
                return .opening(shortcode, selfClosing: false)
            }
            if startsWith("/"), isSelfClose(mark) {
                index += 4
                return .opening(shortcode, selfClosing: true)
            }
            guard index < bytes.count else {
                throw error(at: start, "shortcode '\(name)' not closed by \(display.1)",
                            hint: "end the tag with \(display.1)")
            }
            guard hadSpace else {
                throw error(at: index, "expected a space before the arguments of shortcode '\(name)'",
                            hint: "write arguments as \(display.0) \(name) key=\"value\" \(display.1)")
            }
            try readArgument(into: &shortcode, mark: mark)
        }
    }

    /// A name: letters, digits, `_`, `-`, with `/` between parts (`{{< docs/note >}}`).
    private mutating func readName(tagStart: Int, display: (String, String)) throws(Diagnostic) -> String {
        let start = index
        while index < bytes.count, Self.isNameByte(bytes[index]) || (bytes[index] == UInt8(ascii: "/")
                && index > start && index + 1 < bytes.count && Self.isNameByte(bytes[index + 1])) {
            index += 1
        }
        guard index > start else {
            throw error(at: tagStart, "expected a shortcode name after \(display.0)",
                        hint: "write \(display.0) name \(display.1); to show the braces themselves, write \(display.0)/* name */\(display.1)")
        }
        guard index - start <= limits.maximumNameLength else {
            throw error(at: start, "shortcode name longer than \(limits.maximumNameLength) bytes",
                        hint: "a shortcode name has at most \(limits.maximumNameLength) bytes")
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
            true
        default:
            false
        }
    }

    /// One argument: `value` or `key=value`, the value quoted, raw or bare.
    private mutating func readArgument(into shortcode: inout Shortcode, mark: UInt8) throws(Diagnostic) {
        let start = index
        guard shortcode.named.count + shortcode.positional.count < limits.maximumArguments else {
            throw error(at: start, "more than \(limits.maximumArguments) arguments to shortcode '\(shortcode.name)'",
                        hint: "a shortcode takes at most \(limits.maximumArguments) arguments")
        }
        let first = try readValue(mark: mark, stopAtEquals: true)
        if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
            guard first.bare, !first.value.isEmpty else {
                throw error(at: start, "an argument name must be a bare word", hint: "write key=\"value\"")
            }
            index += 1
            let value = try readValue(mark: mark, stopAtEquals: false)
            guard shortcode.positional.isEmpty else { throw mixed(at: start, shortcode.name) }
            shortcode.named[first.value] = value.value
        } else {
            guard shortcode.named.isEmpty else { throw mixed(at: start, shortcode.name) }
            shortcode.positional.append(first.value)
        }
    }

    private func mixed(at offset: Int, _ name: String) -> Diagnostic {
        error(at: offset, "shortcode '\(name)' mixes named and positional arguments",
              hint: "Hugo takes either kind in one shortcode, not both")
    }

    /// A quoted, raw (backticks) or bare value at `index`.
    private mutating func readValue(mark: UInt8, stopAtEquals: Bool) throws(Diagnostic) -> (value: String, bare: Bool) {
        let start = index
        guard index < bytes.count else { throw error(at: start, "expected an argument", hint: "end the tag") }
        var value: [UInt8] = []
        func add(_ byte: UInt8) throws(Diagnostic) {
            value.append(byte)
            guard value.count <= limits.maximumArgumentLength else {
                throw error(at: start, "shortcode argument longer than \(limits.maximumArgumentLength) bytes",
                            hint: "an argument has at most \(limits.maximumArgumentLength) bytes")
            }
        }
        let quote = bytes[index]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "`") {
            index += 1
            while index < bytes.count, bytes[index] != quote {
                if quote == UInt8(ascii: "\""), bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count,
                   bytes[index + 1] == UInt8(ascii: "\"") {
                    index += 1
                } else if quote == UInt8(ascii: "\""), bytes[index] == UInt8(ascii: "\n") {
                    throw error(at: start, "quoted argument not closed on its line",
                                hint: "close it with \"; a raw argument in backticks may span lines")
                }
                try add(bytes[index])
                index += 1
            }
            guard index < bytes.count else {
                throw error(at: start, "argument not closed by \(Character(Unicode.Scalar(quote)))",
                            hint: "close the quoted argument")
            }
            index += 1
            return (String(decoding: value, as: UTF8.self), false)
        }
        while index < bytes.count, !bytes[index].isShortcodeSpace, !closes(mark),
              !(stopAtEquals && bytes[index] == UInt8(ascii: "=")), !(bytes[index] == UInt8(ascii: "/") && isSelfClose(mark)) {
            if bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "`") {
                throw error(at: index, "unexpected quote inside a bare argument", hint: "quote the whole value")
            }
            try add(bytes[index])
            index += 1
        }
        guard !value.isEmpty else { throw error(at: start, "expected an argument", hint: "remove the stray character") }
        return (String(decoding: value, as: UTF8.self), true)
    }

    /// `/` followed by the closing delimiter at `index`.
    private func isSelfClose(_ mark: UInt8) -> Bool {
        index + 3 < bytes.count && bytes[index + 1] == mark && bytes[index + 2] == UInt8(ascii: "}")
            && bytes[index + 3] == UInt8(ascii: "}")
    }

    /// `>}}` or `%}}` at `index`.
    private func closes(_ mark: UInt8) -> Bool {
        index + 2 < bytes.count && bytes[index] == mark && bytes[index + 1] == UInt8(ascii: "}")
            && bytes[index + 2] == UInt8(ascii: "}")
    }

    private func startsWith(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return (0..<count).allSatisfy { bytes[index + $0] == text.utf8Start[$0] }
    }

    @discardableResult
    private mutating func skipWhitespace() -> Bool {
        let start = index
        while index < bytes.count, bytes[index].isShortcodeSpace { index += 1 }
        return index > start
    }

    // MARK: - Code

    /// What the lines so far say about the next: CommonMark's block structure, as far as it
    /// decides where code is.
    private struct BlockState {
        var previousBlank = true
        var inIndentedCode = false
        /// A list item is open, so an indented line continues it rather than being code.
        var inList = false
    }

    /// At a line start: skips a fenced code block, or an indented code line, whole.
    ///
    /// - Returns: whether it skipped anything.
    private mutating func skipCodeLines(_ state: inout BlockState) -> Bool {
        let lineEnd = bytes[index...].firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? bytes.count
        var column = 0
        var offset = index
        while offset < lineEnd, bytes[offset] == UInt8(ascii: " ") || bytes[offset] == UInt8(ascii: "\t") {
            column = bytes[offset] == UInt8(ascii: "\t") ? (column / 4 + 1) * 4 : column + 1
            offset += 1
        }
        let blank = offset == lineEnd || bytes[offset] == UInt8(ascii: "\n") || bytes[offset] == UInt8(ascii: "\r")
        defer { state.previousBlank = blank }
        if column >= 4 && !blank && (state.inIndentedCode || (state.previousBlank && !state.inList)) {
            state.inIndentedCode = true
            index = lineEnd
            return true
        }
        if !blank { state.inIndentedCode = false }
        guard !blank else { return false }
        if column < 4, let opening = fence(at: offset, lineEnd: lineEnd, opening: true) {
            index = lineEnd
            while index < bytes.count {
                let end = bytes[index...].firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? bytes.count
                var start = index
                var indent = 0
                while start < end, bytes[start] == UInt8(ascii: " "), indent < 4 { start += 1; indent += 1 }
                index = end
                if indent < 4, let closing = fence(at: start, lineEnd: end, opening: false),
                   closing.byte == opening.byte, closing.length >= opening.length {
                    break
                }
            }
            return true
        }
        if column < 4 && Self.isListMarker(bytes[offset..<lineEnd]) {
            state.inList = true
        } else if column == 0 {
            state.inList = false
        }
        return false
    }

    /// A run of three or more backticks or tildes at `offset`; a closing fence has nothing after it.
    private func fence(at offset: Int, lineEnd: Int, opening: Bool) -> (byte: UInt8, length: Int)? {
        guard offset < lineEnd, bytes[offset] == UInt8(ascii: "`") || bytes[offset] == UInt8(ascii: "~") else { return nil }
        let byte = bytes[offset]
        var end = offset
        while end < lineEnd, bytes[end] == byte { end += 1 }
        guard end - offset >= 3 else { return nil }
        let rest = bytes[end..<lineEnd]
        if opening {
            // An info string after backticks may not hold a backtick.
            if byte == UInt8(ascii: "`"), rest.contains(byte) { return nil }
        } else if !rest.allSatisfy({ $0.isShortcodeSpace }) {
            return nil
        }
        return (byte, end - offset)
    }

    /// `-`, `+`, `*` or `1.`/`1)` followed by a space or the line's end.
    private static func isListMarker(_ line: ArraySlice<UInt8>) -> Bool {
        var offset = line.startIndex
        if let first = line.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "*") {
            offset += 1
        } else {
            while offset < line.endIndex, offset - line.startIndex < 9,
                  (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(line[offset]) { offset += 1 }
            guard offset > line.startIndex, offset < line.endIndex,
                  line[offset] == UInt8(ascii: ".") || line[offset] == UInt8(ascii: ")") else { return false }
            offset += 1
        }
        return offset == line.endIndex || line[offset].isShortcodeSpace
    }

    /// A code span at `index`: a run of backticks, up to the next run of the same length in
    /// the same paragraph (a blank line ends it). A run that closes nothing is text.
    private mutating func skipCodeSpan() {
        let start = index
        while index < bytes.count, bytes[index] == UInt8(ascii: "`") { index += 1 }
        let length = index - start
        if let searchedUpTo = unmatchedRuns[length], index < searchedUpTo { return }
        var offset = index
        while offset < bytes.count {
            if bytes[offset] == UInt8(ascii: "\n") {
                var next = offset + 1
                while next < bytes.count, bytes[next] == UInt8(ascii: " ") || bytes[next] == UInt8(ascii: "\t") { next += 1 }
                if next == bytes.count || bytes[next] == UInt8(ascii: "\n") || bytes[next] == UInt8(ascii: "\r") { break }
            }
            guard bytes[offset] == UInt8(ascii: "`") else {
                offset += 1
                continue
            }
            let runStart = offset
            while offset < bytes.count, bytes[offset] == UInt8(ascii: "`") { offset += 1 }
            if offset - runStart == length {
                index = offset
                return
            }
        }
        unmatchedRuns[length] = offset
    }

    // MARK: - Tree

    /// Closes the innermost open shortcode: with `inner` when its closing tag was found, else
    /// as a shortcode without one, followed by what it seemed to enclose.
    private static func close(_ stack: inout [(shortcode: Shortcode, children: [ShortcodeNode])],
                              _ top: inout [ShortcodeNode], inner: [ShortcodeNode]?) {
        var (shortcode, parent) = stack.removeLast()
        shortcode.inner = inner
        parent.append(.shortcode(shortcode))
        if inner == nil {
            for node in top { append(node, to: &parent) }
        }
        top = parent
    }

    /// Appends `node`, joining text to text.
    private static func append(_ node: ShortcodeNode, to nodes: inout [ShortcodeNode]) {
        if case .text(let text) = node, case .text(let previous)? = nodes.last {
            nodes[nodes.count - 1] = .text(previous + text)
        } else {
            nodes.append(node)
        }
    }

    // MARK: - Locations

    /// The place in the file of the byte at `offset`; offsets asked for only grow, but any works.
    private mutating func location(at offset: Int) -> SourceLocation {
        if offset < counted.offset { counted = (0, 0, 1) }
        var (position, line, column) = counted
        while position < offset {
            if bytes[position] == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if bytes[position] & 0xC0 != 0x80 {
                column += 1
            }
            position += 1
        }
        counted = (offset, line, column)
        return SourceLocation(path: path, line: firstLine + line, column: column)
    }

    private func error(at offset: Int, _ message: String, hint: String) -> Diagnostic {
        var copy = self
        return Diagnostic(at: copy.location(at: offset), message, hint: hint)
    }
}

private extension UInt8 {
    /// Space, tab, or a line break, which separate a shortcode's arguments.
    var isShortcodeSpace: Bool {
        self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D
    }
}
