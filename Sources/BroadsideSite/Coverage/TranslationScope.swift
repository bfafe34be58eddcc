import BroadsideLocale

/// Which articles are expected in every language: all but those of a section listed with
/// `translate: false` in site.yaml `sections:` and those whose source says `translate: false`
/// in its front matter. An article that is not expected is never reported missing.
struct TranslationScope {
    let configuration: SiteConfiguration

    /// Whether `article` is expected in the other languages.
    func isTranslated(_ article: Article) -> Bool {
        guard let file = article[configuration.defaultLanguage] ?? article.files.values.min(by: { $0.path < $1.path }) else {
            return true
        }
        return !isInUntranslatedSection(file.section) && file.frontMatter.translate
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
}
