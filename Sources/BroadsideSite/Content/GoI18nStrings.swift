import Foundation
import TOMLKit
import Yams

/// UI strings in go-i18n's form, as Hugo keeps them in `i18n/<lang>.toml|yaml|json`, read as ICU
/// MessageFormat patterns so the same checks apply to them:
///
/// - `id = "text"`, or `[id]` with `other = "text"`: a plain pattern;
/// - `[id]` with `one = "…"`, `other = "…"` (any of zero, one, two, few, many, other): the
///   pattern `{count, plural, one {…} other {…}}`;
/// - `{{ .Count }}` is `#` inside a plural form and `{count}` elsewhere; `{{ .Name }}` is `{name}`
///   (the field's name with a small first letter); `{{ . }}` is the count.
///
/// Nested tables that are not messages give dotted keys (`nav.home`), as in `locales/`.
enum GoI18nStrings {
    static let folderName = "i18n"
    /// The extensions looked for, in this order.
    static let extensions = ["toml", "yaml", "yml", "json"]
    /// The largest file read: 1 MiB, as for YAML.
    static let maximumBytes = YAMLLimits.maximumBytes
    /// The most entries a file may give.
    static let maximumEntries = 10_000
    /// The deepest nesting of tables, arrays and objects a TOML or JSON file may have.
    static let maximumDepth = 32

    /// The plural categories go-i18n writes, in ICU's order.
    static let pluralForms = ["zero", "one", "two", "few", "many", "other"]
    /// Keys of a message table that are no text of it.
    private static let metadata: Set<String> = ["description", "hash", "leftdelim", "rightdelim", "id"]

    /// What a file holds before it becomes entries: texts, and tables of them.
    indirect enum Value {
        case text(String)
        case table([(key: String, value: Value)])
        /// Anything else (a number, a date, a list), reported at its key.
        case other(String)
    }

    /// A file's entries, in the order their keys first appear in it.
    ///
    /// - Parameter path: the file's path; its extension says the format.
    static func readEntries(_ text: String, path: String) throws(Diagnostic) -> [UIStrings.Entry] {
        let start = SourceLocation(path: path, line: 1, column: 1)
        guard text.utf8.count <= maximumBytes else {
            throw Diagnostic(at: start, "\(path) is \(text.utf8.count) bytes, over the limit of \(maximumBytes) bytes (1 MiB)",
                             hint: "split the strings over fewer, smaller files")
        }
        let root: Value
        switch (path as NSString).pathExtension.lowercased() {
        case "toml":
            try precheck(text, isTOML: true, path: path)
            do { root = value(of: try TOMLTable(string: text)) } catch let error as TOMLParseError {
                throw Diagnostic(at: SourceLocation(path: path, line: error.source.begin.line, column: error.source.begin.column),
                                 "not valid TOML: \(error.description)",
                                 hint: "write each string as id = \"text\", or [id] then one = \"…\" and other = \"…\"")
            } catch {
                throw Diagnostic(at: start, "not valid TOML: \(error)")
            }
        case "json":
            try precheck(text, isTOML: false, path: path)
            do { root = value(ofJSON: try JSONSerialization.jsonObject(with: Data(text.utf8))) } catch {
                throw Diagnostic(at: start, "not valid JSON: \(error.localizedDescription)",
                                 hint: "write an object such as {\"id\": {\"one\": \"…\", \"other\": \"…\"}}")
            }
        default:
            let mapping = try YAMLMapping(parsing: text, path: path)
            root = .table(mapping.fields.map { ($0.key, value(of: $0.node)) })
        }
        guard case .table(let fields) = root else {
            throw Diagnostic(at: start, "expected a table of strings by id",
                             hint: "write each string as id = \"text\", or [id] then one = \"…\" and other = \"…\"")
        }
        var entries: [UIStrings.Entry] = []
        let lines = KeyLines(text: text, path: path)
        try collect(fields, prefix: "", into: &entries, lines: lines)
        return entries.sorted { ($0.location.line ?? 0, $0.key) < ($1.location.line ?? 0, $1.key) }
    }

    private static func collect(_ fields: [(key: String, value: Value)], prefix: String,
                                into entries: inout [UIStrings.Entry], lines: KeyLines) throws(Diagnostic) {
        for (key, value) in fields {
            let id = prefix + key
            let location = lines.location(of: key)
            guard entries.count < maximumEntries else {
                throw Diagnostic(at: location, "more than \(maximumEntries) strings in one file, the limit",
                                 hint: "split the strings over several files")
            }
            switch value {
            case .text(let text):
                entries.append(UIStrings.Entry(key: id, pattern: pattern(of: text, inPlural: false), location: location))
            case .table(let table) where isMessage(table):
                entries.append(UIStrings.Entry(key: id, pattern: try pattern(ofMessage: table, id: id, at: location),
                                               location: location))
            case .table(let table):
                try collect(table, prefix: id + ".", into: &entries, lines: lines)
            case .other(let what):
                throw Diagnostic(at: location, "'\(id)' must be a text or a table of plural forms, not \(what)")
            }
        }
    }

