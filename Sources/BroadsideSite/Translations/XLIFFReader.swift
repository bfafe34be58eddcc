import CLibXML2
import Foundation

/// Reads a translated XLIFF 2.0 file as ``XLIFFDocument`` wrote it, with libxml2 set never to
/// load a DTD, substitute an entity or reach the network; a file with a DOCTYPE or an entity is
/// refused outright, so an external entity is never read.
enum XLIFFReader {
    /// Parses `bytes`, read from `path`.
    ///
    /// - Throws: malformed XML, a DOCTYPE or entity, or a document that is not XLIFF 2.0, at
    ///   its line and column.
    static func read(_ bytes: [UInt8], path: String) throws(Diagnostic) -> ImportedTranslations {
        try ImportedTranslations.checkSize(bytes, path: path)
        var result = ImportedTranslations()
        for marker in ["<!DOCTYPE", "<!ENTITY"] {
            if let offset = Self.offset(of: marker, in: bytes) {
                let (line, column) = Self.lineAndColumn(of: offset, in: bytes)
                throw Diagnostic(at: SourceLocation(path: path, line: line, column: column),
                                 "the file declares a \(marker == "<!DOCTYPE" ? "DOCTYPE" : "entity"), which an XLIFF file has no need of: it is not read",
                                 hint: "export the file again, or remove the declaration")
            }
        }
        guard let context = xmlNewParserCtxt() else { throw Diagnostic(at: SourceLocation(path: path), "cannot make an XML parser") }
        defer { xmlFreeParserCtxt(context) }
        // No NOENT (entities are not substituted), no DTDLOAD, no network.
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                xmlCtxtReadMemory(context, $0.baseAddress, Int32($0.count), path, nil, options)
            }
        }
        guard let document else {
            let error = xmlCtxtGetLastError(context)
            let message = error?.pointee.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? "not well-formed"
            throw Diagnostic(at: SourceLocation(path: path, line: error.map { Int($0.pointee.line) }, column: error.map { Int($0.pointee.int2) }),
                             "the file is not well-formed XML: \(message)")
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document), Self.name(root) == "xliff",
              Self.namespace(root) == XLIFFDocument.namespace, Self.attribute(root, "version") == "2.0" else {
            throw Diagnostic(at: SourceLocation(path: path, line: 1, column: 1), "the file is not XLIFF 2.0",
                             hint: "import the file `broadside translations export` wrote, translated")
        }
        result.sourceLanguage = Self.attribute(root, "srcLang") ?? ""
        result.targetLanguage = Self.attribute(root, "trgLang") ?? ""
        result.languagesLine = Int(xmlGetLineNo(root))
        var count = 0
        for file in Self.children(root, named: "file") {
            var entry = ImportedTranslations.File(original: Self.attribute(file, "original") ?? "", units: [], line: Int(xmlGetLineNo(file)))
            for child in Self.children(file) {
                switch Self.name(child) {
                case "skeleton": entry.skeleton = Self.text(child)
                case "notes":
                    entry.sourceHash = Self.children(child, named: "note").first { Self.attribute($0, "category") == XLIFFDocument.sourceHashCategory }.map(Self.text)
                case "unit":
                    count += 1
                    try ImportedTranslations.checkCount(count, path: path, line: Int(xmlGetLineNo(child)))
                    let target = Self.children(child, named: "segment").first.flatMap { Self.children($0, named: "target").first }
                    entry.units.append(ImportedTranslations.Unit(id: Self.attribute(child, "id") ?? "",
                                            target: try target.map { node throws(Diagnostic) in try Self.pieces(of: node, path: path) },
                                            line: Int(xmlGetLineNo(child))))
                default:
                    continue
                }
            }
            result.files.append(entry)
        }
        return result
    }

    /// A target's content as pieces: text, and each `<pc>` and `<ph>` by its id.
    private static func pieces(of target: xmlNodePtr, path: String) throws(Diagnostic) -> TranslatableText {
        var text = TranslatableText()
        /// Nodes to visit, and the pairs to close after a `<pc>`'s children.
        enum Step { case node(xmlNodePtr), close(Int) }
        var steps: [Step] = children(target, elementsOnly: false).reversed().map { .node($0) }
        while let step = steps.popLast() {
            switch step {
            case .close(let id):
                text.pieces.append(.end(id))
            case .node(let node):
                if node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE {
                    text.append(String(cString: node.pointee.content))
                    continue
                }
                guard node.pointee.type == XML_ELEMENT_NODE else { continue }
                guard let id = attribute(node, "id").flatMap(Int.init), id > 0 else {
                    throw Diagnostic(at: SourceLocation(path: path, line: Int(xmlGetLineNo(node))),
                                     "<\(name(node))> without the number of a code of its source")
                }
                switch name(node) {
                case "ph": text.pieces.append(.placeholder(id))
                case "pc":
                    text.pieces.append(.start(id))
                    steps.append(.close(id))
                    steps += children(node, elementsOnly: false).reversed().map { .node($0) }
                default:
                    throw Diagnostic(at: SourceLocation(path: path, line: Int(xmlGetLineNo(node))),
                                     "<\(name(node))> in a target: only text, <pc> and <ph> come back")
                }
            }
        }
        return text
    }

    // MARK: - libxml2

    private static func name(_ node: xmlNodePtr) -> String { node.pointee.name.map { String(cString: $0) } ?? "" }

    private static func namespace(_ node: xmlNodePtr) -> String? { node.pointee.ns?.pointee.href.map { String(cString: $0) } }

    private static func attribute(_ node: xmlNodePtr, _ name: String) -> String? { XMLNode.attribute(node, name) }

    private static func children(_ node: xmlNodePtr, named wanted: String? = nil, elementsOnly: Bool = true) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if !elementsOnly || (current.pointee.type == XML_ELEMENT_NODE && (wanted == nil || name(current) == wanted)) {
                result.append(current)
            }
            child = current.pointee.next
        }
        return result
    }

    /// The text of `node`'s text children.
    private static func text(_ node: xmlNodePtr) -> String {
        children(node, elementsOnly: false).filter { $0.pointee.type == XML_TEXT_NODE || $0.pointee.type == XML_CDATA_SECTION_NODE }
            .map { String(cString: $0.pointee.content) }.joined()
    }

    private static func offset(of marker: String, in bytes: [UInt8]) -> Int? {
        let needle = Array(marker.utf8)
        guard bytes.count >= needle.count else { return nil }
        for index in 0...(bytes.count - needle.count) where bytes[index] == needle[0] && bytes[index..<index + needle.count].elementsEqual(needle) {
            return index
        }
        return nil
    }

    private static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        let before = bytes[..<offset]
        let line = before.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        return (line, String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1)
    }
}
