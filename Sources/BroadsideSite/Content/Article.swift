import BroadsideLocale

/// One article in all the languages it is written in.
public struct Article: Sendable {
    /// The translation key: front matter `translationKey`, else `<section>/<name>`.
    public var key: String
    /// Its language versions, one file each.
    public var files: [LanguageTag: ArticleFile]

    /// The file in `language`, if the article exists in it.
    public subscript(language: LanguageTag) -> ArticleFile? { files[language] }
}

/// One language version of an article: `content/<section>/<name>.<lang>.md`.
///
/// Its values (``Fields``) are held once, however many copies a build keeps of the file (its
/// articles, its plan's pages, its cache's records): a copy costs a reference, and a change
/// makes the changed copy its own values.
@dynamicMemberLookup
public struct ArticleFile: Sendable, Equatable {
    /// What is known of the file.
    public struct Fields: Sendable, Equatable {
        /// The path as the user would type it, for messages.
        public var path: String
        /// The path below `content/`.
        var relativePath: String
        /// The folder below `content/` ("articles", "" for files right in `content/`).
        public var section: String
        /// The file name without language suffix and extension (a page bundle's folder name).
        public var name: String
        public var language: LanguageTag
        public var frontMatter: FrontMatter
        /// The Markdown after the front matter.
        public var body: String
        /// The line of the file the body starts on.
        public var bodyLine: Int
        /// A hash of the file's bytes, to tell an edited file from an unchanged one.
        var contentHash: UInt64
        /// A hash of the body without white space at either end, 0 for a blank body
        /// (``bodyHash(of:)``): a stub (``StubRule``) is told by it, cached files too.
        var bodyHash: UInt64
        /// For a page bundle (`<section>/<name>/index.<lang>.md`), its folder below `content/`: the
        /// bundle's other files (images, say) are published beside the page.
        var bundleFolder: String?
        /// Whether the page is published (Hugo's `build.render`, its own or cascaded): a page that
        /// is not has no page, is in no list and is not counted as a page to translate.
        var isRendered = true
        /// Whether lists (home, sections, tags) and feeds show the page (`build.list`).
        var isListed = true
        /// What `broadside check` found in the text when the file was read, so that the text
        /// can be let go; `nil` when no check looked (a build).
        var findings: TextFindings?
    }

    /// The values every copy of this file shares until one of them changes.
    private final class Storage: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var storage: Storage

    init(path: String, relativePath: String, section: String, name: String, language: LanguageTag,
         frontMatter: FrontMatter, body: String, bodyLine: Int, contentHash: UInt64, bodyHash: UInt64 = 0,
         bundleFolder: String? = nil) {
        storage = Storage(Fields(path: path, relativePath: relativePath, section: section, name: name, language: language,
                                 frontMatter: frontMatter, body: body, bodyLine: bodyLine, contentHash: contentHash,
                                 bodyHash: bodyHash, bundleFolder: bundleFolder))
    }

    public subscript<Value>(dynamicMember field: WritableKeyPath<Fields, Value>) -> Value {
        get { storage.fields[keyPath: field] }
        set {
            var fields = storage.fields
            fields[keyPath: field] = newValue
            storage = Storage(fields)
        }
    }

    public static func == (lhs: ArticleFile, rhs: ArticleFile) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
    }

    /// `translationKey`, else `<section>/<name>`.
    public var key: String {
        self.frontMatter.translationKey ?? (self.section.isEmpty ? self.name : self.section + "/" + self.name)
    }

    /// The hash of `body` with white space at either end left out; 0 for a blank body.
    static func bodyHash(of body: String) -> UInt64 {
        let isBlank: (Character) -> Bool = { $0.isWhitespace }
        guard let first = body.firstIndex(where: { !isBlank($0) }), let last = body.lastIndex(where: { !isBlank($0) }) else {
            return 0
        }
        return max(1, StableHash.ofContents(body[first...last].utf8))
    }

    /// Whether this file and `other` make the same pages: they have the same path, name and
    /// front matter, and differ at most in their text (the Markdown and the hashes of the
    /// file's bytes and body).
    func makesTheSamePages(as other: ArticleFile) -> Bool {
        // The same bytes at the same path read alike; only the build options cascaded from
        // other files (`_index` files, site.yaml) may differ.
        if self.contentHash == other.contentHash && self.relativePath == other.relativePath {
            return self.isRendered == other.isRendered && self.isListed == other.isListed
        }
        var (this, other) = (storage.fields, other.storage.fields)
        (this.body, this.contentHash, this.bodyHash) = ("", 0, 0)
        (other.body, other.contentHash, other.bodyHash) = ("", 0, 0)
        return this == other
    }

    /// The URL slug: front matter `slug`, else the file's name.
    public var slug: String { self.frontMatter.slug ?? self.name }

    /// The name of Hugo's section pages: `posts/_index.md` is the list page of `posts/`, with
    /// its own title and text; `content/_index.md` is the home page's.
    static let sectionIndexName = "_index"

    /// The page's path as Hugo's `cascade` targets match it: `/<section>/<name>`, a section
    /// page's `/<section>`, the home page's `/`.
    var logicalPath: String {
        isSectionIndex ? "/" + self.section : "/" + self.section.appendingPath(self.name)
    }

    /// Whether the file is a section's own page (`_index.md`) rather than an article.
    public var isSectionIndex: Bool { self.name == Self.sectionIndexName }

    /// Hugo's title of a section without one of its own: its folder's name, capitalised (`Posts`).
    static func title(ofSection section: String) -> String {
        let folder = section.split(separator: "/").last.map(String.init) ?? section
        return folder.prefix(1).uppercased() + folder.dropFirst()
    }
}
