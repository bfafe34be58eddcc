import BroadsideLocale

/// Which articles are expected in every language: all but those of a section listed with
/// `translate: false` in site.yaml `sections:` and those whose source says `translate: false`
/// in its front matter. An article that is not expected is never reported missing.
struct TranslationScope {
    static let key = "translate"

    let configuration: SiteConfiguration
    let site: SiteFolder

    /// Whether `article` is expected in the other languages; a bad `translate` value is a
    /// diagnostic in `problems` (and the article is expected).
    func isTranslated(_ article: Article, problems: inout [Diagnostic]) -> Bool {
        guard let file = article[configuration.defaultLanguage] ?? article.files.values.min(by: { $0.path < $1.path }) else {
            return true
        }
        if isInUntranslatedSection(file.section) { return false }
        guard file.frontMatter.locations[Self.key] != nil else { return true }
        do { return try Self.frontMatterValue(of: file, in: site) ?? true } catch {
            problems.append(error)
            return true
        }
    }

    /// Whether `section` or a section above it is listed with `translate: false`.
    func isInUntranslatedSection(_ section: String) -> Bool {
        var folder = Substring(section)
        while !folder.isEmpty {
            if configuration.untranslatedSections.contains(String(folder)) { return true }
            folder = folder[..<(folder.lastIndex(of: "/") ?? folder.startIndex)]
        }
        return false
    }

    /// The file's front matter `translate`, read again from the file: ``FrontMatter`` keeps
    /// only where the key is. `nil` when the file's front matter cannot be read here.
    private static func frontMatterValue(of file: ArticleFile, in site: SiteFolder) throws(Diagnostic) -> Bool? {
        guard let data = try site.contents(of: SiteContent.folderName.appendingPath(file.relativePath)),
              let parts = try? FrontMatter.split(String(decoding: data, as: UTF8.self), path: file.path),
              let field = try YAMLMapping(parsing: parts.yaml, path: file.path, firstLine: 2)[key] else { return nil }
        return try field.bool()
    }
}
