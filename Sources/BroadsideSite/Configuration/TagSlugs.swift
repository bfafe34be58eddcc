/// How a tag's name becomes its URL slug (`site.yaml`'s `tagSlugs`).
public enum TagSlugs: String, Sendable {
    /// In ASCII: transliterated, with a hash of the name where that is not the name itself
    /// (`/ar/tags/astratyjyt-92afff3c/`), so distinct tags never share a page.
    case transliterated
    /// As Hugo writes them: the name's own letters in any script, lower-cased, spaces as
    /// hyphens (`/ar/tags/حملة/`), so a site moved from Hugo keeps its tag addresses. Two tags
    /// that come out alike (`a b` and `a-b`) want one page, an error naming both.
    case asWritten
}
