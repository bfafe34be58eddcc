extension GoI18nStrings {
    /// Where each key is first written, found by scanning the text once: TOML, YAML and JSON
    /// parsers give no positions for values.
    struct KeyLines {
        private var lines: [String: Int] = [:]
        let path: String

        init(text: String, path: String) {
            self.path = path
            var number = 0
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                number += 1
                var rest = line.drop { $0 == " " || $0 == "\t" || $0 == "[" || $0 == "{" || $0 == "," }
                let key: Substring
                if let quote = rest.first, quote == "\"" || quote == "'" {
                    rest = rest.dropFirst()
                    key = rest.prefix { $0 != quote }
                } else {
                    key = rest.prefix { !" \t=:].".contains($0) }
                }
                if !key.isEmpty, lines[String(key)] == nil { lines[String(key)] = number }
            }
        }

        func location(of key: String) -> SourceLocation {
            SourceLocation(path: path, line: lines[key] ?? 1, column: 1)
        }
    }
}
