/// Reads a translated gettext PO file as ``PODocument`` wrote it: `msgctxt` the source file and
/// unit id, `#. sourceHash:` the hash it was exported from, `msgstr` the translation with its
/// codes numbered (made pieces against the source's codes by the import). A `fuzzy` or empty
/// `msgstr` is no translation.
enum POReader {
    private struct Entry {
        var context: String?
        var sourceHash: String?
        var translation = ""
        var isFuzzy = false
        var line = 0
        /// The keyword the last quoted line continues.
        var current = ""
    }

    static func read(_ bytes: [UInt8], path: String) throws(Diagnostic) -> ImportedTranslations {
        try ImportedTranslations.checkSize(bytes, path: path)
        var result = ImportedTranslations()
        var entries: [Entry] = []
        var entry = Entry()
        var header = ""
        var count = 0
        func finish() throws(Diagnostic) {
            if entry.context == nil && entry.current != "" {
                header = entry.translation
                result.languagesLine = entry.line
            }
            if entry.context != nil {
                count += 1
                try ImportedTranslations.checkCount(count, path: path, line: entry.line)
                entries.append(entry)
            }
            entry = Entry()
        }
        let text = String(decoding: bytes, as: UTF8.self)
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            let number = offset + 1
            func located(_ message: String) -> Diagnostic {
                Diagnostic(at: SourceLocation(path: path, line: number, column: 1), message, hint: "keep the file as `broadside translations export` wrote it, with each msgstr filled in")
            }
            if line.isEmpty { continue }
            if line.hasPrefix("#") {
                if entry.current == "msgstr" { try finish() }
                if line.hasPrefix("#. sourceHash: ") { entry.sourceHash = String(line.dropFirst("#. sourceHash: ".count)) }
                if line.hasPrefix("#,") && line.contains("fuzzy") { entry.isFuzzy = true }
                continue
            }
            let keyword = line.prefix { $0 != " " && $0 != "\"" }
            let rest = line.dropFirst(keyword.count).trimmingCharacters(in: .whitespaces)
            switch keyword {
            case "msgctxt", "msgid":
                if entry.current == "msgstr" { try finish() }
                if entry.line == 0 { entry.line = number }
                entry.current = String(keyword)
                let value = try unquoted(rest, error: located("a \(keyword) must be a quoted string"))
                if keyword == "msgctxt" { entry.context = value }
            case "msgstr":
                entry.current = "msgstr"
                entry.translation = try unquoted(rest, error: located("a msgstr must be a quoted string"))
            case "":
                // A quoted line continues the string before it.
                let value = try unquoted(line, error: located("a line of a string must be quoted"))
                if entry.current == "msgstr" { entry.translation += value }
                if entry.current == "msgctxt" { entry.context = (entry.context ?? "") + value }
            default:
                throw located("'\(keyword)' is not a PO keyword Broadside writes")
            }
        }
        try finish()
        for field in header.split(separator: "\n") {
            let parts = field.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { continue }
            if parts[0] == "Language" { result.targetLanguage = parts[1] }
            if parts[0] == "X-Source-Language" { result.sourceLanguage = parts[1] }
        }
        var files: [String: Int] = [:]
        for entry in entries {
            guard let context = entry.context, let hash = context.lastIndex(of: "#") else {
                throw Diagnostic(at: SourceLocation(path: path, line: entry.line), "a msgctxt must be the source file and unit id, as exported")
            }
            let original = String(context[..<hash]), id = String(context[context.index(after: hash)...])
            let index = files[original] ?? result.files.count
            if files[original] == nil {
                files[original] = index
                result.files.append(ImportedTranslations.File(original: original, sourceHash: entry.sourceHash, units: [], line: entry.line))
            }
            let translated = !entry.isFuzzy && !entry.translation.isEmpty
            result.files[index].units.append(ImportedTranslations.Unit(id: id, target: nil, numbered: translated ? entry.translation : nil,
                                                                       line: entry.line))
        }
        return result
    }

    /// The text of a quoted PO string, its escapes undone.
    private static func unquoted(_ text: String, error: Diagnostic) throws(Diagnostic) -> String {
        guard text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") else { throw error }
        var result = ""
        var escaping = false
        for character in text.dropFirst().dropLast() {
            if escaping {
                switch character {
                case "n": result.append("\n")
                case "t": result.append("\t")
                case "r": result.append("\r")
                default: result.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        guard !escaping else { throw error }
        return result
    }
}
