import BroadsideLocale
import Foundation

/// `broadside new`: a new article with a URL slug made from its title in any script, or a
/// translation to make of one.
public enum NewArticle {
    /// The most files of one slug tried (`x`, `x-2`, … `x-1000`).
    static let maximumNumber = 1_000

    /// Writes a draft in `language` in `section`, named after its title's slug (ICU's Any-Latin
    /// and Latin-ASCII: readable Latin words for Arabic, Amharic or Urdu), `-2`, `-3`… when the
    /// name is taken.
    ///
    /// - Returns: the file written, relative to the site.
    public static func create(siteDirectory: String, section: String, language: String, title: String) throws(BuildFailure) -> String {
        let site = try SiteFolder.opening(siteDirectory)
        let configuration = try SiteConfiguration.load(from: site)
        let tag = try siteLanguage(language, of: configuration, site: site)
        let at = SourceLocation(path: site.path(SiteContent.folderName))
        let folders = section.split(separator: "/").map(String.init)
        do throws(Diagnostic) {
            for folder in folders { try OutputPath.validateSegment(folder, at: at, what: "the section") }
            guard !title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw Diagnostic(at: nil, "the title is empty", hint: "give the article a title: --title \"…\"")
            }
        } catch {
            throw BuildFailure(configuration: [error])
        }
        let slug = Slug.make(from: title)
        let folder = LanguageFolders(configuration: configuration)
        for number in 1...maximumNumber {
            let name = folders.joined(separator: "/").appendingPath(number == 1 ? slug : "\(slug)-\(number)")
            let path = SiteContent.folderName.appendingPath(folder.path(of: name, in: tag))
            guard !FileManager.default.fileExists(atPath: site.path(path)) else { continue }
            let date = Self.localTime(SiteContent.publicationTime(), in: configuration.timeZone)
            try write("---\ntitle: \(YAMLText.quoted(title))\ndate: \(date)\ndraft: true\n---\n\n", to: path, in: site)
            return path
        }
        throw BuildFailure([Diagnostic(at: at, "\(maximumNumber) articles of this section are named after '\(slug)' already")])
    }

    /// Writes the `language` file of the article whose source is at `sourcePath`: the source's
    /// front matter (without its `sourceHash` and `slug`) and body, to translate; until they are,
    /// it is a stub the check counts as missing.
    ///
    /// - Returns: the file written, relative to the site.
    public static func translation(siteDirectory: String, sourcePath: String, language: String) throws(BuildFailure) -> String {
        let site = try SiteFolder.opening(siteDirectory)
        let configuration = try SiteConfiguration.load(from: site)
        let tag = try siteLanguage(language, of: configuration, site: site)
        let (content, _) = SiteContent.load(from: site, configuration: configuration, includeDrafts: true)
        let wanted = RealPath.of(sourcePath) ?? sourcePath
        guard let article = content.articles.first(where: { article in
                  article[configuration.defaultLanguage].map { (RealPath.of($0.path) ?? $0.path) == wanted } ?? false
              }), let source = article[configuration.defaultLanguage] else {
            throw BuildFailure(configuration: [Diagnostic(at: SourceLocation(path: sourcePath), "this is no source article of the site",
                                                          hint: "name a \(configuration.defaultLanguage) file in content/")])
        }
        guard tag != configuration.defaultLanguage else {
            throw BuildFailure(configuration: [Diagnostic(at: nil, "'\(tag)' is the language the source is written in")])
        }
        if let existing = article[tag] {
            throw BuildFailure([Diagnostic(at: SourceLocation(path: existing.path), "the \(tag) translation exists already",
                                           hint: "edit it, then run `broadside stamp \(existing.path)`")])
        }
        let path = SiteContent.folderName.appendingPath(LanguageFolders(configuration: configuration).translationPath(of: source, into: tag))
        guard let data = FileManager.default.contents(atPath: source.path) else {
            throw BuildFailure([Diagnostic(at: SourceLocation(path: source.path), "cannot read the file")])
        }
        let text = String(decoding: data, as: UTF8.self)
        // The source's front matter without the lines that are its own: its hash and its slug.
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") {
            lines = [lines[0]] + lines[1..<end].filter { !$0.hasPrefix("sourceHash:") && !$0.hasPrefix("slug:") } + lines[end...]
        }
        try write(lines.joined(separator: "\n"), to: path, in: site)
        return path
    }

    /// `language` as one of the site's languages.
    private static func siteLanguage(_ language: String, of configuration: SiteConfiguration, site: SiteFolder) throws(BuildFailure) -> LanguageTag {
        guard let tag = try? LanguageTag(language), configuration.languages.contains(tag) else {
            throw BuildFailure(configuration: [Diagnostic(
                at: SourceLocation(path: site.path(SiteConfiguration.fileName)), "'\(language)' is not one of the site's languages",
                hint: "the site's languages are \(configuration.languages.map(\.identifier).joined(separator: ", "))")])
        }
        return tag
    }

    /// `date` as the local time in `zone` with its offset, `2026-06-14T18:00:00+03:00`.
    static func localTime(_ date: Date, in zone: String) -> String {
        let timeZone = TimeZone(identifier: zone) ?? TimeZone(identifier: "UTC")!
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let offset = timeZone.secondsFromGMT(for: date) / 60
        func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
        let year = String(parts.year!)
        return String(repeating: "0", count: max(0, 4 - year.count)) + year + "-\(two(parts.month!))-\(two(parts.day!))T"
            + "\(two(parts.hour!)):\(two(parts.minute!)):\(two(parts.second!))"
            + (offset == 0 ? "Z" : (offset < 0 ? "-" : "+") + two(abs(offset) / 60) + ":" + two(abs(offset) % 60))
    }

    /// Writes `text` at `path` in the site, refusing to replace a file.
    private static func write(_ text: String, to path: String, in site: SiteFolder) throws(BuildFailure) {
        let full = site.path(path)
        guard !FileManager.default.fileExists(atPath: full) else {
            throw BuildFailure([Diagnostic(at: SourceLocation(path: full), "the file exists already", hint: "edit it instead")])
        }
        do {
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: full, contents: Data(text.utf8)) else {
                throw CocoaError(.fileWriteUnknown)
            }
        } catch {
            throw BuildFailure([Diagnostic(at: SourceLocation(path: full), "cannot write the file: \(error.localizedDescription)")])
        }
    }
}
