import CLibXML2
import Testing
@testable import BroadsideSite

@Suite struct XMLWriterTests {
    @Test func escapesTextAndAttributesAndParses() throws {
        let writer = XMLWriter()
        writer.element("root", attributes: ["title": "a \"quoted\" <b> & c"]) {
            writer.element("item", text: "<script>alert('x')</script> & العربية")
        }
        let bytes = writer.finish()
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
        #expect(text.contains("&lt;script&gt;"))
        #expect(!text.contains("<script>"))
        #expect(Self.isWellFormed(bytes))
    }

    @Test func charactersXMLForbidsAreLeftOut() {
        let writer = XMLWriter()
        writer.element("feed", attributes: ["title": "bell\u{07}here"]) {
            writer.element("title", text: "nul\u{00} escape\u{1B} tab\tok \u{FFFE}end")
        }
        let bytes = writer.finish()
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("title=\"bellhere\""))
        #expect(text.contains("<title>nul escape tab\tok end</title>"))
        #expect(Self.isWellFormed(bytes))
    }

    /// Whether libxml2 reads `bytes` as a well-formed document.
    static func isWellFormed(_ bytes: [UInt8]) -> Bool {
        let document = bytes.withUnsafeBufferPointer {
            $0.withMemoryRebound(to: CChar.self) { xmlReadMemory($0.baseAddress, Int32($0.count), nil, "UTF-8", 0) }
        }
        defer { xmlFreeDoc(document) }
        return document != nil
    }
}
