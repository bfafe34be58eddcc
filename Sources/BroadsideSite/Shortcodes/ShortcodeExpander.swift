import BroadsideDiagnostics
import BroadsideTemplates
import Foundation

/// Turns a page's shortcodes into what Markdown renders, as Hugo does: a `{{% %}}` shortcode's
/// output joins the Markdown; a `{{< >}}` shortcode's output is HTML, which stands in the
/// Markdown as a token (ASCII letters and digits) and replaces it once the Markdown is HTML, so
/// that neither Markdown nor the `unsafeHTML` rule touches a template's own markup.
struct ShortcodeExpander {
    /// What the expansion found besides its text.
    struct Findings: Sendable {
        /// Errors: templates that failed, `ref`s without a target.
        var problems: [Diagnostic] = []
        /// Each use of a shortcode the site does not define, in the file's order.
        var unknown: [(name: String, location: SourceLocation)] = []
        /// Raw HTML that inner content and captions dropped while rendering as Markdown.
        var droppedHTML = 0
    }

    private let library: ShortcodeLibrary
    private let markdown: Markdown
    private let page: ShortcodePage
    private let limits: ShortcodeLimits
    /// Bytes the templates have written so far, against ``ShortcodeLimits/maximumExpandedBytes``.
    private var written = 0
    /// The start of every token: a word the body does not contain.
    private let tokenPrefix: String
    /// The HTML each token stands for, by the token's number.
    private var fragments: [String] = []
    private(set) var findings = Findings()

    /// `text`, the body of `page`, with its shortcodes expanded and rendered by `markdown`:
    /// the HTML, and the problems and unknown shortcodes found.
    static func render(_ text: String, plainText: Bool, page: ShortcodePage, markdown: Markdown,
                       limits: ShortcodeLimits = .standard) -> Markdown.Rendered {
        var expander = ShortcodeExpander(library: markdown.shortcodes, markdown: markdown, page: page, body: text, limits: limits)
        var parser = ShortcodeParser(text, path: page.path, firstLine: page.bodyLine, limits: limits)
        var source = text
        do throws(Diagnostic) {
            source = expander.expand(try parser.parse())
        } catch {
            expander.findings.problems.append(error)
        }
        var rendered = markdown.render(source, plainText: plainText)
        rendered.html = expander.substitute(in: rendered.html)
        rendered.firstParagraph = expander.substitute(in: rendered.firstParagraph, plain: true)
        rendered.plainText = rendered.plainText.map { expander.substitute(in: $0, plain: true) }
        rendered.droppedHTML += expander.findings.droppedHTML
        rendered.unknownShortcodes = expander.findings.unknown
        rendered.problems = expander.findings.problems
        return rendered
    }

    init(library: ShortcodeLibrary, markdown: Markdown, page: ShortcodePage, body: String, limits: ShortcodeLimits = .standard) {
        self.library = library
        self.markdown = markdown
        self.page = page
        self.limits = limits
        var prefix = "BROADSIDESHORTCODE"
        while body.contains(prefix) { prefix += "X" }
        tokenPrefix = prefix
    }

    /// The Markdown of `nodes`, with tokens where HTML goes (see ``substitute(in:)``).
    mutating func expand(_ nodes: [ShortcodeNode]) -> String {
        var text = ""
        for node in nodes {
            switch node {
            case .text(let piece): text += piece
            case .shortcode(let shortcode): text += expand(shortcode)
            }
        }
        return text
    }

    /// `html` with each token replaced by its HTML (by nothing, in `plain` text); a token alone
    /// in a paragraph replaces the paragraph.
    func substitute(in html: String, plain: Bool = false) -> String {
        guard !fragments.isEmpty else { return html }
        var result = ""
        var rest = Substring(html)
        while let range = rest.range(of: tokenPrefix) {
            var end = range.upperBound
            while end < rest.endIndex, rest[end].isASCII, rest[end].isNumber { end = rest.index(after: end) }
            guard end < rest.endIndex, rest[end] == "Z", let number = Int(rest[range.upperBound..<end]),
                  fragments.indices.contains(number) else {
                result += rest[..<range.upperBound]
                rest = rest[range.upperBound...]
                continue
            }
            var before = rest[..<range.lowerBound]
            var after = rest[rest.index(after: end)...]
            if before.hasSuffix("<p>") && after.hasPrefix("</p>") {
                before.removeLast(3)
                after.removeFirst(4)
            }
            result += before
            if !plain { result += fragments[number] }
            rest = after
        }
        return result + rest
    }

    // MARK: - One shortcode

