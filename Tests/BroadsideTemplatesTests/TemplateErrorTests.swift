import BroadsideDiagnostics
import BroadsideTemplates
import Testing

/// Every kind of error names the template, the line and column, and what was expected.
@Suite struct TemplateErrorTests {
    private func parseError(_ source: String) -> TemplateError? {
        do {
            _ = try Template(source: source, path: "templates/article.html")
            return nil
        } catch {
            return error
        }
    }

    private func renderError(
        _ source: String, _ data: TemplateValue = [:], library: TemplateLibrary? = nil,
        functions: [String: TemplateFunction] = [:]
    ) throws -> TemplateError? {
        let template = try Template(source: source, path: "templates/article.html")
        do {
            _ = try template.render(data, library: library, functions: functions)
            return nil
        } catch {
            return error
        }
    }

    @Test func descriptionIsPathLineColumn() {
        let error = TemplateError(at: SourceLocation(path: "templates/article.html", line: 3, column: 5), "oops")
        #expect(error.description == "templates/article.html:3:5: error: oops")
        let unplaced = TemplateError(at: SourceLocation(path: "templates"), "cannot read")
        #expect(unplaced.description == "templates: error: cannot read")
    }

    @Test func unclosedSectionIsReportedAtTheEndWithWhereItOpened() throws {
        let error = try #require(parseError("<ul>\n  {{#items}}\n    <li>{{.}}</li>\n"))
        #expect((error.location.line, error.location.column) == (4, 1))
        #expect(error.message == "unclosed section 'items' opened at 2:3; expected {{/items}}")
        #expect(error.description.hasPrefix("templates/article.html:4:1: error: unclosed section"))
    }

    @Test(arguments: [
        ("{{<base}}", "unclosed parent 'base' opened at 1:1; expected {{/base}}"),
        ("{{$title}}x", "unclosed block 'title' opened at 1:1; expected {{/title}}"),
        ("{{^none}}x", "unclosed inverted section 'none' opened at 1:1; expected {{/none}}"),
        ("{{=<% %>=}}<%#a%>", "unclosed section 'a' opened at 1:12; expected <%/a%>"),
        ("{{}}", "empty tag; expected a name between {{ and }}"),
        ("{{#a b}}{{/a b}}", "invalid name 'a b'; expected a key such as title or article.title, or '.'"),
        ("{{a..b}}", "invalid name 'a..b'; expected a key such as title or article.title, or '.'"),
        ("{{> }}", "invalid name ''; expected a name without spaces"),
    ])
    func parseErrorSaysWhatWasExpected(_ source: String, _ message: String) {
        #expect(parseError(source)?.message == message)
    }

    @Test func mismatchedSectionNamesBoth() throws {
        let error = try #require(parseError("{{#items}}\n{{#tags}}{{/items}}{{/tags}}"))
        #expect((error.location.line, error.location.column) == (2, 10))
        #expect(error.message == "mismatched {{/items}}; expected {{/tags}} to close the section 'tags' opened at 2:1")
    }

    @Test func closingTagWithNothingOpen() throws {
        let error = try #require(parseError("text {{/items}}"))
        #expect((error.location.line, error.location.column) == (1, 6))
        #expect(error.message == "unexpected {{/items}}: no section, parent or block is open")
    }

    @Test func unclosedTag() throws {
        let error = try #require(parseError("<h1>\n  Hello {{name</h1>"))
        #expect((error.location.line, error.location.column) == (2, 9))
        #expect(error.message == "unclosed tag '{{name</h1>'; expected '}}'")
        #expect(parseError("{{{name}}")?.message == "unclosed tag '{{{name}}'; expected '}}}'")
    }

    @Test(arguments: ["{{=<% =}}", "{{=<%%>=}}", "{{=<% %> x=}}", "{{=<% =%>=}}"])
    func malformedDelimiters(_ source: String) throws {
        let error = try #require(parseError("a\n" + source))
        #expect((error.location.line, error.location.column) == (2, 1))
        #expect(error.message.hasPrefix("invalid delimiters"))
        #expect(error.message.hasSuffix("expected two delimiters separated by a space, as in {{=<% %>=}}"))
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let error = try #require(parseError("«é» {{/a}}"))
        #expect((error.location.line, error.location.column) == (1, 5))
    }

    @Test func missingPartialFailsAtTheTagNamingTheFilesToAdd() throws {
        let error = try #require(try renderError("<body>\n  {{> partials/header}}\n</body>"))
        #expect(error.location.path == "templates/article.html")
        #expect((error.location.line, error.location.column) == (2, 3))
        #expect(
            error.message
                == "unknown partial 'partials/header'; add partials/header.mustache or partials/header.html to the templates folder")
    }

    @Test func missingParentFailsLikewise() throws {
        let error = try #require(try renderError("x {{<base}}{{$title}}T{{/title}}{{/base}}"))
        #expect((error.location.line, error.location.column) == (1, 3))
        #expect(error.message == "unknown parent 'base'; add base.mustache or base.html to the templates folder")
    }

    @Test func missingPartialRendersEmptyWhenAsked() throws {
        let library = TemplateLibrary(templates: [:], missingPartials: .renderEmpty)
        let template = try Template(source: "[{{>nothing}}]", path: "t")
        #expect(try template.render([:], library: library) == "[]")
    }

    @Test func errorInsideAPartialIsLocatedInThePartial() throws {
        let partial = try Template(source: "line one\n  {{> missing}}", path: "templates/partials/footer.html")
        let library = TemplateLibrary(templates: ["partials/footer": partial])
        let error = try #require(try renderError("{{> partials/footer}}", library: library))
        #expect(error.description.hasPrefix("templates/partials/footer.html:2:3: error: unknown partial 'missing'"))
    }

    @Test func endlessRecursionIsAnErrorNotACrash() throws {
        let loop = try Template(source: "{{> loop}}", path: "loop.html")
        let error = try #require(try renderError("{{> loop}}", library: TemplateLibrary(templates: ["loop": loop])))
        #expect(error.location.path == "loop.html")
        #expect(error.message.contains("nest more than 100 levels deep at partial 'loop'"))
    }
}
