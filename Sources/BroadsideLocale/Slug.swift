import ICUShim

/// URL slugs from titles in any script.
public enum Slug {
    /// The transform to ASCII: any script to Latin, Latin to ASCII, then the leftovers that have
    /// no ASCII form (such as the ʿ of romanised Arabic) and apostrophes dropped, and lower case.
    static let transform = "Any-Latin; Latin-ASCII; [[:^ASCII:]['\\u2019]] Remove; Lower"

    /// Made once, on first use: ICU compiles the transform's rules, which is slow.
    private static let transliterator = ICUObject.essential(
        "open the transform '\(transform)'",
        open: { bs_transliterator_open(transform, $0) }, close: bs_transliterator_close)

    /// What a title with no letter or digit left in ASCII becomes.
    public static let fallback = "untitled"

    /// An ASCII URL slug for `title`: "Solidarité & Justice!" becomes "solidarite-justice",
    /// "Солидарность" becomes "solidarnost", "中文標題" becomes "zhong-wen-biao-ti".
    ///
    /// - Parameter title: A title in any script.
    /// - Returns: Lower-case ASCII letters and digits in runs joined by single hyphens; never
    ///   empty (``fallback`` when nothing is left).
    public static func make(from title: String) -> String {
        let ascii = transliterator.use { transliterator in
            ShimBuffer.text { bs_transliterator_apply(transliterator, title, Int32(title.utf8.count), $0, $1) }
        }
        let words = ascii.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        return words.isEmpty ? fallback : words.joined(separator: "-")
    }
}
