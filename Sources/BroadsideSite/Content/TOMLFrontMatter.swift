import TOMLKit

/// Reads TOML front matter (between `+++` lines) with TOMLKit into fields, under the same limits
/// as YAML (``YAMLLimits``): size, depth and number of values.
enum TOMLFrontMatter {
    /// - Parameters:
    ///   - text: the TOML between the fences.
    ///   - firstLine: the file line `text` starts on, so every location is the file's own.
    static func fields(parsing text: String, path: String, firstLine: Int) throws(Diagnostic) -> [FrontMatterField] {
        let start = SourceLocation(path: path, line: firstLine, column: 1)
        guard text.utf8.count <= YAMLLimits.maximumBytes else {
            throw Diagnostic(at: start, "TOML front matter is \(text.utf8.count) bytes, over the limit of \(YAMLLimits.maximumBytes) bytes (1 MiB)",
                             hint: "move long text into the body")
        }
        // TOMLKit reads a C string: a NUL would end the text early.
        if let (scalar, line, column) = ForbiddenCharacter.first(in: text) {
            throw Diagnostic(at: SourceLocation(path: path, line: firstLine + line, column: column),
                             "TOML: control character \(ForbiddenCharacter.name(scalar.value)) in the front matter",
                             hint: "remove it: text may hold no control characters but tab and line breaks")
        }
        try checkAssertedSyntax(in: text, path: path, firstLine: firstLine)
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw Diagnostic(at: SourceLocation(path: path, line: firstLine + error.source.begin.line - 1,
                                                column: error.source.begin.column),
                             "TOML: \(error.description)", hint: "write one `key = value` per line; quote text: title = \"…\"")
        } catch {
            throw Diagnostic(at: start, "TOML: \(error)")
        }
        let places = keyPlaces(in: text, path: path, firstLine: firstLine)
        var count = 0
        return try table.keys.sorted().map { key throws(Diagnostic) in
            let (keyLocation, location) = places[key] ?? (start, start)
            guard let node = table[key] else { throw Diagnostic(at: keyLocation, "TOML: '\(key)' has no value") }
            return FrontMatterField(key: key, value: try value(of: node, depth: 1, count: &count, at: location),
                                    keyLocation: keyLocation, location: location)
        }
    }

    /// A TOML value as a field's value, counting values and levels against the limits.
    private static func value(of node: TOMLValueConvertible, depth: Int, count: inout Int,
                              at location: SourceLocation) throws(Diagnostic) -> FrontMatterField.Value {
        count += 1
        guard count <= YAMLLimits.maximumNodes else {
            throw Diagnostic(at: location, "TOML front matter has more than \(YAMLLimits.maximumNodes) values",
                             hint: "front matter holds a page's few settings; move data elsewhere")
        }
        guard depth <= YAMLLimits.maximumDepth else {
            throw Diagnostic(at: location, "TOML nests arrays and tables deeper than the limit of \(YAMLLimits.maximumDepth) levels",
                             hint: "flatten the structure")
        }
        switch node.type {
        case .string: return .scalar(node.string ?? "", bool: nil)
        case .bool:
            let bool = node.bool ?? false
            return .scalar(bool ? "true" : "false", bool: bool)
        case .int: return .scalar(node.int.map(String.init) ?? "", bool: nil)
        case .double: return .scalar(node.double.map { String($0) } ?? "", bool: nil)
        case .date: return .scalar(node.date.map(text) ?? "", bool: nil)
        case .time: return .scalar(node.time.map(text) ?? "", bool: nil)
        case .dateTime:
            guard let dateTime = node.dateTime else { return .scalar("", bool: nil) }
            return .scalar(text(dateTime.date) + "T" + text(dateTime.time) + (dateTime.offset.map(text) ?? ""), bool: nil)
        case .array:
            var elements: [(value: FrontMatterField.Value, location: SourceLocation)] = []
            for element in node.array ?? [] {
                elements.append((try value(of: element, depth: depth + 1, count: &count, at: location), location))
            }
            return .list(elements)
        case .table:
            var fields: [FrontMatterField] = []
            if let table = node.table {
                for key in table.keys {
                    guard let child = table[key] else { continue }
                    fields.append(FrontMatterField(key: key, value: try value(of: child, depth: depth + 1, count: &count, at: location),
                                                   keyLocation: location, location: location))
                }
            }
            return .table(fields)
        }
    }

    /// Refuses, outside strings and comments, what toml++ 3.4 asserts never happens (which stops
    /// a debug build): a date followed by `T` and no time (`2026-03-14T@`), and a table header
    /// whose name starts with neither a key character nor a quote (`[~x]`).
    static func checkAssertedSyntax(in text: String, path: String, firstLine: Int) throws(Diagnostic) {
        let bytes = Array(text.utf8)
        func isDigit(_ offset: Int) -> Bool {
            offset >= 0 && offset < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[offset])
        }
        func location(_ offset: Int) -> SourceLocation {
            SourceLocation(path: path, line: line, column: String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1)
        }
        func isKeyStart(_ offset: Int) -> Bool {
            guard offset < bytes.count else { return true }
            let byte = bytes[offset]
            return isDigit(offset) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
                || [UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "]")].contains(byte)
        }
        var (index, line, lineStart) = (0, firstLine, 0)
        /// The quote that closes the string being read.
        var quote: [UInt8]?
        /// Open arrays and inline tables of values: a `[` that starts a line outside them starts a table header.
        var depth = 0
        var atLineStart = true
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A { (line, lineStart, atLineStart) = (line + 1, index + 1, true) }
            if let open = quote {
                if byte == UInt8(ascii: "\\"), open.first == UInt8(ascii: "\"") {
                    index += 2
                    continue
                }
                if bytes[index...].starts(with: open) {
                    quote = nil
                    index += open.count
                    continue
                }
                // A one-line string ends at its line.
                if byte == 0x0A, open.count == 1 { quote = nil }
                index += 1
                continue
            }
            let startsLine = atLineStart && byte != 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D
            if startsLine { atLineStart = false }
            switch byte {
            case UInt8(ascii: "[") where startsLine && depth == 0:
                var name = index + 1
                if name < bytes.count, bytes[name] == UInt8(ascii: "[") { name += 1 }
                while name < bytes.count, bytes[name] == 0x20 || bytes[name] == 0x09 { name += 1 }
                guard isKeyStart(name) else {
                    throw Diagnostic(at: location(name), "TOML: a table's name starts with a letter, digit, '_', '-' or a quote",
                                     hint: "write [params] or [\"a name\"]")
                }
                index = name
                continue
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth = max(0, depth - 1)
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                let triple = [byte, byte, byte]
                let open = bytes[index...].starts(with: triple) ? triple : [byte]
                quote = open
                index += open.count
                continue
            case UInt8(ascii: "#"):
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
                continue
            case UInt8(ascii: "T"), UInt8(ascii: "t"):
                // `YYYY-MM-DD` just before, no digit just after.
                let isDate = index >= 10 && (7...10).allSatisfy { isDigit(index - $0) } && bytes[index - 6] == UInt8(ascii: "-")
                    && isDigit(index - 5) && isDigit(index - 4) && bytes[index - 3] == UInt8(ascii: "-")
                    && isDigit(index - 2) && isDigit(index - 1)
                if isDate && !isDigit(index + 1) {
                    throw Diagnostic(at: location(index), "TOML: a date-time needs a time after 'T'", hint: "write 2026-05-01T10:30:00, or the date alone")
                }
            default:
                break
            }
            index += 1
        }
    }

    private static func text(_ date: TOMLDate) -> String {
        digits(date.year, 4) + "-" + digits(date.month, 2) + "-" + digits(date.day, 2)
    }

    /// `10:30:00`, without fractions of a second (dates read whole seconds).
    private static func text(_ time: TOMLTime) -> String {
        digits(time.hour, 2) + ":" + digits(time.minute, 2) + ":" + digits(time.second, 2)
    }

    private static func text(_ offset: TOMLTimeOffset) -> String {
        guard offset.offset != 0 else { return "Z" }
        let minutes = abs(offset.offset)
        return (offset.offset < 0 ? "-" : "+") + digits(minutes / 60, 2) + ":" + digits(minutes % 60, 2)
    }

    private static func digits(_ number: Int, _ count: Int) -> String {
        let text = String(number)
        return String(repeating: "0", count: max(0, count - text.count)) + text
    }

    /// Where each top-level `key = value` line puts its key and value, read from the text before
    /// the first `[table]` header (TOMLKit keeps no positions).
    private static func keyPlaces(in text: String, path: String,
                                  firstLine: Int) -> [String: (key: SourceLocation, value: SourceLocation)] {
        var places: [String: (key: SourceLocation, value: SourceLocation)] = [:]
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let scalars = Array(line.unicodeScalars)
            var index = 0
            while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
            guard index < scalars.count else { continue }
            if scalars[index] == "[" { break }
            let keyColumn = index + 1
            var key = ""
            if scalars[index] == "\"" || scalars[index] == "'" {
                let quote = scalars[index]
                index += 1
                while index < scalars.count, scalars[index] != quote { key.unicodeScalars.append(scalars[index]); index += 1 }
                index += 1
            } else {
                while index < scalars.count, scalars[index].properties.isAlphabetic || scalars[index].properties.numericType != nil
                        || scalars[index] == "_" || scalars[index] == "-" {
                    key.unicodeScalars.append(scalars[index])
                    index += 1
                }
            }
            while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
            guard !key.isEmpty, index < scalars.count, scalars[index] == "=" || scalars[index] == ".",
                  places[key] == nil else { continue }
            index += 1
            while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
            let line = firstLine + offset
            places[key] = (SourceLocation(path: path, line: line, column: keyColumn),
                           SourceLocation(path: path, line: line, column: index + 1))
        }
        return places
    }
}
