import BroadsideSite
import BroadsideTemplates
import Foundation

/// What `serve` adds to the HTML it serves (never to what `build` writes): the live-reload
/// script, and while the last build failed, a banner with its errors.
enum ServedPage {
    /// `html` with the script before its `</body>` and, when there is a failure, the banner
    /// after its `<body>` tag.
    static func adding(to html: Data, failure: BuildFailure?) -> Data {
        var text = String(decoding: html, as: UTF8.self)
        let closing = text.range(of: "</body>", options: [.caseInsensitive, .backwards])?.lowerBound ?? text.endIndex
        text.insert(contentsOf: LiveReload.script + "\n", at: closing)
        if let failure {
            var opening = text.startIndex
            if let body = text.range(of: "<body", options: .caseInsensitive),
               let end = text[body.upperBound...].firstIndex(of: ">") {
                opening = text.index(after: end)
            }
            text.insert(contentsOf: banner(failure), at: opening)
        }
        return Data(text.utf8)
    }

    /// A whole page for a site that has not built yet, with the errors of its build.
    static func errorPage(_ failure: BuildFailure) -> Data {
        let html = """
            <!DOCTYPE html>
            <html lang="en" dir="ltr">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Build failed</title></head>
            <body>
            <main>\(banner(failure))</main>
            </body>
            </html>

            """
        return adding(to: Data(html.utf8), failure: nil)
    }

    /// Every error as `path:line:column: error: message` with its hint, in a box over the page.
    private static func banner(_ failure: BuildFailure) -> String {
        let errors = failure.diagnostics.filter { $0.severity == .error }
        let items = errors.map { "<li><pre>\($0.description.escapingHTML)</pre></li>" }.joined(separator: "\n")
        let count = errors.count == 1 ? "1 error" : "\(errors.count) errors"
        return """
            <section id="broadside-build-errors" role="alert" lang="en" dir="ltr" aria-labelledby="broadside-build-errors-title" \
            style="position:relative;z-index:2147483647;margin:0;padding:1rem 1.5rem;background:#fff3f3;color:#1a1a1a;\
            border-bottom:4px solid #b00020;font:15px/1.5 system-ui,sans-serif;text-align:left">
            <h2 id="broadside-build-errors-title" style="margin:0 0 .5rem;font-size:1.1rem;color:#8a0019">\
            The site does not build: \(count). This page is from the last build that did; it reloads when the errors are fixed.</h2>
            <ul style="margin:0;padding:0;list-style:none">
            \(items)
            </ul>
            </section>

            """
    }
}
