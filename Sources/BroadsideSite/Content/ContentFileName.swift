import BroadsideLocale

/// What a content file's path says: `<section>/<name>.<lang>.md`, Hugo's translation-by-filename
/// convention, including page bundles (`<section>/<name>/index.<lang>.md`), in a language's own
/// folder (``LanguageFolders``) or not.
struct ContentFileName: Equatable {
    /// What a content file's body is written in, by its extension.
    enum Format: String, Equatable, Sendable {
        /// `.md` and `.markdown`.
        case markdown
        /// `.html`: its body is HTML (``HTMLBody``).
        case html

        /// The format of the file at `path`; `nil` for files that are not content.
        init?(path: some StringProtocol) {
            if path.hasSuffix(".md") || path.hasSuffix(".markdown") {
                self = .markdown
            } else if path.hasSuffix(".html") {
                self = .html
            } else {
                return nil
            }
        }
    }

    var section: String
    var name: String
    /// The language suffix as written, `nil` for the folder's language (else the default language).
    var languageSuffix: String?
    /// The language whose content folder holds the file, if it is in one.
    var folderLanguage: LanguageTag?
    /// For a page bundle, its folder below `content/`, whose other files belong to the page.
    var bundleFolder: String?
    var format: Format

    /// Reads a path relative to `content/`; `nil` for files that are not content (not `.md`,
    /// `.markdown` or `.html`, hidden, or named with a leading `_` other than Hugo's `_index`
    /// section pages, whose name is `_index` and section the folder they describe).
    init?(relativePath: String, languageFolders: LanguageFolders? = nil) {
        var prefix = ""
        var relativePath = Substring(relativePath)
        if let languageFolders {
            guard let place = languageFolders.locate(String(relativePath)) else { return nil }
            (folderLanguage, prefix, relativePath) = (place.language, place.folder, place.path)
        }
        var folders = relativePath.split(separator: "/").map(String.init)
        guard let file = folders.popLast(), let format = Format(path: file), !file.hasPrefix("."),
              !file.hasPrefix("_") || file.hasPrefix(ArticleFile.sectionIndexName + ".") else {
            return nil
        }
        self.format = format
        var parts = file.split(separator: ".", omittingEmptySubsequences: false).dropLast().map(String.init)
        if parts.count > 1, let last = parts.last, Self.looksLikeLanguageTag(last) {
            languageSuffix = last
            parts.removeLast()
        }
        name = parts.joined(separator: ".")
        if name == "index", let bundle = folders.last {
            bundleFolder = prefix.appendingPath(folders.joined(separator: "/"))
            name = bundle
            folders.removeLast()
        }
        section = folders.joined(separator: "/")
        guard !name.isEmpty else { return nil }
    }

    /// `en`, `ar`, `pt-BR`, `zh-Hant`: two or three letters, then subtags.
    private static func looksLikeLanguageTag(_ text: String) -> Bool {
        let subtags = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = subtags.first, (2...3).contains(language.count),
              language.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return subtags.dropFirst().allSatisfy { subtag in
            (1...8).contains(subtag.count) && subtag.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }
}
