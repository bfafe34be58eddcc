import BroadsideTemplates
@testable import BroadsideSite

/// `shortcodes`: any bytes as an article body, rendered as a build renders it: shortcodes parsed
/// with every limit, expanded through a site template, `figure` and `ref`, the Markdown rendered,
/// then the `ref` placeholders replaced as a page's rendering replaces them. No token may be
/// left in the HTML.
enum ShortcodesFuzzing {
    /// Made for each input, so that LeakSanitizer, which takes a global's boxes for leaks, sees none.
    static var page: ShortcodePage {
        ShortcodePage(path: "content/articles/fuzz.en.md", bodyLine: 4, data: ["lang": "en", "title": "Fuzz"])
    }
    static let markdown: Markdown = {
        let source = #"<aside class="{{kind}}">{{#args}}[{{.}}]{{/args}}{{{inner}}}</aside>"#
        let note = try? Template(source: source, path: "templates/shortcodes/note.html")
        let templates = TemplateLibrary(templates: note.map { ["shortcodes/note": $0, "shortcodes/md": $0] } ?? [:])
        return Markdown(unsafeHTML: false, shortcodes: ShortcodeLibrary(templates: templates))
    }()

    static func run(_ bytes: [UInt8]) {
        let body = String(decoding: bytes, as: UTF8.self)
        let rendered = markdown.render(body, plainText: true, page: page)
        if !body.contains("BROADSIDESHORTCODE"), rendered.html.contains("BROADSIDESHORTCODE") {
            fatalError("a shortcode token was left in the HTML")
        }
        _ = try? PageReference.replacing(in: rendered.html) { reference in "/" + reference.target }
    }
}
