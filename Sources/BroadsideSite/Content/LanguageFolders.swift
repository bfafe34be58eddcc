import BroadsideLocale

/// The languages' own content folders (`contentDir: content/fr`), Hugo's translation-by-folder
/// layout: a file in a language's folder is in that language unless its name says another
/// (`name.<lang>.md`), and its key and section come from its path inside the folder, so
/// `content/fr/posts/a.md` translates `content/en/posts/a.md`.
struct LanguageFolders: Sendable {
    /// Each folder below `content/` with its language, deepest first ("" for `content/` itself).
    private let folders: [(folder: String, language: LanguageTag)]
    /// Each language's folder below `content/`, for those that have one.
    private let folderOfLanguage: [LanguageTag: String]
    /// Whether files outside every language's folder are read (as the default language's, or
    /// as their name says): only when the default language has no folder of its own.
    private let readsOtherFiles: Bool

    init(configuration: SiteConfiguration) {
        folders = configuration.languages.compactMap { language in
            configuration.languageSettings[language]?.contentFolder.map { ($0, language) }
        }.sorted { $0.folder.count > $1.folder.count }
        folderOfLanguage = Dictionary(folders.map { ($0.language, $0.folder) }, uniquingKeysWith: { first, _ in first })
        readsOtherFiles = configuration.languageSettings[configuration.defaultLanguage]?.contentFolder == nil
    }

    /// Where the file at `relativePath` (below `content/`) belongs: the language of the folder
    /// it is in (`nil` outside every language's folder) and its path inside that folder; `nil`
    /// for a file no language reads.
    func locate(_ relativePath: String) -> (language: LanguageTag?, folder: String, path: Substring)? {
        for (folder, language) in folders {
            if folder.isEmpty { return (language, folder, Substring(relativePath)) }
            if relativePath.hasPrefix(folder), relativePath.utf8.dropFirst(folder.utf8.count).first == UInt8(ascii: "/") {
                return (language, folder, relativePath.dropFirst(folder.count + 1))
            }
        }
        return readsOtherFiles ? (nil, "", Substring(relativePath)) : nil
    }

    /// Where a translation of `file` into `language` belongs, below `content/`: in the language's
    /// folder under the same path (`fr/posts/a.md`), else beside `file` with the language's
    /// suffix (`posts/a.fr.md`).
    func translationPath(of file: ArticleFile, into language: LanguageTag) -> String {
        let fileName = file.relativePath.folderAndName.name
        let ext = fileName.lastIndex(of: ".").map { String(fileName[$0...]) } ?? ".md"
        let folder = file.bundleFolder == nil ? file.section : file.section.appendingPath(file.name)
        return path(of: folder.appendingPath(file.bundleFolder == nil ? file.name : "index"), in: language, extension: ext)
    }

    /// Where the file `name` (a path below the content root without language or extension,
    /// `posts/my-trip`) is in `language`, below `content/`: in the language's folder, else with
    /// the language's suffix.
    func path(of name: String, in language: LanguageTag, extension ext: String = ".md") -> String {
        if let languageFolder = folderOfLanguage[language] { return languageFolder.appendingPath(name + ext) }
        return name + "." + language.identifier + ext
    }
}
