import BroadsideTemplates
import Foundation
import Testing

@Suite struct TemplateLibraryTests {
    /// A fresh folder holding `files` (relative path: contents), removed by the caller.
    private func folder(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        for (path, contents) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try contents.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }

    @Test func loadsMustacheAndHTMLFilesRecursivelyByRelativeName() throws {
        let root = try folder([
            "article.html": "{{<layouts/base}}{{$main}}<p>{{title}}</p>{{/main}}{{/layouts/base}}",
            "layouts/base.mustache": "<main>{{$main}}{{/main}}</main>{{> partials/footer}}",
            "partials/footer.html": "<footer>{{site}}</footer>",
            "notes.txt": "not a template",
            ".hidden/secret.html": "skipped",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        let library = try TemplateLibrary(directory: root.path)
        #expect(library["article"] != nil)
        #expect(library["layouts/base"] != nil)
        #expect(library["partials/footer"] != nil)
        #expect(library["notes"] == nil)
        #expect(library[".hidden/secret"] == nil)
        #expect(try library.render("article", ["title": "Hi", "site": "Broadside"])
            == "<main><p>Hi</p></main><footer>Broadside</footer>")
    }

    @Test func mustacheWinsOverHTMLOfTheSameName() throws {
        let root = try folder(["page.html": "from html {{", "page.mustache": "from mustache"])
        defer { try? FileManager.default.removeItem(at: root) }
        let library = try TemplateLibrary(directory: root.path)
        #expect(try library.render("page", [:]) == "from mustache")
    }

    @Test func collectsEveryParseErrorOfEveryFile() throws {
        let root = try folder([
            "a.html": "ok",
            "b.html": "line\n{{#open}}",
            "sub/c.mustache": "{{name",
        ])
        defer { try? FileManager.default.removeItem(at: root) }
        do {
            _ = try TemplateLibrary(directory: root.path)
            Issue.record("expected errors")
        } catch {
            #expect(error.errors.map(\.description) == [
                "\(root.path)/b.html:2:10: error: unclosed section 'open' opened at 2:1; expected {{/open}}",
                "\(root.path)/sub/c.mustache:1:1: error: unclosed tag '{{name'; expected '}}'",
            ])
        }
    }

    @Test func missingFolderIsAnError() {
        #expect(throws: TemplateErrors.self) { try TemplateLibrary(directory: "/nonexistent/templates") }
        do {
            _ = try TemplateLibrary(directory: "/nonexistent/templates")
        } catch {
            #expect(error.description == "/nonexistent/templates: error: cannot read the templates folder: No such file or directory")
        }
    }

    @Test func aFileIsNotAFolder() throws {
        let root = try folder(["page.html": "x"])
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("page.html").path
        do {
            _ = try TemplateLibrary(directory: file)
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "\(file): error: expected a templates folder, found a file")
        }
    }

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