    /// A table is a message when it has a plural form, `translation` or go-i18n's metadata.
    private static func isMessage(_ table: [(key: String, value: Value)]) -> Bool {
        table.contains { pluralForms.contains($0.key) || $0.key == "translation" || metadata.contains($0.key) }
    }

    private static func pattern(ofMessage table: [(key: String, value: Value)], id: String,
                                at location: SourceLocation) throws(Diagnostic) -> String {
        var forms: [String: String] = [:]
        for (key, value) in table where !metadata.contains(key) {
            switch (key, value) {
            case ("translation", .text(let text)):
                forms["other"] = text
            case ("translation", .table(let nested)):
                return try pattern(ofMessage: nested, id: id, at: location)
            case (_, .text(let text)) where pluralForms.contains(key):
                forms[key] = text
            default:
                throw Diagnostic(at: location, "'\(id)' has '\(key)', which is no plural form",
                                 hint: "use \(pluralForms.joined(separator: ", ")), description or hash")
            }
        }
        guard !forms.isEmpty else { throw Diagnostic(at: location, "'\(id)' has no text", hint: "add other = \"…\"") }
        if forms.count == 1, let other = forms["other"] { return pattern(of: other, inPlural: false) }
        let cases = pluralForms.compactMap { form in forms[form].map { "\(form) {\(pattern(of: $0, inPlural: true))}" } }
        return "{count, plural, \(cases.joined(separator: " "))}"
    }

    /// A go template text as an ICU pattern: `{{ .Name }}` becomes `{name}`, `{{ .Count }}` and
    /// `{{ . }}` the count (`#` in a plural form), other text is quoted where ICU would read it.
    static func pattern(of text: String, inPlural: Bool) -> String {
        var pattern = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            let inside = rest[open.upperBound..<close.lowerBound]
            // `{{- ` and ` -}}` trim the white space before and after the action.
            var before = rest[..<open.lowerBound]
            if inside.hasPrefix("- ") { before = before[..<(before.lastIndex { !$0.isWhitespace }.map(before.index(after:)) ?? before.startIndex)] }
            pattern += quoted(before, inPlural: inPlural)
            let action = inside.trimmingCharacters(in: CharacterSet(charactersIn: "- \t\n"))
            pattern += placeholder(of: action, inPlural: inPlural) ?? quoted(rest[open.lowerBound..<close.upperBound], inPlural: inPlural)
            rest = rest[close.upperBound...]
            if inside.hasSuffix(" -") { rest = rest.drop { $0.isWhitespace } }
        }
        return pattern + quoted(rest, inPlural: inPlural)
    }

    /// The argument a template action names: its first `.Field`, or the count for `.`.
    private static func placeholder(of action: String, inPlural: Bool) -> String? {
        let words = action.split(whereSeparator: { $0 == " " || $0 == "|" || $0 == "(" || $0 == ")" })
        guard let field = words.first(where: { $0.hasPrefix(".") }) else { return nil }
        let name = field.dropFirst().prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        guard name.first?.isLetter ?? true, name.unicodeScalars.allSatisfy(\.isASCII) else { return nil }
        if name.isEmpty || name == "Count" { return inPlural ? "#" : "{count}" }
        return "{" + name.prefix(1).lowercased() + name.dropFirst() + "}"
    }

    /// Literal text, quoted for ICU: apostrophes doubled, braces (and `#` in a plural) quoted.
    private static func quoted(_ text: Substring, inPlural: Bool) -> String {
        var result = ""
        for character in text {
            switch character {
            case "'": result += "''"
            case "{", "}": result += "'\(character)'"
            case "#" where inPlural: result += "'#'"
            default: result.append(character)
            }
        }
        return result
    }

    // MARK: - Formats

    private static func value(of table: TOMLTable) -> Value {
        .table(table.map { key, value in (key, self.value(ofTOML: value)) })
    }

    private static func value(ofTOML value: TOMLValueConvertible) -> Value {
        if let table = value.table { return self.value(of: table) }
        if let string = value.string { return .text(string) }
        return .other("a TOML \(value.type)")
    }

    private static func value(ofJSON object: Any) -> Value {
        switch object {
        case let text as String: .text(text)
        case let dictionary as [String: Any]: .table(dictionary.map { ($0.key, value(ofJSON: $0.value)) })
        case is [Any]: .other("a list")
        default: .other("a number or true/false")
        }
    }

    private static func value(of node: Yams.Node) -> Value {
        if let scalar = node.scalar { return .text(scalar.string) }
        if let mapping = node.mapping { return .table(mapping.map { ($0.key.string ?? "\($0.key)", value(of: $0.value)) }) }
        return .other("a list")
    }
}
