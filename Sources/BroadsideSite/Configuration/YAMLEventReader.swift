import CYaml

/// libyaml's event stream over one YAML text, read one event at a time with no recursion, so a
/// document can be measured (and limited) before anything builds a tree from it.
final class YAMLEventReader {
    /// One parsing event, with where it starts and ends.
    struct Event {
        enum Kind: Equatable {
            case scalar(value: String, style: ScalarStyle)
            case alias(anchor: String)
            case sequenceStart
            case sequenceEnd
            case mappingStart(flow: Bool)
            case mappingEnd
            /// Stream and document boundaries.
            case other
            case streamEnd
        }
        enum ScalarStyle: Equatable { case plain, singleQuoted, doubleQuoted, literal, folded }

        var kind: Kind
        /// The node's `&anchor`, if any.
        var anchor: String?
        /// Whether the node has an explicit `!tag`.
        var hasTag: Bool
        /// Where the event starts and ends in the text (including the node's anchor and tag).
        var start: Mark
        var end: Mark
    }

    /// A 0-based position: `index` counts Unicode scalars (a CRLF is two).
    struct Mark {
        var index: Int
        var line: Int
        var column: Int
    }

    private var parser = yaml_parser_t()
    private let input: UnsafeMutableBufferPointer<UInt8>
    private let path: String
    private let firstLine: Int
    private var finished = false

    /// Reads `text`, which starts on line `firstLine` of the file at `path` (for error locations).
    init(_ text: String, path: String, firstLine: Int) {
        self.path = path
        self.firstLine = firstLine
        input = UnsafeMutableBufferPointer.allocate(capacity: max(1, text.utf8.count))
        _ = input.initialize(from: text.utf8)
        yaml_parser_initialize(&parser)
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, input.baseAddress, text.utf8.count)
    }

    deinit {
        yaml_parser_delete(&parser)
        input.deallocate()
    }

    /// The next event, `nil` after the end of the stream.
    ///
    /// - Throws: the YAML syntax error, at the place libyaml found it.
    func next() throws(Diagnostic) -> Event? {
        guard !finished else { return nil }
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else { throw syntaxError() }
        defer { yaml_event_delete(&event) }
        let result = Event(kind: Self.kind(of: event), anchor: Self.anchor(of: event), hasTag: Self.hasTag(event),
                           start: Self.mark(event.start_mark), end: Self.mark(event.end_mark))
        if result.kind == .streamEnd { finished = true }
        return result
    }

    /// The location in the file of a mark of this text.
    func location(of mark: Mark) -> SourceLocation {
        SourceLocation(path: path, line: mark.line + firstLine, column: mark.column + 1)
    }

    // MARK: - Internals

    private static func kind(of event: yaml_event_t) -> Event.Kind {
        switch event.type {
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let value = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            let style: Event.ScalarStyle = switch scalar.style {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
            case YAML_LITERAL_SCALAR_STYLE: .literal
            case YAML_FOLDED_SCALAR_STYLE: .folded
            default: .plain
            }
            return .scalar(value: value, style: style)
        case YAML_ALIAS_EVENT: return .alias(anchor: text(event.data.alias.anchor) ?? "")
        case YAML_SEQUENCE_START_EVENT: return .sequenceStart
        case YAML_SEQUENCE_END_EVENT: return .sequenceEnd
        case YAML_MAPPING_START_EVENT: return .mappingStart(flow: event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE)
        case YAML_MAPPING_END_EVENT: return .mappingEnd
        case YAML_STREAM_END_EVENT: return .streamEnd
        default: return .other
        }
    }

    private static func anchor(of event: yaml_event_t) -> String? {
        switch event.type {
        case YAML_SCALAR_EVENT: text(event.data.scalar.anchor)
        case YAML_SEQUENCE_START_EVENT: text(event.data.sequence_start.anchor)
        case YAML_MAPPING_START_EVENT: text(event.data.mapping_start.anchor)
        default: nil
        }
    }

    private static func hasTag(_ event: yaml_event_t) -> Bool {
        switch event.type {
        case YAML_SCALAR_EVENT: event.data.scalar.tag != nil
        case YAML_SEQUENCE_START_EVENT: event.data.sequence_start.tag != nil
        case YAML_MAPPING_START_EVENT: event.data.mapping_start.tag != nil
        default: false
        }
    }

    private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func mark(_ mark: yaml_mark_t) -> Mark {
        Mark(index: Int(mark.index), line: Int(mark.line), column: Int(mark.column))
    }

    private func syntaxError() -> Diagnostic {
        let hint = "check the indentation and quote values that contain ': ' or start with a special character"
        let problem = parser.problem.map { String(cString: $0) } ?? "cannot be read"
        guard parser.error == YAML_READER_ERROR else {
            let location = location(of: Self.mark(parser.problem_mark))
            // libyaml's nesting limit (1,000 levels) can stop it before an event reaches ours.
            if problem.hasPrefix("Maximum nesting level") { return YAMLLimits.tooDeep(at: location) }
            return Diagnostic(at: location, "YAML: \(problem)", hint: hint)
        }
        // The reader knows only a byte offset and the offending character.
        let before = UnsafeBufferPointer(rebasing: input[..<min(parser.problem_offset, input.count)])
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let line = before.count { $0 == UInt8(ascii: "\n") }
        let column = before[lineStart...].count { $0 & 0xC0 != 0x80 }
        let value = parser.problem_value
        let character = value < 0 ? "" : " (\(ForbiddenCharacter.name(UInt32(value))))"
        return Diagnostic(at: location(of: Mark(index: 0, line: line, column: column)), "YAML: \(problem)\(character)",
                          hint: "remove the character: YAML text may hold no control characters but tab and line breaks")
    }
}
