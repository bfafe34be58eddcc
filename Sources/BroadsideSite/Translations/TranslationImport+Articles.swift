import BroadsideLocale
import Foundation

/// An article's translation put together from its units.
extension TranslationImport {
    /// The source's units as they were exported, by id.
    static func exportedUnits(of source: ArticleFile, segmenter: MarkdownSegmenter) -> [String: TranslationUnit] {
        Dictionary(TranslationExport.units(of: source, existing: nil, segmenter: segmenter).map { ($0.id, $0) },
                   uniquingKeysWith: { first, _ in first })
    }

    /// `target`, once it has each of `source`'s codes once, pairs closed in order.
    static func checked(_ target: TranslatableText, against source: TranslatableText, unit: ImportedTranslations.Unit,
                                path: String) throws(Diagnostic) -> TranslatableText {
        var codes = target
        codes.codes = source.codes
        var seen: [Int] = [], open: [Int] = []
        for piece in target.pieces {
            switch piece {
            case .text: continue
            case .placeholder(let id): seen.append(id)
            case .start(let id): seen.append(id); open.append(id)
            case .end(let id):
                guard open.popLast() == id else {
                    throw Diagnostic(at: SourceLocation(path: path, line: unit.line), "unit '\(unit.id)': its codes are not nested as written")
                }
            }
        }
        let expected = source.codes.map(\.id)
        guard seen.sorted() == expected else {
            let missing = Set(expected).subtracting(seen).sorted(), extra = seen.filter { !expected.contains($0) }
            let dropped = missing.isEmpty ? "" : "drops code\(missing.count == 1 ? "" : "s") \(missing.map(String.init).joined(separator: ", "))"
            let added = extra.isEmpty ? "" : "adds code\(extra.count == 1 ? "" : "s") \(extra.map(String.init).joined(separator: ", "))"
            throw Diagnostic(at: SourceLocation(path: path, line: unit.line),
                             "the translation of unit '\(unit.id)' " + [dropped, added].filter { !$0.isEmpty }.joined(separator: " and ")
                                + (missing.isEmpty && extra.isEmpty ? "has a code twice" : ""),
                             hint: "keep each of the source's codes once: they are its links, code and formatting")
        }
        return codes
    }

    /// The text of the translation file of `source` (its body as exported), from `file`'s units.
    static func translation(of source: ArticleFile, file: ImportedTranslations.File, existing: ArticleFile?, hash: String,
                                    segmenter: MarkdownSegmenter, path: String, summary: inout Summary) throws(Diagnostic) -> String {
        let units = exportedUnits(of: source, segmenter: segmenter)
        var title: String?, summaryText: String?, slug: String?
        var tags = source.frontMatter.tags
        var blocks: [Int: TranslatableText] = [:], alts: [Int: [Int: String]] = [:]
        for unit in file.units {
            guard let exported = units[unit.id] else {
                throw Diagnostic(at: SourceLocation(path: path, line: unit.line), "unit '\(unit.id)' is not in the export of '\(file.original)'",
                                 hint: "translate the file as it was exported; export again for new text")
            }
            guard let target = unit.target ?? unit.numbered.map({ TranslatableText(numbered: $0, codeCount: exported.source.codes.count) }),
                  target.hasText || !target.pieces.isEmpty else {
                summary.skipped += 1
                continue
            }
            let text = try checked(target, against: exported.source, unit: unit, path: path)
            let plain = text.pieces.compactMap { if case .text(let run) = $0 { run } else { nil } }.joined()
            switch exported.place {
            case .title: title = plain
            case .summary: summaryText = plain
            case .slug:
                // An address: spaces become hyphens, as Hugo makes one of a title.
                let segment = PathSegment.hugo(from: plain)
                try OutputPath.validateSegment(segment, at: SourceLocation(path: path, line: unit.line), what: "the translated slug")
                slug = segment
            case .tag(let index): if tags.indices.contains(index) { tags[index] = plain }
            case .block(let index): blocks[index] = text
            case .altText(let block, let image): alts[block, default: [:]][image] = plain
            case .string: continue
            }
        }
        let body = segmenter.translating(source.body) { index, block in
            guard blocks[index] != nil || alts[index] != nil else { return nil }
            return (blocks[index], block.altTexts.indices.map { alts[index]?[$0] })
        }
        let matter = source.frontMatter
        var fields: [(String, String)] = [("title", YAMLText.quoted(title ?? existing?.frontMatter.title ?? matter.title))]
        if let date = matter.date { fields.append(("date", InternetDate.rfc3339(date))) }
        if let weight = matter.weight { fields.append(("weight", String(weight))) }
        if let summaryText { fields.append(("summary", YAMLText.quoted(summaryText))) }
        if !tags.isEmpty { fields.append(("tags", "[" + tags.map(YAMLText.quoted).joined(separator: ", ") + "]")) }
        if let slug = slug ?? existing?.frontMatter.slug { fields.append(("slug", YAMLText.quoted(slug))) }
        if let key = matter.translationKey { fields.append(("translationKey", YAMLText.quoted(key))) }
        fields.append(("sourceHash", hash))
        return "---\n" + keptFrontMatter(of: existing, replacing: Set(fields.map(\.0)))
            + fields.map { "\($0.0): \($0.1)\n" }.joined() + "---\n" + body
    }

    /// The lines of `existing`'s YAML front matter other than the top-level keys `replaced`
    /// (each with the lines that continue it), as written.
    static func keptFrontMatter(of existing: ArticleFile?, replacing replaced: Set<String>) -> String {
        guard let existing, let data = FileManager.default.contents(atPath: existing.path),
              let parts = try? FrontMatter.split(String(decoding: data, as: UTF8.self), path: existing.path),
              parts.format == .yaml else { return "" }
        var kept: [Substring] = []
        var skipping = false
        for line in parts.yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            let continues = line.first.map { $0 == " " || $0 == "\t" || $0 == "-" } ?? false
            if continues && skipping { continue }
            let key = line.prefix { $0 != ":" }.trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
            skipping = !continues && line.contains(":") && replaced.contains(key)
            if !skipping && !(line.isEmpty && kept.last?.isEmpty != false) { kept.append(line) }
        }
        while kept.last?.isEmpty == true { kept.removeLast() }
        return kept.map { $0 + "\n" }.joined()
    }
}
