import CLibXML2

/// The links of one HTML page, read with libxml2's HTML parser, which never loads anything
/// from the network or an entity.
enum PageLinks {
    /// The attributes that hold a link, by element.
    static let attributes: [String: String] = [
        "a": "href", "link": "href", "area": "href", "img": "src", "script": "src", "source": "src",
        "iframe": "src", "video": "src", "audio": "src", "track": "src", "embed": "src",
    ]

    /// Each link of `html` (`href` of `a`, `link` and `area`, `src` of images, scripts and
    /// media), in document order.
    static func links(in html: [UInt8]) -> [String] {
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NOBLANKS.rawValue)
        let document = html.withUnsafeBufferPointer { bytes in
            bytes.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    htmlReadMemory($0, Int32(clamping: bytes.count), nil, "UTF-8", options)
                }
            } ?? nil
        }
        guard let document else { return [] }
        defer { xmlFreeDoc(document) }
        var links: [String] = []
        // A stack, not recursion: raw HTML in content may nest deeply.
        var stack: [xmlNodePtr] = xmlDocGetRootElement(document).map { [$0] } ?? []
        while let node = stack.popLast() {
            if node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name,
               let wanted = attributes[String(cString: name)], let value = XMLNode.attribute(node, wanted) {
                links.append(value)
            }
            var children: [xmlNodePtr] = []
            var child = node.pointee.children
            while let current = child {
                children.append(current)
                child = current.pointee.next
            }
            stack.append(contentsOf: children.reversed())
        }
        return links
    }
}
