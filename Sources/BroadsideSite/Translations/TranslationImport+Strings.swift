import BroadsideLocale
import Foundation

/// UI strings written into a language's locales file.
extension TranslationImport {
    /// `locales/<lang>.yaml` with the file's strings: a key that is there on one line gets its new
    /// value on that line; a new key goes at the end. Comments and order stay.
    static func stringsFile(_ file: ImportedTranslations.File, language: LanguageTag, strings: UIStrings, defaultLanguage: LanguageTag,
                                    site: SiteFolder, path: String, summary: inout Summary) throws(Diagnostic) -> (path: String, bytes: [UInt8])? {
        let target = UIStrings.folderName.appendingPath(language.identifier + ".yaml")
        // A language whose strings are go-i18n's would lose them all to a new locales file.
        if let own = strings.files[language], own != site.path(target), FileManager.default.fileExists(atPath: own) {
            throw Diagnostic(at: SourceLocation(path: path, line: file.line),
                             "\(language)'s UI strings are in \(own), which import does not write",
                             hint: "copy the translated strings into it by hand, or move them to \(target) first")
        }
        let keys = Dictionary((strings.entries[defaultLanguage] ?? []).map { (TranslationExport.stringID($0.key), $0.key) },
                              uniquingKeysWith: { first, _ in first })
        var text = (try? site.contents(of: target)).flatMap { $0 }.map { String(decoding: $0, as: UTF8.self) } ?? ""
        var changed = false
        for unit in file.units {
            guard let key = keys[unit.id] else {
                throw Diagnostic(at: SourceLocation(path: path, line: unit.line), "unit '\(unit.id)' is no UI string of this site")
            }
            guard let target = unit.target ?? unit.numbered.map({ TranslatableText(plain: $0) }), target.hasText else {
                summary.skipped += 1
                continue
            }
            let value = target.pieces.compactMap { if case .text(let run) = $0 { run } else { nil } }.joined()
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let line = "\(key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "-" } ? key : YAMLText.quoted(key)): \(YAMLText.quoted(value))"
            if let index = lines.firstIndex(where: { $0.hasPrefix(key + ":") || $0.hasPrefix(YAMLText.quoted(key) + ":") }) {
                lines[index] = line
            } else {
                if lines.last == "" { lines.removeLast() }
                lines.append(line)
                lines.append("")
            }
            text = lines.joined(separator: "\n")
            changed = true
        }
        return changed ? (target, Array(text.utf8)) : nil
    }
}