    private mutating func expand(_ shortcode: Shortcode) -> String {
        if let template = library.siteTemplate(for: shortcode.name) {
            return render(shortcode, template: template, in: library.templates, data: [:])
        }
        switch shortcode.name {
        case "figure":
            return figure(shortcode)
        case "ref", "relref":
            return reference(shortcode)
        default:
            findings.unknown.append((shortcode.name, shortcode.location))
            return shortcode.inner.map { expand($0) } ?? ""
        }
    }

    /// The template's output for `shortcode`: named arguments as top-level names, positional
    /// ones as `args`, the enclosed content as `inner`, the page as `page`.
    private mutating func render(_ shortcode: Shortcode, template: String, in templates: TemplateLibrary,
                                 data extra: [String: TemplateValue]) -> String {
        var data = shortcode.named.mapValues { TemplateValue.string($0) }
        data["args"] = .array(shortcode.positional.map { .string($0) })
        data["page"] = page.data
        if let inner = shortcode.inner {
            let text = expand(inner)
            switch shortcode.delimiter {
            case .html:
                data["inner"] = .string(substitute(in: text))
            case .markdown:
                var html = Substring(renderMarkdown(text))
                while html.last?.isNewline == true { html.removeLast() }
                data["inner"] = .string(token(for: String(html)))
            }
        }
        data.merge(extra) { _, new in new }
        guard written <= limits.maximumExpandedBytes else { return "" }
        let output: String
        do throws(TemplateError) {
            output = try templates.render(template, .object(data))
        } catch {
            var problem = Diagnostic(error)
            problem.message += " (shortcode '\(shortcode.name)' at \(shortcode.location))"
            findings.problems.append(problem)
            return ""
        }
        written += output.utf8.count
        guard written <= limits.maximumExpandedBytes else {
            findings.problems.append(Diagnostic(
                at: shortcode.location, "shortcodes of this file wrote more than \(limits.maximumExpandedBytes) bytes",
                hint: "a file's shortcodes may write at most \(limits.maximumExpandedBytes) bytes; does a template repeat {{{inner}}}?"))
            return ""
        }
        return shortcode.delimiter == .html ? token(for: output) : output
    }

    /// Hugo's `figure`: an image with a link, a title and a caption (Markdown) if given.
    private mutating func figure(_ shortcode: Shortcode) -> String {
        var extra: [String: TemplateValue] = [:]
        let caption = shortcode.named["caption"]
        let captionHTML = caption.map { Self.unwrappingParagraph(renderMarkdown($0)) }
        if let captionHTML { extra["captionHTML"] = .string(captionHTML) }
        if shortcode.named["alt"] == nil, let caption {
            extra["alt"] = .string(markdown.render(caption, plainText: true).plainText?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? caption)
        }
        extra["hasCaption"] = .bool(shortcode.named["title"] != nil || caption != nil)
        var plain = shortcode
        plain.delimiter = .html
        return render(plain, template: "figure", in: ShortcodeLibrary.figure, data: extra)
    }

    /// `ref` and `relref`: a placeholder that the page's rendering turns into the target's URL.
    private mutating func reference(_ shortcode: Shortcode) -> String {
        guard let target = shortcode.argument("path", position: 0), !target.isEmpty, !target.contains("\u{0}") else {
            findings.problems.append(Diagnostic(at: shortcode.location, "\(shortcode.name) without the page it refers to",
                                                hint: "write {{< \(shortcode.name) \"articles/name.md\" >}}"))
            return ""
        }
        let reference = PageReference(target: target, language: shortcode.named["lang"],
                                      isRelative: shortcode.name == "relref", location: shortcode.location)
        return reference.placeholder + (shortcode.inner.map { expand($0) } ?? "")
    }

    // MARK: - Pieces

    private mutating func token(for html: String) -> String {
        fragments.append(html)
        return tokenPrefix + String(fragments.count - 1) + "Z"
    }

    /// Markdown as HTML, with the tokens in it replaced.
    private mutating func renderMarkdown(_ text: String) -> String {
        let rendered = markdown.render(text)
        findings.droppedHTML += rendered.droppedHTML
        return substitute(in: rendered.html)
    }

    /// `<p>text</p>\n` as `text`: a caption is one paragraph.
    private static func unwrappingParagraph(_ html: String) -> String {
        var text = Substring(html)
        while text.last?.isNewline == true { text.removeLast() }
        guard text.hasPrefix("<p>"), text.hasSuffix("</p>"), text.dropFirst(3).range(of: "<p>") == nil else { return String(text) }
        return String(text.dropFirst(3).dropLast(4))
    }
}
