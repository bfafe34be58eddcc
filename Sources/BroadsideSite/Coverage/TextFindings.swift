import BroadsideLocale

/// What `broadside check` needs of an article file's text, found when the file is read so that
/// a check holds no article's text: the hash a translation of it is stamped with, and the
/// script its prose is in.
struct TextFindings: Sendable, Equatable {
    /// The file's ``SourceHash`` when it is in the default language (a source); `nil` for a translation.
    var sourceHash: String?
    /// The script its title and prose (``ProseText``) are mostly in, when that is another than
    /// its language's.
    var foreignScript: CoverageChecker.ForeignScript?

    init(sourceHash: String?, foreignScript: CoverageChecker.ForeignScript?) {
        (self.sourceHash, self.foreignScript) = (sourceHash, foreignScript)
    }

    /// What the text of `file`, read with its body, shows.
    init(of file: ArticleFile, configuration: SiteConfiguration) {
        sourceHash = file.language == configuration.defaultLanguage ? SourceHash.of(file) : nil
        foreignScript = CoverageChecker.foreignScript(title: ProseText.ofPlainText(file.frontMatter.title),
                                                      text: ProseText.ofMarkdown(file.body), language: file.language,
                                                      configuration: configuration)
    }
}
