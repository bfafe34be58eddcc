import BroadsideSite
import BroadsideTemplates
import Foundation
import Testing

/// A site's templates folder, listed by the build's directory walker.
@Suite struct TemplateFolderTests {
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
        let library = try TemplateLibrary.load(folder: root.path, missingPartials: .fail).0
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
        let library = try TemplateLibrary.load(folder: root.path, missingPartials: .fail).0
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
            _ = try TemplateLibrary.load(folder: root.path, missingPartials: .fail).0
            Issue.record("expected errors")
        } catch {
            #expect(error.errors.map(\.description) == [
                "\(root.path)/b.html:2:10: error: unclosed section 'open' opened at 2:1; expected {{/open}}",
                "\(root.path)/sub/c.mustache:1:1: error: unclosed tag '{{name'; expected '}}'",
            ])
        }
    }

    @Test func missingFolderIsAnError() {
        #expect(throws: TemplateErrors.self) { try TemplateLibrary.load(folder: "/nonexistent/templates", missingPartials: .fail) }
        do {
            _ = try TemplateLibrary.load(folder: "/nonexistent/templates", missingPartials: .fail)
        } catch {
            #expect(error.description == "/nonexistent/templates: error: no such templates folder")
        }
    }

    @Test func aFileIsNotAFolder() throws {
        let root = try folder(["page.html": "x"])
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("page.html").path
        do {
            _ = try TemplateLibrary.load(folder: file, missingPartials: .fail)
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "\(file): error: expected a templates folder, found a file")
        }
    }

}
