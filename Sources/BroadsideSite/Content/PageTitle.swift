import Foundation

/// The title of a page whose front matter has none: its body's first heading, as Hugo's
/// content often has it (`# About us`, `<h1>About us</h1>`).
enum PageTitle {
    /// The text of the first heading of a Markdown or HTML body, without markup; `nil` if it has none.
    static func firstHeading(in body: String, format: ContentFileName.Format) -> String? {
        let heading = switch format {
        case .markdown: markdownHeading(in: body)
        case .html: htmlHeading(in: body)
        }
        guard let text = heading?.trimmingSpaces, !text.isEmpty else { return nil }
        return text
    }

    /// The first ATX heading (`# Title`, `## Title ##`) outside fenced code.
    private static func markdownHeading(in body: String) -> String? {
        var fence: Substring?
        for line in body.split(whereSeparator: \.isNewline) {
            let indented = line.prefix { $0 == " " }.count
            let text = line.dropFirst(indented)
            if let open = fence {
                if text.hasPrefix(open) { fence = nil }
                continue
            }
            guard indented <= 3 else { continue }
            if text.hasPrefix("```") || text.hasPrefix("~~~") {
                fence = text.prefix(3)
                continue
            }
            let hashes = text.prefix { $0 == "#" }.count
            guard (1...6).contains(hashes) else { continue }
            let rest = text.dropFirst(hashes)
            guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { continue }
            var title = rest.trimmingSpaces
            while title.hasSuffix("#") { title.removeLast() }
            return title.trimmingSpaces
        }
        return nil
    }

    /// The text of the first `<h1>`…`<h6>` element, its tags removed.
    private static func htmlHeading(in body: String) -> String? {
        guard let open = (1...6).compactMap({ body.range(of: "<h\($0)", options: .caseInsensitive) })
                .min(by: { $0.lowerBound < $1.lowerBound }),
              let openEnd = body[open.upperBound...].firstIndex(of: ">"),
              let close = body[openEnd...].range(of: "</h", options: .caseInsensitive) else { return nil }
        var text = ""
        var inTag = false
        for character in body[body.index(after: openEnd)..<close.lowerBound] {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
