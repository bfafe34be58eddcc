/// Reads JSON front matter — Hugo's `{ … }` object at the top of a file — by hand, so that every
/// error and every field has its line and column, under the same limits as YAML (``YAMLLimits``).
struct JSONFrontMatter {
    /// The object's fields.
    var fields: [FrontMatterField]
    /// The byte offset just past the object's closing `}`.
    var end: Int
    /// The file line the object's closing `}` is on.
    var endLine: Int

    private let bytes: [UInt8]
    private let path: String
    private var index: Int
    private var line: Int
    private var lineStart: Int
    private var count = 0
    private let start: Int

    /// Reads the object that starts at byte `start` of `bytes`, on file line `firstLine`.
    init(parsing bytes: [UInt8], from start: Int, path: String, firstLine: Int) throws(Diagnostic) {
        self.bytes = bytes
        self.path = path
        self.start = start
        index = start
        line = firstLine
        lineStart = start
        fields = []
        end = start
        endLine = firstLine
        try expect(UInt8(ascii: "{"))
        var fields: [FrontMatterField] = []
        for field in try readMembers(depth: 1) {
            if fields.contains(where: { $0.key == field.key }) {
                throw Diagnostic(at: field.keyLocation, "JSON: duplicated key '\(field.key)'", hint: "each key may appear once")
            }
            fields.append(field)
        }
        guard index - start <= YAMLLimits.maximumBytes else {
            throw Diagnostic(at: SourceLocation(path: path, line: firstLine, column: 1),
                             "JSON front matter is \(index - start) bytes, over the limit of \(YAMLLimits.maximumBytes) bytes (1 MiB)",
                             hint: "move long text into the body")
        }
        self.fields = fields
        end = index
        endLine = line
    }

    // MARK: - Grammar

    /// The column of the last location asked for, so that asking again on its line counts only
    /// the characters after it: a long line of values costs linear time.
    private var counted: (offset: Int, column: Int) = (0, 1)

    /// Where `index` is; columns count Unicode scalars.
    private mutating func here() -> SourceLocation {
        if counted.offset < lineStart || counted.offset > index { counted = (lineStart, 1) }
        var column = counted.column
        for byte in bytes[counted.offset..<min(index, bytes.count)] where byte & 0xC0 != 0x80 { column += 1 }
        counted = (min(index, bytes.count), column)
        return SourceLocation(path: path, line: line, column: column)
    }

    private mutating func error(_ message: String, hint: String = "front matter in JSON is one object: { \"title\": \"…\", \"date\": \"2026-05-01\" }") -> Diagnostic {
        Diagnostic(at: here(), "JSON: \(message)", hint: hint)
    }

