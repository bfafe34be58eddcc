import BroadsideTemplates
import Testing

/// Layouts as a site uses them, beyond the spec's cases: indentation carries through partials,
/// parents and blocks so the output stays readable HTML.
@Suite struct InheritanceTests {
    private func render(_ name: String, _ templates: [String: String], _ data: TemplateValue = [:]) throws -> String {
        let library = TemplateLibrary(templates: try templates.reduce(into: [:]) { $0[$1.key] = try Template(source: $1.value, path: $1.key) })
        return try library.render(name, data)
    }

    @Test func standaloneBlocksInALayoutIndentTheirArguments() throws {
        let output = try render("article", [
            "base": """
                <html>
                  <head>
                    <title>{{$title}}Broadside{{/title}}</title>
                  </head>
                  <body>
                    {{$main}}
                    <p>No content.</p>
                    {{/main}}
                    {{> footer}}
                  </body>
                </html>

                """,
            "footer": "<footer>\n  {{site}}\n</footer>\n",
            "article": """
                {{<base}}
                {{$title}}{{headline}}{{/title}}
                {{$main}}
                <article>
                  <h1>{{headline}}</h1>
                </article>
                {{/main}}
                {{/base}}

                """,
        ], ["headline": "Hello", "site": "Example"])
        #expect(output == """
            <html>
              <head>
                <title>Hello</title>
              </head>
              <body>
                <article>
                  <h1>Hello</h1>
                </article>
                <footer>
                  Example
                </footer>
              </body>
            </html>

            """)
    }

    @Test func defaultContentKeepsItsIndentation() throws {
        let output = try render("page", [
            "base": "<body>\n  {{$main}}\n  <p>default</p>\n  {{/main}}\n</body>\n",
            "page": "{{<base}}{{/base}}",
        ])
        #expect(output == "<body>\n  <p>default</p>\n</body>\n")
    }

    @Test func blocksInsidePartialsOfTheLayoutCanBeFilled() throws {
        let output = try render("page", [
            "base": "{{> head}}<main>{{$main}}{{/main}}</main>",
            "head": "<title>{{$title}}Site{{/title}}</title>",
            "page": "{{<base}}{{$title}}Page{{/title}}{{$main}}Body{{/main}}{{/base}}",
        ])
        #expect(output == "<title>Page</title><main>Body</main>")
    }

    @Test func blankLinesAreNotIndented() throws {
        let output = try render("page", ["list": "<ul>\n\n  <li>a</li>\n</ul>\n", "page": "<nav>\n  {{> list}}\n</nav>\n"])
        #expect(output == "<nav>\n  <ul>\n\n    <li>a</li>\n  </ul>\n</nav>\n")
    }

    @Test func argumentsAreRenderedInTheContextOfTheBlock() throws {
        let output = try render("page", [
            "base": "{{#tags}}[{{$tag}}{{/tag}}]{{/tags}}",
            "page": "{{<base}}{{$tag}}{{name}}{{/tag}}{{/base}}",
        ], ["tags": [["name": "a"], ["name": "b"]]])
        #expect(output == "[a][b]")
    }
}
