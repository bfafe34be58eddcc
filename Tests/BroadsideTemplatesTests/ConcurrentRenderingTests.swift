import BroadsideTemplates
import Testing

/// A template is parsed once and rendered from many tasks at once with the same result.
@Suite struct ConcurrentRenderingTests {
    @Test func renderingOneTemplateFromManyTasksGivesTheSameText() async throws {
        let library = TemplateLibrary(templates: [
            "base": try Template(source: "<html>\n  {{$body}}{{/body}}\n</html>\n", path: "base"),
            "item": try Template(source: "<li>{{name}} {{t price}}</li>\n", path: "item"),
        ])
        let page = try Template(
            source: "{{<base}}{{$body}}\n<ul>\n  {{#items}}\n  {{> item}}\n  {{/items}}\n</ul>\n{{/body}}{{/base}}", path: "page")
        let items: [TemplateValue] = (0..<50).map { ["name": .string("item \($0) <&>"), "price": .int($0)] }
        let functions: [String: TemplateFunction] = ["t": { call in "€\(call.positional[0].value)" }]
        let expected = try page.render(["items": .array(items)], library: library, functions: functions)
        #expect(expected.hasPrefix("<html>\n  <ul>\n    <li>item 0 &lt;&amp;&gt; €int(0)</li>\n"))

        let results = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<64 {
                group.addTask { try page.render(["items": .array(items)], library: library, functions: functions) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 64)
        #expect(results.allSatisfy { $0 == expected })
    }
}
