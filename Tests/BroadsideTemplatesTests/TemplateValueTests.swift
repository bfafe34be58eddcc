import BroadsideTemplates
import Foundation
import Testing

@Suite struct TemplateValueTests {
    @Test func decodesJSONKeepingBooleansIntegersAndDoublesApart() throws {
        let json = #"{"yes": true, "no": false, "one": 1, "many": 1.5, "big": 1e300, "text": "1", "none": null, "list": [1, "a"], "nested": {"k": 0}}"#
        let value = try JSONDecoder().decode(TemplateValue.self, from: Data(json.utf8))
        #expect(value == [
            "yes": true, "no": false, "one": 1, "many": 1.5, "big": .double(1e300), "text": "1", "none": nil,
            "list": [1, "a"], "nested": ["k": 0],
        ])
    }

    @Test func decodesTopLevelScalarsAndArrays() throws {
        #expect(try JSONDecoder().decode(TemplateValue.self, from: Data(#""x""#.utf8)) == "x")
        #expect(try JSONDecoder().decode(TemplateValue.self, from: Data("[true]".utf8)) == [true])
    }

    @Test(arguments: [("[", "]"), (#"{"a":"#, "}")])
    func decodingStopsAtTheNestingLimitWhateverTheDecoderAllows(_ open: String, _ close: String) throws {
        let depth = Template.Limits.dataNesting
        let deepest = String(repeating: open, count: depth) + "1" + String(repeating: close, count: depth)
        #expect(throws: Never.self) { try JSONDecoder().decode(TemplateValue.self, from: Data(deepest.utf8)) }
        // Deeper than the limit but within JSONDecoder's own (512).
        let deeper = String(repeating: open, count: depth + 1) + "1" + String(repeating: close, count: depth + 1)
        do {
            _ = try JSONDecoder().decode(TemplateValue.self, from: Data(deeper.utf8))
            Issue.record("expected an error")
        } catch DecodingError.dataCorrupted(let context) {
            #expect(context.debugDescription == "arrays and objects nested deeper than 100 levels")
            #expect(context.codingPath.count == depth)
        }
    }

    @Test func interpolation() throws {
        let template = try Template(source: "{{i}} {{d}} {{whole}} {{b}} {{n}} {{list}}", path: "t")
        let data: TemplateValue = ["i": 85, "d": 1.21, "whole": 2.0, "b": false, "n": nil, "list": [1, "<a>"]]
        #expect(try template.render(data) == "85 1.21 2 false  1,&lt;a&gt;")
    }

    @Test(arguments: [
        (TemplateValue.null, false), (false, false), ([], false),
        (true, true), (0, true), (0.0, true), ("", true), ([:], true), ([nil], true),
    ] as [(TemplateValue, Bool)])
    func falsinessFollowsTheSpec(_ value: TemplateValue, _ truthy: Bool) throws {
        let template = try Template(source: "{{#v}}yes{{/v}}{{^v}}no{{/v}}", path: "t")
        #expect(try template.render(["v": value]) == (truthy ? "yes" : "no"))
    }

    @Test func dictionaryLiteralKeepsTheLastOfARepeatedKey() {
        let value: TemplateValue = ["a": 1, "a": 2]
        #expect(value == .object(["a": 2]))
    }
}
