import BroadsideLocale

/// An export as an XLIFF 2.0 document (OASIS core): one `<file>` per source file, `original` its
/// path; one `<unit>` per ``TranslationUnit``, its notes, its inline codes' Markdown as
/// `<originalData>`, and one segment whose source has the codes as `<pc>` (pairs) and `<ph>`
/// (placeholders), which a translator may move but not delete. An article's `<skeleton>` is its
/// body as exported, which CAT tools leave alone. Written with libxml2.
enum XLIFFDocument {
    static let namespace = "urn:oasis:names:tc:xliff:document:2.0"
    /// The note category that carries a file's source hash.
    static let sourceHashCategory = "broadside:sourceHash"
    /// The note category that carries a UI string's key.
    static let keyCategory = "broadside:key"

    static func bytes(of files: [TranslationFile], sourceLanguage: LanguageTag, targetLanguage: LanguageTag) -> [UInt8] {
        let writer = XMLWriter()
        writer.element("xliff", attributes: ["xmlns": namespace, "version": "2.0",
                                             "srcLang": sourceLanguage.identifier, "trgLang": targetLanguage.identifier]) {
            for (number, file) in files.enumerated() {
                writer.element("file", attributes: ["id": "f\(number + 1)", "original": file.original]) {
                    if let skeleton = file.skeleton { writer.inlineElement("skeleton") { writer.text(skeleton) } }
                    writer.element("notes") {
                        writer.element("note", attributes: ["category": sourceHashCategory], text: file.sourceHash)
                    }
                    for unit in file.units { write(unit, sourceHash: file.sourceHash, with: writer) }
                }
            }
        }
        return writer.finish()
    }

    private static func write(_ unit: TranslationUnit, sourceHash: String, with writer: XMLWriter) {
        writer.element("unit", attributes: ["id": unit.id]) {
            writer.element("notes") {
                writer.element("note", attributes: ["category": sourceHashCategory], text: sourceHash)
                if let key = unit.stringKey { writer.element("note", attributes: ["category": keyCategory], text: key) }
                if let note = unit.note { writer.element("note", attributes: ["category": "description"], text: note) }
            }
            if !unit.source.codes.isEmpty {
                writer.element("originalData") {
                    for code in unit.source.codes {
                        writer.element("data", attributes: ["id": "d\(code.id)"], text: code.markdown)
                        if let closing = code.closingMarkdown {
                            writer.element("data", attributes: ["id": "d\(code.id)e"], text: closing)
                        }
                    }
                }
            }
            writer.element("segment", attributes: ["state": "initial"]) {
                writer.inlineElement("source") { content(unit.source, with: writer) }
                // The translation as it stands, when its codes are the source's (they share its data).
                if let target = unit.target, target.codes.map(\.kind) == unit.source.codes.map(\.kind) {
                    writer.inlineElement("target") { content(target, with: writer) }
                }
            }
        }
    }

    /// The text with its codes: pieces in order, each pair's text inside its `<pc>`.
    private static func content(_ text: TranslatableText, with writer: XMLWriter) {
        var index = 0
        func codeAttributes(_ code: InlineCode, pair: Bool) -> KeyValuePairs<String, String> {
            pair ? ["id": "\(code.id)", "type": code.kind.xliffType, "dataRefStart": "d\(code.id)", "dataRefEnd": "d\(code.id)e", "canDelete": "no"]
                : ["id": "\(code.id)", "type": code.kind.xliffType, "dataRef": "d\(code.id)", "canDelete": "no"]
        }
        /// Writes pieces until the end of the pair `closing`, or of the text.
        func run(until closing: Int?) {
            while index < text.pieces.count {
                let piece = text.pieces[index]
                index += 1
                switch piece {
                case .text(let run): writer.text(run)
                case .placeholder(let id):
                    writer.element("ph", attributes: codeAttributes(text.codes[id - 1], pair: false))
                case .start(let id):
                    writer.inlineElement("pc", attributes: codeAttributes(text.codes[id - 1], pair: true)) { run(until: id) }
                case .end(let id) where id == closing:
                    return
                case .end:
                    continue
                }
            }
        }
        run(until: nil)
    }
}
