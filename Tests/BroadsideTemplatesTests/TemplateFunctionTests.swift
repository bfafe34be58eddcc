import BroadsideTemplates
import Testing

/// Function-call tags: `{{name argument key=value}}`.
@Suite struct TemplateFunctionTests {
    /// Echoes the call so the test can see exactly what the function received.
    private static let echo: TemplateFunction = { call in
        let positional = call.positional.map { "\($0.text)=\(describe($0.value))" }
        let named = call.named.sorted { $0.key < $1.key }.map { "\($0.key):\(describe($0.value))" }
        return "\(call.name)(\((positional + named).joined(separator: ", ")))"
    }

    private static func describe(_ value: TemplateValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let bool): "\(bool)"
        case .int(let int): "int \(int)"
        case .double(let double): "double \(double)"
        case .string(let string): "'\(string)'"
        case .array(let items): "[\(items.map(describe).joined(separator: ", "))]"
        case .object: "object"
        }
    }

    private let article: TemplateValue = ["article": ["minutes": 7, "date": "2025-01-18", "title": "<Hello>"], "count": 3]

    private func render(_ source: String, functions: [String: TemplateFunction] = ["f": echo]) throws -> String {
        try Template(source: source, path: "t").render(article, functions: functions)
    }

    @Test func positionalKeyPathsAreResolvedAndKeepTheirText() throws {
        #expect(try render("{{{f article.minutes count missing}}}") == "f(article.minutes=int 7, count=int 3, missing=null)")
    }

    @Test func namedArgumentsAreResolvedTheSameWay() throws {
        #expect(try render("{{{f reading_time minutes=article.minutes}}}") == "f(reading_time=null, minutes:int 7)")
    }

    @Test func literals() throws {
        #expect(
            try render(#"{{{f "a \"quoted\" word" 42 -1.5 style="long"}}}"#)
                == #"f("a \"quoted\" word"='a "quoted" word', 42=int 42, -1.5=double -1.5, style:'long')"#)
    }

    @Test func implicitIteratorIsAKeyPath() throws {
        let template = try Template(source: "{{#list}}{{{f .}}} {{/list}}", path: "t")
        #expect(try template.render(["list": [1, 2]], functions: ["f": Self.echo]) == "f(.=int 1) f(.=int 2) ")
    }

    @Test func escapedUnlessRaw() throws {
        let functions: [String: TemplateFunction] = ["title": { _ in "<b>Tom & Jerry</b>" }]
        #expect(try render("{{title of article}}", functions: functions) == "&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;")
        #expect(try render("{{{title of article}}}", functions: functions) == "<b>Tom & Jerry</b>")
        #expect(try render("{{& title of article}}", functions: functions) == "<b>Tom & Jerry</b>")
    }

    @Test func paddingAroundACallIsIgnored() throws {
        #expect(try render("{{{  f  count  }}}") == "f(count=int 3)")
    }

    @Test func unknownFunctionIsARenderErrorAtTheTag() throws {
        let template = try Template(source: "<p>\n  {{date article.date}}</p>", path: "templates/article.html")
        #expect(throws: TemplateError.self) { try template.render(article) }
        do {
            _ = try template.render(article, functions: ["t": Self.echo, "number": Self.echo])
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "templates/article.html:2:3: error: unknown function 'date'; available: number, t")
        }
    }

    @Test func aFunctionsErrorBecomesATemplateErrorAtTheTag() throws {
        struct MissingTranslation: Error, CustomStringConvertible {
            var description: String { "no translation for 'reading_time' in sw" }
        }
        let template = try Template(source: "<p>{{t reading_time}}</p>", path: "templates/article.html")
        do {
            _ = try template.render(article, functions: ["t": { _ in throw MissingTranslation() }])
            Issue.record("expected an error")
        } catch {
            #expect(error.location.path == "templates/article.html")
            #expect((error.location.line, error.location.column) == (1, 4))
            #expect(error.message == "function 't' failed: no translation for 'reading_time' in sw")
        }
    }

    @Test(arguments: [
        (#"{{t "open}}"#, #"unterminated string in call to 't'; expected a closing '"'"#),
        ("{{t =x}}", "missing argument name before '=' in call to 't'; expected name=value"),
        ("{{t a= b}}", #"missing value in call to 't'; expected a key, a "string" or a number"#),
        ("{{t a=1 a=2}}", "argument 'a' is given twice in call to 't'"),
        ("{{t 1x}}", "invalid number '1x' in call to 't'"),
        ("{{t a..b}}", "invalid key 'a..b' in call to 't'; expected a name such as article.title"),
        (#"{{"t" a}}"#, #"expected a function name first in '"t" a', as in {{t key}}"#),
    ])
    func malformedCallsAreParseErrors(_ source: String, _ message: String) {
        #expect(throws: TemplateError.self) { try Template(source: source, path: "t") }
        do {
            _ = try Template(source: "\n " + source, path: "t")
        } catch {
            #expect(error.message == message)
            #expect((error.location.line, error.location.column) == (2, 2))
        }
    }

    @Test func plainTagsAreNeverCalls() throws {
        // Only inner whitespace makes a call; spec tags with padding stay variables.
        #expect(try render("{{ count }}|{{{ count }}}|{{& count }}") == "3|3|3")
    }

    @Test func aBareFunctionNameTheContextLacksIsACallWithoutArguments() throws {
        #expect(try render("[{{f}}|{{{f}}}|{{& f}}]") == "[f()|f()|f()]")
        let needsKey: TemplateFunction = { call in
            guard !call.positional.isEmpty else { throw Needs(description: "t needs a UI string key: {{t key name=value}}") }
            return "ok"
        }
        let template = try Template(source: "<p>\n  {{t}}</p>", path: "templates/article.html")
        do {
            _ = try template.render(article, functions: ["t": needsKey])
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "templates/article.html:2:3: error: function 't' failed: t needs a UI string key: {{t key name=value}}")
        }
    }

    @Test func aValueOfTheSameNameWinsOverTheFunction() throws {
        // The site's pages have a `date` value and a `date` function: `{{date}}` is the value.
        #expect(try render("{{count}} {{#article}}{{date}}{{/article}} {{none}}", functions: ["count": Self.echo, "date": Self.echo, "none": Self.echo])
            == "3 2025-01-18 none()")
        #expect(try Template(source: "[{{f}}]", path: "t").render([:]) == "[]", "without functions it is a missing value")
        #expect(try render("{{f.x}}") == "", "a dotted name is never a call")
    }

    private struct Needs: Error, CustomStringConvertible {
        var description: String
    }
}
