extension Stamper {
    /// The file's bytes with `sourceHash` set in its TOML (`+++`) or JSON front matter:
    /// TOML's top-level `sourceHash = "…"` line replaced, else one added after the opening
    /// fence (where a top-level key always belongs, before any table); JSON's `"sourceHash"`
    /// string replaced, else one member added at the object's start. Nothing else changes.
    ///
    /// - Throws: when the result would not read as the same front matter with the new `sourceHash`.
    static func stamping(_ bytes: [UInt8], format: FrontMatter.Format, hash: String, path: String) throws(Diagnostic) -> [UInt8] {
        let text = String(decoding: bytes, as: UTF8.self)
        let lineEnding = text.contains("\r\n") ? "\r\n" : "\n"
        var lines = text.components(separatedBy: lineEnding)
        var result: String
        switch format {
        case .toml:
            // Top-level keys come before the first table header, after the opening `+++`.
            let close = lines.dropFirst().firstIndex { $0.trimmingCharacters(in: .whitespaces) == "+++" } ?? lines.count
            let tables = lines[1..<close].firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("[") } ?? close
            let line = "sourceHash = \"\(hash)\""
            if let index = lines[1..<tables].firstIndex(where: { $0.hasPrefix("sourceHash ") || $0.hasPrefix("sourceHash=") }) {
                lines[index] = line
            } else {
                lines.insert(line, at: 1)
            }
            result = lines.joined(separator: lineEnding)
        default:
            guard let open = text.firstIndex(of: "{") else { return bytes }
            if let key = text.range(of: "\"sourceHash\""), let colon = text[key.upperBound...].firstIndex(of: ":"),
               let start = text[colon...].firstIndex(of: "\""), let end = text[text.index(after: start)...].firstIndex(of: "\"") {
                result = String(text[...start]) + hash + String(text[end...])
            } else {
                let rest = text[text.index(after: open)...]
                let isEmpty = rest.first { !$0.isWhitespace } == "}"
                result = String(text[...open]) + "\"sourceHash\": \"\(hash)\"" + (isEmpty ? "" : ", ") + String(rest)
            }
        }
        let edited = Array(result.utf8)
        guard let before = try? FrontMatter.split(text, path: path), let after = try? FrontMatter.split(result, path: path),
              before.body == after.body, after.format == format,
              let matter = try? FrontMatter.parse(after, path: path, timeZone: .gmt), matter.sourceHash == hash,
              let original = try? FrontMatter.parse(before, path: path, timeZone: .gmt),
              Set(original.locations.keys).union(["sourceHash"]) == Set(matter.locations.keys) else {
            throw Diagnostic(at: SourceLocation(path: path), "stamping would change more than the sourceHash of this front matter; the file was left as it is",
                             hint: "write `sourceHash = \"\(hash)\"` (TOML) or `\"sourceHash\": \"\(hash)\"` (JSON) at the top of the front matter")
        }
        return edited
    }
}
