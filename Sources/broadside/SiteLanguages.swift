import BroadsideLocale
import Foundation

/// The languages listed by the `languages:` key of `site.yaml` in `siteDirectory`.
///
/// A stand-in until the site builder's configuration reads `site.yaml`: it understands only a
/// top-level `languages:` key followed by a block list of tags (`- en` on the lines below) or
/// a flow list on the same line (`languages: [en, ar]`).
///
/// - Throws: ``SiteFileError`` naming the file (and line) when it cannot be read, has no
///   languages list, or lists an invalid tag.
func loadSiteLanguages(siteDirectory: String) throws -> [LanguageTag] {
    let path = URL(fileURLWithPath: siteDirectory).appendingPathComponent("site.yaml").path
    guard let data = FileManager.default.contents(atPath: path) else {
        throw SiteFileError(path: path, message: "cannot read the file (use --languages to list tags instead)")
    }
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    guard let keyIndex = lines.firstIndex(where: { $0.hasPrefix("languages:") }) else {
        throw SiteFileError(path: path, message: "no top-level 'languages:' list")
    }
    var items: [(text: String, line: Int)] = []
    let rest = withoutComment(lines[keyIndex].dropFirst("languages:".count))
    if rest.hasPrefix("[") && rest.hasSuffix("]") {
        items = rest.dropFirst().dropLast().split(separator: ",").map { (unquoted($0), keyIndex + 1) }
    } else if rest.isEmpty {
        for index in lines.indices[(keyIndex + 1)...] {
            let line = withoutComment(lines[index])
            if line.isEmpty { continue }
            guard lines[index].first?.isWhitespace == true, line.hasPrefix("-") else { break }
            items.append((unquoted(line.dropFirst()), index + 1))
        }
    }
    guard !items.isEmpty else {
        throw SiteFileError(path: path, line: keyIndex + 1, message: "'languages:' lists no tags")
    }
    return try items.map { item in
        do throws(LocaleError) {
            return try LanguageTag(item.text)
        } catch {
            throw SiteFileError(path: path, line: item.line, message: error.description)
        }
    }
}

/// A line without its `#` comment and surrounding blanks.
private func withoutComment(_ line: Substring) -> String {
    let content = line.firstIndex(of: "#").map { line[..<$0] } ?? line
    return content.trimmingCharacters(in: .whitespaces)
}

/// A scalar without blanks and YAML quotes.
private func unquoted(_ text: Substring) -> String {
    text.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
}
