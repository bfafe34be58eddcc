import Foundation
import CLibXML2

/// A parsed XML or HTML document (libxml2), for reading what a build wrote.
final class ParsedDocument {
    private let document: xmlDocPtr?

    /// Parses XML strictly; `isValid` tells whether it parsed.
    init(xml text: String) {
        document = text.withCString { xmlReadMemory($0, Int32(strlen($0)), nil, "UTF-8", Int32(XML_PARSE_NONET.rawValue)) }
    }

    /// Parses HTML as browsers would (errors recovered).
    init(html text: String) {
        document = text.withCString {
            htmlReadMemory($0, Int32(strlen($0)), nil, "UTF-8",
                           Int32(HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue))
        }
    }

    deinit { xmlFreeDoc(document) }

    var isValid: Bool { document != nil }

    /// The string values of the nodes an XPath expression selects (namespace prefixes as registered).
    func values(_ expression: String, namespaces: [String: String] = [:]) -> [String] {
        guard let document, let context = xmlXPathNewContext(document) else { return [] }
        defer { xmlXPathFreeContext(context) }
        for (prefix, uri) in namespaces { xmlXPathRegisterNs(context, prefix, uri) }
        guard let result = xmlXPathEvalExpression(expression, context) else { return [] }
        defer { xmlXPathFreeObject(result) }
        guard let nodes = result.pointee.nodesetval else { return [] }
        return (0..<Int(nodes.pointee.nodeNr)).compactMap { index in
            guard let node = nodes.pointee.nodeTab[index], let content = xmlNodeGetContent(node) else { return nil }
            defer { broadside_xml_free(content) }
            return String(cString: content)
        }
    }
}
