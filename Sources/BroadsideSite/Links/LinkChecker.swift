import BroadsideLocale
import Foundation

/// `broadside check --links`: builds the site into a private temporary folder, as `build
/// --clean` would, and reports every internal link of its pages (``PageLinks``) that leads to
/// no file of the built site, at the source file that wrote it.
///
/// A link is internal when it is relative, or absolute on the site's own host. It resolves when
/// its path, below the site's base path, is a file of the built site, or a folder with an
/// `index.html` (with or without the trailing slash). Fragments (`#part`) are not checked.
enum LinkChecker {
    /// The most broken links reported, so a broken layout cannot bury the report.
    static let maximumReported = 1_000

    /// One broken link, and where it appears.
    private struct BrokenLink {
        var href: String
        var language: LanguageTag
        /// Where it is written: in the source file, or its line and column when found there.
        var location: SourceLocation
        var firstPage: String
        var pages = 1
    }

    /// The problems of every broken internal link of the site.
    ///
    /// - Throws: the build's errors, when the site does not build.
    static func check(siteDirectory: String, configuration: SiteConfiguration) throws(BuildFailure) -> [TranslationProblem] {
        let scratch: String
        do throws(Diagnostic) {
            scratch = try ScratchFolder.make(named: "links", purpose: "to build the site in")
        } catch {
            throw BuildFailure(configuration: [error])
        }
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let output = scratch.appendingPath("site")
        var options = BuildOptions(siteDirectory: siteDirectory, outputDirectory: output, clean: true)
        options.recordsPageSources = true
        let summary = try SiteBuilder.build(options)
        defer { SiteBuilder.removeRecords(manifestPath: summary.manifestPath) }

        let files = Set((FileManager.default.enumerator(atPath: output)?.allObjects as? [String]) ?? [])
        guard let base = URL(string: configuration.baseURL) else { return [] }
        let basePath = configuration.basePath
        var broken: [String: BrokenLink] = [:]
        var order: [String] = []
        var texts: [String: String] = [:]
        for file in files.sorted() where file.hasSuffix(".html") {
            guard let page = summary.pageSources[file], let data = FileManager.default.contents(atPath: output.appendingPath(file)),
                  let pageURL = URL(string: OutputPath(file.split(separator: "/").map(String.init), isFile: true).link(basePath: basePath),
                                    relativeTo: base)?.absoluteURL else { continue }
            for encoded in PageLinks.links(in: [UInt8](data)) where !resolves(encoded, from: pageURL, base: base, basePath: basePath, files: files) {
                // As written: Markdown percent-encodes what a link has outside ASCII.
                let href = encoded.removingPercentEncoding ?? encoded
                // A link a template writes breaks on every page: one report, with the count.
                let location = location(of: href, in: page.sources, texts: &texts)
                let key = location.path + "\u{0}" + href
                if broken[key] == nil {
                    order.append(key)
                    broken[key] = BrokenLink(href: href, language: page.language, location: location, firstPage: file)
                } else {
                    broken[key]?.pages += 1
                }
            }
        }
        return order.prefix(maximumReported).compactMap { key -> TranslationProblem? in
            guard let link = broken[key] else { return nil }
            let location = link.location
            let pages = link.pages == 1 ? "on \(link.firstPage)" : "on \(link.pages) pages, first \(link.firstPage)"
            return TranslationProblem(.brokenLink, .error, language: link.language.identifier, at: location, key: link.href,
                                      message: "the link '\(link.href)' leads to no page or file of the built site (\(pages)); correct the link, or add what it names")
        } + (order.count > maximumReported
             ? [TranslationProblem(.brokenLink, .error, language: "", at: nil, key: "",
                                   message: "\(order.count - maximumReported) more broken links are not listed")]
             : [])
    }

    /// Whether `href`, on the page at `pageURL`, is external, or names a file of the built site.
    static func resolves(_ href: String, from pageURL: URL, base: URL, basePath: String, files: Set<String>) -> Bool {
        let href = href.trimmingCharacters(in: .whitespacesAndNewlines)
        if href.isEmpty || href.hasPrefix("#") { return true }
        guard let url = URL(string: href, relativeTo: pageURL) ?? URL(string: percentEncodingNonASCII(href), relativeTo: pageURL) else {
            return false
        }
        let absolute = url.absoluteURL
        guard let scheme = absolute.scheme?.lowercased(), scheme == "http" || scheme == "https" else { return true }
        guard absolute.host?.lowercased() == base.host?.lowercased(), absolute.port == base.port else { return true }
        let path = absolute.path(percentEncoded: false)
        guard path.hasPrefix(basePath) || path + "/" == basePath else { return false }
        let inside = String(path.dropFirst(min(path.count, basePath.count)))
        if inside.isEmpty || inside.hasSuffix("/") { return files.contains(inside + "index.html") }
        return files.contains(inside) || files.contains(inside + "/index.html")
    }

    /// `text` with each scalar outside ASCII percent-encoded, as browsers send it.
    private static func percentEncodingNonASCII(_ text: String) -> String {
        var encoded = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII { encoded.unicodeScalars.append(scalar) } else {
                for byte in String(scalar).utf8 { encoded += String(format: "%%%02X", byte) }
            }
        }
        return encoded
    }

    /// Where `href` is first written in the first of `sources` that has it; else the last
    /// source (the page's template), without a line.
    private static func location(of href: String, in sources: [String], texts: inout [String: String]) -> SourceLocation {
        for source in sources {
            let text = texts[source] ?? FileManager.default.contents(atPath: source).map { String(decoding: $0, as: UTF8.self) } ?? ""
            texts[source] = text
            guard let range = text.range(of: "(" + href).map({ text.index(after: $0.lowerBound)..<$0.upperBound })
                    ?? text.range(of: href) else { continue }
            let before = text[..<range.lowerBound]
            let line = before.reduce(into: 1) { count, character in if character == "\n" { count += 1 } }
            let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
            return SourceLocation(path: source, line: line, column: before[lineStart...].count + 1)
        }
        return SourceLocation(path: sources.last ?? "")
    }
}
