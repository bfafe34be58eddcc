import BroadsideLocale

/// An export as a gettext PO file: the same units as the XLIFF document, `msgctxt` the source
/// file and unit id, inline codes as numbered placeholders (`<1>…</1>`, `{2}`, see
/// ``TranslatableText/numbered``) with what each stands for in a `#.` note, and a `Language:`
/// header.
enum PODocument {
    static func text(of files: [TranslationFile], sourceLanguage: LanguageTag, targetLanguage: LanguageTag) -> String {
        var lines = [
            "# Translations for Broadside: fill in each msgstr, keeping every <n>…</n> and {n}.",
            "msgid \"\"",
            "msgstr \"\"",
            quoted("Language: \(targetLanguage.identifier)\n"),
            quoted("X-Source-Language: \(sourceLanguage.identifier)\n"),
            quoted("MIME-Version: 1.0\n"),
            quoted("Content-Type: text/plain; charset=UTF-8\n"),
            quoted("Content-Transfer-Encoding: 8bit\n"),
            quoted("X-Generator: Broadside\n"),
            "",
        ]
        for file in files {
            for unit in file.units {
                if let note = unit.note { lines.append("#. " + oneLine(note)) }
                lines.append("#. sourceHash: \(file.sourceHash)")
                if let key = unit.stringKey { lines.append("#. key: " + oneLine(key)) }
                for code in unit.source.codes {
                    let markdown = code.markdown + (code.closingMarkdown.map { " … " + $0 } ?? "")
                    lines.append("#. {\(code.id)} \(code.kind.rawValue): " + oneLine(markdown))
                }
                lines.append("#: \(file.original)")
                if unit.target != nil { lines.append("#, fuzzy") }
                lines.append("msgctxt " + quoted(file.original + "#" + unit.id))
                lines.append("msgid " + quoted(unit.source.numbered))
                let target = unit.target.flatMap { $0.codes.map(\.kind) == unit.source.codes.map(\.kind) ? $0.numbered : nil }
                lines.append("msgstr " + quoted(target ?? ""))
                lines.append("")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `text` as a PO string: quoted, with `\`, `"`, tabs and line feeds escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// `text` on one line, for a comment.
    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
