import BroadsideTemplates
import Testing

@Suite struct TemplateLibraryTests {
    @Test func renderingAnUnknownTemplateIsAnError() {
        #expect(throws: TemplateError.self) { try TemplateLibrary(templates: [:]).render("article", [:]) }
    }

    @Test func referencesNamePartialsAndParentsThatRender() throws {
        let template = try Template(
            source: "{{> header}}{{#items}}{{> item}}{{/items}}{{<base}}{{$main}}{{> inner}}{{/main}}ignored {{> nothing}}{{/base}}",
            path: "t")
        #expect(template.references == ["header", "item", "base", "inner"])
    }

    @Test func unresolvedReferencesAreLocatedAtTheirTags() throws {
        let library = TemplateLibrary(templates: [
            "article": try Template(source: "{{<base}}{{$main}}\n  {{> byline}}\n{{/main}}{{/base}}", path: "templates/article.html"),
            "base": try Template(source: "{{$main}}{{/main}}{{> footer}}", path: "templates/base.html"),
            "footer": try Template(source: "", path: "templates/footer.html"),
        ])
        #expect(library.unresolvedReferences().map(\.description) == [
            "templates/article.html:2:3: error: unknown partial 'byline'; add byline.mustache or byline.html to the templates folder"
        ])
        #expect(TemplateLibrary(templates: ["footer": library["footer"]!]).unresolvedReferences().isEmpty)
    }

    @Test func missingPartialFailsInFailMode() throws {
        let library = TemplateLibrary(templates: ["page": try Template(source: "{{>nav}}", path: "templates/page.html")])
        #expect(throws: TemplateError.self) { try library.render("page", [:]) }
        let lenient = TemplateLibrary(templates: ["page": library["page"]!], missingPartials: .renderEmpty)
        #expect(try lenient.render("page", [:]) == "")
    }
}
