import CLibXML2

/// Writes one XML document through libxml2's xmlTextWriter, which does all escaping.
///
/// ``ForbiddenCharacter``s, which xmlTextWriter would write as they are, are left out of text
/// and attribute values, so a feed stays well-formed whatever its input held.
///
///     let writer = XMLWriter()
///     writer.element("rss", attributes: ["version": "2.0"]) {
///         writer.element("title", text: title)
///     }
///     let bytes = writer.finish()
public final class XMLWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr

    /// Starts a UTF-8 document with an XML declaration, indented for people who read it.
    public init() {
        buffer = xmlBufferCreate()
        writer = xmlNewTextWriterMemory(buffer, 0)
        xmlTextWriterSetIndent(writer, 1)
        xmlTextWriterSetIndentString(writer, "  ")
        xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil)
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    /// An element with attributes (written in the order given) and children written by `content`.
    public func element(_ name: String, attributes: KeyValuePairs<String, String> = [:],
                        _ content: () -> Void = {}) {
        xmlTextWriterStartElement(writer, name)
        for (key, value) in attributes {
            xmlTextWriterWriteAttribute(writer, key, Self.allowed(value))
        }
        content()
        xmlTextWriterEndElement(writer)
    }

    /// An element whose content is written without indentation, where white space is content
    /// (XLIFF's `<source>` and `<target>`, with inline elements among the text).
    public func inlineElement(_ name: String, attributes: KeyValuePairs<String, String> = [:], _ content: () -> Void) {
        xmlTextWriterStartElement(writer, name)
        for (key, value) in attributes {
            xmlTextWriterWriteAttribute(writer, key, Self.allowed(value))
        }
        inlineDepth += 1
        xmlTextWriterSetIndent(writer, 0)
        content()
        xmlTextWriterEndElement(writer)
        inlineDepth -= 1
        if inlineDepth == 0 { xmlTextWriterSetIndent(writer, 1) }
    }

    /// How many ``inlineElement(_:attributes:_:)`` are open: indentation resumes after the outermost.
    private var inlineDepth = 0

    /// An element holding only text.
    public func element(_ name: String, attributes: KeyValuePairs<String, String> = [:], text: String) {
        element(name, attributes: attributes) { self.text(text) }
    }

    /// Text, escaped.
    public func text(_ text: String) {
        xmlTextWriterWriteString(writer, Self.allowed(text))
    }

    /// `text` without ``ForbiddenCharacter``s.
    static func allowed(_ text: String) -> String {
        guard ForbiddenCharacter.first(in: text) != nil else { return text }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: text.unicodeScalars.lazy.filter { !ForbiddenCharacter.contains($0) })
        return String(kept)
    }

    /// Ends the document and returns its bytes.
    public func finish() -> [UInt8] {
        xmlTextWriterEndDocument(writer)
        xmlTextWriterFlush(writer)
        let count = Int(xmlBufferLength(buffer))
        guard let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: count))
    }
}
