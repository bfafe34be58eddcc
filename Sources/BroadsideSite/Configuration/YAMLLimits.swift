/// The most that Broadside reads from one YAML document (site.yaml, front matter, a locale file),
/// checked on libyaml's event stream before any tree is built, so that no input — an alias bomb,
/// nesting a hundred thousand deep, a huge file — can exhaust memory, time or the stack.
enum YAMLLimits {
    /// Bytes of YAML text in one document.
    static let maximumBytes = 1 << 20
    /// Levels of lists and mappings inside one another, aliases expanded.
    static let maximumDepth = 64
    /// Values (scalars, lists, mappings) once every alias is expanded to its anchor's value.
    static let maximumNodes = 100_000

    /// Checks `text` against the limits, and that no value holds a control character.
    ///
    /// - Throws: the first limit exceeded or YAML syntax error, at its place in the file.
    /// - Parameter always: read the events even when the text could pass no limit (after Yams
    ///   found a syntax error: libyaml's own says more exactly where and what).
    static func check(_ text: String, path: String, firstLine: Int, always: Bool = false) throws(Diagnostic) {
        guard text.utf8.count <= maximumBytes else {
            throw Diagnostic(at: SourceLocation(path: path, line: firstLine, column: 1),
                             "YAML text is \(text.utf8.count) bytes, over the limit of \(maximumBytes) bytes (1 MiB)",
                             hint: "split it into smaller files")
        }
        guard always || couldPassALimit(text) else { return }
        let reader = YAMLEventReader(text, path: path, firstLine: firstLine)
        /// An anchored value's size and depth, which an alias to it adds.
        var anchors: [String: (nodes: Int, depth: Int)] = [:]
        /// The open lists and mappings: their anchor, node count and depth so far.
        var open: [(anchor: String?, nodes: Int, depth: Int)] = []
        var total = 0

        func add(nodes: Int, depth: Int, at mark: YAMLEventReader.Mark) throws(Diagnostic) {
            total += nodes
            guard total <= maximumNodes else {
                throw Diagnostic(at: reader.location(of: mark),
                                 "YAML has more than \(maximumNodes) values once its aliases are expanded",
                                 hint: "an alias (*name) repeats its anchor's whole value; use fewer or smaller aliases")
            }
            guard open.count + depth <= maximumDepth else { throw tooDeep(at: reader.location(of: mark)) }
        }
        func close(nodes: Int, depth: Int, anchor: String?) {
            if let anchor { anchors[anchor] = (nodes, depth) }
            guard !open.isEmpty else { return }
            open[open.count - 1].nodes += nodes
            open[open.count - 1].depth = max(open[open.count - 1].depth, depth + 1)
        }

        while let event = try reader.next() {
            switch event.kind {
            case let .scalar(value, _):
                try add(nodes: 1, depth: 0, at: event.start)
                if let control = value.unicodeScalars.first(where: ForbiddenCharacter.contains) {
                    throw Diagnostic(at: reader.location(of: event.start),
                                     "YAML: control character \(ForbiddenCharacter.name(control.value)) in a value",
                                     hint: "remove the escape; text may hold no control characters but tab and line breaks")
                }
                close(nodes: 1, depth: 0, anchor: event.anchor)
            case let .alias(anchor):
                // An undefined alias is Yams' error to report.
                let (nodes, depth) = anchors[anchor] ?? (1, 0)
                try add(nodes: nodes, depth: depth, at: event.start)
                close(nodes: nodes, depth: depth, anchor: nil)
            case .sequenceStart, .mappingStart:
                try add(nodes: 1, depth: 1, at: event.start)
                open.append((event.anchor, 1, 1))
            case .sequenceEnd, .mappingEnd:
                guard let collection = open.popLast() else { continue }
                close(nodes: collection.nodes, depth: collection.depth, anchor: collection.anchor)
            case .other, .streamEnd:
                continue
            }
        }
    }

    /// Whether reading `text`'s events could find a limit passed or a control character; most
    /// front matter cannot, and is parsed once instead of twice. Without an alias (`*`), a text
    /// shorter than `maximumNodes` bytes has fewer values than that. Each level of nesting takes
    /// a `[`, `{`, `- ` or `? `, or one more space of indentation, so their count bounds the
    /// depth. A control character takes a raw byte, or an escape (`\`).
    static func couldPassALimit(_ text: String) -> Bool {
        guard text.utf8.count < maximumNodes else { return true }
        var levels = 0
        var indentation = 0
        var deepestIndentation = 0
        var atLineStart = true
        var previous: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "*"), UInt8(ascii: "\\"), 0x7F, 0xEF:
                return true
            case 0x0A:
                atLineStart = true
                indentation = 0
            case 0x09, 0x0D:
                break
            case 0x00..<0x20:
                return true
            case UInt8(ascii: " ") where atLineStart:
                indentation += 1
            default:
                atLineStart = false
                deepestIndentation = max(deepestIndentation, indentation)
                if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") { levels += 1 }
            }
            if byte == UInt8(ascii: " "), previous == UInt8(ascii: "-") || previous == UInt8(ascii: "?") { levels += 1 }
            previous = byte
        }
        return levels + deepestIndentation + 1 >= maximumDepth
    }

    /// The error for nesting past `maximumDepth` (or past libyaml's own, larger limit).
    static func tooDeep(at location: SourceLocation) -> Diagnostic {
        Diagnostic(at: location, "YAML nests lists and mappings deeper than the limit of \(maximumDepth) levels",
                   hint: "flatten the structure")
    }

}
