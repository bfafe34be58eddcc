import Foundation
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
    /// The most entries a file may give.
    static let maximumEntries = 10_000
    /// The plural categories go-i18n writes, in ICU's order.
    static let pluralForms = ["zero", "one", "two", "few", "many", "other"]
    /// Keys of a message table that are no text of it.
    private static let metadata: Set<String> = ["description", "hash", "leftdelim", "rightdelim", "id"]

    /// A file's entries, in the order their keys first appear in it.
    ///
    /// - Parameter path: the file's path; its extension says the format.
    static func readEntries(_ text: String, path: String) throws(Diagnostic) -> [UIStrings.Entry] {
        let start = SourceLocation(path: path, line: 1, column: 1)
        let format = StructuredValue.Format(pathExtension: (path as NSString).pathExtension) ?? .yaml
        let root = try StructuredValue.parse(text, as: format, path: path,
                                             hint: "write each string as id = \"text\", or [id] then one = \"…\" and other = \"…\"")
        guard case .table(let fields) = root else {
            throw Diagnostic(at: start, "expected a table of strings by id",
                             hint: "write each string as id = \"text\", or [id] then one = \"…\" and other = \"…\"")
        }
        var entries: [UIStrings.Entry] = []
        let lines = KeyLines(text: text, path: path)
        try collect(fields, prefix: "", into: &entries, lines: lines)
        return entries.sorted { ($0.location.line ?? 0, $0.key) < ($1.location.line ?? 0, $1.key) }
    }

    private static func collect(_ fields: [(key: String, value: StructuredValue)], prefix: String,
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
            default:
                throw Diagnostic(at: location, "'\(id)' must be a text or a table of plural forms, not \(value.kind)")
            }
        }
    }

    /// A table is a message when it has a plural form, `translation` or go-i18n's metadata.
    private static func isMessage(_ table: [(key: String, value: StructuredValue)]) -> Bool {
        table.contains { pluralForms.contains($0.key) || $0.key == "translation" || metadata.contains($0.key) }
    }

    private static func pattern(ofMessage table: [(key: String, value: StructuredValue)], id: String,
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
}
