/// One thing a translator translates, as an export carries it: its id, its source text, the
/// existing translation when there is one, and a note.
struct TranslationUnit: Sendable, Equatable {
    /// Where the unit's text goes back.
    enum Place: Sendable, Equatable {
        case title, summary, slug
        /// The article's tag at this index.
        case tag(Int)
        /// The body's block at this index (``MarkdownSegmenter/blocks(of:)``).
        case block(Int)
        /// The alt text of image `image` of block `block`.
        case altText(block: Int, image: Int)
        /// The UI string with this key.
        case string(String)
    }

    /// Stable: the same source text gives the same id (`title`, `p-1a2b3c4d`), so translation
    /// memories match; unique in its file.
    var id: String
    var source: TranslatableText
    /// The translation as it stands (for an outdated or stub translation), exported as a
    /// target in state `initial`.
    var target: TranslatableText?
    /// What the translator should know: where the text comes from, a language's plural forms.
    var note: String?
    var place: Place

    /// For a UI string, its key in `locales/<lang>.yaml`.
    var stringKey: String? {
        if case .string(let key) = place { key } else { nil }
    }
}

/// The units of one source file, and what they were exported from.
struct TranslationFile: Sendable, Equatable {
    /// The source file's path relative to the site (`content/articles/x.en.md`).
    var original: String
    /// The article's translation key, or `locales` for UI strings.
    var key: String
    /// The source's ``SourceHash`` at export, stamped into the translation when it comes back.
    var sourceHash: String
    /// An article's body as exported, from which its translation is put together when it comes
    /// back, whatever the source has become since; `nil` for UI strings.
    var skeleton: String? = nil
    var units: [TranslationUnit]
}
