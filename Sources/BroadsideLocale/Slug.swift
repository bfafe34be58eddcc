import ICUShim

/// URL slugs from titles in any script.
public enum Slug {
    /// The transform to ASCII: any script to Latin, Latin to ASCII, then the leftovers that have
    /// no ASCII form (such as the ʿ of romanised Arabic) and apostrophes dropped, and lower case.
    static let transform = "Any-Latin; Latin-ASCII; [[:^ASCII:]['\\u2019]] Remove; Lower"

    /// The transform that folds case: lower, upper, then lower case takes every case form of a
    /// letter to one ("ẞ", "ß", "SS" and "ss" to "ss"; "Σ", "σ" and "ς" to "σ"), then NFC, so
    /// that a composed and a decomposed "é" fold alike. ICU's transforms have no case folding
    /// of their own.
    static let foldTransform = "Any-Lower; Any-Upper; Any-Lower; Any-NFC"

    /// Made once, on first use: ICU compiles the transform's rules, which is slow.
    private static let transliterator = open(transform)
    private static let folder = open(foldTransform)

    /// What a title with no letter or digit left in ASCII becomes.
    public static let fallback = "untitled"

    /// An ASCII URL slug for `title`: "Solidarité & Justice!" becomes "solidarite-justice",
    /// "Солидарность" becomes "solidarnost", "中文標題" becomes "zhong-wen-biao-ti".
    ///
    /// - Parameter title: A title in any script.
    /// - Returns: Lower-case ASCII letters and digits in runs joined by single hyphens; never
    ///   empty (``fallback`` when nothing is left).
    public static func make(from title: String) -> String {
        let words = apply(transliterator, to: title).split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        return words.isEmpty ? fallback : words.joined(separator: "-")
    }

    /// `text` with its case folded, in NFC: texts that differ only in case or in Unicode
    /// normalisation fold to one text ("Solidarity" and "SOLIDARITY" to "solidarity", "Straße"
    /// and "STRASSE" to "strasse"), which tells whether two tags or two paths are one.
    ///
    /// - Parameter text: Any text.
    /// - Returns: The folded text; ASCII text lower-cased without asking ICU (and without a
    ///   copy when it has no capital).
    public static func caseFolded(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return text.utf8.contains(where: { (0x41...0x5A).contains($0) }) ? text.lowercased() : text
        }
        return apply(folder, to: text)
    }

    private static func open(_ transform: String) -> ICUObject {
        ICUObject.essential("open the transform '\(transform)'",
                            open: { bs_transliterator_open(transform, $0) }, close: bs_transliterator_close)
    }

    private static func apply(_ transliterator: ICUObject, to text: String) -> String {
        transliterator.use { transliterator in
            ShimBuffer.text { bs_transliterator_apply(transliterator, text, Int32(text.utf8.count), $0, $1) }
        }
    }
}