    private mutating func skipSpace() throws(Diagnostic) {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default: return
            }
        }
    }

    private mutating func expect(_ byte: UInt8) throws(Diagnostic) {
        try skipSpace()
        guard index < bytes.count, bytes[index] == byte else {
            throw error(index < bytes.count ? "expected '\(Character(Unicode.Scalar(byte)))'" : "the object is not closed")
        }
        index += 1
    }

    /// `"key": value` pairs up to the closing `}` (the `{` is read).
    private mutating func readMembers(depth: Int) throws(Diagnostic) -> [FrontMatterField] {
        var members: [FrontMatterField] = []
        try skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return members }
        while true {
            try skipSpace()
            let keyLocation = here()
            guard index < bytes.count else { throw error("the object is not closed") }
            guard bytes[index] == UInt8(ascii: "\"") else { throw error("expected a key in double quotes") }
            let key = try readString()
            try expect(UInt8(ascii: ":"))
            try skipSpace()
            let valueLocation = here()
            let value = try readValue(depth: depth)
            members.append(FrontMatterField(key: key, value: value, keyLocation: keyLocation, location: valueLocation))
            try skipSpace()
            guard index < bytes.count else { throw error("the object is not closed") }
            let separator = bytes[index]
            index += 1
            if separator == UInt8(ascii: "}") { return members }
            guard separator == UInt8(ascii: ",") else { index -= 1; throw error("expected ',' or '}'") }
        }
    }

    private mutating func readValue(depth: Int) throws(Diagnostic) -> FrontMatterField.Value {
        count += 1
        guard count <= YAMLLimits.maximumNodes else {
            throw error("more than \(YAMLLimits.maximumNodes) values", hint: "front matter holds a page's few settings; move data elsewhere")
        }
        guard index - start <= YAMLLimits.maximumBytes else {
            throw error("the front matter is over the limit of \(YAMLLimits.maximumBytes) bytes (1 MiB)", hint: "move long text into the body")
        }
        try skipSpace()
        guard index < bytes.count else { throw error("a value is missing") }
        switch bytes[index] {
        case UInt8(ascii: "\""):
            return .scalar(try readString(), bool: nil)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            guard depth < YAMLLimits.maximumDepth else {
                throw error("objects and arrays nest deeper than the limit of \(YAMLLimits.maximumDepth) levels", hint: "flatten the structure")
            }
            if bytes[index] == UInt8(ascii: "{") {
                index += 1
                return .table(try readMembers(depth: depth + 1))
            }
            index += 1
            var elements: [(value: FrontMatterField.Value, location: SourceLocation)] = []
            try skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .list([]) }
            while true {
                try skipSpace()
                let elementLocation = here()
                elements.append((try readValue(depth: depth + 1), elementLocation))
                try skipSpace()
                guard index < bytes.count else { throw error("the array is not closed") }
                let separator = bytes[index]
                index += 1
                if separator == UInt8(ascii: "]") { return .list(elements) }
                guard separator == UInt8(ascii: ",") else { index -= 1; throw error("expected ',' or ']'") }
            }
        default:
            for (word, bool) in [("true", true), ("false", false)] where bytes[index...].starts(with: word.utf8) {
                index += word.utf8.count
                return .scalar(word, bool: bool)
            }
            if bytes[index...].starts(with: "null".utf8) {
                index += 4
                return .scalar("", bool: nil)
            }
            return .scalar(try readNumber(), bool: nil)
        }
    }

    /// A number as written: `-12`, `3.5`, `1e3`.
    private mutating func readNumber() throws(Diagnostic) -> String {
        let start = index
        func digits() -> Bool {
            let first = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            return index > first
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard digits() else { index = start; throw error("expected a value: text in double quotes, a number, true, false or null") }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() else { throw error("expected digits after '.'") }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() else { throw error("expected digits in the exponent") }
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// A string in double quotes, its escapes resolved (the opening quote is at `index`).
    private mutating func readString() throws(Diagnostic) -> String {
        index += 1
        var scalars = String.UnicodeScalarView()
        var runStart = index
        func flush() { scalars.append(contentsOf: String(decoding: bytes[runStart..<index], as: UTF8.self).unicodeScalars) }
        while true {
            guard index < bytes.count, bytes[index] != 0x0A else { throw error("the text in double quotes is not closed") }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                flush()
                index += 1
                return String(scalars)
            }
            if byte < 0x20 || byte == 0x7F { throw error("control character \(ForbiddenCharacter.name(UInt32(byte))) in text", hint: "write it as an escape, or remove it") }
            guard byte == UInt8(ascii: "\\") else { index += 1; continue }
            flush()
            index += 1
            guard index < bytes.count else { throw error("the text in double quotes is not closed") }
            let escaped = bytes[index]
            index += 1
            switch escaped {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalars.append(Unicode.Scalar(escaped))
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "t"): scalars.append("\t")
            case UInt8(ascii: "r"), UInt8(ascii: "b"), UInt8(ascii: "f"):
                index -= 2
                throw error("control character escape '\\\(Character(Unicode.Scalar(escaped)))' in text", hint: "text may hold no control characters but tab and line breaks")
            case UInt8(ascii: "u"):
                var value = try readHex()
                if (0xD800..<0xDC00).contains(value) {
                    guard bytes[index...].starts(with: "\\u".utf8) else { throw error("a lone surrogate \\u escape") }
                    index += 2
                    let low = try readHex()
                    guard (0xDC00..<0xE000).contains(low) else { throw error("a lone surrogate \\u escape") }
                    value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let scalar = Unicode.Scalar(value), !ForbiddenCharacter.contains(scalar) else {
                    index -= 6
                    throw error("\\u escape of a control character or surrogate", hint: "text may hold no control characters but tab and line breaks")
                }
                scalars.append(scalar)
            default:
                index -= 2
                throw error("unknown escape in text", hint: "JSON escapes are \\\" \\\\ \\/ \\n \\t and \\uXXXX")
            }
            runStart = index
        }
    }

    private mutating func readHex() throws(Diagnostic) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("a \\u escape needs four hex digits") }
        var value: UInt32 = 0
        for byte in bytes[index..<index + 4] {
            guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { throw error("a \\u escape needs four hex digits") }
            value = value * 16 + UInt32(digit)
        }
        index += 4
        return value
    }
}
