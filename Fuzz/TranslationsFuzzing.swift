@testable import BroadsideSite

/// `translations`: any bytes as an imported PO file and as an imported XLIFF file, read as
/// `translations import` reads them, each translation made pieces against a source with codes;
/// and as a Markdown body, segmented for export and put together again as an import does.
enum TranslationsFuzzing {
    static let segmenter = MarkdownSegmenter(markdown: Markdown(unsafeHTML: true))

    static func run(_ bytes: [UInt8]) {
        let po = try? POReader.read(bytes, path: "fuzz.po")
        let xliff = try? XLIFFReader.read(bytes, path: "fuzz.xlf")
        for imported in [po, xliff].compactMap({ $0 }) {
            for file in imported.files {
                for unit in file.units { _ = unit.numbered.map { TranslatableText(numbered: $0, codeCount: 3) } }
            }
        }
        let body = String(decoding: bytes, as: UTF8.self)
        let blocks = segmenter.blocks(of: body)
        _ = segmenter.translating(body) { index, block in
            index % 2 == 0 ? (block.text, block.altTexts.map { "alt " + $0 }) : nil
        }
        _ = blocks.map { $0.text.numbered }
    }
}
